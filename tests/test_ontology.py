"""The ontology declares, with labels in Chinese and English, every kg: term the graph uses."""
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.shacl import ONTOLOGY
from kg.vocab import KG


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ONTOLOGY / "county-kg.ttl", format="turtle")


def test_ontology_header(ontology):
    (o,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(o, OWL.versionIRI) is not None


def test_contract_classes_are_declared(ontology):
    for name in ("Document", "County", "Enterprise", "Project", "Park", "Strategy", "Region"):
        assert (KG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.slow
def test_every_term_of_the_seed_graph_is_declared_with_labels(ontology, seed_build):
    g = rdflib.Graph().parse(seed_build / "graph.ttl", format="turtle")
    used = {t for triple in g for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(KG))}
    assert used
    for term in used:
        langs = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, term
        assert ontology.value(term, RDFS.comment) is not None, term
