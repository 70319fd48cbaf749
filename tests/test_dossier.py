"""dossier: the side panel's data agrees with queries/county_projects.rq, cites the original files
exactly, and stays bounded."""
import re
from decimal import Decimal
from pathlib import Path

import pytest

import kg
from kg import dossier, explorer, store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def panel(seed_build):
    """The side panel's data of the seeds, as `kg view` reads it from graph.trig (and, under
    "comparison", the counties × sectors of the comparison view)."""
    import pyoxigraph as ox

    page = explorer.Explorer()
    for quads in explorer._graphs(ox.parse(path=str(seed_build / "graph.trig"), format=ox.RdfFormat.TRIG)):
        page.add(quads)
    net = page.network()
    data = dossier.resolved(dossier.collect(page.db))
    data["counties"] = dict(data["counties"])
    data["county_list"] = dossier.county_list(page.db)
    data["comparison"] = dossier.comparison(page.db)
    page.close()
    return net, data


SECTOR = "https://w3id.org/county-kg/sector/"


def best_sectors(build) -> dict[str, str]:
    """Each entity's sector as the scheme's definition of kg.compare reads it, straight from the
    graph: of the sectors stated of it, the one stated with the highest confidence, of equals the first."""
    rows = kg.query(build, """SELECT ?e ?s (MAX(?c) AS ?confidence) WHERE {
        ?e kg:sector ?s . ?st rdf:subject ?e ; rdf:predicate kg:sector ; rdf:object ?s . ?a oa:hasBody ?st ; kg:confidence ?c .
    } GROUP BY ?e ?s""").rows
    best: dict[str, tuple] = {}
    for e, s, confidence in rows:
        key = (-float(confidence), s.strip("<>").removeprefix(SECTOR))
        best[e.strip("<>")] = min(best.get(e.strip("<>"), key), key)
    return {e: sector for e, (_, sector) in best.items()}


def query_rows(build) -> list[dict]:
    result = kg.query(build, store.canned("county_projects"))
    return [dict(zip(result.columns, row)) for row in result.rows]


def as_query_row(net, row) -> tuple:
    """A panel row in the terms of the query: labels, values joined as the query joins them."""
    return (net.nodes[row["county"]]["label"], row["label"], Decimal(row["yi"]) if row["yi"] else None,
            frozenset(row["capacity"]), frozenset(row["status"]), frozenset(e[1] for e in row["enterprises"]),
            frozenset(p[1] for p in row["parks"]), row["year"])


def split(text: str) -> frozenset:
    return frozenset(text.split("、")) if text else frozenset()


@pytest.mark.slow
def test_the_rows_are_the_county_projects_query(seed_build, panel):
    net, data = panel
    expected = sorted((r["county"], r["project"], Decimal(r["yi"]) if r["yi"] else None, split(r["capacity"]), split(r["status"]),
                       split(r["enterprise"]), split(r["park"]), str(r["year"]) if r["year"] else None) for r in query_rows(seed_build))
    got = sorted(as_query_row(net, r) for r in data["rows"])
    assert len(got) == len(expected) > 300
    assert {r[0] for r in got} == {"稷山县", "新绛县", "五寨县"}
    assert [r[:2] for r in got] == [r[:2] for r in expected]  # the same projects of the same counties
    assert got == expected  # ... with the same amount, capacity, status, enterprise, park and year
    assert data["rows_cut"] == 0


@pytest.mark.slow
def test_every_cited_sentence_and_name_is_the_original_file_at_its_offsets(panel):
    _, data = panel
    texts = {d[1]: (ROOT / "seeds" / d[1]).read_text(encoding="utf-8") for d in data["documents"]}
    assert len(data["sentences"]) > 300
    for doc, start, end, text in data["sentences"]:
        assert texts[data["documents"][doc][1]][start:end] == text
    named = 0
    for s, relation, o, doc, sentence, *spans in data["facts"]:
        file = texts[data["documents"][doc][1]]
        _, start, end, _ = data["sentences"][sentence]
        for a, b in (spans[:2], spans[2:]):
            if a is not None:
                assert start <= a < b <= end
                named += 1
        if relation == "locatedIn" and spans[0] is not None:
            # the project, park or enterprise, named as the graph names it (the file may break a line
            # inside the name; the graph's names drop the quotes around a part)
            named_here = re.sub(r"[\s“”‘’\"']", "", file[spans[0] : spans[1]])
            assert any(name in named_here for name in net_names(panel, s)), (named_here, net_names(panel, s))
    assert named > 1000


