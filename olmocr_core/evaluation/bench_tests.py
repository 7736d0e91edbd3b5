"""olmOCR-Bench unit tests: load them from JSONL, run them on a page's markdown, score a set of pages.

A bench is a set of PDF pages and, in JSON Lines, facts about each page that a good conversion shows: a text
is present (or absent, like a header), two texts are in order, a cell sits in a table beside given cells, the
text is not garbage, an equation is there. Common fields: ``pdf``, ``page`` (1-based), ``id``, ``type``,
``max_diffs`` (edits allowed when matching), ``checked``, ``url``.

Matching follows olmOCR-Bench (``olmocr.bench.tests``), with these documented differences:

* Fuzzy matching is Levenshtein distance <= ``max_diffs`` everywhere (olmocr_core.evaluation.fuzzy):
  olmOCR uses rapidfuzz's partial_ratio >= 1 - max_diffs/len for present/absent, which counts a substitution
  as two edits; with max_diffs 0 (most tests) both are exact substring matching.
* A table cell matches within ``min(max_diffs, len/2)`` edits (olmOCR: ratio >= max(0.5, 1 - max_diffs/len)).
* ``baseline`` also refuses control characters (other than tab and newlines) when
  ``check_disallowed_characters`` is on, besides CJK ideographs, kana and emoji.
* ``math`` needs a LaTeX renderer to compare equations that are written differently (olmOCR renders both with
  KaTeX in Chromium). Without one, a test passes when an equation in the markdown is exactly the reference
  (olmOCR's own first check), fails when the markdown has no equation at all, and is otherwise *skipped*
  (``passed`` None): a skipped test counts neither as a pass nor as a failure.
* ``format`` and ``footnote`` tests (newer olmOCR versions) are not supported: loading one is an error.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from olmocr_core.common.errors import ConfigError
from olmocr_core.evaluation import fuzzy
from olmocr_core.evaluation.tables import html_tables, markdown_tables


class InvalidBenchTest(ConfigError):
    """A bench test definition is malformed; the message names the file, line and field."""


# ---------------------------------------------------------------------------------------------- normalising

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_EMPHASIS = re.compile(r"</?[bi]>")
_BOLD = re.compile(r"(\*\*|__)(.*?)\1")
_ITALIC = re.compile(r"(\*|_)(.*?)\1")
_WHITESPACE = re.compile(r"\s+")
_ASCII_FOR = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\uff3f": "_",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u00b5": "\u03bc",  # the micro sign and the Greek mu look the same on a page
    }
)


def normalize_text(text: str) -> str:
    """olmOCR-Bench's normalisation: <br> as a space, markdown/HTML bold and italics unwrapped, whitespace
    collapsed, Unicode NFC, typographic quotes and dashes as ASCII."""
    text = _BR.sub(" ", text)
    text = _HTML_EMPHASIS.sub("", text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\2", text)
    text = _WHITESPACE.sub(" ", text)
    return unicodedata.normalize("NFC", text).translate(_ASCII_FOR)


# ---------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class TestResult:
    """passed: True or False, or None when the test could not be decided here (skipped)."""

    __test__: ClassVar[bool] = False  # not a pytest test class

    passed: bool | None
    explanation: str = ""

    @property
    def skipped(self) -> bool:
        return self.passed is None


_PASS = TestResult(True)


def _fail(explanation: str) -> TestResult:
    return TestResult(False, explanation)


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


# ---------------------------------------------------------------------------------------------- tests


@dataclass(frozen=True, kw_only=True)
class BenchTest:
    """Fields every test has. ``source`` is the JSONL file it came from (olmOCR scores per file)."""

    __test__: ClassVar[bool] = False
    types: ClassVar[tuple[str, ...]] = ()

    pdf: str
    page: int
    id: str
    type: str
    max_diffs: int = 0
    checked: str | None = None
    url: str | None = None
    source: str = ""

    def __post_init__(self) -> None:
        _check_field_types(self)
        if not self.pdf or not self.id:
            raise ValueError("pdf and id must not be empty")
        if self.page < 1:
            raise ValueError(f"page must be 1 or more, got {self.page}")
        if self.max_diffs < 0:
            raise ValueError(f"max_diffs must be 0 or more, got {self.max_diffs}")
        if self.type not in self.types:
            raise ValueError(f"type {self.type!r} is not one of {', '.join(self.types)}")

    @property
    def key(self) -> tuple[str, int]:
        return (self.pdf, self.page)

    def run(self, markdown: str) -> TestResult:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The test as its JSONL object (without ``source``, which is where it was read from)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "source"}


@dataclass(frozen=True, kw_only=True)
class TextPresenceTest(BenchTest):
    """``present``: ``text`` appears within max_diffs edits; ``absent``: it does not. ``first_n``/``last_n``
    limit the search to the first/last N characters of the normalised markdown (both: their concatenation)."""

    types: ClassVar[tuple[str, ...]] = ("present", "absent")

    text: str
    case_sensitive: bool = True
    first_n: int | None = None
    last_n: int | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if not normalize_text(self.text).strip():
            raise ValueError("text must not be empty")
        for name in ("first_n", "last_n"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ValueError(f"{name} must be 1 or more")

    def run(self, markdown: str) -> TestResult:
        query, content = normalize_text(self.text), normalize_text(markdown)
        if not self.case_sensitive:
            query, content = query.lower(), content.lower()
        if self.first_n and self.last_n:
            content = content[: self.first_n] + content[-self.last_n :]
        elif self.first_n:
            content = content[: self.first_n]
        elif self.last_n:
            content = content[-self.last_n :]
        distance = fuzzy.best_substring_distance(query, content)
        found = distance <= self.max_diffs
        if self.type == "present":
            return _PASS if found else _fail(f"{_short(query)} not found (closest match: {distance} edits)")
        return _fail(f"{_short(query)} found ({distance} edits) but must be absent") if found else _PASS


@dataclass(frozen=True, kw_only=True)
class OrderTest(BenchTest):
    """``order``: some occurrence of ``before`` starts before some occurrence of ``after``."""

    types: ClassVar[tuple[str, ...]] = ("order",)

    before: str
    after: str

    def __post_init__(self) -> None:
        super().__post_init__()
        for name in ("before", "after"):
            value = normalize_text(getattr(self, name))
            if not value.strip():
                raise ValueError(f"{name} must not be empty")
            if self.max_diffs > len(value) // 2:  # more would match almost anything
                raise ValueError(f"max_diffs {self.max_diffs} is more than half of {name}'s length")

    def run(self, markdown: str) -> TestResult:
        content = normalize_text(markdown)
        before = fuzzy.match_starts(normalize_text(self.before), content, self.max_diffs)
        after = fuzzy.match_starts(normalize_text(self.after), content, self.max_diffs)
        if not before:
            return _fail(f"before text {_short(self.before)} not found")
        if not after:
            return _fail(f"after text {_short(self.after)} not found")
        if before[0] < after[-1]:
            return _PASS
        return _fail(f"{_short(self.before)} does not appear before {_short(self.after)}")


# Neighbour fields of a table test -> how the neighbouring cells are found.
_RELATIONS = MappingProxyType(
    {
        "up": lambda table, slot: table.neighbours(slot, "up"),
        "down": lambda table, slot: table.neighbours(slot, "down"),
        "left": lambda table, slot: table.neighbours(slot, "left"),
        "right": lambda table, slot: table.neighbours(slot, "right"),
        "top_heading": lambda table, slot: table.heading_cells(slot, "up"),
        "left_heading": lambda table, slot: table.heading_cells(slot, "left"),
    }
)


@dataclass(frozen=True, kw_only=True)
class TableTest(BenchTest):
    """``table``: a cell matching ``cell`` exists in some table (HTML or pipe) and, for every neighbour field
    given, a cell on that side matches it. Empty neighbour fields are not checked."""

    types: ClassVar[tuple[str, ...]] = ("table",)

    cell: str
    up: str = ""
    down: str = ""
    left: str = ""
    right: str = ""
    top_heading: str = ""
    left_heading: str = ""
    ignore_markdown_tables: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        if not normalize_text(self.cell).strip():
            raise ValueError("cell must not be empty")

    def run(self, markdown: str) -> TestResult:
        tables = html_tables(markdown) + ([] if self.ignore_markdown_tables else markdown_tables(markdown))
        if not tables:
            return _fail("no table found")
        target = normalize_text(self.cell)
        problems = []
        for table in tables:
            for slot, text in table.cells.items():
                if not self._matches(target, text):
                    continue
                unmet = [
                    f"{name} is not {_short(expected)}"
                    for name, expected in self._relations().items()
                    if not any(self._matches(expected, table.cells[s]) for s in _RELATIONS[name](table, slot))
                ]
                if not unmet:
                    return _PASS
                problems.append(f"cell {_short(text)}: " + ", ".join(unmet))
        if not problems:
            return _fail(f"no cell matches {_short(target)} in {len(tables)} table(s)")
        return _fail("; ".join(problems))

    def _relations(self) -> dict[str, str]:
        return {name: normalize_text(getattr(self, name)) for name in _RELATIONS if getattr(self, name)}

    def _matches(self, expected: str, cell_text: str) -> bool:
        allowed = min(self.max_diffs, len(expected) // 2)
        return fuzzy.levenshtein(expected, normalize_text(cell_text)) <= allowed


# CJK ideographs, kana and emoji (as olmOCR-Bench), and control characters other than tab/newline/CR.
_DISALLOWED = re.compile(
    "[\u4e00-\u9fff\u3040-\u309f\u30a0-\u30ff"
    "\U0001f600-\U0001f64f\U0001f300-\U0001f5ff\U0001f680-\U0001f6ff\U0001f1e0-\U0001f1ff"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)
_IMAGE_TAG = re.compile(r"!\[.*?\]\(.*?\)")
_MAX_NGRAM = 5


def ending_repeats(text: str, max_ngram: int = _MAX_NGRAM) -> list[int]:
    """For n = 1..max_ngram: how many times the text's last n characters repeat back to back at its end
    (whitespace collapsed), as olmOCR's RepeatDetector counts them. "abcabc" gives 2 for n = 3."""
    text = _WHITESPACE.sub(" ", text)
    counts = []
    for size in range(1, max_ngram + 1):
        if len(text) < size:
            counts.append(0)
            continue
        target, count, position = text[-size:], 0, len(text) - size
        while position >= 0 and text[position : position + size] == target:
            count += 1
            position -= size
        counts.append(count)
    return counts


