"""A page's features for the router, read by PyMuPDF without rendering (about a tenth of a render's cost:
``bench/bench_route.py``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from olmocr_core.rendering import pdf

if TYPE_CHECKING:  # at run time pymupdf comes through rendering.pdf, which imports it first (see there)
    import pymupdf

# Font names of TeX's and Office's math fonts (Computer Modern math, AMS, STIX, Cambria Math, Symbol ...).
_MATH_FONT = re.compile(r"CMMI|CMSY|CMEX|MSAM|MSBM|CMBSY|EUFM|EUSM|RSFS|STIX|Math|Symbol|MTSY|MTEX|Euclid|esint", re.I)
# A drawn line this close to horizontal or vertical, and at least this long (points), is a rule.
_RULE_MIN_PT = 8.0
_THIN_PT = 2.5  # a filled rectangle thinner than this is a drawn line
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

    def to_dict(self) -> dict:
        return asdict(self)


def page_features_file(path: str, page_number: int) -> PageFeatures:
    """``page_features`` for a file path, in a render process (it shares the process's open documents)."""
    document = pdf.cached_document(path)
    if not document.is_pdf:  # an image input: one page, all pixels
        rect = document[0].rect
        return PageFeatures(rect.width, rect.height, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, 1.0, 1, 0, 0, 0, 0)
    return page_features(document[page_number - 1])


def page_features(page: pymupdf.Page) -> PageFeatures:
    rect = page.rect
    area = max(rect.width * rect.height, 1.0)
    chars = invisible = garbled = math = math_font = sideways = 0
    fonts: set[str] = set()
    text_area = 0.0
    column_starts: list[float] = []
    # Without TEXT_PRESERVE_IMAGES: image blocks would carry their pixels. Images come from get_image_info.
    flags = pdf.pymupdf.TEXTFLAGS_DICT & ~pdf.pymupdf.TEXT_PRESERVE_IMAGES
    turn = page.rotation_matrix  # extraction is in the unrotated page: /Rotate turns what a reader sees
    for block in page.get_text("dict", flags=flags)["blocks"]:
        x0, _, x1, _ = block["bbox"]
        if block["lines"] and (x1 - x0) < _COLUMN_MAX_WIDTH * rect.width:
            column_starts.append(x0)
        for line in block["lines"]:
            dx, dy = line["dir"]
            upright = dx * turn.a + dy * turn.c > 0.9  # reads left to right as displayed
            lx0, ly0, lx1, ly1 = line["bbox"]
            text_area += max(lx1 - lx0, 0) * max(ly1 - ly0, 0)
            for span in line["spans"]:
                visible = [c for c in span["text"] if not c.isspace()]
                if not visible:
                    continue
                if span["alpha"] == 0:
                    invisible += len(visible)
                    continue
                fonts.add(span["font"])
                chars += len(visible)
                garbled += sum(is_garbled(c) for c in visible)
                math += sum(_is_math(c) for c in visible)
                if _MATH_FONT.search(span["font"]):
                    math_font += len(visible)
                if not upright:
                    sideways += len(visible)
    images = page.get_image_info()
    image_area = sum(_clipped_area(pdf.pymupdf.Rect(i["bbox"]), rect) for i in images) / area
    drawings = page.get_cdrawings()
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
        drawings=len(drawings),
        rules=sum(_rules(path) for path in drawings),
        long_rules=sum(_long_rules(path, rect.width / 3) for path in drawings),
        columns=_columns(column_starts, rect.width),
    )


def is_garbled(char: str) -> bool:
    """A character no real text layer should give: the replacement character, private use, controls."""
    return char == "\ufffd" or unicodedata.category(char) in ("Co", "Cc", "Cs")


def _is_math(char: str) -> bool:
    """Mathematical operators and symbols, math alphanumerics, arrows (not + - = < >, which prose uses)."""
    code = ord(char)
    return (
        0x2200 <= code <= 0x22FF  # mathematical operators
        or 0x27C0 <= code <= 0x27EF
        or 0x2980 <= code <= 0x2AFF
        or 0x1D400 <= code <= 0x1D7FF  # mathematical alphanumerics
        or 0x2190 <= code <= 0x21FF  # arrows
        or unicodedata.category(char) == "Sm"
        and code > 0x7F
        and char not in "×÷¬±"
    )


def _clipped_area(box: pymupdf.Rect, page: pymupdf.Rect) -> float:
    clipped = box & page
    return 0.0 if clipped.is_empty else clipped.width * clipped.height


def _rules(path: dict) -> int:
    """Rules drawn by one path: stroked horizontal or vertical lines, the four edges of a stroked rectangle,
    and thin filled rectangles (how LaTeX and Word draw table rules)."""
    stroked = "s" in path.get("type", "")
    count = 0
    for item in path["items"]:
        if item[0] == "l" and stroked:
            (ax, ay), (bx, by) = item[1], item[2]
            flat, upright = abs(ay - by) < 1, abs(ax - bx) < 1
            count += (flat and abs(ax - bx) >= _RULE_MIN_PT) or (upright and abs(ay - by) >= _RULE_MIN_PT)
        elif item[0] == "re":
            x0, y0, x1, y1 = item[1]
            thin, long = min(abs(x1 - x0), abs(y1 - y0)) < _THIN_PT, max(abs(x1 - x0), abs(y1 - y0)) >= _RULE_MIN_PT
            if long:
                count += 1 if thin else 4 * stroked
    return count


def _long_rules(path: dict, min_length: float) -> int:
    """Horizontal lines or thin rectangles of one path at least ``min_length`` long."""
    count = 0
    for item in path["items"]:
        if item[0] == "l":
            (ax, ay), (bx, by) = item[1], item[2]
            count += abs(ay - by) < 1 and abs(ax - bx) >= min_length
        elif item[0] == "re":
            x0, y0, x1, y1 = item[1]
            count += abs(y1 - y0) < _THIN_PT and abs(x1 - x0) >= min_length
    return count


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
