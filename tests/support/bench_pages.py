"""A small olmOCR-Bench folder made offline: PDF pages with known content and unit tests of every type.

``write_bench(directory)`` writes ``directory/pdfs/*.pdf`` and two test files (olmOCR-Bench scores each JSONL
file apart), and returns the folder. ``IDEAL_MARKDOWN`` is a perfect conversion of every tested page, on which
every test passes (its equation is written exactly as the math test's reference, so no renderer is needed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from tests.support import pdfgen

LETTER = (612, 792)
RUNNING_HEADER = "ACME Corporation internal memo"  # on the page; olmOCR wants headers left out
TITLE = "Quarterly Report on Widgets"
FIRST_PARAGRAPH = "Sales of blue widgets rose sharply in the spring."
SECOND_PARAGRAPH = "Returns of red widgets fell during the summer."
TABLE_CAPTION = "Table 1: Units by region"
TABLE_HEADER = ("Region", "Units", "Growth")
TABLE_ROWS = (("North", "1200", "4.5"), ("South", "830", "2.1"), ("West", "990", "3.3"))
SECOND_PAGE_TEXT = "Appendix notes follow the quarterly figures."
EQUATION = r"E = m c^{2}"

REPORT_PDF = "report.pdf"
TABLE_PDF = "table.pdf"  # the name pdfgen.write_table gives its file


def _write_report(path: Path) -> None:
    """Two pages: a running header, a title and two paragraphs in reading order; then an appendix page."""
    doc = pymupdf.open()
    page = doc.new_page(width=LETTER[0], height=LETTER[1])
    page.insert_text((72, 40), RUNNING_HEADER, fontsize=9)
    page.insert_text((72, 120), TITLE, fontsize=20)
    page.insert_text((72, 180), FIRST_PARAGRAPH, fontsize=12)
    page.insert_text((72, 220), SECOND_PARAGRAPH, fontsize=12)
    page.insert_text((72, 260), "Energy follows E = mc2 in this memo.", fontsize=12)
    second = doc.new_page(width=LETTER[0], height=LETTER[1])
    second.insert_text((72, 120), SECOND_PAGE_TEXT, fontsize=12)
    doc.save(path)
    doc.close()


def _test(pdf: str, page: int, test_id: str, kind: str, **fields: object) -> dict:
    return {"pdf": pdf, "page": page, "id": test_id, "type": kind, "max_diffs": 0, **fields}


TEXT_TESTS = (
    _test(REPORT_PDF, 1, "report-title", "present", text=TITLE),
    _test(
        REPORT_PDF, 1, "report-fuzzy", "present", text="Sales of blue widgets rose sharpl in the spring", max_diffs=2
    ),
    _test(REPORT_PDF, 1, "report-case", "present", text="quarterly report on widgets", case_sensitive=False),
    _test(REPORT_PDF, 1, "report-header-absent", "absent", text=RUNNING_HEADER),
    _test(REPORT_PDF, 1, "report-no-lorem", "absent", text="Lorem ipsum dolor"),
    _test(REPORT_PDF, 1, "report-order", "order", before=FIRST_PARAGRAPH, after=SECOND_PARAGRAPH),
    _test(REPORT_PDF, 1, "report-baseline", "baseline"),
    _test(REPORT_PDF, 1, "report-math", "math", math=EQUATION),
    _test(REPORT_PDF, 2, "appendix-present", "present", text=SECOND_PAGE_TEXT),
    _test(REPORT_PDF, 2, "appendix-baseline", "baseline"),
)
TABLE_TESTS = (
    _test(TABLE_PDF, 1, "table-cell", "table", cell="830"),
    _test(TABLE_PDF, 1, "table-neighbours", "table", cell="990", up="830", left="West", right="3.3"),
    _test(TABLE_PDF, 1, "table-headings", "table", cell="4.5", top_heading="Growth", left_heading="North"),
    _test(TABLE_PDF, 1, "table-caption", "present", text=TABLE_CAPTION),
    _test(TABLE_PDF, 1, "table-baseline", "baseline"),
)


def _html_table() -> str:
    head = "".join(f"<th>{cell}</th>" for cell in TABLE_HEADER)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE_ROWS)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


IDEAL_MARKDOWN = {
    (REPORT_PDF, 1): (
        f"# {TITLE}\n\n{FIRST_PARAGRAPH}\n\n{SECOND_PARAGRAPH}\n\nEnergy follows \\({EQUATION}\\) in this memo."
    ),
    (REPORT_PDF, 2): SECOND_PAGE_TEXT,
    (TABLE_PDF, 1): f"{TABLE_CAPTION}\n\n{_html_table()}",
}


def write_bench(directory: Path) -> Path:
    """Write the bench folder (pdfs/ and text_tests.jsonl, table_tests.jsonl) into ``directory``."""
    pdfs = directory / "pdfs"
    pdfs.mkdir(parents=True, exist_ok=True)
    _write_report(pdfs / REPORT_PDF)
    pdfgen.write_table(pdfs, TABLE_HEADER, TABLE_ROWS, caption=TABLE_CAPTION)
    for name, tests in (("text_tests.jsonl", TEXT_TESTS), ("table_tests.jsonl", TABLE_TESTS)):
        (directory / name).write_text("".join(json.dumps(test) + "\n" for test in tests))
    return directory


def write_learnable_bench(directory: Path) -> Path:
    """The generated pages, each tested for the pieces of what the tiny model says and for not being garbage.
    At a high sampling temperature its sentence often breaks: GRPO can make it hold, piece by piece."""
    root = write_bench(directory)
    for path in root.glob("*.jsonl"):
        path.unlink()
    tests = []
    for pdf, page in [("report.pdf", 1), ("report.pdf", 2), ("table.pdf", 1)]:
        pieces = [{"type": "present", "text": text} for text in ("Hello", "from the", "tiny model.")]
        for number, test in enumerate([*pieces, {"type": "baseline"}]):
            tests.append({"pdf": pdf, "page": page, "id": f"{pdf}-{page}-{number}", **test})
    (root / "tests.jsonl").write_text("".join(json.dumps(test) + "\n" for test in tests))
    return root
