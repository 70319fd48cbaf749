"""dossier: the side panel's data, read from the explorer's tables (kg/explorer.py).

For each county the page holds: its documents, its projects (one row per
county and project, as queries/county_projects.rq defines them: a Project
that `kg:locatedIn` the County, with the largest amount stated, every
capacity, status, enterprise and park, and the year of the county's earliest
document that mentions it), its enterprises, parks and strategies. For every
other entity on the page: the facts that touch it. Every fact comes with its
evidence: the document, the sentence of the original file and the character
offsets of the names in it. Everything is bounded, whatever the corpus:
`MAX_ROWS` project rows, `MAX_ROW_FACTS` facts per row, `MAX_ENTITY_FACTS`
per entity, `MAX_LISTED` documents, enterprises, parks or strategies per county.

Each row, enterprise and park also carries its sector (ontology/sectors.ttl), the
one `kg.compare` counts it under: the sector stated with the highest confidence
(of equals, the first id). `comparison` gives the counties × sectors of the page
with the figures of `kg.compare`.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import groupby
from operator import itemgetter

from kg import scratch, sectors

MAX_ROWS = 20000  # project rows on the page, shared fairly between counties
MAX_ROW_FACTS = 12  # evidence per row: where it is placed, its amounts, status, enterprise, park
MAX_ENTITY_FACTS = 20  # evidence per entity: the relations that touch it
MAX_LISTED = 200  # documents, enterprises, parks and strategies listed per county
ENTITY_RELATIONS = ("undertakenBy", "locatedInPark", "locatedIn", "implements", "partOf")
ROW_ORDER = ("locatedIn", "investment", "status", "sector", "undertakenBy", "locatedInPark", "capacity")
_SQL_LIST = ",".join(f"'{r}'" for r in ENTITY_RELATIONS)


def homes(db):
    """(node, county) for each chosen node: the county it lies in (its first `locatedIn`), else
    the county that implements it (a strategy), else the county of its first document."""
    return db.execute("""
        SELECT n.iri, coalesce(
            CASE WHEN n.type = 'County' THEN n.iri END,
            (SELECT e.o FROM edge e JOIN chosen c ON c.iri = e.o JOIN node k ON k.iri = e.o AND k.type = 'County'
             WHERE e.s = n.iri AND e.relation = 'locatedIn' ORDER BY e.rowid LIMIT 1),
            (SELECT e.s FROM edge e JOIN chosen c ON c.iri = e.s WHERE e.o = n.iri AND e.relation = 'implements' ORDER BY e.rowid LIMIT 1),
            (SELECT d.county FROM mention m JOIN doc d ON d.iri = m.doc JOIN chosen c ON c.iri = d.county
             WHERE m.iri = n.iri ORDER BY m.rowid LIMIT 1), '')
        FROM node n JOIN chosen USING (iri)""")


def strategy_counts(db):
    """(county, how many strategies it implements) for the chosen counties."""
    return db.execute("""SELECT e.s, count(*) FROM edge e JOIN chosen c ON c.iri = e.s JOIN node n ON n.iri = e.s AND n.type = 'County'
                         WHERE e.relation = 'implements' GROUP BY e.s""")


def collect(db, edges=()) -> dict:
    """What the side panel shows for the nodes in the table `chosen`, and for each of the
    `edges` (s, relation, o) the page draws the fact that says it first.

    The rows and the counties are iterators, read one at a time as the page is written;
    the facts, sentences, documents and names they cite fill up as they are read, so
    they come after them (`names` is a function, called once they are read): the page
    of a large corpus is never whole in memory. `resolved` makes it plain lists."""
    _best_sectors(db)
    evidence = _Evidence(db)
    firsts = _first_facts(db, edges)
    evidence.prefetch(r for r in firsts if r is not None)
    edge_facts = [evidence.fact(first) if first is not None else -1 for first in firsts]
    total, kept = _choose_rows(db)
    return {"edge_facts": edge_facts, "entities": _entities(db, evidence), "rows_cut": total - kept,
            "sectors": _entity_sectors(db), "rows": _rows(db, evidence), "counties": _counties(db, evidence),
            "facts": evidence.facts, "sentences": evidence.sentences, "documents": evidence.documents,
            "names": lambda: _names(db, evidence.named)}


def _first_facts(db, edges) -> list[int | None]:
    """For each edge (s, relation, o), the rowid of the first fact that states it (None for
    none): one query for them all, not one per edge."""
    db.execute("DROP TABLE IF EXISTS temp.page_edge")
    db.execute("CREATE TEMP TABLE page_edge(k INTEGER PRIMARY KEY, s TEXT, relation TEXT, o TEXT)")
    db.executemany("INSERT INTO temp.page_edge(s, relation, o) VALUES (?, ?, ?)", edges)
    firsts = [first for (first,) in db.execute(
        # (by the key's index, which holds the rowids: the planner would pick fact_o and read rows)
        "SELECT (SELECT min(f.rowid) FROM fact f INDEXED BY fact_key WHERE f.s = e.s AND f.relation = e.relation AND f.o = e.o)"
        " FROM temp.page_edge e ORDER BY e.k")]
    db.execute("DROP TABLE temp.page_edge")
    return firsts


def resolved(panel: dict) -> dict:
    """`collect`'s panel as plain lists and dicts, read in the order a page writes it."""
    return {key: value() if callable(value) else value if isinstance(value, (list, dict, int)) else list(value)
            for key, value in panel.items()}


