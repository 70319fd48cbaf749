"""What a wheel carries: every package folder of kg/ and the shipped folders."""
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

from kg.resources import resource

ROOT = Path(__file__).resolve().parent.parent


def config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_the_wheel_lists_every_folder_of_the_package():
    found = {p for p in find_namespace_packages(str(ROOT), include=["kg", "kg.*"]) if "__pycache__" not in p}
    assert found <= set(config()["packages"])


def test_ontology_and_queries_are_mapped_into_the_wheel():
    cfg = config()
    assert cfg["package-dir"] == {"kg.ontology": "ontology", "kg.queries": "queries"}
    assert cfg["package-data"]["kg"] == ["rules/*", "data/*", "assets/*"]  # lexicon.txt and divisions.tsv too


def test_resources_are_found_in_a_source_checkout():
    assert resource("ontology", "shapes.ttl").is_file()
    assert (resource("queries") / "class_counts.rq").is_file()
