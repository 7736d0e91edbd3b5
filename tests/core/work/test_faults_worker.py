"""Faults under olmocr-worker: the worker SIGKILLed mid-group, a model server failing a share of requests,
S3 throttling, refusing connections and cutting uploads. Every test ends with every document written exactly
once or recorded as failed with its reason, and a re-run that completes the rest without touching finished
groups.

The faults come from tests/support/fault_proxy.py, a real HTTP proxy in front of the scripted model server
(tests/support/openai_server.py over the tiny model) or moto's S3 server. Related faults proven elsewhere:
the vLLM server SIGKILLed mid-group (test_vllm.py), two workers racing for one group (test_worker.py).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from olmocr_core.cli.main import main
from olmocr_core.common.errors import StorageError
from olmocr_core.storage import s3 as s3_backend
from olmocr_core.storage.facade import Storage
from olmocr_core.work.workspace import Workspace
from tests.support.fault_checks import assert_each_once, fault_figures, ledger, wait_for
from tests.support.fault_proxy import FaultProxy, Rule
from tests.support.paths import REPO

pytestmark = pytest.mark.slow

GOOD = ("digital", "multipage", "table", "png")  # 1 + 5 + 1 + 1 pages
BAD = {"random_bytes": "not_a_pdf", "encrypted": "encrypted"}
CHAT = "/chat/completions"
# Small page images: the tiny model answers them quickly; the request shape is otherwise olmOCR's.
FAST = ["--target-longest-image-dim", "256", "--quiet"]


@pytest.fixture(scope="module")
def folder(sample_pdfs, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fault-pdfs")
    for name in (*GOOD, *BAD):
        shutil.copy(sample_pdfs[name], folder / sample_pdfs[name].name)
    return folder


def sources(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir())


def failing(folder: Path, sample_pdfs) -> dict[str, str]:
    return {str(folder / sample_pdfs[name].name): kind for name, kind in BAD.items()}


@pytest.fixture
def model_proxy(model_server):
    with FaultProxy(model_server.root, seed=7) as proxy:
        yield proxy


def worker_args(folder: Path, workspace: Path, server: str, *extra: str) -> list[str]:
    return [str(folder), "--workspace", str(workspace), "--server", server + "/v1", *FAST, *extra]


# ------------------------------------------------------------------------------------------ model server


def test_model_server_failing_a_share_of_requests_loses_and_repeats_nothing(model_proxy, folder, sample_pdfs, tmp_path):
    """500s, closed connections, answers slower than the timeout and malformed JSON, each for a share of the
    chat requests: the client's retries absorb them all, so no page even spends an attempt of its schedule."""
    for rule in (
        Rule("status", status=500, body=b'{"error": "injected"}', share=0.15, path_contains=CHAT),
        Rule("reset", share=0.15, path_contains=CHAT),
        Rule("delay", delay_s=4.0, share=0.1, path_contains=CHAT),
        Rule("garble", share=0.15, path_contains=CHAT),
    ):
        model_proxy.add(rule)
    workspace = tmp_path / "ws"
    args = worker_args(folder, workspace, model_proxy.url, "--pages-per-group", "4", "--request-timeout", "2")
    assert main([*args, "--max-concurrent-requests", "1"]) == 0

    found = assert_each_once(Workspace(str(workspace), Storage()), sources(folder), failing(folder, sample_pdfs))
    assert set(model_proxy.injected) == {"status", "reset", "delay", "garble"}  # every kind was dealt
    reports = [json.loads(r.read_text()) for r in (workspace / "reports").iterdir()]
    assert sum(r["pages"] for r in reports) == 8
    assert all(set(r["attempts"]) <= {"1"} for r in reports)  # the first attempt accepted, every page
    fault_figures("model server: 500 / reset / slow / malformed JSON for a share", len(found.written),
                  found, sources(folder), sum(model_proxy.injected.values()))  # fmt: skip

    model_proxy.clear()
    model_proxy.wait_idle()  # answers the client gave up on (too slow) still reach the server
    chat_requests = model_proxy.forwarded["POST"]
    assert main(args) == 0
    assert ledger(Workspace(str(workspace), Storage())).outputs == found.outputs  # nothing rewritten
    assert model_proxy.forwarded["POST"] == chat_requests  # nothing converted again


