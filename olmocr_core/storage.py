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
import fcntl
import glob as stdlib_glob
import operator
import os
import random
import re
import shutil
import stat as stat_module
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TypeVar

from olmocr_core.errors import MissingObjectError, StorageError

if TYPE_CHECKING:
    from botocore.exceptions import ClientError

S3_SCHEME = "s3://"
T = TypeVar("T")

# botocore's adaptive mode backs off on throttling (503 SlowDown) across all threads sharing the client.
_RETRIES = {"max_attempts": 10, "mode": "adaptive"}
_COPY_CHUNK = 1 << 20

# S3 error codes (HEAD requests carry only the HTTP status as the code).
_MISSING_CODES = frozenset({"NoSuchKey", "NoSuchBucket", "NotFound", "404"})
_DENIED_CODES = frozenset(
    {"AccessDenied", "403", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken"}
)

# A 409 ConditionalRequestConflict means a concurrent write or delete of the same key was in flight; AWS
# says to retry, and the retry settles it (412 if the other write landed, success if it did not).
_CONFLICT_RETRIES = 5
_CONFLICT_BACKOFF_S = 0.05
# Compare-and-swap updates retry while other writers keep winning: many planners of one collection at once.
_UPDATE_RETRIES = 30
_UPDATE_BACKOFF_MAX_S = 2.0


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


def is_glob(path: str) -> bool:
    """Whether ``path`` contains a wildcard (``*``, ``?`` or ``[``)."""
    return _MAGIC.search(path) is not None


_MAGIC = re.compile(r"[*?[]")


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
        self._local = _LocalBackend()
        self._s3 = _S3Backend(profile, endpoint_url, max_pool_connections, list_page_size)

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
        _atomic_local_write(local_path, lambda f: backend.copy_to_file(path, f))

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

    def _backend(self, path: str) -> _LocalBackend | _S3Backend:
        if is_s3_url(path):
            return self._s3
        if "://" in path:
            raise StorageError(f"{path}: unsupported URL scheme (only local paths and s3:// are supported)")
        return self._local


# --------------------------------------------------------------------------------------------- local


class _LocalBackend:
    def read_bytes(self, path: str) -> bytes:
        with _local_errors(path), open(path, "rb") as f:
            return f.read()

    def write_bytes(self, path: str, data: bytes) -> None:
        _atomic_local_write(path, lambda f: f.write(data))

    def write_if_absent(self, path: str, data: bytes) -> bool:
        with _local_errors(path):
            tmp = _write_temp_beside(path, lambda f: f.write(data))
            try:
                # link() refuses an existing target, so exactly one racer wins, and the winner's file
                # appears complete because it was fully written and synced before the link.
                os.link(tmp, path)
            except FileExistsError:
                return False
            finally:
                os.unlink(tmp)
            _fsync_dir(os.path.dirname(path))
            return True

    def update(self, path: str, change: Callable[[bytes | None], bytes | None]) -> bytes | None:
        directory, name = os.path.split(path)
        with _local_errors(path):
            if directory:
                os.makedirs(directory, exist_ok=True)
            # flock, not an O_EXCL lock file: the kernel releases it when its holder dies, so a killed
            # planner never leaves a stale lock behind. The lock file stays (empty, hidden) for the next one.
            lock = os.open(os.path.join(directory, f".{name}.lock"), os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    with open(path, "rb") as f:
                        current: bytes | None = f.read()
                except FileNotFoundError:
                    current = None
                new = change(current)
                if new is None or new == current:
                    return current
                self.write_bytes(path, new)
                return new
            finally:
                os.close(lock)  # releases the lock

    def exists(self, path: str) -> bool:
        return os.path.isfile(path)

    def delete(self, path: str) -> None:
        with _local_errors(path), contextlib.suppress(FileNotFoundError):
            os.unlink(path)

    def stat(self, path: str) -> ObjectInfo:
        with _local_errors(path):
            st = os.stat(path)
        if not stat_module.S_ISREG(st.st_mode):
            raise StorageError(f"{path}: not a regular file")
        return _local_info(path, st)

    def list(self, prefix: str) -> Iterator[ObjectInfo]:
        directory, name_prefix = os.path.split(prefix)
        with _local_errors(prefix):
            yield from _walk_files(directory, name_prefix)

    def glob(self, pattern: str) -> Iterator[ObjectInfo]:
        # The standard library prunes the walk by pattern segment; include_hidden matches S3, which has
        # no hidden keys. test_storage checks both backends agree on the same tree.
        for path in stdlib_glob.iglob(pattern, recursive=True, include_hidden=True):
            with contextlib.suppress(FileNotFoundError):  # deleted while we walked
                st = os.stat(path)
                if stat_module.S_ISREG(st.st_mode):
                    yield _local_info(path, st)

    def copy_to_file(self, path: str, out: IO[bytes]) -> None:
        with _local_errors(path), open(path, "rb") as f:
            shutil.copyfileobj(f, out, _COPY_CHUNK)


def _local_info(path: str, st: os.stat_result) -> ObjectInfo:
    return ObjectInfo(path, st.st_size, str(st.st_mtime_ns))


def _walk_files(directory: str, name_prefix: str = "") -> Iterator[ObjectInfo]:
    """Files under ``directory`` whose first path component starts with ``name_prefix``, each directory's
    entries in name order. Symlinked directories are not followed (they can form cycles)."""
    try:
        with os.scandir(directory or os.curdir) as entries:
            chosen = sorted((e for e in entries if e.name.startswith(name_prefix)), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there (or removed while we walked): like an S3 prefix with no objects
    for entry in chosen:
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_files(path)
        elif entry.is_file():
            yield _local_info(path, entry.stat())


@contextlib.contextmanager
def _local_errors(path: str) -> Iterator[None]:
    try:
        yield
    except FileNotFoundError as exc:
        raise MissingObjectError(f"{path}: no such file or directory") from exc
    except PermissionError as exc:
        raise StorageError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise StorageError(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise StorageError(f"{path}: {exc.strerror or exc}") from exc


def _write_temp_beside(path: str, write: Callable[[IO[bytes]], object]) -> str:
    """Write a synced temporary file in ``path``'s directory (same filesystem, so it can be renamed or
    linked into place) and return its name. Removes it again if writing fails."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{uuid.uuid4().hex}.tmp")
    # O_EXCL + mode 0o666 gives the permissions a plain open() would (umask applies), unlike mkstemp's 0o600.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def _atomic_local_write(path: str, write: Callable[[IO[bytes]], object]) -> None:
    with _local_errors(path):
        tmp = _write_temp_beside(path, write)
        try:
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _fsync_dir(os.path.dirname(path))


def _fsync_dir(directory: str) -> None:
    """Make a rename or link in ``directory`` survive a crash."""
    fd = os.open(directory or os.curdir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------------------------ S3


class _S3Backend:
    def __init__(self, profile: str | None, endpoint_url: str | None, pool_size: int, page_size: int):
        self._profile = profile
        self._endpoint_url = endpoint_url
        self._pool_size = pool_size
        self._page_size = page_size
        self._client: Any = None
        self._lock = threading.Lock()

    def client(self) -> Any:
        # boto3 sessions are not thread-safe but clients are: build the one client under a lock.
        with self._lock:
            if self._client is None:
                self._client = self._new_client()
            return self._client

    def _new_client(self) -> Any:
        # boto3 and botocore are imported on first S3 use only: local-only users (a GPU pod reading a mounted
        # model, the tests of the local paths) need neither, and they take 80 ms to import and 17 MB to ship.
        import boto3
        from botocore.config import Config
        from botocore.exceptions import ProfileNotFound

        config = Config(retries=_RETRIES, max_pool_connections=self._pool_size)
        try:
            session = boto3.session.Session(profile_name=self._profile)
        except ProfileNotFound as exc:
            raise StorageError(
                f"AWS profile {self._profile!r} is not defined in the AWS config or credentials files"
            ) from exc
        return session.client("s3", endpoint_url=self._endpoint_url, config=config)

    def read_bytes(self, path: str) -> bytes:
        bucket, key = _object_url(path)
        with self._errors(path):
            return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()

    def write_bytes(self, path: str, data: bytes) -> None:
        bucket, key = _object_url(path)
        with self._errors(path):
            self.client().put_object(Bucket=bucket, Key=key, Body=data)

    def write_if_absent(self, path: str, data: bytes) -> bool:
        from botocore.exceptions import ClientError

        bucket, key = _object_url(path)
        for attempt in range(_CONFLICT_RETRIES):
            try:
                with self._errors(path, passthrough=_is_conditional_failure):
                    self.client().put_object(Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")
                return True
            except ClientError as exc:
                if _http_status(exc) == 412:
                    # botocore retries a PUT whose answer was lost; when the first try had landed, the retry
                    # gets 412 for our own object. Same bytes there: this write did happen.
                    return self._read_if_present(bucket, key, path)[0] == data
            time.sleep(_CONFLICT_BACKOFF_S * 2**attempt)
        raise StorageError(
            f"{path}: conditional write kept conflicting with concurrent writes (409) "
            f"after {_CONFLICT_RETRIES} attempts"
        )

    def update(self, path: str, change: Callable[[bytes | None], bytes | None]) -> bytes | None:
        from botocore.exceptions import ClientError

        bucket, key = _object_url(path)
        for attempt in range(_UPDATE_RETRIES):
            current, etag = self._read_if_present(bucket, key, path)
            new = change(current)
            if new is None or new == current:
                return current
            # Only if nobody wrote it since we read it: If-Match on the ETag read, or If-None-Match when absent.
            condition = {"IfMatch": f'"{etag}"'} if etag is not None else {"IfNoneMatch": "*"}
            try:
                with self._errors(path, passthrough=_is_conditional_failure):
                    self.client().put_object(Bucket=bucket, Key=key, Body=new, **condition)
                return new
            except ClientError:
                pass  # 412: another writer got in first; 409: a write was in flight. Re-read and merge again.
            time.sleep(random.uniform(0.5, 1.0) * min(_UPDATE_BACKOFF_MAX_S, _CONFLICT_BACKOFF_S * 2**attempt))
        raise StorageError(f"{path}: update kept conflicting with concurrent writers after {_UPDATE_RETRIES} attempts")

    def _read_if_present(self, bucket: str, key: str, path: str) -> tuple[bytes | None, str | None]:
        """(content, ETag without quotes), or (None, None) when there is no such object."""
        try:
            with self._errors(path):
                answer = self.client().get_object(Bucket=bucket, Key=key)
                return answer["Body"].read(), answer["ETag"].strip('"')
        except MissingObjectError:
            return None, None

    def exists(self, path: str) -> bool:
        try:
            self.stat(path)
        except MissingObjectError:
            return False
        return True

    def delete(self, path: str) -> None:
        bucket, key = _object_url(path)
        with self._errors(path):
            self.client().delete_object(Bucket=bucket, Key=key)

    def stat(self, path: str) -> ObjectInfo:
        bucket, key = _object_url(path)
        with self._errors(path):
            head = self.client().head_object(Bucket=bucket, Key=key)
        return ObjectInfo(path, head["ContentLength"], head["ETag"].strip('"'))

    def list(self, prefix: str) -> Iterator[ObjectInfo]:
        bucket, key_prefix = parse_s3_url(prefix)
        paginator = self.client().get_paginator("list_objects_v2")
        pages = paginator.paginate(Bucket=bucket, Prefix=key_prefix, PaginationConfig={"PageSize": self._page_size})
        with self._errors(prefix):
            for page in pages:
                for obj in page.get("Contents", ()):
                    yield ObjectInfo(f"{S3_SCHEME}{bucket}/{obj['Key']}", obj["Size"], obj["ETag"].strip('"'))

    def glob(self, pattern: str) -> Iterator[ObjectInfo]:
        bucket, key_pattern = parse_s3_url(pattern)
        if is_glob(bucket):
            raise StorageError(f"{pattern}: wildcards in bucket names are not supported")
        regex = glob_regex(pattern, key_pattern)
        # List only under the part before the first wildcard, then match each key.
        literal_prefix = _MAGIC.split(key_pattern, maxsplit=1)[0]
        bucket_url = f"{S3_SCHEME}{bucket}/"
        for info in self.list(bucket_url + literal_prefix):
            if regex.fullmatch(info.path[len(bucket_url) :]):
                yield info

    def copy_to_file(self, path: str, out: IO[bytes]) -> None:
        bucket, key = _object_url(path)
        with self._errors(path):
            body = self.client().get_object(Bucket=bucket, Key=key)["Body"]
            shutil.copyfileobj(body, out, _COPY_CHUNK)

    @contextlib.contextmanager
    def _errors(self, path: str, passthrough: Callable[[ClientError], bool] = lambda exc: False) -> Iterator[None]:
        """Turn botocore failures into StorageErrors naming ``path``; ``passthrough`` picks client errors
        the caller handles itself."""
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

        try:
            yield
        except ClientError as exc:
            if passthrough(exc):
                raise
            raise self._client_error(path, exc) from exc
        except NoCredentialsError as exc:
            raise StorageError(f"{path}: no AWS credentials found for {self._credentials_name()}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"{path}: {exc}") from exc

    def _client_error(self, path: str, exc: ClientError) -> StorageError:
        error = exc.response.get("Error", {})
        code = str(error.get("Code", _http_status(exc)))
        message = error.get("Message") or ""
        if code == "NoSuchBucket":
            return MissingObjectError(f"{path}: bucket {parse_s3_url(path)[0]!r} does not exist")
        if code in _MISSING_CODES:
            return MissingObjectError(f"{path}: no such S3 object")
        if code in _DENIED_CODES:
            return StorageError(f"{path}: access denied using {self._credentials_name()} ({code}: {message})")
        return StorageError(f"{path}: S3 error {code}: {message}")

    def _credentials_name(self) -> str:
        return f"AWS profile {self._profile!r}" if self._profile else "the default AWS credentials"


def _object_url(path: str) -> tuple[str, str]:
    bucket, key = parse_s3_url(path)
    if not key:
        raise StorageError(f"{path}: names a bucket, not an object (expected s3://bucket/key)")
    return bucket, key


def _http_status(exc: ClientError) -> int | None:
    return exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")


def _is_conditional_failure(exc: ClientError) -> bool:
    return _http_status(exc) in (409, 412)


# ---------------------------------------------------------------------------------------------- glob


def glob_regex(pattern: str, key_pattern: str) -> re.Pattern[str]:
    """Compile a glob over '/'-separated keys with the standard library's rules (fnmatch per segment,
    ``**`` as a whole segment spans directories), so S3 and local globs agree."""
    segments = key_pattern.split("/")
    parts = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            parts.append(".*" if last else "(?:.*/)?")
        else:
            parts.append(_segment_regex(segment) + ("" if last else "/"))
    try:
        return re.compile("".join(parts), re.DOTALL)
    except re.error as exc:
        raise StorageError(f"{pattern}: invalid glob pattern ({exc})") from exc


def _segment_regex(segment: str) -> str:
    out = []
    i = 0
    while i < len(segment):
        char = segment[i]
        i += 1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (end := _class_end(segment, i)) != -1:
            out.append(_class_regex(segment[i:end]))
            i = end + 1
        else:
            out.append(re.escape(char))
    return "".join(out)


def _class_end(segment: str, start: int) -> int:
    """Index of the ']' closing a class opened just before ``start``, or -1 (then '[' is literal).
    As in fnmatch, a ']' first in the class (after an optional '!') is a member, not the end."""
    j = start
    if j < len(segment) and segment[j] == "!":
        j += 1
    if j < len(segment) and segment[j] == "]":
        j += 1
    return segment.find("]", j)


def _class_regex(body: str) -> str:
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    # Escape what is special inside a regex class, keeping '-' ranges; '/' never matches (segments).
    body = re.sub(r"([\\\[\]^&~|])", r"\\\1", body)
    return f"[^/{body}]" if negate else f"[{body}]"
