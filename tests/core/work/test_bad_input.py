"""Bad input through the real group pipeline (process_group with the cpu engine and with the vlm engine against
the scripted test server): every bad document ends as a per-document error naming it and the reason, the
group's other documents are written, and no document is lost. Extremes too: thousands of pages, huge and
needle-thin pages, and a page that renders for minutes (stopped by the per-page time limit)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from olmocr_core.cli.flags import engine_config
from olmocr_core.cli.main import build_parser
from olmocr_core.engines.base import PageTask
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.engines.openai_client import OpenAiClient
from olmocr_core.engines.vlm import VlmEngine
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.rendering.pool import ProcessWorkers, RenderPool, WorkerDied, WorkerTimeout
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup, group_id
from olmocr_core.work.pipeline import GroupOptions, process_group
from olmocr_core.work.planning import plan_workspace
from olmocr_core.work.workspace import Workspace
from tests.support import bad_pdfs
from tests.support.paths import REPO

# Generated bad inputs (tests.support.pdfgen) -> the per-document error kind each must give.
SAMPLE_BAD = {
    "truncated": "corrupt",
    "random_bytes": "not_a_pdf",
    "encrypted": "encrypted",
    "zero_pages": "empty",
    "empty_file": "empty",
}
EXTREME_SIZES = {"square_14400": (14400, 14400), "needle_20x14400": (20, 14400), "strip_14400x20": (14400, 20)}


def write_non_pdfs(directory: Path) -> dict[str, str]:
    """Files named .pdf that are something else: each must be refused as not_a_pdf."""
    (directory / "notes.pdf").write_text("just some words, not a PDF\n")
    (directory / "page.pdf").write_text("<!DOCTYPE html><html><body><p>a web page</p></body></html>")
    with zipfile.ZipFile(directory / "office.pdf", "w") as archive:  # what a .docx is
        archive.writestr("word/document.xml", "<w:document/>")
    return {"notes.pdf": "not_a_pdf", "page.pdf": "not_a_pdf", "office.pdf": "not_a_pdf"}


@pytest.fixture(scope="module")
def bad_folder(sample_pdfs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Good documents beside every kind of bad one; returns the folder and {file name: expected error kind}."""
    folder = tmp_path_factory.mktemp("bad_input")
    for name in ("digital", "multipage", *SAMPLE_BAD):
        shutil.copy(sample_pdfs[name], folder)
    expected = {sample_pdfs[name].name: kind for name, kind in SAMPLE_BAD.items()}
    expected.update(write_non_pdfs(folder))
    for name, (width, height) in EXTREME_SIZES.items():
        bad_pdfs.write_sized_page(folder, width, height, f"{name}.pdf")
    return folder, expected


@pytest.fixture(scope="module")
def cpu_engine():
    engine = CpuEngine(workers=2)
    yield engine
    asyncio.run(engine.close())


def run_group(engine, paths: list[Path], workspace: Path, options: GroupOptions = GroupOptions()):
    """process_group over ``paths`` as one group; returns (saved report, written documents by source).

    ``engine``: an engine the module shares, or a function that makes one in the group's event loop (the
    HTTP client's connections belong to a loop), closed after the group."""
    sources = sorted(str(p) for p in paths)
    group = PageGroup(group_id(sources), tuple(sources))
    ws = Workspace(str(workspace), Storage())

    async def go():
        current = engine() if callable(engine) else engine
        try:
            return await process_group(group, current, ws, Storage(), options)
        finally:
            if current is not engine:
                await current.close()

    asyncio.run(go())
    report = json.loads(Path(ws.report_path(group.group_id)).read_text())
    output = Path(ws.output_path(group.group_id))
    documents = {d["metadata"]["Source-File"]: d for d in decode_jsonl(output.read_bytes(), str(output))}
    assert_nothing_lost(sources, report, documents)
    return report, documents


def assert_nothing_lost(sources: list[str], report: dict, documents: dict[str, dict]) -> None:
    """Every source is exactly one of: written, a per-document error, dropped with a reason."""
    errors = [e["source"] for e in report["errors"]]
    dropped = [d["source"] for d in report["dropped"]]
    accounted = [*documents, *errors, *dropped]
    assert sorted(accounted) == sorted(sources), (accounted, sources)
    assert all(e["reason"] and e["kind"] for e in report["errors"])
    assert all(d["reason"] for d in report["dropped"])
    assert report["documents"] == len(documents)


