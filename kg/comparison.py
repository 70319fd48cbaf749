"""comparison: counties side by side — their projects, announced investment and
the share of each sector (or year, or status) in the county's total.

    import kg
    c = kg.compare("build", counties=["稷山县", "新绛县"], by="sector")
    c.rows        # one Row per county and group: projects, yuan, shares
    c.to_csv()    # tidy rows for pandas or a spreadsheet

Each project counts once per county it lies in (kg:locatedIn), however many
documents name it: its investment is the largest amount stated for it, its
sector the one decided with the highest confidence, its year the first year a
document of that county names it, its status the one stated by the county's
latest document that states one. Projects without a sector (or a year, or a
status) are counted under "unknown", so that shares add up to the county's
total. The same questions as standalone SPARQL: queries/compare_*.rq.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

from kg import sectors
from kg.errors import InputError

BY = ("sector", "section", "year", "status")
UNKNOWN = sectors.UNKNOWN
STATUS_ORDER = ("Planned", "Started", "UnderConstruction", "Completed")
_STATUS_ZH = {"Planned": "谋划", "Started": "开工", "UnderConstruction": "在建", "Completed": "建成"}

_PROJECTS = """
SELECT ?c ?county ?code ?p WHERE {
  ?p a kg:Project ; kg:locatedIn ?c . ?c a kg:County ; rdfs:label ?county ; kg:adminCode ?code .
}"""
_INVESTMENT = "SELECT ?p (MAX(?v) AS ?yuan) WHERE { ?p a kg:Project ; kg:investmentCNY ?v } GROUP BY ?p"
_SECTORS = """
SELECT ?p ?s (MAX(?conf) AS ?confidence) WHERE {
  ?p a kg:Project ; kg:sector ?s .
  ?st rdf:subject ?p ; rdf:predicate kg:sector ; rdf:object ?s .
  ?a oa:hasBody ?st ; kg:confidence ?conf .
} GROUP BY ?p ?s"""
_YEARS = """
SELECT ?c ?p (MIN(YEAR(?date)) AS ?year) WHERE {
  ?p a kg:Project ; kg:mentionedIn ?d . ?d kg:aboutCounty ?c ; dcterms:date ?date .
} GROUP BY ?c ?p"""
_STATUS = """
SELECT DISTINCT ?c ?p ?status ?date WHERE {
  ?st rdf:subject ?p ; rdf:predicate kg:status ; rdf:object ?status .
  ?a oa:hasBody ?st ; prov:wasDerivedFrom ?d . ?d kg:aboutCounty ?c ; dcterms:date ?date .
}"""


@dataclass(frozen=True)
class Row:
    """One county and one group (a sector, a year or a status)."""

    county: str
    code: str
    group: str        # the group's id: a sector id, a year, a status, or "unknown"
    label: str        # its name for people: 新能源, 2021, 在建 ...
    projects: int
    yuan: Decimal     # announced investment of these projects, in yuan
    project_share: float     # projects / the county's projects
    investment_share: float  # yuan / the county's announced investment (0 when it announces none)

    @property
    def yi(self) -> Decimal:
        """The investment in 亿元."""
        return self.yuan / Decimal(100_000_000)


@dataclass
class Comparison:
    by: str
    counties: list[str]
    rows: list[Row] = field(default_factory=list)
    totals: dict[str, tuple[int, Decimal]] = field(default_factory=dict)  # county -> (projects, yuan)

    def as_dicts(self) -> list[dict]:
        out = []
        for r in self.rows:
            d = asdict(r)
            d["yuan"] = int(r.yuan) if r.yuan == r.yuan.to_integral() else float(r.yuan)
            d["yi"] = round(float(r.yi), 4)
            out.append(d)
        return out

    def to_json(self) -> str:
        return json.dumps({"by": self.by, "counties": self.counties, "rows": self.as_dicts()}, ensure_ascii=False, indent=2)

    def to_csv(self) -> str:
        buf = io.StringIO()
        columns = ["county", "code", "group", "label", "projects", "yuan", "yi", "project_share", "investment_share"]
        w = csv.DictWriter(buf, columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(self.as_dicts())
        return buf.getvalue()

    def groups(self) -> list[tuple[str, str]]:
        """The groups present, in the order of the scheme (or of years, or of statuses), unknown last."""
        seen = {(r.group, r.label) for r in self.rows}
        return sorted(seen, key=lambda g: _group_order(self.by, g[0]))

    def cell(self, county: str, group: str) -> Row | None:
        return next((r for r in self.rows if r.county == county and r.group == group), None)

    def plot(self, measure: str = "projects", top: int = 12, ax=None, english: bool = True):
        """One stacked bar per county: the share of its projects (measure="projects")
        or of its announced investment ("investment") in each group. The `top`
        groups largest over all counties (projects and investment together, so
        that both measures draw the same groups in the same colours) are drawn,
        the rest pooled as "other", unknown last. Needs matplotlib
        (pip install 'county-kg[notebooks]')."""
        import matplotlib.pyplot as plt

        share = "project_share" if measure == "projects" else "investment_share"
        weight: dict[str, float] = defaultdict(float)
        for r in self.rows:
            if r.group != UNKNOWN:
                weight[r.group] += r.project_share + r.investment_share
        shown = sorted(weight, key=lambda g: (-weight[g], _group_order(self.by, g)))[:top]
        shown.sort(key=lambda g: _group_order(self.by, g))
        columns = [*shown, "other", UNKNOWN]
        if ax is None:
            _, ax = plt.subplots(figsize=(9, 0.6 * len(self.counties) + 1.6))
        colours = plt.get_cmap("tab20").colors
        left = [0.0] * len(self.counties)
        for i, group in enumerate(columns):
            values = []
            for county in self.counties:
                rows = [r for r in self.rows if r.county == county]
                if group == "other":
                    values.append(sum(getattr(r, share) for r in rows if r.group not in shown and r.group != UNKNOWN))
                else:
                    values.append(sum(getattr(r, share) for r in rows if r.group == group))
            label = self._legend(group, english)
            colour = "#cccccc" if group == UNKNOWN else ("#888888" if group == "other" else colours[i % len(colours)])
            ax.barh(self.counties, values, left=left, label=label, color=colour, edgecolor="white", linewidth=0.5)
            left = [a + b for a, b in zip(left, values)]
        for y, total in enumerate(left):
            if total == 0:
                ax.text(0.01, y, "no amount stated" if english else "未述投资额", va="center", fontsize=9, color="#666666")
        ax.set_xlim(0, 1)
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:.0%}"))
        what = "projects" if measure == "projects" else "announced investment"
        ax.set_title(f"Share of each county's {what}, by {self.by}", loc="left", fontsize=11)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        return ax

    def _legend(self, group: str, english: bool) -> str:
        if group == "other":
            return "other" if english else "其他"
        if group == UNKNOWN:
            return "unknown" if english else "未定"
        if english and self.by in ("sector", "section"):
            return sectors.get(group).en
        return _label(self.by, group)


def compare(target, counties=None, by: str = "sector") -> Comparison:
    """Counties × sectors (or sections, years, statuses) of a build folder or RDF file.

    `counties`: names (稷山县 or 稷山), codes (140824), or None for every county."""
    from kg import store

    if by not in BY:
        raise InputError(f"cannot compare by {by!r}: choose one of {', '.join(BY)}")
    target = Path(target)
    st = store.open_store(target)

    def run(q):
        return store.query(target, q, store=st).rows

    projects = run(_PROJECTS)
    if not projects:
        raise InputError(f"no project lies in a county in {target}")
    names = {c: (name, code) for c, name, code, _ in projects}
    chosen = _choose(names, counties)
    groups = _groups(by, run, {(c, p) for c, _, _, p in projects})
    investment = {p: Decimal(v) for p, v in run(_INVESTMENT)}
    per_county: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c, _, _, p in projects:
        if c in chosen:
            per_county[c][groups.get((c, p), UNKNOWN)].append(p)
    result = Comparison(by=by, counties=[names[c][0] for c in chosen])
    for c in chosen:
        name, code = names[c]
        all_projects = {p for ps in per_county[c].values() for p in ps}
        total_yuan = sum((investment.get(p, Decimal(0)) for p in all_projects), Decimal(0))
        result.totals[name] = (len(all_projects), total_yuan)
        for group, ps in sorted(per_county[c].items(), key=lambda kv: _group_order(by, kv[0])):
            yuan = sum((investment.get(p, Decimal(0)) for p in set(ps)), Decimal(0))
            result.rows.append(Row(
                county=name, code=code, group=group, label=_label(by, group), projects=len(set(ps)), yuan=yuan,
                project_share=round(len(set(ps)) / len(all_projects), 4),
                investment_share=round(float(yuan / total_yuan), 4) if total_yuan else 0.0,
            ))
    return result


def _choose(names: dict[str, tuple[str, str]], counties) -> list[str]:
    """The county IRIs asked for, in the order asked (all, by name, when None)."""
    if not counties:
        return sorted(names, key=lambda c: names[c][0])
    if isinstance(counties, str):
        counties = [c.strip() for c in counties.split(",") if c.strip()]
    chosen = []
    from kg.gazetteer import UnknownCounty, resolve_county  # full name, short name or code, as every command takes one

    for asked in counties:
        try:
            wanted = resolve_county(asked, among=[code for _, code in names.values()]).code
        except UnknownCounty:
            wanted = None
        hits = [c for c, (name, code) in names.items() if code == wanted]
        if not hits:
            available = "、".join(sorted(n for n, _ in names.values()))
            raise InputError(f"no county {asked!r} in this build (it has: {available})")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen


def _groups(by: str, run, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(county, project) -> its group."""
    if by in ("sector", "section"):
        best: dict[str, tuple[float, str]] = {}
        for p, s, conf in run(_SECTORS):
            sid = s.strip("<>").removeprefix(sectors.SECTOR)
            if sid not in sectors.scheme():
                continue
            key = (-float(conf), sid)  # the most confident; of equals, the first id
            if p not in best or key < best[p]:
                best[p] = key
        of_project = {p: (sectors.get(sid).section().id if by == "section" else sid) for p, (_, sid) in best.items()}
        return {(c, p): of_project[p] for c, p in pairs if p in of_project}
    if by == "year":
        return {(c, p): str(year) for c, p, year in run(_YEARS) if year}
    latest: dict[tuple[str, str], tuple[str, str]] = {}
    for c, p, status, date in run(_STATUS):
        name = status.strip("<>").rsplit("#", 1)[-1]
        if (c, p) not in latest or (date, name) > latest[(c, p)]:
            latest[(c, p)] = (date, name)
    return {k: v[1] for k, v in latest.items()}


