"""bench/results.py: a benchmark's section in RESULTS.md is replaced, the others kept, one blank line between."""

import sys

from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))
import results  # noqa: E402


def test_a_section_is_replaced_in_place_and_the_others_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "RESULTS", tmp_path / "RESULTS.md")
    results.write_section("## A", "## A\n\nfirst\n")
    results.write_section("## B", "## B\n\nsecond\n")
    results.write_section("## A", "## A\n\nnew")  # no trailing newline: still a blank line before B
    assert results.RESULTS.read_text() == "# Benchmark results\n\n## A\n\nnew\n\n## B\n\nsecond\n"
