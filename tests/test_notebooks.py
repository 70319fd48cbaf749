"""The notebooks run top to bottom, are stored without outputs, and show plain outputs:
no terminal colour codes, each table once, the graph inline (no path for Jupyter to serve)."""
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.slow


def texts(output) -> list[str]:
    if output.output_type == "stream":
        return [output.text]
    if output.output_type in ("execute_result", "display_data"):
        return [v if isinstance(v, str) else json.dumps(v) for v in output.data.values()]
    return [output.get("evalue", "")]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_with_plain_outputs(path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "outputs must be stripped"
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not any("\x1b[" in t for o in outputs for t in texts(o)), "terminal colour codes in an output"
    for cell in nb.cells:
        if cell.cell_type == "code":
            shown = [o.get("data", {}).get("text/plain") or o.get("text") for o in cell.outputs if o.output_type != "error"]
            shown = [s for s in shown if s]
            assert len(shown) == len(set(shown)), f"a table shown twice in: {cell.source[:60]}"
    html = [o.data["text/html"] for o in outputs if o.output_type in ("execute_result", "display_data") and "text/html" in o.data]
    assert all("file://" not in h and 'src="/' not in h for h in html)
    if path.stem == "quickstart":
        assert any(h.startswith("<iframe srcdoc=") and "vis.Network" in h for h in html)  # the page itself, inline
        assert any("image/svg+xml" in o.get("data", {}) for o in outputs)  # a still picture GitHub shows


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 2
