"""The ordered stages and the loop that runs them over a corpus.

Each per-document stage is a function `stage(doc) -> doc` registered by name
in `STAGES`; a user can replace or insert one (like spaCy components)::

    from kg import pipeline
    pipeline.STAGES["recognize"] = my_recognizer

Linking across documents (`link.Linker`) collects each document as it comes
out of these stages; kg/builder.py runs it.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from kg import link, normalize, recognize, relate, segment
from kg.document import Document

Stage = Callable[[Document], Document]

STAGES: dict[str, Stage] = {
    "normalize": normalize.normalize,
    "segment": segment.segment,
    "recognize": recognize.recognize,
    "link": link.link,
    "relate": relate.relate,
}


class Timings(defaultdict):
    """Seconds spent per stage, summed over documents."""

    def __init__(self):
        super().__init__(float)


def process(doc: Document, timings: Timings | None = None) -> Document:
    """Run every per-document stage on `doc`, in order."""
    for name, stage in STAGES.items():
        t0 = time.perf_counter()
        doc = stage(doc)
        if timings is not None:
            timings[name] += time.perf_counter() - t0
    return doc
