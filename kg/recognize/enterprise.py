"""Enterprise: legal names by suffix, trade names by industry head (kg/rules/enterprise.toml)."""
from __future__ import annotations

from dataclasses import dataclass

from kg import rulebook
from kg.document import Document, Mention
from kg.recognize import patterns


@dataclass(frozen=True, kw_only=True)
class EnterpriseRules(rulebook.Family):
    """kg/rules/enterprise.toml."""


def rules() -> patterns.Rules:
    return patterns.load("enterprise", EnterpriseRules)


def find(doc: Document) -> list[Mention]:
    return patterns.find(doc, rules())
