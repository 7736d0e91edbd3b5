"""--route auto through real parts: the page router, the cpu engine, and the vlm engine against the scripted model
server (tests/support/openai_server.py over the tiny model). A document mixes engines page by page, every Dolma
document's olmocr_page_engine matches its page spans, the quality guard sends a failed CPU page to the VLM, and
the flags work on olmocr-worker."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pymupdf
import pytest

from olmocr_core.cli.main import main as worker_main
from olmocr_core.engines.base import PageTask
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.engines.open import open_engine
from olmocr_core.engines.openai_client import OpenAiClient
from olmocr_core.engines.routed import RoutedEngine
from olmocr_core.engines.vlm import VlmEngine, VlmSettings
from olmocr_core.formats.dolma import document_problems
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.rendering.pool import RenderPool
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions, process_group
from olmocr_core.work.workspace import Workspace
from tests.core.routing.test_document_filter import GERMAN, write_text_pdf
from tests.support import route_pages

pytestmark = pytest.mark.slow

MIXED = ("plain", "ruled_table", "scan", "two_columns")  # -> cpu, vlm, vlm, cpu
TINY_TEXT = "Hello from the tiny model."


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document whose pages need different engines."""
    folder = tmp_path_factory.mktemp("mixed")
    mixed = pymupdf.open()
    for kind in MIXED:
        with pymupdf.open(route_pages.write_kind(folder, kind)) as page:
            mixed.insert_pdf(page)
    mixed.save(folder / "mixed.pdf")
    return folder / "mixed.pdf"


@pytest.fixture
def server(model_server):
    model_server.clear_faults()
    yield model_server
    model_server.clear_faults()


def documents(workspace: Path) -> list[dict]:
    return [d for path in (workspace / "results").glob("*.jsonl") for d in decode_jsonl(path.read_bytes(), str(path))]


def test_a_document_mixes_engines_page_by_page(server, mixed_pdf, tmp_path):
    config = EngineConfig(engine="vlm", server=server.url, route="auto", render_workers=1)
    workspace = Workspace(str(tmp_path / "ws"), Storage())

    async def go():
        async with open_engine(config) as engine:
            assert engine.lineage()["route"] == "auto"
            return await process_group(PageGroup("g", (str(mixed_pdf),)), engine, workspace, Storage(), GroupOptions())

    report = asyncio.run(go())
    (document,) = documents(tmp_path / "ws")
    attributes = document["attributes"]
    assert [engine for _, _, engine in attributes["olmocr_page_engine"]] == ["cpu", "vlm", "vlm", "cpu"]
    # One span per page, the same [start, end] as pdf_page_numbers.
    assert [s[:2] for s in attributes["olmocr_page_engine"]] == [s[:2] for s in attributes["pdf_page_numbers"]]
    text = document["text"]
    pages = [text[start:end] for start, end, _ in attributes["pdf_page_numbers"]]
    assert pages[1].strip() == pages[2].strip() == TINY_TEXT  # the model read the table and the scan
    assert "committee" in pages[0] or "report" in pages[0]  # the text layer, through the cpu engine
    assert document_problems(document, 1.0) == []
    assert report.pages_by_engine == {"cpu": 2, "vlm": 2} and report.sent_back_pages == 0
    reasons = {r["page"]: r["reason"] for r in report.routes}
    assert reasons[1].startswith("clean text layer") and reasons[2].startswith("ruled table")
    assert reasons[3].startswith("no text layer")
    saved = json.loads(Path(workspace.report_path("g")).read_text())
    assert [r["engine"] for r in saved["routes"]] == ["cpu", "vlm", "vlm", "cpu"]


def test_the_quality_guard_sends_a_failed_cpu_page_to_the_vlm(server, mixed_pdf):
    """A CPU conversion that cannot finish (a 10 ms limit) is a failed page: the guard asks the VLM instead."""

    async def go():
        renderer = RenderPool(1)
        vlm = VlmEngine(OpenAiClient(server.url), renderer)
        engine = RoutedEngine(CpuEngine(workers=1, page_timeout_s=0.01), vlm, renderer)
        try:
            return await engine.process_page(PageTask(str(mixed_pdf), "mixed.pdf", 1))
        finally:
            await engine.close()
            renderer.close()

    result = asyncio.run(go())
    assert result.sent_back and result.page_engine == "vlm" and result.text == TINY_TEXT
    assert "sent back to the VLM: the cpu converter failed" in result.route_reason


def test_route_vlm_keeps_olmocrs_behaviour_and_records_fallback_pages(server, mixed_pdf, tmp_path):
    """The default route sends every page to the VLM; a page whose answers all fail is "fallback"."""
    server.faults(answer="no front matter here", count=1)  # the first page asked, on its only attempt
    config = EngineConfig(engine="vlm", server=server.url, render_workers=1, vlm=VlmSettings(max_page_retries=1))
    assert config.route == "vlm"
    workspace = Workspace(str(tmp_path / "ws"), Storage())

    async def go():
        async with open_engine(config) as engine:
            return await process_group(
                PageGroup("g", (str(mixed_pdf),)), engine, workspace, Storage(), GroupOptions(max_page_error_rate=1.0)
            )

    report = asyncio.run(go())
    (document,) = documents(tmp_path / "ws")
    engines = [engine for _, _, engine in document["attributes"]["olmocr_page_engine"]]
    assert sorted(engines) == ["fallback", "vlm", "vlm", "vlm"]
    assert report.pages_by_engine == {"fallback": 1, "vlm": 3}
    assert all(r["reason"] == "" for r in report.routes)  # no router ran


def test_worker_flags_route_auto_and_apply_filter(server, mixed_pdf, tmp_path, capsys):
    german = write_text_pdf(tmp_path / "german.pdf", GERMAN * 3)
    workspace = tmp_path / "ws"
    args = [str(mixed_pdf), str(german), "--workspace", str(workspace), "--server", server.url]
    args += ["--route", "auto", "--apply-filter", "--render-workers", "1", "--quiet"]
    assert worker_main(args) == 0
    captured = capsys.readouterr()
    assert f"{german}: filtered out: language: de (German)" in captured.err.replace("\n", "")
    (document,) = documents(workspace)
    assert [engine for _, _, engine in document["attributes"]["olmocr_page_engine"]] == ["cpu", "vlm", "vlm", "cpu"]
    # German kept when the filter keeps German: a new workspace, the same files.
    assert worker_main([*args[:2], "--workspace", str(tmp_path / "de"), *args[4:], "--filter-languages", "en,de"]) == 0
    assert len(documents(tmp_path / "de")) == 2


def test_route_auto_needs_a_vlm(sample_pdfs, tmp_path, capsys):
    assert worker_main([str(sample_pdfs["digital"]), "--workspace", str(tmp_path / "ws"), "--route", "auto"]) == 1
    assert "route auto needs a VLM" in capsys.readouterr().err
