"""The RDF vocabulary of county-kg: namespaces and IRIs, defined once.

The IRIs are plain strings here (`NAMESPACES`, `CLASS_IRIS`, `PROPERTY_IRIS`,
`entity_id`, ...): a build writes them through Oxigraph and never needs rdflib,
whose import is a twentieth of a second of every `kg build`. The same names as
rdflib terms (`KG`, `KGR`, `OA`, `SCHEMA`, `SECTOR`, `PREFIXES`, `CLASSES`,
`PROPERTIES`, `entity_iri`, `document_iri`, `graph_iri`) are made from them the
first time they are asked for, for code that works with rdflib graphs.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

# prefix -> namespace IRI (rdf ... owl are rdflib's own namespaces, tests/test_vocab.py checks they agree)
NAMESPACES = {
    "kg": "https://w3id.org/county-kg/ontology#", "kgr": "https://w3id.org/county-kg/id/",
    "oa": "http://www.w3.org/ns/oa#", "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#", "schema": "https://schema.org/",
    "sector": "https://w3id.org/county-kg/sector/",  # the concepts of ontology/sectors.ttl
}
KG_NS, KGR_NS, OA_NS, SECTOR_NS, SCHEMA_NS = (NAMESPACES[p] for p in ("kg", "kgr", "oa", "sector", "schema"))
RDF_NS, RDFS_NS, SKOS_NS, XSD_NS = (NAMESPACES[p] for p in ("rdf", "rdfs", "skos", "xsd"))
DCTERMS_NS, PROV_NS = NAMESPACES["dcterms"], NAMESPACES["prov"]

CLASS_IRIS = {name: KG_NS + name for name in ("County", "Region", "Enterprise", "Project", "Park", "Strategy")}

# Fact type -> property. `investment` and `capacity` have literal objects; the
# object of `status` is a kg:ProjectStatus and that of `sector` a kg:Sector concept.
PROPERTY_IRIS = {
    "undertakenBy": KG_NS + "undertakenBy", "locatedInPark": KG_NS + "locatedInPark", "locatedIn": KG_NS + "locatedIn",
    "implements": KG_NS + "implements", "partOf": KG_NS + "partOf", "investment": KG_NS + "investmentCNY",
    "capacity": KG_NS + "capacity", "status": KG_NS + "status", "sector": KG_NS + "sector",
    "investmentInCurrency": KG_NS + "investmentInCurrency",
}

# Project status: a small controlled vocabulary (individuals of kg:ProjectStatus).
STATUSES = ("Planned", "Started", "UnderConstruction", "Completed")

# the rdflib forms, made on first use (PEP 562)
_RDFLIB_NAMES = ("KG", "KGR", "OA", "SCHEMA", "SECTOR", "PREFIXES", "CLASSES", "PROPERTIES")


def __getattr__(name: str):
    if name not in _RDFLIB_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib import Namespace, URIRef
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

    own = {p: Namespace(NAMESPACES[p]) for p in ("kg", "kgr", "oa", "schema", "sector")}
    made = {
        "KG": own["kg"], "KGR": own["kgr"], "OA": own["oa"], "SCHEMA": own["schema"], "SECTOR": own["sector"],
        "PREFIXES": {"kg": own["kg"], "kgr": own["kgr"], "oa": own["oa"], "prov": PROV, "dcterms": DCTERMS,
                     "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "owl": OWL, "schema": own["schema"],
                     "sector": own["sector"]},
        "CLASSES": {name: URIRef(iri) for name, iri in CLASS_IRIS.items()},
        "PROPERTIES": {name: URIRef(iri) for name, iri in PROPERTY_IRIS.items()},
    }
    globals().update(made)  # made once: later look-ups find them as plain module attributes
    return made[name]


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in NAMESPACES.items())


def digest(*parts: object) -> str:
    """12 hex digits of the SHA-1 of the parts (each as `str` gives it) joined by U+001F."""
    return digest_text("\x1f".join(map(str, parts)))


def digest_text(text: str, _sha1=hashlib.sha1) -> str:
    """`digest`'s hash of the parts already joined: a caller that makes thousands of keys
    (assemble: two per annotation) joins them in one f-string, `f"{a!s}\x1f{b!s}"`, for
    half the cost of packing and mapping them (tests/test_vocab.py checks they agree)."""
    # (surrogatepass: a lone surrogate of an undecodable file name still hashes, to its own value)
    return _sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@lru_cache(maxsize=1 << 16)
def entity_id(key: str) -> str:
    """county/140824 -> kgr:county/140824; project/<name> -> kgr:project/<12 hex>, as a string.
    (Remembered: the graph and the page ask for the same entities again and again.)"""
    kind, _, rest = key.partition("/")
    if kind in ("county", "region"):
        return f"{KGR_NS}{kind}/{rest}"
    return f"{KGR_NS}{kind}/{digest(key)}"


def document_id(doc_id: str) -> str:
    return f"{KGR_NS}doc/{iri_path(doc_id)}"


def graph_id(doc_id: str) -> str:
    return f"{KGR_NS}graph/{iri_path(doc_id)}"


def entity_iri(key: str):
    """`entity_id` as an rdflib URIRef."""
    from rdflib import URIRef

    return URIRef(entity_id(key))


def document_iri(doc_id: str):
    from rdflib import URIRef

    return URIRef(document_id(doc_id))


def graph_iri(doc_id: str):
    from rdflib import URIRef

    return URIRef(graph_id(doc_id))


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
