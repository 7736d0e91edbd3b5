"""bench/bench_partition_scale.py at a tiny size, so it cannot rot: the same services (PostgreSQL, dagster-webserver,
dagster-daemon), queries, backfill and sensor tick as its 100k-1M partition runs, and the billion-page planning
at a few thousand pages. Nothing is timed against a goal here: the figures only have to be there."""

import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))

import bench_partition_scale as bench  # noqa: E402

pytestmark = [pytest.mark.services, pytest.mark.slow]


def test_the_benchmark_measures_every_figure_through_the_services_at_two_growing_sizes(tmp_path: Path):
    reported: list[int] = []
    rows = bench.measure_services([30, 75], 120, tmp_path, lambda so_far: reported.append(len(so_far)))

    assert reported == [1, 2]  # a table after each size: a long run keeps its finished sizes
    assert [row["partitions"] for row in rows] == [30, 75]
    assert [row["new_keys"] for row in rows] == [30, 45]  # the collection grew: only the new groups were added
    for row in rows:
        for name in bench.QUERIES:
            seconds, mib = row[name]
            assert seconds > 0 and mib > 0
        # Every group of the backfill is in one of its ranged runs, each of at most GROUPS_PER_RUN groups.
        assert row["backfill"]["runs"] == row["backfill"]["expected"] == -(-row["partitions"] // bench.GROUPS_PER_RUN)
        assert row["backfill"]["all_runs_s"] is not None
        assert row["sensor"]["runs"] >= 1 and row["sensor"]["seconds"] > 0
        assert row["webserver_mib"] > 100 and row["daemon_mib"] > 100
    # The sensor's cursor moved on: its second tick requested only groups registered after its first.
    assert sum(row["sensor"]["runs"] for row in rows) <= -(-30 // bench.GROUPS_PER_RUN) + -(-45 // bench.GROUPS_PER_RUN)
    table = bench.services_report(rows)
    assert "| measure | 30 | 75 |" in table and "page-groups sensor tick (s)" in table


def test_planning_a_corpus_across_collections_reports_every_group():
    section = bench.plan_billion(pages=20_000, collections=2, pages_per_pdf=10)

    # 1,000 PDFs of 10 pages per collection: 20 groups of 50 PDFs (500 pages) each.
    assert "| 2 | 1,000 | 20,000 | 40 |" in section
