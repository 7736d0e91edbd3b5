"""A text's language with lingua: one place that builds its detectors, once per process per set of languages.

The cpu engine names each page's primary language (``detect_language``: a small set, in lingua's low-accuracy
mode, trigrams only, which loads in about 0.1 s; a page's worth of text is far longer than the short snippets
high accuracy is for). The document filter (``routing.document_filter``) judges a document's first pages with a
detector of its own languages in the full mode.
"""

from __future__ import annotations

import functools

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from olmocr_core.common.errors import OlmocrError

# ISO 639-1 codes, as olmOCR's model answers them: the languages of most of the pages olmOCR is run on.
DETECTED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# Fewer letters than this say nothing reliable about a language (page numbers, a caption).
MIN_LETTERS = 40


@functools.lru_cache(maxsize=8)
def language_detector(codes: tuple[str, ...] = DETECTED_LANGUAGES, low_accuracy: bool = True) -> LanguageDetector:
    """A detector that tells ``codes`` (ISO 639-1) apart; an unknown code is an error that names it."""
    builder = LanguageDetectorBuilder.from_languages(*(_language(code) for code in codes))
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def _language(code: str) -> Language:
    iso = getattr(IsoCode639_1, code.upper(), None)
    if iso is None:
        raise OlmocrError(f"language {code!r} is not an ISO 639-1 code lingua knows")
    return Language.from_iso_code_639_1(iso)


def language_code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def detect_language(text: str | None, codes: tuple[str, ...] = DETECTED_LANGUAGES) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``codes``; None when there is too little text to say."""
    if not text or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    found = language_detector(codes).detect_language_of(text)
    return language_code(found) if found is not None else None
