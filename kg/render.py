"""render: a network of the graph (networkx) as an explorable page in one self-contained HTML file.

The page is our own template around vis-network (MIT/Apache-2.0), inlined
from the installed pyvis package, so that it opens offline and makes no
request. Only pyvis's copy of vis-network is used, not its Python API: the
package is found, not imported (importing it imports IPython and jinja2). Node positions are computed here (kg/layout.py), so the browser
draws the first frame at once, physics off (a toggle turns it on).

The page opens on the counties with their projects, parks and enterprises;
each county's strategies are folded into one node that says how many (their
layer is a toggle). A side panel, the dossier, shows what kg/dossier.py
collected for the entity selected.

Every label comes from an untrusted document: the data travels as JSON inside
<script type="application/json"> blocks (with `<`, `>`, `&` and U+2028/2029
escaped) and the page only ever sets text, never HTML. It is written in two
blocks, what the first frame needs and then the dossier, and each a slice at a
time: the page of a large corpus is never made whole in memory.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from kg import layout
from kg.output import atomic_file
from kg.vocab import KGR_NS

EDGE_LABELS = {"undertakenBy": "承建", "locatedInPark": "位于园区", "locatedIn": "位于", "implements": "实施", "partOf": "属于"}
UNLABELLED = ("implements", "locatedIn")  # the most numerous relations: named in their tooltip only
# Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/), and a shape per class
STYLE = {  # class -> (colour, vis shape, legend label, shown when the page opens)
    "County": ("#D55E00", "star", "县 County", True),
    "Project": ("#009E73", "dot", "项目 Project", True),
    "Park": ("#E69F00", "triangle", "园区 Park", True),
    "Enterprise": ("#0072B2", "square", "企业 Enterprise", True),
    "Strategy": ("#CC79A7", "diamond", "战略 Strategy", False),
    "Region": ("#56B4E9", "hexagon", "地区 Region", False),
}
STATUS_LABELS = {"Planned": "谋划 planned", "Started": "开工 started", "UnderConstruction": "在建 under construction",
                 "Completed": "建成 completed"}


class Network:
    """What the page draws: its entities (id -> attributes, in the order they were added) and the
    relations among them, several between two entities if several are stated.

    A plain record, not a networkx graph: a build draws its page without importing networkx
    (some 0.1 s of a process). Relations are listed source by source in the order the sources
    were added, each source's targets in the order first related, as networkx lists the edges
    of a MultiDiGraph, so that the page is the same as with one."""

    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.adj: dict[str, dict[str, list[str]]] = {}  # source -> target -> relations

    def add_node(self, n: str, **attributes) -> None:
        self.nodes.setdefault(n, {}).update(attributes)
        self.adj.setdefault(n, {})

    def add_edge(self, s: str, o: str, relation: str) -> None:
        for n in (s, o):
            if n not in self.nodes:
                self.add_node(n)
        self.adj[s].setdefault(o, []).append(relation)

    def edges(self) -> list[tuple[str, str, str]]:
        """(source, target, relation) of every relation."""
        return [(s, o, r) for s, targets in self.adj.items() for o, relations in targets.items() for r in relations]

    def number_of_edges(self) -> int:
        return sum(len(relations) for targets in self.adj.values() for relations in targets.values())

    def degree_centrality(self) -> dict[str, float]:
        """Each entity's relations (in and out; a loop counts twice) over the most it could have,
        len - 1 (networkx's degree_centrality, the same figures)."""
        degree = dict.fromkeys(self.nodes, 0)
        for s, targets in self.adj.items():
            for o, relations in targets.items():
                degree[s] += len(relations)
                degree[o] += len(relations)
        scale = 1.0 / (len(self.nodes) - 1.0)
        return {n: d * scale for n, d in degree.items()}

    def __contains__(self, n) -> bool:
        return n in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)


def write(net: Network, path: Path, *, dossier: dict | None = None, counties: list | None = None,
          total: int | None = None, total_edges: int | None = None, comparison=None) -> Path:
    """The HTML page of a network (cut from `total` entities and `total_edges` relations), its
    county list ([county, label, projects, 亿元, documents]), the side panel's data
    (kg/dossier.py) and the counties × sectors of the comparison view (`comparison`, or a
    function that gives it once the dossier is written), written a slice at a time: first
    what the first frame needs, then the dossier and the comparison, which the browser reads
    while it draws that frame (and parses when first shown)."""
    dossier = dossier or {}
    if counties is None:
        counties = [[n, d["label"], 0, 0, 0] for n, d in net.nodes.items() if d["type"] == "County"]
    graph = _first_frame(net, counties, total or len(net), total_edges or net.number_of_edges())
    tips = {n: {"evidence": d["evidence"], "investment": d["investment"], "aliases": d["aliases"], "more": d["more"]}
            for n, d in net.nodes.items()}
    fields = {"css": _asset("vis-network.css") + _own("explorer.css"), "vis": _asset("vis-network.min.js"),
              "js": _own("explorer.js") + _own("dossier.js") + _own("compare.js"), "nodes": len(graph["nodes"]),
              "edges": len(graph["edges"])}
    head, rest = _TEMPLATE.split("{data}")
    middle, rest = rest.split("{dossier}")
    between, tail = rest.split("{comparison}")
    # (whole or not at all: an interrupted or failed write leaves the file it would replace as it was)
    with atomic_file(Path(path)) as f:
        f.write(head.format(**fields))
        _write_json(f, graph)
        f.write(middle.format(**fields))
        _write_json(f, {**dossier, "tips": {"nodes": tips}})
        f.write(between.format(**fields))
        _write_json(f, _comparison(comparison() if callable(comparison) else comparison))
        f.write(tail.format(**fields))
    return Path(path)


