"""scoring: precision, recall and F1 against gold files (shared/gold/GUIDELINES.md).

Gold is document-level: per type, the distinct entities a document mentions
(name + aliases) and the relations it states. A predicted label matches a gold
entity *exactly* when, normalized, it equals the gold name or an alias, and
*leniently* when one contains the other and the shorter is at least half as
long. Matching is one-to-one (a maximum matching, networkx), and among
matchings of that size the one with the most exact pairs.
Relations match when both ends match leniently and, for `investment`, the
value is within 1%.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.document import ENTITY_TYPES, Document
from kg.errors import InputError

RELATION_TYPES = ("undertakenBy", "locatedInPark", "implements", "partOf", "investment")
_QUOTES = re.compile(r"[\s“”\"'‘’《》「」『』〈〉]")


def norm(name: str) -> str:
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def exact(label: str, forms: set[str]) -> bool:
    return label in forms


def lenient(label: str, forms: set[str]) -> bool:
    for f in forms:
        short, long = sorted((label, f), key=len)
        if short and short in long and 2 * len(short) >= len(long):
            return True
    return False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def match(predicted: list, gold: list, ok, better=None) -> tuple[list[tuple[int, int]], Counts]:
    """Maximum one-to-one matching of predicted to gold items under `ok(pred, gold)`.

    Among the matchings of that size, the one with most pairs that also pass
    `better` (an exact match among lenient ones) is taken, so that the errors
    listed are the same from run to run."""
    g = nx.Graph()
    g.add_nodes_from(("p", i) for i in range(len(predicted)))
    g.add_nodes_from(("g", j) for j in range(len(gold)))
    for i, p in enumerate(predicted):
        for j, q in enumerate(gold):
            if ok(p, q):
                g.add_edge(("p", i), ("g", j), weight=2 if better is not None and better(p, q) else 1)
    pairs = nx.max_weight_matching(g, maxcardinality=True)
    matched = sorted((a[1], b[1]) if a[0] == "p" else (b[1], a[1]) for a, b in pairs)
    n = len(matched)
    return matched, Counts(n, len(predicted) - n, len(gold) - n)


# ---- predictions ---------------------------------------------------------

def predict(doc: Document) -> dict:
    """The document-level prediction of a processed document, in the gold format."""
    forms: dict[str, dict[str, int]] = defaultdict(dict)
    types: dict[str, str] = {}
    for m in doc.mentions:
        if m.type in ENTITY_TYPES:
            forms[m.key][m.text] = forms[m.key].get(m.text, 0) + 1
            types[m.key] = m.type
    names = {}
    entities = {t: [] for t in ENTITY_TYPES}
    for key, seen in forms.items():
        name = max(seen, key=lambda f: (len(f), seen[f], f))
        names[key] = name
        entities[types[key]].append({"name": name, "aliases": sorted(set(seen) - {name})})
    code = doc.meta.get("county_code")  # the graph's kg:aboutCounty, a kg:County whether named or not
    if code:
        from kg import gazetteer

        county = gazetteer.by_code(code)
        key = f"county/{code}"
        if county and key not in names:
            names[key] = county.name
            entities["County"].append({"name": county.name, "aliases": []})
        elif county and county.name in forms[key]:  # (the fullest form the document uses: 察右中旗 alone stays)
            names[key] = county.name
            for e in entities["County"]:
                if e["name"] in forms[key]:
                    e["name"], e["aliases"] = county.name, sorted(set(forms[key]) - {county.name})
    relations = []
    for f in doc.facts:
        if f.type not in RELATION_TYPES or f.subject not in names:
            continue
        if f.type == "investment":
            relations.append({"type": f.type, "from": names[f.subject], "value": float(f.value)})
        elif f.object in names:
            relations.append({"type": f.type, "from": names[f.subject], "to": names[f.object]})
    pred = {"doc": doc.source_file, "entities": entities, "relations": relations}
    if doc.meta.get("script"):
        pred["script"] = doc.meta["script"]  # names are simplified; score_document folds the gold alike
    return pred


# ---- scoring -------------------------------------------------------------

def score_document(pred: dict, gold: dict) -> dict:
    """Counts per type (entities) and relation type, exact and lenient, plus the errors."""
    out = {"exact": {}, "lenient": {}, "errors": {}}
    if pred.get("script") == "traditional":
        gold = _simplified_gold(gold)
    gold_forms: dict[str, set[str]] = {}
    for t in ENTITY_TYPES:
        g_items = [{norm(e["name"]), *map(norm, e.get("aliases", []))} for e in gold["entities"].get(t, [])]
        p_items = [norm(e["name"]) for e in pred["entities"].get(t, [])]
        for e in gold["entities"].get(t, []):
            gold_forms[e["name"]] = {norm(e["name"]), *map(norm, e.get("aliases", []))}
        _, out["exact"][t] = match(p_items, g_items, lambda p, g: exact(p, g))
        pairs, out["lenient"][t] = match(p_items, g_items, lenient, better=exact)
        out["errors"][t] = _errors(p_items, [e["name"] for e in gold["entities"].get(t, [])], pairs)
    for rt in RELATION_TYPES:
        g_rel = [r for r in gold.get("relations", []) if r["type"] == rt]
        p_rel = [r for r in pred["relations"] if r["type"] == rt]
        for mode, test in (("exact", exact), ("lenient", lenient)):
            ok = _relation_test(test, gold_forms)
            pairs, out[mode][rt] = match(p_rel, g_rel, ok, better=_relation_test(exact, gold_forms))
            if mode == "lenient":
                out["errors"][rt] = _errors([_rel_text(r) for r in p_rel], [_rel_text(r) for r in g_rel], pairs)
    return out


def _simplified_gold(gold: dict) -> dict:
    """The gold of a traditional text with its names read as simplified, as the extractor reads them."""
    from kg.script import simplified

    def entity(e: dict) -> dict:
        return {**e, "name": simplified(e["name"]), "aliases": [simplified(a) for a in e.get("aliases", [])]}

    def relation(r: dict) -> dict:
        return {**r, "from": simplified(r["from"]), **({"to": simplified(r["to"])} if "to" in r else {})}

    return {**gold, "entities": {t: [entity(e) for e in es] for t, es in gold["entities"].items()},
            "relations": [relation(r) for r in gold.get("relations", [])]}


def _relation_test(test, gold_forms):
    def ok(p, g) -> bool:
        if not test(norm(p["from"]), gold_forms.get(g["from"], {norm(g["from"])})):
            return False
        if g["type"] == "investment":
            gv, pv = float(g["value"]), float(p.get("value", 0))
            return abs(pv - gv) <= 0.01 * abs(gv)
        return test(norm(p.get("to", "")), gold_forms.get(g.get("to"), {norm(g.get("to", ""))}))
    return ok


def _rel_text(r: dict) -> str:
    return f"{r['from']} -> {r.get('to', r.get('value'))}"


def _errors(predicted: list[str], gold: list[str], pairs) -> dict:
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    return {"fp": sorted(p for i, p in enumerate(predicted) if i not in hit_p),
            "fn": sorted(g for j, g in enumerate(gold) if j not in hit_g)}


def evaluate(gold_dirs, text_dirs: list[Path] | None = None, extractor: str = "rules", progress=None) -> dict:
    """Score the extractor on every gold file of one or several gold folders.

    Texts are looked up in each gold folder's own `texts/`, then in `text_dirs`,
    then in the project's seeds. `progress(name, done, total)` is called before
    each gold file and once at the end. With one folder the result is its scores; with
    several, the top level holds the pooled scores (every document counted once)
    and `folders` the scores of each folder."""
    dirs = [Path(gold_dirs)] if isinstance(gold_dirs, (str, Path)) else [Path(d) for d in gold_dirs]
    jobs = [(d, path) for d in dirs for path in _gold_files(d)]
    pooled = {"exact": defaultdict(Counts), "lenient": defaultdict(Counts)}
    per_folder = {d: ({"exact": defaultdict(Counts), "lenient": defaultdict(Counts)}, []) for d in dirs}
    errors, documents = [], []
    for i, (gold_dir, path) in enumerate(jobs):
        if progress:
            progress(path.name, i, len(jobs))
        gold = _read_gold(path)
        text = _find_text(gold["doc"], [gold_dir / "texts", *(text_dirs or []), SEEDS], path)
        scored = score_document(_predict(text, extractor), gold)
        for totals in (pooled, per_folder[gold_dir][0]):
            for mode in ("exact", "lenient"):
                for t, c in scored[mode].items():
                    totals[mode][t].add(c)
        errors.append({"doc": gold["doc"], **scored["errors"]})
        per_folder[gold_dir][1].append(errors[-1])
        documents.append({"doc": gold["doc"], "folder": str(gold_dir), **_totals(scored["lenient"])})
    if progress:
        progress("", len(jobs), len(jobs))
    result = _report(pooled, errors, extractor)
    result["documents"] = documents
    if len(dirs) > 1:
        result["folders"] = {str(d): _report(t, e, extractor) for d, (t, e) in per_folder.items()}
    return result


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _gold_files(gold_dir: Path) -> list[Path]:
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise InputError(f"no gold .json files in {gold_dir}")
    return files


def _read_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["doc"], gold["entities"]  # noqa: B018 - the two keys every gold file has
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise InputError(f"{path}: not a gold file ({e})") from None
    return gold


def _find_text(name: str, dirs: list[Path], gold_path: Path) -> Path:
    text = next((d / name for d in dirs if (d / name).is_file()), None)
    if text is None:
        raise InputError(f"{gold_path.name}: text {name} not found in {', '.join(map(str, dirs))} (use --texts)")
    return text


def _predict(text: Path, extractor: str) -> dict:
    from kg import pipeline
    from kg.read import read

    doc = read(text)
    if extractor == "baseline":
        from kg.baseline import predict as baseline_predict

        return baseline_predict(doc)
    return predict(pipeline.process(doc))


def _totals(lenient: dict) -> dict:
    """One document's lenient entity and relation scores (micro over the types)."""
    ent, rel = Counts(), Counts()
    for t in ENTITY_TYPES:
        ent.add(lenient[t])
    for t in RELATION_TYPES:
        rel.add(lenient[t])
    return {"entities": ent.prf(), "relations": rel.prf()}


