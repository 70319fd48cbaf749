"""segment: sentences and jieba tokens over the normalized text.

A sentence ends at 。！？；(and their ASCII forms) or a paragraph break. Very
long runs without any of them (tables, hostile input) are cut at a comma or,
failing that, every `MAX_SENTENCE` characters, so that later rules always work
on bounded spans.
"""
from __future__ import annotations

from itertools import accumulate, chain, islice

from kg import document, regex_cache
from kg.document import Document, Sentence, token_pairs
from kg.lexicon import segmenter

MAX_SENTENCE = 400
_END = regex_cache.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
_SOFT = regex_cache.compile(r"[，,：:]")


def segment(doc: Document) -> Document:
    doc.sentences = list(sentences(doc.text))
    runs = _token_ends(doc.text, doc.sentences)
    packed = len(doc.text) > document.COMPACT_TOKENS_ABOVE  # (packed tokens are read as they come)
    if not packed:
        runs = list(runs)  # (read twice: for the tokens and for their edges)
    doc.tokens = token_pairs(chain.from_iterable(zip(ends, islice(ends, 1, None)) for ends in runs), len(doc.text))
    if packed:
        return doc
    # the token edges the rules ask for (Document.token_edges), from the same offsets: where each
    # sentence's tokens begin and end, without making them again from the pairs
    starts, stops = set(), set()
    for ends in runs:
        starts.update(islice(ends, len(ends) - 1))
        stops.update(islice(ends, 1, None))
    doc.__dict__["_edges"] = (doc.tokens, starts, stops)
    return doc


def _token_ends(text: str, spans):
    """For each sentence, the offsets where its tokens begin and the last one ends: jieba's
    words (cut, as `tokenize` cuts them, without its tuples) laid end to end from its start."""
    cut = segmenter().cut
    for s in spans:
        yield list(accumulate(map(len, cut(text[s.start : s.end], False)), initial=s.start))


def sentences(text: str):
    start = 0
    for m in _END.finditer(text):
        yield from _bounded(text, start, m.end())
        start = m.end()
    yield from _bounded(text, start, len(text))


def _bounded(text: str, start: int, end: int):
    """Strip whitespace at both ends; cut overlong spans at a soft break."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        soft = [m.end() for m in _SOFT.finditer(text, start + MAX_SENTENCE // 2, cut)]
        cut = soft[-1] if soft else cut
        yield Sentence(start, cut)
        start = cut
    if end > start:
        yield Sentence(start, end)