def county_list(db) -> list:
    """[county, label, projects, 亿元 announced, documents] of the chosen counties, for the page's
    county list: the counties the documents are about first. The amount is the sum of each
    project's largest stated amount, as queries/county_projects.rq gives them."""
    listed = db.execute("""
        SELECT n.iri, n.label,
               (SELECT count(*) FROM edge e JOIN node p ON p.iri = e.s AND p.type = 'Project' WHERE e.o = n.iri AND e.relation = 'locatedIn'),
               (SELECT coalesce(sum(m.yuan), 0) FROM edge e JOIN node p ON p.iri = e.s AND p.type = 'Project'
                JOIN (SELECT s, max(CAST(o AS REAL)) AS yuan FROM fact WHERE relation = 'investment' GROUP BY s) m ON m.s = e.s
                WHERE e.o = n.iri AND e.relation = 'locatedIn'),
               (SELECT count(*) FROM doc WHERE county = n.iri)
        FROM node n JOIN chosen USING (iri) WHERE n.type = 'County'""").fetchall()
    return [[iri, label, projects, round(yuan / 100000000, 2), documents]
            for iri, label, projects, yuan, documents in sorted(listed, key=lambda c: (-c[4], -c[2], c[1]))]


class _Evidence:
    """The facts the panel cites, each once, with their documents and sentences, each once."""

    def __init__(self, db):
        self.db = db
        self.documents: list = []
        self.sentences: list = []
        self.facts: list = []
        self._doc: dict[str, int] = {}
        self._sentence: dict[tuple, int] = {}
        self._fact: dict[int, int] = {}
        self._read: dict[int, tuple] = {}  # rows of facts read ahead (`prefetch`)
        self._texts: dict[tuple, str] = {}  # sentences read ahead
        self.named: set[str] = set()  # the entities the cited facts and rows name

    def document(self, iri: str) -> int:
        if iri not in self._doc:
            self._doc[iri] = len(self.documents)
            self.documents.append(list(self.db.execute(
                "SELECT iri, file, date, kind, title, county FROM doc WHERE iri = ?", (iri,)).fetchone()))
        return self._doc[iri]

    def fact(self, rowid: int) -> int:
        """The index of fact `rowid` in `facts`: [subject, relation, object or value, document,
        sentence or -1, subject start, subject end, object start, object end] (offsets into the file)."""
        if rowid not in self._fact:
            read = self._read.pop(rowid, None) or self._facts_of([rowid])[0][1:]
            s, relation, o, doc, start, end, *spans = read
            d = self.document(doc)
            sentence = -1
            if start is not None:
                key = (doc, start, end)
                if key not in self._sentence:
                    if key in self._texts:
                        text = self._texts.pop(key)
                    else:
                        found = self.db.execute("SELECT text FROM sentence WHERE doc = ? AND start = ? AND end = ?", key).fetchone()
                        text = found[0] if found else ""
                    self._sentence[key] = len(self.sentences)
                    self.sentences.append([d, start, end, text])
                sentence = self._sentence[key]
            self._fact[rowid] = len(self.facts)
            self.facts.append([s, relation, o, d, sentence, *spans])
            self.named.update((s, o) if relation in ENTITY_RELATIONS else (s,))
        return self._fact[rowid]

    def prefetch(self, rowids) -> None:
        """Read the facts `rowids` and their sentences ahead for `fact`, a few hundred per query
        (a query per fact and sentence was most of the time the panel took)."""
        wanted = sorted({r for r in rowids if r not in self._fact and r not in self._read})
        keys = set()
        for part in scratch.chunks(wanted):
            for row in self._facts_of(part):
                self._read[row[0]] = row[1:]
                if row[5] is not None:
                    keys.add((row[4], row[5], row[6]))
        keys = sorted(k for k in keys if k not in self._sentence and k not in self._texts)
        for part in scratch.chunks(keys, 300):
            marks = ",".join(["(?, ?, ?)"] * len(part))
            for doc, start, end, text in self.db.execute(
                    f"SELECT doc, start, end, text FROM sentence WHERE (doc, start, end) IN (VALUES {marks})",
                    [x for key in part for x in key]):
                self._texts[doc, start, end] = text

    def _facts_of(self, rowids: list[int]) -> list[tuple]:
        """(rowid, s, relation, o, doc, start, end, s_start, s_end, o_start, o_end) of facts."""
        return self.db.execute(
            "SELECT rowid, s, relation, o, doc, start, end, s_start, s_end, o_start, o_end FROM fact"
            f" WHERE rowid IN ({','.join('?' * len(rowids))})", rowids).fetchall()