def _report(totals, errors, extractor) -> dict:
    result = {"extractor": extractor, "exact": {}, "lenient": {}, "errors": errors}
    for mode in ("exact", "lenient"):
        ent, rel = Counts(), Counts()
        for t in ENTITY_TYPES:
            result[mode][t] = totals[mode][t].prf()
            ent.add(totals[mode][t])
        result[mode]["entities"] = ent.prf()
        for t in RELATION_TYPES:
            result[mode][t] = totals[mode][t].prf()
            rel.add(totals[mode][t])
        result[mode]["relations"] = rel.prf()
    return result


ROWS = (*ENTITY_TYPES, "entities", *RELATION_TYPES, "relations")


def format_table(result: dict) -> str:
    """Markdown tables: P/R/F1 exact and lenient per type, micro totals in bold rows;
    with several gold folders, one table per folder, then the pooled one."""
    parts = [f"gold: {name}\n\n" + _table(r) for name, r in result.get("folders", {}).items()]
    if parts:
        parts.append("gold: all folders pooled\n\n" + _table(result))
        return f"extractor: {result['extractor']}\n\n" + "\n\n".join(parts)
    return f"extractor: {result['extractor']}\n\n" + _table(result)


def _table(result: dict) -> str:
    head = "| type | gold | pred | P exact | R exact | F1 exact | P lenient | R lenient | F1 lenient |"
    lines = [head, "|" + "---|" * 9]
    for row in ROWS:
        e, l = result["exact"][row], result["lenient"][row]
        name = f"**{row}** (micro)" if row in ("entities", "relations") else row
        gold, pred = l["tp"] + l["fn"], l["tp"] + l["fp"]
        lines.append(f"| {name} | {gold} | {pred} | {e['p']:.3f} | {e['r']:.3f} | {e['f1']:.3f} | {l['p']:.3f} | {l['r']:.3f} | {l['f1']:.3f} |")
    return "\n".join(lines)


