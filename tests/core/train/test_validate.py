"""Model validation: greedy traces under transformers and under the real vLLM CPU server, and their comparison."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import struct
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from olmocr_core.common.errors import InputError
from olmocr_core.engines.config import ManagedServerOptions
from olmocr_core.formats.prompts import TARGET_LONGEST_IMAGE_DIM, build_messages
from olmocr_core.rendering import pdf
from olmocr_core.train.validate import (
    AgreementThresholds,
    GreedyTrace,
    RenderedPage,
    compare_traces,
    greedy_from_server,
    greedy_under_transformers,
    load_pages,
    serve_model,
    validate_model,
)
from tests.support.tiny_qwen import TINY_ANSWER, one_torch_thread
from tests.support.vllm_fixtures import TINY_VLLM_ARGS

MAX_TOKENS = 48  # the trained tiny model's answer is 36 tokens, its stop token included
LONG_MAX_TOKENS = 64  # with ignore_eos: past the answer, into the model's continuation
# The same float32 weights under two runtimes: their probabilities differ by about 1e-9 (measured, vLLM's CPU build
# against transformers), so gaps up to 1e-4 and ties within 1e-5 leave room for any CPU's kernels while an
# untrained model's margins (median about 1e-4) still decide most of its tokens.
SAME_WEIGHTS = AgreementThresholds(max_mismatched_page_fraction=0.0, max_prob_gap=1e-4, near_tie_margin=1e-5)


def trace(
    page: str,
    ids: tuple[int, ...],
    probs: tuple[float, ...],
    prompt_tokens: int = 10,
    margins: tuple[float, ...] = (),
) -> GreedyTrace:
    return GreedyTrace(
        page=page, token_ids=ids, probs=probs, finish_reason="stop", prompt_tokens=prompt_tokens, margins=margins
    )


# --- comparing traces: no model needed -------------------------------------------------------------------------


def test_identical_tokens_agree_and_the_gap_is_the_largest_probability_difference() -> None:
    a = [trace("p1", (1, 2, 3), (0.5, 0.25, 0.9)), trace("p2", (7,), (1.0,))]
    b = [trace("p1", (1, 2, 3), (0.5, 0.30, 0.8)), trace("p2", (7,), (0.98,))]
    report = compare_traces(a, b, sides=("hf", "vllm"))
    assert report.pages == 2 and report.mismatched_pages == 0
    assert [r.first_mismatch for r in report.page_results] == [None, None]
    assert report.tokens_compared == report.matching_tokens == 4 and report.matching_share == 1.0
    assert report.page_results[0].max_prob_gap == pytest.approx(0.1)
    assert report.page_results[0].mean_prob_gap == pytest.approx((0.0 + 0.05 + 0.1) / 3)
    assert report.max_prob_gap == pytest.approx(0.1)
    assert report.mean_prob_gap == pytest.approx((0.0 + 0.05 + 0.1 + 0.02) / 4)  # over all tokens, not pages
    assert report.passes(AgreementThresholds(max_prob_gap=0.1 + 1e-9))
    assert not report.passes(AgreementThresholds(max_prob_gap=0.09))


def test_the_first_mismatch_ends_the_common_prefix_and_gaps_after_it_do_not_count() -> None:
    a = [trace("p", (1, 2, 3, 4), (0.9, 0.8, 0.7, 0.99))]
    b = [trace("p", (1, 2, 9, 4), (0.9, 0.7, 0.6, 0.01))]
    (page,) = compare_traces(a, b).page_results
    assert page.first_mismatch == 2
    assert page.matching_share == 0.5
    assert page.max_prob_gap == pytest.approx(0.1)  # positions 0 and 1 only: not 0.98 at position 3


def test_one_side_stopping_early_is_a_mismatch_where_it_stopped() -> None:
    report = compare_traces([trace("p", (1, 2, 3), (1.0, 1.0, 1.0))], [trace("p", (1, 2), (1.0, 1.0))])
    (page,) = report.page_results
    assert page.first_mismatch == 2 and page.tokens == (3, 2)
    assert page.matching_share == pytest.approx(2 / 3)
    assert report.tokens_compared == 3 and report.matching_tokens == 2


def test_thresholds_bound_the_share_of_mismatched_pages() -> None:
    same = [trace(f"p{i}", (1, 2), (0.9, 0.9)) for i in range(4)]
    one_differs = same[:3] + [trace("p3", (1, 5), (0.9, 0.4))]
    report = compare_traces(same, one_differs)
    assert report.mismatched_pages == 1 and report.mismatched_page_fraction == 0.25
    assert report.max_prob_gap == 0.0  # the differing token's probability is not compared
    assert report.passes(AgreementThresholds(max_mismatched_page_fraction=0.25))
    failures = report.failures(AgreementThresholds(max_mismatched_page_fraction=0.2))
    assert failures == ["1 of 4 pages differ (at most 20.0% allowed)"]
    with pytest.raises(ValueError, match="no thresholds"):
        report.passes()


def test_a_first_mismatch_at_a_near_tie_is_not_a_disagreement() -> None:
    """Both sides saw the top two within the tie margin: either runtime may pick either token."""
    a = [trace("p", (1, 2, 3), (0.9, 0.41, 0.9), margins=(0.8, 0.005, 0.8))]
    b = [trace("p", (1, 7, 3), (0.9, 0.41, 0.9), margins=(0.8, 0.004, 0.8))]
    report = compare_traces(a, b)
    (page,) = report.page_results
    assert page.first_mismatch == 1 and page.mismatch_margin == pytest.approx(0.005)
    assert report.mismatched_pages == 1
    assert report.differing_pages(AgreementThresholds(near_tie_margin=0.01)) == 0
    assert report.passes(AgreementThresholds(near_tie_margin=0.01))
    # A tighter tie margin makes it a real difference, and the reason says how many parted at a tie.
    assert report.failures(AgreementThresholds(near_tie_margin=0.001)) == ["1 of 1 pages differ (at most 0.0% allowed)"]


def test_a_mismatch_where_either_side_was_sure_is_a_disagreement() -> None:
    sure = [trace("p", (1, 2), (0.9, 0.9), margins=(0.8, 0.85))]
    unsure = [trace("p", (1, 7), (0.9, 0.3), margins=(0.8, 0.002))]
    report = compare_traces(sure, unsure)
    assert report.page_results[0].mismatch_margin == pytest.approx(0.85)
    assert not report.passes(AgreementThresholds(near_tie_margin=0.01))
    # Without margins, or where one side stopped, nothing is a tie.
    no_margins = compare_traces([trace("p", (1, 2), (0.9, 0.5))], [trace("p", (1, 7), (0.9, 0.5))])
    stopped = compare_traces(
        [trace("p", (1, 2), (0.9, 0.5), margins=(0.8, 0.0))], [trace("p", (1,), (0.9,), margins=(0.8,))]
    )
    for report in (no_margins, stopped):
        assert report.page_results[0].mismatch_margin is None
        assert report.differing_pages(AgreementThresholds(near_tie_margin=1.0)) == 1
    tie_elsewhere = [trace("p", (1, 2), (0.9, 0.9), margins=(0.8, 0.85))]
    assert compare_traces(sure, tie_elsewhere).failures(AgreementThresholds()) == []
    with pytest.raises(ValueError, match="2 token ids but 1 margins"):
        trace("p", (1, 2), (1.0, 1.0), margins=(0.5,))


def test_prompts_of_different_lengths_fail_whatever_the_tokens() -> None:
    report = compare_traces(
        [trace("p", (1,), (1.0,), prompt_tokens=183)], [trace("p", (1,), (1.0,), prompt_tokens=180)]
    )
    assert report.prompt_mismatched_pages == 1
    assert not report.passes(AgreementThresholds(max_mismatched_page_fraction=1.0, max_prob_gap=1.0))


def test_report_metadata_is_plain_json_and_markdown_has_a_row_per_page() -> None:
    a = [trace("first page", (1, 2), (0.9, 0.8), margins=(0.8, 0.6)), trace("second page", (3, 4), (0.5, 0.5))]
    b = [trace("first page", (1, 2), (0.9, 0.8), margins=(0.8, 0.6)), trace("second page", (3, 6), (0.4, 0.5))]
    report = replace(compare_traces(a, b, sides=("transformers", "vLLM")), thresholds=AgreementThresholds())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["pages"] == 2 and data["mismatched_pages"] == data["differing_pages"] == 1
    assert data["passed"] is False
    assert data["page_results"][1]["first_mismatch"] == 1
    assert data["thresholds"] == {"max_mismatched_page_fraction": 0.0, "max_prob_gap": 0.01, "near_tie_margin": 0.01}
    assert len(data["failures"]) == 2  # a page differs, and its first token's gap is 0.1
    markdown = report.to_markdown()
    assert markdown.startswith("**FAIL**")
    assert "| tokens transformers | tokens vLLM | first mismatch | margin there |" in markdown
    rows = [line for line in markdown.splitlines() if line.startswith(("| first page", "| second page"))]
    assert rows == [
        "| first page | 2 | 2 | - | - | 1.000 | 0 | 0 |",
        "| second page | 2 | 2 | 1 | - | 0.500 | 0.1 | 0.1 |",
    ]


def test_bad_comparisons_and_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="not of the same pages"):
        compare_traces([trace("a", (1,), (1.0,))], [trace("b", (1,), (1.0,))])
    with pytest.raises(ValueError, match="no traces"):
        compare_traces([], [])
    with pytest.raises(ValueError, match="max_prob_gap must be within"):
        AgreementThresholds(max_prob_gap=2.0)
    with pytest.raises(ValueError, match="2 token ids but 1 probabilities"):
        trace("p", (1, 2), (1.0,))


# --- pages ----------------------------------------------------------------------------------------------------


def png_size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def test_pages_are_png_bytes_or_rendered_pdf_pages(sample_pdfs: dict[str, Path]) -> None:
    with pdf.open_document(sample_pdfs["table"]) as document:
        table_png = pdf.render_page_png(document, 1)
    pages = load_pages([(sample_pdfs["multipage"], 2), table_png, RenderedPage("mine", table_png)])
    assert [page.label for page in pages] == [f"{sample_pdfs['multipage']} page 2", "png #1", "mine"]
    assert max(png_size(pages[0].png)) == TARGET_LONGEST_IMAGE_DIM
    assert pages[1].png == table_png
    with pytest.raises(InputError, match=r"png #0: the bytes are not a PNG image"):
        load_pages([b"%PDF-1.7 not an image"])
    with pytest.raises(ValueError, match=r"multipage.pdf: page 9 is out of range 1\.\.5"):
        load_pages([(sample_pdfs["multipage"], 9)])
    with pytest.raises(TypeError, match="page #0 is neither PNG bytes nor"):
        load_pages([str(sample_pdfs["multipage"])])
    with pytest.raises(ValueError, match="no pages"):
        load_pages([])


@pytest.fixture(scope="module")
def pages(sample_pdfs: dict[str, Path]) -> list:
    """Three pages in the three accepted forms' two main ones: PDF pages to render and rendered PNG bytes."""
    with pdf.open_document(sample_pdfs["table"]) as document:
        table_png = pdf.render_page_png(document, 1)
    return [(sample_pdfs["digital"], 1), (sample_pdfs["multipage"], 2), table_png]


