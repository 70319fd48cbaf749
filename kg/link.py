"""link: one key per thing, within a document and across the corpus.

A key is `county/<code>` or `region/<code>` for divisions (their GB/T 2260
code) and `<type>/<folded name>` for the rest, where folding (kg/names.py,
rules in kg/rules/names.toml) removes what does not change the thing named:
legal suffixes, place prefixes, 省级/国家级, 经济技术开发区 -> 经开区; the rules of
kg/rules/link.toml fold further with what the document says (its county, its
other names). Equal keys are one entity; `merge` collects every surface form
of it across documents.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import gazetteer, rulebook, scratch
from kg.document import Document, Entity, Mention
from kg.names import fold, strip_place
from kg.recognize import enterprise


@dataclass(frozen=True, kw_only=True)
class ProjectInCounty:
    id: str
    min_rest: int


@dataclass(frozen=True, kw_only=True)
class ParkInCounty:
    id: str
    zone_words: tuple[str, ...]
    zone_fold: str


@dataclass(frozen=True, kw_only=True)
class SameMember:
    id: str


@dataclass(frozen=True, kw_only=True)
class ShortForm:
    id: str
    types: tuple[str, ...]
    min_length: int
    zone_words: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class BrandAlone:
    id: str
    # the industry or legal heads a company's name may carry after its brand
    heads: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class MergeLog:
    # what the merge log names a merge no fold made: by the division code, by the same form
    by_code: str
    by_form: str


@dataclass(frozen=True, kw_only=True)
class LinkRules:
    """kg/rules/link.toml."""

    project_in_county: ProjectInCounty
    park_in_county: ParkInCounty
    same_member: SameMember
    short_form: ShortForm
    brand_alone: BrandAlone
    merge_log: MergeLog


@lru_cache(maxsize=1)
def rules() -> LinkRules:
    return rulebook.load("link", LinkRules)


def link(doc: Document) -> Document:
    county = gazetteer.by_code(doc.meta["county_code"]) if doc.meta.get("county_code") else None
    for m in doc.mentions:
        m.key, m.attrs["folds"] = key_of(m, county)
    same_member(doc)
    short_forms(doc)
    brand_alone(doc)
    return doc


def brand_alone(doc: Document) -> None:
    """澜宏 and 澜宏化工 in one document: a company named by its bare brand is the one company
    of the document named by that brand and a head (`[brand_alone]`), or whose name has that
    brand after its places (陕西澜佑 and 陕西澜佑矿业有限公司, 澜原 and 黑龙江克山澜原农牧有限公司:
    `enterprise.brand`). Keys are indexed by what they open with: no pair of keys is compared."""
    cfg = rules().brand_alone
    firms = [m for m in doc.mentions if m.type == "Enterprise" and m.key]
    keys = {m.key for m in firms}
    longer: dict[str, set[str]] = defaultdict(set)  # a brand -> the keys of the longer names it opens
    for key in keys:
        for head in cfg.heads:
            if key.endswith(head) and len(key) > len(head):
                longer[key[: -len(head)]].add(key)
    for m in firms:
        mark = enterprise.brand(m.text)
        # (the key the bare brand gets as a mention of its own: folded the same way)
        mark_key = name_key("Enterprise", mark)[0] if mark else ""
        if mark and m.key != mark_key:
            longer[mark_key].add(m.key)
    root = {}
    for key in keys:
        found = longer.get(key, set()) - {key}
        if len(found) == 1:
            root[key] = found.pop()
    for m in doc.mentions:
        if m.key in root:
            m.key = root[m.key]
            m.attrs["folds"].append(cfg.id)


def same_member(doc: Document) -> None:
    """A framework's members listed twice in one document, in other words
    (做好甲提质、乙提速“两篇文章” … -当好甲排头兵 -当好乙主力军): the k-th of each
    list is one member, and takes the key of its first listing."""
    first: dict[tuple, str] = {}
    root: dict[str, str] = {}
    for m in doc.mentions:  # in text order
        if m.type != "Strategy" or "member" not in m.attrs:
            continue
        key = first.setdefault((m.attrs["framework"], m.attrs["member"]), m.key)
        if key != m.key and m.key not in root and key not in root:
            root[m.key] = key  # (a member never moves twice: lists in another order stay apart)
    for m in doc.mentions:
        if m.key in root:
            m.key = root[m.key]
            m.attrs["folds"].append(rules().same_member.id)


def short_forms(doc: Document) -> None:
    """A park named in short in the same document takes the key of the one longer
    name it stands for: listed by the first characters of its parts (A、光电智造等园区
    for the 光电信息及智能制造产业园; `is_abbreviation`), or named without the
    two-character town before it (X家具产业园 for 三河X家具创业园; `is_town_prefixed`)."""
    cfg = rules().short_form
    county = gazetteer.by_code(doc.meta["county_code"]) if doc.meta.get("county_code") else None
    names = {m.key: m.text for m in doc.mentions if m.type in cfg.types}
    cores = {key: _core(key, county) for key in names}
    # the candidates of each test, indexed (not every pair of names: a document naming
    # thousands of parks stays fast): the same first character, the core two characters on
    by_first: dict[str, list[str]] = {}
    by_tail: dict[str, list[str]] = {}
    for k in names:
        by_first.setdefault(names[k][:1], []).append(k)
        by_tail.setdefault(cores[k][2:], []).append(k)
    root = {}
    for key, short in names.items():
        abbreviated = len(short) >= cfg.min_length and not short.endswith(tuple(cfg.zone_words))
        candidates = (by_first.get(short[:1], []) if abbreviated else []) + by_tail.get(cores[key], [])
        longer = {k for k in candidates if k != key and (
            abbreviated and is_abbreviation(short, names[k])
            or is_town_prefixed(cores[k], cores[key], cfg.min_length))}
        if len(longer) == 1:
            root[key] = longer.pop()
    for m in doc.mentions:
        if m.key in root:
            m.key = root[m.key]
            m.attrs["folds"].append(cfg.id)


def _core(key: str, county) -> str:
    name = key.split("/", 1)[1]
    return name[len(county.short):] if county is not None and name.startswith(county.short) else name


def is_town_prefixed(long: str, short: str, least: int) -> bool:
    return len(short) >= least and len(long) == len(short) + 2 and long.endswith(short)


def is_abbreviation(short: str, long: str) -> bool:
    """光电智造 of 光电信息及智能制造: same first character, the rest in order, shorter."""
    if len(short) >= len(long) or short[0] != long[0] or long.startswith(short):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def key_of(m: Mention, county=None) -> tuple[str, list[str]]:
    if m.type in ("County", "Region") and m.attrs.get("code"):
        return f"{m.type.lower()}/{m.attrs['code']}", []
    # a thing recognize knows by a fuller name (双碳 is the line 碳达峰碳中和; a bare 高新区
    # is the county's own zone) folds as that name
    return name_key(m.type, m.attrs.get("known_as", m.text), county)


def name_key(type_: str, name: str, county=None) -> tuple[str, list[str]]:
    """The key of a thing of `type_` named `name` (`<type>/<folded name>`), and the ids of the
    rules that folded it: every key of a name is made here."""
    folded, folds = fold(type_, name)
    if type_ == "Park" and county is not None:
        folded, more = park_in_county(folded, county)
        folds += more
    if type_ == "Project" and county is not None:
        folded, more = project_in_county(folded, county)
        folds += more
    return f"{type_.lower()}/{folded}", folds


def park_in_county(name: str, county) -> tuple[str, list[str]]:
    """Prefix the county's short name when the park names no place; fold the zone word."""
    cfg = rules().park_in_county
    before = name
    if name.startswith(county.name):
        name = county.short + name[len(county.name):]
    elif not name.startswith(county.short) and strip_place(name) == name:
        name = county.short + name
    for word in cfg.zone_words:
        if name.endswith(word) and len(name) > len(word) + len(county.short):
            name = name[: -len(word)] + cfg.zone_fold
            break
    return name, ([cfg.id] if name != before else [])


