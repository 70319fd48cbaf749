"""The sector scheme: the SKOS concepts of ontology/sectors.ttl as plain records.

A sector is a `kg:Sector` concept (GB/T 4754-2017 sections and the divisions
county reports use most, the strategic emerging industries of 2018, tourism).
The rules of kg/rules/sector.toml name concepts by their id (the last part of
the IRI: `SEI6`, `C31`, `agri-food`); assemble writes each concept a document
uses, with its labels and broader concepts, into that document's graph.

The scheme ships inside the package as kg/data/sectors.ttl (a link to the
ontology's file in a checkout), so an installed wheel reads the same concepts.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SECTOR = "https://w3id.org/county-kg/sector/"
SCHEME_IRI = SECTOR + "scheme"
UNKNOWN = "unknown"  # what comparisons call the things no rule could place

_HERE = Path(__file__).resolve().parent
_FILES = (_HERE / "data" / "sectors.ttl", _HERE.parent / "ontology" / "sectors.ttl")


@dataclass(frozen=True)
class Sector:
    id: str
    notation: str
    zh: str
    en: str
    definition_zh: str
    definition_en: str
    broader: str | None  # the id of the broader concept (a GB/T section), None for a top concept
    sources: tuple[str, ...]  # IRIs of the dcterms:source resources

    @property
    def iri(self) -> str:
        return SECTOR + self.id

    def section(self) -> "Sector":
        """The top concept above this one (itself for a top concept)."""
        s = self
        while s.broader is not None:
            s = scheme()[s.broader]
        return s

    def chain(self) -> list["Sector"]:
        """This concept and every broader one, narrowest first."""
        out, s = [self], self
        while s.broader is not None:
            s = scheme()[s.broader]
            out.append(s)
        return out


def scheme_file() -> Path:
    for path in _FILES:
        if path.is_file():
            return path
    raise FileNotFoundError("sectors.ttl not found in kg/data or ontology/")


@lru_cache(maxsize=1)
def scheme() -> dict[str, Sector]:
    """Every concept of the scheme by id, in the order of the file."""
    import pyoxigraph as ox  # (its Turtle parser: rdflib's takes several times longer to load and read)

    from kg.vocab import KG_NS

    values: dict[str, dict[str, list]] = {}  # subject -> predicate -> objects
    sector_class = KG_NS + "Sector"
    concepts_in_file = []
    for triple in ox.parse(path=str(scheme_file()), format=ox.RdfFormat.TURTLE):
        subject, predicate = triple.subject.value, triple.predicate.value
        values.setdefault(subject, {}).setdefault(predicate, []).append(triple.object)
        if predicate == _RDF_TYPE and triple.object.value == sector_class:
            concepts_in_file.append(subject)
    concepts: dict[str, Sector] = {}
    for iri in concepts_in_file:
        of = values[iri]
        labels = {lit.language: lit.value for lit in of.get(_SKOS + "prefLabel", ())}
        definitions = {lit.language: lit.value for lit in of.get(_SKOS + "definition", ())}
        broader = of.get(_SKOS + "broader", [None])[0]
        notation = of.get(_SKOS + "notation", [None])[0]
        concepts[_id(iri)] = Sector(
            id=_id(iri), notation=notation.value if notation is not None else "None",
            zh=labels.get("zh", ""), en=labels.get("en", ""),
            definition_zh=definitions.get("zh", ""), definition_en=definitions.get("en", ""),
            broader=_id(broader.value) if broader is not None else None,
            sources=tuple(sorted(s.value for s in of.get(_DCTERMS + "source", ()))),
        )
    return dict(sorted(concepts.items(), key=lambda kv: _order(kv[1], concepts)))


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"


def get(sector_id: str) -> Sector:
    try:
        return scheme()[sector_id]
    except KeyError:
        raise KeyError(f"no sector {sector_id!r} in {scheme_file().name}") from None


def _id(iri) -> str:
    return str(iri).removeprefix(SECTOR)


def _order(s: Sector, concepts: dict[str, Sector]) -> tuple:
    """GB/T sections A..T with their divisions, then the emerging industries, then tourism."""
    top = s
    while top.broader is not None:
        top = concepts[top.broader]
    group = 0 if len(top.id) == 1 else (1 if top.id.startswith("SEI") else 2)
    return (group, top.id, s.broader is not None, s.notation)
