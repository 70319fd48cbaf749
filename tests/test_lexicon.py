"""lexicon: the compact table answers what jieba's own dictionaries answer, word for word."""
import random
import re
from pathlib import Path

import pytest

from kg import lexicon

ROOT = Path(__file__).resolve().parent.parent


def sample_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "dev-ext" / "texts").glob("*.txt"))]
    return texts


@pytest.fixture(scope="module")
def jieba_reference():
    import jieba.posseg

    return lexicon.jieba_tokenizer(), jieba.posseg.dt.word_tag_tab


def words_of(texts, rng, n):
    found = set()
    for text in texts:
        for m in re.finditer(r"[\u4e00-\u9fff]{1,6}", text):
            w = m.group()
            found.update(w[i:j] for i in range(len(w)) for j in range(i + 1, min(len(w), i + 5) + 1))
    return rng.sample(sorted(found), min(n, len(found)))


def test_frequencies_tags_and_cuts_are_jiebas(jieba_reference):
    tok, tags = jieba_reference
    words = lexicon.tokenizer()
    rng = random.Random(7)
    texts = sample_texts()
    candidates = words_of(texts, rng, 20000) + [w for w, _, _ in lexicon.lexicon_words()]
    for w in candidates:
        assert words.FREQ.get(w, 0) == tok.FREQ.get(w, 0), w
        assert words.FREQ.get(w, 1) == tok.FREQ.get(w, 1), w
        expected_tag = tags.get(w) if tok.FREQ.get(w) else None
        assert lexicon.word_tag(w) == expected_tag, w
    assert words.total == tok.total
    for text in texts:
        for chunk in re.split(r"[。！？\n]", text)[:300]:
            assert words.lcut(chunk, HMM=False) == tok.lcut(chunk, HMM=False), chunk


def test_added_words_get_jiebas_frequency(jieba_reference):
    tok, _ = jieba_reference
    for w in ("高标准农田建设示范区", "晋鑫泰丰"):
        lexicon.add_words([w])
        assert lexicon.tokenizer().FREQ.get(w) == tok.FREQ.get(w) > 0
        assert lexicon.tokenizer().total == tok.total
        assert w in lexicon.segmenter().cut(f"推进{w}建设", False)


def test_the_build_never_loads_jiebas_python_dictionaries(tmp_path):
    """A whole build in a fresh process: neither jieba.initialize() nor jieba.posseg runs."""
    import subprocess
    import sys

    code = f"""
import sys, kg
kg.build([{str(ROOT / 'seeds' / '004_b08c6b5019f37984.txt')!r}], {str(tmp_path / 'out')!r})
import jieba
print('posseg' in ''.join(sys.modules), jieba.dt.initialized)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_the_word_table_is_read_from_a_folder_whose_name_has_uri_characters(tmp_path):
    # a cache folder named with #, ? or % (XDG_CACHE_HOME is the user's): SQLite opens the
    # table by a URI, where those characters would cut the path short
    import shutil

    import rjieba

    folder = tmp_path / "cache #1 ?x %20"
    folder.mkdir()
    copy = folder / "words.sqlite"
    shutil.copy(lexicon.table_path(), copy)
    words = lexicon.Words(copy, rjieba)
    assert words.total == lexicon.Words(lexicon.table_path(), rjieba).total and words.FREQ.get("发展", 0) > 0


def test_a_cached_table_is_keyed_by_the_files_it_is_made_from(tmp_path):
    """Another dict.txt (another size, or the same file written again) is another table's
    file; the same file gives the same key in every process."""
    import os

    source = tmp_path / "dict.txt"
    source.write_text("发展 100 v\n", encoding="utf-8")
    written = source.stat().st_mtime_ns
    key = lexicon.files_key([source])
    assert lexicon.files_key([source]) == key and len(key) == 12
    os.utime(source, ns=(written, written + 1_000_000_000))  # written again, the same words
    assert lexicon.files_key([source]) != key
    source.write_text("发展 1000 v\n", encoding="utf-8")
    os.utime(source, ns=(written, written))  # other words, at the same time
    assert lexicon.files_key([source]) != key
    assert lexicon.table_path().name == f"jieba-words-{lexicon.files_key([lexicon._jieba_dict()])}-{lexicon.TABLE_FORMAT}.sqlite"


def test_the_same_release_installed_in_two_environments_shares_one_table(tmp_path):
    """Two virtual environments with the same jieba release (files written at other times) give the
    same key, so the cache folder holds one table, not one per environment; another release another."""
    import os

    keys = []
    for env, release in (("env1", "0.42.1"), ("env2", "0.42.1"), ("env3", "0.43.0")):
        site = tmp_path / env / "site-packages"
        (site / "jieba").mkdir(parents=True)
        (site / f"jieba-{release}.dist-info").mkdir()
        source = site / "jieba" / "dict.txt"
        source.write_text("发展 100 v\n", encoding="utf-8")
        os.utime(source, ns=(1, len(keys) * 1_000_000_000))
        keys.append(lexicon.files_key([source]))
    assert keys[0] == keys[1] != keys[2]
