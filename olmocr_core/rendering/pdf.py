"""Document intake and page rendering: the CPU hot path that feeds the model.

What the model sees follows olmOCR 0.4.27 (``pdfinfo`` + ``pdftoppm``), which the released models were trained
on: the whole MediaBox is rendered (pdftoppm's default, even where a smaller CropBox is set), scaled so that the
MediaBox's longest side is ``target_longest_image_dim`` pixels, with the page's /Rotate applied, RGB on white.
A rotation retry turns the rendered image like olmOCR's ``Image.transpose(ROTATE_90/180/270)``, which is
counter-clockwise.

Speed: MuPDF renders in-process (no subprocess per page) and the PNG is written here rather than by MuPDF or
Pillow: no per-row filter and a fast deflate level. Pages are mostly white, so filtering buys little at a low
level and costs a pass over the pixels. The PNG is lossless either way: same pixels, only the bytes differ.
"""

from __future__ import annotations

import functools
import os
import struct
import sys
import zlib
from pathlib import Path

import numpy as np

from olmocr_core.common.errors import CorruptPdfError, EmptyPdfError, EncryptedPdfError, InputError, NotAPdfError
from olmocr_core.formats.prompts import TARGET_LONGEST_IMAGE_DIM

# `import pymupdf` (2.0) also builds pymupdf-layout's ONNX model when it can import it: 0.35 s and 55 MB in
# every rendering process, none of which uses it. Only the cpu engine does, and its workers import
# pymupdf.layout themselves, under their onnxruntime thread limit. A None in sys.modules makes PyMuPDF's own
# `import pymupdf.layout` raise ImportError, which it takes as "not installed"; the None is removed after.
_skip_layout_model = sys.modules.setdefault("pymupdf.layout", None) is None
import pymupdf  # noqa: E402

if _skip_layout_model:
    del sys.modules["pymupdf.layout"]

try:
    # ISA-L deflates about 5x faster than zlib at level 1, for a similar size.
    from isal.isal_zlib import compress as _deflate
except ImportError:  # without the optional isal: the same pixels, a slower deflate
    from zlib import compress as _deflate

Source = str | Path | bytes

ROTATIONS = (0, 90, 180, 270)
# The PDF header may start anywhere in the first 1024 bytes (what readers, poppler included, accept).
_PDF_HEADER = b"%PDF-"
_HEADER_WINDOW = 1024
# MuPDF's names for the image formats it opens as one-page documents (others: XPS, EPUB, CBZ, ... are refused).
_IMAGE_FORMATS = frozenset({"Image", "TIFF", "BMP", "PNM"})
_BYTES_NAME = "<bytes>"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_DEFLATE_LEVEL = 1
# A worker renders pages of a few documents at a time; more would hold memory for nothing.
_DOCUMENTS_PER_PROCESS = 4
# Qwen2-VL's image processor (olmOCR's model family) refuses an image whose long side is more than this
# many times its short side: a needle-thin page (20 x 14,400 pt) is padded with white up to it.
MAX_ASPECT_RATIO = 200
# Boxes closer than this (in points) are the same box: no visible difference at 1288 px.
_BOX_TOLERANCE = 1e-3


# ---------------------------------------------------------------------------------------------------- intake


def open_document(source: Source, name: str | None = None) -> pymupdf.Document:
    """Open a PDF, or an image as a one-page document, from a path or bytes.

    Raises the typed InputErrors naming the source (``name`` for bytes) and the reason. MuPDF repairs
    broken files; a repaired file counts as readable when it has pages and its first page loads, and as
    corrupt when it cannot be opened, repairs to zero pages, or its first page fails to load.
    """
    label = name or (_BYTES_NAME if isinstance(source, bytes) else str(source))
    _mupdf_diagnostics()  # drop earlier documents' messages: what follows is about this one
    head = _read_head(source, label)
    if not head:
        raise EmptyPdfError(label, "the file is empty (0 bytes)")
    if _PDF_HEADER in head:
        return _open_pdf(source, label)
    # Like olmOCR, the content decides, not the name: a PNG called .pdf is an image.
    return _open_image(source, label, head)


def page_count(doc: pymupdf.Document) -> int:
    return doc.page_count


