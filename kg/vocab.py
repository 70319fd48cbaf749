"""The RDF vocabulary of county-kg: namespaces and IRIs, defined once."""
from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/county-kg/ontology#")
KGR = Namespace("https://w3id.org/county-kg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
SECTOR = Namespace("https://w3id.org/county-kg/sector/")  # the concepts of ontology/sectors.ttl

PREFIXES = {
    "kg": KG, "kgr": KGR, "oa": OA, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS,
    "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "owl": OWL, "schema": SCHEMA, "sector": SECTOR,
}

CLASSES = {"County": KG.County, "Region": KG.Region, "Enterprise": KG.Enterprise,
           "Project": KG.Project, "Park": KG.Park, "Strategy": KG.Strategy}

# Fact type -> property. `investment` and `capacity` have literal objects; the
# object of `status` is a kg:ProjectStatus and that of `sector` a kg:Sector concept.
PROPERTIES = {
    "undertakenBy": KG.undertakenBy, "locatedInPark": KG.locatedInPark, "locatedIn": KG.locatedIn,
    "implements": KG.implements, "partOf": KG.partOf, "investment": KG.investmentCNY, "capacity": KG.capacity,
    "status": KG.status, "sector": KG.sector, "investmentInCurrency": KG.investmentInCurrency,
}

# Project status: a small controlled vocabulary (individuals of kg:ProjectStatus).
STATUSES = ("Planned", "Started", "UnderConstruction", "Completed")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def digest(*parts: object) -> str:
    # (surrogatepass: a lone surrogate of an undecodable file name still hashes, to its own value)
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:12]


@lru_cache(maxsize=1 << 16)
def entity_iri(key: str) -> URIRef:
    """county/140824 -> kgr:county/140824; project/<name> -> kgr:project/<12 hex>.
    (Remembered: the graph and the page ask for the same entities again and again.)"""
    kind, _, rest = key.partition("/")
    if kind in ("county", "region"):
        return KGR[f"{kind}/{rest}"]
    return KGR[f"{kind}/{digest(key)}"]


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"doc/{iri_path(doc_id)}"]


def graph_iri(doc_id: str) -> URIRef:
    return KGR[f"graph/{iri_path(doc_id)}"]


def iri_path(name: str) -> str:
    """A document id (a file's path relative to the inputs' root, `/`-separated) as IRI path
    segments, percent-encoded per RFC 3987: letters of any script stay as they are
    (`doc/稷山县报告`); space, quotes, `<>{}|\\^`, `#`, `%`, `?`, controls and the other
    delimiters become %XX of their UTF-8 bytes, so any file name gives a valid, stable
    IRI. A lone surrogate (an undecodable byte of a file name) is encoded as that byte."""
    segments = []
    for segment in name.split("/"):
        if segment in ("", ".", ".."):
            segments.append("".join(f"%{b:02X}" for b in segment.encode()))  # never a dot segment a reader would fold
            continue
        segments.append("".join(c if _keeps(c) else _escape(c) for c in segment))
    return "/".join(segments)


def _keeps(c: str) -> bool:
    o = ord(c)
    if o < 0x80:
        return c.isalnum() or c in "-._~"
    return any(lo <= o <= hi for lo, hi in _UCSCHAR)


def _escape(c: str) -> str:
    try:
        data = c.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = c.encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in data)


# RFC 3987 ucschar: the non-ASCII characters an IRI may hold unencoded
_UCSCHAR = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF)) + tuple(
    (plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0001, 0x10000))