def check_bad_folder_outcome(report: dict, documents: dict[str, dict], folder: Path, expected: dict[str, str]):
    errors = {Path(e["source"]).name: e for e in report["errors"]}
    assert {name: e["kind"] for name, e in errors.items()} == expected
    for name, error in errors.items():
        # The error names the file as the user gave it, and says why.
        assert error["source"] == str(folder / name) and len(error["reason"]) > 10
    for name in ("digital.pdf", "multipage.pdf", "square_14400.pdf"):
        assert documents[str(folder / name)]["text"].strip()
    assert documents[str(folder / "multipage.pdf")]["metadata"]["pdf-total-pages"] == 5


def test_cpu_engine_group_with_every_bad_kind(cpu_engine, bad_folder, tmp_path):
    folder, expected = bad_folder
    report, documents = run_group(cpu_engine, sorted(folder.iterdir()), tmp_path / "ws")
    check_bad_folder_outcome(report, documents, folder, expected)


@pytest.mark.slow
def test_vlm_engine_group_with_every_bad_kind(model_server, bad_folder, tmp_path):
    folder, expected = bad_folder
    report, documents = run_group(
        lambda: VlmEngine(OpenAiClient(model_server.url), RenderPool(2)), sorted(folder.iterdir()), tmp_path / "ws"
    )
    check_bad_folder_outcome(report, documents, folder, expected)
    # The extreme sizes were rendered at 1288 px on the longest side and sent to the model.
    sizes = {tuple(size) for r in model_server.requests() for size in r["image_sizes"]}
    assert {(1288, 1288), (7, 1288), (1288, 7)} <= sizes  # needles padded to the model's 200:1 limit


@pytest.mark.slow
def test_every_real_world_pdf_converts_in_one_group(cpu_engine, shared_pdfs, tmp_path):
    paths = sorted(shared_pdfs.glob("*.pdf"))
    report, documents = run_group(cpu_engine, paths, tmp_path / "ws")
    assert report["errors"] == [] and report["dropped"] == []
    assert sorted(documents) == sorted(str(p) for p in paths)


def test_bit_flipped_and_truncated_real_pdfs_never_crash_the_group(cpu_engine, shared_pdfs, tmp_path):
    """Damaged copies of real PDFs: each is converted (MuPDF repairs it) or a typed error; none is lost."""
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = bad_pdfs.mutants([shared_pdfs / "edgar.pdf", shared_pdfs / "dolma-page-1.pdf"], 10, seed=7)
    for name, _, data in damaged:
        (folder / name).write_bytes(data)
    report, documents = run_group(cpu_engine, sorted(folder.iterdir()), tmp_path / "ws")
    assert {e["kind"] for e in report["errors"]} <= {"corrupt", "not_a_pdf", "empty", "encrypted"}
    assert len(documents) + len(report["errors"]) + len(report["dropped"]) == len(damaged)


# ---------------------------------------------------------------------------------------------------- extremes


