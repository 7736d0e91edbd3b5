"""The shard feeder (the page-groups sensor, by its public name): it keeps a bounded queue of ``dolma_documents``
runs, one shard each, and requests the next missing shards as runs finish, oldest collection first; it also
requests again a converted tail shard that planning grew. A backfill of every missing shard would create one run per
shard at once (41,667 at a billion pages, hours of run creation); the feeder creates at most a few per tick.

A tick reads the shard keys and Dagster's partition status cache (materialized, failed, in progress) and the
``page_groups`` materializations since its cursor; it holds nothing per page or per group. Its cursor is the storage
id of the last ``page_groups`` materialization read and the grown tails not requested yet (a few shards at most)."""

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice

import dagster as dg
from dagster._core.storage.tags import RUN_KEY_TAG, SENSOR_NAME_TAG

from olmocr_assets.lib.environment import queued_shards
from olmocr_assets.lib.partitions import page_group_partitions, shard_partitions
from olmocr_assets.lib.shards import DOLMA_DOCUMENTS

# By key: the sensor reads and targets assets other modules define.
PAGE_GROUPS = dg.AssetKey("page_groups")
PAGE_GROUPS_SENSOR_NAME = "olmocr_page_groups_sensor"

# The daemon creates a tick's runs within the tick. A run over a range of page groups took 2 to 3 s to create on
# PostgreSQL at 100k-1M partitions (bench/bench_partition_scale.py); a one-shard run resolves no range and writes one
# planned event: creating and enqueueing one took about 0.07 s at 41,667 shards, 20,000 of them converted (a tick
# read them all in 0.4-0.7 s; PostgreSQL, a busy 2-core machine). 10 a tick stay far inside the 60 s sensor
# timeout; the queue bound, not this, usually limits a tick.
MAX_RUNS_PER_TICK = 10
# page_groups materializations read per tick (one per planning run): the rest are read on the next ticks.
EVENTS_PER_TICK = 500
# Waiting shards a tick checks for an earlier request by this sensor (one query each, like the daemon's own run-key
# check), in order: behind more canceled shards than this, nothing is requested until they are rerun (the skip
# reason says so).
LOOKUPS_PER_TICK = 200

IN_PROGRESS = dg.AssetPartitionStatus.IN_PROGRESS
FAILED = dg.AssetPartitionStatus.FAILED
MATERIALIZED = dg.AssetPartitionStatus.MATERIALIZED
Statuses = Mapping[str, dg.AssetPartitionStatus | None]  # None: never converted, nor failed, nor in progress

MIGRATE_FIRST = (
    "this instance still has page-group partitions from before shards (such as {example}): run `olmocr-platform "
    "migrate-shards` with its DAGSTER_HOME (or materialize page_groups of each collection), so that the shards "
    "converted then show as done and no run loads a model for them; the feeder starts after that"
)
# The deployment's OLMOCR_QUEUED_SHARDS, read once.
QUEUED_SHARDS = queued_shards()


@dataclass
class FeederCursor:
    after: int | None = None  # storage id of the last page_groups materialization read
    # Grown tails not requested yet (their run still in progress, or no room in the queue): shard key -> groups.
    grown: dict[str, int] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: str | None) -> "FeederCursor":
        """A cursor of the sensor before shards (a page of page-group partitions), or none, starts from the first
        planning: a grown tail whose shard was converted since is recognized by its groups and not requested."""
        try:
            data = json.loads(raw or "")
            return cls(after=data["after"], grown={str(k): int(v) for k, v in data["grown"].items()})
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()

    def serialize(self) -> str:
        return json.dumps({"after": self.after, "grown": self.grown})