def format_documents(result: dict) -> str:
    """A Markdown table with one row per gold document: lenient F1 of entities and relations,
    with the gold and predicted counts (a small document's figure moves with one name)."""
    lines = ["| document | entities gold | pred | F1 | relations gold | pred | F1 |", "|---|---|---|---|---|---|---|"]
    for d in result["documents"]:
        e, r = d["entities"], d["relations"]
        lines.append(f"| {d['doc']} | {e['tp'] + e['fn']} | {e['tp'] + e['fp']} | {e['f1']:.3f} "
                     f"| {r['tp'] + r['fn']} | {r['tp'] + r['fp']} | {r['f1']:.3f} |")
    return "\n".join(lines)


def format_errors(result: dict) -> str:
    lines = []
    for doc in result["errors"]:
        lines.append(f"== {doc['doc']}")
        for t in ROWS:
            if t not in doc:
                continue
            for kind in ("fp", "fn"):
                items = doc[t][kind]
                if items:
                    lines.append(f"  {t} {kind.upper()} ({len(items)}): " + " | ".join(items))
    return "\n".join(lines)


# ---- sectors -------------------------------------------------------------

SECTOR_COLUMNS = ("text", "project", "sector", "note")
NO_SECTOR = "-"  # the annotator's mark for a project whose sentence does not say what it does