@dataclass(frozen=True, kw_only=True)
class BaselineTest(BenchTest):
    """``baseline``: the page's text is not garbage. With ``max_length`` it is a blank-page check instead:
    at most that many letters and digits (image tags ignored with ``max_length_skips_image_alt_tags``)."""

    types: ClassVar[tuple[str, ...]] = ("baseline",)

    max_length: int | None = None
    max_length_skips_image_alt_tags: bool = False
    max_repeats: int = 30
    check_disallowed_characters: bool = True

    def run(self, markdown: str) -> TestResult:
        if self.max_length is not None:
            counted = _IMAGE_TAG.sub("", markdown) if self.max_length_skips_image_alt_tags else markdown
            length = sum(char.isalnum() for char in counted)
            if length > self.max_length:
                return _fail(f"{length} letters and digits on a page expected to hold at most {self.max_length}")
            return _PASS
        if not any(char.isalnum() for char in markdown):
            return _fail("no letters or digits")
        for size, count in enumerate(ending_repeats(markdown), start=1):
            if count > self.max_repeats:
                return _fail(f"ends with {count} repeats of a {size}-character sequence")
        if self.check_disallowed_characters:
            disallowed = sorted(set(_DISALLOWED.findall(markdown)))
            if disallowed:
                return _fail(f"disallowed characters {disallowed[:10]}")
        return _PASS