def net_names(panel, iri) -> list[str]:
    net, data = panel
    if iri in net:
        return [net.nodes[iri]["label"], *net.nodes[iri]["aliases"]]
    return [data["names"][iri][0]]


@pytest.mark.slow
def test_a_row_cites_where_its_county_document_places_the_project(panel):
    net, data = panel
    for row in data["rows"]:
        facts = [data["facts"][i] for i in row["facts"]]
        assert facts and facts[0][1] == "locatedIn" and facts[0][2] == row["county"]
        assert all(f[0] == row["project"] for f in facts)
        if row["yuan"]:
            assert any(f[1] == "investment" and Decimal(f[2]) == Decimal(row["yuan"]) for f in facts)


@pytest.mark.slow
def test_a_county_lists_its_documents_enterprises_parks_and_strategies(panel):
    net, data = panel
    jishan = data["counties"]["https://w3id.org/county-kg/id/county/140824"]
    assert [data["documents"][d][2] for d in jishan["documents"]] == ["2021-03-25", "2024-02-20"]  # oldest first
    assert [data["documents"][d][3] for d in jishan["documents"]] == ["党代会报告", "政府工作报告"]
    assert jishan["enterprises"] and jishan["parks"] and jishan["strategies_total"] == len(jishan["strategies"]) > 50
    assert all(net.nodes[e]["type"] == "Enterprise" for e, _, _ in jishan["enterprises"])
    assert jishan["projects_total"] == sum(r["county"].endswith("140824") for r in data["rows"])


@pytest.mark.slow
def test_the_county_list_counts_and_sums_the_query_rows(seed_build, panel):
    _, data = panel
    rows = query_rows(seed_build)
    listed = {label: (projects, yi, documents) for _, label, projects, yi, documents in data["county_list"]}
    for county in ("稷山县", "新绛县", "五寨县"):
        mine = [r for r in rows if r["county"] == county]
        assert listed[county][:2] == (len(mine), round(sum(float(r["yi"] or 0) for r in mine), 2))
    assert listed["稷山县"][2] == 2 and listed["五寨县"][2] == 1
    assert [c[1] for c in data["county_list"]][:3] == ["新绛县", "稷山县", "五寨县"]  # the counties with documents first


def test_the_rows_are_bounded_and_shared_between_counties(monkeypatch, tmp_path):
    from rdflib import Dataset, Literal
    from rdflib.namespace import RDF, RDFS

    from kg.vocab import KG, KGR

    monkeypatch.setattr(dossier, "MAX_ROWS", 6)
    ds = Dataset()
    for c in ("140728", "140729"):
        g, doc, county = ds.graph(KGR[f"graph/{c}"]), KGR[f"doc/{c}"], KGR[f"county/{c}"]
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, KG.aboutCounty, county))
        g.add((county, RDF.type, KG.County))
        for i in range(5):
            p = KGR[f"project/{c}-{i}"]
            g.add((p, RDF.type, KG.Project))
            g.add((p, RDFS.label, Literal(f"项目{c}-{i}", lang="zh")))
            g.add((p, KG.locatedIn, county))
    page = explorer.Explorer()
    for quads in explorer._graphs(explorer._as_quads(ds)):
        page.add(quads)
    page.network()
    data = dossier.resolved(dossier.collect(page.db))
    assert len(data["rows"]) == 6 and data["rows_cut"] == 4
    assert sorted(r["county"][-6:] for r in data["rows"]) == ["140728"] * 3 + ["140729"] * 3


def test_a_very_long_sentence_is_cut_around_the_names_with_exact_offsets():
    text = "甲" * 1000 + "某某产业园" + "乙" * 1000
    start = 5000
    cut_start, cut_end, cut, s_span, o_span = explorer._evidence(start, start + len(text), text, [(start + 1000, start + 1005)], [])
    assert cut_end - cut_start == len(cut) <= explorer.MAX_EXCERPT
    assert cut[s_span[0] - cut_start : s_span[1] - cut_start] == "某某产业园"
    assert o_span == (None, None)