# --- transformers ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def single_thread() -> Iterator[None]:
    with one_torch_thread():
        yield


@pytest.fixture(scope="module")
def tiny_under_transformers(tiny_model_dir: Path, pages: list, single_thread: None) -> list[GreedyTrace]:
    return greedy_under_transformers(tiny_model_dir, pages, max_tokens=MAX_TOKENS)


@pytest.fixture(scope="module")
def untrained_under_transformers(untrained_model_dir: Path, pages: list, single_thread: None) -> list[GreedyTrace]:
    return greedy_under_transformers(untrained_model_dir, pages, max_tokens=MAX_TOKENS)


@pytest.mark.slow
def test_the_trained_model_traces_its_answer_and_stop_token(tiny_under_transformers, tiny_model_dir) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    for page_trace in tiny_under_transformers:
        assert page_trace.finish_reason == "stop"
        assert page_trace.token_ids[-1] == tokenizer.convert_tokens_to_ids("<|im_end|>")
        assert tokenizer.decode(page_trace.token_ids[:-1]) == TINY_ANSWER
        assert all(0.0 < p <= 1.0 for p in page_trace.probs)


@pytest.mark.slow
def test_transformers_traces_are_deterministic_and_equal_a_forward_pass(
    untrained_model_dir: Path, untrained_under_transformers, pages: list, single_thread: None
) -> None:
    """The untrained model's probabilities are far from 1, so they test the probability computation.

    One forward pass over the generated answer (teacher forcing) gives every step's distribution at once, with
    other matrix shapes than generation's cached steps and so other float rounding: the greedy token must be its
    argmax wherever the trace's margin is not a near tie, and probabilities and margins agree to float precision.
    """
    import torch

    from olmocr_core.engines.hf_chat import HfChatModel

    assert greedy_under_transformers(untrained_model_dir, pages, max_tokens=MAX_TOKENS) == untrained_under_transformers
    model = HfChatModel.load(untrained_model_dir)
    for page, page_trace in zip(load_pages(pages), untrained_under_transformers, strict=True):
        assert all(0.0 < p <= 1.0 for p in page_trace.probs)
        assert min(page_trace.probs) < 0.5  # an untrained model is unsure
        inputs = model.encoder.encode(build_messages(page.png))
        prompt = inputs["input_ids"]
        assert page_trace.prompt_tokens == prompt.shape[1]
        generated = torch.tensor([page_trace.token_ids])
        inputs["input_ids"] = torch.cat([prompt, generated], dim=1)
        inputs["attention_mask"] = torch.ones_like(inputs["input_ids"])
        inputs["mm_token_type_ids"] = torch.cat([inputs["mm_token_type_ids"], torch.zeros_like(generated)], dim=1)
        with torch.inference_mode():
            logits = model.model(**inputs).logits[0, prompt.shape[1] - 1 : -1].float()
        distributions = torch.softmax(logits, dim=-1)
        decisive = [i for i, margin in enumerate(page_trace.margins) if margin > SAME_WEIGHTS.near_tie_margin]
        assert len(decisive) > len(page_trace.token_ids) // 2  # most steps are no tie: the check has teeth
        argmax = distributions.argmax(dim=-1).tolist()
        assert [argmax[i] for i in decisive] == [page_trace.token_ids[i] for i in decisive]  # greedy
        expected = distributions.gather(-1, generated[0, :, None])[:, 0]
        assert torch.allclose(torch.tensor(page_trace.probs), expected, atol=1e-5)
        top = distributions.topk(2, dim=-1).values
        assert torch.allclose(torch.tensor(page_trace.margins), top[:, 0] - top[:, 1], atol=1e-5)