def test_a_server_garbling_every_answer_fails_the_run_instead_of_dropping_documents(
    model_proxy, folder, sample_pdfs, tmp_path
):
    """A 200 that is not a chat completion is the server's fault: retried, then the run fails with the
    reason and no group is marked done (were it a page attempt, every document would be dropped as
    'fell back' and its group written, never to be converted again)."""
    model_proxy.add(Rule("garble", path_contains=CHAT))
    workspace = tmp_path / "ws"
    args = worker_args(folder, workspace, model_proxy.url, "--pages-per-group", "4")
    assert main([*args, "--max-request-tries", "2"]) == 1
    assert ledger(Workspace(str(workspace), Storage())).outputs == {}
    injected = sum(model_proxy.injected.values())

    model_proxy.clear()
    assert main(args) == 0
    found = assert_each_once(Workspace(str(workspace), Storage()), sources(folder), failing(folder, sample_pdfs))
    fault_figures("model server: every answer malformed, run retried", len(found.written), found,
                  sources(folder), injected)  # fmt: skip


# ------------------------------------------------------------------------------------------ worker killed


def test_worker_sigkilled_mid_group_then_retried(model_proxy, folder, sample_pdfs, tmp_path):
    """olmocr-worker as a real process, one group at a time, SIGKILLed while its second group is converting.
    The retry keeps the finished group's output as it is and converts the rest."""
    model_proxy.add(Rule("delay", delay_s=0.3, path_contains=CHAT))  # slow answers: a wide window to kill in
    workspace = tmp_path / "ws"
    args = worker_args(folder, workspace, model_proxy.url, "--pages-per-group", "2", "--workers", "1")
    worker = subprocess.Popen([sys.executable, "-m", "olmocr_core.cli.main", *args], cwd=REPO, stderr=subprocess.PIPE)
    try:
        first = wait_for(lambda: _outputs(workspace), worker)
        requests_then = model_proxy.forwarded["POST"]
        wait_for(lambda: model_proxy.forwarded["POST"] > requests_then, worker)  # the next group is under way
        worker.send_signal(signal.SIGKILL)
        assert worker.wait(timeout=30) == -signal.SIGKILL
    finally:
        worker.kill()
    groups = len(Workspace(str(workspace), Storage()).read_index())
    done_at_kill = _outputs(workspace)
    assert len(done_at_kill) < groups  # killed mid-run: some groups were not done
    versions = {path: os.stat(path).st_mtime_ns for path in done_at_kill}

    model_proxy.clear()
    assert main(args) == 0
    found = assert_each_once(Workspace(str(workspace), Storage()), sources(folder), failing(folder, sample_pdfs))
    assert len(found.outputs) == groups and set(first) <= set(found.outputs)
    assert {path: os.stat(path).st_mtime_ns for path in done_at_kill} == versions  # finished groups not redone
    fault_figures("worker SIGKILLed mid-group, run retried", len(found.written), found, sources(folder), 1)


def _outputs(workspace: Path) -> list[str]:
    results = workspace / "results"
    return sorted(str(p) for p in results.glob("output_*")) if results.is_dir() else []


# -------------------------------------------------------------------------------------------------- S3


@pytest.fixture
def s3_inputs(s3_bucket, sample_pdfs) -> list[str]:
    """Three good PDFs and a bad one (the last) under s3://bucket/in/."""
    client = boto3.client("s3")
    paths = []
    for name in ("digital", "multipage", "table", "random_bytes"):
        key = f"in/{sample_pdfs[name].name}"
        client.upload_file(str(sample_pdfs[name]), s3_bucket, key)
        paths.append(f"s3://{s3_bucket}/{key}")
    return paths


def s3_failing(s3_inputs: list[str]) -> dict[str, str]:
    return {s3_inputs[-1]: "not_a_pdf"}


@pytest.fixture
def s3_proxy(s3_server, monkeypatch):
    """The proxy in front of moto; everything the worker reads and writes goes through it."""
    with FaultProxy(s3_server, seed=11) as proxy:
        monkeypatch.setenv("AWS_ENDPOINT_URL", proxy.url)
        yield proxy


def s3_worker_args(bucket: str) -> list[str]:
    return [f"s3://{bucket}/in/", "--workspace", f"s3://{bucket}/ws", "--pages-per-group", "3",
            "--render-workers", "1", "--quiet"]  # fmt: skip


