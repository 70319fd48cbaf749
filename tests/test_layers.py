"""The stages import one way: a stage never imports a later one, and the modules
they share (names, rulebook, regex_words, gazetteer ...) import no stage at all."""
import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
STAGES = ["normalize", "segment", "recognize", "link", "relate", "assemble"]


def _stage(module: str) -> str | None:
    """The stage a module `kg.x[.y]` belongs to, if any."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "kg" and parts[1] in STAGES else None


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}  # from kg import link
    return found


def _module(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def test_a_stage_never_imports_a_later_one():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        stage = _stage(_module(path))
        if stage is None:
            continue
        for imported in _imports(path):
            other = _stage(imported)
            if other and STAGES.index(other) > STAGES.index(stage):
                wrong.append(f"{_module(path)} imports {imported}")
    assert wrong == []


def test_what_the_stages_share_imports_no_stage():
    shared = ["names", "rulebook", "regex_words", "gazetteer", "lexicon", "amount", "document", "errors"]
    wrong = [f"kg.{name} imports {imported}" for name in shared
             for imported in _imports(PACKAGE / f"{name}.py") if _stage(imported)]
    assert wrong == []


def test_recognize_no_longer_imports_link():
    assert not any(_stage(i) == "link" for path in (PACKAGE / "recognize").glob("*.py") for i in _imports(path))
