"""layout: counties placed apart, each county's things around it, the same every time."""
import math

import networkx as nx

from kg import layout
from kg.render import Network


def corpus(counties=4, projects=30, parks=3):
    net = Network()
    for c in range(counties):
        county = f"county/1407{c:02d}"
        net.add_node(county, type="County", home=county)
        for k in range(parks):
            net.add_node(f"park/{c}-{k}", type="Park", home=county)
            net.add_edge(f"park/{c}-{k}", county, relation="locatedIn")
        for i in range(projects):
            p = f"project/{c}-{i}"
            net.add_node(p, type="Project", home=county)
            net.add_edge(p, county, relation="locatedIn")
            if i % 5 == 0:
                net.add_edge(p, f"park/{c}-{i % parks}", relation="locatedInPark")
        for s in range(20):
            net.add_node(f"strategy/{c}-{s}", type="Strategy", home=county)
            net.add_edge(county, f"strategy/{c}-{s}", relation="implements")
    net.add_node("enterprise/nowhere", type="Enterprise", home="")
    return net


def test_every_node_has_a_position_and_the_layout_is_the_same_every_time():
    net = corpus()
    folds = {f"fold:{n}": n for n, d in net.nodes.items() if d["type"] == "County"}
    where = layout.positions(net, folds)
    assert set(where) == set(net.nodes) | set(folds)
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in where.values())
    assert layout.positions(corpus(), folds) == where


def test_counties_are_apart_and_each_thing_is_nearest_its_own_county():
    net = corpus()
    folds = {f"fold:{n}": n for n, d in net.nodes.items() if d["type"] == "County"}
    where = layout.positions(net, folds)
    counties = [n for n, d in net.nodes.items() if d["type"] == "County"]
    extent = {c: max(math.dist(where[c], where[n]) for n, d in net.nodes.items() if d["home"] == c) for c in counties}
    for a in counties:
        for b in counties:
            if a < b:  # their groups, strategy rings included, do not overlap
                assert math.dist(where[a], where[b]) > extent[a] + extent[b]
    for n, d in net.nodes.items():
        if d["home"]:
            assert min(counties, key=lambda c: math.dist(where[c], where[n])) == d["home"]
    for fold, county in folds.items():  # the folded strategies sit by their county
        assert math.dist(where[fold], where[county]) <= layout.FOLD_OFFSET + 1


def test_strategies_lie_outside_the_things_of_their_county():
    net = corpus(counties=1)
    where = layout.positions(net, {})
    county = "county/140700"
    inner = max(math.dist(where[county], where[n]) for n, d in net.nodes.items() if d["type"] in ("Project", "Park"))
    assert min(math.dist(where[county], where[n]) for n, d in net.nodes.items() if d["type"] == "Strategy") > inner


def test_a_project_related_to_a_park_lies_nearer_it_than_the_others_do_on_average():
    net = corpus(counties=1, projects=60)
    where = layout.positions(net, {})
    park = "park/0-0"
    tied = [p for p, o, relation in net.edges() if o == park and relation == "locatedInPark"]
    free = [n for n, d in net.nodes.items() if d["type"] == "Project" and n not in tied]
    mean = lambda ns: sum(math.dist(where[park], where[n]) for n in ns) / len(ns)  # noqa: E731
    assert mean(tied) < mean(free)


def test_a_large_county_has_no_two_nodes_on_one_spot():
    where = layout.positions(corpus(counties=1, projects=600, parks=40), {})
    assert len(set(where.values())) == len(where)


def test_each_work_tied_to_a_park_or_enterprise_lies_by_it_not_by_another():
    net = Network()
    county = "county/140700"
    net.add_node(county, type="County", home=county)
    hubs = [f"park/{k}" for k in range(15)] + [f"enterprise/{k}" for k in range(15)]
    for k, hub in enumerate(hubs):
        net.add_node(hub, type=hub.split("/")[0].capitalize(), home=county)
        for i in range(6):
            work = f"project/{k}-{i}"
            net.add_node(work, type="Project", home=county)
            net.add_edge(work, hub, relation="locatedInPark" if hub.startswith("park") else "undertakenBy")
    net.add_edge("project/3-0", "project/40-0", relation="partOf")  # a work tied to one that is not placed yet
    net.add_node("project/40-0", type="Project", home=county)
    where = layout.positions(net, {"fold:x": county})
    for s, o, relation in net.edges():
        if relation != "partOf":
            assert min(hubs, key=lambda h: math.dist(where[h], where[s])) == o
    assert math.dist(where["fold:x"], where[county]) <= layout.FOLD_OFFSET + 1
    assert len(set(where.values())) == len(where)