def s3_workspace(bucket: str, endpoint: str) -> Workspace:
    """The workspace as the test sees it: straight to moto, past the proxy."""
    return Workspace(f"s3://{bucket}/ws", Storage(endpoint_url=endpoint))


def test_s3_throttling_and_refused_connections_during_reads_and_writes(s3_proxy, s3_server, s3_bucket, s3_inputs):
    """A quarter of all S3 requests answered 503 SlowDown, and S3 gone (connections refused) for a second
    while the sources are read and again while an output is written: the run completes."""
    s3_proxy.add(Rule("refuse", delay_s=1.0, count=1, method="GET", path_contains="/in/"))
    s3_proxy.add(Rule("refuse", delay_s=1.0, count=1, method="PUT", path_contains="/ws/results/"))
    s3_proxy.add(Rule("status", share=0.25))
    assert main(s3_worker_args(s3_bucket)) == 0

    workspace = s3_workspace(s3_bucket, s3_server)
    found = assert_each_once(workspace, s3_inputs, s3_failing(s3_inputs))
    assert s3_proxy.injected["refuse"] == 2 and s3_proxy.injected["status"] > 5
    fault_figures("S3 throttled (503 SlowDown, 25%) and refusing connections", len(found.written), found,
                  s3_inputs, sum(s3_proxy.injected.values()))  # fmt: skip

    s3_proxy.clear()
    writes = s3_proxy.forwarded["PUT"]
    assert main(s3_worker_args(s3_bucket)) == 0
    assert ledger(workspace).outputs == found.outputs  # same ETags: nothing rewritten
    assert s3_proxy.forwarded["PUT"] == writes


def test_an_output_upload_cut_midway_leaves_no_partial_object(s3_proxy, s3_server, s3_bucket, s3_inputs, monkeypatch):
    """Every upload of an output cut after half its body (a writer dying mid-upload, on every retry): the
    run fails, and S3 shows no output at all, and an object being replaced keeps its old content."""
    monkeypatch.setattr(s3_backend, "_RETRIES", {"max_attempts": 3, "mode": "standard"})
    s3_proxy.add(Rule("cut_body", method="PUT", path_contains="/ws/results/"))
    assert main(s3_worker_args(s3_bucket)) == 1
    workspace = s3_workspace(s3_bucket, s3_server)
    assert ledger(workspace).outputs == {} and ledger(workspace).failed == {}
    assert list(workspace.storage.list(f"s3://{s3_bucket}/ws/results/")) == []

    old = f"s3://{s3_bucket}/ws/results/replaced.txt"
    workspace.storage.write_bytes(old, b"old content")
    with pytest.raises(StorageError):
        Storage().write_bytes(old, b"new content " * 10_000)  # through the proxy: cut
    assert workspace.storage.read_bytes(old) == b"old content"
    workspace.storage.delete(old)
    injected = s3_proxy.injected["cut_body"]
    assert injected >= 6  # three tries of the first output, three of the replacement

    s3_proxy.clear()
    assert main(s3_worker_args(s3_bucket)) == 0
    found = assert_each_once(workspace, s3_inputs, s3_failing(s3_inputs))
    fault_figures("S3 output upload cut midway, run retried", len(found.written), found, s3_inputs, injected)


def test_an_output_write_whose_answer_is_lost_still_counts_as_written(s3_proxy, s3_server, s3_bucket, s3_inputs):
    """The conditional PUT of an output lands but its answer is lost; botocore retries it and gets 412 for
    the worker's own object. That is this worker's write: its report (the failed documents) is written too."""
    s3_proxy.add(Rule("lose_answer", count=1, method="PUT", path_contains="/ws/results/"))
    assert main(s3_worker_args(s3_bucket)) == 0
    workspace = s3_workspace(s3_bucket, s3_server)
    found = assert_each_once(workspace, s3_inputs, s3_failing(s3_inputs))
    assert s3_proxy.injected["lose_answer"] == 1
    assert len(list(workspace.storage.list(f"s3://{s3_bucket}/ws/reports/"))) == len(found.outputs)
    fault_figures("S3 output write answered, answer lost (retry sees 412)", len(found.written), found,
                  s3_inputs, s3_proxy.injected["lose_answer"])  # fmt: skip
