"""layout: where the page draws each node, computed when the page is written.

A browser that has to settle the physics of thousands of nodes shows nothing
for seconds (minutes at the page's caps); positions computed here let it draw
the first frame at once. Counties are placed apart, each with its own things
around it: its projects, parks and enterprises (and the node that folds its
strategies) by a spring layout of the county's own graph (networkx), the
county fixed at the centre; its strategies and regions, drawn only when their
layer is turned on, on rings outside. Counties follow their administrative
codes, so neighbours in a prefecture sit side by side; what belongs to no
county on the page gets a group of its own at the end.
"""
from __future__ import annotations

import math

import networkx as nx

SPACING = 55  # pixels per node: a group of n things has a radius of about SPACING * sqrt(n)
RING_GAP = 34  # pixels between two things on a ring, and between two rings
MARGIN = 160  # pixels between two groups
FOLD_OFFSET = 80  # pixels between a county and the node of its strategies, before scaling
SMALL_CORE = 8  # a core this small is a ring (a spring layout costs milliseconds each, and counties are thousands)
SPRING_MAX = 400  # larger groups are laid out on a sunflower (a spring layout of them costs seconds)
OUTER = ("Strategy", "Region")  # layers drawn on rings outside their county's group
_INNER = {"County": 0, "fold": 1, "Park": 2, "Enterprise": 3, "Project": 4}


