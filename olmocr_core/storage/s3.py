"""The S3 backend: one boto3 client per credentials, conditional PUTs for write-if-absent and compare-and-swap."""

from __future__ import annotations

import contextlib
import random
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

from olmocr_core.common.errors import MissingObjectError, StorageError
from olmocr_core.storage.globs import glob_regex, is_glob, literal_prefix
from olmocr_core.storage.objects import COPY_CHUNK, S3_SCHEME, ObjectInfo, parse_s3_url

if TYPE_CHECKING:
    from botocore.exceptions import ClientError

# botocore's adaptive mode backs off on throttling (503 SlowDown) across all threads sharing the client.
_RETRIES = {"max_attempts": 10, "mode": "adaptive"}

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


class S3Backend:
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
        import boto3  # lazy: only S3 users need it
        from botocore.config import Config  # lazy: only S3 users need it
        from botocore.exceptions import ProfileNotFound  # lazy: only S3 users need it

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
        from botocore.exceptions import ClientError  # lazy: only S3 users need it

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
        from botocore.exceptions import ClientError  # lazy: only S3 users need it

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
        start = literal_prefix(key_pattern)
        bucket_url = f"{S3_SCHEME}{bucket}/"
        for info in self.list(bucket_url + start):
            if regex.fullmatch(info.path[len(bucket_url) :]):
                yield info

    def copy_to_file(self, path: str, out: IO[bytes]) -> None:
        bucket, key = _object_url(path)
        with self._errors(path):
            body = self.client().get_object(Bucket=bucket, Key=key)["Body"]
            shutil.copyfileobj(body, out, COPY_CHUNK)

    @contextlib.contextmanager
    def _errors(self, path: str, passthrough: Callable[[ClientError], bool] = lambda exc: False) -> Iterator[None]:
        """Turn botocore failures into StorageErrors naming ``path``; ``passthrough`` picks client errors
        the caller handles itself."""
        from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError  # lazy: only S3 users need it

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
