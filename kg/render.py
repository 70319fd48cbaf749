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
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pyvis
from pyvis.network import Network
from rdflib import Dataset

from kg.errors import InputError
from kg.explorer import EDGE_LABELS, Explorer

LARGE = 1500  # beyond this many nodes the page opens on an aggregated view
STYLE = {  # class -> (colour, vis shape, legend label)
    "County": ("#d62728", "star", "县 County"),
    "Region": ("#8c564b", "diamond", "地区 Region"),
    "Enterprise": ("#1f77b4", "square", "企业 Enterprise"),
    "Project": ("#2ca02c", "dot", "项目 Project"),
    "Park": ("#ff7f0e", "triangle", "园区 Park"),
    "Strategy": ("#9467bd", "ellipse", "战略 Strategy"),
}


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


def write_page(net: nx.MultiDiGraph, path: Path, total: int | None = None, total_edges: int | None = None) -> Path:
    """The HTML page of a network (cut from `total` entities and `total_edges` relations):
    pyvis data, our template, inlined assets.

    The page of a large corpus holds tens of megabytes of data: it is written
    a slice of nodes or edges at a time, never made whole in memory.
    """
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
    fields = {"css": _asset("vis-network.css") + _own("explorer.css"), "vis": _asset("vis-network.min.js"),
              "js": _own("explorer.js"), "nodes": len(nodes), "edges": len(edges)}
    head, tail = _TEMPLATE.split("{data}")
    with Path(path).open("w", encoding="utf-8") as f:
        f.write(head.format(**fields))
        _write_json(f, data)
        f.write(tail.format(**fields))
    return Path(path)


def _write_json(f, data: dict, batch: int = 500) -> None:
    """`script_json(data)`, written one top-level entry, and the items of a list `batch` at a time."""
    f.write("{")
    for i, (key, value) in enumerate(data.items()):
        f.write((", " if i else "") + script_json(key) + ": ")
        if isinstance(value, list):
            f.write("[")
            for j in range(0, len(value), batch):
                f.write((", " if j else "") + script_json(value[j : j + batch])[1:-1])
            f.write("]")
        else:
            f.write(script_json(value))
    f.write("}")


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