def positions(net: nx.MultiDiGraph, folds: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Integer (x, y) pixels for every node of `net` and every fold node (`folds`: fold id ->
    county). A node's group is given by its `home` attribute (a county on the page, or "")."""
    groups: dict[str, list[str]] = {}
    for n, d in net.nodes(data=True):
        home = d.get("home", "") if d["type"] != "County" else n
        groups.setdefault(home if home in net else "", []).append(n)
    for fold, county in folds.items():
        groups.setdefault(county, []).append(fold)
    placed = []
    for home in sorted(groups, key=lambda h: (h == "", h.rsplit("/", 1)[-1])):
        members = groups[home]
        inner = sorted((n for n in members if n not in net or net.nodes[n]["type"] not in OUTER), key=lambda n: _INNER.get(
            net.nodes[n]["type"] if n in net else "fold", 9))  # the fold, parks and enterprises nearest the county
        outer = [n for n in members if n in net and net.nodes[n]["type"] in OUTER]
        local, radius = _group(net, home, inner)
        radius = _rings(outer, radius, local)
        placed.append((local, radius))
    return _pack(placed)


def _group(net, centre: str, members: list[str]) -> tuple[dict, float]:
    """Positions of a group's inner members around (0, 0), and the group's radius.

    The core (the county, its fold, its parks and enterprises and the projects related
    to them) is laid out by a spring layout with the county fixed at the centre; the
    projects related to nothing but their county fill a ring around the core. The
    spring layout costs the square of what it lays out, so it sees only the core."""
    if not members:
        return {}, 0.0
    if centre not in members:  # what belongs to no county: a disc
        return _sunflower(members, 0.0, SPACING * math.sqrt(len(members))), SPACING * math.sqrt(len(members))
    inside = set(members)
    ties = _ties(net, inside, centre)
    tied = {n for edge in ties for n in edge}
    core = [m for m in members if m == centre or m in tied or m not in net or net.nodes[m]["type"] != "Project"]
    free = [m for m in members if m not in set(core)]
    radius = SPACING * math.sqrt(len(core))
    if len(core) == 1:
        where, radius = {centre: (0.0, 0.0)}, SPACING / 2
    elif len(core) > SPRING_MAX:
        where = {centre: (0.0, 0.0), **_sunflower([m for m in core if m != centre], 0.0, radius)}
    elif len(core) <= SMALL_CORE:  # a few things: a ring around the county, the fold on top
        others = [m for m in core if m != centre]
        radius = max(FOLD_OFFSET, SPACING * len(others) / (2 * math.pi))
        where = {centre: (0.0, 0.0)}
        where.update({m: (radius * math.cos(-math.pi / 2 + 2 * math.pi * i / len(others)),
                          radius * math.sin(-math.pi / 2 + 2 * math.pi * i / len(others))) for i, m in enumerate(others)})
    else:
        graph = nx.Graph()
        graph.add_nodes_from(core)
        graph.add_edges_from(ties)
        # a tie from each member to its county: what has no relation would drift away
        graph.add_edges_from((m, centre) for m in core if m != centre)
        start = {centre: (0.0, 0.0), **_sunflower([m for m in core if m != centre], 0.0, radius)}
        folds = [m for m in core if m not in net]  # the fold sits just above its county, where it is seen
        start.update({m: (0.0, -FOLD_OFFSET) for m in folds})
        k = 1.6 * radius / math.sqrt(len(core))  # the distance the layout keeps between two nodes
        where = nx.spring_layout(graph, pos=start, fixed=[centre, *folds], k=k, iterations=50, seed=1)
        where = {n: (float(x), float(y)) for n, (x, y) in where.items()}
        radius = max(math.hypot(*p) for p in where.values())  # the spring may have spread it
    outer = math.sqrt(radius ** 2 + SPACING ** 2 * len(free))
    where.update(_sunflower(free, radius + SPACING / 2 if free else radius, outer + SPACING / 2))
    return where, max(radius, outer)


def _ties(net, inside: set, centre: str) -> list[tuple[str, str]]:
    """The relations among `inside` but those of the centre (and loops), one per edge: what
    `net.subgraph(inside).edges()` gives, without the cost of its filtered views (their order
    follows a set's; the layout reads the ties as a set of pairs, so neither order matters)."""
    return [(s, o) for s, nbrs in net.adj.items() if s in inside and s != centre
            for o, keys in nbrs.items() if o in inside and o != s and o != centre for _ in keys]


def _sunflower(nodes: list[str], inner: float, outer: float) -> dict[str, tuple[float, float]]:
    """Nodes spread evenly over a disc or a ring between radii `inner` and `outer` (Vogel's spiral)."""
    golden = math.pi * (3 - math.sqrt(5))
    n = len(nodes)
    out = {}
    for i, v in enumerate(nodes):
        r = math.sqrt(inner ** 2 + (outer ** 2 - inner ** 2) * (i + 0.5) / n)
        out[v] = (r * math.cos(i * golden), r * math.sin(i * golden))
    return out


def _rings(nodes: list[str], radius: float, into: dict) -> float:
    """Put `nodes` on concentric rings outside `radius`, as many on each as fit; the new radius."""
    i = 0
    while i < len(nodes):
        radius += RING_GAP * 2 if i == 0 else RING_GAP
        fit = max(6, int(2 * math.pi * radius / RING_GAP))
        ring = nodes[i : i + fit]
        for j, n in enumerate(ring):
            angle = 2 * math.pi * j / len(ring) + (0.5 if len(into) % 2 else 0)
            into[n] = (radius * math.cos(angle), radius * math.sin(angle))
        i += fit
    return radius


def _pack(groups: list[tuple[dict, float]]) -> dict[str, tuple[int, int]]:
    """Groups in rows (shelves) about as wide as the whole is tall, in order."""
    sides = [2 * r + MARGIN for _, r in groups]
    width = max(max(sides, default=0), math.sqrt(sum(s * s for s in sides)) * 1.2)
    out: dict[str, tuple[int, int]] = {}
    x = y = row = 0.0
    for (local, r), side in zip(groups, sides):
        if x and x + side > width:
            x, y, row = 0.0, y + row, 0.0
        cx, cy = x + side / 2, y + side / 2
        for n, (px, py) in local.items():
            out[n] = (round(cx + px), round(cy + py))
        x, row = x + side, max(row, side)
    return out