def test_thousands_of_pages_are_counted_planned_and_read_anywhere(cpu_engine, sample_pdfs, tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    started = time.perf_counter()
    big = bad_pdfs.write_many_pages(folder, 3000)
    small = [shutil.copy(sample_pdfs[name], folder) for name in ("digital", "table", "multipage")]
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    groups = plan_workspace(workspace, sorted(str(p) for p in folder.iterdir()), Storage(), pages_per_group=500)
    assert time.perf_counter() - started < 10  # counting 3,000 pages is opening the file, not reading pages
    # Mean pages (3000 + 1 + 1 + 5) / 4 > 500: one PDF per group, the big one alone.
    assert sorted(g.paths for g in groups) == sorted((str(p),) for p in [big, *map(Path, small)])
    assert workspace.read_index() == groups
    # The big PDF's pages are reachable anywhere in it; a group of the small ones converts as usual.
    results = asyncio.run(_pages(cpu_engine, big, [1, 1500, 3000]))
    assert [r.text for r in results] == [bad_pdfs.page_text(n) for n in (1, 1500, 3000)]
    group = next(g for g in groups if g.paths == (str(folder / "multipage.pdf"),))
    report = asyncio.run(process_group(group, cpu_engine, workspace, Storage()))
    assert report.documents == 1 and report.pages == 5 and workspace.is_done(group.group_id)


_RENDER_MEMORY = """
import resource, struct, sys
from olmocr_core.rendering import pdf
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sizes = []
for path in sys.argv[1:]:
    png = pdf.render_page_png(pdf.open_document(path), 1)
    sizes.append(struct.unpack(">II", png[16:24]))
print(sizes, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_huge_and_needle_pages_render_at_1288_without_a_memory_blow_up(tmp_path):
    paths = [bad_pdfs.write_sized_page(tmp_path, w, h, f"{name}.pdf") for name, (w, h) in EXTREME_SIZES.items()]
    # In a fresh process, so that its peak memory is this render's: at 72 dpi a 14,400 pt square page would
    # be a 600 MB pixmap; scaled to 1288 px it is 5 MB.
    out = subprocess.run(
        [sys.executable, "-c", _RENDER_MEMORY, *map(str, paths)], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout.split("\n")[0]
    sizes, grown_mb = out.rsplit(" ", 1)
    assert sizes == "[(1288, 1288), (7, 1288), (1288, 7)]"  # needles padded to the model's 200:1 limit
    assert int(grown_mb) < 100, out


# ---------------------------------------------------------------------------------------------------- slow pages


@pytest.fixture(scope="module")
def slow_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bad_pdfs.write_slow_page(tmp_path_factory.mktemp("slow"))


def test_a_page_over_the_render_limit_is_stopped_and_the_pool_goes_on(slow_pdf):
    pool = RenderPool(1, render_timeout_s=2)

    async def go():
        started = time.perf_counter()
        with pytest.raises(WorkerTimeout, match=r"slow_page\.pdf: page 2 render took longer than 2 s") as caught:
            await pool.render_png(str(slow_pdf), 2, 1288)
        stopped_after = time.perf_counter() - started
        # The same single-process pool renders the other pages: the hung process was replaced.
        first, third = await asyncio.gather(
            pool.render_png(str(slow_pdf), 1, 1288), pool.render_png(str(slow_pdf), 3, 1288)
        )
        return caught.value, stopped_after, first, third

    try:
        _, stopped_after, first, third = asyncio.run(go())
    finally:
        pool.close()
    assert stopped_after < 10  # the page alone renders for minutes
    assert struct.unpack(">II", first[16:24]) == (996, 1288) and first == third  # same text page


def _crash_the_first_time(marker: str) -> str:
    """Ends its process as a native crash in MuPDF would (no Python clean-up), unless marker exists."""
    if not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return "rendered"


def test_a_call_whose_worker_dies_is_retried_once_in_a_fresh_process(tmp_path):
    workers = ProcessWorkers(1)

    async def go():
        retried = await workers.run(_crash_the_first_time, str(tmp_path / "crashed"))
        with pytest.raises(WorkerDied, match="twice"):
            await workers.run(os._exit, 1)  # dies every time
        return retried

    try:
        assert asyncio.run(go()) == ("rendered", 2)
    finally:
        workers.close()


def test_cpu_engine_stops_a_slow_page_and_keeps_the_others(cpu_engine, slow_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(cpu_engine, "page_timeout_s", 3)  # the module's warm workers, a short limit
    started = time.perf_counter()
    report, documents = run_group(
        cpu_engine,
        [slow_pdf],
        tmp_path / "ws",
        GroupOptions(max_page_error_rate=0.5),  # keep the document: its two good pages are the point
    )
    assert time.perf_counter() - started < 30  # page 2 alone converts for minutes
    document = documents[str(slow_pdf)]
    assert document["text"].count(bad_pdfs.FAST_PAGE_TEXT) == 2
    assert document["metadata"]["total-fallback-pages"] == 1 and report["fallback_pages"] == 1
    # The engine goes on with its remaining worker and a replacement for the stopped one.
    results = asyncio.run(asyncio.wait_for(_pages(cpu_engine, slow_pdf, [1, 3]), 120))
    assert [r.text for r in results] == [bad_pdfs.FAST_PAGE_TEXT] * 2


async def _pages(engine, path: Path, numbers: list[int]):
    return await asyncio.gather(*(engine.process_page(PageTask(str(path), str(path), n)) for n in numbers))


@pytest.mark.slow
def test_vlm_engine_drops_a_document_whose_page_timed_out_saying_why(model_server, slow_pdf, sample_pdfs, tmp_path):
    report, documents = run_group(
        lambda: VlmEngine(OpenAiClient(model_server.url), RenderPool(1, render_timeout_s=3)),
        [slow_pdf, sample_pdfs["digital"]],
        tmp_path / "ws",
    )
    assert list(documents) == [str(sample_pdfs["digital"])]
    [dropped] = report["dropped"]
    assert dropped["source"] == str(slow_pdf) and dropped["fallback_pages"] == 1
    assert "page 2: render failed: WorkerTimeout" in dropped["reason"] and "longer than 3 s" in dropped["reason"]


def test_render_timeout_is_a_worker_flag(tmp_path):
    args, _ = build_parser().parse_known_args(["x.pdf", "--workspace", str(tmp_path), "--render-timeout", "7.5"])
    assert engine_config(args, []).render_timeout_s == 7.5
    args, _ = build_parser().parse_known_args(["x.pdf", "--workspace", str(tmp_path)])
    assert engine_config(args, []).render_timeout_s == 120.0
