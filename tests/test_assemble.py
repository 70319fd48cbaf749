"""assemble: documents and facts -> RDF, with stable IRIs and evidence offsets into the file."""
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg import assemble, link
from kg.document import Fact
from kg.vocab import KG, OA, document_iri, entity_iri, graph_iri

from conftest import process_text

TEXT = "平遥县召开大会。\n晋鑫钢铁总投资12亿元的年产100万吨棒材项目开工建设，深入实施乡村振兴战略。"


def dataset():
    doc = process_text(TEXT, county_code="140728", name="py.txt")
    return doc, assemble.assemble([doc], link.merge([doc]))


def test_one_named_graph_per_document_with_the_document_resource():
    doc, ds = dataset()
    g = ds.graph(graph_iri("py"))
    d = document_iri("py")
    assert (d, RDF.type, KG.Document) in g
    assert (d, KG.sourceFile, Literal("py.txt")) in g
    assert (d, KG.aboutCounty, URIRef("https://w3id.org/county-kg/id/county/140728")) in g


def test_entities_have_one_label_and_stable_iris():
    doc, ds = dataset()
    _, again = dataset()
    assert set(ds.quads()) == set(again.quads())
    steel = entity_iri(next(m.key for m in doc.mentions if m.type == "Enterprise"))
    labels = [o for _, _, o, _ in ds.quads((steel, RDFS.label, None, None))]
    assert labels == [Literal("晋鑫钢铁", lang="zh")]
    assert (steel, KG.mentionedIn, document_iri("py")) in ds.graph(graph_iri("py"))


def test_evidence_offsets_point_into_the_original_file():
    doc, ds = dataset()
    ds = ds.graph(graph_iri("py"))
    selectors = list(ds.subjects(RDF.type, OA.TextPositionSelector))
    assert selectors
    for sel in selectors:
        start, end = int(ds.value(sel, OA.start)), int(ds.value(sel, OA.end))
        assert 0 <= start < end <= len(doc.raw)
    quotes = {str(ds.value(q, OA.exact)) for q in ds.subjects(RDF.type, OA.TextQuoteSelector)}
    assert "晋鑫钢铁" in quotes


def test_investment_is_a_decimal_in_yuan():
    _, ds = dataset()
    values = [o for _, _, o, _ in ds.quads((None, KG.investmentCNY, None, None))]
    assert [str(v) for v in values] == ["1200000000"] and values[0].datatype.endswith("#decimal")


def test_annotations_that_share_a_sentence_or_are_made_again_keep_all_their_triples():
    """Facts of one sentence quote the same span: each of their annotations points at that
    span's selectors, described once; an annotation made again with another confidence
    keeps both confidences and its cues (what the graph said before they were shared)."""
    doc = process_text(TEXT, county_code="140728", name="py.txt")
    fact = next(f for f in doc.facts if f.type == "investment")
    doc.facts.append(Fact(**{**fact.__dict__, "confidence": 0.5, "attrs": {"words": ("总投资",)}}))
    triples = set(assemble.document_graph(doc, link.merge([doc])).triples)
    by = {}
    for t in triples:
        by.setdefault(t.subject.value, {}).setdefault(t.predicate.value, set()).add(t.object)
    annotations = [s for s, p in by.items() if {o.value for o in p.get(str(RDF.type), ())} == {str(OA.Annotation)}]
    facts_in_sentence = [a for a in annotations if by[a][str(KG.evidenceSentence)] == by[annotations[-1]][str(KG.evidenceSentence)]]
    assert len(facts_in_sentence) > 1
    for a in annotations:
        target = next(iter(by[a][str(OA.hasTarget)])).value
        selectors = [s.value for s in by[target][str(OA.hasSelector)]]
        assert len(selectors) == 2 and all(by[s].get(str(OA.start)) or by[s].get(str(OA.exact)) for s in selectors)
        assert by[target][str(OA.hasSource)] and by[a][str(KG.rule)] and by[a][str(KG.evidenceSentence)]
    again = next(a for a in annotations if len(by[a][str(KG.confidence)]) == 2)
    assert {o.value for o in by[again][str(KG.cue)]} >= {"总投资"}