def _read_head(source: Source, label: str) -> bytes:
    if isinstance(source, bytes):
        return source[:_HEADER_WINDOW]
    try:
        with open(source, "rb") as f:
            return f.read(_HEADER_WINDOW)
    except OSError as exc:
        raise InputError(label, f"cannot be read: {exc.strerror or exc}") from exc


def _open_pdf(source: Source, label: str) -> pymupdf.Document:
    try:
        doc = _mupdf_open_pdf(source, label)
    except (RuntimeError, ValueError) as exc:
        raise CorruptPdfError(label, f"cannot be opened, even with repair: {exc}{_mupdf_diagnostics()}") from exc
    if doc.needs_pass:  # MuPDF already tried the empty user password
        doc.close()
        raise EncryptedPdfError(label, "encrypted with a user password")
    if doc.page_count == 0:
        repaired = doc.is_repaired
        doc.close()
        if repaired:
            raise CorruptPdfError(label, f"damaged: repair found no pages{_mupdf_diagnostics()}")
        raise EmptyPdfError(label, "the PDF has no pages")
    try:
        doc.load_page(0)
    except (RuntimeError, ValueError) as exc:
        doc.close()
        raise CorruptPdfError(label, f"damaged: page 1 cannot be loaded: {exc}{_mupdf_diagnostics()}") from exc
    return doc


def _open_image(source: Source, label: str, head: bytes) -> pymupdf.Document:
    data = source if isinstance(source, bytes) else _read_all(source, label)
    try:
        # From bytes so that MuPDF recognises the content, not a (possibly wrong) file extension.
        doc = pymupdf.open(label, stream=data)
    except (RuntimeError, ValueError) as exc:
        raise NotAPdfError(label, f"neither a PDF (no %PDF- header) nor an image; starts with {head[:8]!r}") from exc
    kind = (doc.metadata or {}).get("format") or "unknown"
    if kind not in _IMAGE_FORMATS or doc.page_count == 0:
        doc.close()
        raise NotAPdfError(label, f"neither a PDF nor an image: MuPDF reads it as {kind!r}")
    return doc