def evaluate_sectors(gold_dir, progress=None) -> dict:
    """Score the sector of the projects the extractor finds against a sector gold
    (tests/gold/sector: TSV files with columns text, project, sector, note; `text`
    is the document's path relative to the gold folder, `sector` a concept id of
    ontology/sectors.ttl or "-" where the sentence does not say what the project does).

    Gold projects are matched one-to-one to the projects found in the same text
    (lenient matching, as for entities). `accuracy` is correct / assigned, where a
    sector assigned to a "-" project counts as wrong (unknown should stay unknown);
    `coverage` is the share of the found projects with a gold sector that got one;
    `coverage_of_gold` the same share of all gold projects (it includes what the
    entity rules missed). `section_accuracy` compares the top concepts (GB/T section,
    emerging industry or tourism) instead."""
    from kg import pipeline, sectors
    from kg.read import read

    gold_dir = Path(gold_dir)
    items = _read_sector_gold(gold_dir)
    by_text: dict[Path, list[dict]] = defaultdict(list)
    for item in items:
        by_text[item["path"]].append(item)
    rows = []
    for i, (path, gold) in enumerate(sorted(by_text.items())):
        if progress:
            progress(path.name, i, len(by_text))
        doc = pipeline.process(read(path))
        rows.extend(_score_sector_document(doc, gold))
    if progress:
        progress("", len(by_text), len(by_text))
    scheme = sectors.scheme()
    found = [r for r in rows if r["found"]]
    assigned = [r for r in found if r["predicted"]]
    labelled_found = [r for r in found if r["gold"] != NO_SECTOR]
    labelled = [r for r in rows if r["gold"] != NO_SECTOR]
    correct = [r for r in assigned if r["predicted"] == r["gold"]]
    same_section = [r for r in assigned if r["gold"] != NO_SECTOR
                    and scheme[r["predicted"]].section().id == scheme[r["gold"]].section().id]

    def share(a, b) -> float:
        return round(len(a) / len(b), 4) if b else 0.0

    return {
        "gold": len(rows), "labelled": len(labelled), "found": len(found), "assigned": len(assigned),
        "correct": len(correct),
        "accuracy": share(correct, assigned),
        "section_accuracy": share(same_section, assigned),
        "coverage": share([r for r in labelled_found if r["predicted"]], labelled_found),
        "coverage_of_gold": share([r for r in labelled if r["predicted"]], labelled),
        "assigned_without_gold_sector": sum(1 for r in assigned if r["gold"] == NO_SECTOR),
        "per_sector": _per_sector(rows),
        "errors": [r for r in rows if r["found"] and r["predicted"] != r["gold"]
                   and (r["predicted"] or r["gold"] != NO_SECTOR)],
    }


