"""GRPO rewards: each plain function on crafted completions, in TRL's calling convention, and their sum."""

from __future__ import annotations

import json

import pytest

from olmocr_core.common.errors import ConfigError
from olmocr_core.formats.response import PageResponse, format_page_response
from olmocr_core.train.rewards import (
    REWARDS,
    combined_reward,
    completion_text,
    edit_distance_reward,
    eos_reward,
    front_matter_reward,
    medoid_reward,
    page_markdown,
    table_equation_count_reward,
    unit_test_macro_reward,
    unit_test_reward,
)


def answer(text: str | None, **fields) -> str:
    values = {
        "primary_language": "en",
        "is_rotation_valid": True,
        "rotation_correction": 0,
        "is_table": False,
        "is_diagram": False,
        **fields,
    }
    return format_page_response(PageResponse(natural_text=text, **values))


def chat(text: str) -> list[dict]:
    """A completion as TRL gives it for chat prompts."""
    return [{"role": "assistant", "content": text}]


def page_tests(*tests: dict) -> str:
    return json.dumps([{"pdf": "p.pdf", "page": 1, "id": f"t{i}", **test} for i, test in enumerate(tests)])


# Three text tests and one table test: micro and macro weigh them differently.
TESTS = page_tests(
    {"type": "present", "text": "Alpha"},
    {"type": "present", "text": "Bravo"},
    {"type": "absent", "text": "Charlie"},
    {"type": "table", "cell": "42"},
)


def test_completion_text_and_page_markdown() -> None:
    assert completion_text(chat("hi")) == "hi" and completion_text("hi") == "hi"
    assert page_markdown(answer("Body")) == "Body"
    assert page_markdown("no front matter") == "no front matter"


def test_unit_test_reward_is_the_share_of_tests_passed() -> None:
    completions = [
        answer("Alpha Bravo <table><tr><td>42</td></tr></table>"),  # all 4
        chat(answer("Alpha Bravo Charlie")),  # present x2 pass, absent and table fail: 2 of 4
        answer("Charlie"),  # none
    ]
    assert unit_test_reward(completions, tests=[TESTS] * 3) == [1.0, 0.5, 0.0]


def test_macro_averages_over_test_types() -> None:
    # present 2/2, absent 1/1, table 0/1: micro 3/4, macro (1 + 1 + 0) / 3.
    completion = answer("Alpha Bravo")
    assert unit_test_reward([completion], tests=[TESTS]) == [0.75]
    assert unit_test_macro_reward([completion], tests=[TESTS]) == [pytest.approx(2 / 3)]


def test_tests_read_the_body_not_the_front_matter() -> None:
    tests = page_tests({"type": "present", "text": "primary_language"})
    assert unit_test_reward([answer("Body")], tests=[tests]) == [0.0]


def test_skipped_math_tests_are_left_out_and_all_skipped_is_none() -> None:
    math_only = page_tests({"type": "math", "math": "x^2"})
    with_text = page_tests({"type": "math", "math": "x^2"}, {"type": "present", "text": "Alpha"})
    written_differently = answer(r"Alpha \(x^{2}\)")
    assert unit_test_reward([written_differently], tests=[math_only]) == [None]
    assert unit_test_reward([written_differently], tests=[with_text]) == [1.0]
    assert unit_test_reward([answer("Alpha")], tests=[with_text]) == [0.5]  # no equation at all: a failure


def test_front_matter_reward_parses_and_matches_the_reference() -> None:
    reference = answer("ref", is_table=True)
    completions = [
        answer("x", is_table=True),  # parses, all 5 fields match
        answer("x"),  # parses, 4 of 5 match
        "no front matter here",
        answer("x", primary_language="de", rotation_correction=90, is_table=True),  # 3 of 5
    ]
    rewards = front_matter_reward(completions, reference=[reference] * 4)
    assert rewards == [1.0, pytest.approx(0.9), 0.0, pytest.approx(0.8)]
    assert front_matter_reward(completions[:3]) == [1.0, 1.0, 0.0]
    assert front_matter_reward(completions[:1], reference=["unparseable reference"]) == [1.0]