_EQUATIONS = (
    re.compile(r"\\\((.+?)\\\)", re.DOTALL),
    re.compile(r"\\\[(.+?)\\\]", re.DOTALL),
    re.compile(r"\$\$(.+?)\$\$", re.DOTALL),
    re.compile(r"\$(.+?)\$", re.DOTALL),
)


def find_equations(markdown: str, *, dollars: bool = True) -> list[str]:
    """LaTeX equations in the markdown: \\( \\), \\[ \\], and (with ``dollars``) $$ $$ and $ $, each
    delimiter style taken out before the next is looked for, as olmOCR-Bench does."""
    equations = []
    for pattern in _EQUATIONS if dollars else _EQUATIONS[:2]:
        equations += [found.strip() for found in pattern.findall(markdown)]
        markdown = pattern.sub("", markdown)
    return equations


@dataclass(frozen=True, kw_only=True)
class MathTest(BenchTest):
    """``math``: the equation ``math`` is on the page. See the module docstring for what happens without a
    LaTeX renderer."""

    types: ClassVar[tuple[str, ...]] = ("math",)

    math: str
    ignore_dollar_delimited: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.math.strip():
            raise ValueError("math must not be empty")

    def run(self, markdown: str) -> TestResult:
        equations = find_equations(markdown, dollars=not self.ignore_dollar_delimited)
        if self.math.strip() in equations:
            return _PASS
        if not equations:
            return _fail("no equation in the markdown")
        return TestResult(None, f"skipped: no renderer to compare {len(equations)} equation(s) with the reference")


