"""The README's example outputs are what the program prints on a fresh build of the seeds."""
import pytest

from kg import docs

pytestmark = pytest.mark.slow


def test_readme_outputs_match_a_fresh_build(seed_build):
    text = docs.README.read_text(encoding="utf-8")
    assert len(docs.markers(text)) >= 5  # the investment table, the diff, --list, the eval tables
    diff = docs.stale(docs.README, seed_build)
    assert not diff, "README outputs are stale; run `python -m kg.docs`:\n" + diff


def test_regenerate_replaces_only_marked_blocks(seed_build):
    text = "intro\n<!-- output: kg query build --name investment_per_county -->\n```\nold\n```\nafter\n```\nkept\n```\n"
    fresh = docs.regenerate(text, seed_build)
    assert fresh.startswith("intro\n<!-- output:") and "稷山县" in fresh and "old" not in fresh
    assert fresh.endswith("after\n```\nkept\n```\n")
    assert str(seed_build) not in fresh