def _choose_rows(db) -> tuple[int, int]:
    """Fill the table `dossier_row` with one row per chosen county and project located in it
    (queries/county_projects.rq), at most `MAX_ROWS`: each county's projects with a stated
    amount first, counties served in turn. How many rows there are, and how many are kept."""
    db.execute("DROP TABLE IF EXISTS temp.dossier_row")
    db.execute("CREATE TEMP TABLE dossier_row(county TEXT, project TEXT, PRIMARY KEY (county, project))")
    db.execute("""
        INSERT INTO dossier_row SELECT county, project FROM (
            SELECT e.o AS county, e.s AS project, row_number() OVER (PARTITION BY e.o ORDER BY
                   NOT EXISTS (SELECT 1 FROM fact i WHERE i.s = e.s AND i.relation = 'investment'), e.rowid) AS k
            FROM edge e JOIN chosen c ON c.iri = e.o JOIN node k ON k.iri = e.o AND k.type = 'County'
            JOIN node p ON p.iri = e.s AND p.type = 'Project' WHERE e.relation = 'locatedIn')
        ORDER BY k, county LIMIT ?""", (MAX_ROWS,))
    total = db.execute("""SELECT count(*) FROM edge e JOIN chosen c ON c.iri = e.o JOIN node k ON k.iri = e.o AND k.type = 'County'
                          JOIN node p ON p.iri = e.s AND p.type = 'Project' WHERE e.relation = 'locatedIn'""").fetchone()[0]
    return total, db.execute("SELECT count(*) FROM temp.dossier_row").fetchone()[0]


def _rows(db, evidence: _Evidence, batch: int = 200):
    """The rows of `dossier_row` (`_project_rows`), their facts cited a batch of rows at a time
    (read in one query per batch, not one per fact)."""
    held: list[dict] = []
    for row in _project_rows(db, evidence):
        held.append(row)
        if len(held) >= batch:
            yield from _cite(held, evidence)
            held = []
    yield from _cite(held, evidence)


def _cite(rows: list[dict], evidence: _Evidence):
    """The rows with their facts' rowids replaced by the facts' indices, in order."""
    evidence.prefetch(f for row in rows for f in row["facts"])
    for row in rows:
        row["facts"] = [evidence.fact(f) for f in row["facts"]]
        yield row


