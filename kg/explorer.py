"""explorer: what the graph page shows, collected one document at a time.

Per entity its class, label, other names, documents (hence counties and
years) and first evidence sentence; per document its file, date, kind and
title; per fact (a relation, an investment, a capacity, a status) the document
that states it, the sentence of the ORIGINAL file that says so and where the
names lie in it (character offsets into that file). It is kept in SQLite, in a
file when a build gives one, so that a corpus of any size is collected in
bounded memory; the page then takes at most `MAX_NODES` entities from it
(kg/dossier.py reads the side panel's tables, kg/render.py draws the page).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg import assemble, dossier, render, scratch
from kg.document import Document, Entity
from kg.errors import InputError
from kg.vocab import (CLASS_IRIS, DCTERMS_NS, KG_NS, OA_NS, PROPERTY_IRIS, RDF_NS, RDFS_NS, SECTOR_NS, SKOS_NS,
                      document_id, entity_id)

MAX_NODES = 5000  # the page holds at most this many (the most connected)
MAX_EDGES = 20000  # ... and this many relations among them
MAX_DOCUMENTS = 50  # documents listed per node; a line mentioned more often says how many more (kg view --document draws any)
MAX_COUNTIES = 50  # counties listed per node, for the page's county filter (kg view --county draws any county whole)
MAX_EXCERPT = 400  # characters of a very long sentence kept around the names it shows
EDGE_LABELS = render.EDGE_LABELS
FACTS = (*EDGE_LABELS, "investment", "capacity", "status", "sector")  # what the side panel shows, with its evidence

CLASS_NAMES = {iri: name for name, iri in CLASS_IRIS.items()}
FACT_NAMES = {PROPERTY_IRIS[name]: name for name in FACTS}
_TYPE, _LABEL, _ALT, _DOCUMENT = RDF_NS + "type", RDFS_NS + "label", SKOS_NS + "altLabel", KG_NS + "Document"
_SOURCE_FILE, _DATE, _TITLE, _KIND = KG_NS + "sourceFile", DCTERMS_NS + "date", DCTERMS_NS + "title", KG_NS + "documentKind"
_ABOUT, _MENTIONED, _BODY, _SENTENCE = KG_NS + "aboutCounty", KG_NS + "mentionedIn", OA_NS + "hasBody", KG_NS + "evidenceSentence"
_TARGET, _SELECTOR, _START, _END, _EXACT = (OA_NS + name for name in ("hasTarget", "hasSelector", "start", "end", "exact"))
_SUBJECT, _PREDICATE, _OBJECT = RDF_NS + "subject", RDF_NS + "predicate", RDF_NS + "object"
_SECTOR, _CONFIDENCE, _CUE = PROPERTY_IRIS["sector"], KG_NS + "confidence", KG_NS + "cue"
# the predicates the page reads (rule ids are not shown; confidences and cues decide and explain a sector)
_SHOWN = {ox.NamedNode(p): p for p in (
    _TYPE, _LABEL, _ALT, _SOURCE_FILE, _DATE, _TITLE, _KIND, _ABOUT, _MENTIONED, _BODY, _SENTENCE, _TARGET, _SELECTOR,
    _START, _END, _EXACT, _SUBJECT, _PREDICATE, _OBJECT, _CONFIDENCE, _CUE, *FACT_NAMES)}

_SCHEMA = """
CREATE TABLE doc(iri TEXT PRIMARY KEY, file TEXT, date TEXT, year TEXT, kind TEXT, title TEXT, county TEXT);
CREATE INDEX doc_county ON doc(county);
CREATE TABLE node(iri TEXT PRIMARY KEY, type TEXT, label TEXT, evidence TEXT);
CREATE TABLE alias(iri TEXT, text TEXT, PRIMARY KEY (iri, text)) WITHOUT ROWID;
CREATE TABLE mention(iri TEXT, doc TEXT, UNIQUE (iri, doc));
CREATE INDEX mention_doc ON mention(doc);
CREATE TABLE edge(s TEXT, relation TEXT, o TEXT, UNIQUE (s, relation, o));
CREATE INDEX edge_o ON edge(o);
-- o: the object's IRI, or the value of an investment (yuan), a capacity or a status (Planned ...)
-- start/end: the sentence in the original file; s_start ... o_end: the names of subject and object in it
CREATE TABLE fact(s TEXT, relation TEXT, o TEXT, doc TEXT, start INT, end INT,
                  s_start INT, s_end INT, o_start INT, o_end INT);
