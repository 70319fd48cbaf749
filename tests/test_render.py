"""render: a self-contained page, escaped text, the caps, the county-first view and no import circle."""
import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import RDF, RDFS, XSD

from kg import explorer, render
from kg.vocab import KG, KGR

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def toy(n_projects=3, hostile=False):
    ds = Dataset()
    g = ds.graph(KGR["graph/t"])
    doc, county = KGR["doc/t"], KGR["county/140728"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.sourceFile, Literal("t.txt")))
    g.add((doc, KG.aboutCounty, county))
    g.add((county, RDF.type, KG.County))
    g.add((county, RDFS.label, Literal("平遥县", lang="zh")))
    g.add((county, KG.adminCode, Literal("140728")))
    g.add((county, KG.mentionedIn, doc))
    for i in range(n_projects):
        p = KGR[f"project/{i}"]
        g.add((p, RDF.type, KG.Project))
        g.add((p, RDFS.label, Literal(HOSTILE if hostile and i == 0 else f"项目{i}", lang="zh")))
        g.add((p, KG.mentionedIn, doc))
        g.add((p, KG.locatedIn, county))
    return ds


def add_sector(ds, i: int, sector: str, confidence: str, cue: str = "光伏") -> None:
    """Toy project `i` is in `sector`, said with `confidence` by the word `cue`, as the build's
    annotations say it (a statement, an annotation with its confidence, cue and place in t.txt)."""
    from decimal import Decimal

    from kg.vocab import OA, SECTOR

    g, p = ds.graph(KGR["graph/t"]), KGR[f"project/{i}"]
    st, a = KGR[f"statement/{i}-{sector}"], KGR[f"annotation/{i}-{sector}-{confidence}"]
    target, position = KGR[f"annotation/{i}-{sector}-{confidence}/target"], KGR[f"selector/{i}/position"]
    g.add((p, KG.sector, SECTOR[sector]))
    for prop, value in ((RDF.type, RDF.Statement), (RDF.subject, p), (RDF.predicate, KG.sector), (RDF.object, SECTOR[sector])):
        g.add((st, prop, value))
    for prop, value in ((RDF.type, OA.Annotation), (OA.hasBody, st), (OA.hasTarget, target), (KG.confidence, Literal(Decimal(confidence))),
                        (KG.cue, Literal(cue, lang="zh")), (KG.evidenceSentence, Literal(f"建设项目{i}。", lang="zh"))):
        g.add((a, prop, value))
    g.add((target, OA.hasSelector, position))
    g.add((position, OA.start, Literal(4 * i)))
    g.add((position, OA.end, Literal(4 * i + 4)))


