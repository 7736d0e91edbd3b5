"""The ``cpu`` engine: the embedded default for machines with no GPU.

Each page becomes PyMuPDF's layout-aware markdown (pymupdf4llm with pymupdf-layout). A page with no
text layer is OCR'd with RapidOCR through pymupdf4llm's own OCR hook when RapidOCR is installed, and
gives empty text when it is not (the lineage says so).

Pages run in a process pool created once per engine. Its workers are spawned (a forked copy of a
process that already runs onnxruntime threads can deadlock), so a script that uses the engine needs
the ``if __name__ == "__main__":`` guard. Each worker loads the layout and OCR models once, in the
pool initializer, and keeps a few documents open: nothing expensive happens per page or per PDF.

Errors: a page whose conversion raises falls back to its plain text layer (``is_fallback``,
``error``). A worker that dies (a native crash) is replaced and the page retried once (``attempts``
2); a second death gives an empty fallback page. A page still converting after ``page_timeout_s``
has its worker process killed (the other workers go on) and becomes an empty fallback page. A file that cannot be opened at all (missing, not a
PDF or image, damaged, encrypted, no pages), or a page number outside it, raises a typed
``InputError``: there is no text layer to fall back to, and the document as a whole is what is wrong.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.metadata
import io
import logging
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy

from olmocr_core.common.errors import (
    EngineError,
    InputError,
)
from olmocr_core.engines.base import PageTask
from olmocr_core.formats.language import detect_language
from olmocr_core.formats.response import PageResponse, PageResult
from olmocr_core.rendering import pdf
from olmocr_core.rendering.pool import (
    DEFAULT_RENDER_TIMEOUT_S,
    ProcessWorkers,
    WorkerDied,
    WorkerTimeout,
    available_cpus,
)

if TYPE_CHECKING:  # workers import pymupdf only after limiting onnxruntime's threads (see _init_worker)
    import pymupdf

# RapidOCR distributions pymupdf4llm can drive, in the order its OCR hook prefers them, with the
# pymupdf4llm backend module that holds the (lazily built) RapidOCR instance.
_OCR_BACKENDS = {
    "rapidocr": "pymupdf4llm.ocr.rapidocr_391_backend",
    "rapidocr-onnxruntime": "pymupdf4llm.ocr.rapidocr_onnx_backend",
}
_NO_OCR = "none: RapidOCR is not installed, pages without a text layer give empty text"

# A page with fewer visible characters than this has no real text layer (a scan, perhaps with a
# stamped page number or a download banner): OCR it. pymupdf4llm's own decision model also OCRs
# pages that do have a text layer whenever an image might hold text (a logo), at seconds per page.
MIN_TEXT_LAYER_CHARS = 50
# pymupdf4llm renders pages for its layout model and OCR at a fixed resolution: a 200-inch page (PDF's
# largest without /UserUnit) would take gigabytes. Larger pages are converted from a copy scaled to fit.
MAX_PAGE_SIDE_PT = 1728.0  # 24 inches
# Documents each worker keeps open: a group's pages arrive interleaved across the workers.
# is_diagram: a layout "picture" box at least this share of the page, holding at most this much
# text (a larger text is a scanned text region or a form that the layout model called a picture).
DIAGRAM_MIN_AREA = 0.05
DIAGRAM_MAX_TEXT = 200

_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$", re.MULTILINE)
_PICTURE_TEXT = re.compile(r"<!-- Start of picture text -->\n(.*?)<!-- End of picture text -->", re.DOTALL)
_BLANK_LINES = re.compile(r"\n{3,}")


class CpuEngine:
    """Engine ``cpu``: pymupdf4llm layout markdown, RapidOCR for pages without a text layer.

    ``workers`` processes convert pages in parallel (default: one per CPU); each gives its models
    ``threads_per_worker`` threads, so that the processes, not the threads, share out the cores.
    A page may take ``page_timeout_s`` (None or 0: no limit).
    """

    name = "cpu"

    def __init__(
        self,
        workers: int | None = None,
        threads_per_worker: int = 1,
        page_timeout_s: float | None = DEFAULT_RENDER_TIMEOUT_S,
    ) -> None:
        self.workers = workers or available_cpus()
        self.threads_per_worker = threads_per_worker
        self.page_timeout_s = page_timeout_s or None
        self._ocr_backend = _installed_ocr_backend()
        if self._ocr_backend is None:
            warnings.warn(f"cpu engine: OCR {_NO_OCR}", RuntimeWarning, stacklevel=2)
        self._worker_loads: dict[int, int] = {}
        self._closed = False
        self._processes = ProcessWorkers(self.workers, _init_worker, (self._ocr_backend, self.threads_per_worker))

    def lineage(self) -> dict[str, str]:
        versions = {dist: _version(dist) for dist in ("pymupdf", "pymupdf-layout", "pymupdf4llm", "onnxruntime")}
        model = f"pymupdf4llm-{versions['pymupdf4llm']}"
        ocr = _NO_OCR
        if self._ocr_backend is not None:
            versions[self._ocr_backend] = _version(self._ocr_backend)
            model += f"+{self._ocr_backend}-{versions[self._ocr_backend]}"
            ocr = f"{self._ocr_backend}-{versions[self._ocr_backend]} on pages without a text layer"
        revision = " ".join(f"{dist}-{version}" for dist, version in versions.items())
        return {"engine": self.name, "model": model, "model_revision": revision, "ocr": ocr}

    @property
    def worker_loads(self) -> dict[int, int]:
        """pid -> how many times that worker had loaded its models when it last answered (always 1)."""
        return dict(self._worker_loads)

    async def process_page(self, task: PageTask) -> PageResult:
        """Convert one page; raises InputError when the file or the page does not exist as a document."""
        if self._closed:
            raise EngineError("the cpu engine is closed")
        started = time.perf_counter()
        try:
            output, attempts = await self._processes.run(
                _convert_page, task.path, task.page_number, timeout_s=self.page_timeout_s
            )
        except InputError as exc:  # name the source as the user gave it, not the local copy
            raise type(exc)(task.source, exc.reason) from None
        except WorkerTimeout as exc:
            return _failed_result(task, f"page conversion {exc}", exc.attempts, time.perf_counter() - started)
        except WorkerDied as exc:
            error = f"page conversion: {exc} (a native crash or a failed start)"
            return _failed_result(task, error, 2, time.perf_counter() - started)
        self._worker_loads[output.pid] = output.loads
        return _page_result(task, output, attempts)

    async def close(self) -> None:
        self._closed = True
        await asyncio.to_thread(self._processes.close)


def _installed_ocr_backend() -> str | None:
    for dist in _OCR_BACKENDS:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            importlib.metadata.version(dist)
            return dist
    return None


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def _page_result(task: PageTask, output: _PageOutput, attempts: int) -> PageResult:
    response = PageResponse(
        primary_language=detect_language(output.text),
        is_rotation_valid=True,
        rotation_correction=0,
        is_table=output.is_table,
        is_diagram=output.is_diagram,
        natural_text=output.text or None,
    )
    return PageResult(
        page_number=task.page_number,
        response=response,
        engine=CpuEngine.name,
        attempts=attempts,
        seconds=output.seconds,
        is_fallback=output.error is not None,
        error=output.error,
    )


def _failed_result(task: PageTask, error: str, attempts: int, seconds: float) -> PageResult:
    """An empty fallback page: its worker died or was stopped, so not even its text layer came back."""
    response = PageResponse(
        primary_language=None,
        is_rotation_valid=True,
        rotation_correction=0,
        is_table=False,
        is_diagram=False,
        natural_text=None,
    )
    return PageResult(
        task.page_number, response, CpuEngine.name, attempts=attempts, seconds=seconds, is_fallback=True, error=error
    )


# ---------------------------------------------------------------------------------------------------
# Worker process side. Everything below runs in the pool's processes, one page at a time per process.
# ---------------------------------------------------------------------------------------------------

_loads = 0  # times this process loaded the models: the pool initializer makes it exactly 1
_ocr_function: Callable | None = None  # pymupdf4llm's RapidOCR hook, when RapidOCR is installed
_image_pdfs: dict[str, pymupdf.Document] = {}  # an image input converted to a one-page PDF


@dataclass(frozen=True)
class _PageOutput:
    """What a worker sends back for one page (plain values: it crosses a process boundary)."""

    text: str
    is_table: bool
    is_diagram: bool
    seconds: float  # the conversion itself, without the wait for a free worker
    error: str | None  # set when the converter raised and text is the plain text layer
    pid: int
    loads: int


def _init_worker(ocr_backend: str | None, threads: int) -> None:
    """Pool initializer: load the layout model and the OCR model once for this process."""
    global _loads, _ocr_function
    layout_was_built = "pymupdf.layout" in sys.modules
    _limit_onnx_threads(threads)
    import pymupdf  # lazy: after rendering.pdf and the onnxruntime thread limit
    import pymupdf4llm  # lazy: builds a layout model on import: cpu workers only

    if layout_was_built:  # before the limit, by whoever imported pymupdf first: build it again under it
        pymupdf4llm.use_layout(False)
    pymupdf4llm.use_layout(True)  # olmocr_core.rendering.pdf imports pymupdf, and with it pymupdf4llm, without it
    # pymupdf4llm reports each parse ("OCR on page...") through PyMuPDF's message stream, stdout by default.
    pymupdf.set_messages(pylogging=True, pylogging_level=logging.DEBUG)
    _ocr_function = _load_ocr(ocr_backend) if ocr_backend else None
    _loads += 1


def _limit_onnx_threads(threads: int) -> None:
    """Give every onnxruntime session built in this process ``threads`` intra-op threads.

    onnxruntime defaults to one thread per core in every process, so N workers would run N x cores
    spinning threads over the same cores and scale far below N. pymupdf-layout and RapidOCR build
    their own SessionOptions and offer no thread setting, hence this narrowing of InferenceSession.
    """
    import onnxruntime  # lazy: onnxruntime is optional (ocr extra)

    base = onnxruntime.InferenceSession

    class _LimitedSession(base):  # type: ignore[valid-type,misc]
        def __init__(self, path_or_bytes, sess_options=None, *args, **kwargs):
            options = sess_options or onnxruntime.SessionOptions()
            if options.intra_op_num_threads == 0:  # 0: onnxruntime's default, one per core
                options.intra_op_num_threads = threads
            super().__init__(path_or_bytes, options, *args, **kwargs)

    onnxruntime.InferenceSession = _LimitedSession


def _load_ocr(backend: str) -> Callable:
    """Import pymupdf4llm's RapidOCR hook and build its models now rather than on the first scan."""
    import pymupdf  # lazy: after rendering.pdf and the onnxruntime thread limit

    with contextlib.redirect_stdout(io.StringIO()):  # the hook prints its backend choice on import
        from pymupdf4llm.ocr import rapidocr_api  # lazy: pymupdf4llm's OCR hook needs rapidocr (ocr extra)
    # RapidOCR loads each model on first use: recognise a rendered word once to load all three.
    sample = pymupdf.open()
    page = sample.new_page(width=160, height=40)
    page.insert_text((10, 28), "olmOCR", fontsize=20)
    importlib.import_module(_OCR_BACKENDS[backend]).full_ocr(_rgb_array(page.get_pixmap(dpi=150)))
    return rapidocr_api.exec_ocr