@pytest.mark.slow
@pytest.mark.parametrize("by", ["sector", "section"])
def test_the_comparison_has_the_figures_of_kg_compare(seed_build, panel, by):
    _, data = panel
    comparison = data["comparison"]
    expected = kg.compare(seed_build, by=by)
    assert [c[1] for c in comparison["counties"]] == expected.counties  # the same counties, in the same order
    groups = comparison["groups"][by]
    assert groups == [g for g, _ in expected.groups()]  # the scheme's order, unknown last
    got = {(c[1], groups[g]): (n, Decimal(yuan), project_share, investment_share)
           for c in comparison["counties"] for g, n, yuan, project_share, investment_share in c[4][by]}
    assert got == {(r.county, r.group): (r.projects, r.yuan, r.project_share, r.investment_share) for r in expected.rows}
    assert len(got) > 40 and any(v[1] > 0 for v in got.values())
    assert {c[1]: (c[2], Decimal(c[3])) for c in comparison["counties"]} == expected.totals
    assert all(comparison["labels"][r.group][0] == r.label for r in expected.rows)


@pytest.mark.slow
def test_each_row_carries_the_sector_kg_compare_counts_it_under(seed_build, panel):
    net, data = panel
    best = best_sectors(seed_build)
    assert len(best) > 300
    sectored = [r for r in data["rows"] if r["sector"]]
    assert len(sectored) > 250
    for row in data["rows"]:
        assert row["sector"] == best.get(row["project"]), row["label"]
        if row["sector"]:
            assert row["sector_cue"]  # the word that decided it ...
        cited = [data["facts"][i] for i in row["facts"] if data["facts"][i][1] == "sector"]
        assert all(f[2] == row["sector"] for f in cited)  # ... and only the sector it has is cited as its evidence
    with_sector_evidence = sum(any(data["facts"][i][1] == "sector" for i in r["facts"]) for r in sectored)
    assert with_sector_evidence == len(sectored)
    # a cell of the comparison counts exactly the rows of its county and sector (no row is cut from the seeds' page)
    counted: dict = {}
    for row in data["rows"]:
        key = (net.nodes[row["county"]]["label"], row["sector"] or "unknown")
        counted[key] = counted.get(key, 0) + 1
    groups = data["comparison"]["groups"]["sector"]
    assert counted == {(c[1], groups[g]): n for c in data["comparison"]["counties"] for g, n, *_ in c[4]["sector"]}


@pytest.mark.slow
def test_a_county_lists_its_enterprises_and_parks_with_their_sector(seed_build, panel):
    _, data = panel
    best = best_sectors(seed_build)
    listed = [x for c in data["counties"].values() for x in c["enterprises"] + c["parks"]]
    assert sum(1 for _, _, sector in listed if sector) >= 10
    for iri, _, sector in listed:
        assert sector == best.get(iri)
        assert (data["sectors"].get(iri) or [None])[0] == sector  # as the entity's own dossier shows it


def test_a_sector_the_scheme_does_not_know_is_passed_over_as_kg_compare_does(tmp_path):
    from test_render import add_sector, toy

    ds = toy(n_projects=2)
    add_sector(ds, 0, "SEI6", "0.9")
    add_sector(ds, 0, "no-such-sector", "0.95")
    add_sector(ds, 1, "C31", "0.7")
    add_sector(ds, 1, "A", "0.7")  # of equals, the first id
    page = explorer.Explorer()
    for quads in explorer._graphs(explorer._as_quads(ds)):
        page.add(quads)
    page.network()
    rows = {r["label"]: r["sector"] for r in dossier.resolved(dossier.collect(page.db))["rows"]}
    assert rows == {"项目0": "SEI6", "项目1": "A"}
    ds.serialize(tmp_path / "toy.trig", format="trig")
    expected = kg.compare(tmp_path / "toy.trig")
    county = dossier.comparison(page.db)["counties"][0]
    assert [dossier.comparison(page.db)["groups"]["sector"][g] for g, *_ in county[4]["sector"]] == [r.group for r in expected.rows]


