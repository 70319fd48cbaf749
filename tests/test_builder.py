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
