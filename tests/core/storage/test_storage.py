"""Storage over local paths and a real S3 HTTP API (moto's server, see tests/support/s3.py)."""

from __future__ import annotations

import json
import os
import re
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError
from moto.core import enable_iam_authentication

from olmocr_core.common.errors import MissingObjectError, StorageError
from olmocr_core.storage import s3 as s3_backend
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import parse_s3_url

# ---------------------------------------------------------------------------------------------- helpers


def _race_write_if_absent(storage: Storage, path: str, racers: int = 16) -> list[bytes]:
    """Let ``racers`` threads write_if_absent the same path at once; return the payloads that won."""
    start = threading.Barrier(racers)

    def attempt(i: int) -> bytes | None:
        payload = f"writer {i}".encode()
        start.wait()
        return payload if storage.write_if_absent(path, payload) else None

    with ThreadPoolExecutor(racers) as pool:
        results = list(pool.map(attempt, range(racers)))
    return [r for r in results if r is not None]


def _make_tree(write, root: str) -> None:
    for name in GLOB_TREE:
        write(f"{root}/{name}", name.encode())


def _relative(infos, root: str) -> set[str]:
    return {info.path[len(root) + 1 :] for info in infos}


GLOB_TREE = [
    "a.pdf",
    "b.PDF",
    "c.txt",
    ".hidden.pdf",
    "x1.pdf",
    "x2.pdf",
    "xa.pdf",
    "d/e.pdf",
    "d/f/g.pdf",
    "d/f/h.png",
    "d2/i.pdf",
]

GLOB_CASES = {
    "*.pdf": {"a.pdf", ".hidden.pdf", "x1.pdf", "x2.pdf", "xa.pdf"},
    "*": {"a.pdf", "b.PDF", "c.txt", ".hidden.pdf", "x1.pdf", "x2.pdf", "xa.pdf"},
    "x?.pdf": {"x1.pdf", "x2.pdf", "xa.pdf"},
    "x[0-9].pdf": {"x1.pdf", "x2.pdf"},
    "x[!0-9].pdf": {"xa.pdf"},
    "d/*": {"d/e.pdf"},
    "d/*/*.pdf": {"d/f/g.pdf"},
    "**/*.pdf": {"a.pdf", ".hidden.pdf", "x1.pdf", "x2.pdf", "xa.pdf", "d/e.pdf", "d/f/g.pdf", "d2/i.pdf"},
    "d/**/*.p*": {"d/e.pdf", "d/f/g.pdf", "d/f/h.png"},
    "d/**": {"d/e.pdf", "d/f/g.pdf", "d/f/h.png"},
    "d*/*.pdf": {"d/e.pdf", "d2/i.pdf"},
    "a.pdf": {"a.pdf"},
    "nothing*": set(),
}


# -------------------------------------------------------------------------------------------- local


def test_local_round_trip_creates_directories(tmp_path: Path) -> None:
    storage = Storage()
    path = str(tmp_path / "deep" / "er" / "file.bin")
    storage.write_bytes(path, b"\x00payload")
    assert storage.read_bytes(path) == b"\x00payload"
    info = storage.stat(path)
    assert (info.path, info.size) == (path, 8)
    assert storage.exists(path)


def test_local_write_replaces_without_leaving_temp_files(tmp_path: Path) -> None:
    storage = Storage()
    path = str(tmp_path / "out.jsonl")
    for i in range(5):
        storage.write_bytes(path, f"version {i}".encode())
    assert storage.read_bytes(path) == b"version 4"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_local_failed_write_keeps_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = Storage()
    path = str(tmp_path / "out.jsonl")
    storage.write_bytes(path, b"old")

    def failing_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(StorageError, match="out.jsonl.*Input/output error"):
        storage.write_bytes(path, b"new")
    monkeypatch.undo()
    assert storage.read_bytes(path) == b"old"
    assert os.listdir(tmp_path) == ["out.jsonl"]


