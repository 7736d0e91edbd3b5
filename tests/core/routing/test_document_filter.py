"""olmOCR's document filter on generated PDFs: each reason to drop (form, language, SEO spam), each reason to
keep (chosen language, too little text, too few letters), and through a real group: a filtered document is
in the report with its reason, in no output, and sent to no engine."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pymupdf
import pytest

from olmocr_core.common.errors import OlmocrError
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.routing.document_filter import DocumentFilter
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions, process_group
from olmocr_core.work.workspace import Workspace

ENGLISH = (
    "The committee reviewed the annual report on regional water quality. Measurements were taken every month "
    "at forty stations along the river, and the results show a steady improvement since the new treatment "
    "plant opened. The authors recommend continued monitoring and a study of the remaining sources of runoff. "
)
GERMAN = (
    "Der Ausschuss hat den Jahresbericht über die Wasserqualität in der Region geprüft. Die Messungen wurden "
    "jeden Monat an vierzig Stellen entlang des Flusses durchgeführt, und die Ergebnisse zeigen eine stetige "
    "Verbesserung seit der Eröffnung der neuen Kläranlage. Die Autoren empfehlen eine weitere Überwachung. "
)
SPAM = "Download free PDF ebook of the annual report. Save the file and download the epub or mobi for free. "


def write_text_pdf(path: Path, text: str, form: bool = False) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    assert page.insert_textbox(pymupdf.Rect(50, 50, 560, 600), text, fontsize=10) >= 0
    if form:
        widget = pymupdf.Widget()
        widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        widget.field_name = "name"
        widget.rect = pymupdf.Rect(50, 650, 300, 680)
        page.add_widget(widget)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("filter")
    return {
        "english": write_text_pdf(folder / "english.pdf", ENGLISH * 3),
        "german": write_text_pdf(folder / "german.pdf", GERMAN * 3),
        "spam": write_text_pdf(folder / "spam.pdf", (ENGLISH + SPAM) * 2),
        "form": write_text_pdf(folder / "form.pdf", ENGLISH * 3, form=True),
        "short": write_text_pdf(folder / "short.pdf", "Kurzer deutscher Text."),  # too little text to judge
        "numbers": write_text_pdf(folder / "numbers.pdf", "Tabelle 1: " + " ".join(str(n * 7) for n in range(200))),
    }


def reason(documents: dict[str, Path], name: str, languages=("en",)) -> str | None:
    with pymupdf.open(documents[name]) as doc:
        return DocumentFilter(languages).reason(doc)


def test_each_reason_to_drop(documents):
    assert reason(documents, "form") == "form: the PDF has text form fields"
    assert reason(documents, "german").startswith("language: de (German), not one of en")
    assert reason(documents, "spam").startswith("SEO or download spam:")


def test_each_reason_to_keep(documents):
    assert reason(documents, "english") is None
    assert reason(documents, "short") is None  # under 200 characters: too little to judge
    assert reason(documents, "numbers") is None  # under half letters: perhaps badly OCR'd, kept
    assert reason(documents, "german", ("en", "de")) is None  # a collection that keeps German


def test_unknown_language_codes_are_refused():
    with pytest.raises(OlmocrError, match="'xx' is not an ISO 639-1 code"):
        DocumentFilter(["en", "xx"])


@pytest.mark.slow  # the cpu engine loads its layout model
def test_filtered_documents_are_recorded_and_never_converted(documents, tmp_path):
    paths = tuple(str(documents[name]) for name in ("english", "german", "spam", "form"))
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    options = GroupOptions(apply_filter=True, filter_languages=("en",))

    async def go():
        engine = CpuEngine(workers=1)
        seen = []
        try:
            report = await process_group(PageGroup("g1", paths), engine, workspace, Storage(), options, seen.append)
        finally:
            await engine.close()
        return report, seen

    report, seen = asyncio.run(go())
    assert {Path(f["source"]).name: f["reason"].split(":")[0] for f in report.filtered} == {
        "german.pdf": "language",
        "spam.pdf": "SEO or download spam",
        "form.pdf": "form",
    }
    assert all(f["pages"] == 1 for f in report.filtered)
    assert report.documents == 1 and report.pages == 1 and len(seen) == 1  # only english.pdf reached the engine
    output = workspace.output_path("g1")
    written = decode_jsonl(Path(output).read_bytes(), output)
    assert [Path(d["metadata"]["Source-File"]).name for d in written] == ["english.pdf"]
    saved = json.loads(Path(workspace.report_path("g1")).read_text())
    assert len(saved["filtered"]) == 3
