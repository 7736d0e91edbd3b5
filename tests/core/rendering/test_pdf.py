"""Document intake and rendering: page counts, olmOCR's image size rule, rotation, text layers, bad inputs."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image

from olmocr_core.common.errors import CorruptPdfError, EmptyPdfError, EncryptedPdfError, InputError, NotAPdfError
from olmocr_core.rendering import pdf
from tests.support import pdfgen

# From SOURCES.md beside the shared PDFs.
SHARED_PAGE_COUNTS = {
    "ambiguous.pdf": 1,
    "dolma-page-1.pdf": 1,
    "edgar.pdf": 1,
    "edgar-rotated90.pdf": 1,
    "edgar_image.pdf": 1,
    "form_on_later_pages.pdf": 10,
    "lots_of_sci_tables.pdf": 6,
    "small_page_size.pdf": 1,
}
# (width, height) of page 1 as olmOCR 0.4.27 renders it (pdfinfo + pdftoppm at 1288), measured with poppler 22.12.
OLMOCR_SIZES = {
    "edgar.pdf": (996, 1288),
    "edgar-rotated90.pdf": (1288, 996),
    "dolma-page-1.pdf": (911, 1288),
    "lots_of_sci_tables.pdf": (912, 1288),
    "small_page_size.pdf": (773, 1288),
}
GENERATED_PAGE_COUNTS = {
    "digital": 1,
    "image_only": 1,
    "rotated": 1,
    "multipage": 5,
    "table": 1,
    "cropbox": 1,
    "png": 1,
    "jpeg": 1,
    "png_named_pdf": 1,
}
BAD_INPUTS = {
    "truncated": CorruptPdfError,
    "random_bytes": NotAPdfError,
    "encrypted": EncryptedPdfError,
    "zero_pages": EmptyPdfError,
    "empty_file": EmptyPdfError,
}
LETTER_ZOOM = 1288 / pdfgen.LETTER[1]


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def mean_luma(image: Image.Image, box_pt: pymupdf.Rect, zoom: float = LETTER_ZOOM) -> float:
    """Mean brightness inside a box given in points, shrunk by 3 px so anti-aliased edges do not count."""
    x0, y0, x1, y1 = (round(v * zoom) for v in box_pt)
    return float(np.asarray(image.convert("L").crop((x0 + 3, y0 + 3, x1 - 3, y1 - 3))).mean())


def render(path: Path, page_number: int = 1, **kwargs) -> Image.Image:
    return decode(pdf.render_page_png(pdf.open_document(path), page_number, **kwargs))


# ---------------------------------------------------------------------------------------------------- counts


@pytest.mark.parametrize("name, pages", SHARED_PAGE_COUNTS.items())
def test_shared_pdf_page_counts(shared_pdfs: Path, name: str, pages: int):
    assert pdf.page_count(pdf.open_document(shared_pdfs / name)) == pages


@pytest.mark.parametrize("name, pages", GENERATED_PAGE_COUNTS.items())
def test_generated_page_counts(sample_pdfs: dict[str, Path], name: str, pages: int):
    assert pdf.page_count(pdf.open_document(sample_pdfs[name])) == pages


# ---------------------------------------------------------------------------------------------------- size


@pytest.mark.parametrize("name", SHARED_PAGE_COUNTS)
def test_every_shared_page_renders_rgb_with_longest_side_1288(shared_pdfs: Path, name: str):
    doc = pdf.open_document(shared_pdfs / name)
    for page_number in range(1, doc.page_count + 1):
        image = decode(pdf.render_page_png(doc, page_number))
        assert image.format == "PNG" and image.mode == "RGB"
        assert max(image.size) == 1288


@pytest.mark.parametrize("name, size", OLMOCR_SIZES.items())
def test_image_size_matches_olmocr(shared_pdfs: Path, name: str, size: tuple[int, int]):
    assert render(shared_pdfs / name).size == size


@pytest.mark.parametrize("target", [64, 500, 1024, 1288, 2048])
@pytest.mark.parametrize("name", ["digital", "rotated", "png"])
def test_longest_side_is_exactly_the_target(sample_pdfs: dict[str, Path], name: str, target: int):
    assert max(render(sample_pdfs[name], target_longest_image_dim=target).size) == target


def test_png_holds_exactly_what_mupdf_drew(shared_pdfs: Path):
    """The fast encoder is lossless: decoding gives MuPDF's pixels, byte for byte."""
    doc = pdf.open_document(shared_pdfs / "dolma-page-1.pdf")
    page = doc.load_page(0)
    zoom = 1288 / max(page.rect.width, page.rect.height)
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    assert decode(pdf.render_page_png(doc, 1)).tobytes() == pixmap.samples


