"""relate.sector: the sector of projects, parks and enterprises, from the words of
their names (kg/rules/sector.toml), with rule, confidence and deciding word.
The sentences are invented."""
import pytest
import rdflib
from conftest import process_text
from rdflib.namespace import SKOS

from kg import sectors
from kg.relate import sector
from kg.relate.sector import RuleError, load
from kg.shacl import ONTOLOGY, validate


def sector_of(doc, type_=None):
    keys = {m.key: m.text for m in doc.mentions if type_ is None or m.type == type_}
    return {keys[f.subject]: f.value for f in doc.facts if f.type == "sector" and f.subject in keys}


@pytest.mark.parametrize("name, expected", [
    ("年产5万吨肉牛屠宰加工", "agri-food"),
    ("200MW光伏治沙", "SEI6"),          # a strategic emerging word outranks the head
    ("城关旅游公路", "transport"),       # head-final: a tourist road is a road
    ("云台山文旅康养小镇", "tourism"),
    ("县中医院门诊楼", "Q"),
    ("城南体育馆", "R89"),               # the longer word ending at the same place
    ("城北民俗馆", "R"),
    ("新材料产业园", "SEI3"),
    ("2×35万千瓦热电联产", "D44"),        # 千瓦 is ignored: no 瓦 of building materials
    ("110千伏输变电", "D44"),
    ("高新区综合服务中心", None),         # 高新区 is no new district; nothing else decides
    ("东湖沿岸绿化工程", "N77"),          # 化工程 hides 化工 inside it, not the 绿化 overlapping it
    ("智慧水利建设", "I"),                # a smart system, not a reservoir
    ("智慧农产品冷链物流园", "logistics"),
    ("某某大厦", None),
])
def test_a_name_decides_by_its_head_and_priority(name, expected):
    d = sector.rules().decide(name, "Project")
    assert (d.rule.sector if d else None) == expected


def test_types_limit_a_rule():
    book = sector.rules()
    assert book.decide("东关大街", "Project").rule.sector == "N78"
    assert book.decide("东关大街", "Enterprise") is None  # street words are for works only
    assert book.decide("华兴建设集团", "Enterprise").rule.sector == "E"
    assert book.decide("华兴建设集团", "Project") is None


def test_capacity_words_decide_only_when_no_word_does():
    book = sector.rules()
    assert book.decide("存栏10万头", "Project").rule.sector == "agri-food"
    assert book.decide("存栏10万头", "Project").word == "万头"
    assert book.decide("10万头生猪屠宰冷链物流", "Project").rule.sector == "logistics"


def test_facts_carry_rule_confidence_and_deciding_word():
    doc = process_text("推进华晟光伏总投资8亿元的年产5GW组件项目，建设东关大街改造工程。", county_code="140824")
    facts = {f.subject: f for f in doc.facts if f.type == "sector"}
    by_text = {m.text: m.key for m in doc.mentions}
    ent = facts[by_text["华晟光伏"]]
    assert (ent.value, ent.rule, ent.confidence, ent.attrs["words"]) == ("SEI6", "sector.new-energy.name", 0.9, ["光伏"])
    project = next(f for k, f in facts.items() if "组件" in k)
    # the work's own name has no sector word: its enterprise decides, less surely
    assert (project.value, project.rule, project.attrs["where"]) == ("SEI6", "sector.new-energy.enterprise", "enterprise")
    assert project.confidence == 0.75
    assert "华晟光伏" in doc.text[project.start:project.end]
    street = next(f for k, f in facts.items() if "东关大街" in k)
    assert street.value == "N78" and doc.text[street.start:street.end].endswith("。")


def test_a_project_takes_the_sector_of_its_park_last():
    doc = process_text("在精品钢园区实施年产50万吨项目。", county_code="140824")
    (f,) = [f for f in doc.facts if f.type == "sector" and f.subject.startswith("project/")]
    assert (f.value, f.attrs["where"], f.confidence) == ("C31", "park", 0.6)


def test_unknown_stays_unknown():
    doc = process_text("实施华泰科技等亿元以上项目。", county_code="140824")
    assert not [f for f in doc.facts if f.type == "sector" and "华泰" in f.subject]


def test_the_shipped_rules_name_only_concepts_of_the_scheme():
    scheme = sectors.scheme()
    book = sector.rules()
    assert {r.sector for r in book.rules} <= set(scheme)
    assert len(book.rules) >= 30


HEAD = "[look_in]\nname = 0.9\nenterprise = 0.7\npark = 0.6\n"


