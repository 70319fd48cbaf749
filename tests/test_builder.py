"""builder: a corpus is streamed; documents spilled to disk give the same graph."""
import pyoxigraph as ox

import kg
from kg import builder


def quads(build):
    return set(ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG))


def test_documents_spilled_to_disk_give_the_same_graph(seeds_dir, tmp_path, monkeypatch):
    kg.build([seeds_dir], tmp_path / "memory")
    spilled = []
    put = builder.Spool.put

    def watch(self, doc):
        put(self, doc)
        spilled.append(isinstance(self.items[-1], type(tmp_path)))

    monkeypatch.setattr(builder.Spool, "budget", 1)  # nothing fits: every document goes to disk
    monkeypatch.setattr(builder.Spool, "put", watch)
    kg.build([seeds_dir], tmp_path / "disk")
    assert spilled and all(spilled)
    assert quads(tmp_path / "disk") == quads(tmp_path / "memory")
    assert (tmp_path / "disk" / "graph.html").read_bytes() == (tmp_path / "memory" / "graph.html").read_bytes()
    assert not (tmp_path / "disk" / ".documents").exists()


def test_prefixes_are_declared_once_and_the_union_parses(seed_build):
    for name in ("graph.ttl", "graph.trig"):
        text = (seed_build / name).read_text(encoding="utf-8")
        assert text.count("@prefix kg: ") == 1, name
    union = {q.triple for q in ox.parse(path=str(seed_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    assert union == {q.triple for q in quads(seed_build)}


def test_what_a_build_learns_across_documents_is_kept_on_disk_and_removed(seeds_dir, tmp_path, monkeypatch):
    """Entities and the page's data live in SQLite files beside the output while it is built, not in memory."""
    from kg import explorer, link

    seen = []
    linker_init, explorer_init = link.Linker.__init__, explorer.Explorer.__init__

    def linker_on_disk(self, path=None):
        seen.append(("linker", path))
        linker_init(self, path)

    def explorer_on_disk(self, path=None):
        seen.append(("explorer", path))
        explorer_init(self, path)

    monkeypatch.setattr(link.Linker, "__init__", linker_on_disk)
    monkeypatch.setattr(explorer.Explorer, "__init__", explorer_on_disk)
    summary = kg.build([seeds_dir], tmp_path / "b")
    assert {kind for kind, path in seen if path is not None} == {"linker", "explorer"}
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [".county-kg-build", "graph.html", "graph.trig", "graph.ttl", "merge-log.txt", "summary.json"]
    assert summary["classes"]["Project"] > 100


def test_entity_table_reads_labels_and_forms_in_key_order():
    from conftest import process_text
    from kg import link

    a = process_text("山西晋鑫钢铁有限公司投资建设转炉项目。", name="a.txt")
    b = process_text("晋鑫钢铁年产100万吨棒材项目投产。宏泰化工有限公司建设氯碱项目。", name="b.txt")
    linker = link.Linker()
    linker.add(a)
    linker.add(b)
    table = linker.entities()
    keys = list(table)
    assert keys == sorted(keys) and len(table) == len(keys) >= 4
    steel = next(e for e in table.values() if e.label == "山西晋鑫钢铁有限公司")
    assert table[steel.key] == steel
    assert steel.aliases == {"晋鑫钢铁"} and steel.attrs["folds"]
    assert table.classes()["Enterprise"] == 2
    assert list(table.select(["missing/x", steel.key])) == [steel.key]


def _modules_after_build(inputs: list, out) -> set[str]:
    """The top-level packages a whole `kg build` process has imported when it is done."""
    import subprocess
    import sys

    code = f"""
import sys
from kg.cli import main
try:
    main(["build", *{[str(p) for p in inputs]!r}, "--out", {str(out)!r}, "--quiet"])
except SystemExit as e:
    assert not e.code, e.code
print(" ".join(sorted({{m.split(".")[0] for m in sys.modules}})))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(run.stdout.split())


def test_a_build_loads_only_what_it_uses(seeds_dir, tmp_path):
    """The page takes vis-network's files from pyvis without importing pyvis (which imports
    IPython and jinja2); the graph files and the page are written all the same. The numerals
    come from cn2an's table (kg.amount.numerals), a quiet build shows nothing through rich,
    a serial build starts no process pool, and the graph is written through Oxigraph
    without rdflib (kg.vocab's IRIs are strings). The cached tables of jieba's words and of
    cn2an's numerals are found by their files, not by the packages' versions through
    importlib.metadata (which imports email, csv and more), and jieba's log level is set only
    where jieba itself is loaded (logging is not imported)."""
    from kg.amount import numerals

    numerals()  # made once per user (its first build loads cn2an to make it)
    loaded = _modules_after_build([seeds_dir / "004_b08c6b5019f37984.txt"], tmp_path / "out")
    assert {"kg", "rjieba", "pyoxigraph"} <= loaded
    assert not loaded & {"pyvis", "IPython", "jinja2", "jieba", "cn2an", "proces", "rich", "concurrent", "rdflib",
                         "opencc", "email", "logging"}
    assert "vis.DataSet" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")


def test_the_collector_is_spared_during_a_build_and_set_back_after(seeds_dir, tmp_path, monkeypatch):
    import gc

    seen = []
    write = builder._write

    def watch(*args):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return write(*args)

    monkeypatch.setattr(builder, "_write", watch)
    before = gc.get_threshold()
    kg.build([seeds_dir], tmp_path / "out")
    assert seen == [((max(before[0], builder.YOUNG_OBJECTS), *before[1:]), True)]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_build_leaves_the_garbage_collector_as_it_found_it(seeds_dir, tmp_path):
    """The build freezes what is loaded and collects young objects less often while it runs
    (kg.builder._collector_spared); the caller's process gets its own settings back, even
    when the build fails."""
    import gc

    import kg
    from kg.errors import KgError

    before = gc.get_threshold()
    kg.build([seeds_dir / "004_b08c6b5019f37984.txt"], tmp_path / "out")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "a.txt").write_bytes(b"")
    try:
        kg.build([tmp_path / "empty"], tmp_path / "out2")
    except KgError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_first_build_in_a_process_freezes_what_it_loads_only_while_it_runs(seeds_dir, tmp_path):
    """kg.build freezes the modules it imports on its first call (so the collector does not
    walk them as young objects), and nothing stays frozen afterwards, even when the build
    fails before it begins."""
    import subprocess
    import sys

    code = f"""
import gc, kg
from kg.errors import KgError
try:
    kg.build([{str(tmp_path / 'missing')!r}], {str(tmp_path / 'out1')!r})
except KgError:
    pass
print(gc.get_freeze_count(), gc.isenabled())
kg.build([{str(seeds_dir / '004_b08c6b5019f37984.txt')!r}], {str(tmp_path / 'out2')!r})
print(gc.get_freeze_count(), gc.isenabled())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "True", "0", "True"]


def test_a_build_leaves_a_host_s_frozen_objects_frozen(seeds_dir, tmp_path):
    """A program that froze its own objects (gc.freeze, as pre-forking servers do) before
    calling kg.build finds them still frozen afterwards: the build thaws only what it froze."""
    import subprocess
    import sys

    code = f"""
import gc
kept = [[i] for i in range(1000)]
gc.freeze()
before = gc.get_freeze_count()
import kg
kg.build([{str(seeds_dir / '004_b08c6b5019f37984.txt')!r}], {str(tmp_path / 'out1')!r})
kg.build([{str(seeds_dir / '004_b08c6b5019f37984.txt')!r}], {str(tmp_path / 'out2')!r})
print(gc.get_freeze_count() > before // 2 > 0)  # (a few frozen objects may die meanwhile)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True"]


# an invented report passage in traditional characters, and the same in simplified ones
TRADITIONAL = "平遙縣堅持工業強縣戰略，華豐電子科技有限公司投資5億元建設智能終端產業園項目。"
SIMPLIFIED = "平遥县坚持工业强县战略，华丰电子科技有限公司投资5亿元建设智能终端产业园项目。"


def test_a_big5_report_in_traditional_characters_is_read_and_said_so(tmp_path):
    """A Big5 file (a report reposted on a Hong Kong or Taiwan page) gets its county and
    names in simplified characters, and the build says it read the file that way."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "report.txt").write_bytes(("\n".join([TRADITIONAL] * 3) + "\n").encode("big5"))
    summary = kg.build([inputs], tmp_path / "out")
    assert any("report.txt: written in traditional characters" in w for w in summary["warnings"])
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert 'rdfs:label "平遥县"@zh' in turtle and 'rdfs:label "华丰电子科技有限公司"@zh' in turtle
    # the evidence's quote selector quotes the file as it is written
    assert 'oa:exact "華豐電子科技有限公司"' in turtle and "rdfs:label \"華豐" not in turtle
