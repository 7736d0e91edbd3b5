"""pytest fixtures: the tiny sentence-transformer (tests.support.tiny_embedder), built once per session, offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tiny_embedder import build_tiny_embedder


@pytest.fixture(scope="session")
def tiny_embedder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_embedder(tmp_path_factory.mktemp("tiny-embedder") / "model")