def test_the_layout_loads_no_numpy():
    """The positions are geometry: a build does not pay for numpy's import (some 0.1 s a process)."""
    import subprocess
    import sys

    code = ("import sys; from tests.test_layout import corpus; from kg import layout; "
            "net = corpus(); layout.positions(net, {}); print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parent.parent))
    assert out.stdout.strip() == "False"


def test_a_groups_ties_are_its_subgraphs_edges():
    net = corpus(counties=2, projects=6, parks=2)
    net.add_edge("project/0-1", "park/0-1", relation="locatedInPark")
    net.add_edge("project/0-1", "park/0-1", relation="locatedInPark")  # a relation stated twice: two edges
    net.add_edge("project/0-2", "project/0-2", relation="partOf")  # a loop
    net.add_edge("project/0-3", "park/1-0", relation="locatedInPark")  # to another group
    net.add_edge("park/0-0", "project/0-4", relation="partOf")
    inside = {n for n in net.nodes if n.startswith(("project/0-", "park/0-", "county/140700"))} | {"fold:x"}
    as_nx = nx.MultiDiGraph()  # what networkx's subgraph of the same relations gives
    as_nx.add_nodes_from(net.nodes)
    as_nx.add_edges_from((s, o) for s, o, _ in net.edges())
    expected = [(s, o) for s, o in as_nx.subgraph(inside & set(net.nodes)).edges() if s != o and "county/140700" not in (s, o)]
    home = {n: "county/140700" for n in inside} | {n: "county/140701" for n in net.nodes if n not in inside}
    assert sorted(layout._ties(net, home)["county/140700"]) == sorted(expected)
    assert ("project/0-1", "park/0-1") in expected and ("park/0-0", "project/0-4") in expected


def hub_county(sizes, kind="park"):
    """One county whose parks (or enterprises) have `sizes` works each."""
    net = Network()
    county = "county/140700"
    net.add_node(county, type="County", home=county)
    hubs = [f"{kind}/{k}" for k in range(len(sizes))]
    for k, (hub, size) in enumerate(zip(hubs, sizes)):
        net.add_node(hub, type=kind.capitalize(), home=county)
        for i in range(size):
            work = f"project/{k}-{i}"
            net.add_node(work, type="Project", home=county)
            net.add_edge(work, hub, relation="locatedInPark" if kind == "park" else "undertakenBy")
    return net, hubs


def assert_each_work_nearest_its_hub(net, hubs, where):
    for s, o, _ in net.edges():
        assert min(hubs, key=lambda h: math.dist(where[h], where[s])) == o, s


def test_a_small_countys_works_lie_by_their_own_park():
    # 2 parks and 5 works: few enough things for one ring, yet each work goes beside its park
    net, hubs = hub_county([3, 2])
    assert_each_work_nearest_its_hub(net, hubs, layout.positions(net, {"fold:x": "county/140700"}))
    net, hubs = hub_county([1, 4], kind="enterprise")
    assert_each_work_nearest_its_hub(net, hubs, layout.positions(net, {}))


def test_unequal_clusters_each_keep_their_works_nearest_their_own_hub():
    for sizes in ([60, 60, 60, 60], [150, 1, 2, 90, 1, 30, 3, 200, 0, 5], [1, 300, 1, 1, 120, 1], [2] * 40 + [80] * 3):
        net, hubs = hub_county(sizes)
        where = layout.positions(net, {"fold:x": "county/140700"})
        assert_each_work_nearest_its_hub(net, hubs, where)
        assert len(set(where.values())) == len(where)