def _project_rows(db, evidence: _Evidence):
    """The rows of `dossier_row`, one project at a time: its facts are read (in the order of
    projects, as the rows are), summarised, named by each of its rows (their rowids) and let go."""
    projects = "(SELECT DISTINCT project FROM temp.dossier_row)"
    read = db.execute(f"""
            SELECT f.s, f.rowid, f.relation, f.o, d.date, d.year FROM fact f JOIN doc d ON d.iri = f.doc
            WHERE f.s IN {projects} AND f.relation IN ({",".join(f"'{r}'" for r in ROW_ORDER)}) ORDER BY f.s, d.date, f.rowid""")
    linked: dict[str, dict[str, list]] = {}
    for s, relation, o, label in db.execute(f"""
            SELECT e.s, e.relation, e.o, n.label FROM edge e JOIN node n ON n.iri = e.o
            WHERE e.s IN {projects} AND e.relation IN ('undertakenBy', 'locatedInPark') ORDER BY e.rowid"""):
        linked.setdefault(s, {}).setdefault(relation, []).append([o, label])
    best = {p: (sector, cue) for p, sector, cue in db.execute(
        f"SELECT iri, sector, cue FROM temp.best_sector WHERE iri IN {projects}")}
    years = {(c, p): y for c, p, y in db.execute("""
            SELECT r.county, r.project, min(d.year) FROM temp.dossier_row r JOIN mention m ON m.iri = r.project
            JOIN doc d ON d.iri = m.doc AND d.county = r.county WHERE d.year != '' GROUP BY r.county, r.project""")}
    rows = db.execute("SELECT r.project, r.county, n.label FROM temp.dossier_row r JOIN node n ON n.iri = r.project"
                      " ORDER BY r.project, r.county").fetchall()
    stated = groupby(read, key=itemgetter(0))
    ahead = next(stated, None)
    for project, its_rows in groupby(rows, key=itemgetter(0)):
        while ahead is not None and ahead[0] < project:  # both in the same (binary) order of IRIs
            ahead = next(stated, None)
        sector, cue = best.get(project, (None, None))
        facts = [f[1:] for f in ahead[1] if f[2] != "sector" or f[3] == sector] if ahead is not None and ahead[0] == project else []
        said = _stated(facts)
        linked_here = linked.pop(project, {})
        evidence.named.update(x[0] for x in linked_here.get("undertakenBy", []) + linked_here.get("locatedInPark", []))
        for _, county, label in its_rows:
            yield {
                "county": county, "project": project, "label": label, **said["values"],
                "enterprises": linked_here.get("undertakenBy", []), "parks": linked_here.get("locatedInPark", []),
                "year": years.get((county, project)), "sector": sector, "sector_cue": cue,
                "facts": (said["placed"].get(county, []) + said["cited"])[:MAX_ROW_FACTS],
            }


def _stated(facts: list) -> dict:
    """What the documents state of one project (its facts, by date): its largest amount, the
    largest amount each year, capacities, statuses (the latest last), and the facts to cite:
    where it is placed, per county, then the others in `ROW_ORDER`."""
    amounts = [(Decimal(o), year) for _, relation, o, _, year in facts if relation == "investment"]
    yuan = max((a for a, _ in amounts), default=None)
    by_year: dict[str, Decimal] = {}
    for a, y in amounts:
        if y:
            by_year[y] = max(by_year.get(y, a), a)
    statuses = [o for _, relation, o, _, _ in facts if relation == "status"]
    placed: dict[str, list[int]] = {}
    for rowid, relation, o, _, _ in facts:
        if relation == "locatedIn":
            placed.setdefault(o, []).append(rowid)
    cited = sorted((f for f in facts if f[1] != "locatedIn"), key=lambda f: ROW_ORDER.index(f[1]))  # stable: by date
    return {"values": {"yuan": _plain(yuan) if yuan is not None else None, "yi": _plain(yuan / 100000000) if yuan is not None else None,
                       "capacity": sorted({o for _, relation, o, _, _ in facts if relation == "capacity"}),
                       "status": sorted(set(statuses)), "latest": statuses[-1] if statuses else None,
                       "amounts": [[y, _plain(a)] for y, a in sorted(by_year.items())]},
            "placed": placed, "cited": [f[0] for f in cited[:MAX_ROW_FACTS]]}