def project_in_county(name: str, county) -> tuple[str, list[str]]:
    """A work of the document's county, named with or without the county (X县Y工程 = Y工程)."""
    cfg = rules().project_in_county
    for prefix in (county.name, county.short):
        if name.startswith(prefix) and len(name) - len(prefix) >= cfg.min_rest:
            return name[len(prefix):], [cfg.id]
    return name, []


class Linker:
    """Entities collected document by document, so that a corpus is linked
    without holding its documents: `add` each, then read `entities()`.

    Each key's class, code, surface forms (with how often each is used) and
    folding rules are kept in SQLite, in a file when `path` is given (a build):
    memory does not grow with the number of distinct entities.
    """

    def __init__(self, path: Path | None = None):
        self.db = scratch.database(path)
        self.db.executescript(_SCHEMA)

    def add(self, doc: Document) -> None:
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO entity(key, type) VALUES (?, ?)", ((m.key, m.type) for m in doc.mentions))
            self.db.executemany("UPDATE entity SET code = ? WHERE key = ?",
                                ((m.attrs["code"], m.key) for m in doc.mentions if m.attrs.get("code")))
            self.db.executemany("INSERT INTO form VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET n = n + 1",
                                ((m.key, m.text) for m in doc.mentions))
            self.db.executemany("INSERT OR IGNORE INTO fold VALUES (?, ?)",
                                ((m.key, rule) for m in doc.mentions for rule in m.attrs.get("folds", [])))

    def entities(self) -> EntityTable:
        """Every entity of the corpus, with its preferred label and all its surface forms."""
        return EntityTable(self.db)

    def close(self) -> None:
        self.db.close()


