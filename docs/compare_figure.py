"""Draw docs/compare.png: the seed counties compared by sector (run from the repository root).

    python docs/compare_figure.py [OUT.png]

The same figure as notebooks/compare.ipynb, written to a file for the README.
"""
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import kg  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Chinese county names: a CJK font where one is installed (Debian: fonts-noto-cjk)
plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "Noto Sans CJK JP", "DejaVu Sans"]


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        kg.build([ROOT / "seeds"], Path(tmp) / "build")
        c = kg.compare(Path(tmp) / "build", by="sector")
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 5.2), constrained_layout=True)
    c.plot("projects", ax=top)
    c.plot("investment", ax=bottom)
    bottom.get_legend().remove()
    fig.savefig(out, dpi=110)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "compare.png")