@pytest.mark.slow
def test_ignore_eos_generates_exactly_max_tokens(tiny_model_dir: Path, pages: list, single_thread: None) -> None:
    (page_trace,) = greedy_under_transformers(tiny_model_dir, pages[:1], max_tokens=LONG_MAX_TOKENS, ignore_eos=True)
    assert len(page_trace.token_ids) == LONG_MAX_TOKENS and page_trace.finish_reason == "length"


# --- the real vLLM CPU server ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server_options(tmp_path_factory: pytest.TempPathFactory) -> ManagedServerOptions:
    """vllm_fixtures' settings at module scope: the environment goes to the server, not this process."""
    if importlib.util.find_spec("vllm") is None:
        pytest.skip("vLLM is not installed (scripts/setup.sh test installs its CPU build)")
    root = tmp_path_factory.mktemp("vllm-validate")
    env = {
        "VLLM_ENABLE_V1_MULTIPROCESSING": "0",
        "HF_HUB_OFFLINE": "1",
        "VLLM_CACHE_ROOT": str(root / "cache"),
        "TORCHINDUCTOR_CACHE_DIR": str(root / "inductor"),
        "TMPDIR": str(root),
    }
    return ManagedServerOptions(extra_args=TINY_VLLM_ARGS, log_dir=str(root / "logs"), env=env)


