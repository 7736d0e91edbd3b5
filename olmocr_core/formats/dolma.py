"""Dolma documents exactly in olmOCR's format, plus our lineage in ``metadata``."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from olmocr_core import __version__
from olmocr_core.formats.response import PageResult

# The olmOCR release whose output format our documents follow, so its consumers read them.
OLMOCR_FORMAT_VERSION = "0.4.27"


@dataclass(frozen=True)
class DocumentOutcome:
    """A document's fate: written (``document`` set) or dropped (``dropped_reason`` set)."""

    source: str
    pages: int
    fallback_pages: int
    document: dict | None
    dropped_reason: str | None = None


def document_text_and_spans(page_results: Sequence[PageResult]) -> tuple[str, list[list[int]]]:
    """Page texts joined by "\\n" and the [start, end, page_number] span of each page (olmOCR's rule)."""
    text = ""
    spans = []
    last = len(page_results) - 1
    for index, page in enumerate(page_results):
        natural = page.response.natural_text
        content = "" if natural is None else natural + ("\n" if index < last else "")
        start = len(text)
        text += content
        spans.append([start, len(text), page.page_number])
    return text, spans


def build_dolma_document(
    source: str,
    page_results: Sequence[PageResult],
    *,
    lineage: dict[str, str] | None = None,
    group_id: str | None = None,
    today: datetime.date | None = None,
) -> dict | None:
    """One Dolma document for one source PDF, or None when it has no text (olmOCR writes none)."""
    pages = sorted(page_results, key=lambda p: p.page_number)
    text, spans = document_text_and_spans(pages)
    if not text:
        return None
    day = (today or datetime.date.today()).strftime("%Y-%m-%d")
    metadata: dict = {
        "Source-File": source,
        "olmocr-version": OLMOCR_FORMAT_VERSION,
        "pdf-total-pages": len(pages),
        "total-input-tokens": sum(p.input_tokens for p in pages),
        "total-output-tokens": sum(p.output_tokens for p in pages),
        "total-fallback-pages": sum(p.is_fallback for p in pages),
        # Lineage: which engine and model wrote this, in which page group, with which platform version.
        "lineage": {**(lineage or {}), "page_group": group_id, "platform_version": __version__},
    }
    return {
        "id": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "text": text,
        "source": "olmocr",
        "added": day,
        "created": day,
        "metadata": metadata,
        "attributes": {
            "pdf_page_numbers": spans,
            "primary_language": [p.response.primary_language for p in pages],
            "is_rotation_valid": [p.response.is_rotation_valid for p in pages],
            "rotation_correction": [p.response.rotation_correction for p in pages],
            "is_table": [p.response.is_table for p in pages],
            "is_diagram": [p.response.is_diagram for p in pages],
            # What read each page ("vlm", "cpu" or "fallback"), span for span with pdf_page_numbers.
            "olmocr_page_engine": [
                [start, end, p.page_engine] for (start, end, _), p in zip(spans, pages, strict=True)
            ],
        },
    }


def decide_document(
    source: str,
    page_results: Sequence[PageResult],
    *,
    max_page_error_rate: float,
    lineage: dict[str, str] | None = None,
    group_id: str | None = None,
) -> DocumentOutcome:
    """Drop a document whose fallback pages / pages exceeds the limit, else build it."""
    pages = len(page_results)
    fallback = sum(p.is_fallback for p in page_results)
    if pages and fallback / pages > max_page_error_rate:
        reason = (
            f"{fallback} of {pages} pages fell back to the text layer, above max_page_error_rate {max_page_error_rate}"
            + _page_errors(page_results)
        )
        return DocumentOutcome(source, pages, fallback, None, reason)
    document = build_dolma_document(source, page_results, lineage=lineage, group_id=group_id)
    if document is None:
        return DocumentOutcome(source, pages, fallback, None, "no text on any page")
    return DocumentOutcome(source, pages, fallback, document)


def _page_errors(page_results: Sequence[PageResult], shown: int = 3) -> str:
    """The first few pages' errors, so a dropped document's report says what went wrong, not only how often."""
    ordered = sorted(page_results, key=lambda p: p.page_number)
    errors = [f"page {p.page_number}: {p.error}" for p in ordered if p.is_fallback and p.error]
    more = f"; and {len(errors) - shown} more" if len(errors) > shown else ""
    return f" ({'; '.join(errors[:shown])}{more})" if errors else ""


PAGE_ENGINES = ("vlm", "cpu", "fallback")
_ATTRIBUTE_LISTS = ("primary_language", "is_rotation_valid", "rotation_correction", "is_table", "is_diagram")


def document_problems(document: object, max_page_error_rate: float) -> list[str]:
    """Why a line is not a valid Dolma document of ours (empty when it is)."""
    if not isinstance(document, dict):
        return ["not a JSON object"]
    problems = []
    text, metadata, attributes = document.get("text"), document.get("metadata"), document.get("attributes")
    if not isinstance(text, str) or not text:
        return ["text is missing or empty"]
    if document.get("id") != hashlib.sha1(text.encode("utf-8")).hexdigest():
        problems.append("id is not the sha1 of text")
    if document.get("source") != "olmocr":
        problems.append("source is not 'olmocr'")
    if not isinstance(metadata, dict) or not isinstance(attributes, dict):
        return [*problems, "metadata or attributes missing"]
    pages = metadata.get("pdf-total-pages")
    if not isinstance(pages, int) or pages < 1:
        return [*problems, "metadata pdf-total-pages missing"]
    spans = attributes.get("pdf_page_numbers")
    if not isinstance(spans, list) or len(spans) != pages:
        problems.append("pdf_page_numbers does not have one span per page")
    elif any(
        not (isinstance(s, list) and len(s) == 3 and 0 <= s[0] <= s[1] <= len(text)) or (i and s[0] != spans[i - 1][1])
        for i, s in enumerate(spans)
    ):
        problems.append("pdf_page_numbers spans are not contiguous within the text")
    engines = attributes.get("olmocr_page_engine")
    if engines is not None and (
        not isinstance(spans, list)
        or not isinstance(engines, list)
        or [e[:2] for e in engines if isinstance(e, list)] != [s[:2] for s in spans if isinstance(s, list)]
        or any(len(e) != 3 or e[2] not in PAGE_ENGINES for e in engines)
    ):
        problems.append("olmocr_page_engine is not one [start, end, engine] per pdf_page_numbers span")
    for name in _ATTRIBUTE_LISTS:
        values = attributes.get(name)
        if not isinstance(values, list) or len(values) != pages:
            problems.append(f"attribute {name} does not have one value per page")
    fallback = metadata.get("total-fallback-pages", 0)
    if fallback / pages > max_page_error_rate:
        problems.append(f"{fallback} of {pages} pages fell back, above max_page_error_rate {max_page_error_rate}")
    return problems