def test_whole_mediabox_is_shown_like_pdftoppm(sample_pdfs: dict[str, Path]):
    """A smaller CropBox does not shrink the image nor hide what lies outside it (olmOCR renders the MediaBox)."""
    image = render(sample_pdfs["cropbox"])
    assert image.size == (996, 1288)
    assert mean_luma(image, pdfgen.CROPPED_AWAY) < 40


# ---------------------------------------------------------------------------------------------------- rotation


def test_digital_page_marker_is_top_left(sample_pdfs: dict[str, Path]):
    image = render(sample_pdfs["digital"])
    assert image.size == (996, 1288)
    assert mean_luma(image, pdfgen.MARKER) < 40


def test_rotation_90_turns_counter_clockwise_like_olmocr(sample_pdfs: dict[str, Path]):
    upright = render(sample_pdfs["digital"])
    turned = render(sample_pdfs["digital"], rotation=90)
    width = pdfgen.LETTER[0]
    assert turned.size == (upright.height, upright.width)
    # Counter-clockwise: (x, y) goes to (y, width - x), so the top-left marker lands bottom-left.
    m = pdfgen.MARKER
    assert mean_luma(turned, pymupdf.Rect(m.y0, width - m.x1, m.y1, width - m.x0)) < 40
    assert mean_luma(turned, m) > 250


@pytest.mark.parametrize(
    "rotation, transpose",
    [(90, Image.Transpose.ROTATE_90), (180, Image.Transpose.ROTATE_180), (270, Image.Transpose.ROTATE_270)],
)
def test_rotation_equals_olmocr_transpose(sample_pdfs: dict[str, Path], rotation: int, transpose):
    """olmOCR 0.4.27's build_page_query turns the rendered image with PIL's transpose: same pixels here."""
    upright = render(sample_pdfs["table"])
    assert render(sample_pdfs["table"], rotation=rotation).tobytes() == upright.transpose(transpose).tobytes()


@pytest.mark.parametrize("rotation", [45, -90, 360])
def test_other_rotations_are_refused(sample_pdfs: dict[str, Path], rotation: int):
    with pytest.raises(ValueError, match="rotation"):
        render(sample_pdfs["digital"], rotation=rotation)


def test_page_with_rotate_90_renders_landscape(sample_pdfs: dict[str, Path]):
    image = render(sample_pdfs["rotated"])
    assert image.size == (1288, 996)
    # /Rotate 90 is clockwise: the unrotated top-left marker shows in the top-right corner.
    m, height = pdfgen.MARKER, pdfgen.LETTER[1]
    assert mean_luma(image, pymupdf.Rect(height - m.y1, m.x0, height - m.y0, m.x1)) < 40
    assert pdfgen.ROTATED_TEXT in pdf.page_text(pdf.open_document(sample_pdfs["rotated"]), 1)


# ---------------------------------------------------------------------------------------------------- text


def test_digital_text_layer(sample_pdfs: dict[str, Path]):
    assert pdfgen.DIGITAL_TEXT in pdf.page_text(pdf.open_document(sample_pdfs["digital"]), 1)


@pytest.mark.parametrize("name", ["image_only", "png", "jpeg"])
def test_scans_have_no_text_layer(sample_pdfs: dict[str, Path], name: str):
    assert pdf.page_text(pdf.open_document(sample_pdfs[name]), 1).strip() == ""


