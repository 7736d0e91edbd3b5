"""Training pages in olmOCR's SFT format, generated offline: ``x.pdf`` (one page) next to ``x.md`` (its answer).

Each page gets its own size and aspect ratio, so that even a toy model whose image budget is a handful of
tokens sees a different number of image tokens per page and can tell the pages apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf

from olmocr_core.formats.response import PageResponse, format_page_response

# Page sizes in points, all with different aspect ratios: rendered at 1288 px and fitted into the tiny model's
# 64-token image budget they become 63, 60, 56, 54, 52 and 64 image tokens (grids 9x7, 5x12, 14x4, 6x9, 4x13, 8x8).
PAGE_SIZES = ((612, 792), (792, 340), (250, 800), (842, 595), (800, 300), (500, 500))


def page_answer(text: str, *, primary_language: str | None = "en", is_table: bool = False) -> str:
    """The .md content for a page: olmOCR's front matter, then the text."""
    return format_page_response(
        PageResponse(
            primary_language=primary_language,
            is_rotation_valid=True,
            rotation_correction=0,
            is_table=is_table,
            is_diagram=False,
            natural_text=text,
        )
    )


def write_training_pages(
    folder: Path, texts: Sequence[str], *, stem: str = "page", primary_language: str | None = "en"
) -> list[Path]:
    """Write ``{stem}-{i}.pdf`` + ``{stem}-{i}.md`` for each text into folder; return the PDF paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, text in enumerate(texts):
        width, height = PAGE_SIZES[index % len(PAGE_SIZES)]
        doc = pymupdf.open()
        page = doc.new_page(width=width, height=height)
        # A black block over a third of the page, its place set by the index: at 64 image tokens a line of
        # small text is a few pixels, and the vision tower normalises every patch, so a uniform grey would
        # look like white; black and white patches stay apart.
        third = (index % 3) * height / 3
        page.draw_rect(pymupdf.Rect(0, third, width, third + height / 3), color=None, fill=(0, 0, 0))
        page.insert_textbox(pymupdf.Rect(24, 24, width - 24, height - 24), text, fontsize=14, color=(0.5, 0.5, 0.5))
        pdf_path = folder / f"{stem}-{index}.pdf"
        doc.save(pdf_path)
        doc.close()
        pdf_path.with_suffix(".md").write_text(page_answer(text, primary_language=primary_language))
        paths.append(pdf_path)
    return paths
