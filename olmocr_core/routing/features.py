"""A page's features for the router, read by PyMuPDF without rendering: one text extraction pass (a fraction of
a render's cost, bench/RESULTS.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from olmocr_core.rendering import pdf

if TYPE_CHECKING:  # at run time pymupdf comes through rendering.pdf, which imports it first (see there)
    import pymupdf

# Font names of TeX's and Office's math fonts (Computer Modern math, AMS, STIX, Cambria Math, Symbol ...).
_MATH_FONT = re.compile(r"CMMI|CMSY|CMEX|MSAM|MSBM|CMBSY|EUFM|EUSM|RSFS|STIX|Math|Symbol|MTSY|MTEX|Euclid|esint", re.I)
# A drawn line this close to horizontal or vertical, and at least this long (points), is a rule.
_RULE_MIN_PT = 8.0
_THIN_PT = 2.5  # a filled rectangle thinner than this is a drawn line
_SPACE = re.compile(r"\s+")
# U+FFFD, private use (BMP and planes 15-16), surrogates and C0/C1 controls.
_GARBLED = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff\ud800-\udfff\x00-\x1f\x7f-\x9f]")
# Mathematical operators and symbols, math alphanumerics, arrows, and other math signs beyond ASCII's + - = < >.
_MATH = re.compile(
    "[\u2200-\u22ff\u27c0-\u27ef\u2980-\u2aff\U0001d400-\U0001d7ff\u2190-\u21ff\u2032-\u2034\u2202\u2207\u221e]"
)
# Text blocks narrower than this share of the page may be columns; wider ones are full-width text.
_COLUMN_MAX_WIDTH = 0.45


@dataclass(frozen=True)
class PageFeatures:
    """What the router looks at; plain values (they cross from render processes)."""

    width: float
    height: float
    rotation: int  # the page's /Rotate
    chars: int  # visible non-space characters of the text layer
    invisible_chars: int  # characters drawn invisibly (render mode 3): an OCR layer over a scan
    garbled_chars: int  # U+FFFD, private-use and control characters among ``chars``
    math_chars: int  # mathematical operators, letters and arrows among ``chars``
    math_font_chars: int  # ``chars`` set in a math font
    sideways_chars: int  # characters whose writing direction is not left to right
    fonts: int  # distinct fonts
    text_area: float  # share of the page covered by text lines
    image_area: float  # share of the page covered by images (capped at 1)
    images: int
    drawings: int  # vector paths
    rules: int  # horizontal or vertical line segments and rectangle edges (ruled tables)
    long_rules: int  # horizontal rules across at least a third of the page (a booktabs table's rules)
    columns: int  # side-by-side text columns

    @property
    def garbled_share(self) -> float:
        return self.garbled_chars / self.chars if self.chars else 0.0

    @property
    def has_ink(self) -> bool:
        return bool(self.chars or self.invisible_chars or self.images or self.drawings)


def page_features_file(path: str, page_number: int) -> PageFeatures:
    """``page_features`` for a file path, in a render process (it shares the process's open documents)."""
    document = pdf.cached_document(path)
    if not document.is_pdf:  # an image input: one page, all pixels
        rect = document[0].rect
        return PageFeatures(
            width=rect.width, height=rect.height, rotation=0, chars=0, invisible_chars=0, garbled_chars=0,
            math_chars=0, math_font_chars=0, sideways_chars=0, fonts=0, text_area=0.0, image_area=1.0, images=1,
            drawings=0, rules=0, long_rules=0, columns=1,
        )  # fmt: skip
    return page_features(document[page_number - 1])


def page_features(page: pymupdf.Page) -> PageFeatures:
    """One pass of MuPDF's text extraction, which also collects the vector paths' boxes; image placements only
    on pages that have images (that takes a second pass over the content)."""
    rect = page.rect
    area = max(rect.width * rect.height, 1.0)
    chars = invisible = garbled = math = math_font = sideways = 0
    fonts: set[str] = set()
    text_area = 0.0
    column_starts: list[float] = []
    drawings = rules = long_rules = 0
    turn = page.rotation_matrix  # extraction is in the unrotated page: /Rotate turns what a reader sees
    # Without TEXT_PRESERVE_IMAGES: image blocks would carry their pixels. Images come from get_image_info.
    flags = (pdf.pymupdf.TEXTFLAGS_DICT & ~pdf.pymupdf.TEXT_PRESERVE_IMAGES) | pdf.pymupdf.TEXT_COLLECT_VECTORS
    for block in page.get_text("dict", flags=flags)["blocks"]:
        x0, y0, x1, y1 = block["bbox"]
        if block["type"] == 3:  # a vector path
            drawings += 1
            path_rules, path_long = _rules(x1 - x0, y1 - y0, block["stroked"], block["isrect"], rect.width / 3)
            rules += path_rules
            long_rules += path_long
            continue
        if block["type"] != 0:
            continue
        if block["lines"] and (x1 - x0) < _COLUMN_MAX_WIDTH * rect.width:
            column_starts.append(x0)
        for line in block["lines"]:
            dx, dy = line["dir"]
            upright = dx * turn.a + dy * turn.c > 0.9  # reads left to right as displayed
            lx0, ly0, lx1, ly1 = line["bbox"]
            text_area += max(lx1 - lx0, 0) * max(ly1 - ly0, 0)
            for span in line["spans"]:
                text = _SPACE.sub("", span["text"])
                if not text:
                    continue
                if span["alpha"] == 0:
                    invisible += len(text)
                    continue
                fonts.add(span["font"])
                chars += len(text)
                garbled += len(_GARBLED.findall(text))
                math += len(_MATH.findall(text))
                if _MATH_FONT.search(span["font"]):
                    math_font += len(text)
                if not upright:
                    sideways += len(text)
    images = page.get_image_info() if page.get_images() else []
    image_area = sum(_clipped_area(pdf.pymupdf.Rect(i["bbox"]), rect) for i in images) / area
    return PageFeatures(
        width=rect.width,
        height=rect.height,
        rotation=page.rotation,
        chars=chars,
        invisible_chars=invisible,
        garbled_chars=garbled,
        math_chars=math,
        math_font_chars=math_font,
        sideways_chars=sideways,
        fonts=len(fonts),
        text_area=round(min(text_area / area, 1.0), 4),
        image_area=round(min(image_area, 1.0), 4),
        images=len(images),
        drawings=drawings,
        rules=rules,
        long_rules=long_rules,
        columns=_columns(column_starts, rect.width),
    )


def is_garbled(char: str) -> bool:
    """A character no real text layer should give: the replacement character, private use, controls."""
    return bool(_GARBLED.match(char))


def _clipped_area(box: pymupdf.Rect, page: pymupdf.Rect) -> float:
    clipped = box & page
    return 0.0 if clipped.is_empty else clipped.width * clipped.height


def _rules(width: float, height: float, stroked: bool, isrect: bool, long: float) -> tuple[int, int]:
    """(rules, long horizontal rules) one path draws, from its box: a thin path (a line, or a thin filled
    rectangle as LaTeX and Word draw table rules) is one rule; a stroked rectangle is four."""
    if min(width, height) < _THIN_PT and max(width, height) >= _RULE_MIN_PT:
        return 1, int(height < _THIN_PT and width >= long)
    if stroked and isrect and max(width, height) >= _RULE_MIN_PT:
        return 4, 0
    return 0, 0


def _columns(starts: list[float], page_width: float) -> int:
    """Side-by-side columns: left edges of narrow text blocks, clustered (a cluster needs two blocks)."""
    if not starts:
        return 1
    clusters: list[list[float]] = []
    for x in sorted(starts):
        if clusters and x - clusters[-1][-1] < 0.08 * page_width:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return max(1, sum(len(c) >= 2 for c in clusters))