TEST_CLASSES: Mapping[str, type[BenchTest]] = MappingProxyType(
    {kind: cls for cls in (TextPresenceTest, OrderTest, TableTest, BaselineTest, MathTest) for kind in cls.types}
)


# The annotation strings (``from __future__ import annotations``) of test fields -> accepted Python types.
_FIELD_TYPES: Mapping[str, tuple[type, ...]] = MappingProxyType(
    {
        "str": (str,),
        "int": (int,),
        "bool": (bool,),
        "str | None": (str, type(None)),
        "int | None": (int, type(None)),
    }
)


def _check_field_types(test: BenchTest) -> None:
    for field in dataclasses.fields(test):
        value, accepted = getattr(test, field.name), _FIELD_TYPES[field.type]
        # JSON true/false are Python bools, which are ints too: an int field must not take them.
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in accepted):
            names = " or ".join("null" if t is type(None) else t.__name__ for t in accepted)
            raise ValueError(f"{field.name} must be {names}, got {value!r}")


# ---------------------------------------------------------------------------------------------- loading


def parse_bench_test(data: Any, source: str = "") -> BenchTest:
    """One test from its JSON object. Raises ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(f"a test must be a JSON object, got {type(data).__name__}")
    kind = data.get("type")
    cls = TEST_CLASSES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError(f"type {kind!r} is not one of {', '.join(TEST_CLASSES)}")
    known = {field.name for field in dataclasses.fields(cls)} - {"source"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)} for a {kind} test")
    missing = sorted(
        field.name
        for field in dataclasses.fields(cls)
        if field.name in known
        and field.name not in data
        and field.default is dataclasses.MISSING
        and field.default_factory is dataclasses.MISSING
    )
    if missing:
        raise ValueError(f"missing field(s) {', '.join(missing)}")
    return cls(**data, source=source)


def load_bench_tests(jsonl: str | Path | Iterable[str]) -> list[BenchTest]:
    """Tests from a JSONL file (a path) or from its lines. Blank lines are skipped. A malformed line or a
    repeated id raises InvalidBenchTest naming the file (or "<lines>") and the line number."""
    if isinstance(jsonl, (str, Path)):
        path = Path(jsonl)
        try:
            lines: Iterable[str] = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidBenchTest(f"{path}: cannot be read: {exc}") from exc
        label, source = str(path), path.name
    else:
        lines, label, source = jsonl, "<lines>", ""
    tests: list[BenchTest] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            test = parse_bench_test(json.loads(line), source)
        except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            raise InvalidBenchTest(f"{label}:{number}: {exc}") from exc
        if test.id in seen:
            raise InvalidBenchTest(f"{label}:{number}: test id {test.id!r} repeats line {seen[test.id]}")
        seen[test.id] = number
        tests.append(test)
    return tests


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class TestOutcome:
    __test__: ClassVar[bool] = False

    test: BenchTest
    result: TestResult

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.test.id,
            "type": self.test.type,
            "pdf": self.test.pdf,
            "page": self.test.page,
            "source": self.test.source,
            "passed": self.result.passed,
            "explanation": self.result.explanation,
        }


@dataclass(frozen=True)
class Rate:
    """Passed out of decided (passed or failed) tests; skipped ones are counted apart."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def decided(self) -> int:
        return self.passed + self.failed

    @property
    def rate(self) -> float | None:
        """None when no test was decided: no evidence either way."""
        return self.passed / self.decided if self.decided else None

    def add(self, result: TestResult) -> Rate:
        return Rate(
            self.passed + (result.passed is True),
            self.failed + (result.passed is False),
            self.skipped + result.skipped,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "failed": self.failed, "skipped": self.skipped, "rate": self.rate}


