"""Fixtures for the real-vLLM tier: vLLM's CPU build serving the tiny model, offline, in a temp dir."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from olmocr_core.engines.config import ManagedServerOptions

# What a small CPU machine needs to serve the tiny model (REFERENCE.md section 4).
TINY_VLLM_ARGS = (
    "--enforce-eager",
    "--dtype",
    "float32",
    "--max-num-seqs",
    "4",
    "--kv-cache-memory-bytes",
    "67108864",
)


@pytest.fixture
def vllm_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Skip without vLLM; otherwise keep its caches in a temp dir and every model load offline."""
    if importlib.util.find_spec("vllm") is None:
        pytest.skip("vLLM is not installed (scripts/setup.sh test installs its CPU build)")
    root = tmp_path_factory.mktemp("vllm")
    monkeypatch.setenv("VLLM_ENABLE_V1_MULTIPROCESSING", "0")  # one process: a 2-core machine
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("VLLM_CACHE_ROOT", str(root / "cache"))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(root / "inductor"))
    monkeypatch.setenv("TMPDIR", str(root))
    return root


@pytest.fixture
def tiny_server_options(vllm_env: Path) -> ManagedServerOptions:
    return ManagedServerOptions(extra_args=TINY_VLLM_ARGS, log_dir=str(vllm_env / "logs"))


# oneDNN's words when the CPU, or ONEDNN_MAX_CPU_ISA, offers no FP8 matmul (seen with the ISA capped at AVX2 or
# below): vLLM's CPU build then cannot serve an FP8 model at all.
ONEDNN_NO_FP8_MATMUL = "could not create a primitive descriptor for the matmul primitive"


def skip_if_vllm_had_no_fp8_matmul(log_root: Path | str) -> None:
    """Skip, not fail, a test whose vLLM died for want of an FP8 matmul on this CPU: that is the machine's
    capability, not a fault of ours. Any other failure is left to fail the test."""
    for log in sorted(Path(log_root).rglob("vllm-server.log")):
        if ONEDNN_NO_FP8_MATMUL in log.read_text(errors="replace"):
            level = os.environ.get("ONEDNN_MAX_CPU_ISA", "this CPU's own level")
            pytest.skip(f"vLLM's CPU build has no FP8 matmul here (oneDNN at {level}); see {log}")