def test_each_page_has_its_own_text(sample_pdfs: dict[str, Path]):
    doc = pdf.open_document(sample_pdfs["multipage"])
    assert [pdf.page_text(doc, n).strip() for n in range(1, 6)] == list(pdfgen.MULTIPAGE_TEXTS)


def test_table_cells_are_in_the_text_layer(sample_pdfs: dict[str, Path]):
    text = pdf.page_text(pdf.open_document(sample_pdfs["table"]), 1)
    for cell in (*pdfgen.TABLE_HEADER, *(c for row in pdfgen.TABLE_ROWS for c in row)):
        assert cell in text


def test_shared_text_layers(shared_pdfs: Path):
    assert len(pdf.page_text(pdf.open_document(shared_pdfs / "edgar.pdf"), 1)) > 1000
    assert pdf.page_text(pdf.open_document(shared_pdfs / "edgar_image.pdf"), 1).strip() == ""


@pytest.mark.parametrize("page_number", [0, 6, -1])
def test_page_out_of_range(sample_pdfs: dict[str, Path], page_number: int):
    doc = pdf.open_document(sample_pdfs["multipage"])
    with pytest.raises(ValueError, match="out of range"):
        pdf.render_page_png(doc, page_number)
    with pytest.raises(ValueError, match="out of range"):
        pdf.page_text(doc, page_number)


# ---------------------------------------------------------------------------------------------------- images


@pytest.mark.parametrize("name", ["png", "jpeg", "png_named_pdf"])
def test_images_are_one_page_documents(sample_pdfs: dict[str, Path], name: str):
    doc = pdf.open_document(sample_pdfs[name])
    assert not doc.is_pdf and pdf.page_count(doc) == 1
    image = decode(pdf.render_page_png(doc, 1))
    assert image.size == (996, 1288) and image.mode == "RGB"


def test_image_from_bytes(sample_pdfs: dict[str, Path]):
    doc = pdf.open_document(sample_pdfs["jpeg"].read_bytes(), name="upload.jpg")
    assert pdf.page_count(doc) == 1


# ---------------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("name, error", BAD_INPUTS.items())
def test_bad_file_raises_typed_error_naming_it(sample_pdfs: dict[str, Path], name: str, error: type[InputError]):
    path = sample_pdfs[name]
    with pytest.raises(error) as caught:
        pdf.open_document(path)
    assert type(caught.value) is error
    assert caught.value.source == str(path)
    assert str(path) in str(caught.value) and caught.value.reason


@pytest.mark.parametrize("name, error", BAD_INPUTS.items())
def test_bad_bytes_raise_typed_error_naming_them(sample_pdfs: dict[str, Path], name: str, error: type[InputError]):
    with pytest.raises(error, match="upload-42.pdf"):
        pdf.open_document(sample_pdfs[name].read_bytes(), name="upload-42.pdf")


def test_unnamed_bytes_are_called_bytes():
    with pytest.raises(EmptyPdfError, match="<bytes>"):
        pdf.open_document(pdfgen.zero_page_pdf_bytes())


def test_missing_file_is_an_input_error(tmp_path: Path):
    missing = tmp_path / "absent.pdf"
    with pytest.raises(InputError, match="absent.pdf"):
        pdf.open_document(missing)
    with pytest.raises(InputError, match="absent.pdf"):
        pdf.render_page_file(str(missing), 1, 1288)


def test_text_file_is_not_a_pdf(tmp_path: Path):
    path = tmp_path / "notes.pdf"
    path.write_text("just some words, not a document\n")
    with pytest.raises(NotAPdfError, match="notes.pdf"):
        pdf.open_document(path)


def test_a_document_mupdf_opens_that_is_no_pdf_is_refused_saying_what_it_is(tmp_path: Path):
    path = tmp_path / "SOURCES.md"
    path.write_text("# Sources\n\n- a list of where the PDFs came from\n")
    with pytest.raises(NotAPdfError, match="SOURCES.md") as raised:
        pdf.open_document(path)
    assert str(raised.value).endswith("neither a PDF nor an image: MuPDF reads it as 'Markdown document'")


