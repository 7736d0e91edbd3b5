"""A worker started beside a server that is still loading: it waits for it, rendering meanwhile.

The simulated GPU server (bench/sim_gpu_server.py) answers 503 while it "loads", like a sidecar vLLM in the
same pod; its clock is the monotonic clock, so its moments compare with the worker's.
"""

import sys
import time

import pytest

from olmocr_core.cli.main import main
from olmocr_core.formats.jsonl import decode_jsonl
from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))

from sim_gpu_server import GpuModel, SimServerProcess  # noqa: E402

pytestmark = pytest.mark.slow

LOAD_S = 10.0


def test_worker_started_with_a_loading_server_sends_every_page_the_moment_it_is_up(sample_pdfs, tmp_path):
    pdfs = [str(sample_pdfs[name]) for name in ("digital", "multipage", "table")]
    workspace = tmp_path / "ws"
    with SimServerProcess(GpuModel(capacity=50.0, load_delay=LOAD_S)) as server:
        code = main([*pdfs, "--workspace", str(workspace), "--server", server.v1, "--quiet"])
        stats = server.stats()
    assert code == 0
    # No request reached the server while it loaded, and the first came right after: pages were rendered
    # during the load and waited. Retrying into the load instead (exponential backoff from 1 s) would land
    # seconds late.
    assert stats["first_arrival"] >= stats["ready_at"]
    assert stats["first_arrival"] - stats["ready_at"] < 1.0
    documents = [
        doc
        for path in (workspace / "results").glob("output_*.jsonl")
        for doc in decode_jsonl(path.read_bytes(), str(path))
    ]
    assert sorted(doc["metadata"]["Source-File"] for doc in documents) == sorted(pdfs)
    assert stats["completed"] == sum(doc["metadata"]["pdf-total-pages"] for doc in documents)


def test_a_server_that_never_comes_up_fails_the_run_after_the_startup_timeout(sample_pdfs, tmp_path, capsys):
    workspace = tmp_path / "ws"
    with SimServerProcess(GpuModel(load_delay=3600.0)) as server:
        started = time.monotonic()
        code = main(
            [
                str(sample_pdfs["digital"]),
                "--workspace",
                str(workspace),
                "--server",
                server.v1,
                "--server-startup-timeout",
                "3",
                "--quiet",
            ]
        )
        waited = time.monotonic() - started
        arrivals = server.stats()["first_arrival"]
    assert code == 1
    assert f"{server.v1} did not come up within 3 s" in capsys.readouterr().err
    assert 3 <= waited < 30
    assert arrivals is None  # no page was sent to a server that was not up
    assert not (workspace / "results").exists()
