"""The page router on real generated pages (tests/support/route_pages.py, the tuning set's generators) and the
shared real PDFs: each feature's decision and its reason; the quality guard's verdicts."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.config import EngineConfig
from olmocr_core.routing.features import page_features, page_features_file
from olmocr_core.routing.router import CPU, VLM, guard_result, route_page
from tests.support import route_pages
from tests.support.paths import SHARED_PDFS

# Kind -> (engine, words the reason must contain).
EXPECTED = {
    "plain": (CPU, "clean text layer"),
    "two_columns": (CPU, "2 column(s)"),
    "ruled_table": (VLM, "ruled table"),
    "rule_table": (VLM, "rules across the page"),
    "equations": (VLM, "math"),
    "scan": (VLM, "no text layer"),
    "ocr_scan": (VLM, "invisible (OCR'd) text layer"),
    "rotated": (VLM, "rotated"),
    "handwriting": (VLM, "no text layer"),
    "garbled": (VLM, "garbled text layer"),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("route_pages")
    return {kind: route_pages.write_kind(folder, kind) for kind in route_pages.KINDS}


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_each_kind_of_page_takes_its_route_with_a_reason(pages, kind):
    engine, words = EXPECTED[kind]
    route = route_page(page_features_file(str(pages[kind]), 1))
    assert route.engine == engine, route.reason
    assert words in route.reason
    assert route_pages.KINDS[kind] == (engine == VLM)  # the generator's label agrees


def _page(draw) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    draw(page)
    return page


def _prose(page: pymupdf.Page, rect=(60, 60, 552, 732)) -> None:
    assert page.insert_textbox(pymupdf.Rect(rect), " ".join(route_pages.WORDS * 3), fontsize=10) >= 0  # it fits


def test_blank_page_goes_to_the_cpu():
    route = route_page(page_features(_page(lambda page: None)))
    assert (route.engine, route.reason) == (CPU, "blank page")


def test_many_fonts_mean_a_layout_for_the_vlm():
    def draw(page):
        fonts = ("helv", "tiro", "cour", "hebo", "tibo", "cobo", "heit", "tiit", "coit", "hebi", "tibi", "cobi", "zadb")
        for row, font in enumerate(fonts):
            page.insert_text(
                (60, 60 + row * 40), "Annual results of the survey across regions " * 2, fontname=font, fontsize=9
            )

    features = page_features(_page(draw))
    assert features.fonts == 13
    route = route_page(features)
    assert route.engine == VLM and "13 fonts" in route.reason


def test_text_in_a_math_font_goes_to_the_vlm():
    def draw(page):
        _prose(page, (60, 60, 552, 200))
        page.insert_text((120, 450), "a b g d l m s q p" * 6, fontname="symb", fontsize=12)  # Greek, set in Symbol

    route = route_page(page_features(_page(draw)))
    assert route.engine == VLM and "characters in math fonts" in route.reason


def test_four_columns_mean_a_layout_for_the_vlm():
    def draw(page):
        for column in range(4):
            for block in range(3):
                x, y = 40 + column * 140, 60 + block * 230
                page.insert_textbox(pymupdf.Rect(x, y, x + 125, y + 210), " ".join(route_pages.WORDS), fontsize=8)

    route = route_page(page_features(_page(draw)))
    assert route.engine == VLM and "4 columns" in route.reason


def test_dense_vector_graphics_go_to_the_vlm():
    def draw(page):
        _prose(page, (60, 60, 552, 300))
        for i in range(450):  # a chart's dots and curves
            page.draw_circle((80 + (i * 37) % 460, 350 + (i * 53) % 380), 2, color=(0, 0, 1))

    route = route_page(page_features(_page(draw)))
    assert route.engine == VLM and "vector graphics" in route.reason


def test_a_large_picture_beside_text_goes_to_the_vlm():
    def draw(page):
        _prose(page, (60, 60, 552, 200))
        picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 70), False)
        picture.set_rect(picture.irect, (200, 30, 30))
        page.insert_image(pymupdf.Rect(40, 200, 572, 782), pixmap=picture)

    route = route_page(page_features(_page(draw)))
    assert route.engine == VLM and "images cover" in route.reason


def test_upright_text_on_a_rotated_page_stays_on_the_cpu(sample_pdfs):
    """/Rotate alone is not sideways text: the generated landscape page draws its text turned back upright."""
    features = page_features_file(str(sample_pdfs["rotated"]), 1)
    assert features.rotation == 90 and features.sideways_chars == 0


def test_shared_pdfs_take_the_expected_routes():
    routes = {
        name: route_page(page_features_file(str(SHARED_PDFS / name), 1))
        for name in ("edgar_image.pdf", "edgar-rotated90.pdf", "small_page_size.pdf", "dolma-page-1.pdf")
    }
    assert routes["edgar_image.pdf"].engine == VLM and "no text layer" in routes["edgar_image.pdf"].reason
    assert routes["edgar-rotated90.pdf"].engine == VLM and "rotated" in routes["edgar-rotated90.pdf"].reason
    assert "invisible" in routes["small_page_size.pdf"].reason
    assert routes["dolma-page-1.pdf"].engine == CPU


def test_an_image_file_goes_to_the_vlm(sample_pdfs):
    route = route_page(page_features_file(str(sample_pdfs["png"]), 1))
    assert route.engine == VLM


def test_quality_guard(pages):
    features = page_features_file(str(pages["plain"]), 1)
    text = pymupdf.open(pages["plain"])[0].get_text()
    assert guard_result(features, text, failed=False) is None
    assert "failed" in guard_result(features, text, failed=True)
    assert "no text" in guard_result(features, "  \n", failed=False)
    assert "kept" in guard_result(features, text[: len(text) // 4], failed=False)
    assert "garbled" in guard_result(features, text.replace("e", "\ufffd"), failed=False)


def test_an_unknown_route_is_refused():
    with pytest.raises(EngineError, match="route 'gpu' is not one of vlm, cpu, auto"):
        EngineConfig(route="gpu")