def _counties(db, evidence: _Evidence):
    """[county, its record] for each chosen county, one at a time."""
    for iri, label in db.execute("SELECT n.iri, n.label FROM node n JOIN chosen USING (iri) WHERE n.type = 'County' ORDER BY n.rowid"
                                 ).fetchall():
        documents = [evidence.document(d) for (d,) in db.execute(
            "SELECT iri FROM doc WHERE county = ? ORDER BY date, file LIMIT ?", (iri, MAX_LISTED))]
        located = {kind: db.execute("""SELECT e.s, n.label, b.sector FROM edge e JOIN node n ON n.iri = e.s AND n.type = ?
                                       LEFT JOIN temp.best_sector b ON b.iri = e.s
                                       WHERE e.o = ? AND e.relation = 'locatedIn' ORDER BY n.label LIMIT ?""",
                                    (kind, iri, MAX_LISTED)).fetchall() for kind in ("Enterprise", "Park")}
        strategies = db.execute("""
            SELECT e.o, n.label, (SELECT count(DISTINCT f.doc) FROM fact f WHERE f.s = e.s AND f.relation = 'implements' AND f.o = e.o) AS k
            FROM edge e JOIN node n ON n.iri = e.o WHERE e.s = ? AND e.relation = 'implements' ORDER BY k DESC, n.label LIMIT ?""",
                                (iri, MAX_LISTED)).fetchall()
        counts = db.execute("""SELECT (SELECT count(*) FROM doc WHERE county = :c),
                                      (SELECT count(*) FROM edge WHERE s = :c AND relation = 'implements'),
                                      (SELECT count(*) FROM edge e JOIN node p ON p.iri = e.s AND p.type = 'Project'
                                       WHERE e.o = :c AND e.relation = 'locatedIn')""", {"c": iri}).fetchone()
        yield [iri, {"label": label, "code": iri.rsplit("/", 1)[-1], "documents": documents,
                     "enterprises": [list(x) for x in located["Enterprise"]], "parks": [list(x) for x in located["Park"]],
                     "strategies": [list(x) for x in strategies], "documents_total": counts[0], "strategies_total": counts[1],
                     "projects_total": counts[2]}]


def _entities(db, evidence: _Evidence) -> dict:
    """For each chosen entity but the counties (whose dossier is their own): the facts that
    touch it, those of the earliest documents first, and how many there are.

    One pass over the facts of the relations shown, each kept for its subject and its object
    when they are such entities: at most `MAX_ENTITY_FACTS` per entity held (cut to them
    whenever twice as many are), in the order of the relation (`ENTITY_RELATIONS`), the date
    of the document and the fact's rowid (a windowed SQL query over both ends did the same,
    sorting every touching fact twice: some 8-20 ms of the seeds' page)."""
    wanted = {iri for (iri,) in db.execute("SELECT iri FROM chosen JOIN node n USING (iri) WHERE n.type != 'County'")}
    priority = {r: i for i, r in enumerate(ENTITY_RELATIONS)}
    held: dict[str, list] = {}
    count: dict[str, int] = {}
    for fid, s, relation, o, date in db.execute(
            f"SELECT f.rowid, f.s, f.relation, f.o, d.date FROM fact f JOIN doc d ON d.iri = f.doc WHERE f.relation IN ({_SQL_LIST})"):
        key = (priority[relation], date is not None, date or "", fid)  # (SQL orders NULL first)
        for iri in (s, o):
            if iri in wanted:
                count[iri] = count.get(iri, 0) + 1
                facts = held.setdefault(iri, [])
                facts.append(key)
                if len(facts) >= 2 * MAX_ENTITY_FACTS:
                    facts.sort()
                    del facts[MAX_ENTITY_FACTS:]
    touching = [(iri, key[3], count[iri]) for iri in sorted(held) for key in sorted(held[iri])[:MAX_ENTITY_FACTS]]
    evidence.prefetch(rowid for _, rowid, _ in touching)
    found: dict[str, dict] = {}
    for iri, rowid, total in touching:
        entry = found.setdefault(iri, {"facts": [], "total": total})
        entry["facts"].append(evidence.fact(rowid))
    return found


def _names(db, iris: set) -> dict:
    """Label and class of the entities the panel names that the graph does not draw."""
    chosen = {iri for (iri,) in db.execute("SELECT iri FROM chosen")}
    wanted = sorted(iris - chosen)
    names = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        for iri, label, kind in db.execute(f"SELECT iri, label, type FROM node WHERE iri IN ({','.join('?' * len(part))})", part):
            names[iri] = [label, kind]
    return names


def _best_sectors(db) -> None:
    """Fill the table `best_sector` with each entity's sector as kg.compare decides it: of the
    sectors of the scheme stated of it, the one with the highest confidence (of equals, the
    first id), with its deciding word."""
    known = sectors.scheme()
    db.create_function("kg_in_scheme", 1, lambda sector: sector in known, deterministic=True)
    db.execute("DROP TABLE IF EXISTS temp.best_sector")
    db.execute("CREATE TEMP TABLE best_sector(iri TEXT PRIMARY KEY, sector TEXT, cue TEXT)")
    db.execute("""INSERT INTO best_sector SELECT iri, sector, cue FROM (
                      SELECT iri, sector, cue, row_number() OVER (PARTITION BY iri ORDER BY confidence DESC, sector) AS k
                      FROM sector WHERE kg_in_scheme(sector)) WHERE k = 1""")


