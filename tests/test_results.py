"""results: a SELECT answer read straight from its JSON gives the very rows and terms that Oxigraph's own parser gives."""
import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.results import Result

# every kind of cell a query may answer: IRIs, blank nodes, labels, each typed
# literal kg.query converts, an ill-typed one (shown as written), an unknown
# datatype and an unbound variable
QUERY = """
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?iri ?blank ?label ?plain ?int ?short ?dec ?dbl ?yes ?day ?moment ?bad ?odd ?none
WHERE {
  BIND(<https://w3id.org/county-kg/id/county/140824> AS ?iri)
  BIND(BNODE("x") AS ?blank)
  BIND("稷山县"@zh AS ?label)
  BIND("纯文本" AS ?plain)
  BIND(2400000000 AS ?int)
  BIND("7"^^xsd:short AS ?short)
  BIND(12.5 AS ?dec)
  BIND("1.5E3"^^xsd:double AS ?dbl)
  BIND(true AS ?yes)
  BIND("2024-02-20"^^xsd:date AS ?day)
  BIND("2024-02-20T08:30:00Z"^^xsd:dateTime AS ?moment)
  BIND("十二"^^xsd:integer AS ?bad)
  BIND("abc"^^<urn:example:kind> AS ?odd)
}
"""


def _answer() -> tuple[bytes, list[list]]:
    store = ox.Store()
    data = store.query(QUERY).serialize(format=ox.QueryResultsFormat.JSON)
    solutions = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    columns = [v.value for v in solutions.variables]
    return data, [[s[c] for c in columns] for s in solutions]


def test_rows_from_json_are_the_rows_of_the_parsed_terms():
    data, terms = _answer()
    fast = Result.from_json(data)
    slow = Result.from_terms(fast.columns, terms)
    assert fast.rows == slow.rows
    assert [type(v) for v in fast.rows[0]] == [type(v) for v in slow.rows[0]]
    row = dict(zip(fast.columns, fast.rows[0]))
    assert row["iri"] == URIRef("https://w3id.org/county-kg/id/county/140824") and isinstance(row["iri"], URIRef)
    assert isinstance(row["blank"], BNode)
    assert row["label"] == "稷山县" and type(row["label"]) is str and row["plain"] == "纯文本"
    assert row["int"] == 2400000000 and type(row["int"]) is int and row["short"] == 7
    assert row["dec"] == Decimal("12.5") and row["dbl"] == 1500.0 and row["yes"] is True
    assert row["day"] == dt.date(2024, 2, 20)
    assert row["moment"] == dt.datetime(2024, 2, 20, 8, 30, tzinfo=dt.timezone.utc)
    assert row["bad"] == "十二" and row["odd"] == "abc" and row["none"] is None


def test_terms_from_json_are_read_when_asked_for():
    data, terms = _answer()
    fast = Result.from_json(data)
    assert fast.terms == terms  # Oxigraph terms, language tags and datatypes kept
    assert fast.text_rows()[0][0] == "<https://w3id.org/county-kg/id/county/140824>"
    bindings = fast.to_rdflib().bindings[0]
    assert {str(v) for v in bindings} == set(fast.columns) - {"none"}
    assert fast == Result.from_terms(fast.columns, terms)


def test_empty_answer_from_json():
    data = ox.Store().query("SELECT ?x WHERE { ?x ?p ?o }").serialize(format=ox.QueryResultsFormat.JSON)
    result = Result.from_json(data)
    assert result.columns == ["x"] and result.rows == [] and result.terms == []


def test_a_result_read_from_json_pickles_with_its_terms():
    import pickle

    data, terms = _answer()
    again = pickle.loads(pickle.dumps(Result.from_json(data)))
    assert again.rows == Result.from_terms(again.columns, terms).rows and again.terms == terms
