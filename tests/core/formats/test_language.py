"""A page's language from its text (the cpu engine's primary_language)."""

from olmocr_core.formats.language import detect_language, language_detector

GERMAN = "Die Sitzung des Hafenausschusses wurde um neun Uhr eröffnet und die Rechnung ist im März fällig."
ENGLISH = "Minutes of the harbour board meeting: the session opened at nine and the invoice is due in March."
FRENCH = "Le procès-verbal de la réunion du conseil portuaire indique que la facture est due en mars prochain."


def test_a_pages_language_is_its_iso_code():
    assert [detect_language(text) for text in (ENGLISH, GERMAN, FRENCH)] == ["en", "de", "fr"]


def test_too_little_text_has_no_language():
    assert detect_language("") is None and detect_language(None) is None and detect_language("Page 12 of 340") is None


def test_the_detector_is_built_once_per_process_and_set_of_languages():
    assert language_detector() is language_detector()
    assert detect_language(GERMAN, ("en", "fr")) in ("en", "fr")  # only what it was built for
