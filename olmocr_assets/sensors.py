"""Sensors: find new PDFs in a collection's S3 sources, and start OCR runs for newly planned page groups.

S3 source sensor, one per s3:// source: each tick lists at most ``max_keys_per_tick`` keys (and at most
``max_seconds_per_tick``), continuing after the last key the previous tick saw, so a tick on a bucket of
millions of objects stays far inside Dagster's 60 s sensor timeout. A listing that reaches the end starts
over on the next tick, so an object added with a key before the cursor is found on the next cycle. The
collection's manifest is the durable record of what was found (a PDF in it is never added again); the
cursor only says where the listing is and how much is waiting to be planned.

Page-groups sensor: requests ``dolma_documents`` runs for page groups registered since its last tick,
several consecutive groups per run, so a model server loads once for many groups.
"""

import datetime
import json
import re
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import dagster as dg
import polars as pl
from botocore.exceptions import BotoCoreError, ClientError
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from olmocr_assets.partitions import GROUPS_PER_RUN, collection_partitions, page_group_partitions
from olmocr_assets.resources import PlatformResource
from olmocr_core.common.errors import OlmocrError, StorageError
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.globs import glob_regex, is_glob
from olmocr_core.storage.objects import S3_SCHEME, ObjectInfo, is_s3_url, parse_s3_url
from olmocr_core.storage.sources import DOCUMENT_SUFFIXES
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec, SourceSpec
from olmocr_core.work.manifests import add_new_to_manifest, manifest_rows, mean_pages

# By key, so this module does not import the asset modules.
PDF_COLLECTION = dg.AssetKey("pdf_collection")
PAGE_GROUPS = dg.AssetKey("page_groups")
DOLMA_DOCUMENTS = dg.AssetKey("dolma_documents")

PAGE_GROUPS_SENSOR_NAME = "olmocr_page_groups_sensor"
_S3_MAX_KEYS = 1000  # the most one ListObjectsV2 call returns


# ------------------------------------------------------------------------------------ S3 listing


@dataclass(frozen=True)
class S3Watch:
    """What one S3 source names: the keys under ``prefix`` in ``bucket`` that ``matches`` accepts."""

    bucket: str
    prefix: str
    matches: Callable[[str], bool]


def s3_watch(path: str) -> S3Watch:
    """An s3:// prefix (ending in '/', or a bare bucket), glob or single object, as :func:`expand_sources`
    reads it. A .txt list names its PDFs once; there is nothing to watch, so it is refused."""
    bucket, key = parse_s3_url(path)
    if is_glob(bucket):
        raise ValueError(f"{path}: wildcards in bucket names are not supported")
    if is_glob(key):
        regex = glob_regex(path, key)
        literal_prefix = re.split(r"[*?[]", key, maxsplit=1)[0]
        return S3Watch(bucket, literal_prefix, lambda k: regex.fullmatch(k) is not None)
    if not key or key.endswith("/"):
        return S3Watch(bucket, key, lambda k: True)
    if key.lower().endswith(".txt"):
        raise ValueError(f"{path}: a list file names its PDFs once; there is no prefix to watch")
    return S3Watch(bucket, key, lambda k: k == key)


def is_document(key: str) -> bool:
    return key.lower().endswith(DOCUMENT_SUFFIXES)


@dataclass(frozen=True)
class ListedChunk:
    documents: list[ObjectInfo]
    listed: int  # keys listed, documents or not
    next_after: str | None  # where the next tick continues; None: this one reached the end


def list_chunk(client, watch: S3Watch, after: str | None, max_keys: int, deadline: float) -> ListedChunk:
    """List the keys after ``after`` (all when None) until ``max_keys`` were listed, the monotonic
    ``deadline`` passed, or the listing ended. StartAfter (not a continuation token, which expires)
    lets the next tick, possibly in another process, carry on from the last key."""
    documents: list[ObjectInfo] = []
    listed = 0
    while True:
        request = {"Bucket": watch.bucket, "Prefix": watch.prefix, "MaxKeys": min(_S3_MAX_KEYS, max_keys - listed)}
        if after is not None:
            request["StartAfter"] = after
        try:
            page = client.list_objects_v2(**request)
        except (ClientError, BotoCoreError) as exc:
            raise StorageError(f"{S3_SCHEME}{watch.bucket}/{watch.prefix}: listing failed: {exc}") from exc
        contents = page.get("Contents", [])
        listed += len(contents)
        documents.extend(
            ObjectInfo(f"{S3_SCHEME}{watch.bucket}/{obj['Key']}", obj["Size"], obj["ETag"].strip('"'))
            for obj in contents
            if is_document(obj["Key"]) and watch.matches(obj["Key"])
        )
        if contents:
            after = contents[-1]["Key"]
        if not page.get("IsTruncated"):
            return ListedChunk(documents, listed, None)
        if listed >= max_keys or time.monotonic() >= deadline:
            return ListedChunk(documents, listed, after)


