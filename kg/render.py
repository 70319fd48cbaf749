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
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network
from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.errors import InputError
from kg.vocab import CLASSES, KG, OA, PROPERTIES

LARGE = 1500  # beyond this many nodes the page opens on an aggregated view
STYLE = {  # class -> (colour, vis shape, legend label)
    "County": ("#d62728", "star", "县 County"),
    "Region": ("#8c564b", "diamond", "地区 Region"),
    "Enterprise": ("#1f77b4", "square", "企业 Enterprise"),
    "Project": ("#2ca02c", "dot", "项目 Project"),
    "Park": ("#ff7f0e", "triangle", "园区 Park"),
    "Strategy": ("#9467bd", "ellipse", "战略 Strategy"),
}
_UNSEEN = {OA.hasTarget, OA.hasSelector, OA.start, OA.end, OA.exact, OA.hasSource, KG.rule, KG.confidence}
EDGE_LABELS = {"undertakenBy": "承建", "locatedInPark": "位于园区", "locatedIn": "位于", "implements": "实施", "partOf": "属于"}


def render(dataset: Dataset | Graph, path: Path, *, county: str | None = None, document: str | None = None) -> Path:
    net = network(dataset, county=county, document=document)
    Path(path).write_text(page(net), encoding="utf-8")
    return Path(path)


def view(build_dir: Path, out: Path, *, county: str | None = None, document: str | None = None) -> Path:
    """An HTML view of one county or one document of a finished build."""
    trig = Path(build_dir) / "graph.trig"
    if not trig.is_file():
        raise InputError(f"no graph.trig in {build_dir}: run `kg build` first")
    ds = Dataset()
    ds.parse(trig, format="trig")
    return render(ds, out, county=county, document=document)


def network(data: Dataset | Graph, *, county: str | None = None, document: str | None = None) -> nx.MultiDiGraph:
    """Entities and their relations, with what the page shows about each."""
    g = _shown(data)
    docs = {d: str(g.value(d, KG.sourceFile) or d) for d in g.subjects(RDF.type, KG.Document)}
    doc_year = {d: str(g.value(d, DCTERMS.date))[:4] for d in docs if g.value(d, DCTERMS.date) is not None}
    doc_county = {d: g.value(d, KG.aboutCounty) for d in docs}
    evidence = _evidence(g)
    net = nx.MultiDiGraph()
    for name, cls in CLASSES.items():
        for s in g.subjects(RDF.type, cls):
            mentioned = [d for d in g.objects(s, KG.mentionedIn) if d in docs]
            label = str(g.value(s, RDFS.label) or s)
            aliases = sorted(str(a) for a in g.objects(s, SKOS.altLabel))
            counties = sorted({str(doc_county[d]) for d in mentioned if doc_county.get(d)} | ({str(s)} if name == "County" else set()))
            net.add_node(str(s), label=label, type=name, aliases=aliases, documents=sorted(docs[d] for d in mentioned),
                         counties=counties, investment=[str(v) for v in g.objects(s, KG.investmentCNY)],
                         evidence=evidence.get((s, None), ""),
                         years=sorted({doc_year[d] for d in mentioned if d in doc_year}))
    for rel, prop in PROPERTIES.items():
        if rel in EDGE_LABELS:
            for s, o in g.subject_objects(prop):
                if str(s) in net and str(o) in net:
                    net.add_edge(str(s), str(o), relation=rel, evidence=evidence.get((s, prop, o), ""))
    return _select(net, county, document, g)


def _shown(data) -> Graph:
    """The triples the page shows, from an rdflib Dataset or Graph or a list of Oxigraph quads
    (selectors and offsets are not shown: they are not copied)."""
    if isinstance(data, list):  # Oxigraph quads, as kg.builder assembles them
        from kg.export import to_rdflib

        wanted = {q.predicate.value for q in data} - {str(p) for p in _UNSEEN}
        return to_rdflib(data, wanted)
    g = Graph()
    for t in (data.quads((None, None, None, None)) if isinstance(data, Dataset) else ((*t, None) for t in data)):
        if t[1] not in _UNSEEN:
            g.add(t[:3])
    return g


def _evidence(g: Graph) -> dict:
    """The evidence sentence of each fact (s, p, o) and of the first mention of each entity (s, None)."""
    found = {}
    for a in g.subjects(RDF.type, OA.Annotation):
        body, sentence = g.value(a, OA.hasBody), g.value(a, KG.evidenceSentence)
        if body is None or sentence is None:
            continue
        if (body, RDF.type, RDF.Statement) in g:
            found.setdefault((g.value(body, RDF.subject), g.value(body, RDF.predicate), g.value(body, RDF.object)), str(sentence))
        else:
            found.setdefault((body, None), str(sentence))
    return found


def _select(net: nx.MultiDiGraph, county: str | None, document: str | None, g: Graph) -> nx.MultiDiGraph:
    if not county and not document:
        return net
    keep = set()
    for n, d in net.nodes(data=True):
        if county and not any(county in (c, c.rsplit("/", 1)[-1], str(g.value(_iri(c), RDFS.label))) for c in d["counties"]):
            continue
        if document and not any(document in (f, f.rsplit(".", 1)[0]) for f in d["documents"]):
            continue
        keep.add(n)
    if not keep:
        raise InputError(f"nothing in the graph for {'county ' + county if county else 'document ' + document}")
    return net.subgraph(keep).copy()


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)


def page(net: nx.MultiDiGraph) -> str:
    """The HTML page of a network: pyvis data, our template, inlined assets."""
    rank = nx.degree_centrality(net) if net.number_of_nodes() > 1 else {}
    top = max(rank.values(), default=1) or 1
    vis = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
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
        "nodes": nodes, "edges": edges, "large": len(nodes) > LARGE, "min_degree": 3,
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


def _node_tip(d: dict) -> str:
    lines = [d["label"], f"类型 type: {d['type']}"]
    if d["aliases"]:
        lines.append("别名 aliases: " + "、".join(d["aliases"]))
    if d["investment"]:
        lines.append("投资 investment: " + "、".join(f"{float(v) / 1e8:g} 亿元" for v in d["investment"]))
    if d["documents"]:
        lines.append("文件 documents: " + "、".join(d["documents"]))
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
