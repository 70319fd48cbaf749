"""Every canned query gives the same rows on a real triplestore as on the embedded store.

The seeds' build is loaded into Oxigraph's own server two ways: with `kg load`
(default graph empty, as most stores start), and with Oxigraph's bulk loader
from graph.trig, served with the union of the named graphs as default graph
(which repeats a triple that several graphs hold). The queries are standalone
(their own PREFIX lines) and read per named graph, so neither matters.
"""
import subprocess
import sys
from pathlib import Path
import shutil

import pytest
from click.testing import CliRunner

import kg
from kg import store
from kg.cli import main

from conftest import oxigraph, remote_select

pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module", params=["kg load", "bulk loader, union default graph"])
def server(request, seed_build, tmp_path_factory):
    location = tmp_path_factory.mktemp("oxigraph") / "store"
    if request.param == "kg load":
        base, proc = oxigraph("serve", "--location", str(location))
        result = CliRunner().invoke(main, ["load", str(seed_build), "--endpoint", base + "/store"])
        assert result.exit_code == 0, result.output
    else:
        binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        subprocess.run([binary, "load", "--location", str(location), "--file", str(seed_build / "graph.trig")],
                       check=True, capture_output=True)
        base, proc = oxigraph("serve", "--location", str(location), "--union-default-graph")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.parametrize("name", store.canned_names())
def test_canned_query_same_rows_on_server(server, seed_build, name):
    local = kg.query(seed_build, name=name)
    remote = remote_select(server, store.canned(name))
    assert remote.columns == local.columns
    assert remote.rows == local.rows
    assert local.rows, name  # a comparison of two empty answers would prove nothing