# ------------------------------------------------------------------------------- S3 source sensor


@dataclass(frozen=True)
class SourceCursor:
    """The S3 source sensor's cursor. ``pending_since`` is the wall-clock time the oldest PDF not yet
    handed to planning was found; a new cursor starts it at its first tick (see :meth:`start`)."""

    after: str | None = None  # last key listed; None: the next tick starts a listing cycle
    pending: int = 0  # PDFs found but not yet requested for planning
    pending_pages: float = 0.0  # their estimated pages
    pending_since: float | None = None
    # Wall-clock time of the tick that wrote this cursor (the found_at of the rows it added). A manifest row
    # of this source found later was added by a tick whose cursor was never stored (the daemon died
    # mid-tick): it is still waiting to be handed to planning.
    checked_at: float | None = None

    @classmethod
    def start(cls, raw: str | None, now: float) -> "SourceCursor":
        # A lost or reset cursor may have dropped PDFs that were added to the manifest but not yet
        # requested for planning; the manifest dedupe will never count them again. Treating the start
        # as pending makes one planning run follow within max_wait, which plans whatever was left.
        return cls(**json.loads(raw)) if raw else cls(pending_since=now)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    def found(self, next_after: str | None, new: int, pages_per_pdf: float, now: float) -> "SourceCursor":
        return SourceCursor(
            after=next_after,
            pending=self.pending + new,
            pending_pages=self.pending_pages + new * pages_per_pdf,
            pending_since=now if self.pending_since is None and new else self.pending_since,
            checked_at=now,
        )

    def due(self, pages_per_group: int, max_wait_seconds: float, now: float) -> bool:
        if self.pending_since is None:
            return False
        return self.pending_pages >= pages_per_group or now - self.pending_since >= max_wait_seconds

    def requested(self) -> "SourceCursor":
        return SourceCursor(after=self.after, checked_at=self.checked_at)


def registered_spec(registry: CollectionRegistry, spec: CollectionSpec) -> CollectionSpec:
    """The registry's spec for the collection; ``spec`` is registered first when it is absent."""
    try:
        return registry.load(spec.name)
    except StorageError:
        raise  # the registry could not be read: never overwrite what may be there
    except OlmocrError:  # not registered
        registry.save(spec)
        return spec


def record_documents(
    spec: CollectionSpec,
    source: SourceSpec,
    documents: list[ObjectInfo],
    assumed_pages_per_pdf: float,
    now: float,
    checked_at: float | None,
) -> tuple[int, int, int, float]:
    """Add the documents the manifest lacks, found at ``now``; (new, waiting, total in the manifest, estimated
    pages per PDF). ``waiting`` also counts the listed documents a tick after ``checked_at`` added but never
    handed over (its cursor was lost). The estimate is the mean of the manifest's sampled page counts when
    there are any."""
    storage = Storage(profile=spec.workspace_profile)
    found_at = datetime.datetime.fromtimestamp(now, datetime.UTC)
    manifest, new = add_new_to_manifest(spec, storage, manifest_rows(documents, source.path, found_at))
    waiting = len(new)
    if checked_at is not None:
        listed = [d.path for d in documents]
        since = datetime.datetime.fromtimestamp(checked_at, datetime.UTC)
        orphans = manifest.filter(
            pl.col("path").is_in(listed) & (pl.col("found_at") > since) & (pl.col("found_at") < found_at)
        )
        waiting += orphans.height
    return len(new), waiting, len(manifest), mean_pages(manifest) or assumed_pages_per_pdf


def s3_sensor_name(spec: CollectionSpec, source: SourceSpec) -> str:
    return f"{_slug(spec.name)}__{_slug(source.path.removeprefix(S3_SCHEME))}_s3_sensor"


