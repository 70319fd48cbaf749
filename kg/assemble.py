"""assemble: documents, entities and facts -> one RDF dataset (the only place
that writes triples).

One named graph per document (`kgr:graph/<id>`) holds the document, what it
says about each entity it mentions, the relations it states and, for each
mention and fact, a W3C Web Annotation pointing at the characters of the
original file that carry it (`oa:TextPositionSelector` offsets into the file's
text, `oa:TextQuoteSelector` with those characters). Facts are also reified
as `rdf:Statement`s so that SPARQL can go from a triple to its evidence.
Replacing one document's graph in a triplestore leaves the others intact.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import gazetteer
from kg.document import Document, Entity
from kg.vocab import CLASSES, KG, KGR, OA, PREFIXES, PROPERTIES, digest, document_iri, entity_iri, graph_iri


MAX_EVIDENCE = 20  # annotations per entity and document


def assemble(docs: list[Document], entities: dict[str, Entity]) -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for doc in docs:
        fill(ds.graph(graph_iri(doc.id)), doc, entities)
    return ds


def document_graph(doc: Document, entities: dict[str, Entity]) -> Graph:
    """One document's named graph on its own, so that a large corpus is written one document at a time."""
    return fill(Graph(identifier=graph_iri(doc.id)), doc, entities)


def fill(g: Graph, doc: Document, entities: dict[str, Entity]) -> Graph:
    add_document(g, doc)
    add_entities(g, doc, entities)
    add_facts(g, doc, entities)
    return g


def add_document(g, doc: Document) -> None:
    d = document_iri(doc.id)
    g.add((d, RDF.type, KG.Document))
    g.add((d, KG.sourceFile, Literal(doc.source_file)))
    meta = doc.meta
    if meta.get("title"):
        g.add((d, DCTERMS.title, Literal(meta["title"], lang="zh")))
    if meta.get("date"):
        g.add((d, DCTERMS.date, Literal(meta["date"], datatype=XSD.date)))
    if meta.get("kind"):
        g.add((d, KG.documentKind, Literal(meta["kind"], lang="zh")))
    if meta.get("county_code"):
        g.add((d, KG.aboutCounty, entity_iri(f"county/{meta['county_code']}")))


def add_entities(g, doc: Document, entities: dict[str, Entity]) -> None:
    d = document_iri(doc.id)
    seen: set[str] = set()
    forms: dict[str, set[str]] = {}
    for m in doc.mentions:
        forms.setdefault(m.key, set()).add(m.text)
    code = doc.meta.get("county_code")
    if code:
        forms.setdefault(f"county/{code}", set())
    for key, texts in forms.items():
        e = entities.get(key) or _division_entity(key)
        if e is None:
            continue
        iri = entity_iri(key)
        g.add((iri, RDF.type, CLASSES[e.type]))
        g.add((iri, RDFS.label, Literal(e.label, lang="zh")))
        for alias in sorted(texts - {e.label}):
            g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
        g.add((iri, KG.mentionedIn, d))
        if e.type in ("County", "Region"):
            add_division(g, e.attrs.get("code") or key.split("/")[1])
        seen.add(key)
    per_entity: dict[str, int] = {}
    for m in doc.mentions:
        # the first mentions of an entity in a document carry its evidence; a
        # document that repeats a name thousands of times does not need more
        per_entity[m.key] = per_entity.get(m.key, 0) + 1
        if per_entity[m.key] <= MAX_EVIDENCE:
            add_annotation(g, doc, m.start, m.end, m.rule, m.confidence, body=entity_iri(m.key))


def add_division(g, code: str) -> None:
    """A county or region with its code and the regions above it."""
    d = gazetteer.by_code(code)
    if d is None:
        return
    iri = entity_iri(f"{'county' if d.level == 'county' else 'region'}/{code}")
    g.add((iri, KG.adminCode, Literal(code)))
    for parent in filter(None, (d.prefecture, d.province if d.province != code else "")):
        p = gazetteer.by_code(parent)
        if p is None:
            continue
        piri = entity_iri(f"region/{parent}")
        g.add((iri, KG.withinRegion, piri))
        g.add((piri, RDF.type, KG.Region))
        g.add((piri, RDFS.label, Literal(p.name, lang="zh")))
        g.add((piri, KG.adminCode, Literal(parent)))
        break  # the nearest region; it carries its own parent when mentioned


def _division_entity(key: str) -> Entity | None:
    kind, _, code = key.partition("/")
    d = gazetteer.by_code(code) if kind in ("county", "region") else None
    return Entity(key, kind.capitalize(), d.name, attrs={"code": code}) if d else None


def add_facts(g, doc: Document, entities: dict[str, Entity]) -> None:
    for f in doc.facts:
        prop = PROPERTIES[f.type]
        subject = entity_iri(f.subject)
        if f.object is not None:
            obj = entity_iri(f.object)
        elif f.type == "status":
            obj = KG[str(f.value)]
        elif isinstance(f.value, Decimal):
            obj = Literal(_plain(f.value), datatype=XSD.decimal)
        else:
            obj = Literal(str(f.value), lang="zh")
        g.add((subject, prop, obj))
        statement = KGR[f"statement/{digest(doc.id, f.type, f.subject, f.object, f.value)}"]
        g.add((statement, RDF.type, RDF.Statement))
        g.add((statement, RDF.subject, subject))
        g.add((statement, RDF.predicate, prop))
        g.add((statement, RDF.object, obj))
        add_annotation(g, doc, f.start, f.end, f.rule, f.confidence, body=statement)


def add_annotation(g, doc: Document, start: int, end: int, rule: str, confidence: float, body: URIRef) -> None:
    """An oa:Annotation saying `body` is stated by text[start:end] of the document."""
    raw_start, raw_end = doc.to_original(start, end)
    a = KGR[f"annotation/{digest(doc.id, body, start, end, rule)}"]
    target = KGR[f"annotation/{digest(doc.id, body, start, end, rule)}/target"]
    position = KGR[f"selector/{digest(doc.id, raw_start, raw_end)}/position"]
    quote = KGR[f"selector/{digest(doc.id, raw_start, raw_end)}/quote"]
    d = document_iri(doc.id)
    g.add((a, RDF.type, OA.Annotation))
    g.add((a, OA.hasBody, body))
    g.add((a, OA.hasTarget, target))
    g.add((a, KG.evidenceSentence, Literal(_sentence(doc, start), lang="zh")))
    g.add((a, KG.rule, Literal(rule)))
    g.add((a, KG.confidence, Literal(format(Decimal(str(confidence)), "f"), datatype=XSD.decimal)))
    g.add((a, PROV.wasDerivedFrom, d))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, d))
    g.add((target, OA.hasSelector, position))
    g.add((target, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(raw_start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(raw_end, datatype=XSD.nonNegativeInteger)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(doc.raw[raw_start:raw_end])))


def _plain(value: Decimal) -> str:
    """500000000, not 5E+8: xsd:decimal has no exponent."""
    return format(value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize(), "f")


def _sentence(doc: Document, offset: int) -> str:
    i = doc.sentence_at(offset)
    return doc.sentence_text(i) if i >= 0 else ""
