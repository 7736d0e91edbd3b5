"""A page's primary language from its text, for engines that do not ask a model (the cpu engine): lingua,
built once per process for a small set of languages, in its low-accuracy mode (trigrams only: loads in
about 0.1 s, and a page's worth of text is far longer than the short snippets high accuracy is for)."""

from __future__ import annotations

import functools

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# ISO 639-1 codes, as olmOCR's model answers them: the languages of most of the pages olmOCR is run on.
DETECTED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
# Fewer letters than this say nothing reliable about a language (page numbers, a caption).
MIN_LETTERS = 40


@functools.cache
def language_detector(codes: tuple[str, ...] = DETECTED_LANGUAGES) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str | None, codes: tuple[str, ...] = DETECTED_LANGUAGES) -> str | None:
    """The ISO 639-1 code of ``text``'s language among ``codes``; None when there is too little text to say."""
    if not text or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return None
    found = language_detector(codes).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else None