def _slug(text: str) -> str:
    # Sensor names may hold only letters, digits and underscores.
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def build_s3_source_sensor(
    spec: CollectionSpec,
    source: SourceSpec,
    *,
    max_keys_per_tick: int = 10_000,
    max_seconds_per_tick: float = 20.0,
    min_interval_seconds: int = 30,
    max_wait_seconds: float = 3600,
    assumed_pages_per_pdf: float = 10.0,
    clock: Callable[[], float] = time.time,
) -> dg.SensorDefinition:
    """A sensor that adds the source's new PDFs and images to the collection's manifest (recording a
    ``pdf_collection`` materialization) and requests ``page_groups`` for the collection once about a
    group's worth of pages is waiting, or the oldest waited ``max_wait_seconds``. ``clock`` gives the
    wall-clock time stored in the cursor (tests pass their own)."""
    if not is_s3_url(source.path):
        raise ValueError(f"{source.path}: only s3:// sources are watched by a sensor")
    watch = s3_watch(source.path)

    @dg.sensor(
        name=s3_sensor_name(spec, source),
        description=(
            f"Watches {source.path} for new PDFs and images (.pdf, .png, .jpg, .jpeg) of collection "
            f"{spec.name!r}: adds them to its manifest and records a pdf_collection materialization, then "
            f"requests page_groups once about {spec.pages_per_group} pages wait or the oldest waited "
            f"{max_wait_seconds:g} s. Lists at most {max_keys_per_tick} keys per tick, continuing where the "
            "last tick stopped; each pass over the source starts again from the beginning."
        ),
        minimum_interval_seconds=min_interval_seconds,
        target=dg.AssetSelection.assets(PAGE_GROUPS),
        default_status=dg.DefaultSensorStatus.STOPPED,
    )
    def _sensor(context: dg.SensorEvaluationContext, platform: PlatformResource) -> dg.SensorResult:
        collection = registered_spec(platform.registry(), spec)
        now = clock()
        cursor = SourceCursor.start(context.cursor, now)
        deadline = time.monotonic() + max_seconds_per_tick
        chunk = list_chunk(Storage(profile=source.profile).s3_client, watch, cursor.after, max_keys_per_tick, deadline)
        new, waiting, total, pages_per_pdf = (
            record_documents(collection, source, chunk.documents, assumed_pages_per_pdf, now, cursor.checked_at)
            if chunk.documents
            else (0, 0, 0, assumed_pages_per_pdf)
        )
        cursor = cursor.found(chunk.next_after, waiting, pages_per_pdf, now)

        run_requests = []
        if cursor.due(collection.pages_per_group, max_wait_seconds, now):
            run_requests.append(
                dg.RunRequest(
                    asset_selection=[PAGE_GROUPS],
                    partition_key=collection.name,
                    # Unique even after a cursor reset: a reused run key would be silently dropped.
                    run_key=f"{collection.name}:{uuid.uuid4().hex}",
                )
            )
            cursor = cursor.requested()

        events = []
        if new:
            events.append(
                dg.AssetMaterialization(
                    asset_key=PDF_COLLECTION,
                    partition=collection.name,
                    description=f"{new} new PDFs from {source.path}",
                    metadata={
                        "new_pdfs": new,
                        "total_pdfs": total,
                        "source": source.path,
                        "listed_keys": chunk.listed,
                        "pending_pdfs": cursor.pending,
                    },
                )
            )
        partition_requests = (
            []
            if context.instance.has_dynamic_partition(collection_partitions.name, collection.name)
            else [collection_partitions.build_add_request([collection.name])]
        )
        where = f"stopped at {chunk.next_after}" if chunk.next_after else "reached the end; next tick starts over"
        context.log.info(f"listed {chunk.listed} keys ({where}); {new} new PDFs, {cursor.pending} waiting")
        return dg.SensorResult(
            run_requests=run_requests,
            cursor=cursor.to_json(),
            asset_events=events,
            dynamic_partitions_requests=partition_requests,
        )

    return _sensor


# ------------------------------------------------------------------------------- page-groups sensor


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


# ------------------------------------------------------------------------------------------ all


def build_sensors(specs: Sequence[CollectionSpec]) -> list[dg.SensorDefinition]:
    """An S3 sensor for every watchable s3:// source of every collection, plus the page-groups sensor.
    Local sources and .txt lists are read by the pdf_collection asset instead."""
    sensors = [
        build_s3_source_sensor(spec, source)
        for spec in specs
        for source in spec.sources
        if is_s3_url(source.path) and not source.path.lower().endswith(".txt")
    ]
    return [*sensors, build_page_groups_sensor()]
