"""render: the RDF graph as an explorable network in one self-contained HTML file.

pyvis builds the nodes, edges and vis-network options; the page itself is our
own template, because pyvis 0.3.2 loads bootstrap and tom-select from CDNs and
vis.js from ../node_modules. vis-network (MIT/Apache-2.0) is inlined from the
installed pyvis package, so the page opens offline and makes no request.

Every label comes from an untrusted document: the data travels as JSON inside
a <script type="application/json"> block (with `<`, `>`, `&` and U+2028/2029
escaped) and the page only ever sets text, never HTML.
"""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pyvis
from pyvis.network import Network
from rdflib import Dataset
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg import assemble
from kg.document import Document, Entity
from kg.errors import InputError
from kg.vocab import CLASSES, KG, OA, PROPERTIES, document_iri, entity_iri

LARGE = 1500  # beyond this many nodes the page opens on an aggregated view
MAX_NODES = 5000  # the page holds at most this many (the most connected)
MAX_EDGES = 20000  # ... and this many relations among them
STYLE = {  # class -> (colour, vis shape, legend label)
    "County": ("#d62728", "star", "县 County"),
    "Region": ("#8c564b", "diamond", "地区 Region"),
    "Enterprise": ("#1f77b4", "square", "企业 Enterprise"),
    "Project": ("#2ca02c", "dot", "项目 Project"),
    "Park": ("#ff7f0e", "triangle", "园区 Park"),
    "Strategy": ("#9467bd", "ellipse", "战略 Strategy"),
}
CLASS_NAMES = {str(iri): name for name, iri in CLASSES.items()}
_TYPE, _LABEL, _ALT, _DOCUMENT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel), str(KG.Document)
_SOURCE_FILE, _DATE, _ABOUT, _MENTIONED = str(KG.sourceFile), str(DCTERMS.date), str(KG.aboutCounty), str(KG.mentionedIn)
_INVESTMENT, _BODY, _SENTENCE = str(KG.investmentCNY), str(OA.hasBody), str(KG.evidenceSentence)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
EDGE_LABELS = {"undertakenBy": "承建", "locatedInPark": "位于园区", "locatedIn": "位于", "implements": "实施", "partOf": "属于"}
RELATION_NAMES = {str(PROPERTIES[name]): name for name in EDGE_LABELS}
# the predicates the page reads (selectors, offsets, rule ids are not shown)
_SHOWN = {ox.NamedNode(p): p for p in (_TYPE, _LABEL, _ALT, _SOURCE_FILE, _DATE, _ABOUT, _MENTIONED, _INVESTMENT,
                                       _BODY, _SENTENCE, _SUBJECT, _PREDICATE, _OBJECT, *RELATION_NAMES)}


MAX_DOCUMENTS = 200  # documents listed per node; a line mentioned more often says how many more


def render(data, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
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
    explorer = Explorer()
    for quads in _graphs(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)):
        explorer.add(quads)
    return explorer.write(out, county=county, document=document)