def _entity_sectors(db) -> dict:
    """{entity: [sector, deciding word]} for the chosen enterprises and parks that have one
    (a project's sector comes with its rows)."""
    return {iri: [sector, cue] for iri, sector, cue in db.execute(
        """SELECT b.iri, b.sector, b.cue FROM temp.best_sector b JOIN chosen USING (iri) JOIN node n USING (iri)
           WHERE n.type IN ('Enterprise', 'Park') ORDER BY b.iri""")}


def comparison(db) -> dict:
    """The chosen counties × sectors (and × sections) with the figures of `kg.compare`: each
    project that lies in a county once, with its largest stated amount and its sector (its
    best one, `_best_sectors`), projects without one under "unknown", so that shares add up.

    {"labels": {sector: [zh, en, section]} (the whole scheme, small),
     "groups": {"sector": [ids, scheme order, unknown last], "section": [...]},
     "counties": [[county, label, projects, yuan, {"sector": cells, "section": cells}]] by label,
     a cell [group index, projects, yuan, project share, investment share]}; yuan as text."""
    scheme = sectors.scheme()
    _best_sectors(db)
    db.create_aggregate("kg_decimal_max", 1, _DecimalMax)
    cells: dict[str, dict[str, list]] = {}
    names: dict[str, str] = {}
    for county, label, sector, n, yuan in db.execute(f"""
            WITH amount(project, yuan) AS (SELECT s, kg_decimal_max(o) FROM fact WHERE relation = 'investment' GROUP BY s)
            SELECT e.o, k.label, coalesce(b.sector, '{sectors.UNKNOWN}'), count(*), group_concat(a.yuan, ' ')
            FROM edge e JOIN chosen c ON c.iri = e.o JOIN node k ON k.iri = e.o AND k.type = 'County'
            JOIN node p ON p.iri = e.s AND p.type = 'Project'
            LEFT JOIN temp.best_sector b ON b.iri = e.s LEFT JOIN amount a ON a.project = e.s
            WHERE e.relation = 'locatedIn' GROUP BY e.o, b.sector"""):
        names[county] = label
        cells.setdefault(county, {})[sector] = [n, sum((Decimal(v) for v in (yuan or "").split()), Decimal(0))]
    order = {sid: i for i, sid in enumerate(scheme)}
    rank = lambda g: order.get(g, len(order))  # noqa: E731 (unknown last)
    groups = {"sector": sorted({g for c in cells.values() for g in c}, key=rank)}
    groups["section"] = sorted({scheme[g].section().id if g in scheme else g for g in groups["sector"]}, key=rank)
    counties = []
    for county in sorted(cells, key=lambda c: names[c]):
        by_sector = cells[county]
        by_section: dict[str, list] = {}
        for g, (n, yuan) in by_sector.items():
            top = by_section.setdefault(scheme[g].section().id if g in scheme else g, [0, Decimal(0)])
            top[0] += n
            top[1] += yuan
        total_n = sum(n for n, _ in by_sector.values())
        total_yuan = sum((yuan for _, yuan in by_sector.values()), Decimal(0))
        counties.append([county, names[county], total_n, _plain(total_yuan), {
            by: [[groups[by].index(g), n, _plain(yuan), round(n / total_n, 4), round(float(yuan / total_yuan), 4) if total_yuan else 0.0]
                 for g, (n, yuan) in sorted(found.items(), key=lambda kv: rank(kv[0]))]
            for by, found in (("sector", by_sector), ("section", by_section))}])
    labels = {sid: [s.zh, s.en, s.section().id] for sid, s in scheme.items()}
    labels[sectors.UNKNOWN] = ["未定", "unknown", sectors.UNKNOWN]
    return {"labels": labels, "groups": groups, "counties": counties}


class _DecimalMax:
    """The largest of decimal texts, exactly (SQLite's max compares them as floats or as text)."""

    def __init__(self):
        self.best = None

    def step(self, value) -> None:
        if value is not None and (self.best is None or Decimal(value) > self.best):
            self.best = Decimal(value)

    def finalize(self):
        return None if self.best is None else _plain(self.best)


def _plain(value: Decimal) -> str:
    """A decimal as the query writes it: 500000000, 3.67 (no exponent, no trailing zeros)."""
    return format(value.normalize(), "f")