def _rgb_array(pixmap: pymupdf.Pixmap):
    return numpy.frombuffer(pixmap.samples, dtype=numpy.uint8).reshape(pixmap.height, pixmap.width, pixmap.n)


def _convert_page(path: str, page_number: int) -> _PageOutput:
    """Convert one page; a converter failure falls back to the page's plain text layer."""
    started = time.perf_counter()
    document = _document(path)
    index = _page_index(document, page_number)
    try:
        text, is_table, is_diagram = _markdown_page(document, index)
        error = None
    except Exception as exc:  # any failure inside pymupdf4llm: this page falls back, the group goes on
        text, is_table, is_diagram = _text_layer(document, index), False, False
        error = f"layout markdown failed, used the text layer: {type(exc).__name__}: {exc}"
    return _PageOutput(text, is_table, is_diagram, time.perf_counter() - started, error, os.getpid(), _loads)


def _markdown_page(document: pymupdf.Document, index: int) -> tuple[str, bool, bool]:
    """(text, is_table, is_diagram) of one page from pymupdf4llm's layout-aware markdown."""
    _read_upright(document[index])
    if max(document[index].rect.width, document[index].rect.height) > MAX_PAGE_SIDE_PT:
        document, index = _fitted_copy(document, index, MAX_PAGE_SIDE_PT), 0
    ocr = _ocr_function is not None and _visible_chars(document[index]) < MIN_TEXT_LAYER_CHARS
    if ocr:  # pymupdf4llm writes the recognised text into the page: keep the cached document as it was
        document, index = _one_page_copy(document, index), 0
    # olmOCR's models leave out running headers and footers; so do we, unless that leaves nothing:
    # the layout model can take the only lines of a sparse page for a header or footer.
    chunk = _layout_markdown(document, index, ocr, keep_margins=False)
    if not chunk["text"].strip() and (ocr or _visible_chars(document[index]) > 0):
        chunk = _layout_markdown(document, index, ocr, keep_margins=True)
    markdown = chunk["text"]
    is_diagram = _has_figure(chunk, markdown, document[index].rect)
    text = _tidy(markdown)
    return text, bool(_TABLE_RULE.search(text)), is_diagram