def test_eos_reward_checks_the_last_token() -> None:
    assert eos_reward(["a", "b", "c"], completion_ids=[[5, 9], [5, 6], []], eos_token_ids=[9]) == [1.0, 0.0, 0.0]
    assert eos_reward(["a"], completion_ids=[[9]]) == [None]
    assert eos_reward(["a"], eos_token_ids=[9]) == [None]


def test_table_and_equation_counts_match_the_reference() -> None:
    reference = answer(r"<table><tr><td>1</td></tr></table> \(a\) and \[b\]")
    completions = [
        answer(r"<table><tr><td>9</td></tr></table> \(x\) \(y\)"),  # tables 1/1, equations 2/2
        answer(r"\(x\)"),  # tables 0 of 1 -> 0, equations 1 of 2 -> 0.5
        answer("| a | b |\n|---|---|\n| 1 | 2 |\n\n<table><tr><td>1</td></tr></table>"),  # 2 tables vs 1, 0 eq vs 2
    ]
    rewards = table_equation_count_reward(completions, reference=[reference] * 3)
    assert rewards == [1.0, 0.25, pytest.approx((0.5 + 0.0) / 2)]
    assert table_equation_count_reward(completions[:1], reference=[None]) == [None]
    assert table_equation_count_reward([answer("plain")], reference=[answer("text")]) == [1.0]


def test_edit_distance_reward_is_one_minus_normalised_distance() -> None:
    rewards = edit_distance_reward(["abcd", "abcx", "wxyz", ""], reference=["abcd"] * 4)
    assert rewards == [1.0, 0.75, 0.0, 0.0]
    assert edit_distance_reward(["abcd"], reference=[None]) == [None]


def test_medoid_reward_is_mean_similarity_within_each_page() -> None:
    completions = ["aaaa", "aaaa", "aaab", "zzzz", "solo"]
    rewards = medoid_reward(completions, page_id=["p1", "p1", "p1", "p1", "p2"])
    # p1: "aaaa" vs others: 1, 0.75, 0 -> 0.5833; "aaab": 0.75, 0.75, 0 -> 0.5; "zzzz": 0, 0, 0 -> 0.
    assert rewards[:4] == [pytest.approx(1.75 / 3), pytest.approx(1.75 / 3), pytest.approx(0.5), 0.0]
    assert rewards[4] is None  # alone on its page
    assert max(range(4), key=lambda i: rewards[i]) in (0, 1)  # the medoid scores highest


def test_combined_reward_weights_the_parts_and_logs_them() -> None:
    logged: dict[str, float] = {}
    reward = combined_reward({"unit_tests": 1.0, "front_matter": 0.5, "eos": 0.25, "medoid": 0.0}, eos_token_ids=[7])
    completions = [answer("Alpha Bravo"), "Alpha Bravo"]
    values = reward(
        completions=completions,
        completion_ids=[[1, 7], [1, 2]],
        tests=[TESTS] * 2,
        reference=[None, None],
        page_id=["p", "p"],
        log_metric=logged.__setitem__,
    )
    # first: unit 0.75 + 0.5 * 1 + 0.25 * 1; second: unit 0.75 (tests read the whole text), no front matter, no eos.
    assert values == [pytest.approx(1.5), pytest.approx(0.75)]
    assert logged == {"reward_parts/unit_tests": 0.75, "reward_parts/front_matter": 0.5, "reward_parts/eos": 0.5}
    assert reward.__name__ == "combined"


def test_combined_reward_skips_none_parts() -> None:
    reward = combined_reward({"unit_tests": 1.0, "edit_distance": 1.0})
    # Only the absent test passes; the edit distance has no reference and adds nothing.
    assert reward(completions=["abc"], tests=[TESTS], reference=[None]) == [0.25]


def test_combined_reward_refuses_unknown_names_and_all_zero_weights() -> None:
    with pytest.raises(ConfigError, match="unknown reward"):
        combined_reward({"unit_tests": 1.0, "bogus": 1.0})
    with pytest.raises(ConfigError, match="nothing to train for"):
        combined_reward(dict.fromkeys(REWARDS, 0.0))