def build_page_groups_sensor(
    *,
    max_runs_per_tick: int = MAX_RUNS_PER_TICK,
    max_queued: int = QUEUED_SHARDS,
    min_interval_seconds: int = 30,
) -> dg.SensorDefinition:
    """The shard feeder: each tick requests ``dolma_documents`` runs, one shard each, for grown tails and missing
    shards while fewer than ``max_queued`` shards are in progress, at most ``max_runs_per_tick`` a tick."""
    if max_runs_per_tick < 1 or max_queued < 1:
        raise ValueError("max_runs_per_tick and max_queued must be at least 1")

    @dg.sensor(
        name=PAGE_GROUPS_SENSOR_NAME,
        description=(
            "The shard feeder: converts every collection's shards, oldest collection first, without flooding the "
            "run queue. Each tick it requests a dolma_documents run (one shard, one model load) for shards that "
            f"are neither converted, failed nor in progress, while fewer than {max_queued} shards are in progress "
            "in all (OLMOCR_QUEUED_SHARDS; runs of backfills and `olmocr-platform run` count too), at most "
            f"{max_runs_per_tick} a tick: the rest follow as runs finish. When planning adds groups to a "
            "collection's last shard after it was converted (page_groups' `grown_shard`), it requests that shard "
            "again, run key `collection/s000123@groups`, and the run converts only the new groups. A failed shard "
            "is not requested again, nor one whose run was canceled: rerun it from the UI (its partition > "
            "Materialize, or a backfill of failed partitions). On an instance from before shards it waits for "
            "`olmocr-platform migrate-shards`. A tick that requests nothing says why."
        ),
        minimum_interval_seconds=min_interval_seconds,
        target=dg.AssetSelection.assets(DOLMA_DOCUMENTS),
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def _sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
        instance = context.instance
        if old := instance.get_paginated_dynamic_partitions(
            page_group_partitions.name, limit=1, ascending=True
        ).results:
            # Its runs would be right (a run skips groups already written) but would load a model for nothing.
            return dg.SensorResult(skip_reason=MIGRATE_FIRST.format(example=old[0]), cursor=context.cursor)
        cursor = read_grown_tails(instance, FeederCursor.parse(context.cursor))
        keys = instance.get_dynamic_partitions(shard_partitions.name)  # in registration order
        status = instance.get_status_by_partition(DOLMA_DOCUMENTS, keys, shard_partitions) or {}
        counts = Counter(status.get(key) for key in keys)
        room = min(max_runs_per_tick, max_queued - counts[IN_PROGRESS])
        requests = grown_tail_requests(instance, cursor, status, room)
        missing, stopped = missing_shard_requests(instance, keys, status, room - len(requests))
        requests += missing
        if requests:
            return dg.SensorResult(run_requests=requests, cursor=cursor.serialize())
        reason = skip_reason(counts, len(keys), max_queued, room, stopped, len(cursor.grown))
        return dg.SensorResult(skip_reason=reason, cursor=cursor.serialize())

    return _sensor


def read_grown_tails(instance: dg.DagsterInstance, cursor: FeederCursor) -> FeederCursor:
    """``cursor`` with the grown tails of the page_groups materializations after it: per shard the largest group
    count (it only grows), so several plannings of one collection since the last tick make one request."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=PAGE_GROUPS, after_storage_id=cursor.after),
        limit=EVENTS_PER_TICK,
        ascending=True,
    ).records
    grown = dict(cursor.grown)
    for record in records:
        metadata = record.asset_materialization.metadata if record.asset_materialization else {}
        if "grown_shard" in metadata:
            key, groups = metadata["grown_shard"].value, metadata["grown_shard_groups"].value
            grown[key] = max(grown.get(key, 0), groups)
    return FeederCursor(after=records[-1].storage_id if records else cursor.after, grown=grown)


def grown_tail_requests(
    instance: dg.DagsterInstance, cursor: FeederCursor, status: Statuses, room: int
) -> list[dg.RunRequest]:
    """Requests for the grown tails whose shard is converted but not with all its groups now, at most ``room``;
    each leaves ``cursor.grown`` when requested or when nothing is left to do for it."""
    requests = []
    for key, groups in list(cursor.grown.items()):
        state = status.get(key)
        if state == IN_PROGRESS:
            continue  # its run may have read the index before it grew: decide once it ends
        if state == MATERIALIZED and converted_groups(instance, key) < groups:
            if len(requests) >= room:
                continue
            requests.append(shard_run(key, run_key=f"{key}@{groups}"))
        # Requested now; or converted with every group; or failed (its rerun converts them all, new ones too); or
        # not converted yet (then it is a missing shard, whose run reads the grown index).
        del cursor.grown[key]
    return requests


def converted_groups(instance: dg.DagsterInstance, key: str) -> int:
    """Groups in the shard when it was last converted (its materialization's `groups`); 0 when not recorded."""
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=DOLMA_DOCUMENTS, asset_partitions=[key]), limit=1
    ).records
    event = records[0].asset_materialization if records else None
    groups = event.metadata.get("groups") if event else None
    return groups.value if isinstance(groups, dg.IntMetadataValue) and groups.value is not None else 0