@pytest.fixture(scope="module")
def tiny_under_vllm(tiny_model_dir: Path, pages: list, server_options: ManagedServerOptions) -> dict:
    """One vLLM server for the trained model, asked twice: stopping at the answer's end, and ignoring it."""

    async def run() -> dict:
        started = time.monotonic()
        async with serve_model(tiny_model_dir, server_options) as url:
            ready = time.monotonic()
            natural = await greedy_from_server(url, pages, max_tokens=MAX_TOKENS)
            asked = time.monotonic()
            long = await greedy_from_server(url, pages, max_tokens=LONG_MAX_TOKENS, ignore_eos=True)
        print(f"\nvLLM ready in {ready - started:.1f} s; {len(pages)} pages in {asked - ready:.2f} s")
        return {"natural": natural, "long": long}

    return asyncio.run(run())


@pytest.mark.slow
@pytest.mark.vllm
def test_a_model_agrees_with_itself_under_vllm_and_transformers(tiny_under_vllm, tiny_under_transformers) -> None:
    report = compare_traces(tiny_under_transformers, tiny_under_vllm["natural"], sides=("transformers", "vLLM"))
    print(f"\n{report.to_markdown()}")
    # The trained model is sure of every token of its answer (margins near 1): no tie to break, all must match.
    assert min(min(t.margins) for t in tiny_under_transformers) > 0.5
    assert report.pages == 3 and report.mismatched_pages == 0 and report.prompt_mismatched_pages == 0
    assert report.matching_share == 1.0
    assert report.tokens_compared == sum(len(t.token_ids) for t in tiny_under_transformers)
    assert all(t.finish_reason == "stop" for t in tiny_under_vllm["natural"])  # vLLM traces its stop token too
    assert report.max_prob_gap < SAME_WEIGHTS.max_prob_gap
    assert report.passes(SAME_WEIGHTS)


