"""Security: hostile source paths, S3 keys, group ids and collection names cannot make a write land outside the
workspace; credentials never show in logs, reports, documents or error messages; nothing in a workspace is
ever unpickled or executed; the managed vLLM server listens on loopback unless told otherwise."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import pickle
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from olmocr_core.cli.flags import engine_config, engine_config_from_options
from olmocr_core.cli.main import build_parser, main
from olmocr_core.common.errors import OlmocrError, StorageError
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.open import open_engine
from olmocr_core.engines.openai_client import OpenAiClient
from olmocr_core.engines.vllm_server import VllmServerConfig
from olmocr_core.engines.vlm import VlmEngine
from olmocr_core.models.source import resolve_model
from olmocr_core.rendering.pool import RenderPool
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.groups import PageGroup, group_id
from olmocr_core.work.pipeline import GroupOptions, process_group
from olmocr_core.work.workspace import Workspace, markdown_relative_path
from tests.support.paths import REPO
from tests.support.s3 import FAKE_SECRET_KEY

HOSTILE_PATHS = (
    "../../etc/passwd.pdf",
    "/etc/passwd.pdf",
    "s3://other-bucket/x.pdf",
    "s3://bucket/../../../../escape.pdf",
    "s3://bucket/a/%2e%2e/%2e%2e/b.pdf",
    "..\\..\\windows\\system32.pdf",
    "a/\u2024\u2024/\u2025/b.pdf",  # one-dot and two-dot leaders: look like '..', are not
    "a/\uff0e\uff0e/b.pdf",  # full-width full stops
    "a/..\x00/../../b.pdf",  # a NUL byte that would turn '..\0' into '..' if cut there
    "./././../x.pdf",
    "s3://bucket/" + "../" * 50 + "deep.pdf",
)


def inside(root: Path, path: str) -> bool:
    resolved = Path(os.path.realpath(path))
    return resolved == root.resolve() or root.resolve() in resolved.parents


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


# ---------------------------------------------------------------------------------------------------- paths


@pytest.mark.parametrize("source", HOSTILE_PATHS)
def test_markdown_paths_stay_in_the_workspace(source, tmp_path):
    root = tmp_path / "ws"
    path = Workspace(str(root), Storage()).markdown_path(source)
    assert inside(root / "markdown", path), path
    assert "\x00" not in path and ".." not in posixpath.normpath(markdown_relative_path(source)).split("/")
    # And on S3: the key stays under the workspace prefix.
    key = Workspace("s3://bucket/ws", Storage()).markdown_path(source)
    assert posixpath.normpath(key.removeprefix("s3://")).startswith("bucket/ws/markdown/"), key


@pytest.mark.parametrize(
    "group", ["../../etc/x", "/abs", "a/b", "..", "x\x00y", "s3://other-bucket/x", "..\\..\\x", "\u2024\u2024", ""]
)
def test_hostile_group_ids_are_refused_before_any_path_is_built(group, tmp_path):
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    for build in (workspace.output_path, workspace.report_path, workspace.is_done):
        with pytest.raises(StorageError, match="group id"):
            build(group)


def test_a_hostile_group_writes_nothing_anywhere(sample_pdfs, tmp_path):
    """A hand-edited index whose group id is a path: the group fails before converting or writing."""
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    engine = object()  # never reached: the output path is checked first
    group = PageGroup("../../../escaped", (str(sample_pdfs["digital"]),))
    before = files_under(tmp_path)
    with pytest.raises(StorageError):
        asyncio.run(process_group(group, engine, workspace, Storage()))  # type: ignore[arg-type]
    assert files_under(tmp_path) == before


@pytest.mark.parametrize(
    "name", ["../../etc", "a/b", "/abs", "s3://other-bucket/x", " padded ", "..", "..\\..\\x", "a\x00b"]
)
def test_collection_names_with_paths_are_refused(name):
    with pytest.raises(OlmocrError, match="collection name"):
        CollectionSpec(name=name, workspace="/tmp/ws")


@pytest.mark.parametrize("name", ["...", "\u2024\u2024", "\uff0e\uff0e"])
def test_odd_collection_names_are_saved_inside_the_registry(name, tmp_path):
    registry = CollectionRegistry(str(tmp_path / "registry"))
    registry.save(CollectionSpec(name=name, workspace=str(tmp_path / "ws")))
    [written] = files_under(tmp_path)
    assert inside(tmp_path / "registry" / "collections", str(written)) and registry.load(name).name == name


def test_registry_lookups_cannot_read_outside_the_registry(tmp_path):
    registry = CollectionRegistry(str(tmp_path / "registry"))
    (tmp_path / "outside.json").write_text(json.dumps({"name": "outside", "workspace": str(tmp_path)}))
    with pytest.raises(OlmocrError):
        registry.exists("../../outside")


@pytest.mark.slow
def test_hostile_s3_keys_convert_with_markdown_inside_the_workspace(model_server, sample_pdfs, s3_bucket, tmp_path):
    s3 = boto3.client("s3")
    data = sample_pdfs["digital"].read_bytes()
    keys = ["in/../../../../etc/cron.d/x.pdf", "in/..\\..\\evil.pdf", "in/\u2024\u2024/dots.pdf", "/rooted.pdf"]
    for key in keys:
        s3.put_object(Bucket=s3_bucket, Key=key, Body=data)
    stored = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=s3_bucket)["Contents"])
    sources = [f"s3://{s3_bucket}/{key}" for key in stored]
    root = tmp_path / "ws"
    group = PageGroup(group_id(sources), tuple(sorted(sources)))

    async def go():
        engine = VlmEngine(OpenAiClient(model_server.url), RenderPool(1))
        try:
            return await process_group(
                group, engine, Workspace(str(root), Storage()), Storage(), GroupOptions(markdown=True)
            )
        finally:
            await engine.close()

    report = asyncio.run(go())
    assert report.documents == len(sources) and not report.errors
    written = files_under(tmp_path)
    assert written and all(inside(root, str(p)) for p in written), written
    assert len([p for p in written if p.suffix == ".md"]) == len(sources)


# ---------------------------------------------------------------------------------------------------- secrets

API_KEY = "sk-olmocr-test-9f3b2c71d"
PASSWORD = "pw-olmocr-test-4e8a"


def secrets_in(text: str) -> list[str]:
    # Not the access key id: an identifier, not a secret, which botocore's own DEBUG log of signed requests shows.
    return [s for s in (API_KEY, PASSWORD, FAKE_SECRET_KEY) if s in text]


def everything_written(folder: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in files_under(folder))


@pytest.mark.slow
def test_credentials_never_appear_in_logs_reports_or_documents(
    model_server, sample_pdfs, s3_bucket, tmp_path, caplog, capsys
):
    s3 = boto3.client("s3")
    for name in ("digital", "random_bytes"):
        s3.upload_file(str(sample_pdfs[name]), s3_bucket, f"in/{sample_pdfs[name].name}")
    port = model_server.url.split(":")[2].split("/")[0]
    caplog.set_level(logging.DEBUG)
    # In this process, with an API key: logs (every logger at DEBUG), console output, workspace files.
    code = main(
        [
            f"s3://{s3_bucket}/in/",
            "--workspace",
            str(tmp_path / "ws1"),
            "--server",
            model_server.url,
            "--api-key",
            API_KEY,
            "--markdown",
            "--quiet",
        ]
    )
    assert code == 0
    printed = capsys.readouterr()
    # A server URL with user:password, in a subprocess: its stdout and stderr.
    with_password = f"http://olmocr:{PASSWORD}@127.0.0.1:{port}/v1"
    worker = [sys.executable, "-c", "import sys; from olmocr_core.cli.main import main; sys.exit(main())"]
    ok = subprocess.run(
        [*worker, f"s3://{s3_bucket}/in/", "--workspace", str(tmp_path / "ws2"), "--server", with_password, "--quiet"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ,
    )
    assert ok.returncode == 0, ok.stderr
    # The same password against a server that is not there: the failure message names the server, redacted.
    down = f"http://olmocr:{PASSWORD}@127.0.0.1:9/v1"
    failed = subprocess.run(
        [
            *worker,
            str(sample_pdfs["digital"]),
            "--workspace",
            str(tmp_path / "ws3"),
            "--server",
            down,
            "--server-startup-timeout",
            "2",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ,
    )
    assert failed.returncode == 1 and "127.0.0.1:9" in failed.stderr
    reports = [json.loads(p.read_text()) for p in tmp_path.glob("ws*/reports/*.json")]
    assert len(reports) == 2 and all(r["documents"] == 1 and r["errors"] for r in reports)
    assert all(r["lineage"]["server"] == f"http://127.0.0.1:{port}/v1" for r in reports)
    seen = {
        "log records": caplog.text,
        "console": printed.out + printed.err,
        "subprocess output": ok.stdout + ok.stderr + failed.stdout + failed.stderr,
        "workspace files": everything_written(tmp_path),
    }
    assert {where: secrets_in(text) for where, text in seen.items()} == {where: [] for where in seen}


def test_an_api_key_with_a_password_url_is_a_typed_error():
    async def ask():
        client = OpenAiClient(f"http://olmocr:{PASSWORD}@127.0.0.1:9/v1", api_key=API_KEY)
        try:
            await client.chat({"model": "olmocr", "messages": []})
        finally:
            await client.close()

    with pytest.raises(OlmocrError) as caught:
        asyncio.run(ask())
    assert not secrets_in(str(caught.value))


# ---------------------------------------------------------------------------------------------------- code execution

_UNSAFE = {
    "pickle/dill/joblib/shelve/marshal": re.compile(
        r"^\s*(?:import|from)\s+(?:pickle|cPickle|dill|joblib|shelve|marshal)\b|\b(?:pickle|dill|joblib|marshal)\.loads?\(|read_pickle\(",
        re.M,
    ),
    "torch.load without weights_only=True": re.compile(r"torch\.load\((?![^)]*weights_only\s*=\s*True)"),
    "yaml.load (not safe_load)": re.compile(r"\byaml\.(?:load|unsafe_load|full_load)\("),
    "eval/exec": re.compile(r"(?<![.\w])(?:eval|exec)\("),
    "numpy allow_pickle": re.compile(r"allow_pickle\s*=\s*True"),
    "trust_remote_code=True": re.compile(r"trust_remote_code\s*=\s*True"),
}


def test_no_code_executing_format_is_read_anywhere_in_the_platform():
    found = []
    for package in ("olmocr_core", "olmocr_assets"):
        for path in sorted((REPO / package).rglob("*.py")):
            text = path.read_text()
            for what, pattern in _UNSAFE.items():
                found += [
                    f"{path.relative_to(REPO)}:{text.count(chr(10), 0, m.start()) + 1}: {what}"
                    for m in pattern.finditer(text)
                ]
    assert found == []


def test_the_scan_would_catch_each_unsafe_call():
    samples = [
        "import pickle",
        "x = torch.load(f)",
        "yaml.load(s)",
        "eval(s)",
        "np.load(f, allow_pickle=True)",
        "from_pretrained(m, trust_remote_code=True)",
    ]
    assert [any(p.search(s) for p in _UNSAFE.values()) for s in samples] == [True] * len(samples)
    assert not any(
        p.search("torch.load(f, weights_only=True); model.eval(); yaml.safe_load(s)") for p in _UNSAFE.values()
    )


class _Payload:
    """Unpickling this runs ``open(marker, "w")``: the marker file proves code ran."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_pickles_planted_in_a_workspace_and_a_model_folder_are_never_executed(tmp_path):
    marker = tmp_path / "EXECUTED"
    payload = pickle.dumps(_Payload(marker))
    root = tmp_path / "ws"
    for name in (
        "work_index_list.csv.zstd",
        "results/output_g1.jsonl",
        "reports/report_g1.json",
        "collections/c.json",
        "manifest.parquet",
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(payload)
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    for name in ("pytorch_model.bin", "training_args.bin", "optimizer.pt"):
        (model / name).write_bytes(payload)
    workspace = Workspace(str(root), Storage())
    # What a worker reads from a workspace: each either refuses the file with a typed error or reads bytes.
    for read in (
        workspace.read_index,
        lambda: workspace.is_done("g1"),
        lambda: CollectionRegistry(str(root)).load("c"),
    ):
        with contextlib.suppress(OlmocrError, ValueError):
            read()
    resolve_model(str(model)).lineage()  # checksums the weights as bytes
    assert not marker.exists()


def test_a_corrupt_index_is_a_storage_error_naming_it(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "work_index_list.csv.zstd").write_bytes(pickle.dumps({"not": "an index"}))
    with pytest.raises(StorageError, match="work_index_list.csv.zstd"):
        Workspace(str(root), Storage()).read_index()


# ---------------------------------------------------------------------------------------------------- network


def test_the_managed_server_listens_on_loopback_by_default(tmp_path):
    flags = VllmServerConfig(model="/m").command(8000)
    assert flags[flags.index("--host") + 1] == "127.0.0.1"
    args, _ = build_parser().parse_known_args(["x.pdf", "--workspace", str(tmp_path)])
    assert engine_config(args, []).managed.host == "127.0.0.1" == EngineConfig().managed.host
    args, _ = build_parser().parse_known_args(["x.pdf", "--workspace", str(tmp_path), "--server-host", "0.0.0.0"])
    assert engine_config(args, []).managed.host == "0.0.0.0"


def test_the_host_option_reaches_the_server_command(tmp_path, monkeypatch):
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}")
    (tmp_path / "model" / "model.safetensors").write_bytes(b"weights")
    commands = []

    class Recorder:
        def __init__(self, config: VllmServerConfig):
            commands.append(config.command(1234))
            raise OlmocrError("recorded")

    monkeypatch.setattr("olmocr_core.engines.open.ManagedVllmServer", Recorder)
    for host in (None, "10.0.0.5"):
        options = {"engine": "vlm", "model": str(tmp_path / "model"), "server_host": host}

        async def start(options=options):
            async with open_engine(engine_config_from_options(options)):
                pass

        with pytest.raises(OlmocrError, match="recorded"):
            asyncio.run(start())
    assert [c[c.index("--host") + 1] for c in commands] == ["127.0.0.1", "10.0.0.5"]
