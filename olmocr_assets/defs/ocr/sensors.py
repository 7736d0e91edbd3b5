"""The page-groups sensor: requests ``dolma_documents`` runs for page groups registered since its last tick,
several consecutive groups per run, so a model server loads once for many groups."""

from collections.abc import Sequence

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from olmocr_assets.lib.partitions import GROUPS_PER_RUN, page_group_partitions

# By key: the sensor targets an asset another module defines.
DOLMA_DOCUMENTS = dg.AssetKey("dolma_documents")
PAGE_GROUPS_SENSOR_NAME = "olmocr_page_groups_sensor"


def build_page_groups_sensor(
    max_groups_per_run: int = GROUPS_PER_RUN, *, max_runs_per_tick: int = 100, min_interval_seconds: int = 30
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
            "consecutive groups per run (one model load serves them all). Each group is requested once."
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
        keys = page.results
        chunks = [keys[i : i + max_groups_per_run] for i in range(0, len(keys), max_groups_per_run)]
        if not chunks:
            return dg.SensorResult(skip_reason="no new page groups", cursor=page.cursor)
        return dg.SensorResult(run_requests=[_ranged_run(chunk) for chunk in chunks], cursor=page.cursor)

    return _sensor


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
