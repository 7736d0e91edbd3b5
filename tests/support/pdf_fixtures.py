"""Pytest fixtures for documents: generated samples, and the real PDFs shared beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import pdfgen

# /work/shared/pdfs next to the checkout: real PDFs that are not ours to commit (see SOURCES.md there).
from tests.support.paths import SHARED_PDFS


@pytest.fixture(scope="session")
def sample_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Generated documents by name (see ``pdfgen.GENERATORS``), written once per test session."""
    return pdfgen.write_all(tmp_path_factory.mktemp("sample_pdfs"))


@pytest.fixture(scope="session")
def shared_pdfs() -> Path:
    if not SHARED_PDFS.is_dir():
        pytest.skip(f"the shared real PDFs are not at {SHARED_PDFS} (a checkout without ../shared/pdfs)")
    return SHARED_PDFS
