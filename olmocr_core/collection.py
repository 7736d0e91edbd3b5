"""PDF collections: a named set of sources converted into one olmOCR workspace.

The spec (sources with their own credentials profiles, the workspace, planning options) is kept in a
registry (``{root}/collections/{name}.json``); the manifest of every PDF ever found is ``manifest.parquet``
(path, size, etag or mtime, page count when sampled, when it was found). Re-scanning adds new PDFs
and keeps the rows already there, so a PDF already planned into a group is never planned again.
Sensors, scans and planners update the manifest at the same time: every change is a compare-and-swap
(:meth:`Storage.update`) that merges into the current manifest, so no writer loses another's rows.
"""

from __future__ import annotations

import datetime
import io
import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field

import polars as pl

from olmocr_core.errors import OlmocrError
from olmocr_core.groups import DEFAULT_PAGES_PER_GROUP, PAGE_COUNT_SAMPLE_SIZE
from olmocr_core.sources import expand_sources
from olmocr_core.storage import ObjectInfo, Storage
from olmocr_core.workspace import Workspace, join

MANIFEST_NAME = "manifest.parquet"
MANIFEST_SCHEMA = {
    "path": pl.String,
    "source": pl.String,  # the source spec that found it
    "size": pl.Int64,
    "etag_or_mtime": pl.String,
    "pages": pl.Int32,  # sampled page count; null when not sampled (or unreadable)
    "found_at": pl.Datetime("us", "UTC"),
}


@dataclass(frozen=True)
class SourceSpec:
    """Where PDFs come from: a local path, directory or glob, an s3:// prefix or glob, or a .txt list."""

    path: str
    profile: str | None = None  # AWS profile for this source


def check_collection_name(name: str) -> str:
    """A collection name becomes a file name in the registry: nothing in it may lead outside."""
    if not name or name != name.strip() or name in (".", "..") or any(bad in name for bad in ("/", "\\", "\0")):
        raise OlmocrError(
            f"collection name {name!r} must be non-empty, without '/', '\\', NUL or surrounding spaces, "
            "and not '.' or '..'"
        )
    return name


@dataclass(frozen=True)
class CollectionSpec:
    name: str
    workspace: str  # local folder or s3:// prefix: olmOCR's workspace layout
    sources: tuple[SourceSpec, ...] = ()
    workspace_profile: str | None = None
    pages_per_group: int = DEFAULT_PAGES_PER_GROUP
    output_format: str = "jsonl"  # jsonl, jsonl.gz or jsonl.zst
    markdown: bool = False
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_collection_name(self.name)

    @property
    def manifest_path(self) -> str:
        return join(self.workspace, MANIFEST_NAME)

    def open_workspace(self) -> Workspace:
        """The collection's olmOCR workspace, with its own credentials and output format."""
        return Workspace(
            self.workspace, Storage(profile=self.workspace_profile), output_suffix="." + self.output_format
        )

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> CollectionSpec:
        raw = json.loads(data)
        raw["sources"] = tuple(SourceSpec(**s) for s in raw.get("sources", ()))
        return cls(**raw)

    def with_sources(self, sources: Iterable[SourceSpec]) -> CollectionSpec:
        merged = tuple(dict.fromkeys((*sources, *self.sources)))  # keep order, drop repeats
        return CollectionSpec(**{**asdict(self), "sources": merged})


class CollectionRegistry:
    """Collection specs by name, under ``root`` (a local folder or s3:// prefix)."""

    def __init__(self, root: str, storage: Storage | None = None):
        self.root = root
        self.storage = storage or Storage()

    def _path(self, name: str) -> str:
        return join(self.root, "collections", f"{check_collection_name(name)}.json")

    def save(self, spec: CollectionSpec) -> None:
        self.storage.write_bytes(self._path(spec.name), spec.to_json())

    def exists(self, name: str) -> bool:
        return self.storage.exists(self._path(name))

    def load(self, name: str) -> CollectionSpec:
        path = self._path(name)
        if not self.storage.exists(path):
            raise OlmocrError(f"collection {name!r} is not registered (no {path})")
        return CollectionSpec.from_json(self.storage.read_bytes(path))


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


class SourceRouter:
    """The Storage holding each PDF's credentials (its source's profile), for fetching a group's PDFs."""

    def __init__(self, spec: CollectionSpec, manifest: pl.DataFrame):
        storages = {source.path: Storage(profile=source.profile) for source in spec.sources}
        self._default = Storage()
        self._by_path = {
            path: storages.get(source, self._default)
            for path, source in zip(manifest["path"].to_list(), manifest["source"].to_list(), strict=True)
        }

    def storage(self, path: str) -> Storage:
        return self._by_path.get(path, self._default)

    def download_to(self, path: str, local_path: str) -> None:
        self.storage(path).download_to(path, local_path)


def specs_from_yaml(text: str) -> list[CollectionSpec]:
    """Collections declared in YAML: ``collections: [{name, workspace, sources: [{path, profile}], ...}]``."""
    import yaml

    raw = yaml.safe_load(text) or {}
    specs = []
    for entry in raw.get("collections", []):
        sources = tuple(SourceSpec(**s) if isinstance(s, dict) else SourceSpec(s) for s in entry.get("sources", ()))
        specs.append(CollectionSpec(**{**entry, "sources": sources}))
    return specs
