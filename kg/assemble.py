"""assemble: documents, entities and facts -> RDF (the only place that writes triples).

One named graph per document (`kgr:graph/<id>`) holds the document, what it
says about each entity it mentions, the relations it states and, for each
mention and fact, a W3C Web Annotation pointing at the characters of the
original file that carry it (`oa:TextPositionSelector` offsets into the file's
text, `oa:TextQuoteSelector` with those characters). Facts are also reified
as `rdf:Statement`s so that SPARQL can go from a triple to its evidence.
Replacing one document's graph in a triplestore leaves the others intact.

Triples are built as Oxigraph terms, one document at a time: a large corpus
is written as it is assembled, and never held whole (see kg/builder.py).
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from itertools import starmap
from typing import NamedTuple

import pyoxigraph as ox

from kg import gazetteer, sectors
from kg.document import Document, Entity, printable
from kg.vocab import (CLASS_IRIS, DCTERMS_NS, KG_NS, KGR_NS, OA_NS, PROPERTY_IRIS, PROV_NS, RDF_NS, RDFS_NS, SCHEMA_NS,
                      SECTOR_NS, SKOS_NS, STATUSES, XSD_NS, digest, digest_text, document_id, entity_id, graph_id)

MAX_EVIDENCE = 20  # annotations per entity and document


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


TYPE, LABEL, ALT_LABEL = _n(RDF_NS + "type"), _n(RDFS_NS + "label"), _n(SKOS_NS + "altLabel")
DECIMAL, DATE, NON_NEGATIVE = _n(XSD_NS + "decimal"), _n(XSD_NS + "date"), _n(XSD_NS + "nonNegativeInteger")
CLASS = {name: _n(iri) for name, iri in CLASS_IRIS.items()}
PROPERTY = {name: _n(iri) for name, iri in PROPERTY_IRIS.items()}
V = {name: _n(KG_NS + name) for name in (
    "Document", "Region", "sourceFile", "documentKind", "aboutCounty", "mentionedIn", "adminCode",
    "withinRegion", "evidenceSentence", "rule", "confidence", "cue", "Sector", *STATUSES)}
O = {name: _n(OA_NS + name) for name in (
    "Annotation", "hasBody", "hasTarget", "SpecificResource", "hasSource", "hasSelector",
    "TextPositionSelector", "TextQuoteSelector", "start", "end", "exact")}
TITLE, DATE_P, DERIVED = _n(DCTERMS_NS + "title"), _n(DCTERMS_NS + "date"), _n(PROV_NS + "wasDerivedFrom")
STATEMENT, SUBJECT, PREDICATE, OBJECT = (_n(RDF_NS + name) for name in ("Statement", "subject", "predicate", "object"))
PREF_LABEL, NOTATION, IN_SCHEME, BROADER = (_n(SKOS_NS + name) for name in ("prefLabel", "notation", "inScheme", "broader"))
DEFINITION = _n(SKOS_NS + "definition")
SOURCE = _n(DCTERMS_NS + "source")
MENTIONED_IN = V["mentionedIn"]
MONETARY_AMOUNT, MONEY_VALUE, MONEY_CURRENCY = (_n(SCHEMA_NS + name) for name in ("MonetaryAmount", "value", "currency"))


@lru_cache(maxsize=1 << 16)
def _entity(key: str) -> ox.NamedNode:
    return _n(entity_id(key))


def _zh(text: str) -> ox.Literal:
    return ox.Literal(printable(text), language="zh")


def _plain(text: str) -> ox.Literal:
    """A string literal; a lone surrogate (an undecodable byte kept by a reader) becomes U+FFFD,
    one character for one, so that a quote keeps the length of the span it quotes."""
    return ox.Literal(printable(text))


class NamedGraph(NamedTuple):
    """One document's named graph: its name and its triples."""

    name: ox.NamedNode
    triples: list[ox.Triple]


