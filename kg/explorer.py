"""explorer: what the graph page shows, collected one document at a time.

Per entity only its class, label, other names, documents (hence counties and
years), investment and first evidence sentence; per relation its first
evidence sentence. It is kept in SQLite, in a file when a build gives one, so
that a corpus of any size is collected in bounded memory; the page then takes
at most `MAX_NODES` entities from it (kg/render.py draws them).
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg import assemble, scratch
from kg.document import Document, Entity
from kg.errors import InputError
from kg.vocab import CLASSES, KG, OA, PROPERTIES, document_iri, entity_iri

MAX_NODES = 5000  # the page holds at most this many (the most connected)
MAX_EDGES = 20000  # ... and this many relations among them
MAX_DOCUMENTS = 50  # documents listed per node; a line mentioned more often says how many more (kg view --document draws any)
MAX_COUNTIES = 50  # counties listed per node, for the page's county filter (kg view --county draws any county whole)
EDGE_LABELS = {"undertakenBy": "承建", "locatedInPark": "位于园区", "locatedIn": "位于", "implements": "实施", "partOf": "属于"}

CLASS_NAMES = {str(iri): name for name, iri in CLASSES.items()}
RELATION_NAMES = {str(PROPERTIES[name]): name for name in EDGE_LABELS}
_TYPE, _LABEL, _ALT, _DOCUMENT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(KG.Document)
_SOURCE_FILE, _DATE, _ABOUT, _MENTIONED = str(KG.sourceFile), str(DCTERMS.date), str(KG.aboutCounty), str(KG.mentionedIn)
_INVESTMENT, _BODY, _SENTENCE = str(KG.investmentCNY), str(OA.hasBody), str(KG.evidenceSentence)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
# the predicates the page reads (selectors, offsets, rule ids are not shown)
_SHOWN = {ox.NamedNode(p): p for p in (_TYPE, _LABEL, _ALT, _SOURCE_FILE, _DATE, _ABOUT, _MENTIONED, _INVESTMENT,
                                       _BODY, _SENTENCE, _SUBJECT, _PREDICATE, _OBJECT, *RELATION_NAMES)}

_SCHEMA = """
CREATE TABLE doc(iri TEXT PRIMARY KEY, file TEXT, year TEXT, county TEXT);
CREATE TABLE node(iri TEXT PRIMARY KEY, type TEXT, label TEXT, evidence TEXT);
CREATE TABLE alias(iri TEXT, text TEXT, PRIMARY KEY (iri, text)) WITHOUT ROWID;
CREATE TABLE investment(iri TEXT, value TEXT, PRIMARY KEY (iri, value)) WITHOUT ROWID;
CREATE TABLE mention(iri TEXT, doc TEXT, UNIQUE (iri, doc));
CREATE TABLE edge(s TEXT, relation TEXT, o TEXT, evidence TEXT, UNIQUE (s, relation, o));
CREATE TEMP TABLE chosen(iri TEXT PRIMARY KEY);
"""
# a node keeps its first class and evidence; a label given later replaces the IRI it starts with
_UPSERT_NODE = """
INSERT INTO node(iri, type, label, evidence) VALUES (:iri, :type, coalesce(:label, :iri), :evidence)
ON CONFLICT(iri) DO UPDATE SET label = coalesce(:label, node.label),
    evidence = CASE WHEN node.evidence = '' THEN :evidence ELSE node.evidence END