_SCHEMA = """
CREATE TABLE entity(key TEXT PRIMARY KEY, type TEXT, code TEXT);
CREATE TABLE form(key TEXT, text TEXT, n INTEGER, PRIMARY KEY (key, text)) WITHOUT ROWID;
CREATE TABLE fold(key TEXT, rule TEXT, PRIMARY KEY (key, rule)) WITHOUT ROWID;
"""


class EntityTable(Mapping):
    """The linked entities, read from the linker's tables: key -> Entity, in key order.

    `select` reads the entities of one document in three queries; iterating
    reads them in batches, so that neither holds the whole table.
    """

    def __init__(self, db):
        self.db = db

    def __getitem__(self, key: str) -> Entity:
        found = self.select([key])
        if key not in found:
            raise KeyError(key)
        return found[key]

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self.db.execute("SELECT key FROM entity ORDER BY key"))

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM entity").fetchone()[0]

    def items(self) -> Iterator[tuple[str, Entity]]:
        batch = []
        for key in self:
            batch.append(key)
            if len(batch) == 500:
                yield from self.select(batch).items()
                batch = []
        yield from self.select(batch).items()

    def values(self) -> Iterator[Entity]:
        return (e for _, e in self.items())

    def classes(self) -> Counter:
        return Counter(dict(self.db.execute("SELECT type, count(*) FROM entity GROUP BY type")))

    def select(self, keys) -> dict[str, Entity]:
        """The entities of `keys` that exist, in the order of `keys`."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, Entity] = {}
        forms: dict[str, Counter] = defaultdict(Counter)
        for chunk in scratch.chunks(keys):
            marks = ",".join("?" * len(chunk))
            for key, type_, code in self.db.execute(f"SELECT key, type, code FROM entity WHERE key IN ({marks})", chunk):
                found[key] = Entity(key, type_, "", attrs={"folds": set(), **({"code": code} if code else {})})
            for key, text, n in self.db.execute(f"SELECT key, text, n FROM form WHERE key IN ({marks})", chunk):
                forms[key][text] = n
            for key, rule in self.db.execute(f"SELECT key, rule FROM fold WHERE key IN ({marks})", chunk):
                found[key].attrs["folds"].add(rule)
        ordered = {}
        for key in keys:
            if key in found:
                e = ordered[key] = found[key]
                e.label = preferred(e, forms[key])
                e.aliases = set(forms[key]) - {e.label}
        return ordered


def merge(docs) -> dict[str, Entity]:
    """Every entity of the documents `docs`, with its preferred label and all its surface forms."""
    linker = Linker()
    for doc in docs:
        linker.add(doc)
    return dict(linker.entities().items())


def preferred(entity: Entity, forms: Counter) -> str:
    """The official name for divisions, else the fullest form (longest, then most used)."""
    if entity.attrs.get("code"):
        d = gazetteer.by_code(entity.attrs["code"])
        if d is not None:
            return d.name
    return max(forms, key=lambda f: (len(f), forms[f], f))


def merge_log(entities) -> str:
    return "".join(merge_log_lines(entities))


def merge_log_lines(entities) -> Iterator[str]:
    """The merge log, a line at a time: each entity with more than one surface form."""
    yield "# entities with more than one surface form: key | label | other forms | rules that folded them\n"
    cfg = rules().merge_log
    for key, e in entities.items():
        if e.aliases:
            rules_used = ",".join(sorted(e.attrs.get("folds", ()))) or (cfg.by_code if e.attrs.get("code") else cfg.by_form)
            yield f"{key} | {e.label} | {' / '.join(sorted(e.aliases))} | {rules_used}\n"
