"""PDF collections: a named set of sources converted into one olmOCR workspace.

The spec (sources with their own credentials profiles, the workspace, planning options) is kept in a
registry (``{root}/collections/{name}.json``) or declared in YAML; its manifest (``manifests``) lives in
its workspace as ``manifest.parquet``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace

import polars as pl
import yaml

from olmocr_core.common.errors import OlmocrError
from olmocr_core.routing.router import ROUTES
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import DEFAULT_PAGES_PER_GROUP
from olmocr_core.work.shards import check_groups_per_shard
from olmocr_core.work.workspace import Workspace, join

MANIFEST_NAME = "manifest.parquet"


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
    # Which engine reads each page: "vlm" (olmOCR's behaviour), "cpu", or "auto" (the page router decides).
    route: str = "vlm"
    # olmOCR's document filter (--apply-filter): keep documents in filter_languages (ISO 639-1 codes), drop SEO
    # spam and forms.
    apply_filter: bool = False
    filter_languages: tuple[str, ...] = ("en",)
    # Page groups per shard (olmocr_core.work.shards): fixed when the collection's first shards are registered,
    # since another size would renumber every shard; None until then (a collection registered before shards).
    groups_per_shard: int | None = None
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_collection_name(self.name)
        if self.route not in ROUTES:
            raise OlmocrError(f"collection {self.name!r}: route {self.route!r} is not one of {', '.join(ROUTES)}")
        if self.groups_per_shard is not None:
            check_groups_per_shard(self.groups_per_shard)
        # JSON and YAML give lists; the spec is frozen and hashable.
        object.__setattr__(self, "filter_languages", tuple(self.filter_languages))

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

    def spec_path(self, name: str) -> str:
        return join(self.root, "collections", f"{check_collection_name(name)}.json")

    def save(self, spec: CollectionSpec) -> None:
        self.storage.write_bytes(self.spec_path(spec.name), spec.to_json())

    def merged(self, spec: CollectionSpec) -> CollectionSpec:
        """``spec`` as it would be registered: a collection already registered keeps its workspace (another
        one is a mistake that would orphan its outputs) and its sources, and gains ``spec``'s."""
        if not self.exists(spec.name):
            return spec
        known = self.load(spec.name)
        if known.workspace != spec.workspace:
            raise OlmocrError(
                f"collection {spec.name!r} is registered with workspace {known.workspace}, not {spec.workspace}; "
                "give the collection another name"
            )
        spec = spec.with_sources(known.sources)
        # A shard size once fixed stays: another would renumber the collection's shards.
        return spec if known.groups_per_shard is None else replace(spec, groups_per_shard=known.groups_per_shard)

    def register(self, spec: CollectionSpec) -> CollectionSpec:
        """Save ``spec`` merged with what is registered under its name (``merged``); returns what was saved."""
        spec = self.merged(spec)
        self.save(spec)
        return spec

    def exists(self, name: str) -> bool:
        return self.storage.exists(self.spec_path(name))

    def load(self, name: str) -> CollectionSpec:
        path = self.spec_path(name)
        if not self.storage.exists(path):
            raise OlmocrError(f"collection {name!r} is not registered (no {path})")
        return CollectionSpec.from_json(self.storage.read_bytes(path))


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
    raw = yaml.safe_load(text) or {}
    specs = []
    for entry in raw.get("collections", []):
        sources = tuple(SourceSpec(**s) if isinstance(s, dict) else SourceSpec(s) for s in entry.get("sources", ()))
        specs.append(CollectionSpec(**{**entry, "sources": sources}))
    return specs