class _Graph:
    """The triples of one document's named graph, each once, in the order they were added.

    Most triples describe an annotation made for the first time (its subject, target and
    selectors are new IRIs): those are new by construction and are appended as they are made,
    without hashing them against the others (`extend_new`; a graph's annotations make some
    four fifths of its triples, and hashing an Oxigraph triple costs as much as making one).
    So are the triples that only a thing's own description can hold, each described once: an
    entity's class, names and document (but a county's or region's, which may be said already
    as the region above another), a fact's statement, a sector concept (the graph remembers
    which it described). The rest (`add`) are checked against each other: a division's
    triples, a fact stated twice, an amount in a currency.
    The graph also remembers what its annotations share (a sentence, a quoted span, an
    annotation made again with another confidence), so that each is described once."""

    def __init__(self, doc: Document):
        self.id = doc.id
        self.name = _n(graph_id(self.id))
        self.document = _n(document_id(self.id))
        self._triples: list[ox.Triple] = []
        self._checked: set[ox.Triple] = set()  # the triples of `add`
        self.annotations: dict[str, list[tuple]] = {}  # annotation key -> its (confidence | cue, literal) said
        self.selectors: dict[tuple[int, int], tuple[ox.NamedNode, ox.NamedNode]] = {}  # span -> position, quote
        self.sentences: dict[int, ox.Literal] = {}  # offset of a sentence -> its literal
        self.statements: dict[str, set] = {}  # a fact's statement IRI -> the objects it was given
        self.concepts: set[str] = set()  # the sector concepts described

    def add(self, s, p, o) -> None:
        t = ox.Triple(s, p, o)
        if t not in self._checked:
            self._checked.add(t)
            self._triples.append(t)

    def extend_new(self, triples) -> None:
        """Append each (s, p, o) of `triples`, in order: the caller knows that none of them
        is in the graph yet, nor twice among them (a new annotation's subject is its own)."""
        self._triples.extend(starmap(ox.Triple, triples))

    def named_graph(self) -> NamedGraph:
        return NamedGraph(self.name, self._triples)


def document_graph(doc: Document, entities: dict[str, Entity], forms: dict[str, set[str]] | None = None) -> NamedGraph:
    """One document's named graph, as Oxigraph triples (`forms`: its `entity_forms`, when the caller has them)."""
    g = _Graph(doc)
    add_document(g, doc)
    add_entities(g, doc, entities, forms)
    add_facts(g, doc)
    return g.named_graph()


def document_quads(doc: Document, entities: dict[str, Entity]) -> list[ox.Quad]:
    """One document's named graph as Oxigraph quads."""
    name, triples = document_graph(doc, entities)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]


def assemble(docs: list[Document], entities: dict[str, Entity]):
    """All documents as one rdflib Dataset (for notebooks and small corpora)."""
    from rdflib import Dataset

    from kg.vocab import PREFIXES

    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    quads = [q for doc in docs for q in document_quads(doc, entities)]
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds


def add_document(g: _Graph, doc: Document) -> None:
    d = g.document
    g.add(d, TYPE, V["Document"])
    g.add(d, V["sourceFile"], _plain(doc.source_file))
    meta = doc.meta
    if meta.get("title"):
        g.add(d, TITLE, _zh(meta["title"]))
    if meta.get("date"):
        g.add(d, DATE_P, ox.Literal(meta["date"], datatype=DATE))
    if meta.get("kind"):
        g.add(d, V["documentKind"], _zh(meta["kind"]))
    if meta.get("county_code"):
        g.add(d, V["aboutCounty"], _entity(f"county/{meta['county_code']}"))
    if meta.get("url"):
        g.add(d, SOURCE, source_term(meta["url"]))


def source_term(url: str):
    """Where a document was published: an IRI when the manifest gives a web
    address, else the text as given (a citation, a path)."""
    url = url.strip()
    if url.lower().startswith(("http://", "https://")):
        try:
            return ox.NamedNode(url)
        except ValueError:
            pass
    return ox.Literal(url)


