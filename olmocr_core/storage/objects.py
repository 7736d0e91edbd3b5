"""What every storage module shares: object metadata and ``s3://`` URLs."""

from __future__ import annotations

from dataclasses import dataclass

from olmocr_core.common.errors import StorageError

S3_SCHEME = "s3://"
# Buffer size for streamed copies (local files and S3 bodies).
COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class ObjectInfo:
    """One stored object. ``etag_or_mtime`` changes whenever the content does: the S3 ETag (no quotes)
    or the local modification time in nanoseconds."""

    path: str
    size: int
    etag_or_mtime: str


def is_s3_url(path: str) -> bool:
    return path.startswith(S3_SCHEME)


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/key`` -> ``("bucket", "some/key")``; the key may be empty."""
    if not is_s3_url(url):
        raise StorageError(f"{url}: not an S3 URL (expected s3://bucket/key)")
    bucket, _, key = url[len(S3_SCHEME) :].partition("/")
    if not bucket:
        raise StorageError(f"{url}: S3 URL has no bucket name (expected s3://bucket/key)")
    return bucket, key