def test_the_panel_is_the_same_whatever_batches_its_facts_are_read_in(seed_build, monkeypatch):
    """The facts a row, an entity or an edge cites are read ahead a batch at a time: the
    panel (its facts, sentences and documents, and the indices that point into them) is the
    one that reading each fact on its own gives."""
    import pyoxigraph as ox

    def panel_of(batch, prefetch):
        page = explorer.Explorer()
        for quads in explorer._graphs(ox.parse(path=str(seed_build / "graph.trig"), format=ox.RdfFormat.TRIG)):
            page.add(quads)
        edges = [(s, relation, o) for s, o, relation in page.network().edges()]
        with monkeypatch.context() as m:
            m.setattr(dossier._Evidence, "prefetch", prefetch)
            m.setattr(dossier, "_rows", lambda db, evidence, _rows=dossier._rows: _rows(db, evidence, batch))
            data = dossier.resolved(dossier.collect(page.db, edges))
        page.close()
        return data

    one_by_one = panel_of(1, lambda self, rowids: None)
    assert one_by_one["facts"] and one_by_one["edge_facts"] and one_by_one["rows"]
    assert panel_of(7, dossier._Evidence.prefetch) == one_by_one
    assert panel_of(200, dossier._Evidence.prefetch) == one_by_one


def test_entity_facts_are_the_first_by_relation_date_and_row_and_counted_whole():
    """An entity's dossier lists at most MAX_ENTITY_FACTS of the facts that touch it (as subject
    or object), by the order of ENTITY_RELATIONS, then the document's date, then the order
    stated, and counts them all; a fact relating it to itself touches it twice; counties have none."""
    page = explorer.Explorer()
    db = page.db
    dates = {"doc/a": "2021-03-01", "doc/b": "2019-05-01", "doc/c": ""}
    for iri, date in dates.items():
        db.execute("INSERT INTO doc VALUES (?, ?, ?, ?, ?, ?, ?)", (iri, iri + ".txt", date, date[:4], "", "", "county/1"))
    for iri, kind in (("e", "Enterprise"), ("p", "Project"), ("county/1", "County")):
        db.execute("INSERT INTO node VALUES (?, ?, ?, '')", (iri, kind, iri))
    stated = []  # (relation, date, rowid) of each fact touching "e"
    relations = ("implements", "undertakenBy", "locatedIn", "partOf", "locatedInPark")
    for i in range(53):
        relation, doc = relations[i % 5], list(dates)[i % 3]
        s, o = (f"q{i}", "e") if i % 2 else ("e", f"x{i}")
        rowid = db.execute("INSERT INTO fact VALUES (?, ?, ?, ?, 0, 1, NULL, NULL, NULL, NULL)", (s, relation, o, doc)).lastrowid
        stated.append((dossier.ENTITY_RELATIONS.index(relation), dates[doc], rowid))
    loop = db.execute("INSERT INTO fact VALUES ('e', 'partOf', 'e', 'doc/b', 0, 1, NULL, NULL, NULL, NULL)").lastrowid
    stated += [(dossier.ENTITY_RELATIONS.index("partOf"), dates["doc/b"], loop)] * 2
    mutual = db.execute("INSERT INTO fact VALUES ('p', 'undertakenBy', 'e', 'doc/c', 0, 1, NULL, NULL, NULL, NULL)").lastrowid
    stated.append((dossier.ENTITY_RELATIONS.index("undertakenBy"), "", mutual))
    db.execute("INSERT INTO fact VALUES ('e', 'investment', '5', 'doc/a', 0, 1, NULL, NULL, NULL, NULL)")  # not a relation shown
    db.execute("INSERT INTO chosen SELECT iri FROM node")
    evidence = dossier._Evidence(db)
    found = dossier._entities(db, evidence)
    assert set(found) == {"e", "p"}
    assert found["e"]["total"] == len(stated) == 56
    want = [rowid for _, _, rowid in sorted(stated)[:dossier.MAX_ENTITY_FACTS]]
    assert [evidence.facts[i] for i in found["e"]["facts"]] == [evidence.facts[evidence.fact(r)] for r in want]
    assert len(found["e"]["facts"]) == dossier.MAX_ENTITY_FACTS
    assert found["p"] == {"facts": [evidence.fact(mutual)], "total": 1}
    page.close()