def add_entities(g: _Graph, doc: Document, entities: dict[str, Entity], forms: dict[str, set[str]] | None = None) -> None:
    d = g.document
    for key, texts in (forms if forms is not None else entity_forms(doc)).items():
        e = entities.get(key) or _division_entity(key)
        if e is None:
            continue
        iri = _entity(key)
        described = [(iri, TYPE, CLASS[e.type]), (iri, LABEL, _zh(e.label)),
                     *((iri, ALT_LABEL, _zh(alias)) for alias in sorted(texts - {e.label})), (iri, MENTIONED_IN, d)]
        if e.type in ("County", "Region"):  # (it may be described already, as the region above another)
            for t in described:
                g.add(*t)
            add_division(g, e.attrs.get("code") or key.split("/")[1])
        else:  # each key once: no other triple of the graph says its class, names or document
            g.extend_new(described)
    per_entity: dict[str, int] = {}
    for m in doc.mentions:
        # the first mentions of an entity in a document carry its evidence; a
        # document that repeats a name thousands of times does not need more
        per_entity[m.key] = per_entity.get(m.key, 0) + 1
        if per_entity[m.key] <= MAX_EVIDENCE:
            add_annotation(g, doc, m.start, m.end, m.rule, m.confidence, body=_entity(m.key), body_iri=entity_id(m.key))


def entity_forms(doc: Document) -> dict[str, set[str]]:
    """Each entity the document names (and its own county), with the forms it uses."""
    forms: dict[str, set[str]] = {}
    for m in doc.mentions:
        forms.setdefault(m.key, set()).add(m.text)
    code = doc.meta.get("county_code")
    if code:
        forms.setdefault(f"county/{code}", set())
    return forms


def add_division(g: _Graph, code: str) -> None:
    """A county or region with its code and the nearest region above it."""
    d = gazetteer.by_code(code)
    if d is None:
        return
    iri = _entity(f"{'county' if d.level == 'county' else 'region'}/{code}")
    g.add(iri, V["adminCode"], ox.Literal(code))
    parent = parent_region(d)
    if parent is not None:
        piri = _entity(f"region/{parent.code}")
        g.add(iri, V["withinRegion"], piri)
        g.add(piri, TYPE, V["Region"])
        g.add(piri, LABEL, _zh(parent.name))
        g.add(piri, V["adminCode"], ox.Literal(parent.code))


def parent_region(d: gazetteer.Division):
    """The nearest region above a division (it carries its own parent when mentioned)."""
    for code in filter(None, (d.prefecture, d.province if d.province != d.code else "")):
        parent = gazetteer.by_code(code)
        if parent is not None:
            return parent
    return None


def page_entities(doc: Document, entities: dict[str, Entity],
                  forms: dict[str, set[str]] | None = None) -> dict[str, tuple[Entity, set[str] | None, str]]:
    """The entities of a document's graph as its explorer page shows them.

    key -> (entity, the forms the document uses or None for a region that is
    only the parent of a division, the sentence of its first mention or "").
    """
    first: dict[str, int] = {}
    for m in doc.mentions:
        first.setdefault(m.key, m.start)
    shown: dict[str, tuple[Entity, set[str] | None, str]] = {}
    for key, texts in (forms if forms is not None else entity_forms(doc)).items():
        e = entities.get(key) or _division_entity(key)
        if e is None:
            continue
        if key not in shown or shown[key][1] is None:
            shown[key] = (e, texts - {e.label}, sentence(doc, first[key]) if key in first else "")
        d = gazetteer.by_code(e.attrs.get("code") or key.split("/")[1]) if e.type in ("County", "Region") else None
        parent = parent_region(d) if d is not None else None
        if parent is not None and f"region/{parent.code}" not in shown:
            pkey = f"region/{parent.code}"
            shown[pkey] = (Entity(pkey, "Region", parent.name), None, sentence(doc, first[pkey]) if pkey in first else "")
    return shown


@lru_cache(maxsize=4096)
def _division_entity(key: str) -> Entity | None:
    kind, _, code = key.partition("/")
    d = gazetteer.by_code(code) if kind in ("county", "region") else None
    return Entity(key, kind.capitalize(), d.name, attrs={"code": code}) if d else None