def _read_sector_gold(gold_dir: Path) -> list[dict]:
    files = sorted(gold_dir.glob("*.tsv")) if gold_dir.is_dir() else []
    if not files:
        raise InputError(f"no sector gold .tsv files in {gold_dir}")
    from kg import sectors

    known = sectors.scheme()
    items = []
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        if not lines or tuple(lines[0].split("\t")) != SECTOR_COLUMNS:
            raise InputError(f"{f}: the first line must name the columns {', '.join(SECTOR_COLUMNS)} (tab-separated)")
        for n, line in enumerate(lines[1:], 2):
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) != len(SECTOR_COLUMNS):
                raise InputError(f"{f}:{n}: {len(cells)} cells, expected {len(SECTOR_COLUMNS)}")
            text, project, sector, note = cells
            if sector != NO_SECTOR and sector not in known:
                raise InputError(f"{f}:{n}: no sector {sector!r} in the scheme")
            path = (gold_dir / text).resolve()
            if not path.is_file():
                raise InputError(f"{f}:{n}: text {text} not found")
            items.append({"path": path, "project": project, "gold": sector, "note": note})
    return items


def _score_sector_document(doc: Document, gold: list[dict]) -> list[dict]:
    forms: dict[str, set[str]] = defaultdict(set)
    for m in doc.mentions:
        if m.type == "Project":
            forms[m.key].add(norm(m.text))
    keys = sorted(forms)
    decided = {}
    for f in doc.facts:
        if f.type == "sector" and f.subject in forms:
            decided.setdefault(f.subject, f)
    gold_forms = [{norm(g["project"])} for g in gold]
    candidates = [sorted(forms[k], key=len, reverse=True)[0] for k in keys]

    def ok(label, g):
        return lenient(label, g) or any(lenient(f, g) for f in forms[keys[candidates.index(label)]])

    pairs, _ = match(candidates, gold_forms, ok, better=lambda p, g: exact(p, g))
    matched = {j: keys[i] for i, j in pairs}
    rows = []
    for j, g in enumerate(gold):
        key = matched.get(j)
        fact = decided.get(key) if key else None
        rows.append({"doc": doc.source_file, "project": g["project"], "gold": g["gold"], "found": key is not None,
                     "predicted": fact.value if fact else None, "rule": fact.rule if fact else None,
                     "cue": "、".join(fact.attrs.get("words", [])) if fact else None})
    return rows


def _per_sector(rows: list[dict]) -> dict:
    out: dict[str, dict] = {}
    for r in rows:
        if not r["found"] or r["gold"] == NO_SECTOR:
            continue
        s = out.setdefault(r["gold"], {"gold": 0, "assigned": 0, "correct": 0})
        s["gold"] += 1
        s["assigned"] += bool(r["predicted"])
        s["correct"] += r["predicted"] == r["gold"]
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["gold"]))


def format_sector_table(result: dict) -> str:
    """Markdown: the sector scores, then the found projects per gold sector."""
    lines = [
        "| sector gold | projects | with a sector | found | assigned | correct | accuracy | section accuracy | coverage | coverage of gold |",
        "|" + "---|" * 10,
        f"| all | {result['gold']} | {result['labelled']} | {result['found']} | {result['assigned']} | {result['correct']} "
        f"| {result['accuracy']:.3f} | {result['section_accuracy']:.3f} | {result['coverage']:.3f} | {result['coverage_of_gold']:.3f} |",
        "",
        f"assigned to a project whose sentence does not say what it does: {result['assigned_without_gold_sector']}",
        "",
        "| gold sector | found | assigned | correct |",
        "|---|---|---|---|",
    ]
    for sector, s in result["per_sector"].items():
        lines.append(f"| {sector} | {s['gold']} | {s['assigned']} | {s['correct']} |")
    return "\n".join(lines)


def format_sector_errors(result: dict) -> str:
    return "\n".join(f"{r['doc']}\t{r['project']}\tgold {r['gold']}\tpredicted {r['predicted'] or '-'}"
                     f"\t{r['rule'] or ''}\t{r['cue'] or ''}" for r in result["errors"])