def _read_all(path: str | Path, label: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(label, f"cannot be read: {exc.strerror or exc}") from exc


def _mupdf_open_pdf(source: Source, label: str) -> pymupdf.Document:
    # As a PDF whatever the file is called: the header said so.
    if isinstance(source, bytes):
        # The name travels with the document, so later page errors can name it.
        return pymupdf.open(label, stream=source, filetype="pdf")
    return pymupdf.open(str(source), filetype="pdf")


# ---------------------------------------------------------------------------------------------------- pages


def render_page_png(
    doc: pymupdf.Document,
    page_number: int,
    target_longest_image_dim: int = TARGET_LONGEST_IMAGE_DIM,
    rotation: int = 0,
) -> bytes:
    """The page (1-based) as an RGB PNG whose longest side is exactly ``target_longest_image_dim`` px.

    ``rotation`` (0/90/180/270) turns the rendered image counter-clockwise, as olmOCR's rotation retry does.
    """
    if rotation not in ROTATIONS:
        raise ValueError(f"rotation must be one of {ROTATIONS}, not {rotation}")
    if target_longest_image_dim < 1:
        raise ValueError(f"target_longest_image_dim must be positive, not {target_longest_image_dim}")
    page = _load_page(doc, page_number)
    zoom = target_longest_image_dim / max(page.rect.width, page.rect.height)
    try:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False)
    except (RuntimeError, ValueError) as exc:
        raise CorruptPdfError(_doc_label(doc), f"page {page_number} cannot be rendered: {exc}") from exc
    # MuPDF pixmaps are packed rows (stride == width * 3): a view, no copy.
    rgb = _within_aspect_ratio(np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(pix.height, pix.width, 3))
    if rotation:
        # np.rot90 turns from the first axis towards the second: counter-clockwise, like PIL's ROTATE_90.
        rgb = np.rot90(rgb, rotation // 90)
    return encode_png(rgb)


def _within_aspect_ratio(rgb: np.ndarray) -> np.ndarray:
    """The image, padded with white on its right or bottom edge when it is thinner than MAX_ASPECT_RATIO allows."""
    height, width, _ = rgb.shape
    short = -(-max(height, width) // MAX_ASPECT_RATIO)  # ceil: the narrowest side the model accepts
    if min(height, width) >= short:
        return rgb
    padded = np.full((max(height, short), max(width, short), 3), 255, dtype=np.uint8)
    padded[:height, :width] = rgb
    return padded


def page_text(doc: pymupdf.Document, page_number: int) -> str:
    """The page's text layer (empty for scans and images): the fallback when the model fails."""
    page = _load_page(doc, page_number)
    try:
        return page.get_text("text")
    except (RuntimeError, ValueError) as exc:
        raise CorruptPdfError(_doc_label(doc), f"page {page_number} text cannot be read: {exc}") from exc


def render_page_file(path: str, page_number: int, target_longest_image_dim: int, rotation: int = 0) -> bytes:
    """``render_page_png`` for a file path, for process pools: picklable arguments, and each worker process
    keeps its last few documents open, so many pages of one PDF cost one open."""
    return render_page_png(cached_document(path), page_number, target_longest_image_dim, rotation)


def page_text_file(path: str, page_number: int) -> str:
    """``page_text`` for a file path, sharing ``render_page_file``'s per-process documents."""
    return page_text(cached_document(path), page_number)


def cached_document(path: str) -> pymupdf.Document:
    """The document at ``path`` from this process's few open ones (a worker opens each PDF once)."""
    return _cached_document(*_file_identity(path))


def _file_identity(path: str) -> tuple[str, int, int]:
    # Size and mtime belong to the cache key: a file rewritten in place is opened again.
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc.strerror or exc}") from exc
    return str(path), st.st_mtime_ns, st.st_size


@functools.lru_cache(maxsize=_DOCUMENTS_PER_PROCESS)
def _cached_document(path: str, mtime_ns: int, size: int) -> pymupdf.Document:
    return open_document(path)


def _load_page(doc: pymupdf.Document, page_number: int) -> pymupdf.Page:
    if not 1 <= page_number <= doc.page_count:
        raise ValueError(f"{_doc_label(doc)}: page {page_number} is out of range 1..{doc.page_count}")
    try:
        page = doc.load_page(page_number - 1)
        if doc.is_pdf:
            _show_whole_mediabox(doc, page)
    except (RuntimeError, ValueError) as exc:
        raise CorruptPdfError(_doc_label(doc), f"page {page_number} cannot be loaded: {exc}") from exc
    return page


def _show_whole_mediabox(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """Widen a smaller CropBox to the MediaBox (in memory only), as pdftoppm shows the MediaBox.

    MuPDF clips what it draws and extracts to the CropBox; olmOCR's renders (the models' training data)
    show the whole MediaBox and size it by the MediaBox, so the text layer follows the same area.
    """
    crop, media = page.cropbox, page.mediabox
    if abs(crop.width - media.width) < _BOX_TOLERANCE and abs(crop.height - media.height) < _BOX_TOLERANCE:
        return
    # page.mediabox holds the raw PDF coordinates; written as they are, whatever the origin.
    doc.xref_set_key(page.xref, "CropBox", "[" + " ".join(repr(float(v)) for v in media) + "]")


def _mupdf_diagnostics() -> str:
    """MuPDF's warnings since the last call, as a suffix for an error reason, and forgotten: PyMuPDF keeps them
    in a process-wide list that would otherwise grow for as long as a worker lives."""
    warnings = pymupdf.TOOLS.mupdf_warnings(reset=True)
    return f" (MuPDF: {'; '.join(warnings.splitlines())})" if warnings else ""


def _doc_label(doc: pymupdf.Document) -> str:
    return doc.name or _BYTES_NAME


# ---------------------------------------------------------------------------------------------------- PNG


def encode_png(rgb: np.ndarray) -> bytes:
    """An RGB uint8 array (height, width, 3) as a PNG: filter type None on every row, fast deflate."""
    height, width, channels = rgb.shape
    if channels != 3 or rgb.dtype != np.uint8:
        raise ValueError(f"expected an RGB uint8 image, got shape {rgb.shape} of {rgb.dtype}")
    rows = np.empty((height, width * 3 + 1), dtype=np.uint8)
    rows[:, 0] = 0  # each PNG row starts with its filter type; 0 = None
    rows[:, 1:] = rgb.reshape(height, width * 3)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit truecolor, no interlace
    return b"".join(
        (
            _PNG_SIGNATURE,
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", _deflate(rows, _DEFLATE_LEVEL)),
            _png_chunk(b"IEND", b""),
        )
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