def add_facts(g: _Graph, doc: Document) -> None:
    for f in doc.facts:
        prop = PROPERTY[f.type]
        subject = _entity(f.subject)
        if f.object is not None:
            obj = _entity(f.object)
        elif f.type == "investmentInCurrency":
            obj = add_money(g, f.value, f.attrs["currency"])
        elif f.type == "status":
            obj = V[str(f.value)]
        elif f.type == "sector":
            obj = _n(SECTOR_NS + str(f.value))
            for concept in _sector_chain(str(f.value)):  # the concept and those above it, each described once
                if concept not in g.concepts:
                    g.concepts.add(concept)
                    g.extend_new(concept_triples(concept))
        elif isinstance(f.value, Decimal):
            obj = ox.Literal(literal_text(f.value), datatype=DECIMAL)
        else:
            obj = _zh(literal_text(f.value))
        g.add(subject, prop, obj)
        key = digest_text(f"{g.id!s}\x1f{f.type!s}\x1f{f.subject!s}\x1f{f.object!s}\x1f{f.value!s}")  # (digest(g.id, f.type, ...))
        statement_iri = f"{KGR_NS}statement/{key}"
        statement = ox.NamedNode(statement_iri)
        # (a statement stated again has its class, subject and predicate: only its object can
        # be new, an amount in another currency)
        objects = g.statements.get(statement_iri)
        if objects is None:
            g.statements[statement_iri] = {obj}
            g.extend_new(((statement, TYPE, STATEMENT), (statement, SUBJECT, subject), (statement, PREDICATE, prop),
                          (statement, OBJECT, obj)))
        elif obj not in objects:
            objects.add(obj)
            g.extend_new(((statement, OBJECT, obj),))
        add_annotation(g, doc, f.start, f.end, f.rule, f.confidence, body=statement, cues=f.attrs.get("words", ()),
                       body_iri=statement_iri)


def sector_triples(sector_id: str) -> tuple[tuple, ...]:
    """A sector concept and the broader ones above it, as the scheme describes them
    (so that a build's graph answers "which sector" with labels, on its own)."""
    return tuple(t for concept in _sector_chain(sector_id) for t in concept_triples(concept))


@lru_cache(maxsize=256)
def _sector_chain(sector_id: str) -> tuple[str, ...]:
    return tuple(s.id for s in sectors.get(sector_id).chain())


@lru_cache(maxsize=256)
def concept_triples(concept: str) -> tuple[tuple, ...]:
    """One sector concept as the scheme describes it, each triple once."""
    s = sectors.get(concept)
    iri = _n(SECTOR_NS + s.id)
    out = [(iri, TYPE, V["Sector"]), (iri, IN_SCHEME, _n(sectors.SCHEME_IRI)), (iri, NOTATION, ox.Literal(s.notation)),
           (iri, PREF_LABEL, _zh(s.zh)), (iri, PREF_LABEL, ox.Literal(s.en, language="en")),
           (iri, DEFINITION, _zh(s.definition_zh)), (iri, DEFINITION, ox.Literal(s.definition_en, language="en"))]
    out += [(iri, SOURCE, _n(source)) for source in s.sources]
    if s.broader is not None:
        out.append((iri, BROADER, _n(SECTOR_NS + s.broader)))
    return tuple(dict.fromkeys(out))


def add_money(g: _Graph, value: Decimal, currency: str) -> ox.NamedNode:
    """An amount in a currency other than yuan, kept in it (never converted): a schema:MonetaryAmount."""
    node = ox.NamedNode(f"{KGR_NS}amount/{digest(currency, literal_text(value))}")
    g.add(node, TYPE, MONETARY_AMOUNT)
    g.add(node, MONEY_VALUE, ox.Literal(literal_text(value), datatype=DECIMAL))
    g.add(node, MONEY_CURRENCY, _plain(currency))
    return node