def _layout_markdown(document: pymupdf.Document, index: int, ocr: bool, *, keep_margins: bool) -> dict:
    import pymupdf4llm  # lazy: builds a layout model on import: cpu workers only

    # pymupdf4llm prints a blank line to stdout after a parse that had messages (an OCR'd page).
    with contextlib.redirect_stdout(io.StringIO()):
        return pymupdf4llm.to_markdown(
            document,
            pages=[index],
            page_chunks=True,  # also returns the layout boxes, which is_diagram reads
            header=keep_margins,
            footer=keep_margins,
            use_ocr=ocr,
            force_ocr=ocr,  # we decided: OCR exactly the pages without a text layer
            ocr_function=_ocr_function if ocr else None,
            show_progress=False,
        )[0]


def _has_figure(chunk: dict, markdown: str, page_rect: pymupdf.Rect) -> bool:
    """A layout "picture" box that is large and holds little text: a figure, chart or photo."""
    page_area = max(page_rect.width * page_rect.height, 1.0)
    for box in chunk["page_boxes"]:
        if box["class"] != "picture":
            continue
        x0, y0, x1, y1 = box["bbox"]
        start, end = box["pos"]
        if (x1 - x0) * (y1 - y0) / page_area >= DIAGRAM_MIN_AREA and len(
            markdown[start:end].strip()
        ) <= DIAGRAM_MAX_TEXT:
            return True
    return False