def test_each_triple_is_in_a_document_graph_once():
    """Annotations made for the first time are appended without a check against the graph:
    an annotation made again (the same confidence and cue, or a cue given twice) must still
    add only what is new, and a region shared by two counties is described once."""
    doc = process_text("平遥县、介休市召开大会。\n" + TEXT, county_code="140728", name="py.txt")
    fact = next(f for f in doc.facts if f.type == "investment")
    doc.facts.append(Fact(**{**fact.__dict__, "attrs": {"words": ("总投资", "总投资")}}))
    doc.facts.append(Fact(**{**fact.__dict__, "attrs": {"words": ("总投资",)}}))
    doc.facts.append(Fact(**{**fact.__dict__, "confidence": 0.5, "attrs": {"words": ("投资", "总投资", "投资")}}))
    doc.facts.append(Fact(**{**fact.__dict__, "end": fact.end - 1, "attrs": {"words": ("投资", "投资")}}))  # a new annotation
    triples = assemble.document_graph(doc, link.merge([doc])).triples
    assert len(triples) == len(set(triples))
    said: dict[str, dict[str, set]] = {}
    for t in triples:
        if t.predicate.value in (str(KG.confidence), str(KG.cue)):
            said.setdefault(t.subject.value, {}).setdefault(t.predicate.value, set()).add(t.object.value)
    again = [a for a in said.values() if len(a[str(KG.confidence)]) == 2]
    assert len(again) == 1
    assert again[0] == {str(KG.confidence): {assemble.literal_text(Decimal(str(fact.confidence))), "0.5"},
                        str(KG.cue): {"总投资", "投资"}}
    regions = [t for t in triples if t.subject.value.endswith("/region/140700") and t.predicate.value == str(RDFS.label)]
    assert len(regions) == 1


def test_statements_and_sector_concepts_are_described_once_in_a_graph():
    """A fact's statement, a sector concept and an entity's names are appended without a check
    against the graph: a fact stated again adds nothing but its annotation, an amount stated
    again in another currency only its new object, two sectors under one broader concept
    describe it once; every triple once, none lost."""
    doc = process_text(TEXT, county_code="140728", name="py.txt")
    fact = next(f for f in doc.facts if f.type == "investment")
    project = fact.subject
    doc.facts.append(Fact(**{**fact.__dict__, "start": fact.start + 1}))  # the same fact, from another span
    money = {"type": "investmentInCurrency", "object": None, "value": Decimal("3000000")}
    doc.facts.append(Fact(**{**fact.__dict__, **money, "attrs": {"currency": "USD"}}))
    doc.facts.append(Fact(**{**fact.__dict__, **money, "attrs": {"currency": "EUR"}}))
    for sector in ("light-industry", "coal-chemical", "light-industry"):
        doc.facts.append(Fact(**{**fact.__dict__, "type": "sector", "object": None, "value": sector,
                                 "attrs": {"words": ("棒材",)}}))
    triples = assemble.document_graph(doc, link.merge([doc])).triples
    assert len(triples) == len(set(triples))
    by: dict[str, dict[str, list]] = {}
    for t in triples:
        by.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object.value)
    statements = [s for s, p in by.items() if str(RDF.type) in p and p[str(RDF.type)] == [str(RDF.Statement)]]
    invested = [s for s in statements if by[s][str(RDF.predicate)] == [str(KG.investmentCNY)]]
    assert len(invested) == 1 and len(by[invested[0]][str(RDF.object)]) == 1
    annotations = [a for a, p in by.items() if p.get(str(OA.hasBody)) == invested]
    assert len(annotations) == 2  # the fact's two spans
    abroad = [s for s in statements if by[s][str(RDF.predicate)] == [str(KG.investmentInCurrency)]]
    assert len(abroad) == 1 and len(by[abroad[0]][str(RDF.object)]) == 2  # (one statement: the digest leaves out the currency)
    assert len(by[str(entity_iri(project))][str(KG.investmentInCurrency)]) == 2
    sector = "https://w3id.org/county-kg/sector/"
    for concept in ("light-industry", "coal-chemical", "C"):  # C: the broader concept of both
        assert by[sector + concept][str(RDF.type)] == [str(KG.Sector)]
    said = by[str(entity_iri(project))][str(KG.sector)]
    assert {sector + "coal-chemical", sector + "light-industry"} <= set(said) and len(said) == len(set(said))
    assert assemble.sector_triples("coal-chemical")[-len(assemble.concept_triples("C")):] == assemble.concept_triples("C")