class Explorer:
    """What the page shows, collected one document graph at a time.

    A build feeds it each document's quads as they are assembled, so the page
    is made without holding the graph: per entity only its label, class,
    names, documents, counties, years, amounts and first evidence sentence.
    """

    def __init__(self):
        self.docs: dict[str, tuple[str, str, str]] = {}  # document IRI -> (file, year, county IRI)
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], str] = {}  # (subject, relation, object) -> evidence

    def add(self, triples) -> None:
        """The triples (or quads) of one document's named graph."""
        about: dict[str, dict[str, list]] = {}
        for q in triples:
            p = _SHOWN.get(q.predicate)  # hashing an Oxigraph term is cheaper than reading its IRI
            if p is not None:
                about.setdefault(q.subject.value, {}).setdefault(p, []).append(q.object)
        self._documents(about)
        evidence = self._evidence(about)
        for s, props in about.items():
            kind = next((CLASS_NAMES[o.value] for o in props.get(_TYPE, ()) if o.value in CLASS_NAMES), None)
            if kind is not None:
                self._node(s, kind, props[_LABEL][0].value if _LABEL in props else None,
                           [o.value for o in props.get(_ALT, ())], [o.value for o in props.get(_INVESTMENT, ())],
                           [d.value for d in props.get(_MENTIONED, ())], evidence.get((s, None), ""))
        for s, props in about.items():
            for p, relation in RELATION_NAMES.items():
                for o in props.get(p, ()):
                    self.edges.setdefault((s, relation, o.value), evidence.get((s, p, o.value), ""))

    def add_document(self, doc: Document, entities: dict[str, Entity]) -> None:
        """What `add` reads from a document's graph, taken from the document itself.

        A build has the document at hand: reading the page's few facts from it
        spares scanning every triple of its evidence (tests/test_render.py checks
        that both ways give the same page).
        """
        d = str(document_iri(doc.id))
        code = doc.meta.get("county_code")
        self.docs[d] = (doc.source_file, (doc.meta.get("date") or "")[:4], str(entity_iri(f"county/{code}")) if code else "")
        for key, (entity, forms, evidence) in assemble.page_entities(doc, entities).items():
            investment = [assemble.literal_text(f.value) for f in doc.facts if f.type == "investment" and f.subject == key]
            self._node(str(entity_iri(key)), entity.type, entity.label, forms, investment,
                       [d] if forms is not None else [], evidence)
        for f in doc.facts:
            if f.type in EDGE_LABELS and f.object is not None:
                edge = (str(entity_iri(f.subject)), f.type, str(entity_iri(f.object)))
                self.edges.setdefault(edge, assemble.sentence(doc, f.start))

    def _documents(self, about) -> None:
        for s, props in about.items():
            if any(o.value == _DOCUMENT for o in props.get(_TYPE, ())):
                file = props.get(_SOURCE_FILE, [ox.Literal(s)])[0].value
                year = props[_DATE][0].value[:4] if _DATE in props else ""
                county = props[_ABOUT][0].value if _ABOUT in props else ""
                self.docs[s] = (file, year, county)

    @staticmethod
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

    def _node(self, s: str, kind: str, label: str | None, aliases, investment, mentioned, evidence: str) -> None:
        node = self.nodes.setdefault(s, {"type": kind, "label": s, "aliases": set(), "documents": [], "more": 0,
                                         "counties": set(), "investment": set(), "evidence": "", "years": set()})
        if label is not None:
            node["label"] = label
        node["aliases"].update(aliases or ())
        node["investment"].update(investment)
        node["evidence"] = node["evidence"] or evidence
        if kind == "County":
            node["counties"].add(s)
        for d in mentioned:
            if d not in self.docs:
                continue
            file, year, county = self.docs[d]
            if len(node["documents"]) < MAX_DOCUMENTS:
                node["documents"].append(file)
            else:
                node["more"] += 1
            if year:
                node["years"].add(year)
            if county:
                node["counties"].add(county)

    def network(self, *, county: str | None = None, document: str | None = None) -> nx.MultiDiGraph:
        """What the page draws: every entity, or those of one county or document, and at
        most `MAX_NODES` of them (counties first, then the most connected): a browser
        cannot draw tens of thousands of nodes, and `kg view --county/--document` draws any part."""
        chosen = self._chosen(county, document)
        self.total = len(chosen)
        if len(chosen) > MAX_NODES:
            degree = Counter(n for s, _, o in self.edges if s in chosen and o in chosen for n in (s, o))
            chosen = set(sorted(chosen, key=lambda n: (self.nodes[n]["type"] != "County", -degree[n], n))[:MAX_NODES])
        net = nx.MultiDiGraph()
        for s, d in self.nodes.items():
            if s in chosen:
                net.add_node(s, **{**d, "aliases": sorted(d["aliases"] - {d["label"]}), "documents": sorted(d["documents"]),
                                   "counties": sorted(d["counties"]), "investment": sorted(d["investment"]),
                                   "years": sorted(d["years"])})
        edges = [(s, r, o, e) for (s, r, o), e in self.edges.items() if s in chosen and o in chosen]
        self.total_edges = len(edges)
        if len(edges) > MAX_EDGES:  # implements edges are the most numerous and say the least: they go first
            edges = sorted(edges, key=lambda edge: edge[1] == "implements")[:MAX_EDGES]
        for s, relation, o, evidence in edges:
            net.add_edge(s, o, relation=relation, evidence=evidence)
        return net

    def _chosen(self, county: str | None, document: str | None) -> set[str]:
        def label(c: str) -> str:
            return self.nodes[c]["label"] if c in self.nodes else ""

        chosen = {
            n for n, d in self.nodes.items()
            if (not county or any(county in (c, c.rsplit("/", 1)[-1], label(c)) for c in d["counties"]))
            and (not document or any(document in (f, f.rsplit(".", 1)[0]) for f in d["documents"]))
        }
        if not chosen and (county or document):
            raise InputError(f"nothing in the graph for {'county ' + county if county else 'document ' + document}")
        return chosen

    def write(self, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
        net = self.network(county=county, document=document)
        Path(path).write_text(page(net, total=self.total, total_edges=self.total_edges), encoding="utf-8")
        return Path(path)


def _as_quads(data) -> list:
    if isinstance(data, list):
        return data
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


def page(net: nx.MultiDiGraph, total: int | None = None, total_edges: int | None = None) -> str:
    """The HTML page of a network (cut from `total` entities and `total_edges` relations):
    pyvis data, our template, inlined assets."""
    total = total or net.number_of_nodes()
    total_edges = total_edges or net.number_of_edges()
    rank = nx.degree_centrality(net) if net.number_of_nodes() > 1 else {}
    top = max(rank.values(), default=1) or 1
    vis = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    vis.node_ids = _NodeIds()
    for n, d in net.nodes(data=True):
        colour, shape, _ = STYLE[d["type"]]
        vis.add_node(n, label=_short(d["label"]), color=colour, shape=shape, size=10 + 30 * (rank.get(n, 0) / top) ** 0.5)
    for s, o, d in net.edges(data=True):
        # implements edges are the most numerous: labelled in their tooltip only
        label = "" if d["relation"] == "implements" else EDGE_LABELS[d["relation"]]
        vis.add_edge(s, o, label=label, arrows="to", font={"size": 9, "align": "middle"}, color="#bbbbbb" if not label else "#777777")
    nodes, edges, *_ = vis.get_network_data()
    degree = dict(net.degree())
    for node in nodes:
        d = net.nodes[node["id"]]
        node.update(type=d["type"], counties=d["counties"], documents=d["documents"], degree=degree[node["id"]], years=d["years"],
                    names=[d["label"], *d["aliases"]], label_full=d["label"], tooltip=_node_tip(d))
    for edge, (_, _, d) in zip(edges, net.edges(data=True)):
        edge["tooltip"] = f"{EDGE_LABELS[d['relation']]} {d['relation']}\n{d['evidence']}"
    counts = {}
    for _, d in net.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    data = {
        "nodes": nodes, "edges": edges, "large": len(nodes) > LARGE, "min_degree": 3, "total": total, "total_edges": total_edges,
        "classes": [{"name": k, "color": v[0], "label": v[2], "count": counts.get(k, 0)} for k, v in STYLE.items() if counts.get(k)],
        "counties": sorted({(c, net.nodes[c]["label"]) for _, d in net.nodes(data=True) for c in d["counties"] if c in net}, key=lambda x: x[1]),
        "documents": [(f, f) for f in sorted({f for _, d in net.nodes(data=True) for f in d["documents"]})],
        "years": [(f"{how}:{y}", f"{label} {y}") for y in sorted({y for _, d in net.nodes(data=True) for y in d["years"]})
                  for how, label in (("in", "提及 mentioned in"), ("first", "首次 first in"), ("last", "最后 last in"))],
        "options": {
            "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300, "fit": True}},
            "interaction": {"hover": True, "tooltipDelay": 150},
            "nodes": {"font": {"size": 13}},
        },
    }
    return _TEMPLATE.format(
        css=_asset("vis-network.css") + _own("explorer.css"),
        vis=_asset("vis-network.min.js"),
        data=script_json(data),
        js=_own("explorer.js"),
        nodes=len(nodes), edges=len(edges),
    )


class _NodeIds(list):
    """pyvis keeps node ids in a list and looks each new node and both ends of
    each new edge up in it: quadratic on a large graph. A set beside the list
    makes those lookups constant."""

    def __init__(self):
        super().__init__()
        self._ids: set = set()

    def append(self, node_id) -> None:
        super().append(node_id)
        self._ids.add(node_id)

    def __contains__(self, node_id) -> bool:
        return node_id in self._ids


def _node_tip(d: dict) -> str:
    lines = [d["label"], f"类型 type: {d['type']}"]
    if d["aliases"]:
        lines.append("别名 aliases: " + "、".join(d["aliases"]))
    if d["investment"]:
        lines.append("投资 investment: " + "、".join(f"{float(v) / 1e8:g} 亿元" for v in d["investment"]))
    if d["documents"]:
        more = f" … +{d['more']}" if d.get("more") else ""
        lines.append("文件 documents: " + "、".join(d["documents"]) + more)
    if d["years"]:
        lines.append(f"年份 years: {d['years'][0]}–{d['years'][-1]}" if len(d["years"]) > 1 else f"年份 year: {d['years'][0]}")
    if d["evidence"]:
        lines.append("原文 evidence: " + d["evidence"][:300])
    return "\n".join(lines)


def _short(label: str, limit: int = 16) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def script_json(data) -> str:
    """JSON that is safe inside <script>: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(data, ensure_ascii=False)
    for raw, safe in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, safe)
    return text


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    path = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _own(name: str) -> str:
    return resources.files("kg").joinpath(f"assets/{name}").read_text(encoding="utf-8")


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>county-kg graph</title>
<style>{css}</style>
</head>
<body>
<div id="panel">
  <h1>county-kg</h1>
  <div id="count">{nodes} nodes, {edges} edges</div>
  <div id="note"></div>
  <h2>搜索 Search</h2>
  <input id="search" type="search" placeholder="名称 name">
  <div id="hits"></div>
  <h2>类别 Classes</h2>
  <div id="legend"></div>
  <h2>县 County</h2>
  <select id="county"></select>
  <h2>文件 Document</h2>
  <select id="document"></select>
  <h2>年份 Year</h2>
  <select id="year"></select>
  <button id="reset">重置 Reset view</button>
  <p>Click a node to focus on its neighbourhood; hover for the evidence.</p>
</div>
<div id="network"></div>
<script>{vis}</script>
<script type="application/json" id="kg-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""