def _tidy(markdown: str) -> str:
    """Plain text where pymupdf4llm marks text found inside pictures with HTML comments and <br>
    (olmOCR's text has neither), no trailing blanks, at most one empty line between blocks."""
    text = _PICTURE_TEXT.sub(lambda match: match.group(1).replace("<br>", "\n"), markdown)
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", text).strip()


def _read_upright(page: pymupdf.Page) -> None:
    """Drop the /Rotate of a page whose text runs left to right in its own unrotated space: /Rotate
    only turns it sideways for display, and pymupdf4llm, which bakes /Rotate into the content, would
    then read sideways lines (a rotated scan, whose text layer is sideways itself, keeps its /Rotate)."""
    if page.rotation == 0:
        return
    lines = [line for block in page.get_text("dict")["blocks"] if block["type"] == 0 for line in block["lines"]]
    if sum(line["dir"][0] > 0.9 for line in lines) * 2 > len(lines):
        page.set_rotation(0)


def _one_page_copy(document: pymupdf.Document, index: int) -> pymupdf.Document:
    import pymupdf  # lazy: after rendering.pdf and the onnxruntime thread limit

    copy = pymupdf.open()
    copy.insert_pdf(document, from_page=index, to_page=index)
    return copy


def _fitted_copy(document: pymupdf.Document, index: int, longest_side: float) -> pymupdf.Document:
    """The page alone, scaled so that its longest side is ``longest_side`` points (text stays text)."""
    import pymupdf  # lazy: after rendering.pdf and the onnxruntime thread limit

    rect = document[index].rect
    scale = longest_side / max(rect.width, rect.height)
    copy = pymupdf.open()
    page = copy.new_page(width=rect.width * scale, height=rect.height * scale)
    page.show_pdf_page(page.rect, document, index)
    return copy


def _visible_chars(page: pymupdf.Page) -> int:
    return sum(not char.isspace() for char in page.get_text())


def _text_layer(document: pymupdf.Document, index: int) -> str:
    try:
        return document[index].get_text().strip()
    except Exception:  # the page cannot even give its text layer: an empty fallback, still no crash
        return ""


def _page_index(document: pymupdf.Document, page_number: int) -> int:
    if not 1 <= page_number <= document.page_count:
        raise InputError(document.name, f"page {page_number} does not exist (it has {document.page_count} pages)")
    return page_number - 1


def _document(path: str) -> pymupdf.Document:
    """The PDF at ``path`` (an image as a one-page PDF, so that it can be OCR'd), opened once per worker.
    Unreadable files raise olmocr_core.rendering.pdf's typed InputErrors, which cross back to the engine intact."""
    import pymupdf  # lazy: after rendering.pdf and the onnxruntime thread limit

    document = pdf.cached_document(path)
    if document.is_pdf:
        return document
    if path not in _image_pdfs:
        _image_pdfs.clear()  # images are one page: keep only the latest conversion
        _image_pdfs[path] = pymupdf.open("pdf", document.convert_to_pdf())
    return _image_pdfs[path]