@pytest.mark.parametrize("text, message", [
    (HEAD + '[[rule]]\nid = "x"\nsector = "SEI6"\nwrods = ["光伏"]\n', ':8: unknown key "wrods"'),
    (HEAD + '[[rule]]\nid = "x"\nsector = "solar"\nwords = ["光伏"]\n', ":7: rule x: no sector 'solar'"),
    (HEAD + '[[rule]]\nid = "x"\nsector = "SEI6"\nwords = ["光伏"]\n'
     '[[rule]]\nid = "y"\nsector = "C31"\nwords = ["光伏"]\n', ":12: the word '光伏' is in both x and y"),
    (HEAD.replace("0.9", "1.5"), ":2: look_in.name must lie between 0 and 1"),
    (HEAD + '[[rule]]\nid = "x"\nsector = "SEI6"\n', ":5: rule x: give `words` or `capacity`"),
])
def test_a_mistake_in_the_rule_file_is_named_with_its_line(tmp_path, text, message):
    path = tmp_path / "my-sector.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=message) as e:
        load(path)
    assert "my-sector.toml:" in str(e.value)


def test_a_user_rule_extends_the_sectors(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(HEAD + '[[rule]]\nid = "my.hops"\nsector = "agri-food"\nwords = ["啤酒花"]\nconfidence = 0.8\n',
                    encoding="utf-8")
    book = load(path)
    d = book.decide("啤酒花种植基地", "Project")
    assert (d.rule.id, d.word, book.confidence(d, "name")) == ("my.hops", "啤酒花", 0.8)


# ---- the scheme ---------------------------------------------------------------------

def test_the_scheme_conforms_to_the_shapes():
    conforms, report = validate(ONTOLOGY / "sectors.ttl")
    assert conforms, report


def test_a_broken_scheme_does_not_conform(tmp_path):
    text = (ONTOLOGY / "sectors.ttl").read_text(encoding="utf-8")
    broken = text.replace('"Coal chemicals"@en', '"Coal chemicals"@en , "焦化"@zh').replace(
        "sector:R89 a kg:Sector ;\n    skos:inScheme sector:scheme ;", "sector:R89 a kg:Sector ;")
    assert broken != text
    g = rdflib.Graph().parse(data=broken, format="turtle")
    for s in list(g.subjects(SKOS.notation, rdflib.Literal("06"))):
        g.remove((s, rdflib.URIRef("http://purl.org/dc/terms/source"), None))
    path = tmp_path / "sectors.ttl"
    g.serialize(path, format="turtle")
    conforms, report = validate(path)
    assert not conforms
    assert "one skos:prefLabel in Chinese and one in English" in report
    assert "in the county-kg sector scheme" in report
    assert "names its source" in report


def test_every_concept_has_labels_definitions_and_a_source():
    scheme = sectors.scheme()
    assert {"A", "T", "C31", "SEI6", "tourism", "agri-food"} <= set(scheme)
    assert sum(1 for s in scheme.values() if len(s.id) == 1) == 20  # the GB/T 4754-2017 sections
    assert sum(1 for s in scheme.values() if s.id.startswith("SEI")) == 8
    for s in scheme.values():
        assert s.zh and s.en and s.definition_zh and s.definition_en and s.sources, s.id
        assert s.section().broader is None
    assert sectors.get("C31").section().id == "C"


def test_the_package_reads_the_scheme_of_the_ontology():
    assert sectors.scheme_file().read_bytes() == (ONTOLOGY / "sectors.ttl").read_bytes()


def test_the_scheme_holds_what_an_rdf_reader_finds_in_the_file():
    """kg.sectors reads the Turtle with pyoxigraph (fast to load); every concept, label,
    definition, notation, broader concept and source is what rdflib reads in the same file."""
    from rdflib.namespace import DCTERMS, RDF

    from kg.vocab import KG

    g = rdflib.Graph().parse(sectors.scheme_file(), format="turtle")
    concepts = set(g.subjects(RDF.type, KG.Sector))
    scheme = sectors.scheme()
    assert {s.iri for s in scheme.values()} == {str(c) for c in concepts}
    for c in concepts:
        s = scheme[str(c).removeprefix(sectors.SECTOR)]
        labels = {lit.language: str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        definitions = {lit.language: str(lit) for lit in g.objects(c, SKOS.definition)}
        assert (s.zh, s.en) == (labels["zh"], labels["en"])
        assert (s.definition_zh, s.definition_en) == (definitions["zh"], definitions["en"])
        assert s.notation == str(g.value(c, SKOS.notation))
        broader = g.value(c, SKOS.broader)
        assert s.broader == (str(broader).removeprefix(sectors.SECTOR) if broader is not None else None)
        assert s.sources == tuple(sorted(str(x) for x in g.objects(c, DCTERMS.source)))
        assert type(s.zh) is str and type(s.notation) is str  # plain strings, not rdflib terms