def _comparison(data: dict | None) -> dict:
    """The comparison view's data (kg/dossier.py `comparison`), or that of a page without one."""
    return data if data is not None else {"labels": {}, "groups": {"sector": [], "section": []}, "counties": []}


def _first_frame(net: Network, counties: list, total: int, total_edges: int) -> dict:
    """Nodes where kg/layout.py places them, a fold per county with strategies, edges, the
    layers and the lists of the left panel."""
    folds = {f"fold:{_compact(n)}": n for n, d in net.nodes.items() if d["type"] == "County" and d.get("strategies")}
    where = layout.positions(net, folds)
    rank = net.degree_centrality() if len(net) > 1 else {}
    top = max(rank.values(), default=1) or 1
    counts: dict[str, int] = {}
    for d in net.nodes.values():
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    return {
        "total": total, "total_edges": total_edges,
        "classes": [{"name": k, "color": v[0], "shape": v[1], "label": v[2], "on": v[3], "count": counts.get(k, 0)}
                    for k, v in STYLE.items() if counts.get(k)],
        "relations": EDGE_LABELS, "unlabelled": UNLABELLED, "statuses": STATUS_LABELS, "fold_color": STYLE["Strategy"][0],
        "nodes": [_node(n, d, where[n], 12 + 30 * (rank.get(n, 0) / top) ** 0.5) for n, d in net.nodes.items()],
        "edges": [{"from": s, "to": o, "relation": relation} for s, o, relation in net.edges()],
        "folds": [{"id": f, "county": c, "count": net.nodes[c]["strategies"], "x": where[f][0], "y": where[f][1]}
                  for f, c in folds.items()],
        "counties": counties,
        "documents": [(f, f) for f in sorted({f for d in net.nodes.values() for f in d["documents"]})],
        "years": [(f"{how}:{y}", f"{label} {y}") for y in sorted({y for d in net.nodes.values() for y in d["years"]})
                  for how, label in (("in", "提及 mentioned in"), ("first", "首次 first in"), ("last", "最后 last in"))],
    }


def _node(n: str, d: dict, xy: tuple[int, int], size: float) -> dict:
    """What the first frame needs of a node (its tooltip and dossier come later)."""
    return {"id": n, "label": _short(d["label"]), "name": d["label"], "type": d["type"], "x": xy[0], "y": xy[1],
            "size": round(size, 1), "home": d.get("home", ""), "names": [d["label"], *d["aliases"]], "documents": d["documents"],
            "counties": d["counties"], "years": d["years"]}


def _compact(iri: str, prefix: str = KGR_NS) -> str:
    """An entity's id on the page: its IRI less the common prefix (county/140824, project/5d15eba4ddf1)."""
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def _write_json(f, data: dict, batch: int = 500) -> None:
    """`script_json(data)`, written one top-level entry at a time, in order, and the items of a list
    or an iterator `batch` at a time (a function is called first: what it gives is written);
    every string that is an entity's IRI written as its id on the page (`_compact`): a third
    of the size, and the ids the permalinks show."""
    iri = '"' + KGR_NS

    def put(text: str) -> None:
        f.write(text.replace(iri, '"'))

    f.write("{")
    for i, (key, value) in enumerate(data.items()):
        put((", " if i else "") + script_json(key) + ": ")
        if callable(value):
            value = value()
        if isinstance(value, (dict, str, int, float)) or value is None:
            put(script_json(value))
            continue
        f.write("[")
        items, first = iter(value), True
        while part := list(islice(items, batch)):
            put(("" if first else ", ") + script_json(part)[1:-1])
            first = False
        f.write("]")
    f.write("}")


def _short(label: str, limit: int = 16) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def script_json(data) -> str:
    """JSON that is safe inside <script>: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(data, ensure_ascii=False)
    for raw, safe in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        if raw in text:  # (most pages hold none: a search is a twentieth of a replace that finds nothing)
            text = text.replace(raw, safe)
    return text


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """A file of the vis-network that pyvis ships (the package's folder is found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: the page takes vis-network from it (pip install pyvis)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _own(name: str) -> str:
    return resources.files("kg").joinpath(f"assets/{name}").read_text(encoding="utf-8")


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>county-kg explorer</title>
<style>{css}</style>
</head>
<body>
<div id="loading" role="status">正在加载 Loading {nodes} entities and {edges} relations…</div>
<div id="panel">
  <h1>county-kg</h1>
  <div id="count">{nodes} nodes, {edges} edges</div>
  <div id="note"></div>
  <h2>搜索 Search</h2>
  <input id="search" type="search" placeholder="名称 name">
  <div id="hits"></div>
  <h2>县 Counties</h2>
  <div id="counties"></div>
  <h2>图层 Layers</h2>
  <div id="legend"></div>
  <label class="toggle"><input type="checkbox" id="physics"> 物理 Physics (let the layout move)</label>
  <h2>筛选 Filter</h2>
  <select id="county" aria-label="county"></select>
  <select id="document" aria-label="document"></select>
  <select id="year" aria-label="year"></select>
  <button id="reset">重置 Reset view</button>
  <h2>比较 Compare</h2>
  <button id="compare-open">县 × 行业 Counties by sector</button>
  <p class="hint">Click a county, or any node, for its dossier; hover for the evidence.</p>
</div>
<div id="network"></div>
<aside id="dossier" hidden></aside>
<script>{vis}</script>
<script type="application/json" id="kg-data">{data}</script>
<script>{js}</script>
<script type="application/json" id="kg-dossier">{dossier}</script>
<script type="application/json" id="kg-compare">{comparison}</script>
</body>
</html>
"""