def test_encrypted_error_says_why(sample_pdfs: dict[str, Path]):
    with pytest.raises(EncryptedPdfError, match="password"):
        pdf.open_document(sample_pdfs["encrypted"])


def test_corrupt_error_carries_mupdf_diagnostics_once(sample_pdfs: dict[str, Path]):
    """The reason says what MuPDF found, and PyMuPDF's process-wide warning list is emptied, not left to grow."""
    for _ in range(2):
        with pytest.raises(CorruptPdfError, match="MuPDF: .*startxref"):
            pdf.open_document(sample_pdfs["truncated"])
    assert pymupdf.TOOLS.mupdf_warnings() == ""


# ---------------------------------------------------------------------------------------------------- bytes, files


def test_bytes_render_like_the_file(sample_pdfs: dict[str, Path]):
    path = sample_pdfs["multipage"]
    from_bytes = pdf.open_document(path.read_bytes(), name="multi.pdf")
    assert pdf.page_count(from_bytes) == 5
    assert pdf.render_page_png(from_bytes, 3) == pdf.render_page_png(pdf.open_document(path), 3)


def test_render_page_file_reuses_the_open_document(sample_pdfs: dict[str, Path]):
    path = str(sample_pdfs["multipage"])
    pdf._cached_document.cache_clear()
    pngs = [pdf.render_page_file(path, n, 1288) for n in range(1, 6)]
    info = pdf._cached_document.cache_info()
    assert (info.misses, info.hits) == (1, 4)
    assert pngs[2] == pdf.render_page_png(pdf.open_document(path), 3)


def test_render_page_file_reopens_a_rewritten_file(sample_pdfs: dict[str, Path], tmp_path: Path):
    path = tmp_path / "doc.pdf"
    shutil.copy(sample_pdfs["multipage"], path)
    pdf.render_page_file(str(path), 5, 1288)
    shutil.copy(sample_pdfs["digital"], path)
    with pytest.raises(ValueError, match="out of range"):
        pdf.render_page_file(str(path), 5, 1288)


def test_render_page_file_in_a_process_pool(sample_pdfs: dict[str, Path]):
    path = str(sample_pdfs["multipage"])
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        pngs = list(pool.map(pdf.render_page_file, [path] * 5, range(1, 6), [640] * 5))
    assert [max(decode(png).size) for png in pngs] == [640] * 5
    assert len(set(pngs)) == 5


# ---------------------------------------------------------------------------------------------------- PNG


@pytest.mark.parametrize("deflate", [pdf._deflate, zlib.compress], ids=["default", "zlib"])
def test_encode_png_round_trips(monkeypatch: pytest.MonkeyPatch, deflate):
    """Whichever deflate is installed (ISA-L or the zlib fallback), the PNG decodes to the same pixels."""
    monkeypatch.setattr(pdf, "_deflate", deflate)
    pixels = np.random.default_rng(7).integers(0, 256, size=(37, 53, 3), dtype=np.uint8)
    image = decode(pdf.encode_png(pixels))
    assert image.mode == "RGB" and image.size == (53, 37)
    assert np.array_equal(np.asarray(image), pixels)


def test_encode_png_refuses_non_rgb():
    with pytest.raises(ValueError, match="RGB"):
        pdf.encode_png(np.zeros((4, 4, 4), dtype=np.uint8))


def test_rendering_processes_skip_the_layout_model_that_only_the_cpu_engine_loads() -> None:
    """`import pymupdf` builds pymupdf-layout's ONNX model (0.35 s, 55 MB a process); olmocr_core.rendering.pdf skips
    it, and the cpu engine's workers still load it, once."""
    script = (
        "import sys\n"
        "import olmocr_core.rendering.pdf, pymupdf, pymupdf4llm\n"
        "print('pymupdf.layout' in sys.modules, pymupdf._get_layout is None)\n"
        "from olmocr_core.engines import cpu\n"
        "cpu._init_worker(None, 1)\n"
        "print(callable(pymupdf._get_layout), pymupdf4llm._use_layout, cpu._loads)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True", "True", "True", "1"], run.stderr
