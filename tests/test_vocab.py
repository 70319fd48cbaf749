"""kg.vocab: the IRIs as strings (what a build writes) agree with their rdflib forms."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import vocab


def test_the_namespaces_are_rdflibs_own():
    assert {p: str(ns) for p, ns in vocab.PREFIXES.items()} == vocab.NAMESPACES
    assert list(vocab.PREFIXES) == list(vocab.NAMESPACES)  # the order of the @prefix lines
    for prefix, ns in (("rdf", RDF), ("rdfs", RDFS), ("skos", SKOS), ("xsd", XSD), ("owl", OWL), ("prov", PROV),
                       ("dcterms", DCTERMS)):
        assert vocab.PREFIXES[prefix] is ns


def test_the_rdflib_forms_are_rdflib_terms():
    assert isinstance(vocab.KG, Namespace) and vocab.KG.County == URIRef(vocab.CLASS_IRIS["County"])
    assert vocab.CLASSES == {name: URIRef(iri) for name, iri in vocab.CLASS_IRIS.items()}
    assert vocab.PROPERTIES["investment"] == vocab.KG.investmentCNY == URIRef(vocab.PROPERTY_IRIS["investment"])
    assert vocab.KGR["county/140824"] == vocab.entity_iri("county/140824") == URIRef(vocab.entity_id("county/140824"))
    assert isinstance(vocab.entity_iri("project/某项目"), URIRef)
    assert vocab.document_iri("a b.txt") == URIRef(vocab.document_id("a b.txt")) == vocab.KGR["doc/a%20b.txt"]
    assert vocab.graph_iri("x.txt") == vocab.KGR["graph/x.txt"]


def test_an_unknown_name_is_an_attribute_error():
    import pytest

    with pytest.raises(AttributeError):
        vocab.NOT_A_NAME  # noqa: B018


def test_digest_text_of_the_joined_parts_is_digest():
    """assemble joins an annotation's, a span's and a statement's parts itself (`!s`, U+001F)."""
    from decimal import Decimal

    parts = ("000_文件\udcff", "https://w3id.org/county-kg/id/project/5d15eba4ddf1", 12, 40, "project.rule", None,
             Decimal("1E+8"), Decimal("1.50"), 0.85)
    assert vocab.digest_text("\x1f".join(f"{p!s}" for p in parts)) == vocab.digest(*parts)
    assert vocab.digest_text(f"{parts[0]!s}\x1f{parts[6]!s}") == vocab.digest(parts[0], parts[6]) != vocab.digest(parts[0], 100000000)
