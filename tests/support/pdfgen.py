"""Test documents made offline with PyMuPDF: good ones with known content, and broken ones.

Every generator writes one file into a directory and returns its path; ``write_all`` makes the whole set.
The known content (texts, the dark marker square) is exported so tests can check what rendering shows.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pymupdf

LETTER = (612, 792)  # points: 1288 px tall renders 996 px wide (olmOCR's pdftoppm rounds up, as MuPDF does)
DIGITAL_TEXT = "The quick brown fox jumps over the lazy dog"
IMAGE_ONLY_TEXT = "Scanned words live only in pixels"
ROTATED_TEXT = "Landscape page turned by Rotate"
MULTIPAGE_TEXTS = tuple(
    f"Page {n} says {word}" for n, word in enumerate(("alpha", "bravo", "charlie", "delta", "echo"), start=1)
)
TABLE_HEADER = ("Name", "Pages", "Score")
TABLE_ROWS = (("edgar", "1", "0.91"), ("dolma", "1", "0.87"), ("tables", "6", "0.78"))
# A filled black square in the top-left corner of the digital page, in points (unrotated page space).
MARKER = pymupdf.Rect(36, 36, 136, 136)
USER_PASSWORD = "open-sesame"
# A square outside the CropBox of the cropbox page: MuPDF alone would clip it, olmOCR's pdftoppm shows it.
CROPPED_AWAY = pymupdf.Rect(0, 0, 100, 100)
CROPBOX = pymupdf.Rect(150, 150, 450, 650)


def _save(doc: pymupdf.Document, path: Path, **options) -> Path:
    doc.save(path, **options)
    doc.close()
    return path


def _text_page(doc: pymupdf.Document, text: str, size: tuple[float, float] = LETTER) -> pymupdf.Page:
    page = doc.new_page(width=size[0], height=size[1])
    page.insert_text((72, 200), text, fontsize=18)
    return page


def _raster_of_text(text: str) -> pymupdf.Pixmap:
    """A text page rendered to pixels: what a scanner would give."""
    doc = pymupdf.open()
    _text_page(doc, text)
    pix = doc[0].get_pixmap(dpi=100, alpha=False)
    doc.close()
    return pix


def write_digital(directory: Path) -> Path:
    doc = pymupdf.open()
    page = _text_page(doc, DIGITAL_TEXT)
    page.draw_rect(MARKER, color=(0, 0, 0), fill=(0, 0, 0))
    return _save(doc, directory / "digital.pdf")


def write_image_only(directory: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_image(page.rect, stream=_raster_of_text(IMAGE_ONLY_TEXT).tobytes("png"))  # PNG: a small file
    return _save(doc, directory / "image_only.pdf", deflate=True, garbage=3)


def write_rotated(directory: Path) -> Path:
    """A landscape page stored the way scanners and Word do it: a portrait MediaBox with /Rotate 90 and the
    content drawn turned, so it reads upright once the viewer applies /Rotate."""
    doc = pymupdf.open()
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.set_rotation(90)
    # Coordinates are the unrotated page's: /Rotate 90 shows (x, y) at (792 - y, x), so (200, 720) appears at
    # (72, 200), and text turned by 90 degrees reads left to right there.
    page.insert_text((200, 720), ROTATED_TEXT, fontsize=18, rotate=90)
    # The marker in the unrotated top-left corner appears in the top-right corner of the landscape page.
    page.draw_rect(MARKER, color=(0, 0, 0), fill=(0, 0, 0))
    return _save(doc, directory / "rotated.pdf")


def write_multipage(directory: Path) -> Path:
    doc = pymupdf.open()
    for text in MULTIPAGE_TEXTS:
        _text_page(doc, text)
    return _save(doc, directory / "multipage.pdf")


def write_table(
    directory: Path,
    header: tuple[str, ...] = TABLE_HEADER,
    rows: tuple[tuple[str, ...], ...] = TABLE_ROWS,
    caption: str | None = None,
) -> Path:
    """A ruled table (under its caption, when given), each cell a drawn box with its text."""
    doc = pymupdf.open()
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    if caption is not None:
        page.insert_text((72, 80), caption, fontsize=12)
    left, top, col, row = 72, 100, 150, 30
    for r, cells in enumerate((header, *rows)):
        for c, cell in enumerate(cells):
            box = pymupdf.Rect(left + c * col, top + r * row, left + (c + 1) * col, top + (r + 1) * row)
            page.draw_rect(box, color=(0, 0, 0), width=1)
            page.insert_text((box.x0 + 6, box.y1 - 9), cell, fontsize=12)
    return _save(doc, directory / "table.pdf")


def write_cropbox(directory: Path) -> Path:
    """A CropBox smaller than the MediaBox, with a dark square outside it."""
    doc = pymupdf.open()
    page = _text_page(doc, DIGITAL_TEXT)
    page.draw_rect(CROPPED_AWAY, color=(0, 0, 0), fill=(0, 0, 0))
    page.set_cropbox(CROPBOX)
    return _save(doc, directory / "cropbox.pdf")


def write_truncated(directory: Path) -> Path:
    """The first third of a PDF whose objects live in a compressed object stream: nothing is left to repair."""
    doc = pymupdf.open()
    _text_page(doc, DIGITAL_TEXT)
    data = doc.tobytes(use_objstms=True, compression_effort=0)
    doc.close()
    path = directory / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    return path


def write_random_bytes(directory: Path) -> Path:
    data = random.Random(1288).randbytes(4096)  # seeded: the same bytes every run
    path = directory / "random_bytes.pdf"
    path.write_bytes(data)
    return path


def write_encrypted(directory: Path) -> Path:
    doc = pymupdf.open()
    _text_page(doc, DIGITAL_TEXT)
    return _save(
        doc,
        directory / "encrypted.pdf",
        encryption=pymupdf.PDF_ENCRYPT_AES_256,
        user_pw=USER_PASSWORD,
        owner_pw=USER_PASSWORD + "-owner",
    )


def zero_page_pdf_bytes() -> bytes:
    """A well-formed PDF with an empty page tree (PyMuPDF refuses to save one), with a correct xref."""
    from tests.support.bad_pdfs import pdf_from_objects

    return pdf_from_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def write_zero_pages(directory: Path) -> Path:
    path = directory / "zero_pages.pdf"
    path.write_bytes(zero_page_pdf_bytes())
    return path


def write_empty_file(directory: Path) -> Path:
    path = directory / "empty_file.pdf"
    path.write_bytes(b"")
    return path


def write_png_named_pdf(directory: Path) -> Path:
    """An image with a PDF's name: olmOCR goes by content (PNG/JPEG magic), and so do we."""
    path = directory / "png_named.pdf"
    path.write_bytes(_raster_of_text(IMAGE_ONLY_TEXT).tobytes("png"))
    return path


def write_png(directory: Path) -> Path:
    path = directory / "scan.png"
    path.write_bytes(_raster_of_text(IMAGE_ONLY_TEXT).tobytes("png"))
    return path


def write_jpeg(directory: Path) -> Path:
    path = directory / "scan.jpg"
    path.write_bytes(_raster_of_text(IMAGE_ONLY_TEXT).tobytes("jpg", jpg_quality=90))
    return path


GENERATORS: dict[str, Callable[[Path], Path]] = {
    "digital": write_digital,
    "image_only": write_image_only,
    "rotated": write_rotated,
    "multipage": write_multipage,
    "table": write_table,
    "cropbox": write_cropbox,
    "png": write_png,
    "jpeg": write_jpeg,
    "png_named_pdf": write_png_named_pdf,
    # Broken inputs: each must raise its typed InputError.
    "truncated": write_truncated,
    "random_bytes": write_random_bytes,
    "encrypted": write_encrypted,
    "zero_pages": write_zero_pages,
    "empty_file": write_empty_file,
}


def write_all(directory: Path) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    return {name: generate(directory) for name, generate in GENERATORS.items()}
