"""The cpu engine on real PDFs: layout markdown, tables, OCR of image-only pages, one model load per
worker process, and how bad pages and bad files are reported."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import signal
from pathlib import Path

import pymupdf
import pytest

from olmocr_core.common.errors import EmptyPdfError, EncryptedPdfError, EngineError, InputError, NotAPdfError
from olmocr_core.engines import cpu
from olmocr_core.engines.base import PageTask
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.formats.response import PageResult
from tests.support.paths import SHARED_PDFS

HAS_RAPIDOCR = (
    importlib.util.find_spec("rapidocr") is not None or importlib.util.find_spec("rapidocr_onnxruntime") is not None
)
# Words of edgar.pdf's text layer, which its image-only twin must give back through OCR.
EDGAR_WORDS = [
    "Edgar",
    "England",
    "King",
    "English",
    "brother",
    "Edmund",
    "church",
    "Benedictine",
    "Reform",
    "predecessors",
]


@pytest.fixture(scope="module")
def pdfs() -> Path:
    if not SHARED_PDFS.is_dir():
        pytest.skip(f"the shared real PDFs are not at {SHARED_PDFS}")
    return SHARED_PDFS


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    """One engine shared by the module's tests, its two workers started (and their models loaded)
    here, so that each test's time is its own pages'."""
    engine = CpuEngine(workers=2)
    warm_up = write_pdf(
        tmp_path_factory.mktemp("warm_up") / "warm_up.pdf", ["Two pages at once start both workers."] * 2
    )
    run_pages(engine, warm_up, [1, 2])
    yield engine
    asyncio.run(engine.close())


def run_pages(engine: CpuEngine, path: Path, pages: list[int]) -> list[PageResult]:
    async def gather() -> list[PageResult]:
        tasks = [PageTask(path=str(path), source=f"s3://bucket/{path.name}", page_number=n) for n in pages]
        return await asyncio.gather(*(engine.process_page(task) for task in tasks))

    return asyncio.run(gather())


def write_pdf(path: Path, texts: list[str]) -> Path:
    """One page per text, as a paragraph in the page body (the layout model takes a lone line for a
    running header or footer, which the engine leaves out like olmOCR)."""
    document = pymupdf.open()
    for text in texts:
        document.new_page().insert_textbox(pymupdf.Rect(72, 120, 520, 400), text, fontsize=11)
    document.save(path)
    return path


def test_lineage_names_the_converter_and_its_versions() -> None:
    engine = CpuEngine(workers=1)  # no page submitted: no worker is started
    lineage = engine.lineage()
    asyncio.run(engine.close())
    assert lineage["engine"] == "cpu"
    assert lineage["model"].startswith("pymupdf4llm-2.")
    assert ("+rapidocr" in lineage["model"]) == HAS_RAPIDOCR
    assert "pymupdf-layout-" in lineage["model_revision"] and "onnxruntime-" in lineage["model_revision"]


def test_text_page_gives_its_text_layer_as_markdown(engine: CpuEngine, pdfs: Path) -> None:
    [result] = run_pages(engine, pdfs / "edgar.pdf", [1])
    assert (result.page_number, result.engine, result.attempts, result.is_fallback, result.error) == (
        1,
        "cpu",
        1,
        False,
        None,
    )
    assert (result.input_tokens, result.output_tokens) == (0, 0) and result.seconds > 0
    assert "Edgar, King of England" in result.text
    assert "Benedictine Reform" in result.text
    response = result.response
    assert (response.is_rotation_valid, response.rotation_correction, response.is_table) == (True, 0, False)
    assert response.primary_language == "en"  # detected from the page's text, as the model would answer


def test_rotated_page_is_read_upright(engine: CpuEngine, pdfs: Path) -> None:
    [result] = run_pages(engine, pdfs / "edgar-rotated90.pdf", [1])
    assert "Edgar, King of England" in result.text
    assert not result.response.is_table  # read sideways, the layout model took the page for a table


def test_tables_come_out_as_markdown_tables(engine: CpuEngine, pdfs: Path) -> None:
    [tables] = run_pages(engine, pdfs / "lots_of_sci_tables.pdf", [2])
    assert tables.response.is_table
    assert "|Exemption|Description|\n|---|---|" in tables.text
    assert not tables.response.is_diagram


@pytest.mark.slow  # its text is in a picture: OCR'd when RapidOCR is installed
def test_a_diagram_page_is_flagged(engine: CpuEngine, pdfs: Path) -> None:
    [result] = run_pages(engine, pdfs / "ambiguous.pdf", [1])
    assert result.response.is_diagram


@pytest.mark.slow
@pytest.mark.skipif(not HAS_RAPIDOCR, reason="RapidOCR is not installed")
def test_image_only_page_is_ocred(engine: CpuEngine, pdfs: Path) -> None:
    [result] = run_pages(engine, pdfs / "edgar_image.pdf", [1])
    assert not result.is_fallback
    found = [word for word in EDGAR_WORDS if word in result.text]
    assert len(found) >= 8, f"OCR found only {found} in {result.text[:500]!r}"


@pytest.mark.slow
def test_pages_run_concurrently_on_workers_that_load_models_once(engine: CpuEngine, pdfs: Path) -> None:
    async def both_documents() -> list[PageResult]:
        tasks = [PageTask(str(pdfs / "form_on_later_pages.pdf"), "form.pdf", n) for n in range(1, 11)]
        tasks += [PageTask(str(pdfs / "lots_of_sci_tables.pdf"), "tables.pdf", n) for n in range(1, 7)]
        return await asyncio.gather(*(engine.process_page(task) for task in tasks))

    results = asyncio.run(both_documents())
    assert [r.page_number for r in results] == list(range(1, 11)) + list(range(1, 7))
    assert all(r.text and not r.is_fallback for r in results)
    assert any(r.response.is_table for r in results[10:])
    # Each worker process reports how often it has loaded its models: once, and at most two processes
    # served the 16 pages (the engine's earlier tests included), so nothing was loaded per page or per PDF.
    loads = engine.worker_loads
    assert 1 <= len(loads) <= 2 and set(loads.values()) == {1}, loads


def test_a_page_that_breaks_the_converter_falls_back_to_its_text_layer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page on which pymupdf4llm raises keeps its plain text layer, with the reason. (Huge pages used to
    break it; they are now converted from a scaled copy, so the failure is made here, in the function a
    worker process runs.)"""
    texts = [" ".join([f"Page {n} of the generated document has a paragraph of text."] * 6) for n in (1, 2, 3)]
    path = write_pdf(tmp_path / "broken_page.pdf", texts)
    real = cpu._markdown_page

    def breaks_on_page_two(document, index):
        if index == 1:
            raise RuntimeError("layout model failed")
        return real(document, index)

    monkeypatch.setattr(cpu, "_markdown_page", breaks_on_page_two)
    first, broken, third = (cpu._convert_page(str(path), n) for n in (1, 2, 3))
    assert first.error is None and third.error is None and third.text == texts[2]
    assert " ".join(broken.text.split()) == texts[1]  # the plain text layer, with its line breaks
    assert broken.error == "layout markdown failed, used the text layer: RuntimeError: layout model failed"
    result = cpu._page_result(PageTask(str(path), "broken_page.pdf", 2), broken, 1)
    assert result.is_fallback and result.engine == "cpu" and result.error == broken.error


