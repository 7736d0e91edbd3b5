"""The S3 source sensors: find new PDFs in a collection's s3:// sources (the listing and the cursor are
olmocr_core.work.s3_watch's).

One sensor per s3:// source: each tick lists at most ``max_keys_per_tick`` keys (and at most
``max_seconds_per_tick``), continuing after the last key the previous tick saw, so a tick on a bucket of
millions of objects stays far inside Dagster's 60 s sensor timeout. New PDFs go into the collection's
manifest, and a ``page_groups`` run is requested once a group's worth of pages waits.

Collections are declared one per YAML file in this folder (the ``WatchedCollection`` component), or in the
YAML file ``$OLMOCR_COLLECTIONS`` names (below).
"""

import re
import time
import uuid
from collections.abc import Callable, Sequence

import dagster as dg

from olmocr_assets.lib.environment import watched_collections
from olmocr_assets.lib.partitions import collection_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import S3_SCHEME, is_s3_url
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.s3_watch import SourceCursor, list_chunk, record_documents, registered_spec, s3_watch

# By key: the sensors target assets another module defines.
PDF_COLLECTION = dg.AssetKey("pdf_collection")
PAGE_GROUPS = dg.AssetKey("page_groups")


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


def build_s3_sensors(specs: Sequence[CollectionSpec]) -> list[dg.SensorDefinition]:
    """An S3 sensor for every watchable s3:// source of every collection. Local sources and .txt lists are
    read by the pdf_collection asset instead."""
    return [
        build_s3_source_sensor(spec, source)
        for spec in specs
        for source in spec.sources
        if is_s3_url(source.path) and not source.path.lower().endswith(".txt")
    ]


@dg.definitions
def env_collection_sensors() -> dg.Definitions:
    """The sensors of the collections declared in ``$OLMOCR_COLLECTIONS``."""
    return dg.Definitions(sensors=build_s3_sensors(watched_collections()))