def _label(by: str, group: str) -> str:
    if group == UNKNOWN:
        return "未定"
    if by in ("sector", "section"):
        return sectors.get(group).zh
    if by == "status":
        return _STATUS_ZH.get(group, group)
    return group


def _group_order(by: str, group: str) -> tuple:
    if group == UNKNOWN:
        return (1, 0)
    if by in ("sector", "section"):
        return (0, list(sectors.scheme()).index(group))
    if by == "status":
        return (0, STATUS_ORDER.index(group) if group in STATUS_ORDER else len(STATUS_ORDER))
    return (0, group)


def format_table(c: Comparison) -> str:
    """Groups × counties; each cell: projects, 亿元 and the share of the county's announced investment."""
    from rich.console import Console
    from rich.table import Table

    title = f"projects by {c.by}: count · 亿元 · share of the county's announced investment"
    table = Table(c.by, *c.counties, title=title, title_justify="left")
    for group, label in c.groups():
        cells = []
        for county in c.counties:
            r = c.cell(county, group)
            cells.append("" if r is None else f"{r.projects} · {_yi(r.yi)} · {r.investment_share:.0%}")
        table.add_row(label, *cells)
    table.add_row("[bold]total[/bold]", *[f"{n} · {_yi(y / Decimal(100_000_000))}" for n, y in
                                          (c.totals[county] for county in c.counties)])
    console = Console(width=40 + 26 * len(c.counties), record=True, file=io.StringIO(),
                      force_jupyter=False, force_terminal=False, color_system=None)  # plain text, shown once in notebooks
    console.print(table)
    return console.export_text().rstrip("\n")


def _yi(yi: Decimal) -> str:
    return f"{float(yi):,.2f}"