def test_local_new_files_get_umask_permissions_not_private_temp_ones(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    Storage().write_bytes(str(path), b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_local_write_if_absent_once(tmp_path: Path) -> None:
    storage = Storage()
    path = str(tmp_path / "claims" / "job-1")
    assert storage.write_if_absent(path, b"first") is True
    assert storage.write_if_absent(path, b"second") is False
    assert storage.read_bytes(path) == b"first"
    assert os.listdir(tmp_path / "claims") == ["job-1"]


def test_local_write_if_absent_race_has_one_winner(tmp_path: Path) -> None:
    storage = Storage()
    path = str(tmp_path / "claim")
    winners = _race_write_if_absent(storage, path)
    assert len(winners) == 1
    assert storage.read_bytes(path) == winners[0]
    assert os.listdir(tmp_path) == ["claim"]


def test_local_missing_file_errors_name_the_path(tmp_path: Path) -> None:
    storage = Storage()
    missing = str(tmp_path / "nope.pdf")
    for operation in (storage.read_bytes, storage.stat):
        with pytest.raises(MissingObjectError, match="nope.pdf"):
            operation(missing)
    assert storage.exists(missing) is False
    with pytest.raises(MissingObjectError, match="nope.pdf"):
        with storage.local_copy(missing):
            pass


def test_local_directory_is_not_an_object(tmp_path: Path) -> None:
    storage = Storage()
    assert storage.exists(str(tmp_path)) is False
    with pytest.raises(StorageError, match="directory"):
        storage.read_bytes(str(tmp_path))
    with pytest.raises(StorageError, match="not a regular file"):
        storage.stat(str(tmp_path))


def test_local_delete_is_idempotent(tmp_path: Path) -> None:
    storage = Storage()
    path = str(tmp_path / "f")
    storage.write_bytes(path, b"x")
    storage.delete(path)
    storage.delete(path)
    assert not storage.exists(path)


def test_local_list_is_a_string_prefix(tmp_path: Path) -> None:
    storage = Storage()
    root = str(tmp_path)
    _make_tree(storage.write_bytes, root)
    assert _relative(storage.list(root + "/d"), root) == {"d/e.pdf", "d/f/g.pdf", "d/f/h.png", "d2/i.pdf"}
    assert _relative(storage.list(root + "/d/"), root) == {"d/e.pdf", "d/f/g.pdf", "d/f/h.png"}
    assert _relative(storage.list(root + "/x"), root) == {"x1.pdf", "x2.pdf", "xa.pdf"}
    assert list(storage.list(root + "/missing/")) == []


def test_local_copy_and_download_of_local_files(tmp_path: Path) -> None:
    storage = Storage()
    source = str(tmp_path / "src.pdf")
    storage.write_bytes(source, b"%PDF-1.7")
    with storage.local_copy(source) as local:
        assert local == source
    target = str(tmp_path / "copies" / "dst.pdf")
    storage.download_to(source, target)
    assert storage.read_bytes(target) == b"%PDF-1.7"


def test_unsupported_scheme_is_rejected() -> None:
    with pytest.raises(StorageError, match="gs://bucket/a.pdf: unsupported URL scheme"):
        Storage().read_bytes("gs://bucket/a.pdf")


@pytest.mark.parametrize("url", ["s3://", "s3:///key"])
def test_s3_url_without_bucket_is_rejected(url: str) -> None:
    with pytest.raises(StorageError, match="no bucket name"):
        parse_s3_url(url)
    with pytest.raises(StorageError, match="no bucket name"):
        Storage().read_bytes(url)


def test_s3_url_parsing() -> None:
    assert parse_s3_url("s3://bucket/a/b.pdf") == ("bucket", "a/b.pdf")
    assert parse_s3_url("s3://bucket") == ("bucket", "")


# ----------------------------------------------------------------------------------------------- S3


def test_s3_client_is_shared_and_configured(s3_server: str) -> None:
    storage = Storage(max_pool_connections=48)
    client = storage.s3_client
    assert client is storage.s3_client
    assert client.meta.config.max_pool_connections == 48
    # botocore turns max_attempts=10 (retries) into 11 attempts in all.
    assert client.meta.config.retries == {"mode": "adaptive", "total_max_attempts": 11}
    assert client.meta.endpoint_url == s3_server  # AWS_ENDPOINT_URL honoured


def test_s3_round_trip(s3_bucket: str) -> None:
    storage = Storage()
    path = f"s3://{s3_bucket}/results/output_abc.jsonl"
    storage.write_bytes(path, b"one")
    storage.write_bytes(path, b"two!")
    assert storage.read_bytes(path) == b"two!"
    info = storage.stat(path)
    assert (info.path, info.size) == (path, 4)
    assert info.etag_or_mtime and '"' not in info.etag_or_mtime
    assert storage.exists(path)
    storage.delete(path)
    storage.delete(path)
    assert not storage.exists(path)


def test_s3_missing_object_and_bucket_errors(s3_bucket: str) -> None:
    storage = Storage()
    missing = f"s3://{s3_bucket}/nope.pdf"
    for operation in (storage.read_bytes, storage.stat):
        with pytest.raises(MissingObjectError, match=re.escape(f"{missing}: no such S3 object")):
            operation(missing)
    no_bucket = "s3://no-such-bucket-here/a.pdf"
    with pytest.raises(MissingObjectError, match="bucket 'no-such-bucket-here' does not exist"):
        storage.read_bytes(no_bucket)
    with pytest.raises(MissingObjectError, match="no-such-bucket-here"):
        list(storage.list("s3://no-such-bucket-here/"))


def test_s3_bucket_url_is_not_an_object(s3_bucket: str) -> None:
    with pytest.raises(StorageError, match="names a bucket, not an object"):
        Storage().write_bytes(f"s3://{s3_bucket}", b"x")


def test_moto_enforces_if_none_match_with_412(s3_bucket: str) -> None:
    """The property write_if_absent relies on, checked on the raw API."""
    client = boto3.client("s3")
    client.put_object(Bucket=s3_bucket, Key="k", Body=b"1", IfNoneMatch="*")
    with pytest.raises(ClientError) as caught:
        client.put_object(Bucket=s3_bucket, Key="k", Body=b"2", IfNoneMatch="*")
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 412
    assert caught.value.response["Error"]["Code"] == "PreconditionFailed"


def test_s3_write_if_absent_once(s3_bucket: str) -> None:
    storage = Storage()
    path = f"s3://{s3_bucket}/claims/job-1"
    assert storage.write_if_absent(path, b"first") is True
    assert storage.write_if_absent(path, b"second") is False
    assert storage.read_bytes(path) == b"first"


def test_s3_write_if_absent_race_has_one_winner(s3_bucket: str) -> None:
    storage = Storage()
    path = f"s3://{s3_bucket}/claim"
    winners = _race_write_if_absent(storage, path)
    assert len(winners) == 1
    assert storage.read_bytes(path) == winners[0]


def _conflict(operation: str = "PutObject") -> ClientError:
    return ClientError(
        {
            "Error": {"Code": "ConditionalRequestConflict", "Message": "conflicting operation in flight"},
            "ResponseMetadata": {"HTTPStatusCode": 409},
        },
        operation,
    )


def test_s3_write_if_absent_retries_a_409_until_it_settles(s3_bucket: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """409 means a concurrent write or delete was in flight, not necessarily that the object exists:
    the retry answers (success here, because nothing else is there)."""
    storage = Storage()
    client = storage.s3_client
    real_put = client.put_object
    calls = []

    def put_conflicting_once(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise _conflict()
        return real_put(**kwargs)

    monkeypatch.setattr(s3_backend, "_CONFLICT_BACKOFF_S", 0.0)
    monkeypatch.setattr(client, "put_object", put_conflicting_once)
    path = f"s3://{s3_bucket}/claim"
    assert storage.write_if_absent(path, b"mine") is True
    assert len(calls) == 2 and all(c["IfNoneMatch"] == "*" for c in calls)
    assert storage.write_if_absent(path, b"again") is False  # then a 412 from the server


def test_s3_write_if_absent_gives_up_on_endless_409(s3_bucket: str, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = Storage()

    def always_conflict(**kwargs):
        raise _conflict()

    monkeypatch.setattr(s3_backend, "_CONFLICT_BACKOFF_S", 0.0)
    monkeypatch.setattr(storage.s3_client, "put_object", always_conflict)
    with pytest.raises(StorageError, match=r"claim: conditional write kept conflicting .*\(409\)"):
        storage.write_if_absent(f"s3://{s3_bucket}/claim", b"mine")


def test_s3_list_paginates_lazily(s3_bucket: str) -> None:
    storage = Storage(list_page_size=7)
    client = storage.s3_client
    keys = [f"docs/{i:03d}.pdf" for i in range(25)]
    for key in keys:
        client.put_object(Bucket=s3_bucket, Key=key, Body=b"x")
    client.put_object(Bucket=s3_bucket, Key="docsx/other.pdf", Body=b"x")

    list_calls = []
    client.meta.events.register("after-call.s3.ListObjectsV2", lambda **kw: list_calls.append(kw))
    listing = storage.list(f"s3://{s3_bucket}/docs/")
    first = next(listing)
    assert first.path == f"s3://{s3_bucket}/docs/000.pdf"
    assert len(list_calls) == 1, "the first page must come back before later pages are fetched"
    rest = list(listing)
    assert [first.path] + [i.path for i in rest] == [f"s3://{s3_bucket}/{k}" for k in keys]
    assert len(list_calls) == 4  # ceil(25 / 7)
    assert {i.size for i in rest} == {1}


def test_s3_list_is_a_string_prefix(s3_bucket: str) -> None:
    storage = Storage()
    root = f"s3://{s3_bucket}"
    _make_tree(storage.write_bytes, root)
    assert _relative(storage.list(root + "/d"), root) == {"d/e.pdf", "d/f/g.pdf", "d/f/h.png", "d2/i.pdf"}
    assert _relative(storage.list(root + "/d/"), root) == {"d/e.pdf", "d/f/g.pdf", "d/f/h.png"}
    assert _relative(storage.list(root + "/"), root) == set(GLOB_TREE)
    assert _relative(storage.list(root), root) == set(GLOB_TREE)


def test_glob_semantics_agree_locally_and_on_s3(s3_bucket: str, tmp_path: Path) -> None:
    storage = Storage()
    local_root, s3_root = str(tmp_path), f"s3://{s3_bucket}"
    _make_tree(storage.write_bytes, local_root)
    _make_tree(storage.write_bytes, s3_root)
    for pattern, expected in GLOB_CASES.items():
        assert _relative(storage.glob(f"{local_root}/{pattern}"), local_root) == expected, pattern
        assert _relative(storage.glob(f"{s3_root}/{pattern}"), s3_root) == expected, pattern


def test_s3_glob_lists_only_under_the_literal_prefix(s3_bucket: str) -> None:
    storage = Storage()
    root = f"s3://{s3_bucket}"
    _make_tree(storage.write_bytes, root)
    prefixes = []
    storage.s3_client.meta.events.register(
        "provide-client-params.s3.ListObjectsV2", lambda params, **kw: prefixes.append(params["Prefix"])
    )
    assert _relative(storage.glob(f"{root}/d/f/*.pdf"), root) == {"d/f/g.pdf"}
    assert prefixes == ["d/f/"]


def test_s3_glob_rejects_wildcard_bucket() -> None:
    with pytest.raises(StorageError, match="wildcards in bucket names"):
        list(Storage().glob("s3://bucket-*/a.pdf"))


def test_s3_download_and_local_copy(s3_bucket: str, tmp_path: Path) -> None:
    storage = Storage()
    path = f"s3://{s3_bucket}/in/report.pdf"
    payload = os.urandom(3 << 20)  # several copy chunks
    storage.write_bytes(path, payload)

    target = tmp_path / "downloads" / "r.pdf"
    storage.download_to(path, str(target))
    assert target.read_bytes() == payload
    assert os.listdir(target.parent) == ["r.pdf"]

    with storage.local_copy(path) as local:
        assert os.path.basename(local) == "report.pdf"
        assert Path(local).read_bytes() == payload
    assert not os.path.exists(local)
    assert not os.path.exists(os.path.dirname(local))


def test_s3_failed_download_leaves_nothing(s3_bucket: str, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    with pytest.raises(MissingObjectError, match="nope.pdf"):
        Storage().download_to(f"s3://{s3_bucket}/nope.pdf", str(target))
    assert os.listdir(tmp_path) == []


def test_profiles_keep_credentials_apart(s3_bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two Storages, two profiles: with IAM checks on in moto, only the profile holding a real key works,
    and each error says which credentials were used."""
    user = f"workspace-writer-{uuid.uuid4().hex[:8]}"
    iam = boto3.client("iam")
    iam.create_user(UserName=user)
    allow_s3 = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
    iam.put_user_policy(UserName=user, PolicyName="s3", PolicyDocument=json.dumps(allow_s3))
    key = iam.create_access_key(UserName=user)["AccessKey"]

    credentials = tmp_path / "credentials"
    credentials.write_text(
        f"[workspace]\naws_access_key_id = {key['AccessKeyId']}\naws_secret_access_key = {key['SecretAccessKey']}\n"
        "[pdfs]\naws_access_key_id = AKIAUNKNOWNKEY000000\naws_secret_access_key = wrong\n"
    )
    config = tmp_path / "config"
    config.write_text("[profile workspace]\nregion = us-east-1\n[profile pdfs]\nregion = us-east-1\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))

    path = f"s3://{s3_bucket}/results/out.jsonl"
    workspace, pdfs = Storage(profile="workspace"), Storage(profile="pdfs")
    with enable_iam_authentication():
        workspace.write_bytes(path, b"ok")
        assert workspace.read_bytes(path) == b"ok"
        with pytest.raises(StorageError, match=re.escape(f"{path}: access denied using AWS profile 'pdfs'")):
            pdfs.read_bytes(path)
        # The environment's keys are not the workspace user's either: the profile really was used.
        with pytest.raises(StorageError, match="access denied using the default AWS credentials"):
            Storage().read_bytes(path)
    with pytest.raises(StorageError, match="AWS profile 'no-such-profile' is not defined"):
        Storage(profile="no-such-profile").read_bytes(path)
