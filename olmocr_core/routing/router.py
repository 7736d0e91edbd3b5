"""Which engine reads a page: ``cpu`` (its text layer through the layout converter) or ``vlm``, with a reason.

The thresholds were chosen on the TUNING set of ``tests/support/route_pages.py`` (generated pages, seed 0: plain
text, two columns, ruled and booktabs tables, equations, scans, OCR'd scans, rotated pages, handwriting-like
strokes, garbled text layers), from where each kind's feature values fall. None was set or moved for the
EVALUATION set (the same generators with seed 1: other texts, fonts, sizes and table styles; plus the shared
real PDFs labelled by hand), which ``bench/bench_route.py`` scores (bench/RESULTS.md).

The quality guard runs after the CPU engine: a result that looks wrong sends the page to the VLM.
"""

from __future__ import annotations

from dataclasses import dataclass

from olmocr_core.routing.features import PageFeatures, is_garbled

CPU = "cpu"
VLM = "vlm"
ROUTES = ("vlm", "cpu", "auto")

# A text layer with fewer visible characters has nothing to read from: a scan, a photo, a drawing.
MIN_TEXT_CHARS = 50
# Invisible characters (render mode 3) above this share of all characters: an OCR layer laid over a scan.
MAX_INVISIBLE_SHARE = 0.5
# Characters drawn sideways (as displayed) above this share: a rotated page.
MAX_SIDEWAYS_SHARE = 0.3
# U+FFFD, private-use and control characters above this share: a broken font encoding.
MAX_GARBLED_SHARE = 0.02
# Images over this share of the page: the page's content is mostly pixels.
MAX_IMAGE_AREA = 0.5
# Math symbols, or characters in math fonts, above these shares: equations.
MAX_MATH_SHARE = 0.01
MAX_MATH_FONT_SHARE = 0.05
# This many table rules (drawn lines and rectangle edges): a ruled table.
MAX_RULES = 12
# This many rules across a third of the page: a table ruled only across (booktabs), or a form.
MAX_LONG_RULES = 3
# More fonts than this, or this many columns: a layout the converter reads poorly.
MAX_FONTS = 12
MAX_COLUMNS = 4
# Vector paths above this: a chart or a dense form.
MAX_DRAWINGS = 400

# The quality guard: a CPU result with under this share of the text layer's characters lost text.
MIN_RESULT_SHARE = 0.5


@dataclass(frozen=True)
class Route:
    engine: str  # "cpu" or "vlm"
    reason: str


def route_page(f: PageFeatures) -> Route:
    """The page's engine, with the first rule that decided it."""
    if not f.has_ink:
        return Route(CPU, "blank page")
    all_chars = f.chars + f.invisible_chars
    if f.invisible_chars and f.invisible_chars / all_chars > MAX_INVISIBLE_SHARE:
        return Route(VLM, f"invisible (OCR'd) text layer: {f.invisible_chars} of {all_chars} characters")
    if f.chars < MIN_TEXT_CHARS:
        return Route(VLM, f"no text layer: {f.chars} characters, images cover {f.image_area:.0%}")
    if f.sideways_chars / f.chars > MAX_SIDEWAYS_SHARE:
        return Route(VLM, f"rotated: {f.sideways_chars / f.chars:.0%} of the text runs sideways (/Rotate {f.rotation})")
    if f.garbled_share > MAX_GARBLED_SHARE:
        return Route(VLM, f"garbled text layer: {f.garbled_share:.1%} replacement, private-use or control characters")
    if f.image_area > MAX_IMAGE_AREA:
        return Route(VLM, f"images cover {f.image_area:.0%} of the page")
    if f.math_chars / f.chars > MAX_MATH_SHARE or f.math_font_chars / f.chars > MAX_MATH_FONT_SHARE:
        return Route(VLM, f"math: {f.math_chars} math symbols, {f.math_font_chars} characters in math fonts")
    if f.rules >= MAX_RULES:
        return Route(VLM, f"ruled table: {f.rules} rules")
    if f.long_rules >= MAX_LONG_RULES:
        return Route(VLM, f"table: {f.long_rules} rules across the page")
    if f.drawings > MAX_DRAWINGS:
        return Route(VLM, f"dense vector graphics: {f.drawings} paths")
    if f.fonts > MAX_FONTS:
        return Route(VLM, f"complex layout: {f.fonts} fonts")
    if f.columns >= MAX_COLUMNS:
        return Route(VLM, f"complex layout: {f.columns} columns")
    return Route(CPU, f"clean text layer: {f.chars} characters, text covers {f.text_area:.0%}, {f.columns} column(s)")


def guard_result(f: PageFeatures, text: str, failed: bool) -> str | None:
    """Why a CPU-routed page's result looks wrong (None when it looks right): it goes to the VLM then."""
    visible = [c for c in text if not c.isspace()]
    if failed:
        return "the cpu converter failed on the page"
    if not visible and f.has_ink and f.chars >= MIN_TEXT_CHARS:
        return "no text from the cpu converter on a page with ink"
    if f.chars >= MIN_TEXT_CHARS and len(visible) < MIN_RESULT_SHARE * f.chars:
        return f"the cpu converter kept {len(visible)} of the text layer's {f.chars} characters"
    garbled = sum(is_garbled(c) for c in visible)
    if visible and garbled / len(visible) > MAX_GARBLED_SHARE:
        return f"garbled cpu result: {garbled} of {len(visible)} characters"
    return None