def add_annotation(g: _Graph, doc: Document, start: int, end: int, rule: str, confidence: float, body: ox.NamedNode,
                   cues=(), body_iri: str | None = None) -> None:
    """An oa:Annotation saying `body` is stated by text[start:end] of the document
    (`cues`: the words of that text that decided it, for facts decided by a word; `body_iri`:
    the body's IRI as a string, when the caller has it: reading it back from the term costs)."""
    key = digest_text(f"{g.id!s}\x1f{body_iri or body.value!s}\x1f{start!s}\x1f{end!s}\x1f{rule!s}")  # (digest(g.id, body, start, end, rule))
    a = ox.NamedNode(f"{KGR_NS}annotation/{key}")
    said = [(CONFIDENCE, _confidence(confidence)), *((CUE, _cue(cue)) for cue in cues)] if cues else \
        [(CONFIDENCE, _confidence(confidence))]
    stated = g.annotations.get(key)
    if stated is not None:  # the same annotation again: only its confidence and cues can differ
        for p, o in said:
            if (p, o) not in stated:
                stated.append((p, o))
                g.extend_new(((a, p, o),))
        return
    if cues:
        said = list(dict.fromkeys(said))  # (a cue given twice is one triple)
    g.annotations[key] = said
    raw_start, raw_end = doc.to_original(start, end)
    target = ox.NamedNode(f"{KGR_NS}annotation/{key}/target")
    d = g.document
    triples = [(a, TYPE, ANNOTATION), (a, HAS_BODY, body), (a, HAS_TARGET, target),
               (a, EVIDENCE, _sentence_literal(g, doc, start)), (a, RULE, _rule(rule)), (a, *said[0]), (a, DERIVED, d)]
    triples += [(a, p, o) for p, o in said[1:]]
    triples += [(target, TYPE, SPECIFIC_RESOURCE), (target, HAS_SOURCE, d)]
    selectors = g.selectors.get((raw_start, raw_end))
    if selectors is not None:  # a span quoted before: its selectors are described
        g.extend_new(triples + [(target, HAS_SELECTOR, selectors[0]), (target, HAS_SELECTOR, selectors[1])])
        return
    span = digest_text(f"{g.id!s}\x1f{raw_start!s}\x1f{raw_end!s}")  # (digest(g.id, raw_start, raw_end))
    position, quote = ox.NamedNode(f"{KGR_NS}selector/{span}/position"), ox.NamedNode(f"{KGR_NS}selector/{span}/quote")
    g.selectors[raw_start, raw_end] = position, quote
    g.extend_new(triples + [
        (target, HAS_SELECTOR, position), (target, HAS_SELECTOR, quote),
        (position, TYPE, POSITION_SELECTOR), (position, START, _offset(raw_start)), (position, END, _offset(raw_end)),
        (quote, TYPE, QUOTE_SELECTOR), (quote, EXACT, _plain(doc.raw[raw_start:raw_end]))])


# the terms of an annotation
ANNOTATION, HAS_BODY, HAS_TARGET, SPECIFIC_RESOURCE = O["Annotation"], O["hasBody"], O["hasTarget"], O["SpecificResource"]
HAS_SOURCE, HAS_SELECTOR, START, END, EXACT = O["hasSource"], O["hasSelector"], O["start"], O["end"], O["exact"]
POSITION_SELECTOR, QUOTE_SELECTOR = O["TextPositionSelector"], O["TextQuoteSelector"]
EVIDENCE, RULE, CONFIDENCE, CUE = V["evidenceSentence"], V["rule"], V["confidence"], V["cue"]


@lru_cache(maxsize=4096)
def _rule(rule: str) -> ox.Literal:
    return _plain(rule)


@lru_cache(maxsize=4096)
def _cue(word: str) -> ox.Literal:
    return _zh(word)


def _offset(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=NON_NEGATIVE)


def _sentence_literal(g: _Graph, doc: Document, offset: int) -> ox.Literal:
    """The sentence holding `offset`, as a literal made once per sentence of the graph."""
    i = doc.sentence_at(offset)
    found = g.sentences.get(i)
    if found is None:
        found = g.sentences[i] = _zh(doc.sentence_text(i) if i >= 0 else "")
    return found


@lru_cache(maxsize=256)
def _confidence(value: float) -> ox.Literal:
    return ox.Literal(format(Decimal(str(value)), "f"), datatype=DECIMAL)


def literal_text(value) -> str:
    """A fact's value as its literal writes it: 500000000, not 5E+8 (xsd:decimal has no exponent),
    whatever its size (formatting, unlike quantize, never runs out of precision)."""
    if not isinstance(value, Decimal):
        return str(value)
    return format(value.normalize(), "f") if value != value.to_integral_value() else f"{value.to_integral_value():f}"


def sentence(doc: Document, offset: int) -> str:
    i = doc.sentence_at(offset)
    return doc.sentence_text(i) if i >= 0 else ""
