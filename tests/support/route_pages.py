"""Labelled pages for the page router, generated offline with PyMuPDF: each kind of page with whether it needs
the VLM. ``write_set(directory, seed)`` writes one PDF per kind and variant and returns the labelled pages.

Two sets, never mixed: seed 0 is the TUNING set the router's thresholds were chosen on
(olmocr_core/routing/router.py); seed 1 is the EVALUATION set bench/bench_route.py scores, with other
texts, sizes and counts (plus the shared real PDFs, labelled in ``SHARED_LABELS``).
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass
from pathlib import Path

import pymupdf

LETTER = (612, 792)
WORDS = (
    "the report describes annual results of the survey across regions and the methods used to gather data "
    "from participants over several years with careful attention to sampling error and response bias while "
    "committee members reviewed each section before publication in the journal of applied studies"
).split()
MATH = "∑∫√≤≥≠∂∇∞∈∉⊂⊆∀∃≈≡αβγδλμσθπ"

# Kind -> needs the VLM. Plain and two-column text read well from the text layer; the rest do not.
KINDS = {
    "plain": False,
    "two_columns": False,
    "ruled_table": True,
    "rule_table": True,  # booktabs style: thin filled rules, no vertical lines
    "equations": True,
    "scan": True,
    "ocr_scan": True,  # a scan with an invisible OCR text layer
    "rotated": True,  # text drawn sideways as displayed (/Rotate on an upright text layer)
    "handwriting": True,  # pen strokes as a picture
    "garbled": True,  # a text layer with broken encoding
}

# The shared real PDFs (tests/support/paths.py SHARED_PDFS), labelled by hand: (file, page) -> needs the VLM.
SHARED_LABELS = {
    ("ambiguous.pdf", 1): True,  # content is in the image
    ("dolma-page-1.pdf", 1): False,  # a two-column paper page of prose
    ("edgar.pdf", 1): False,  # a plain text page
    ("edgar-rotated90.pdf", 1): True,  # sideways
    ("edgar_image.pdf", 1): True,  # image only
    **{("form_on_later_pages.pdf", n): False for n in (1, 2, 3)},  # prose
    **{("form_on_later_pages.pdf", n): True for n in range(4, 11)},  # forms with boxes and rules
    **{("lots_of_sci_tables.pdf", n): True for n in range(1, 7)},  # dense scientific tables
    ("small_page_size.pdf", 1): True,  # a scan with an invisible OCR layer
}


@dataclass(frozen=True)
class LabelledPage:
    path: Path
    page_number: int
    kind: str
    needs_vlm: bool


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _paragraphs(rng: random.Random, count: int) -> str:
    return "\n\n".join(
        " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(3, 5))) for _ in range(count)
    )


def _math_font(page: pymupdf.Page) -> str:
    page.insert_font(fontname="F9", fontbuffer=pymupdf.Font("cjk").buffer)  # has math symbols and Greek
    return "F9"


def _text_page(doc: pymupdf.Document, rng: random.Random, size: tuple[float, float] = LETTER) -> pymupdf.Page:
    page = doc.new_page(width=size[0], height=size[1])
    page.insert_textbox(
        pymupdf.Rect(60, 60, size[0] - 60, size[1] - 60),
        _paragraphs(rng, 4),
        fontsize=rng.choice((9, 10, 11)),
        fontname=rng.choice(("helv", "tiro", "cour")),
    )
    return page


def _raster(page: pymupdf.Page, dpi: int) -> bytes:
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")


def _scan(doc: pymupdf.Document, rng: random.Random, invisible_text: bool) -> None:
    source = pymupdf.open()
    text = _text_page(source, rng)
    png = _raster(text, rng.choice((72, 96)))
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_image(page.rect, stream=png)
    if invisible_text:
        page.insert_textbox(
            pymupdf.Rect(60, 60, LETTER[0] - 60, LETTER[1] - 60), text.get_text(), render_mode=3, fontsize=10
        )


def _table(doc: pymupdf.Document, rng: random.Random, ruled: bool) -> None:
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_textbox(pymupdf.Rect(60, 50, 552, 140), _paragraphs(rng, 1), fontsize=10)
    rows, cols, as_boxes = rng.randint(5, 12), rng.randint(3, 6), rng.random() < 0.5
    left, top, width, height = 60, 160, 480 / cols, 22
    for r in range(rows):
        for c in range(cols):
            box = pymupdf.Rect(left + c * width, top + r * height, left + (c + 1) * width, top + (r + 1) * height)
            if ruled and as_boxes:
                page.draw_rect(box, color=(0, 0, 0), width=0.6)
            cell = rng.choice(WORDS) if r == 0 or c == 0 else f"{rng.uniform(0, 100):.2f}"
            page.insert_text((box.x0 + 4, box.y1 - 7), cell, fontsize=9)
    if ruled and not as_boxes:  # a grid of drawn lines
        for r in range(rows + 1):
            page.draw_line((left, top + r * height), (left + 480, top + r * height), width=0.5)
        for c in range(cols + 1):
            page.draw_line((left + c * width, top), (left + c * width, top + rows * height), width=0.5)
    if not ruled:  # top, header and bottom rules as thin filled rectangles
        for y in (top, top + height, top + rows * height):
            page.draw_rect(pymupdf.Rect(left, y - 0.4, left + 480, y + 0.4), color=None, fill=(0, 0, 0))


def _equations(doc: pymupdf.Document, rng: random.Random) -> None:
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    font = _math_font(page)
    y = 80
    for _ in range(rng.randint(4, 7)):
        page.insert_textbox(pymupdf.Rect(60, y, 552, y + 60), _sentence(rng, 14), fontsize=10)
        formula = " ".join(
            rng.choice(MATH) + rng.choice("xyzabn") + rng.choice("+-=") for _ in range(rng.randint(5, 9))
        )
        page.insert_text((120, y + 80), formula, fontname=font, fontsize=13)
        y += 105


def _rotated(doc: pymupdf.Document, rng: random.Random) -> None:
    page = _text_page(doc, rng)
    page.set_rotation(rng.choice((90, 180, 270)))


def _handwriting(doc: pymupdf.Document, rng: random.Random) -> None:
    """Pen strokes (random joined curves, a line of 'words' per row) rendered to a picture."""
    sketch = pymupdf.open()
    canvas = sketch.new_page(width=LETTER[0], height=LETTER[1])
    shape = canvas.new_shape()
    for row in range(rng.randint(8, 14)):
        x, y = 60.0, 90.0 + row * 45
        while x < 520:
            points = [
                pymupdf.Point(x + i * 4, y + 8 * math.sin(i * rng.uniform(0.6, 1.8))) for i in range(rng.randint(5, 12))
            ]
            for a, b in itertools.pairwise(points):
                shape.draw_line(a, b)
            x = points[-1].x + rng.uniform(8, 20)
    shape.finish(color=(0.1, 0.1, 0.3), width=1.2)
    shape.commit()
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_image(page.rect, stream=_raster(canvas, 96))
    page.insert_text((60, 50), "Notes", fontsize=10)  # a printed heading, as on a form


def _garbled(doc: pymupdf.Document, rng: random.Random) -> None:
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    font = _math_font(page)
    text = _paragraphs(rng, 3)
    broken = "".join(chr(0xE000 + rng.randrange(200)) if c.isalpha() and rng.random() < 0.3 else c for c in text)
    page.insert_textbox(pymupdf.Rect(60, 60, 552, 732), broken, fontname=font, fontsize=10)


def _two_columns(doc: pymupdf.Document, rng: random.Random) -> None:
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_textbox(pymupdf.Rect(60, 40, 552, 70), _sentence(rng, 8), fontsize=14)
    for x0 in (60, 316):
        page.insert_textbox(pymupdf.Rect(x0, 80, x0 + 236, 740), _paragraphs(rng, 3), fontsize=9)


def _plain(doc: pymupdf.Document, rng: random.Random) -> None:
    _text_page(doc, rng, rng.choice((LETTER, (595, 842))))


_WRITERS = {
    "plain": _plain,
    "two_columns": _two_columns,
    "ruled_table": lambda doc, rng: _table(doc, rng, ruled=True),
    "rule_table": lambda doc, rng: _table(doc, rng, ruled=False),
    "equations": _equations,
    "scan": lambda doc, rng: _scan(doc, rng, invisible_text=False),
    "ocr_scan": lambda doc, rng: _scan(doc, rng, invisible_text=True),
    "rotated": _rotated,
    "handwriting": _handwriting,
    "garbled": _garbled,
}


def write_kind(directory: Path, kind: str, seed: int = 0, name: str | None = None) -> Path:
    """One single-page PDF of ``kind``."""
    doc = pymupdf.open()
    _WRITERS[kind](doc, random.Random(f"{kind}-{seed}"))
    doc.subset_fonts()
    path = directory / (name or f"{kind}-{seed}.pdf")
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


def write_set(directory: Path, seed: int, per_kind: int = 3) -> list[LabelledPage]:
    """``per_kind`` pages of every kind (variants by seed), labelled."""
    directory.mkdir(parents=True, exist_ok=True)
    pages = []
    for kind, needs_vlm in KINDS.items():
        for variant in range(per_kind):
            path = write_kind(directory, kind, seed * 1000 + variant, f"{kind}-{seed}-{variant}.pdf")
            pages.append(LabelledPage(path, 1, kind, needs_vlm))
    return pages
