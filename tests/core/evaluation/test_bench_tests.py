"""olmOCR-Bench unit tests: each type passes and fails on crafted markdown; loading names bad lines; scoring
counts skipped math apart; the cpu engine scores plausibly on a generated bench folder."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest

from olmocr_core.engines.config import EngineConfig
from olmocr_core.evaluation import fuzzy
from olmocr_core.evaluation.bench_tests import (
    InvalidBenchTest,
    TestResult,
    ending_repeats,
    load_bench_tests,
    normalize_text,
    parse_bench_test,
    score_pages,
)
from olmocr_core.evaluation.benchmark import evaluate_engine_on_bench, load_bench_folder
from olmocr_core.evaluation.tables import html_tables, markdown_tables
from tests.support import bench_pages


def make(kind: str, **fields) -> object:
    return parse_bench_test({"pdf": "doc.pdf", "page": 1, "id": "t", "type": kind, **fields})


def run(kind: str, markdown: str, **fields) -> TestResult:
    return make(kind, **fields).run(markdown)


# ---------------------------------------------------------------------------------------------- fuzzy


def _dp_distance(a: str, b: str, *, substring: bool) -> int:
    """Textbook dynamic programme: the reference the bit-parallel version must agree with."""
    previous = [0] * (len(b) + 1) if substring else list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return min(previous) if substring else previous[-1]


def test_bit_parallel_distances_agree_with_the_textbook_dynamic_programme() -> None:
    rng = random.Random(7)
    for _ in range(500):
        a = "".join(rng.choice("abc ") for _ in range(rng.randint(1, 9)))
        b = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 14)))
        assert fuzzy.levenshtein(a, b) == _dp_distance(a, b, substring=False), (a, b)
        assert fuzzy.best_substring_distance(a, b) == _dp_distance(a, b, substring=True), (a, b)


def test_match_starts_finds_every_fuzzy_occurrence() -> None:
    text = "xx colour yy color zz"
    assert fuzzy.match_starts("color", text, 0) == [13]
    starts = fuzzy.match_starts("color", text, 1)
    assert 3 in starts and 13 in starts  # "colour" needs one deletion
    assert fuzzy.match_starts("purple", text, 1) == []


def test_a_long_pattern_in_a_long_text_is_fast() -> None:
    text = "lorem ipsum dolor sit amet " * 400
    assert fuzzy.best_substring_distance("dolor sit amet, consectetur adipiscing elit", text) > 5


# ---------------------------------------------------------------------------------------------- normalising


def test_normalisation_unwraps_emphasis_and_folds_typography() -> None:
    assert normalize_text("**Bold**  and _it_\n<br/>“quoted” — dash") == 'Bold and it "quoted" - dash'


# ---------------------------------------------------------------------------------------------- present/absent


def test_present_passes_exactly_and_within_max_diffs_only() -> None:
    markdown = "The **quick** brown fox\njumps over the lazy dog."
    assert run("present", markdown, text="quick brown fox jumps").passed
    assert not run("present", markdown, text="quick brown fax jumps").passed
    assert run("present", markdown, text="quick brown fax jumps", max_diffs=1).passed
    assert not run("present", markdown, text="quick brawn fax jumps", max_diffs=1).passed
    failure = run("present", markdown, text="purple elephant")
    assert failure.passed is False and "not found" in failure.explanation


def test_present_is_case_sensitive_unless_told_otherwise() -> None:
    assert not run("present", "Hello World", text="hello world").passed
    assert run("present", "Hello World", text="hello world", case_sensitive=False).passed


def test_first_n_and_last_n_limit_where_text_is_looked_for() -> None:
    markdown = "Header line. " + "filler " * 50 + "Footer line."
    assert run("present", markdown, text="Header line", first_n=20).passed
    assert not run("present", markdown, text="Footer line", first_n=20).passed
    assert run("present", markdown, text="Footer line", last_n=20).passed
    assert not run("absent", markdown, text="Header line", first_n=20).passed
    assert run("absent", markdown, text="Header line", last_n=20).passed
    both = {"first_n": 15, "last_n": 15}
    assert (
        run("present", markdown, text="Header", **both).passed
        and run("present", markdown, text="Footer", **both).passed
    )


def test_absent_fails_when_the_text_is_there_even_fuzzily() -> None:
    markdown = "Page 3 of 10\n\nBody text."
    assert not run("absent", markdown, text="Page 3 of 10").passed
    assert run("absent", markdown, text="Page 4 of 11").passed
    assert not run("absent", markdown, text="Page 4 of 10", max_diffs=1).passed


# ---------------------------------------------------------------------------------------------- order


def test_order_needs_before_to_start_before_after() -> None:
    markdown = "Introduction comes first. Then the Methods section. Finally the Results."
    assert run("order", markdown, before="Introduction", after="Results").passed
    reversed_order = run("order", markdown, before="Results", after="Introduction")
    assert reversed_order.passed is False and "does not appear before" in reversed_order.explanation
    assert run("order", markdown, before="Introductoin", after="Results", max_diffs=2).passed
    missing = run("order", markdown, before="Discussion", after="Results")
    assert missing.passed is False and "not found" in missing.explanation


def test_order_passes_when_some_occurrence_is_in_order() -> None:
    assert run("order", "B then A then B", before="A", after="B").passed


# ---------------------------------------------------------------------------------------------- tables

HTML_TABLE = """Intro
<table>
  <thead><tr><th>Name</th><th>Pages</th><th>Score</th></tr></thead>
  <tbody>
    <tr><td>edgar</td><td>1</td><td>0.91</td></tr>
    <tr><td rowspan="2">dolma</td><td>2</td><td>0.87</td></tr>
    <tr><td>3</td><td>0.5</td></tr>
    <tr><td colspan="2">total</td><td>2.28</td></tr>
  </tbody>