CREATE UNIQUE INDEX fact_key ON fact(s, relation, o, doc);
CREATE INDEX fact_o ON fact(o, relation);
CREATE TABLE sentence(doc TEXT, start INT, end INT, text TEXT, PRIMARY KEY (doc, start, end)) WITHOUT ROWID;
-- the sectors said of a project, park or enterprise: the highest confidence any document gives each, and its deciding word
CREATE TABLE sector(iri TEXT, sector TEXT, confidence REAL, cue TEXT, PRIMARY KEY (iri, sector)) WITHOUT ROWID;
CREATE TEMP TABLE chosen(iri TEXT PRIMARY KEY);
"""
# a node keeps its first class and evidence; a label given later replaces the IRI it starts with
# (numbered parameters, bound from a tuple: cheaper than binding a dict by names)
_UPSERT_NODE = """
INSERT INTO node(iri, type, label, evidence) VALUES (?1, ?2, coalesce(?3, ?1), ?4)
ON CONFLICT(iri) DO UPDATE SET label = coalesce(?3, node.label),
    evidence = CASE WHEN node.evidence = '' THEN ?4 ELSE node.evidence END
"""
_UPSERT_SECTOR = """
INSERT INTO sector VALUES (?, ?, ?, ?) ON CONFLICT(iri, sector) DO UPDATE SET confidence = max(sector.confidence, excluded.confidence),
    cue = CASE WHEN excluded.confidence > sector.confidence THEN excluded.cue ELSE sector.cue END
