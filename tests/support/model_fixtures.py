"""pytest fixtures: the tiny Qwen2.5-VL model (trained and untrained) and an OpenAI-compatible server over it.

Registered through ``pytest_plugins`` in tests/conftest.py. Everything is session-scoped: each model is
built once per test run, the server started once.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.paths import REPO
from tests.support.tiny_qwen import build_tiny_qwen25vl

SERVER_START_TIMEOUT_S = 120.0
SERVER_STOP_TIMEOUT_S = 20.0
# Nothing may reach a model hub from a test. One torch thread: see tiny_qwen.one_torch_thread.
SERVER_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "OMP_NUM_THREADS": "1"}


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fine-tuned tiny model: its greedy answer to any olmOCR page request parses."""
    return build_tiny_qwen25vl(tmp_path_factory.mktemp("tiny-qwen") / "model")


@pytest.fixture(scope="session")
def untrained_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same model, untrained: its answers are garbage that does not parse."""
    return build_tiny_qwen25vl(tmp_path_factory.mktemp("tiny-qwen-untrained") / "model", train_steps=0)


@dataclass(frozen=True)
class ModelServer:
    url: str  # the OpenAI base URL, http://127.0.0.1:PORT/v1
    root: str  # http://127.0.0.1:PORT
    process: subprocess.Popen
    log_path: Path

    def faults(self, **fault: object) -> dict:
        """Queue faults for the next chat requests, e.g. faults(status=503, count=2), faults(drop=1)."""
        return self._call("POST", "/test/faults", fault)

    def clear_faults(self) -> dict:
        return self._call("DELETE", "/test/faults")

    def requests(self) -> list[dict]:
        """What each chat request since the last clear asked for (temperature, image sizes)."""
        return self._call("GET", "/test/requests")["requests"]

    def clear_requests(self) -> None:
        self._call("DELETE", "/test/requests")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.root + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(root: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"model server exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(root + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"model server not healthy after {SERVER_START_TIMEOUT_S:.0f} s:\n{log_path.read_text()}")


def _stop(process: subprocess.Popen, log_path: Path) -> None:
    """SIGTERM, and the server must exit cleanly (0) in time."""
    process.terminate()
    try:
        returncode = process.wait(timeout=SERVER_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError(f"model server ignored SIGTERM:\n{log_path.read_text()}") from None
    assert returncode == 0, f"model server exited with {returncode}:\n{log_path.read_text()}"


@pytest.fixture(scope="session")
def model_server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModelServer]:
    """tests.support.openai_server on a free 127.0.0.1 port, serving the tiny model as "olmocr"."""
    port = _free_port()
    root = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("model-server") / "server.log"
    command = [sys.executable, "-m", "tests.support.openai_server", "--model", str(tiny_model_dir), "--port", str(port)]
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command, cwd=REPO, stdout=log_file, stderr=subprocess.STDOUT, env={**os.environ, **SERVER_ENV}
        )
    try:
        _wait_healthy(root, process, log_path)
    except BaseException:
        process.kill()
        process.wait()
        raise
    yield ModelServer(url=root + "/v1", root=root, process=process, log_path=log_path)
    _stop(process, log_path)