@pytest.mark.slow
def test_a_dead_worker_is_replaced_and_its_pages_retried(pdfs: Path) -> None:
    engine = CpuEngine(workers=1)
    try:
        [first] = run_pages(engine, pdfs / "edgar.pdf", [1])
        [dead_pid] = engine.worker_loads

        async def kill_while_converting() -> list[PageResult]:
            tasks = [PageTask(str(pdfs / "lots_of_sci_tables.pdf"), "tables.pdf", n) for n in range(1, 7)]
            pages = asyncio.gather(*(engine.process_page(task) for task in tasks))
            await asyncio.sleep(0.3)
            os.kill(dead_pid, signal.SIGKILL)  # what a segfault in MuPDF would do
            return await pages

        results = asyncio.run(kill_while_converting())
        assert all(r.text and not r.is_fallback for r in results)
        assert any(r.attempts == 2 for r in results)
        assert len(engine.worker_loads) == 2 and set(engine.worker_loads.values()) == {
            1
        }  # the dead one and its replacement
    finally:
        asyncio.run(engine.close())


def bad_file(kind: str, directory: Path) -> Path:
    path = directory / f"{kind}.pdf"
    if kind == "not_a_pdf":
        path.write_text("just some words")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "one_page":
        write_pdf(path, ["one page"])
    return path  # "missing" is never written


@pytest.mark.parametrize(
    ("kind", "error", "reason"),
    [
        ("missing", InputError, "cannot be read"),
        ("not_a_pdf", NotAPdfError, "neither a PDF"),
        ("empty", EmptyPdfError, "empty"),
        ("one_page", InputError, "page 5 does not exist"),  # asked for page 5 of a one-page PDF
    ],
)
def test_an_unreadable_file_raises_a_typed_error(
    engine: CpuEngine, tmp_path: Path, kind: str, error: type, reason: str
) -> None:
    path = bad_file(kind, tmp_path)
    with pytest.raises(error, match=reason) as caught:
        run_pages(engine, path, [5])
    assert caught.value.source == f"s3://bucket/{path.name}"


def test_an_encrypted_file_raises_encrypted(engine: CpuEngine, tmp_path: Path) -> None:
    document = pymupdf.open()
    document.new_page().insert_text((72, 72), "secret")
    path = tmp_path / "locked.pdf"
    document.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner")
    with pytest.raises(EncryptedPdfError):
        run_pages(engine, path, [1])


def test_without_rapidocr_image_only_pages_give_empty_text(monkeypatch: pytest.MonkeyPatch, pdfs: Path) -> None:
    monkeypatch.setattr(cpu, "_installed_ocr_backend", lambda: None)
    with pytest.warns(RuntimeWarning, match="RapidOCR is not installed"):
        engine = CpuEngine(workers=1)
    try:
        assert engine.lineage()["model"].startswith("pymupdf4llm-") and "+" not in engine.lineage()["model"]
        assert "not installed" in engine.lineage()["ocr"]
        [result] = run_pages(engine, pdfs / "edgar_image.pdf", [1])
        assert result.text == "" and result.response.natural_text is None and not result.is_fallback
    finally:
        asyncio.run(engine.close())


def test_a_closed_engine_refuses_pages(pdfs: Path) -> None:
    engine = CpuEngine(workers=1)
    asyncio.run(engine.close())
    with pytest.raises(EngineError):
        run_pages(engine, pdfs / "edgar.pdf", [1])
