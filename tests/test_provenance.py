"""Every fact leads back to its sentence: offsets into the original file hold the evidence."""
import random

import pytest
import rdflib
from rdflib.namespace import RDF

from kg.vocab import KG, OA

pytestmark = pytest.mark.slow


def squeeze(text):
    return "".join(text.split())


def within(evidence: str, original: str) -> bool:
    """The evidence's characters appear in order in the original span (which may
    also hold the page numbers and line breaks that normalize removed)."""
    chars = iter(original)
    return all(c in chars for c in evidence)


def test_random_annotations_match_the_original_files(seed_build, seeds_dir):
    g = rdflib.Graph().parse(seed_build / "graph.ttl", format="turtle")
    annotations = sorted(g.subjects(RDF.type, OA.Annotation))
    assert len(annotations) > 1000
    for a in random.Random(7).sample(annotations, 300):
        target = g.value(a, OA.hasTarget)
        file = str(g.value(g.value(target, OA.hasSource), KG.sourceFile))
        raw = (seeds_dir / file).read_text(encoding="utf-8")
        for sel in g.objects(target, OA.hasSelector):
            if (sel, RDF.type, OA.TextPositionSelector) in g:
                start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
            else:
                exact = str(g.value(sel, OA.exact))
        assert raw[start:end] == exact
        sentence = squeeze(str(g.value(a, KG.evidenceSentence)))
        assert within(sentence, squeeze(exact)) or within(squeeze(exact), sentence) or squeeze(exact) in sentence
        assert g.value(a, KG.rule) is not None and 0 <= float(g.value(a, KG.confidence)) <= 1


def test_every_relation_is_reified_with_evidence(seed_build):
    g = rdflib.Graph().parse(seed_build / "graph.ttl", format="turtle")
    for prop in (KG.undertakenBy, KG.locatedInPark, KG.implements, KG.partOf, KG.investmentCNY):
        for s, o in g.subject_objects(prop):
            statements = [st for st in g.subjects(RDF.subject, s) if (st, RDF.predicate, prop) in g and (st, RDF.object, o) in g]
            assert statements, (s, prop, o)
            assert any(g.value(a, KG.evidenceSentence) for st in statements for a in g.subjects(OA.hasBody, st))