"""


class Explorer:
    """The page's entities, relations and evidence, collected from document graphs or documents.

    `add` reads one document's named graph (as `kg view` reads graph.trig);
    `add_document` reads the same from a processed document (as a build has
    it at hand: no triple to scan). `network` gives what the page draws,
    `write` the page.
    """

    def __init__(self, path: Path | None = None):
        """(The tables are filled in one transaction, never committed: a scratch database, read by
        this connection only and let go with it. A commit per document wrote its pages out each time.)"""
        self.db = scratch.database(path)
        self.db.executescript(_SCHEMA)
        self.total = self.total_edges = 0

    def add(self, triples) -> None:
        """The triples (or quads) of one document's named graph."""
        about: dict[str, dict[str, list]] = {}
        for q in triples:
            p = _SHOWN.get(q.predicate)  # hashing an Oxigraph term is cheaper than reading its IRI
            if p is not None:
                about.setdefault(q.subject.value, {}).setdefault(p, []).append(q.object)
        first, stated, spans, judged = _annotations(about)
        rows = _Rows()
        doc = next((s for s, props in about.items() if any(o.value == _DOCUMENT for o in props.get(_TYPE, ()))), None)
        for s, props in about.items():
            kind = next((CLASS_NAMES[o.value] for o in props.get(_TYPE, ()) if o.value in CLASS_NAMES), None)
            if kind is not None:
                rows.node(s, kind, props[_LABEL][0].value if _LABEL in props else None,
                          [o.value for o in props.get(_ALT, ())], [d.value for d in props.get(_MENTIONED, ())], first.get(s, ""))
            for p, relation in FACT_NAMES.items():
                for o in props.get(p, ()):
                    value = o.value.rsplit("#", 1)[-1] if relation == "status" else o.value
                    where = stated.get((s, p, o.value))
                    if relation == "sector":
                        value = value.removeprefix(SECTOR_NS)
                        if (s, p, o.value) in judged:  # (kg.compare reads only a sector stated with a confidence)
                            rows.sector(s, value, *judged[(s, p, o.value)])
                    rows.fact(s, relation, value, doc, where and _evidence(*where, spans.get(s, ()),
                                                                           spans.get(o.value, ()) if relation in EDGE_LABELS else ()))
        if doc is not None:
            props = about[doc]
            self._document(doc, props.get(_SOURCE_FILE, [ox.Literal(doc)])[0].value,
                           *(props[p][0].value if p in props else "" for p in (_DATE, _KIND, _TITLE, _ABOUT)))
        rows.insert(self.db)

    def add_document(self, doc: Document, entities: dict[str, Entity], forms: dict[str, set[str]] | None = None) -> None:
        """What `add` reads from a document's graph, taken from the document itself
        (tests/test_render.py checks that both ways give the same page; `forms`: its
        `assemble.entity_forms`, when the caller has them)."""
        d = document_id(doc.id)
        code, meta = doc.meta.get("county_code"), doc.meta
        rows = _Rows()
        for key, (entity, forms, evidence) in assemble.page_entities(doc, entities, forms).items():
            rows.node(entity_id(key), entity.type, entity.label, forms or (), [d] if forms is not None else [], evidence)
        spans = _mention_spans(doc)
        for f in doc.facts:
            if f.type in FACTS:
                value = entity_id(f.object) if f.object is not None else assemble.literal_text(f.value)
                if f.type == "sector":
                    rows.sector(entity_id(f.subject), value, float(f.confidence), min(f.attrs.get("words") or [""]))
                start, end = doc.to_original(f.start, f.end)
                rows.fact(entity_id(f.subject), f.type, value, d, _evidence(
                    start, end, doc.raw[start:end], spans.get(f.subject, ()), spans.get(f.object, ()) if f.object else ()))
        self._document(d, doc.source_file, meta.get("date") or "", meta.get("kind") or "", meta.get("title") or "",
                       entity_id(f"county/{code}") if code else "")
        rows.insert(self.db)

    def _document(self, iri: str, file: str, date: str, kind: str, title: str, county: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO doc VALUES (?, ?, ?, ?, ?, ?, ?)", (iri, file, date, date[:4], kind, title, county))

    def network(self, *, county: str | None = None, document: str | None = None) -> render.Network:
        """What the page draws: every entity, or those of one county or document, and at
        most `MAX_NODES` of them (counties first, then the most connected): a browser
        cannot draw tens of thousands of nodes, and `kg view --county/--document` draws any part.

        Each node also says which county it belongs with (`home`: the county it lies
        in, else the county of its first document), and a county how many strategies
        it implements, so that the page can place and fold them."""
        self._choose(county, document)
        details = self._details()
        net = render.Network()
        for iri, kind, label, evidence in self.db.execute(
                "SELECT n.iri, n.type, n.label, n.evidence FROM node n JOIN chosen USING (iri) ORDER BY n.rowid"):
            net.add_node(iri, **_node_data(iri, kind, label, evidence, *details(iri)))
        for iri, home in dossier.homes(self.db):
            net.nodes[iri]["home"] = home
        for iri, n in dossier.strategy_counts(self.db):
            net.nodes[iri]["strategies"] = n
        among = "FROM edge WHERE s IN chosen AND o IN chosen"
        self.total_edges = self.db.execute(f"SELECT count(*) {among}").fetchone()[0]
        # beyond MAX_EDGES, implements edges go first: they are the most numerous and say the least
        for s, relation, o in self.db.execute(f"SELECT s, relation, o {among} ORDER BY relation = 'implements', rowid LIMIT ?", (MAX_EDGES,)):
            net.add_edge(s, o, relation=relation)
        return net

    def _choose(self, county: str | None, document: str | None) -> None:
        """Fill the table `chosen` with the nodes the page draws; set `total`."""
        db = self.db
        db.execute("DELETE FROM chosen")
        where, args = [], []
        if county:
            counties = [c for c, label in db.execute("SELECT DISTINCT d.county, n.label FROM doc d LEFT JOIN node n ON n.iri = d.county"
                                                     " UNION SELECT iri, label FROM node WHERE type = 'County'")
                        if county in (c, c.rsplit("/", 1)[-1], label or "")]
            marks = ",".join("?" * len(counties))
            where.append(f"(n.type = 'County' AND n.iri IN ({marks}) OR EXISTS (SELECT 1 FROM mention m JOIN doc d ON d.iri = m.doc"
                         f" WHERE m.iri = n.iri AND d.county IN ({marks})))")
            args += counties * 2
        if document:
            docs = [iri for iri, file in db.execute("SELECT iri, file FROM doc") if document in (file, file.rsplit(".", 1)[0])]
            where.append(f"EXISTS (SELECT 1 FROM mention m WHERE m.iri = n.iri AND m.doc IN ({','.join('?' * len(docs))}))")
            args += docs
        db.execute(f"INSERT INTO chosen SELECT n.iri FROM node n {'WHERE ' + ' AND '.join(where) if where else ''}", args)
        self.total = db.execute("SELECT count(*) FROM chosen").fetchone()[0]
        if not self.total and (county or document):
            raise InputError(f"nothing in the graph for {'county ' + county if county else 'document ' + document}")
        if self.total > MAX_NODES:
            keep = db.execute("""
                WITH ends(iri) AS (SELECT s FROM edge WHERE s IN chosen AND o IN chosen
                                   UNION ALL SELECT o FROM edge WHERE s IN chosen AND o IN chosen)
                SELECT c.iri FROM chosen c JOIN node n USING (iri) LEFT JOIN (SELECT iri, count(*) AS degree FROM ends GROUP BY iri) e USING (iri)
                ORDER BY n.type != 'County', coalesce(e.degree, 0) DESC, c.iri LIMIT ?""", (MAX_NODES,)).fetchall()
            db.execute("DELETE FROM chosen")
            db.executemany("INSERT INTO chosen VALUES (?)", keep)

    def _details(self):
        """The names, documents (the first `MAX_DOCUMENTS` and how many), counties (the
        first `MAX_COUNTIES`), years and investment of the chosen nodes, one query each."""
        found: dict[str, tuple] = {}

        def of(iri):
            return found.setdefault(iri, (set(), [], [0], set(), set(), set()))

        db = self.db
        for iri, text in db.execute("SELECT iri, text FROM alias WHERE iri IN chosen"):
            of(iri)[0].add(text)
        # one pass over the chosen nodes' mentions, in the order they were recorded: the first
        # documents, how many, the first counties and the years (one statement, not four)
        for iri, file, county, year in db.execute("SELECT m.iri, d.file, d.county, d.year FROM mention m"
                                                  " JOIN doc d ON d.iri = m.doc WHERE m.iri IN chosen ORDER BY m.rowid"):
            _, files, mentioned, counties, years, _ = of(iri)
            mentioned[0] += 1
            if mentioned[0] <= MAX_DOCUMENTS:
                files.append(file)
            if county and len(counties) < MAX_COUNTIES:
                counties.add(county)
            if year:
                years.add(year)
        for iri, value in db.execute("SELECT DISTINCT s, o FROM fact WHERE relation = 'investment' AND s IN chosen"):
            of(iri)[5].add(value)
        return lambda iri: found.get(iri, (set(), [], [0], set(), set(), set()))

    def write(self, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
        """The page (kg/render.py) of what `network` chooses, with its side panel's data and the
        counties × sectors of its comparison view (kg/dossier.py)."""
        net = self.network(county=county, document=document)
        panel = dossier.collect(self.db, [(s, relation, o) for s, o, relation in net.edges()])
        return render.write(net, path, dossier=panel, counties=dossier.county_list(self.db), total=self.total,
                            total_edges=self.total_edges, comparison=lambda: dossier.comparison(self.db))

    def close(self) -> None:
        self.db.close()


def page(data, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
    """The page of an rdflib Dataset or Graph, or of a list of Oxigraph quads."""
    explorer = Explorer()
    for quads in _graphs(_as_quads(data)):
        explorer.add(quads)
    return explorer.write(path, county=county, document=document)


def view(build_dir: Path, out: Path, *, county: str | None = None, document: str | None = None) -> Path:
    """An HTML view of one county or one document of a finished build (read as a stream)."""
    trig = Path(build_dir) / "graph.trig"
    if not trig.is_file():
        raise InputError(f"no graph.trig in {build_dir}: run `kg build` first")
    if county:  # full name, short name or code, as every command takes a county
        from kg.gazetteer import resolve_county

        county = resolve_county(county).code
    with tempfile.TemporaryDirectory() as tmp:  # a large build's page is collected on disk
        explorer = Explorer(Path(tmp) / "page.sqlite")
        try:
            for quads in _graphs(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)):
                explorer.add(quads)
            return explorer.write(out, county=county, document=document)
        finally:
            explorer.close()


def _as_quads(data) -> list:
    if isinstance(data, list):
        return data
    from rdflib import Dataset  # (data is an rdflib graph: rdflib is loaded already)

    if isinstance(data, Dataset):
        return list(ox.parse(data.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS))
    # a plain Graph: its triples, as one (default) graph
    return list(ox.parse(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _graphs(quads):
    """Consecutive quads of the same named graph, as lists."""
    chunk, name = [], None
    for q in quads:
        if q.graph_name != name and chunk:
            yield chunk
            chunk = []
        name = q.graph_name
        chunk.append(q)
    if chunk:
        yield chunk


class _Rows:
    """One document's nodes and facts, gathered so that each table gets one `executemany`."""

    def __init__(self):
        self.nodes, self.aliases, self.mentions, self.edges, self.facts, self.sentences = [], [], [], [], [], []
        self.sectors = []

    def node(self, iri: str, kind: str, label: str | None, aliases, mentioned, evidence: str) -> None:
        self.nodes.append((iri, kind, label, evidence))
        self.aliases += [(iri, a) for a in aliases]
        self.mentions += [(iri, d) for d in mentioned]

    def fact(self, s: str, relation: str, o: str, doc: str | None, evidence: tuple | None) -> None:
        if relation in EDGE_LABELS:
            self.edges.append((s, relation, o))
        if doc is None:
            return
        start, end, text, s_span, o_span = evidence or (None, None, None, (None, None), (None, None))
        self.facts.append((s, relation, o, doc, start, end, *s_span, *o_span))
        if text is not None:
            self.sentences.append((doc, start, end, text))

    def sector(self, iri: str, sector: str, confidence: float, cue: str) -> None:
        self.sectors.append((iri, sector, confidence, cue))

    def insert(self, db) -> None:
        """After the document's own row: a mention counts only for a document the page knows.
        A document's relations and facts go in sorted, so that a graph (in the order of its
        triples) and a document (in the order of its facts) give the same tables."""
        db.executemany(_UPSERT_NODE, self.nodes)
        db.executemany("INSERT OR IGNORE INTO alias VALUES (?, ?)", self.aliases)
        db.executemany("INSERT OR IGNORE INTO mention SELECT ?, iri FROM doc WHERE iri = ?", self.mentions)
        db.executemany("INSERT OR IGNORE INTO edge VALUES (?, ?, ?)", sorted(set(self.edges)))
        db.executemany("INSERT OR IGNORE INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sorted(self.facts, key=lambda f: f[:4]))
        # (a sentence states several facts: each row once, in order; a row given again was ignored)
        db.executemany("INSERT OR IGNORE INTO sentence VALUES (?, ?, ?, ?)", dict.fromkeys(self.sentences))
        db.executemany(_UPSERT_SECTOR, self.sectors)


def _node_data(iri: str, kind: str, label: str, evidence: str, aliases: set, documents: list, mentioned: list,
               counties: set, years: set, investment: set) -> dict:
    return {
        "type": kind, "label": label, "aliases": sorted(aliases - {label}),
        "documents": sorted(documents), "more": max(0, mentioned[0] - MAX_DOCUMENTS),
        "counties": sorted({c for c in counties if c} | ({iri} if kind == "County" else set())),
        "investment": sorted(investment), "evidence": evidence, "years": sorted({y for y in years if y}),
    }


def _annotations(about) -> tuple[dict, dict, dict, dict]:
    """From a document graph's annotations: the sentence of the first mention of each
    entity (as the tooltip shows it), where each fact (s, p, o) is stated (its sentence
    in the original file: start, end, text), where each entity is named (its spans), and
    for each sector fact the highest confidence it is stated with and its deciding word."""
    first, stated, spans, judged = {}, {}, {}, {}
    for props in about.values():
        body, target = props.get(_BODY), props.get(_TARGET)
        if not body:
            continue
        stated_by = about.get(body[0].value, {})
        key = (stated_by[_SUBJECT][0].value, stated_by[_PREDICATE][0].value, stated_by[_OBJECT][0].value) \
            if _SUBJECT in stated_by and _PREDICATE in stated_by and _OBJECT in stated_by else None
        if key is not None and key[1] == _SECTOR and _CONFIDENCE in props:  # (as kg.compare reads it: with or without a place)
            confidence = float(props[_CONFIDENCE][0].value)
            if key not in judged or confidence > judged[key][0]:
                judged[key] = (confidence, min((c.value for c in props.get(_CUE, ())), default=""))
        selectors = about.get(target[0].value, {}).get(_SELECTOR, ()) if target else ()
        position = next((about[s.value] for s in selectors if _START in about.get(s.value, {})), None)
        quote = next((about[s.value] for s in selectors if _EXACT in about.get(s.value, {})), None)
        if position is None:
            continue
        start, end = int(position[_START][0].value), int(position[_END][0].value)
        if key is not None:
            stated.setdefault(key, (start, end, quote[_EXACT][0].value if quote else None))
        elif _SUBJECT not in stated_by:
            if _SENTENCE in props:
                first.setdefault(body[0].value, props[_SENTENCE][0].value)
            spans.setdefault(body[0].value, []).append((start, end))
    return first, stated, spans, judged


def _mention_spans(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Where the document names each entity, in the original file: the mentions its
    graph records (the first `assemble.MAX_EVIDENCE` of each), as `add` reads them."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        found = spans.setdefault(m.key, [])
        if len(found) < assemble.MAX_EVIDENCE:
            found.append(doc.to_original(m.start, m.end))
    return spans


def _within(spans, start: int, end: int) -> tuple[int, int] | tuple[None, None]:
    """The first of `spans` that starts in [start, end)."""
    inside = [s for s in spans if start <= s[0] < end]
    return min(inside) if inside else (None, None)


def _evidence(start: int, end: int, text: str | None, s_spans, o_spans) -> tuple:
    """A fact's evidence: its sentence (start, end, text) in the original file and where
    its subject and object are first named in it (of their `spans`). A very long sentence
    (a PDF without full stops) is cut to `MAX_EXCERPT` characters around the names; the
    offsets stay exact."""
    s_span, o_span = _within(s_spans, start, end), _within(o_spans, start, end)
    if text is None or end - start <= MAX_EXCERPT:
        return start, end, text, s_span, o_span
    anchor = s_span if s_span[0] is not None else o_span
    lo = max(start, (anchor[0] if anchor[0] is not None else start) - MAX_EXCERPT // 3)
    hi = max(min(end, lo + MAX_EXCERPT), anchor[1] or 0)
    keep = [sp if sp[0] is not None and lo <= sp[0] and sp[1] <= hi else (None, None) for sp in (s_span, o_span)]
    return lo, hi, text[lo - start : hi - start], keep[0], keep[1]