</table>"""

PIPE_TABLE = """Results:

| Name | Pages | Score |
|------|-------|-------|
| edgar | 1 | 0.91 |
| dolma | 2 | 0.87 |
"""


@pytest.mark.parametrize("markdown", [HTML_TABLE, PIPE_TABLE], ids=["html", "pipe"])
def test_table_cell_and_neighbours(markdown: str) -> None:
    assert run("table", markdown, cell="0.91").passed
    assert run("table", markdown, cell="0.91", up="Score", down="0.87", left="1").passed
    assert run("table", markdown, cell="1", right="0.91", top_heading="Pages", left_heading="edgar").passed
    wrong = run("table", markdown, cell="0.91", left="2")
    assert wrong.passed is False and "left" in wrong.explanation
    assert not run("table", markdown, cell="0.99").passed
    assert run("table", markdown, cell="0.99", max_diffs=1).passed


def test_html_spans_give_several_neighbours() -> None:
    # "dolma" spans two rows: both 2 and 3 are to its right; "total" spans two columns above nothing.
    assert run("table", HTML_TABLE, cell="dolma", right="3").passed
    assert run("table", HTML_TABLE, cell="dolma", right="2").passed
    assert run("table", HTML_TABLE, cell="total", up="3").passed
    assert run("table", HTML_TABLE, cell="total", up="dolma").passed
    assert run("table", HTML_TABLE, cell="2.28", left="total", top_heading="Score").passed


def test_table_test_fails_without_a_table_and_can_ignore_pipe_tables() -> None:
    assert run("table", "no table here | just a pipe", cell="x").explanation == "no table found"
    assert not run("table", PIPE_TABLE, cell="0.91", ignore_markdown_tables=True).passed
    assert len(markdown_tables(PIPE_TABLE)) == 1 and html_tables(PIPE_TABLE) == []


def test_unclosed_html_cells_and_tables_still_parse() -> None:
    (table,) = html_tables("<table><tr><td>a<td>b<tr><td>c<td>d")
    assert sorted(table.cells.values()) == ["a", "b", "c", "d"]


# ---------------------------------------------------------------------------------------------- baseline


def test_baseline_fails_blank_repeating_and_disallowed_text() -> None:
    assert run("baseline", "A normal page of text.").passed
    assert run("baseline", "   \n\n ").explanation == "no letters or digits"
    looping = "Real text. " + "la " * 40
    assert ending_repeats(looping)[2] == 40
    assert not run("baseline", looping).passed
    assert run("baseline", looping, max_repeats=50).passed
    assert not run("baseline", "Text with 漢字 in it").passed
    assert not run("baseline", "Text with a \x07 bell").passed
    assert run("baseline", "Text with 漢字 in it", check_disallowed_characters=False).passed


def test_baseline_max_length_is_a_blank_page_check() -> None:
    assert run("baseline", "", max_length=5).passed
    assert not run("baseline", "Plenty of words here", max_length=5).passed
    image = "![A long description of the chart](page_1_2_3_4.png)"
    assert not run("baseline", image, max_length=5).passed
    assert run("baseline", image, max_length=5, max_length_skips_image_alt_tags=True).passed


# ---------------------------------------------------------------------------------------------- math


def test_math_passes_on_exact_equation_fails_without_any_and_is_skipped_otherwise() -> None:
    assert run("math", r"Energy: \(E = mc^2\) here", math="E = mc^2").passed
    assert run("math", r"$$\frac{a}{b}$$", math=r"\frac{a}{b}").passed
    assert run("math", "no equations at all", math="E = mc^2").passed is False
    skipped = run("math", r"\[E=m c^{2}\]", math="E = mc^2")
    assert skipped.passed is None and skipped.skipped and "no renderer" in skipped.explanation
    assert run("math", "$E = mc^2$", math="E = mc^2", ignore_dollar_delimited=True).passed is False


# ---------------------------------------------------------------------------------------------- loading


def test_load_reads_every_type_from_a_file(tmp_path: Path) -> None:
    path = bench_pages.write_bench(tmp_path) / "text_tests.jsonl"
    tests = load_bench_tests(path)
    assert [t.id for t in tests] == [t["id"] for t in bench_pages.TEXT_TESTS]
    assert {t.type for t in tests} == {"present", "absent", "order", "baseline", "math"}
    assert all(t.source == "text_tests.jsonl" for t in tests)
    # Written back, a test is its JSON object with the defaults filled in: it loads again as the same test.
    written = tests[0].to_dict()
    assert bench_pages.TEXT_TESTS[0].items() <= written.items() and written["case_sensitive"] is True
    (again,) = load_bench_tests([json.dumps(written)])
    assert dataclasses.replace(again, source=tests[0].source) == tests[0]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "Expecting value"),
        ('{"pdf": "a.pdf", "page": 1, "id": "x", "type": "format", "text": "a"}', "type 'format' is not one of"),
        ('{"pdf": "a.pdf", "page": 1, "id": "x", "type": "present"}', "missing field(s) text"),
        (
            '{"pdf": "a.pdf", "page": 1, "id": "x", "type": "present", "text": "a", "colour": 1}',
            "unknown field(s) colour",
        ),
        ('{"pdf": "a.pdf", "page": "1", "id": "x", "type": "present", "text": "a"}', "page must be int"),
        ('{"pdf": "a.pdf", "page": 0, "id": "x", "type": "present", "text": "a"}', "page must be 1 or more"),
        (
            '{"pdf": "a.pdf", "page": 1, "id": "x", "type": "present", "text": "a", "max_diffs": true}',
            "max_diffs must be int",
        ),
        (
            '{"pdf": "a.pdf", "page": 1, "id": "x", "type": "order", "before": "ab", "after": "cd", "max_diffs": 2}',
            "more than half",
        ),
        ('{"pdf": "a.pdf", "page": 1, "id": "x", "type": "table", "cell": " "}', "cell must not be empty"),
    ],
)
def test_a_bad_test_is_an_error_naming_its_line(line: str, reason: str) -> None:
    good = json.dumps({"pdf": "a.pdf", "page": 1, "id": "ok", "type": "baseline"})
    with pytest.raises(InvalidBenchTest) as error:
        load_bench_tests([good, "", line])
    assert str(error.value).startswith("<lines>:3: ") and reason in str(error.value)


def test_repeated_ids_are_refused(tmp_path: Path) -> None:
    line = json.dumps({"pdf": "a.pdf", "page": 1, "id": "same", "type": "baseline"})
    path = tmp_path / "t.jsonl"
    path.write_text(f"{line}\n{line}\n")
    with pytest.raises(InvalidBenchTest, match=r"t\.jsonl:2: test id 'same' repeats line 1"):
        load_bench_tests(path)


# ---------------------------------------------------------------------------------------------- scoring


def test_score_counts_skipped_math_apart_and_fails_missing_pages() -> None:
    tests = load_bench_tests(
        [
            json.dumps({"pdf": "a.pdf", "page": 1, "id": "p", "type": "present", "text": "hello"}),
            json.dumps({"pdf": "a.pdf", "page": 1, "id": "m", "type": "math", "math": "x^2"}),
            json.dumps({"pdf": "a.pdf", "page": 2, "id": "q", "type": "present", "text": "bye"}),
        ]
    )
    score = score_pages(tests, {("a.pdf", 1): r"hello \(x^{2}\)"})
    assert score.totals.to_dict() == {"passed": 1, "failed": 1, "skipped": 1, "rate": 0.5}
    assert score.by_type["math"].rate is None and score.by_type["math"].skipped == 1
    assert [o.test.id for o in score.failures()] == ["q"]
    assert "no markdown for a.pdf page 2" in score.failures()[0].result.explanation
    table = score.markdown_table()
    assert "| math | n/a | 0 | 0 | 1 |" in table and "| **all** | 50.0 % | 1 | 1 | 1 |" in table
    assert json.loads(json.dumps(score.to_dict()))["tests"][1]["passed"] is None


def test_the_headline_score_is_the_mean_over_test_files(tmp_path: Path) -> None:
    folder = load_bench_folder(bench_pages.write_bench(tmp_path))
    perfect = score_pages(folder.tests, bench_pages.IDEAL_MARKDOWN)
    assert perfect.totals.failed == 0 and perfect.overall == 1.0
    # Lose the table page only: table_tests.jsonl scores 0, the others stay perfect.
    without_table = {k: v for k, v in bench_pages.IDEAL_MARKDOWN.items() if k[0] != bench_pages.TABLE_PDF}
    score = score_pages(folder.tests, without_table)
    assert score.by_source["table_tests.jsonl"].rate == 0.0
    assert score.overall == 0.5  # the mean of 1.0 and 0.0, where the share of all tests passed is 10 of 15
    assert score.totals.rate == pytest.approx(10 / 15)


def test_a_bench_folder_gets_default_baselines_and_checks_its_pdfs(tmp_path: Path) -> None:
    root = bench_pages.write_bench(tmp_path)
    folder = load_bench_folder(root)
    assert folder.pages == [("report.pdf", 1), ("report.pdf", 2), ("table.pdf", 1)]
    assert [t.id for t in folder.tests if t.source == "baseline"] == []  # both PDFs have baselines already
    (root / "extra.jsonl").write_text(json.dumps({"pdf": "missing.pdf", "page": 1, "id": "z", "type": "baseline"}))
    with pytest.raises(InvalidBenchTest, match="'missing.pdf', which is not in pdfs/"):
        load_bench_folder(root)
    (root / "extra.jsonl").write_text(
        json.dumps({"pdf": "table.pdf", "page": 1, "id": "report-title", "type": "baseline"})
    )
    with pytest.raises(InvalidBenchTest, match="repeated across files: report-title"):
        load_bench_folder(root)
    (root / "extra.jsonl").write_text(
        json.dumps({"pdf": "table.pdf", "page": 1, "id": "x", "type": "absent", "text": "y"})
    )
    (root / "table_tests.jsonl").unlink()
    folder = load_bench_folder(root)
    assert [t.id for t in folder.tests if t.source == "baseline"] == ["table.pdf_baseline"]


def test_the_cpu_engine_scores_plausibly_on_the_generated_bench(tmp_path: Path) -> None:
    score = evaluate_engine_on_bench(bench_pages.write_bench(tmp_path), EngineConfig(engine="cpu", render_workers=1))
    results = {outcome.test.id: outcome.result for outcome in score.outcomes}
    # The text layer holds every word and the ruled table: text, order and table tests pass ...
    for rate in ("present", "order", "table", "baseline"):
        assert score.by_type[rate].rate == 1.0, score.markdown_table()
    # ... but a text layer has no LaTeX: the equation is missing, which is a failure, not a skip.
    assert results["report-math"].passed is False
    assert 0.5 < score.overall < 1.0 and 0.5 < score.totals.rate < 1.0
