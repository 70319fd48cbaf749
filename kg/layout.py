"""layout: where the page draws each node, computed when the page is written.

A browser that has to settle the physics of thousands of nodes shows nothing
for seconds (minutes at the page's caps); positions computed here let it draw
the first frame at once. Counties are placed apart, each with its own things
around it: its parks and enterprises (and the node that folds its strategies)
nearest the county, each work related to one of them gathered beside it, the
works related to nothing but their county on a disc around them; its
strategies and regions, drawn only when their layer is turned on, on rings
outside. Counties follow their administrative codes, so neighbours in a
prefecture sit side by side; what belongs to no county on the page gets a
group of its own at the end.

The placing is geometry (rings and Vogel's spiral), linear in the nodes and the
same every time: no force simulation, so that a build neither pays for one nor
loads numpy for it (the page's physics toggle lets the browser move them).
"""
from __future__ import annotations

import math

SPACING = 55  # pixels per node: a group of n things has a radius of about SPACING * sqrt(n)
RING_GAP = 34  # pixels between two things on a ring, and between two rings
MARGIN = 160  # pixels between two groups
FOLD_OFFSET = 80  # pixels between a county and the node of its strategies, before scaling
SMALL_CORE = 8  # a core this small is a ring around its county, the fold on top
CLUSTER_SPACING = 40  # pixels between two works gathered around the park or enterprise they relate to
CLUSTER_GAP = 48  # pixels between two such clusters on a ring (two lone parks: 88, as far as labels need)
OUTER = ("Strategy", "Region")  # layers drawn on rings outside their county's group
_INNER = {"County": 0, "fold": 1, "Park": 2, "Enterprise": 3, "Project": 4}


