"""A collection's manifest: every PDF ever found (path, size, etag or mtime, page count when sampled, when
it was found), kept as ``manifest.parquet`` in the collection's workspace.

Re-scanning adds new PDFs and keeps the rows already there, so a PDF already planned into a group is never
planned again. Sensors, scans and planners update the manifest at the same time: every change is a
compare-and-swap (:meth:`Storage.update`) that merges into the current manifest, so no writer loses another's rows.
"""

from __future__ import annotations

import datetime
import io
import random
from collections.abc import Callable, Iterable, Sequence

import polars as pl

from olmocr_core.common.errors import OlmocrError
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import ObjectInfo
from olmocr_core.storage.sources import expand_sources
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PAGE_COUNT_SAMPLE_SIZE

MANIFEST_SCHEMA = {
    "path": pl.String,
    "source": pl.String,  # the source spec that found it
    "size": pl.Int64,
    "etag_or_mtime": pl.String,
    "pages": pl.Int32,  # sampled page count; null when not sampled (or unreadable)
    "found_at": pl.Datetime("us", "UTC"),
}


def empty_manifest() -> pl.DataFrame:
    return pl.DataFrame(schema=MANIFEST_SCHEMA)


def read_manifest(spec: CollectionSpec, storage: Storage) -> pl.DataFrame:
    if not storage.exists(spec.manifest_path):
        return empty_manifest()
    return _decode_manifest(storage.read_bytes(spec.manifest_path))


def write_manifest(spec: CollectionSpec, manifest: pl.DataFrame, storage: Storage) -> None:
    """Replace the manifest outright (tests, repairs); concurrent updaters use the functions below."""
    storage.write_bytes(spec.manifest_path, _encode_manifest(manifest))


def add_new_to_manifest(
    spec: CollectionSpec, storage: Storage, found: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Add the ``found`` rows the manifest lacks; (manifest after, the rows this call added)."""
    added = [empty_manifest()]

    def add(current: pl.DataFrame) -> pl.DataFrame:
        merged, added[0] = add_to_manifest(current, found)
        return merged

    return _update_manifest(spec, storage, add), added[0]


def record_page_counts(spec: CollectionSpec, storage: Storage, sampled: pl.DataFrame) -> pl.DataFrame:
    """Store the page counts in ``sampled`` (rows with null pages change nothing); the manifest after."""
    counts = sampled.select("path", "pages")
    return _update_manifest(spec, storage, lambda current: current.update(counts, on="path"))


def _update_manifest(
    spec: CollectionSpec, storage: Storage, change: Callable[[pl.DataFrame], pl.DataFrame]
) -> pl.DataFrame:
    # Sorted by path as stored, so the manifest a caller gets back is the one a later read gives.
    return storage.update_value(
        spec.manifest_path,
        lambda current: change(current).sort("path"),
        decode=_decode_manifest,
        encode=_encode_manifest,
        empty=empty_manifest,
        same=lambda updated, current: updated.equals(current),
    )


def _decode_manifest(data: bytes) -> pl.DataFrame:
    return pl.read_parquet(io.BytesIO(data))


def _encode_manifest(manifest: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    manifest.sort("path").write_parquet(buffer, compression="zstd")
    return buffer.getvalue()


def manifest_rows(objects: Iterable[ObjectInfo], source: str, now: datetime.datetime | None = None) -> pl.DataFrame:
    now = now or datetime.datetime.now(datetime.UTC)
    rows = [
        {
            "path": o.path,
            "source": source,
            "size": o.size,
            "etag_or_mtime": o.etag_or_mtime,
            "pages": None,
            "found_at": now,
        }
        for o in objects
    ]
    return pl.DataFrame(rows, schema=MANIFEST_SCHEMA)


def add_to_manifest(manifest: pl.DataFrame, found: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(manifest with the new PDFs, the new rows). Rows already there are kept as they are."""
    new = found.unique("path", keep="first").join(manifest.select("path"), on="path", how="anti")
    return pl.concat([manifest, new]), new


def scan_sources(spec: CollectionSpec, known: set[str] | frozenset[str] = frozenset()) -> pl.DataFrame:
    """The PDFs the collection's sources name now that are not ``known`` yet, with size and etag/mtime
    (one stat per new PDF only: a rescan of a million known PDFs costs the listing, not a million HEADs)."""
    frames = []
    for source in spec.sources:
        storage = Storage(profile=source.profile)
        new = [p for p in expand_sources([source.path], storage) if p not in known]
        frames.append(manifest_rows((storage.stat(p) for p in new), source.path))
    return pl.concat(frames) if frames else empty_manifest()


def sample_page_counts(
    manifest: pl.DataFrame,
    count_pages,
    *,
    sample_size: int = PAGE_COUNT_SAMPLE_SIZE,
    seed: int = 0,
) -> pl.DataFrame:
    """Count the pages of up to ``sample_size`` PDFs that have no count yet; unreadable ones stay null."""
    todo = manifest.filter(pl.col("pages").is_null())["path"].to_list()
    sample = random.Random(seed).sample(todo, min(sample_size, len(todo)))
    counts = {}
    for path in sample:
        try:
            counts[path] = count_pages(path)
        except OlmocrError:  # unreadable or gone since the scan: planning goes on, the group records it
            continue
    if not counts:
        return manifest
    sampled = pl.DataFrame(
        {"path": list(counts), "sampled": list(counts.values())}, schema={"path": pl.String, "sampled": pl.Int32}
    )
    return (
        manifest.join(sampled, on="path", how="left")
        .with_columns(pl.coalesce("pages", "sampled").alias("pages"))
        .drop("sampled")
    )


def mean_pages(manifest: pl.DataFrame, paths: Sequence[str] | None = None) -> float | None:
    rows = manifest if paths is None else manifest.filter(pl.col("path").is_in(list(paths)))
    counted = rows.filter(pl.col("pages") > 0)["pages"]
    return float(counted.mean()) if len(counted) else None
