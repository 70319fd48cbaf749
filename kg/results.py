"""results: the answers of a SPARQL query, typed, and their conversions.

A `Result` holds the query's columns and rows of Python values: `int` for
xsd:integer (and its subtypes), `Decimal` for xsd:decimal, `float` for
xsd:double/float, `datetime.date` / `datetime.datetime` for xsd:date/dateTime,
`bool`, `str` for strings and labels (the language tag is kept on the term),
`rdflib.URIRef` for IRIs and `rdflib.BNode` for blank nodes. The original RDF
terms are kept beside them, so `.to_rdflib()` gives back exactly what the
store answered. pandas is optional (`pip install 'county-kg[pandas]'`).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
                                "unsignedShort", "unsignedByte")}


def _boolean(value: str) -> bool:
    return value in ("true", "1")


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


# datatype IRI -> the Python type of its values; a datatype not here stays a string
_CONVERT = {**dict.fromkeys(_INTEGERS, int), XSD + "decimal": Decimal, XSD + "double": float, XSD + "float": float,
            XSD + "boolean": _boolean, XSD + "date": _date, XSD + "dateTime": _datetime}


def literal_value(value: str, datatype: str):
    """A literal's lexical form and datatype IRI as a Python value (an ill-typed literal stays as written)."""
    convert = _CONVERT.get(datatype)
    if convert is None:
        return value
    try:
        return convert(value)
    except (ValueError, InvalidOperation):
        return value


def to_python(term):
    """One RDF term (Oxigraph) as a Python value; unknown datatypes stay strings."""
    if term is None or isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return to_rdflib_term(term)
    if not isinstance(term, ox.Literal):
        return str(term)  # an RDF-star triple term
    return literal_value(term.value, term.datatype.value)


def _json_cell(cell: dict | None):
    """One cell of a SPARQL JSON result (a binding) as the Python value `to_python` gives its term."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "literal" or kind == "typed-literal":
        return value if "xml:lang" in cell else literal_value(value, cell.get("datatype", XSD + "string"))
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    raise ValueError(f"a {kind} term")  # an RDF-star triple: the caller reads it with Oxigraph


def to_rdflib_term(term):
    """One RDF term (Oxigraph) as the rdflib term it is (literals keep their language and datatype)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == XSD + "string" else URIRef(datatype))