def positions(net, folds: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Integer (x, y) pixels for every node of `net` and every fold node (`folds`: fold id ->
    county). A node's group is given by its `home` attribute (a county on the page, or "")."""
    groups: dict[str, list[str]] = {}
    for n, d in net.nodes.items():
        home = d.get("home", "") if d["type"] != "County" else n
        groups.setdefault(home if home in net else "", []).append(n)
    for fold, county in folds.items():
        groups.setdefault(county, []).append(fold)
    ties = _ties(net, {n: home for home, members in groups.items() for n in members})
    placed = []
    for home in sorted(groups, key=lambda h: (h == "", h.rsplit("/", 1)[-1])):
        members = groups[home]
        inner = sorted((n for n in members if n not in net or net.nodes[n]["type"] not in OUTER), key=lambda n: _INNER.get(
            net.nodes[n]["type"] if n in net else "fold", 9))  # the fold, parks and enterprises nearest the county
        outer = [n for n in members if n in net and net.nodes[n]["type"] in OUTER]
        local, radius = _group(net, home, inner, ties.get(home, []))
        radius = _rings(outer, radius, local)
        placed.append((local, radius))
    return _pack(placed)


def _group(net, centre: str, members: list[str], ties: list[tuple[str, str]]) -> tuple[dict, float]:
    """Positions of a group's inner members around (0, 0), and the group's radius.

    The core (the county, its fold, its parks and enterprises and the projects related
    to them) is laid out by `_clusters`: each park or enterprise with the works tied to
    it around it; the projects related to nothing but their county fill a disc around
    the core."""
    if not members:
        return {}, 0.0
    if centre not in members:  # what belongs to no county: a disc
        return _sunflower(members, 0.0, SPACING * math.sqrt(len(members))), SPACING * math.sqrt(len(members))
    inside = set(members)
    ties = [(a, b) for a, b in ties if a in inside and b in inside]  # (the outer layers are placed apart)
    tied = {n for edge in ties for n in edge}
    core = [m for m in members if m == centre or m in tied or m not in net or net.nodes[m]["type"] != "Project"]
    free = [m for m in members if m not in set(core)]
    if len(core) == 1:
        where, radius = {centre: (0.0, 0.0)}, SPACING / 2
    elif len(core) <= SMALL_CORE and not tied:  # a few things and no works by them: a ring around the county
        others = [m for m in core if m != centre]
        radius = max(FOLD_OFFSET, SPACING * len(others) / (2 * math.pi))
        where = {centre: (0.0, 0.0)}
        where.update({m: (radius * math.cos(-math.pi / 2 + 2 * math.pi * i / len(others)),
                          radius * math.sin(-math.pi / 2 + 2 * math.pi * i / len(others))) for i, m in enumerate(others)})
    else:
        where, radius = _clusters(net, centre, core, ties)
    outer = math.sqrt(radius ** 2 + SPACING ** 2 * len(free))
    where.update(_sunflower(free, radius + SPACING / 2 if free else radius, outer + SPACING / 2))
    return where, max(radius, outer)


def _clusters(net, centre: str, core: list[str], ties) -> tuple[dict, float]:
    """A county's core: the county at the centre, its fold just above it, and around them, on
    rings, one cluster per park or enterprise (in the core's order) with the works tied to it
    on a small disc around it. A work tied to several goes with the first; a work tied only to
    other works goes with theirs, or is a cluster of its own."""
    near: dict[str, list[str]] = {}
    for s, o in ties:
        near.setdefault(s, []).append(o)
        near.setdefault(o, []).append(s)
    folds = [m for m in core if m not in net]
    hubs = [m for m in core if m in net and m != centre and net.nodes[m]["type"] != "Project"]
    rank = {h: i for i, h in enumerate(hubs)}
    home: dict[str, str] = {}
    works = [m for m in core if m in net and m != centre and net.nodes[m]["type"] == "Project"]
    for w in works:
        tied_hubs = [n for n in near.get(w, ()) if n in rank]
        if tied_hubs:
            home[w] = min(tied_hubs, key=rank.__getitem__)
    for w in works:  # a work tied only to works: with the first of them that has a cluster, else its own
        if w not in home:
            home[w] = next((home[n] for n in near.get(w, ()) if n in home), w)
            if home[w] == w:
                rank[w] = len(hubs)
                hubs.append(w)
    members: dict[str, list[str]] = {h: [] for h in hubs}
    for w in works:
        if home[w] != w:
            members[home[w]].append(w)
    where = {centre: (0.0, 0.0), **{f: (0.0, -FOLD_OFFSET) for f in folds}}
    discs = []
    for h in hubs:
        # (a work a full spacing from its hub: their labels, written under them, do not run into each other)
        reach = CLUSTER_SPACING * (math.sqrt(len(members[h])) + 1) if members[h] else CLUSTER_SPACING / 2
        local = {h: (0.0, 0.0), **_sunflower(members[h], CLUSTER_SPACING, reach)}
        discs.append((local, reach))
    radius = _ring_of_discs(discs, FOLD_OFFSET + CLUSTER_GAP, where)
    return where, radius


def _ring_of_discs(discs: list[tuple[dict, float]], inside: float, into: dict) -> float:
    """Discs (local positions, radius) on concentric rings outside `inside`, in order, each ring
    as full as its circumference allows, the first from the top clockwise; the radius reached.

    Two discs are set apart by twice the larger radius and a gap, measured straight (the chord,
    not the arc): then whatever lies on a disc is nearer its own centre than any other disc's,
    however unequal the discs are."""
    i, prev_centre, prev_widest = 0, 0.0, 0.0

    def centre_radius(widest: float) -> float:
        if not prev_centre:  # the first ring: just outside `inside`
            return inside + widest
        return prev_centre + 2 * max(prev_widest, widest) + CLUSTER_GAP

    while i < len(discs):
        ring, widest = [discs[i]], discs[i][1]
        chain = 0.0  # the angles between neighbours along the ring so far (not yet the last back to the first)
        i += 1
        while i < len(discs):
            r, w = discs[i][1], max(widest, discs[i][1])
            big = centre_radius(w)
            if w != widest:  # a wider disc moves the ring out: the angles so far shrink
                chain = sum(_gap(a, b, big) for (_, a), (_, b) in zip(ring, ring[1:]))
            if chain + _gap(ring[-1][1], r, big) + _gap(r, ring[0][1], big) > 2 * math.pi:
                break
            chain += _gap(ring[-1][1], r, big)
            ring.append(discs[i])
            widest = w
            i += 1
        big = centre_radius(widest)
        radii = [r for _, r in ring]
        gaps = _gaps(radii, big)  # (the angle from each disc to the next, the last to the first)
        spare = (2 * math.pi - sum(gaps)) / len(gaps) if len(ring) > 1 else 0.0
        angle = -math.pi / 2
        for (local, _), gap in zip(ring, gaps):
            cx, cy = big * math.cos(angle), big * math.sin(angle)
            into.update({n: (cx + x, cy + y) for n, (x, y) in local.items()})
            angle += gap + spare
        prev_centre, prev_widest = big, widest
    return prev_centre + prev_widest


def _gaps(radii: list[float], big: float) -> list[float]:
    """The angles between neighbours on a ring of radius `big`, each to the next and the last to
    the first."""
    return [_gap(a, b, big) for a, b in zip(radii, radii[1:] + radii[:1])]


def _gap(a: float, b: float, big: float) -> float:
    """The angle between two discs of radii `a` and `b` on a ring of radius `big` whose chord is
    twice the larger radius and a gap (the ring is always wider than the disc and half a gap)."""
    return 2 * math.asin(min(1.0, (max(a, b) + CLUSTER_GAP / 2) / big))


def _ties(net, home: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Each group's relations (`home`: node -> group): those between two members of one group but
    its centre (and loops), one per relation, source by source in the order of `net.adj`
    (kg.render.Network); the adjacency is read once for all groups."""
    ties: dict[str, list[tuple[str, str]]] = {}
    for s, targets in net.adj.items():
        group = home.get(s)
        if group is None or s == group:
            continue
        for o, relations in targets.items():
            if o != s and o != group and home.get(o) == group:
                ties.setdefault(group, []).extend((s, o) for _ in relations)
    return ties


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
