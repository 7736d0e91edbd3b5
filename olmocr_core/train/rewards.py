"""Rewards for GRPO on olmOCR pages, each a plain function in TRL's reward-function signature.

TRL calls a reward function as ``f(prompts=..., completions=..., completion_ids=..., **columns)``: one
completion per entry, and every dataset column repeated alongside. A completion is a string, or (for chat
prompts) a list holding the assistant message. A reward is a float, or None where it does not apply (no
reference to compare with): TRL leaves a None reward out of that sample's sum.

The dataset columns these functions read (built by olmocr_core.train.grpo):

* ``tests``: the page's olmOCR-Bench unit tests, a JSON list of test objects (olmocr_core.evaluation);
* ``reference``: a reference answer (front matter + markdown) or None;
* ``page_id``: which page a completion answers, so that completions of one page form a group.

olmOCR-2's rewards are the unit-test pass share plus smaller ones (front matter, end of sequence, a
reference's tables and equations, closeness to a reference or to the group's other answers); combine them
with ``combined_reward``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from olmocr_core.common.errors import ConfigError, ResponseParseError
from olmocr_core.evaluation import fuzzy
from olmocr_core.evaluation.bench_tests import BenchTest, find_equations, parse_bench_test
from olmocr_core.evaluation.tables import html_tables, markdown_tables
from olmocr_core.formats.response import PageResponse, parse_page_response, split_front_matter

RewardFunction = Callable[..., list[float | None]]
Completion = str | Sequence[Mapping[str, Any]]

_FRONT_MATTER_FIELDS = ("primary_language", "is_rotation_valid", "rotation_correction", "is_table", "is_diagram")
_FRONT_MATTER_PARSES = 0.5  # with a reference, the other half is shared among its matching fields


def completion_text(completion: Completion) -> str:
    """The text of a completion, plain or as chat messages (the assistant's content)."""
    if isinstance(completion, str):
        return completion
    return "".join(str(message.get("content") or "") for message in completion)


def page_markdown(answer: str) -> str:
    """What a page's unit tests read: the markdown after the front matter, or the whole answer when it
    has none (tests then judge what the model wrote, and the front matter reward judges its absence)."""
    try:
        return split_front_matter(answer)[1]
    except ResponseParseError:
        return answer


@functools.lru_cache(maxsize=4096)
def _tests(tests_json: str) -> tuple[BenchTest, ...]:
    """A page's tests, parsed once per distinct page (TRL repeats the column for every generation)."""
    return tuple(parse_bench_test(data) for data in json.loads(tests_json))


def _results(completion: Completion, tests_json: str) -> list[tuple[str, bool]]:
    """(test type, passed) for the decided tests; skipped ones (math without a renderer) are left out."""
    markdown = page_markdown(completion_text(completion))
    decided = []
    for test in _tests(tests_json):
        result = test.run(markdown)
        if result.passed is not None:
            decided.append((test.type, result.passed))
    return decided


def unit_test_reward(completions: list[Completion], tests: list[str], **kwargs: Any) -> list[float | None]:
    """Micro: the share of the page's decided unit tests that pass (None when none could be decided)."""
    rewards: list[float | None] = []
    for completion, page_tests in zip(completions, tests, strict=True):
        results = _results(completion, page_tests)
        rewards.append(sum(passed for _, passed in results) / len(results) if results else None)
    return rewards


def unit_test_macro_reward(completions: list[Completion], tests: list[str], **kwargs: Any) -> list[float | None]:
    """Macro: the mean over test types of each type's pass share, so a page's many text tests do not
    drown its one table test."""
    rewards: list[float | None] = []
    for completion, page_tests in zip(completions, tests, strict=True):
        by_type: dict[str, list[bool]] = {}
        for kind, passed in _results(completion, page_tests):
            by_type.setdefault(kind, []).append(passed)
        shares = [sum(values) / len(values) for values in by_type.values()]
        rewards.append(sum(shares) / len(shares) if shares else None)
    return rewards


def _parsed(text: str | None) -> PageResponse | None:
    if text is None:
        return None
    try:
        return parse_page_response(text)
    except ResponseParseError:
        return None


def front_matter_reward(
    completions: list[Completion], reference: list[str | None] | None = None, **kwargs: Any
) -> list[float]:
    """0 when the front matter does not parse. When it parses: 1 without a (parseable) reference; with one,
    0.5 plus an equal share of the other 0.5 for each field that matches the reference's, as olmOCR-2 does."""
    references = reference or [None] * len(completions)
    rewards = []
    for completion, expected_text in zip(completions, references, strict=True):
        response, expected = _parsed(completion_text(completion)), _parsed(expected_text)
        if response is None:
            rewards.append(0.0)
        elif expected is None:
            rewards.append(1.0)
        else:
            matches = sum(getattr(response, name) == getattr(expected, name) for name in _FRONT_MATTER_FIELDS)
            rewards.append(_FRONT_MATTER_PARSES + (1 - _FRONT_MATTER_PARSES) * matches / len(_FRONT_MATTER_FIELDS))
    return rewards


def eos_reward(
    completions: list[Completion],
    completion_ids: list[list[int]] | None = None,
    eos_token_ids: Sequence[int] = (),
    **kwargs: Any,
) -> list[float | None]:
    """1 when the completion's last token ends the sequence (the model stopped), 0 when it ran out of tokens:
    olmOCR refuses answers that did not finish with "stop". None without token ids or end-of-sequence ids."""
    if completion_ids is None or not eos_token_ids:
        return [None] * len(completions)
    return [1.0 if ids and ids[-1] in eos_token_ids else 0.0 for ids in completion_ids]


def count_tables(markdown: str) -> int:
    return len(html_tables(markdown)) + len(markdown_tables(markdown))


def _count_match(found: int, expected: int) -> float:
    return 1.0 - abs(found - expected) / max(found, expected, 1)


def table_equation_count_reward(
    completions: list[Completion], reference: list[str | None], **kwargs: Any
) -> list[float | None]:
    """How well the numbers of tables and of equations match the reference's: the mean of
    1 - |found - expected| / max(found, expected) for each (1 when both are 0). None without a reference."""
    rewards: list[float | None] = []
    for completion, expected_text in zip(completions, reference, strict=True):
        if expected_text is None:
            rewards.append(None)
            continue
        found, expected = page_markdown(completion_text(completion)), page_markdown(expected_text)
        tables = _count_match(count_tables(found), count_tables(expected))
        equations = _count_match(len(find_equations(found)), len(find_equations(expected)))
        rewards.append((tables + equations) / 2)
    return rewards


def edit_distance_reward(
    completions: list[Completion], reference: list[str | None], **kwargs: Any
) -> list[float | None]:
    """1 - Levenshtein distance / the longer length, against the reference answer. None without one."""
    return [
        None if expected is None else fuzzy.similarity(completion_text(completion), expected)
        for completion, expected in zip(completions, reference, strict=True)
    ]


def medoid_reward(completions: list[Completion], page_id: list[str], **kwargs: Any) -> list[float | None]:
    """Agreement with the group: the mean similarity (1 - normalised edit distance) of a completion to the
    other completions of the same page. Answers the samples agree on are likelier right; a page with a single
    completion gets None."""
    texts = [completion_text(completion) for completion in completions]
    groups: dict[str, list[int]] = {}
    for index, page in enumerate(page_id):
        groups.setdefault(page, []).append(index)
    rewards: list[float | None] = [None] * len(texts)
    for members in groups.values():
        if len(members) < 2:
            continue
        similarity = {}
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                similarity[i, j] = similarity[j, i] = fuzzy.similarity(texts[i], texts[j])
        for i in members:
            rewards[i] = sum(similarity[i, j] for j in members if j != i) / (len(members) - 1)
    return rewards


REWARDS: Mapping[str, RewardFunction] = {
    "unit_tests": unit_test_reward,
    "unit_tests_macro": unit_test_macro_reward,
    "front_matter": front_matter_reward,
    "eos": eos_reward,
    "table_equation_counts": table_equation_count_reward,
    "edit_distance": edit_distance_reward,
    "medoid": medoid_reward,
}


def combined_reward(weights: Mapping[str, float], *, eos_token_ids: Sequence[int] = ()) -> RewardFunction:
    """One reward function: the weighted sum of the named rewards (names from REWARDS; weight 0 leaves one
    out). A reward that is None for a sample adds nothing. When TRL passes its ``log_metric``, each part's
    mean is logged as ``reward_parts/<name>``."""
    unknown = sorted(name for name in weights if name not in REWARDS)
    if unknown:
        raise ConfigError(f"unknown reward(s) {', '.join(unknown)} (known: {', '.join(REWARDS)})")
    active = {name: weight for name, weight in weights.items() if weight}
    if not active:
        raise ConfigError("every reward weight is 0: nothing to train for")

    def combined(completions: list[Completion], **kwargs: Any) -> list[float]:
        totals = [0.0] * len(completions)
        log_metric = kwargs.get("log_metric")
        for name, weight in active.items():
            extra = {"eos_token_ids": eos_token_ids} if name == "eos" else {}
            values = REWARDS[name](completions, **kwargs, **extra)
            present = [value for value in values if value is not None]
            if log_metric is not None and present:
                log_metric(f"reward_parts/{name}", sum(present) / len(present))
            for index, value in enumerate(values):
                if value is not None:
                    totals[index] += weight * value
        return totals

    combined.__name__ = "combined"
    return combined
