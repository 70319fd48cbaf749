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
