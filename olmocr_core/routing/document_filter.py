"""olmOCR's document filter (``--apply_filter``, olmocr/filter/filter.py), on PyMuPDF instead of pypdf and
pdftotext: drop PDF forms, documents in other languages, and SEO or download spam; keep a document with too
little text to judge.

Its rules, in its order: a PDF with text form fields is a form. The first five pages' text is judged: under
200 characters, or under half letters (perhaps badly OCR'd), it is kept. Then its language must be one of the
chosen ones (a language lingua cannot name is kept, as olmOCR keeps None). Then the share of SEO words
("download", "pdf", "free", "casino", ...) among its words must not exceed 0.004.

The language detector (``formats.language``) is built once per process, for the chosen languages and a few widely
used others to tell them from (a detector knowing only English would call every text English); all 75 of lingua's
languages would take many seconds to load.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from olmocr_core.common.errors import OlmocrError
from olmocr_core.formats.language import language_code, language_detector
from olmocr_core.rendering import pdf

if TYPE_CHECKING:  # at run time pymupdf comes through rendering.pdf, which imports it first (see there)
    import pymupdf

FILTER_PAGES = 5
MIN_TEXT_CHARS = 200
MIN_LETTER_SHARE = 0.5
SPAM_THRESHOLD = 0.004
SEO_WORDS = frozenset(
    {"download", "pdf", "epub", "mobi", "free", "ebook", "file", "save", "casino", "viagra", "cialis", "ciprofloxacin"}
)
# What a chosen language is told apart from (ISO 639-1): the most used languages of web PDFs.
CONTRAST_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja", "ar", "pl")


class DocumentFilter:
    """Which documents to read: ``reason(document)`` says why one is dropped, or None to keep it."""

    def __init__(self, languages: Iterable[str] = ("en",)):
        self.languages = tuple(sorted({code.lower() for code in languages}))
        if not self.languages:
            raise OlmocrError("the document filter needs at least one language to keep (filter_languages)")
        try:  # unknown codes fail here, before any document is read
            self._detector()
        except OlmocrError as exc:
            raise OlmocrError(f"filter languages {', '.join(self.languages)}: {exc}") from exc

    def _detector(self):
        return language_detector(tuple(sorted({*self.languages, *CONTRAST_LANGUAGES})), low_accuracy=False)

    def reason(self, document: pymupdf.Document) -> str | None:
        if _has_text_fields(document):
            return "form: the PDF has text form fields"
        text = "".join(document[i].get_text() for i in range(min(FILTER_PAGES, document.page_count)))
        return self.text_reason(text)

    def text_reason(self, text: str) -> str | None:
        """The language and spam rules on the first pages' text."""
        if len(text) < MIN_TEXT_CHARS or sum(c.isalpha() for c in text) / len(text) < MIN_LETTER_SHARE:
            return None  # too little (readable) text to judge: kept, as olmOCR does
        language = self._detector().detect_language_of(text)
        if language is not None:
            code = language_code(language)
            if code not in self.languages:
                return f"language: {code} ({language.name.title()}), not one of {', '.join(self.languages)}"
        words = re.sub(r"\W+", " ", text.strip().lower()).split()
        counts = Counter(words)
        seo = sum(counts[word] for word in SEO_WORDS)
        if words and seo / len(words) > SPAM_THRESHOLD:
            return f"SEO or download spam: {seo} of {len(words)} words are SEO words"
        return None


def _has_text_fields(document: pymupdf.Document) -> bool:
    if not document.is_pdf or not document.is_form_pdf:
        return False
    return any(
        widget.field_type == pdf.pymupdf.PDF_WIDGET_TYPE_TEXT for page in document for widget in (page.widgets() or ())
    )