"""


class Explorer:
    """The page's entities and relations, collected from document graphs or documents.

    `add` reads one document's named graph (as `kg view` reads graph.trig);
    `add_document` reads the same from a processed document (as a build has
    it at hand: no triple to scan). `network` gives what the page draws.
    """

    def __init__(self, path: Path | None = None):
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
        evidence = _evidence(about)
        nodes = _NodeRows()
        for s, props in about.items():
            kind = next((CLASS_NAMES[o.value] for o in props.get(_TYPE, ()) if o.value in CLASS_NAMES), None)
            if kind is not None:
                nodes.add(s, kind, props[_LABEL][0].value if _LABEL in props else None,
                          [o.value for o in props.get(_ALT, ())], [o.value for o in props.get(_INVESTMENT, ())],
                          [d.value for d in props.get(_MENTIONED, ())], evidence.get((s, None), ""))
        with self.db:
            for s, props in about.items():
                if any(o.value == _DOCUMENT for o in props.get(_TYPE, ())):
                    self._document(s, props.get(_SOURCE_FILE, [ox.Literal(s)])[0].value,
                                   props[_DATE][0].value[:4] if _DATE in props else "",
                                   props[_ABOUT][0].value if _ABOUT in props else "")
            nodes.insert(self.db)
            self.db.executemany("INSERT OR IGNORE INTO edge VALUES (?, ?, ?, ?)", (
                (s, relation, o.value, evidence.get((s, p, o.value), ""))
                for s, props in about.items() for p, relation in RELATION_NAMES.items() for o in props.get(p, ())))

    def add_document(self, doc: Document, entities: dict[str, Entity]) -> None:
        """What `add` reads from a document's graph, taken from the document itself
        (tests/test_render.py checks that both ways give the same page)."""
        d = str(document_iri(doc.id))
        code = doc.meta.get("county_code")
        investment: dict[str, list[str]] = {}
        for f in doc.facts:
            if f.type == "investment":
                investment.setdefault(f.subject, []).append(assemble.literal_text(f.value))
        nodes = _NodeRows()
        for key, (entity, forms, evidence) in assemble.page_entities(doc, entities).items():
            nodes.add(str(entity_iri(key)), entity.type, entity.label, forms or (), investment.get(key, ()),
                      [d] if forms is not None else [], evidence)
        with self.db:
            self._document(d, doc.source_file, (doc.meta.get("date") or "")[:4], str(entity_iri(f"county/{code}")) if code else "")
            nodes.insert(self.db)
            self.db.executemany("INSERT OR IGNORE INTO edge VALUES (?, ?, ?, ?)", (
                (str(entity_iri(f.subject)), f.type, str(entity_iri(f.object)), assemble.sentence(doc, f.start))
                for f in doc.facts if f.type in EDGE_LABELS and f.object is not None))

    def _document(self, iri: str, file: str, year: str, county: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO doc VALUES (?, ?, ?, ?)", (iri, file, year, county))

    def network(self, *, county: str | None = None, document: str | None = None) -> nx.MultiDiGraph:
        """What the page draws: every entity, or those of one county or document, and at
        most `MAX_NODES` of them (counties first, then the most connected): a browser
        cannot draw tens of thousands of nodes, and `kg view --county/--document` draws any part."""
        self._choose(county, document)
        details = self._details()
        net = nx.MultiDiGraph()
        for iri, kind, label, evidence in self.db.execute(
                "SELECT n.iri, n.type, n.label, n.evidence FROM node n JOIN chosen USING (iri) ORDER BY n.rowid"):
            net.add_node(iri, **_node_data(iri, kind, label, evidence, *details(iri)))
        among = "FROM edge WHERE s IN chosen AND o IN chosen"
        self.total_edges = self.db.execute(f"SELECT count(*) {among}").fetchone()[0]
        # beyond MAX_EDGES, implements edges go first: they are the most numerous and say the least
        for s, relation, o, evidence in self.db.execute(
                f"SELECT s, relation, o, evidence {among} ORDER BY relation = 'implements', rowid LIMIT ?", (MAX_EDGES,)):
            net.add_edge(s, o, relation=relation, evidence=evidence)
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
        for iri, file in db.execute(
                "SELECT iri, file FROM (SELECT m.iri, d.file, row_number() OVER (PARTITION BY m.iri ORDER BY m.rowid) AS k"
                " FROM mention m JOIN doc d ON d.iri = m.doc WHERE m.iri IN chosen) WHERE k <= ?", (MAX_DOCUMENTS,)):
            of(iri)[1].append(file)
        for iri, n in db.execute("SELECT iri, count(*) FROM mention WHERE iri IN chosen GROUP BY iri"):
            of(iri)[2][0] = n
        for iri, county in db.execute(
                "SELECT iri, county FROM (SELECT iri, county, row_number() OVER (PARTITION BY iri ORDER BY first) AS k"
                " FROM (SELECT m.iri, d.county, min(m.rowid) AS first FROM mention m JOIN doc d ON d.iri = m.doc"
                " WHERE m.iri IN chosen AND d.county != '' GROUP BY m.iri, d.county)) WHERE k <= ?", (MAX_COUNTIES,)):
            of(iri)[3].add(county)
        for iri, year in db.execute("SELECT DISTINCT m.iri, d.year FROM mention m JOIN doc d ON d.iri = m.doc"
                                    " WHERE m.iri IN chosen AND d.year != ''"):
            of(iri)[4].add(year)
        for iri, value in db.execute("SELECT iri, value FROM investment WHERE iri IN chosen"):
            of(iri)[5].add(value)
        return lambda iri: found.get(iri, (set(), [], [0], set(), set(), set()))

    def write(self, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
        from kg.render import write_page  # the page is drawn by kg/render.py, which reads this module

        net = self.network(county=county, document=document)
        return write_page(net, path, total=self.total, total_edges=self.total_edges)

    def close(self) -> None:
        self.db.close()


class _NodeRows:
    """One document's nodes, gathered so that each table gets one `executemany`."""

    def __init__(self):
        self.nodes, self.aliases, self.investment, self.mentions = [], [], [], []

    def add(self, iri: str, kind: str, label: str | None, aliases, investment, mentioned, evidence: str) -> None:
        self.nodes.append({"iri": iri, "type": kind, "label": label, "evidence": evidence})
        self.aliases += [(iri, a) for a in aliases]
        self.investment += [(iri, v) for v in investment]
        self.mentions += [(iri, d) for d in mentioned]

    def insert(self, db) -> None:
        """After the document's own row: a mention counts only for a document the page knows."""
        db.executemany(_UPSERT_NODE, self.nodes)
        db.executemany("INSERT OR IGNORE INTO alias VALUES (?, ?)", self.aliases)
        db.executemany("INSERT OR IGNORE INTO investment VALUES (?, ?)", self.investment)
        db.executemany("INSERT OR IGNORE INTO mention SELECT ?, iri FROM doc WHERE iri = ?", self.mentions)


def _node_data(iri: str, kind: str, label: str, evidence: str, aliases: set, documents: list, mentioned: list,
               counties: set, years: set, investment: set) -> dict:
    return {
        "type": kind, "label": label, "aliases": sorted(aliases - {label}),
        "documents": sorted(documents), "more": max(0, mentioned[0] - MAX_DOCUMENTS),
        "counties": sorted({c for c in counties if c} | ({iri} if kind == "County" else set())),
        "investment": sorted(investment), "evidence": evidence, "years": sorted({y for y in years if y}),
    }


def _evidence(about) -> dict:
    """The evidence sentence of each fact (s, p, o) and of the first mention of each entity (s, None)."""
    found = {}
    for props in about.values():
        body, sentence = props.get(_BODY), props.get(_SENTENCE)
        if not body or not sentence:
            continue
        stated = about.get(body[0].value, {})
        if _SUBJECT in stated:
            key = (stated[_SUBJECT][0].value, stated[_PREDICATE][0].value, stated[_OBJECT][0].value)
        else:
            key = (body[0].value, None)
        found.setdefault(key, sentence[0].value)
    return found