@pytest.mark.slow
@pytest.mark.vllm
def test_agreement_holds_past_the_answer_when_eos_is_ignored(
    tiny_under_vllm, tiny_model_dir: Path, pages: list, single_thread: None
) -> None:
    reference = greedy_under_transformers(tiny_model_dir, pages, max_tokens=LONG_MAX_TOKENS, ignore_eos=True)
    report = compare_traces(reference, tiny_under_vllm["long"], sides=("transformers", "vLLM"))
    print(f"\n{report.to_markdown()}")
    assert report.tokens_compared == 3 * LONG_MAX_TOKENS
    assert all(t.finish_reason == "length" for t in tiny_under_vllm["long"])
    # Past the answer the model is less sure: a page may part at a near tie, never where a side was sure.
    assert report.differing_pages(SAME_WEIGHTS) == 0 and report.max_prob_gap < SAME_WEIGHTS.max_prob_gap
    assert report.matching_tokens > 3 * MAX_TOKENS // 2


@pytest.mark.slow
@pytest.mark.vllm
def test_two_different_models_disagree(tiny_under_vllm, untrained_under_transformers) -> None:
    report = compare_traces(untrained_under_transformers, tiny_under_vllm["natural"], sides=("untrained", "trained"))
    assert report.differing_pages(SAME_WEIGHTS) == report.pages == 3  # the trained side is sure: no tie excuses it
    assert report.matching_share < 0.5
    assert not report.passes(SAME_WEIGHTS)
    assert "3 of 3 pages differ" in report.failures(SAME_WEIGHTS)[0]


@pytest.mark.slow
@pytest.mark.vllm
def test_validate_model_serves_the_model_and_judges_it(
    untrained_model_dir: Path, pages: list, server_options: ManagedServerOptions, single_thread: None
) -> None:
    """End to end on the untrained model, whose spread-out probabilities show numeric drift if there is any."""
    report = validate_model(
        untrained_model_dir, pages, SAME_WEIGHTS, max_tokens=32, ignore_eos=True, server_options=server_options
    )
    print(f"\n{report.to_markdown()}\nseconds: {report.seconds}")
    assert report.sides == ("transformers", "vLLM") and report.thresholds == SAME_WEIGHTS
    # Untrained, the model's top two are often close: pages may part at a near tie, and only there.
    assert report.tokens_compared == 3 * 32 and report.differing_pages(SAME_WEIGHTS) == 0
    assert all(
        r.first_mismatch is None or r.mismatch_margin <= SAME_WEIGHTS.near_tie_margin for r in report.page_results
    )
    assert report.passes() and report.to_dict()["passed"] is True
    assert set(report.seconds) == {"vLLM", "transformers"} and all(s > 0 for s in report.seconds.values())
