"""segment: sentences and jieba tokens over the normalized text.

A sentence ends at 。！？；(and their ASCII forms) or a paragraph break. Very
long runs without any of them (tables, hostile input) are cut at a comma or,
failing that, every `MAX_SENTENCE` characters, so that later rules always work
on bounded spans.
"""
from __future__ import annotations

import re

from array import array

from kg.document import Document, Sentence, token_list
from kg.lexicon import segmenter

MAX_SENTENCE = 400
_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
_SOFT = re.compile(r"[，,：:]")


def segment(doc: Document) -> Document:
    doc.sentences = list(sentences(doc.text))
    seg = segmenter()
    flat = array("q")
    for s in doc.sentences:
        for _, start, end in seg.tokenize(doc.text[s.start : s.end], "default", False):
            flat.extend((s.start + start, s.start + end))
    doc.tokens = token_list(flat, len(doc.text))
    return doc


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