def missing_shard_requests(
    instance: dg.DagsterInstance, keys: Sequence[str], status: Statuses, room: int
) -> tuple[list[dg.RunRequest], int]:
    """Runs for the first ``room`` shards without a status (never converted, nor failed, nor in progress) that this
    sensor never requested, and how many it passed over because it had (their run was canceled, or ended without
    converting them: the daemon would skip a request with the same run key)."""
    requests: list[dg.RunRequest] = []
    stopped = 0
    if room <= 0:
        return requests, stopped
    for key in islice(_without_status(keys, status), LOOKUPS_PER_TICK):
        if _requested_before(instance, key):
            stopped += 1
            continue
        requests.append(shard_run(key, run_key=key))
        if len(requests) == room:
            break
    return requests, stopped


def shard_run(key: str, *, run_key: str) -> dg.RunRequest:
    return dg.RunRequest(partition_key=key, asset_selection=[DOLMA_DOCUMENTS], run_key=run_key)


def skip_reason(counts: Counter, shards: int, max_queued: int, room: int, stopped: int, grown_waiting: int) -> str:
    """Why a tick requests nothing, with where the shards stand."""
    if not shards:
        return "no shards yet: a collection's shards appear when page_groups plans it"
    converted, in_progress, failed, waiting = counts[MATERIALIZED], counts[IN_PROGRESS], counts[FAILED], counts[None]
    if converted == shards:
        return f"all {_count(shards, 'shard')} converted"
    parts = [f"{converted:,} of {_count(shards, 'shard')} converted", f"{in_progress:,} in progress"]
    if failed:
        parts.append(f"{failed:,} failed (rerun them from the UI)")
    if grown_waiting:
        its = "its run ends" if grown_waiting == 1 else "their runs end"
        parts.append(f"{_count(grown_waiting, 'grown tail')} to request again once {its}")
    summary = ", ".join(parts)
    if room <= 0 and (waiting or grown_waiting):
        return (
            f"the queue is full: {_count(in_progress, 'shard')} in progress, at most {max_queued:,}; "
            f"{_count(waiting, 'shard')} {_wait(waiting)} ({summary})"
        )
    if stopped:
        them = "its run was" if stopped == 1 else "their runs were"
        behind = f"; {waiting - stopped:,} more wait behind" if waiting > stopped else ""
        return (
            f"{_count(stopped, 'shard')} {_wait(stopped)} because {them} requested before and ended without "
            f"converting (canceled?): rerun from the UI{behind} ({summary})"
        )
    return f"nothing to request: {summary}"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _wait(number: int) -> str:
    return "waits" if number == 1 else "wait"


def _without_status(keys: Iterable[str], status: Statuses) -> Iterable[str]:
    return (key for key in keys if status.get(key) is None)


def _requested_before(instance: dg.DagsterInstance, key: str) -> bool:
    tags = {RUN_KEY_TAG: key, SENSOR_NAME_TAG: PAGE_GROUPS_SENSOR_NAME}
    return bool(instance.get_runs(filters=dg.RunsFilter(tags=tags), limit=1))


olmocr_page_groups_sensor = build_page_groups_sensor()
