"""One interface over local paths and ``s3://bucket/key`` URLs.

A :class:`Storage` carries one set of AWS credentials (a profile name, or boto3's default chain) and one
boto3 client, because workspaces and PDF sources often live in different accounts (olmOCR's
``--workspace_profile`` / ``--pdf_profile``). Every failure is a :class:`StorageError` that names the path
and the reason; a missing object or bucket is a :class:`MissingObjectError`.

Writes are atomic: a local write goes to a temporary file in the target's directory and is renamed into
place; an S3 write is one PUT. :meth:`Storage.write_if_absent` is the exactly-once building block: a hard
link locally, a conditional PUT (``If-None-Match: *``) on S3. :meth:`Storage.update` is the read-modify-write
that loses no concurrent update (indexes, manifests): an exclusive ``flock`` locally, a compare-and-swap
(``If-Match`` on the ETag read) on S3.
"""

from __future__ import annotations

import contextlib
import operator
import os
import tempfile
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from olmocr_core.common.errors import MissingObjectError, StorageError
from olmocr_core.storage.local import LocalBackend, atomic_local_write
from olmocr_core.storage.objects import ObjectInfo, is_s3_url, parse_s3_url
from olmocr_core.storage.s3 import S3Backend

T = TypeVar("T")


class Storage:
    """Reads and writes local paths and ``s3://`` URLs with one set of AWS credentials.

    ``profile`` names an AWS profile (None: boto3's default chain, which also honours AWS_PROFILE);
    ``endpoint_url`` points at an S3-compatible server (None: boto3 also honours AWS_ENDPOINT_URL).
    Safe to share between threads. The S3 client is created on first S3 use, so a local-only Storage
    never needs AWS configuration.
    """

    def __init__(
        self,
        profile: str | None = None,
        endpoint_url: str | None = None,
        *,
        max_pool_connections: int = 64,
        list_page_size: int = 1000,
    ):
        self.profile = profile
        self.endpoint_url = endpoint_url
        self._local = LocalBackend()
        self._s3 = S3Backend(profile, endpoint_url, max_pool_connections, list_page_size)

    @property
    def s3_client(self) -> Any:
        """The shared boto3 S3 client, for operations this interface does not cover."""
        return self._s3.client()

    def read_bytes(self, path: str) -> bytes:
        return self._backend(path).read_bytes(path)

    def write_bytes(self, path: str, data: bytes) -> None:
        """Replace ``path`` with ``data`` atomically: readers see the old or the new content, never a mix."""
        self._backend(path).write_bytes(path, data)

    def write_if_absent(self, path: str, data: bytes) -> bool:
        """Create ``path`` with ``data`` unless it exists. True: this call created it; False: it was there."""
        return self._backend(path).write_if_absent(path, data)

    def update(self, path: str, change: Callable[[bytes | None], bytes | None]) -> bytes | None:
        """Read-modify-write ``path`` without losing a concurrent update, and return what it holds after.

        ``change`` gets the current content (None: absent) and returns the new content (None: leave it as it
        is). Concurrent updaters of one path are serialised: locally by an exclusive lock, on S3 by a
        compare-and-swap that calls ``change`` again on the fresh content when another writer got in first,
        so ``change`` may run several times and must depend on its argument only (merge, do not overwrite).
        """
        return self._backend(path).update(path, change)

    def update_value(
        self,
        path: str,
        change: Callable[[T], T],
        *,
        decode: Callable[[bytes], T],
        encode: Callable[[T], bytes],
        empty: Callable[[], T],
        same: Callable[[T, T], bool] = operator.eq,
    ) -> T:
        """``update`` over decoded values: ``change`` gets the current value (``empty()`` when absent) and
        returns the new one, written only when not ``same``. Returns the value as stored, without decoding
        what was just encoded (the last ``change`` is the one that was written)."""
        stored: list[T] = []

        def apply(data: bytes | None) -> bytes | None:
            current = decode(data) if data is not None else empty()
            updated = change(current)
            unchanged = same(updated, current)
            stored[:] = [current if unchanged else updated]
            return None if unchanged else encode(updated)

        self.update(path, apply)
        return stored[0]

    def exists(self, path: str) -> bool:
        """Whether ``path`` names an existing file / object (a directory or bare prefix does not count)."""
        return self._backend(path).exists(path)

    def delete(self, path: str) -> None:
        """Delete ``path``; deleting something already gone is not an error (as on S3)."""
        self._backend(path).delete(path)

    def stat(self, path: str) -> ObjectInfo:
        return self._backend(path).stat(path)

    def list(self, prefix: str) -> Iterator[ObjectInfo]:
        """Every object whose path starts with ``prefix`` (a string prefix, as on S3: end it with '/' to
        stay inside one directory). Lazy: S3 listings are fetched page by page."""
        return self._backend(prefix).list(prefix)

    def glob(self, pattern: str) -> Iterator[ObjectInfo]:
        """Objects matching ``pattern``: ``*`` and ``?`` stay within one path segment, ``[...]`` is a
        character class (``[!...]`` negates), and a ``**`` segment matches any number of directories."""
        return self._backend(pattern).glob(pattern)

    def download_to(self, path: str, local_path: str) -> None:
        """Copy ``path`` (local or S3) to ``local_path``, atomically."""
        backend = self._backend(path)
        atomic_local_write(local_path, lambda f: backend.copy_to_file(path, f))

    @contextlib.contextmanager
    def local_copy(self, path: str) -> Iterator[str]:
        """A local file with ``path``'s content for the duration of the block: a local path as it is, an
        S3 object downloaded to a temporary file (keeping its file name, so suffixes still work)."""
        if not is_s3_url(path):
            if not self._local.exists(path):
                raise MissingObjectError(f"{path}: no such file")
            yield path
            return
        _, key = parse_s3_url(path)
        with tempfile.TemporaryDirectory(prefix="olmocr-") as tmp_dir:
            local_path = os.path.join(tmp_dir, os.path.basename(key) or "object")
            self.download_to(path, local_path)
            yield local_path

    def _backend(self, path: str) -> LocalBackend | S3Backend:
        if is_s3_url(path):
            return self._s3
        if "://" in path:
            raise StorageError(f"{path}: unsupported URL scheme (only local paths and s3:// are supported)")
        return self._local
