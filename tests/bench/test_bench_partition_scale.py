"""bench/bench_partition_scale.py at a tiny size, so it cannot rot: the same services (PostgreSQL, dagster-webserver,
dagster-daemon), shard registration, queries, backfill and sensor tick as its billion-page run, and the billion-page
planning at a few thousand pages. Nothing is timed against a goal here: the figures only have to be there."""

import json
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))

import bench_partition_scale as bench  # noqa: E402

pytestmark = [pytest.mark.services, pytest.mark.slow]


def test_the_shard_grain_is_measured_through_the_services_beside_the_page_group_grain(tmp_path: Path):
    # 2 collections of 30 groups in shards of 4: 8 shards each (the last holds 2 groups), 16 in all.
    row = bench.measure_shards(collections=2, groups=30, groups_per_shard=4, backfill_wait_s=120, workdir=tmp_path)

    assert row["partitions"] == 16 and row["groups"] == 60
    assert row["plan_s"] > 0 and row["register_s"] > 0 and row["waiting_s"] > 0
    for name in bench.QUERIES:
        seconds, mib = row[name]
        assert seconds > 0 and mib > 0
    # One run per shard, every one created within the wait.
    assert row["backfill"]["runs"] == row["backfill"]["expected"] == 16
    assert row["backfill"]["all_runs_s"] is not None
    # Whichever page-groups sensor the code location holds ticked: it requested runs or said why not.
    assert row["sensor"]["seconds"] > 0 and (row["sensor"]["runs"] > 0 or row["sensor"]["skip_reason"])
    assert 100 < row["webserver_start_mib"] <= row["webserver_mib"]
    assert 100 < row["daemon_start_mib"] <= row["daemon_mib"]

    earlier = json.loads(bench.COMPARE.read_text())
    report = bench.services_report(row, earlier, (1.0, 1.0, 1.0))
    assert (
        "| measure | page groups: 300,000 (earlier run) | page groups: 1,000,000 (earlier run) | shards: 16 (this run) | goal |"
        in report
    )
    assert "| `dolma_documents` partitions | 300,000 | 1,000,000 | 16 | < 100,000 |" in report
    assert "**not re-run**" in report


def test_planning_a_corpus_across_collections_reports_every_group():
    section = bench.plan_billion(pages=20_000, collections=2, pages_per_pdf=10)

    # 1,000 PDFs of 10 pages per collection: 20 groups of 50 PDFs (500 pages) each.
    assert "| 2 | 1,000 | 20,000 | 40 |" in section
