import datetime
import hashlib

from olmocr_core import __version__
from olmocr_core.formats.dolma import build_dolma_document, decide_document, document_problems
from olmocr_core.formats.response import PageResponse, PageResult


def page(number, text, *, fallback=False, lang="en", table=False, tokens=(100, 20)):
    return PageResult(
        page_number=number,
        response=PageResponse(lang, True, 0, table, False, text),
        engine="vlm",
        input_tokens=tokens[0],
        output_tokens=tokens[1],
        is_fallback=fallback,
    )


def test_document_fields_exactly_like_olmocr():
    pages = [page(2, "second", table=True), page(1, "first"), page(3, None, lang=None)]
    lineage = {"engine": "vlm", "model": "olmocr", "model_revision": "abc123"}
    doc = build_dolma_document(
        "s3://b/doc.pdf", pages, lineage=lineage, group_id="g1", today=datetime.date(2026, 11, 22)
    )
    # Page texts joined by "\n" in page order; the last page adds nothing when empty.
    assert doc["text"] == "first\nsecond\n"
    assert doc["id"] == hashlib.sha1(b"first\nsecond\n").hexdigest()
    assert doc["source"] == "olmocr"
    assert doc["added"] == doc["created"] == "2026-11-22"
    assert list(doc) == ["id", "text", "source", "added", "created", "metadata", "attributes"]
    metadata = doc["metadata"]
    assert metadata["Source-File"] == "s3://b/doc.pdf"
    assert metadata["olmocr-version"] == "0.4.27"
    assert metadata["pdf-total-pages"] == 3
    assert metadata["total-input-tokens"] == 300
    assert metadata["total-output-tokens"] == 60
    assert metadata["total-fallback-pages"] == 0
    assert metadata["lineage"] == {**lineage, "page_group": "g1", "platform_version": __version__}
    attributes = doc["attributes"]
    assert attributes["pdf_page_numbers"] == [[0, 6, 1], [6, 13, 2], [13, 13, 3]]
    assert attributes["primary_language"] == ["en", "en", None]
    assert attributes["is_rotation_valid"] == [True, True, True]
    assert attributes["rotation_correction"] == [0, 0, 0]
    assert attributes["is_table"] == [False, True, False]
    assert attributes["is_diagram"] == [False, False, False]
    for start, end, number in attributes["pdf_page_numbers"]:
        expected = {1: "first\n", 2: "second\n", 3: ""}[number]
        assert doc["text"][start:end] == expected


def test_empty_document_is_not_written():
    assert build_dolma_document("a.pdf", [page(1, None), page(2, "")]) is None
    outcome = decide_document("a.pdf", [page(1, None)], max_page_error_rate=0.004)
    assert outcome.document is None and outcome.dropped_reason == "no text on any page"


def test_error_rate_drops_document_with_reason():
    pages = [page(i, f"p{i}") for i in range(1, 250)] + [page(250, "fallback text", fallback=True)]
    kept = decide_document("big.pdf", pages, max_page_error_rate=0.004)  # 1/250 = 0.004: not above
    assert kept.document is not None and kept.fallback_pages == 1
    assert kept.document["metadata"]["total-fallback-pages"] == 1
    dropped = decide_document("big.pdf", pages[1:], max_page_error_rate=0.004)  # 1/249 > 0.004
    assert dropped.document is None
    assert "1 of 249 pages fell back" in dropped.dropped_reason


def test_olmocr_page_engine_matches_the_page_spans_one_to_one():
    pages = [page(1, "vlm text"), page(2, "text layer", fallback=True), page(3, "cpu text"), page(4, None)]
    pages[2].engine = "cpu"
    pages[3].engine = "hf"  # the model in process: still the VLM
    doc = build_dolma_document("a.pdf", pages)
    attributes = doc["attributes"]
    assert attributes["olmocr_page_engine"] == [[0, 9, "vlm"], [9, 20, "fallback"], [20, 29, "cpu"], [29, 29, "vlm"]]
    assert [s[:2] for s in attributes["olmocr_page_engine"]] == [s[:2] for s in attributes["pdf_page_numbers"]]
    assert document_problems(doc, 1.0) == []
    attributes["olmocr_page_engine"][1][2] = "gpu"
    assert "olmocr_page_engine is not one [start, end, engine] per pdf_page_numbers span" in document_problems(doc, 1.0)
    attributes["olmocr_page_engine"] = attributes["olmocr_page_engine"][:3]
    assert "olmocr_page_engine is not one [start, end, engine] per pdf_page_numbers span" in document_problems(doc, 1.0)
