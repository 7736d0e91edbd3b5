"""Watching an S3 source for new documents, one bounded chunk at a time (no Dagster here: the collections'
S3 sensors in olmocr_assets call these).

A chunk lists at most ``max_keys`` keys (and stops at a deadline), continuing after the last key the
previous chunk saw, so a bucket of millions of objects is walked in short steps. A listing that reaches
the end starts over, so an object added with a key before the cursor is found on the next cycle. The
collection's manifest is the durable record of what was found (a PDF in it is never added again); the
cursor only says where the listing is and how much is waiting to be planned.
"""

import datetime
import json
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import polars as pl
from botocore.exceptions import BotoCoreError, ClientError

from olmocr_core.common.errors import OlmocrError, StorageError
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.globs import glob_regex, is_glob
from olmocr_core.storage.objects import S3_SCHEME, ObjectInfo, parse_s3_url
from olmocr_core.storage.sources import DOCUMENT_SUFFIXES
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec, SourceSpec
from olmocr_core.work.manifests import add_new_to_manifest, manifest_rows, mean_pages

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


# ------------------------------------------------------------------------------- the cursor


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
