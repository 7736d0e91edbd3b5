"""Scale of planning: 1,000,000 PDF paths planned into page groups, and their shards registered as
dynamic partitions in a Dagster instance.

    .venv/bin/python bench/bench_planning.py [--pdfs 1000000] [--no-write]

Page counts of the 100 sampled PDFs come from a fixed synthetic distribution (1 to 40 pages): this
measures planning and registration, not downloads. Goals: planning under 60 s; memory that grows
with the paths planned, not more.
"""

from __future__ import annotations

import argparse
import time
import zlib

import dagster as dg
from results import machine, peak_rss_mib, publish

from olmocr_assets.lib.partitions import GROUPS_PER_SHARD, PARTITION_BATCH, shard_key, shard_partitions
from olmocr_core.work.groups import items_per_group, plan_groups, sample_mean_pages
from olmocr_core.work.shards import shard_count

HEADING = "## Scale of planning"
GOAL_S = 60.0


def synthetic_pages(path: str) -> int:
    return 1 + zlib.crc32(path.encode()) % 40


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdfs", type=int, default=1_000_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    before = peak_rss_mib()
    paths = [f"s3://bucket/collection/{i // 1000:04d}/{i:08d}.pdf" for i in range(args.pdfs)]
    listed = peak_rss_mib()
    started = time.perf_counter()
    mean = sample_mean_pages(paths, synthetic_pages)
    groups = plan_groups(paths, items_per_group(mean))
    planned = time.perf_counter()
    keys = [shard_key("bench", n) for n in range(shard_count(len(groups), GROUPS_PER_SHARD))]
    with dg.instance_for_test() as instance:
        registering = time.perf_counter()
        for start in range(0, len(keys), PARTITION_BATCH):
            instance.add_dynamic_partitions(shard_partitions.name, keys[start : start + PARTITION_BATCH])
        registered = time.perf_counter()
        assert len(instance.get_dynamic_partitions(shard_partitions.name)) == len(keys)

    plan_s, register_s = planned - started, registered - registering
    verdict = "meets" if plan_s < GOAL_S else "misses"
    section = "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}.",
            "",
            "| step | items | seconds | goal |",
            "| --- | ---: | ---: | ---: |",
            f"| plan (sample 100 page counts, sort, cut, sha1 ids) | {args.pdfs:,} PDFs -> {len(groups):,} groups | {plan_s:.1f} | < {GOAL_S:.0f} |",
            f"| register shard partitions ({GROUPS_PER_SHARD} groups each, batches of {PARTITION_BATCH:,}, SQLite instance) | {len(keys):,} | {register_s:.1f} | |",
            "",
            f"Planning {verdict} the goal. Peak memory: {before:.0f} MiB at start, {listed:.0f} MiB with the "
            f"{args.pdfs:,} paths in memory, {peak_rss_mib():.0f} MiB after planning and registering: the plan holds "
            "the paths once more (sorted) and nothing per page.",
            "",
            "The sensor tick over new S3 objects is the next section (bench_sensor_tick.py).",
            "",
            "Run: `.venv/bin/python bench/bench_planning.py`.",
            "",
        ]
    )
    publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
