"""timeline: what changed between a county's documents.

Every fact is dated through its document (dcterms:date), so two documents of
one county, or two years, can be compared: entities and relations that are
new, continued or no longer mentioned, investment figures that changed, and
project status changes. `diff` works on a finished build (graph.trig), where
linking has already given one IRI to one thing across documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg import gazetteer
from kg.errors import InputError
from kg.store import query
from kg.vocab import KG, KGR, digest

RELATIONS = ("undertakenBy", "locatedInPark", "implements", "partOf")


@dataclass
class Snapshot:
    """What one or more documents of a county say."""

    documents: list[dict]
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri -> (label, class)
    relations: set[tuple[str, str, str]] = field(default_factory=set)
    investment: dict[str, float] = field(default_factory=dict)
    status: dict[str, str] = field(default_factory=dict)


@dataclass
class Diff:
    county: str
    before: Snapshot
    after: Snapshot

    def entities(self, kind: str) -> list[tuple[str, str]]:
        a, b = set(self.before.entities), set(self.after.entities)
        keys = {"new": b - a, "continued": a & b, "dropped": a - b}[kind]
        labels = {**self.before.entities, **self.after.entities}
        return sorted((labels[k][1], labels[k][0]) for k in keys)

    def relations(self, kind: str) -> list[tuple[str, str, str]]:
        a, b = self.before.relations, self.after.relations
        keys = {"new": b - a, "continued": a & b, "dropped": a - b}[kind]
        return sorted((self._label(s), p, self._label(o)) for s, p, o in keys)

    def investment_changes(self) -> list[tuple[str, float, float]]:
        both = set(self.before.investment) & set(self.after.investment)
        return sorted((self._label(p), self.before.investment[p], self.after.investment[p])
                      for p in both if self.before.investment[p] != self.after.investment[p])

    def status_changes(self) -> list[tuple[str, str, str]]:
        projects = set(self.before.status) | set(self.after.status)
        return sorted((self._label(p), self.before.status.get(p, ""), self.after.status.get(p, ""))
                      for p in projects if self.before.status.get(p) != self.after.status.get(p)
                      and p in self.before.entities and p in self.after.entities)

    def _label(self, iri: str) -> str:
        found = self.after.entities.get(iri) or self.before.entities.get(iri)
        return found[0] if found else iri

    def as_dict(self) -> dict:
        return {
            "county": self.county,
            "before": [d["file"] for d in self.before.documents],
            "after": [d["file"] for d in self.after.documents],
            "entities": {k: [{"class": c, "label": l} for c, l in self.entities(k)] for k in ("new", "continued", "dropped")},
            "relations": {k: [{"from": s, "relation": p, "to": o} for s, p, o in self.relations(k)] for k in ("new", "continued", "dropped")},
            "investment_changes": [{"project": p, "before": a, "after": b} for p, a, b in self.investment_changes()],
            "status_changes": [{"project": p, "before": a, "after": b} for p, a, b in self.status_changes()],
        }


def county_documents(build: Path, county: str) -> tuple[str, list[dict]]:
    """The county's IRI and its documents, oldest first (dates as ISO text)."""
    iri = str(KGR[f"county/{resolve(build, county).code}"])
    rows = query(build, f"""SELECT DISTINCT ?d ?file ?date ?kind WHERE {{ GRAPH ?g {{
        ?d a kg:Document ; kg:aboutCounty <{iri}> ; kg:sourceFile ?file .
        OPTIONAL {{ ?d dcterms:date ?date }} OPTIONAL {{ ?d kg:documentKind ?kind }} }} }} ORDER BY ?date ?file""").rows
    docs = [{"iri": str(d), "file": f, "date": date.isoformat() if date else None, "kind": kind} for d, f, date, kind in rows]
    if not docs:
        raise InputError(f"no documents about {county} in {build}")
    return iri, docs


def resolve(build: Path, county: str) -> gazetteer.Division:
    """The county a user names (full name, short name or code), among the build's counties if ambiguous."""
    codes = [str(c).rsplit("/", 1)[-1] for (c,) in query(build, "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?d kg:aboutCounty ?c } }").rows]
    return gazetteer.resolve_county(county, among=codes)


