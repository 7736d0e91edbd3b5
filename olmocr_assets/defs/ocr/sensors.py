"""The page-groups sensor: requests ``dolma_documents`` runs for page groups registered since its last tick,
several consecutive groups of one collection per run, so a model server loads once for many groups. Groups
already materialized (by a backfill, `olmocr-platform run`, an earlier run) are never requested again."""

from collections.abc import Container, Sequence

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from olmocr_assets.lib.partitions import GROUPS_PER_SHARD, page_group_partitions, split_page_group_key

# By key: the sensor targets an asset another module defines.
DOLMA_DOCUMENTS = dg.AssetKey("dolma_documents")
PAGE_GROUPS_SENSOR_NAME = "olmocr_page_groups_sensor"


# The daemon creates a tick's runs within the tick, 2 to 3 s each on PostgreSQL with 100k-1M page groups
# (bench/bench_partition_scale.py: 100 runs took 200-310 s): 10 keep a tick well inside the 60 s sensor timeout.
MAX_RUNS_PER_TICK = 10


def build_page_groups_sensor(
    max_groups_per_run: int = GROUPS_PER_SHARD,
    *,
    max_runs_per_tick: int = MAX_RUNS_PER_TICK,
    min_interval_seconds: int = 30,
) -> dg.SensorDefinition:
    """A sensor that requests ``dolma_documents`` for page groups registered since its last tick: one run
    per ``max_groups_per_run`` consecutive groups, at most ``max_runs_per_tick`` runs per tick (the rest
    follow on the next ticks)."""
    if max_groups_per_run < 1 or max_runs_per_tick < 1:
        raise ValueError("max_groups_per_run and max_runs_per_tick must be at least 1")

    @dg.sensor(
        name=PAGE_GROUPS_SENSOR_NAME,
        description=(
            f"Requests dolma_documents runs for newly registered page groups, up to {max_groups_per_run} "
            "consecutive groups of one collection per run (one model load serves them all). Each group is "
            "requested once; groups already materialized are skipped."
        ),
        minimum_interval_seconds=min_interval_seconds,
        target=dg.AssetSelection.assets(DOLMA_DOCUMENTS),
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def _sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
        # The cursor is the storage id of the last group requested: unlike a count, it stays right
        # when partitions are deleted, and a tick reads only the new groups, not all of them.
        page = context.instance.get_paginated_dynamic_partitions(
            page_group_partitions.name,
            limit=max_groups_per_run * max_runs_per_tick,
            ascending=True,
            cursor=context.cursor,
        )
        done = context.instance.get_materialized_partitions(DOLMA_DOCUMENTS)
        chunks = runs_of_work(page.results, done, max_groups_per_run)
        if not chunks:
            return dg.SensorResult(skip_reason="no new page groups to convert", cursor=page.cursor)
        return dg.SensorResult(run_requests=[_ranged_run(chunk) for chunk in chunks], cursor=page.cursor)

    return _sensor


def runs_of_work(keys: Sequence[str], done: Container[str], size: int) -> list[list[str]]:
    """``keys`` (consecutive partitions, in order) cut into runs of at most ``size`` groups to convert: a run
    holds one collection's groups, adjacent ones only (a range run covers every key between its ends), none
    in ``done``."""
    runs: list[list[str]] = []
    previous = None
    for key in keys:
        if key in done:
            previous = None  # the next group to do starts a run: this one is not in it
            continue
        collection = split_page_group_key(key)[0]
        if previous != collection or len(runs[-1]) == size:
            runs.append([])
        runs[-1].append(key)
        previous = collection
    return runs


def _ranged_run(keys: Sequence[str]) -> dg.RunRequest:
    # A named dynamic partitions definition accepts a key range in these tags: the run covers every
    # key registered from start to end, which are exactly these consecutive keys.
    return dg.RunRequest(
        asset_selection=[DOLMA_DOCUMENTS],
        tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
        # From the groups themselves, so a reset cursor that requests them again is deduplicated.
        run_key=f"{keys[0]}...{keys[-1]}",
    )


olmocr_page_groups_sensor = build_page_groups_sensor()