def embedded(html, block="kg-data"):
    """One of the page's JSON blocks: kg-data (what the first frame draws) or kg-dossier (the side panel)."""
    return json.loads(re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', html, re.S).group(1))


def test_page_is_self_contained(tmp_path):
    html = explorer.page(toy(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=["\']?(https?:)?//', html)
    assert "new vis.Network" in html and "vis-network" in html
    data = embedded(html)
    assert len(data["nodes"]) == 4 and len(data["edges"]) == 3
    assert {c["name"] for c in data["classes"]} == {"County", "Project"}


def test_hostile_labels_are_escaped(tmp_path):
    html = explorer.page(toy(hostile=True), tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert any(n["name"] == HOSTILE for n in embedded(html)["nodes"])  # kept as text
    assert any(r["label"] == HOSTILE for r in embedded(html, "kg-dossier")["rows"])


def test_the_page_opens_on_counties_with_their_things_and_strategies_folded(tmp_path):
    ds = toy(n_projects=3)
    g = ds.graph(KGR["graph/t"])
    for i in range(4):
        g.add((KGR[f"strategy/{i}"], RDF.type, KG.Strategy))
        g.add((KGR[f"strategy/{i}"], RDFS.label, Literal(f"战略{i}", lang="zh")))
        g.add((KGR["county/140728"], KG.implements, KGR[f"strategy/{i}"]))
    data = embedded(explorer.page(ds, tmp_path / "g.html").read_text(encoding="utf-8"))
    on = {c["name"] for c in data["classes"] if c["on"]}
    assert on == {"County", "Project"}  # Strategy is a layer turned off
    assert data["folds"] == [{"id": "fold:county/140728", "county": "county/140728", "count": 4,  # ids: IRIs less kgr:
                              "x": data["folds"][0]["x"], "y": data["folds"][0]["y"]}]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])  # drawn where the build put them
    assert {n["home"] for n in data["nodes"]} == {"county/140728"}


def test_the_palette_is_colour_blind_safe():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}
    colours = [c for c, *_ in render.STYLE.values()]
    assert set(colours) <= okabe_ito and len(set(colours)) == len(colours)
    assert len({shape for _, shape, *_ in render.STYLE.values()}) == len(render.STYLE)  # and a shape of its own


def test_render_knows_nothing_of_the_explorer():
    """kg/explorer.py collects and calls kg/render.py to draw; nothing it imports imports it back."""
    import ast
    from pathlib import Path

    for name in ("render", "layout", "dossier"):
        tree = ast.parse((Path(__file__).parent.parent / "kg" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {f"{n.module}.{a.name}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not any("explorer" in i for i in imported), (name, imported)


def test_view_of_one_county(seed_build, tmp_path):
    out = explorer.view(seed_build, tmp_path / "xj.html", county="新绛县")
    counties = {n["name"] for n in embedded(out.read_text(encoding="utf-8"))["nodes"] if n["type"] == "County"}
    assert counties == {"新绛县"}


def test_the_page_holds_the_most_connected_nodes_and_every_county(tmp_path, monkeypatch):
    monkeypatch.setattr(explorer, "MAX_NODES", 5)
    data = embedded(explorer.page(toy(n_projects=20), tmp_path / "g.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and data["total"] == 21
    assert "County" in {n["type"] for n in data["nodes"]}
    kept = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])


def test_the_page_holds_a_bounded_number_of_relations(tmp_path, monkeypatch):
    monkeypatch.setattr(explorer, "MAX_EDGES", 3)
    data = embedded(explorer.page(toy(n_projects=10), tmp_path / "g.html").read_text(encoding="utf-8"))
    assert len(data["edges"]) == 3 and data["total_edges"] == 10 and len(data["nodes"]) == 11


def test_a_build_reads_the_page_from_its_documents_as_a_view_reads_it_from_the_graph():
    """`kg build` fills the page from each document, `kg view` from graph.trig: the same nodes, relations and evidence."""
    from pathlib import Path

    from kg import assemble, link
    from kg.pipeline import process
    from kg.read import read

    docs = [process(read(p)) for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    linker = link.Linker()
    for doc in docs:
        linker.add(doc)
    entities = linker.entities()
    from_graph, from_documents = explorer.Explorer(), explorer.Explorer()
    for doc in docs:
        from_graph.add(assemble.document_graph(doc, entities).triples)
        from_documents.add_document(doc, entities)
    graph_net, documents_net = from_graph.network(), from_documents.network()
    assert len(graph_net) > 500 and graph_net.number_of_edges() > 500
    assert {d["type"] for d in graph_net.nodes.values()} >= {"County", "Region", "Enterprise", "Project", "Park", "Strategy"}
    assert list(documents_net.nodes.items()) == list(graph_net.nodes.items())
    assert documents_net.edges() == graph_net.edges()
    # ... and the same side panel: rows, facts, their sentences and offsets into the files
    from kg import dossier

    from_docs_panel = dossier.resolved(dossier.collect(from_documents.db))
    from_graph_panel = dossier.resolved(dossier.collect(from_graph.db))
    assert len(from_graph_panel["rows"]) > 300 and len(from_graph_panel["facts"]) > 1000
    for key in from_graph_panel:
        assert from_docs_panel[key] == from_graph_panel[key], key
    assert sum(1 for r in from_graph_panel["rows"] if r["sector"]) > 250
    assert dossier.comparison(from_documents.db) == dossier.comparison(from_graph.db)  # ... and the same comparison
    for view in (dict(county="新绛县"), dict(document="001_cfdcc10b84bd6ab0")):
        assert list(from_documents.network(**view).nodes.items()) == list(from_graph.network(**view).nodes.items())


def test_a_node_lists_its_first_documents_and_counts_the_rest(tmp_path, monkeypatch):
    from rdflib.namespace import DCTERMS, XSD

    monkeypatch.setattr(explorer, "MAX_DOCUMENTS", 2)
    ds = Dataset()
    line = KGR["strategy/x"]
    for i, (year, county) in enumerate([("2021", "140728"), ("2022", "140729"), ("2023", "140728")]):
        g, doc = ds.graph(KGR[f"graph/d{i}"]), KGR[f"doc/d{i}"]
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, KG.sourceFile, Literal(f"d{i}.txt")))
        g.add((doc, DCTERMS.date, Literal(f"{year}-03-01", datatype=XSD.date)))
        g.add((doc, KG.aboutCounty, KGR[f"county/{county}"]))
        g.add((line, RDF.type, KG.Strategy))
        g.add((line, RDFS.label, Literal("乡村振兴战略", lang="zh")))
        g.add((line, KG.mentionedIn, doc))
    html = explorer.page(ds, tmp_path / "g.html").read_text(encoding="utf-8")
    node = embedded(html)["nodes"][0]
    assert len(node["documents"]) == 2 and set(node["documents"]) < {"d0.txt", "d1.txt", "d2.txt"}
    assert embedded(html, "kg-dossier")["tips"]["nodes"][node["id"]]["more"] == 1  # the tooltip says "… +1"
    assert node["years"] == ["2021", "2022", "2023"]
    assert node["counties"] == ["county/140728", "county/140729"]


def test_a_node_lists_a_bounded_number_of_counties(tmp_path, monkeypatch):
    """A line every county follows would otherwise carry thousands of county IRIs into the page."""
    monkeypatch.setattr(explorer, "MAX_COUNTIES", 2)
    ds = Dataset()
    line = KGR["strategy/x"]
    for i, county in enumerate(["140728", "140729", "140730"]):
        g, doc = ds.graph(KGR[f"graph/d{i}"]), KGR[f"doc/d{i}"]
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, KG.sourceFile, Literal(f"d{i}.txt")))
        g.add((doc, KG.aboutCounty, KGR[f"county/{county}"]))
        g.add((line, RDF.type, KG.Strategy))
        g.add((line, RDFS.label, Literal("乡村振兴战略", lang="zh")))
        g.add((line, KG.mentionedIn, doc))
    node = embedded(explorer.page(ds, tmp_path / "g.html").read_text(encoding="utf-8"))["nodes"][0]
    assert len(node["counties"]) == 2 and set(node["counties"]) < {f"county/{c}" for c in ("140728", "140729", "140730")}


def test_a_node_lists_the_documents_and_counties_that_mention_it_first(tmp_path, monkeypatch):
    """The first documents and the first counties in the order the documents come (a county
    met again does not count twice), every year, and how many documents are not listed."""
    import pyoxigraph as ox

    monkeypatch.setattr(explorer, "MAX_DOCUMENTS", 2)
    monkeypatch.setattr(explorer, "MAX_COUNTIES", 2)
    page = explorer.Explorer()
    line, n = ox.NamedNode(str(KGR["strategy/x"])), ox.NamedNode
    for i, (year, county) in enumerate([("2024", "140730"), ("2019", "140730"), ("2021", "140728"), ("2020", "140729")]):
        doc = n(str(KGR[f"doc/d{i}"]))
        page.add([ox.Triple(doc, n(str(RDF.type)), n(str(KG.Document))),
                  ox.Triple(doc, n(str(KG.sourceFile)), ox.Literal(f"d{i}.txt")),
                  ox.Triple(doc, n("http://purl.org/dc/terms/date"), ox.Literal(f"{year}-03-01", datatype=n(str(XSD.date)))),
                  ox.Triple(doc, n(str(KG.aboutCounty)), n(str(KGR[f"county/{county}"]))),
                  ox.Triple(line, n(str(RDF.type)), n(str(KG.Strategy))),
                  ox.Triple(line, n(str(RDFS.label)), ox.Literal("乡村振兴战略", language="zh")),
                  ox.Triple(line, n(str(KG.mentionedIn)), doc)])
    html = page.write(tmp_path / "g.html").read_text(encoding="utf-8")
    node = embedded(html)["nodes"][0]
    assert node["documents"] == ["d0.txt", "d1.txt"]
    assert embedded(html, "kg-dossier")["tips"]["nodes"][node["id"]]["more"] == 2
    assert node["counties"] == ["county/140728", "county/140730"]
    assert node["years"] == ["2019", "2020", "2021", "2024"]


def test_the_comparison_comes_last_parsed_apart_and_escaped(tmp_path):
    """Counties × sectors in a block of its own after the dossier's (the page parses it when the view
    opens); a hostile county name and a project with no sector travel as text."""
    ds = toy(n_projects=3, hostile=True)
    g = ds.graph(KGR["graph/t"])
    g.set((KGR["county/140728"], RDFS.label, Literal(HOSTILE, lang="zh")))
    add_sector(ds, 1, "SEI6", "0.9")
    add_sector(ds, 2, "SEI6", "0.9", cue="<b>风电</b>")
    html = explorer.page(ds, tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<b>风电" not in html
    assert html.index('id="kg-data"') < html.index('id="kg-dossier"') < html.index('id="kg-compare"')
    comparison = embedded(html, "kg-compare")
    assert comparison["groups"]["sector"] == ["SEI6", "unknown"] and comparison["groups"]["section"] == ["SEI6", "unknown"]
    [(county, label, n, yuan, cells)] = comparison["counties"]
    assert (county, label, n, yuan) == ("county/140728", HOSTILE, 3, "0")
    assert cells["sector"] == [[0, 2, "0", 0.6667, 0.0], [1, 1, "0", 0.3333, 0.0]]
    assert comparison["labels"]["SEI6"][:2] == ["新能源", "New energy"] and comparison["labels"]["unknown"][0] == "未定"
    rows = {r["label"]: (r["sector"], r["sector_cue"]) for r in embedded(html, "kg-dossier")["rows"]}
    assert rows == {HOSTILE: (None, None), "项目1": ("SEI6", "光伏"), "项目2": ("SEI6", "<b>风电</b>")}


def test_the_comparison_of_one_county_view_holds_that_county(seed_build, tmp_path):
    out = explorer.view(seed_build, tmp_path / "xj.html", county="新绛县")
    comparison = embedded(out.read_text(encoding="utf-8"), "kg-compare")
    assert [c[1] for c in comparison["counties"]] == ["新绛县"] and comparison["counties"][0][2] > 100


def test_a_page_written_without_a_comparison_has_an_empty_one(tmp_path):
    net = explorer.Explorer()
    for quads in explorer._graphs(explorer._as_quads(toy())):
        net.add(quads)
    html = render.write(net.network(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert embedded(html, "kg-compare") == {"labels": {}, "groups": {"sector": [], "section": []}, "counties": []}


def test_the_heat_map_ramp_is_read_by_lightness():
    """The comparison view's colours: one hue, each step darker than the one before (lightness alone
    carries the value, which readers with any colour-vision deficiency see)."""
    from pathlib import Path

    js = (Path(__file__).parent.parent / "kg" / "assets" / "compare.js").read_text(encoding="utf-8")
    ramp = re.findall(r"#[0-9a-f]{6}", re.search(r"const RAMP = \[(.*?)\];", js).group(1))

    def luminance(colour: str) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    levels = [luminance(c) for c in ramp]
    assert len(ramp) >= 5 and all(a > b for a, b in zip(levels, levels[1:]))
    assert levels[0] > 0.9 and levels[-1] < 0.05  # from near white to near black


def test_the_pages_network_lists_relations_and_ranks_entities_as_networkx_would():
    """render.Network stands in for a networkx MultiDiGraph (the page is the same as with one):
    relations source by source, each source's targets in the order first related; degree
    centrality with parallel relations and loops counted as networkx counts them."""
    import networkx as nx

    added = [("a", "b", "partOf"), ("c", "a", "locatedIn"), ("a", "c", "undertakenBy"), ("a", "b", "locatedInPark"),
             ("b", "b", "partOf"), ("d", "a", "implements"), ("a", "d", "partOf"), ("c", "a", "locatedIn")]
    ours, theirs = render.Network(), nx.MultiDiGraph()
    for n in ("d", "a", "b", "c", "e"):
        ours.add_node(n, type="Project")
        theirs.add_node(n, type="Project")
    for s, o, relation in added:
        ours.add_edge(s, o, relation=relation)
        theirs.add_edge(s, o, relation=relation)
    assert ours.edges() == [(s, o, d["relation"]) for s, o, d in theirs.edges(data=True)]
    assert ours.edges() != added
    assert ours.degree_centrality() == nx.degree_centrality(theirs)
    assert ours.number_of_edges() == theirs.number_of_edges() and len(ours) == len(theirs)
    assert list(ours.nodes.items()) == list(theirs.nodes(data=True))


def test_a_build_imports_neither_networkx_nor_numpy(tmp_path):
    """The page's network is a plain record and its layout geometry: some 0.2 s of a process."""
    import subprocess
    import sys

    code = (f"import sys, kg; kg.build([{str(ROOT / 'seeds' / '000_53efcc185109372c.txt')!r}], {str(tmp_path / 'b')!r}); "
            "print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_view_interrupted_partway_leaves_the_old_page_whole(seed_build, tmp_path, monkeypatch):
    out = tmp_path / "page.html"
    out.write_text("the page the user had", encoding="utf-8")

    def interrupted(data):  # (the comparison is made while the page is being written)
        raise KeyboardInterrupt

    monkeypatch.setattr(render, "_comparison", interrupted)
    with pytest.raises(KeyboardInterrupt):
        explorer.view(seed_build, out, county="新绛县")
    assert out.read_text(encoding="utf-8") == "the page the user had"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]  # no temporary file left behind
    monkeypatch.undo()
    explorer.view(seed_build, out, county="新绛县")
    assert out.read_text(encoding="utf-8").startswith("<!") and [p.name for p in tmp_path.iterdir()] == ["page.html"]