def select(docs: list[dict], which: str | None, default: int) -> list[dict]:
    """Documents named by file, stem or year; by default the oldest (0) or latest (-1)."""
    if not which:
        return [docs[default]]
    chosen = [d for d in docs if which in (d["file"], d["file"].rsplit(".", 1)[0]) or (d["date"] or "").startswith(which)]
    if not chosen:
        raise InputError(f"no document {which!r}; this county has: " + ", ".join(f"{d['file']} ({d['date']})" for d in docs))
    return chosen


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def snapshot(build: Path, docs: list[dict], progress=None) -> Snapshot:
    """What `docs` say, each read from its own named graph; `progress(name, done, total)` per document."""
    snap = Snapshot(docs)
    classes = " ".join(f"kg:{c}" for c in ("County", "Enterprise", "Project", "Park", "Strategy"))
    relations = " ".join(f"kg:{r}" for r in RELATIONS)
    for i, d in enumerate(docs):
        graph = d["iri"].replace("/doc/", "/graph/", 1)  # (a document may sit in a folder named doc)
        rows = query(build, f"""SELECT ?what ?s ?p ?o ?l WHERE {{ GRAPH <{graph}> {{
              {{ ?s kg:mentionedIn <{d['iri']}> ; a ?o ; rdfs:label ?l . VALUES ?o {{ {classes} }} BIND("entity" AS ?what) }}
              UNION {{ ?s ?p ?o . VALUES ?p {{ {relations} }} BIND("relation" AS ?what) }}
              UNION {{ ?s kg:investmentCNY ?o BIND("investment" AS ?what) }}
              UNION {{ ?s kg:status ?o BIND("status" AS ?what) }} }} }}""").rows
        for what, s, p, o, label in rows:
            if what == "entity":
                snap.entities[str(s)] = (label, _local(o))
            elif what == "relation":
                snap.relations.add((str(s), _local(p), str(o)))
            elif what == "investment" and isinstance(o, (int, float, Decimal)):
                snap.investment[str(s)] = max(float(o), snap.investment.get(str(s), 0.0))
            elif what == "status":
                snap.status[str(s)] = _local(o)
        if progress:
            progress(d["file"], i + 1, len(docs))
    return snap


def diff(build: Path, county: str, before: str | None = None, after: str | None = None, progress=None) -> Diff:
    """Compare two documents (or two sets, by year) of one county; `progress(name, done, total)` per document read."""
    build = Path(build)
    _, docs = county_documents(build, county)
    a, b = select(docs, before, 0), select(docs, after, -1)
    if a == b:
        raise InputError(f"nothing to compare: {county} has only {', '.join(d['file'] for d in docs)} in this range")
    name = resolve(build, county).name
    total = len(a) + len(b)
    step = (lambda offset: (lambda n, done, _t: progress(n, offset + done, total))) if progress else (lambda offset: None)
    return Diff(name, snapshot(build, a, step(0)), snapshot(build, b, step(len(a))))


def to_rdf(d: Diff) -> str:
    """The diff as a named graph (TriG) of kg:Change resources, loadable with the rest."""
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

    ds = Dataset()
    ds.bind("kg", KG)
    ds.bind("kgr", KGR)
    frm, to = d.before.documents, d.after.documents
    g = ds.graph(KGR[f"diff/{digest(d.county, *[x['file'] for x in frm + to])}"])
    labels = {**d.before.entities, **d.after.entities}
    for kind in ("new", "continued", "dropped"):
        a, b = set(d.before.entities), set(d.after.entities)
        for iri in sorted({"new": b - a, "continued": a & b, "dropped": a - b}[kind]):
            c = KGR[f"change/{digest(kind, iri, *[x['file'] for x in frm + to])}"]
            g.add((c, RDF.type, KG.Change))
            g.add((c, KG.changeKind, Literal(kind)))
            g.add((c, KG.changedEntity, URIRef(iri)))
            g.add((c, RDFS.label, Literal(f"{kind}: {labels[iri][0]}", lang="zh")))
            for x in frm:
                g.add((c, KG.fromDocument, URIRef(x["iri"])))
            for x in to:
                g.add((c, KG.toDocument, URIRef(x["iri"])))
    for label, old, new in d.investment_changes():
        c = KGR[f"change/{digest('investment', label, old, new)}"]
        g.add((c, RDF.type, KG.Change))
        g.add((c, KG.changeKind, Literal("investmentChanged")))
        g.add((c, RDFS.label, Literal(f"{label}: {old:.0f} -> {new:.0f}", lang="zh")))
        g.add((c, KG.valueBefore, Literal(f"{old:.0f}", datatype=XSD.decimal)))
        g.add((c, KG.valueAfter, Literal(f"{new:.0f}", datatype=XSD.decimal)))
    if frm and to:
        g.add((g.identifier, DCTERMS.description, Literal(f"{d.county}: {frm[0]['file']} -> {to[-1]['file']}")))
    return ds.serialize(format="trig")
