"""The workspace layout, compatible with olmOCR's:

work_index_list.csv.zstd            rows: group_id,path1,path2,...
results/output_{group_id}.jsonl     one Dolma document per line (.jsonl.gz / .jsonl.zst too)
reports/report_{group_id}.json      our per-group report: counts, per-document errors, drops
markdown/<source path>.md           optional, never escaping the workspace
stats/group_summaries.parquet       our cache of one summary row per done group (olmocr_core.work.stats)
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
from collections.abc import Callable, Iterable
from urllib.parse import urlparse

import zstandard

from olmocr_core.common.errors import StorageError
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup

INDEX_NAME = "work_index_list.csv.zstd"
OUTPUT_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst")
# A group id becomes part of file names: one plain name, never a path (ours are sha1 hex digests; an
# index or a Dagster partition key edited by hand must not make a write land outside the workspace).
_GROUP_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_OUTPUT_NAME = re.compile(r"output_([A-Za-z0-9_-]{1,128})(?:" + "|".join(map(re.escape, OUTPUT_SUFFIXES)) + ")")


def join(root: str, *parts: str) -> str:
    return posixpath.join(root.rstrip("/"), *parts) if root.startswith("s3://") else str(posixpath.join(root, *parts))


class Workspace:
    def __init__(self, root: str, storage: Storage, *, output_suffix: str = ".jsonl"):
        if output_suffix not in OUTPUT_SUFFIXES:
            raise ValueError(f"output suffix {output_suffix!r} is not one of {OUTPUT_SUFFIXES}")
        self.root = root.rstrip("/") or "/"
        self.storage = storage
        self.output_suffix = output_suffix

    @property
    def index_path(self) -> str:
        return join(self.root, INDEX_NAME)

    @property
    def summaries_path(self) -> str:
        return join(self.root, "stats", "group_summaries.parquet")

    def output_path(self, group_id: str) -> str:
        return join(self.root, "results", f"output_{checked_group_id(group_id)}{self.output_suffix}")

    def report_path(self, group_id: str) -> str:
        return join(self.root, "reports", f"report_{checked_group_id(group_id)}.json")

    def markdown_path(self, source: str) -> str:
        return join(self.root, "markdown", markdown_relative_path(source))

    def is_done(self, group_id: str) -> bool:
        """A group is done when its output exists in any of the formats (written once, whole)."""
        return any(
            self.storage.exists(join(self.root, "results", f"output_{checked_group_id(group_id)}{suffix}"))
            for suffix in OUTPUT_SUFFIXES
        )

    def done_group_ids(self) -> set[str]:
        """The ids of the groups with an output, in any of the formats: one listing of ``results/`` (pages of
        1,000 keys on S3) instead of a lookup per group, for a whole collection at once."""
        listed = self.storage.list(join(self.root, "results") + "/")
        return {match.group(1) for info in listed if (match := _OUTPUT_NAME.fullmatch(info.path.rsplit("/", 1)[-1]))}

    def read_index(self) -> list[PageGroup]:
        if not self.storage.exists(self.index_path):
            return []
        data = self.storage.read_bytes(self.index_path)
        try:
            return decode_index(data)
        except (zstandard.ZstdError, UnicodeDecodeError, csv.Error) as exc:
            raise StorageError(f"{self.index_path}: not a zstd-compressed CSV index: {exc}") from exc

    def write_index(self, groups: Iterable[PageGroup]) -> None:
        self.storage.write_bytes(self.index_path, encode_index(groups))

    def update_index(self, change: Callable[[list[PageGroup]], list[PageGroup]]) -> list[PageGroup]:
        """Replace the index with ``change(current groups)`` without losing groups another planner adds at
        the same time (a compare-and-swap: ``change`` may run again on the fresh index). Returns the index
        as written."""
        return self.storage.update_value(self.index_path, change, decode=decode_index, encode=encode_index, empty=list)


def decode_index(data: bytes) -> list[PageGroup]:
    """``work_index_list.csv.zstd`` content -> its groups."""
    text = zstandard.ZstdDecompressor().decompress(data, max_output_size=1 << 34).decode("utf-8")
    return [PageGroup(row[0], tuple(row[1:])) for row in csv.reader(io.StringIO(text)) if row]


def encode_index(groups: Iterable[PageGroup]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for group in groups:
        writer.writerow([group.group_id, *group.paths])
    # olmOCR joins rows with "\n" and no trailing newline.
    return zstandard.ZstdCompressor().compress(buffer.getvalue().rstrip("\n").encode("utf-8"))


def checked_group_id(group_id: str) -> str:
    if not _GROUP_ID.fullmatch(group_id):
        raise StorageError(f"group id {group_id!r} is not a plain name (1-128 letters, digits, '-' or '_')")
    return group_id


def markdown_relative_path(source: str) -> str:
    """olmOCR's rule: the source path without its bucket (or leading '/'), '.md' for its extension,
    with empty, '.' and '..' parts removed so no path can leave the workspace (NUL bytes, which no file
    name may hold, are dropped first)."""
    source = source.replace("\0", "")
    relative = urlparse(source).path if source.startswith("s3://") else source
    parts = [part for part in relative.split("/") if part not in ("", ".", "..")]
    if not parts:
        raise ValueError(f"source path {source!r} has no file name to write markdown for")
    stem = posixpath.splitext(parts[-1])[0] or parts[-1]
    return posixpath.join(*parts[:-1], stem + ".md")