@dataclass(frozen=True)
class BenchScore:
    """Results of a set of tests on a set of pages.

    ``overall`` is olmOCR-Bench's headline figure: the mean over JSONL files of each file's pass rate (a
    single file: its pass rate; no decided test: 0.0). ``totals`` counts every test, and its rate is the
    share of all decided tests that passed.
    """

    outcomes: tuple[TestOutcome, ...]

    def _rates(self, key) -> dict[str, Rate]:
        rates: dict[str, Rate] = {}
        for outcome in self.outcomes:
            name = key(outcome.test)
            rates[name] = rates.get(name, Rate()).add(outcome.result)
        return dict(sorted(rates.items()))

    @property
    def totals(self) -> Rate:
        total = Rate()
        for outcome in self.outcomes:
            total = total.add(outcome.result)
        return total

    @property
    def by_type(self) -> dict[str, Rate]:
        return self._rates(lambda test: test.type)

    @property
    def by_source(self) -> dict[str, Rate]:
        return self._rates(lambda test: test.source)

    @property
    def overall(self) -> float:
        rates = [rate.rate for rate in self.by_source.values() if rate.rate is not None]
        return sum(rates) / len(rates) if rates else 0.0

    def failures(self) -> list[TestOutcome]:
        return [outcome for outcome in self.outcomes if outcome.result.passed is False]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "totals": self.totals.to_dict(),
            "by_type": {name: rate.to_dict() for name, rate in self.by_type.items()},
            "by_source": {name: rate.to_dict() for name, rate in self.by_source.items()},
            "tests": [outcome.to_dict() for outcome in self.outcomes],
        }

    def markdown_table(self) -> str:
        """Per-type and overall pass rates as a markdown table."""

        def row(name: str, rate: Rate) -> str:
            shown = "n/a" if rate.rate is None else f"{100 * rate.rate:.1f} %"
            return f"| {name} | {shown} | {rate.passed} | {rate.failed} | {rate.skipped} |"

        lines = [
            "| test type | pass rate | passed | failed | skipped |",
            "| --- | --- | --- | --- | --- |",
            *(row(name, rate) for name, rate in self.by_type.items()),
            row("**all**", self.totals),
            "",
            f"olmOCR-Bench score (mean over test files): {100 * self.overall:.1f} %",
        ]
        return "\n".join(lines)


def score_pages(tests: Iterable[BenchTest], markdown_by_page: Mapping[tuple[str, int], str]) -> BenchScore:
    """Run every test on its page's markdown; a page without markdown fails its tests (as olmOCR-Bench
    scores a missing conversion)."""
    outcomes = []
    for test in tests:
        markdown = markdown_by_page.get(test.key)
        result = _fail(f"no markdown for {test.pdf} page {test.page}") if markdown is None else test.run(markdown)
        outcomes.append(TestOutcome(test, result))
    return BenchScore(tuple(outcomes))
