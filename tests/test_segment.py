"""segment: sentence spans and jieba tokens over the normalized text."""
from kg.document import Document
from kg.normalize import normalize
from kg.segment import MAX_SENTENCE, segment


def doc_of(text):
    return segment(normalize(Document(path=__import__("pathlib").Path("t.txt"), raw=text)))


def test_sentences_end_at_terminal_punctuation_and_paragraphs():
    doc = doc_of("实施工业强县战略。建设平遥经济技术开发区！\n一、主要任务\n推进项目；加快发展")
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [
        "实施工业强县战略。", "建设平遥经济技术开发区！", "一、主要任务", "推进项目；", "加快发展"]


def test_tokens_lie_inside_sentences_and_keep_lexicon_words_whole():
    doc = doc_of("建设平遥经济技术开发区和古陶物流园，总投资12亿元。")
    words = [doc.text[s:e] for s, e in doc.tokens]
    assert "经济技术开发区" in words and "总投资" in words
    spans = [(s.start, s.end) for s in doc.sentences]
    assert all(any(a <= s and e <= b for a, b in spans) for s, e in doc.tokens)


def test_overlong_runs_are_cut():
    doc = doc_of("发展" * 1000)
    assert all(s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    assert doc.sentences[0].start == 0 and doc.sentences[-1].end == len(doc.text)


def test_segmenter_cuts_the_tokens_jieba_cuts():
    """jieba-rs is used for speed; it must not change a single token of the seeds."""
    from pathlib import Path

    from kg.lexicon import jieba_tokenizer as tokenizer
    from kg.read import read

    tok = tokenizer()
    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        doc = segment(normalize(read(path)))
        expected = [(s.start + a, s.start + b) for s in doc.sentences
                    for _, a, b in tok.tokenize(doc.text[s.start:s.end], HMM=False)]
        assert doc.tokens == expected, path.name


def test_a_long_text_keeps_its_tokens_packed_and_finds_the_same_names(monkeypatch):
    import kg.document
    from kg import pipeline
    from pathlib import Path

    from kg.document import Document

    text = (Path(__file__).parent.parent / "seeds").glob("000_*.txt").__next__().read_text(encoding="utf-8")

    def found(threshold):
        monkeypatch.setattr(kg.document, "COMPACT_TOKENS_ABOVE", threshold)
        doc = pipeline.process(Document(path=Path("x.txt"), raw=text))
        return [(m.type, m.text, m.start, m.end, m.rule) for m in doc.mentions], [(f.type, f.subject, f.object, f.start) for f in doc.facts]

    listed, packed = found(10**9), found(0)
    assert packed == listed and len(listed[0]) > 50


def test_packed_tokens_read_like_a_list_of_pairs():
    import bisect

    from kg.document import Edges, Tokens, split_tokens

    pairs = [(0, 2), (2, 3), (3, 7)]
    t = Tokens(pairs)
    assert list(t) == pairs and len(t) == 3 and t[1] == (2, 3) and t[-1] == (3, 7) and t[1:] == pairs[1:]
    assert bisect.bisect_left(t, (2, 2)) == bisect.bisect_left(pairs, (2, 2)) == 1
    assert list(split_tokens(t, [(2, 5)])) == split_tokens(pairs, [(2, 5)]) == [(0, 2), (2, 3), (3, 5), (5, 7)]
    edges = Edges(7, [0, 2, 3])
    assert 2 in edges and 4 not in edges and 99 not in edges and -1 not in edges
    assert list(edges) == [0, 2, 3] and len(edges) == 3 and not Edges(3)


def test_a_view_with_tokens_cut_has_the_edges_its_tokens_give(monkeypatch):
    # the edges carried over from the document with the cuts added are those made from the view's
    # own tokens, for a list of pairs and for packed tokens; the document's own are not touched
    import copy

    from kg import document

    for compact in (False, True):
        monkeypatch.setattr(document, "COMPACT_TOKENS_ABOVE", 0 if compact else 10**9)
        doc = doc_of("建设殡仪馆和技工学校，实施工业强县战略。")
        assert isinstance(doc.tokens, document.Tokens) == compact
        before = tuple(set(e) for e in doc.token_edges())
        cuts = [(i, s + 1) for i, (s, e) in enumerate(doc.tokens) if e - s > 1][:3]
        assert len(cuts) == 3
        view = doc.with_tokens_cut(cuts)
        carried = tuple(set(e) for e in view.token_edges())
        fresh = copy.copy(view)
        fresh.__dict__.pop("_edges", None)  # (a copy leaves derived edges behind: made anew)
        assert carried == tuple(set(e) for e in fresh.token_edges())
        assert carried != before and tuple(set(e) for e in doc.token_edges()) == before
        assert list(view.tokens) == list(document.split_tokens(list(doc.tokens), cuts))
        # a document whose edges were not made gives a view that makes its own
        other = doc_of("建设殡仪馆和技工学校。")
        other.__dict__.pop("_edges", None)
        view = other.with_tokens_cut([(0, 1)])
        assert "_edges" not in view.__dict__ and {0, 1} <= set(view.token_edges()[0])


def test_sentence_at_finds_the_sentence_of_every_offset_and_none_between():
    doc = doc_of("实施工业强县战略。  建设平遥经济技术开发区！\n推进项目")
    for offset in range(-1, len(doc.text) + 2):
        inside = [i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end]
        assert doc.sentence_at(offset) == (inside[0] if inside else -1)


def test_sentence_at_follows_new_sentences():
    from kg.document import Sentence

    doc = doc_of("实施工业强县战略。建设开发区！")
    assert doc.sentence_at(10) == 1
    doc.sentences = [Sentence(0, 5)]  # a stage that cuts the sentences again: its list is read
    assert doc.sentence_at(10) == -1 and doc.sentence_at(2) == 0
    doc.sentences.append(Sentence(5, 15))  # ... and so is one it extends in place
    assert doc.sentence_at(10) == 1


def test_tokens_are_the_spans_jieba_rs_tokenize_gives_even_beyond_the_basic_plane():
    from kg.lexicon import segmenter

    text = "建设𠀀𠀁平遥😀经济技术开发区 abc 12.5亿元。é́ café 测试🇨🇳中国"
    doc = doc_of(text)
    expected = [(s.start + a, s.start + b) for s in doc.sentences
                for _, a, b in segmenter().tokenize(doc.text[s.start : s.end], "default", False)]
    assert list(doc.tokens) == expected and len(expected) > 10


def test_the_token_edges_segment_leaves_are_those_the_tokens_give():
    import copy

    for text in ("建设殡仪馆和技工学校，实施工业强县战略。\n\n  推进项目；加快发展", "", "。", "甲"):
        doc = doc_of(text)
        made = copy.copy(doc)  # (a copy leaves derived edges behind: made anew from the tokens)
        assert "_edges" not in made.__dict__
        assert doc.token_edges() == ({s for s, _ in doc.tokens}, {e for _, e in doc.tokens}) == made.token_edges()