class Result:
    """What a query answered: `columns`, typed `rows`, and the RDF `terms` they came from.

    SELECT gives its variables as columns; ASK one column `ask` with a bool;
    CONSTRUCT and DESCRIBE the columns subject, predicate, object. `terms`
    (Oxigraph terms, row by row) may be given as a function that makes them:
    they are then read only when asked for (`to_rdflib`, `text_rows`).
    """

    __slots__ = ("columns", "rows", "kind", "_terms")

    def __init__(self, columns: list[str], rows: list[list], terms=None, kind: str = "select"):
        self.columns, self.rows, self.kind = columns, rows, kind
        self._terms = [] if terms is None else terms

    @property
    def terms(self) -> list[list]:
        if callable(self._terms):
            self._terms = self._terms()
        return self._terms

    def __getstate__(self):  # the terms made, so that a pickled Result holds no function
        return self.columns, self.rows, self.kind, self.terms

    def __setstate__(self, state) -> None:
        self.columns, self.rows, self.kind, self._terms = state

    def __eq__(self, other) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        return (self.columns, self.rows, self.kind, self.terms) == (other.columns, other.rows, other.kind, other.terms)

    def __repr__(self) -> str:
        return f"Result(columns={self.columns!r}, rows={self.rows!r}, kind={self.kind!r})"

    @classmethod
    def from_terms(cls, columns: list[str], terms: list[list], kind: str = "select") -> Result:
        return cls(columns, [[to_python(t) for t in row] for row in terms], terms, kind)

    @classmethod
    def from_json(cls, data: bytes) -> Result:
        """A SELECT answer in the SPARQL 1.1 JSON results format: its cells typed straight
        from the JSON (the Oxigraph terms are parsed only when asked for)."""
        answer = json.loads(data)
        columns = answer["head"]["vars"]
        bindings = answer["results"]["bindings"]

        def terms() -> list[list]:
            solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            return [[s[c] for c in columns] for s in solutions]
        try:
            rows = [[_json_cell(b.get(c)) for c in columns] for b in bindings]
        except ValueError:  # a term JSON cannot give as a value (an RDF-star triple)
            return cls.from_terms(columns, terms())
        return cls(columns, rows, terms)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def text_rows(self) -> list[list[str]]:
        """The rows as text, the way kg.query gave them before it typed them: IRIs in
        <angle brackets>, blank nodes as _:id, literals as written."""
        def text(term) -> str:
            if term is None:
                return ""
            if isinstance(term, ox.NamedNode):
                return f"<{term.value}>"
            if isinstance(term, ox.BlankNode):
                return f"_:{term.value}"
            return term.value if isinstance(term, ox.Literal) else str(term)

        return [[text(t) for t in row] for row in self.terms]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_pandas(self):
        """A DataFrame with one column per variable (needs the extra `[pandas]`)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the installation
            from kg.errors import KgError

            raise KgError("to_pandas() needs pandas: pip install 'county-kg[pandas]'") from None
        return pd.DataFrame(self.rows, columns=self.columns)

    def to_rdflib(self):
        """CONSTRUCT/DESCRIBE: an rdflib Graph; SELECT/ASK: an rdflib query Result."""
        from rdflib import Graph, Variable
        from rdflib.query import Result as RdflibResult

        if self.kind == "graph":
            g = Graph()
            for s, p, o in self.terms:
                g.add((to_rdflib_term(s), to_rdflib_term(p), to_rdflib_term(o)))
            return g
        if self.kind == "ask":
            r = RdflibResult("ASK")
            r.askAnswer = bool(self.rows[0][0])
            return r
        r = RdflibResult("SELECT")
        r.vars = [Variable(c) for c in self.columns]
        r.bindings = [{Variable(c): to_rdflib_term(t) for c, t in zip(self.columns, row) if t is not None}
                      for row in self.terms]
        return r

    def to_networkx(self, source: str | None = None, target: str | None = None):
        """A networkx MultiDiGraph.

        CONSTRUCT/DESCRIBE: one edge per triple (attribute `predicate`).
        SELECT: one edge per row from the `source` column to the `target`
        column (by default the first two), the other columns as edge attributes;
        IRIs and labels alike become nodes.
        """
        import networkx as nx

        net = nx.MultiDiGraph()
        if self.kind == "graph":
            for s, p, o in self.rows:
                net.add_edge(s, o, predicate=p)
            return net
        source = source or self.columns[0]
        target = target or self.columns[1]
        i, j = self.columns.index(source), self.columns.index(target)
        for row in self.rows:
            if row[i] is None or row[j] is None:
                continue
            attrs = {c: v for k, (c, v) in enumerate(zip(self.columns, row)) if k not in (i, j) and v is not None}
            net.add_edge(row[i], row[j], **attrs)
        return net


def json_value(value):
    """A value for JSON: numbers stay numbers, dates ISO strings, IRIs their text."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 1 << 53 else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def text_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def format_result(result: Result, fmt: str = "table", width: int | None = None) -> str:
    """json (typed), csv (every character of every cell) or a table that wraps long cells."""
    if fmt == "json":
        return json.dumps([{c: json_value(v) for c, v in zip(result.columns, row)} for row in result.rows],
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        w.writerows([text_value(v) for v in row] for row in result.rows)
        return buf.getvalue().rstrip("\n")
    return _table(result, width)


def _table(result: Result, width: int | None) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.HEAVY_HEAD)
    numeric = [bool(result.rows) and all(isinstance(r[i], (int, float, Decimal)) or r[i] is None for r in result.rows)
               for i in range(len(result.columns))]
    for name, right in zip(result.columns, numeric):
        table.add_column(name, justify="right" if right else "left", overflow="fold")
    for row in result.rows:
        table.add_row(*[text_value(v) for v in row])
    console = Console(width=width or 160, record=True, file=io.StringIO(), color_system=None,
                      force_terminal=False, force_jupyter=False, soft_wrap=False)
    console.print(table)
    console.print(f"{len(result.rows)} row(s)")
    return console.export_text().rstrip("\n")
