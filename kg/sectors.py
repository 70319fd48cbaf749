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
    import rdflib
    from rdflib.namespace import DCTERMS, RDF, SKOS

    from kg.vocab import KG

    g = rdflib.Graph().parse(scheme_file(), format="turtle")
    concepts: dict[str, Sector] = {}
    for iri in g.subjects(RDF.type, KG.Sector):
        labels = {lit.language: str(lit) for lit in g.objects(iri, SKOS.prefLabel)}
        definitions = {lit.language: str(lit) for lit in g.objects(iri, SKOS.definition)}
        broader = g.value(iri, SKOS.broader)
        concepts[_id(iri)] = Sector(
            id=_id(iri), notation=str(g.value(iri, SKOS.notation)), zh=labels.get("zh", ""), en=labels.get("en", ""),
            definition_zh=definitions.get("zh", ""), definition_en=definitions.get("en", ""),
            broader=_id(broader) if broader is not None else None,
            sources=tuple(sorted(str(s) for s in g.objects(iri, DCTERMS.source))),
        )
    return dict(sorted(concepts.items(), key=lambda kv: _order(kv[1], concepts)))


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
