"""Model validation: the same pages, greedy, under vLLM and under transformers, token by token.

Before a model (typically its FP8 compression) is released it must answer under vLLM, the way production
serves it, as it answers under transformers, the reference implementation. Both sides get olmOCR's v4 request
for the same rendered pages at temperature 0 and record, for every generated token, its id and its
probability. ``compare_traces`` then finds where the greedy answers first part and how far the probabilities
of the tokens they share drift apart; ``AgreementThresholds`` decide whether that is good enough.

Lengths: each side stops at its end-of-answer token (``<|im_end|>`` / ``<|endoftext|>``; the stop token is part
of the trace, as vLLM counts it) or at ``max_tokens``. With ``ignore_eos`` both sides go on to exactly
``max_tokens`` tokens, which compares equal lengths and reaches past a short answer into the model's less
certain continuations, where small numeric differences show first.

Probabilities are the softmax of the raw logits (vLLM's default ``raw_logprobs`` mode; transformers'
``output_logits``), so no sampling setting changes them. Each side also records every step's margin, the greedy
token's probability above the runner-up's: where both sides see the top two within ``near_tie_margin`` of each
other, two correct runtimes may break the tie either way (the order of float additions differs between SIMD
kernels, CPUs and GPUs), so a first mismatch there is a near tie, not a disagreement. The answers are compared up
to their first mismatch either way: after it they continue from different text. vLLM runs first and its server is stopped before
transformers loads the model: on one GPU the two never hold memory at the same time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp

from olmocr_core.common.errors import EngineError, InputError
from olmocr_core.engines.config import EngineConfig, ManagedServerOptions
from olmocr_core.engines.hf_chat import HfChatModel
from olmocr_core.engines.open import open_engine
from olmocr_core.formats.prompts import SERVED_MODEL_NAME, TARGET_LONGEST_IMAGE_DIM, build_chat_request, build_messages
from olmocr_core.rendering import pdf

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# vLLM's spelling of a token with return_tokens_as_token_ids (vllm...generate.base.serving.format_token_id_placeholder).
_TOKEN_ID_PREFIX = "token_id:"


# ---------------------------------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class RenderedPage:
    label: str  # names the page in reports and errors
    png: bytes


# PNG bytes as they are, a (PDF path, 1-based page number) to render, or an already rendered page.
PageInput = bytes | tuple[str | Path, int] | RenderedPage


def load_pages(
    pages: Sequence[PageInput], target_longest_image_dim: int = TARGET_LONGEST_IMAGE_DIM
) -> list[RenderedPage]:
    """Every page as PNG bytes, rendering PDF pages as the pipeline does (longest side 1288 px by default)."""
    if not pages:
        raise ValueError("no pages to validate on")
    rendered = []
    for index, page in enumerate(pages):
        if isinstance(page, RenderedPage):
            rendered.append(page)
        elif isinstance(page, bytes):
            label = f"png #{index}"
            if not page.startswith(_PNG_SIGNATURE):
                raise InputError(label, "the bytes are not a PNG image (no PNG signature)")
            rendered.append(RenderedPage(label, page))
        elif isinstance(page, tuple) and len(page) == 2 and isinstance(page[1], int):
            path, page_number = str(page[0]), page[1]
            png = pdf.render_page_file(path, page_number, target_longest_image_dim)
            rendered.append(RenderedPage(f"{path} page {page_number}", png))
        else:
            raise TypeError(f"page #{index} is neither PNG bytes nor a (pdf path, page number) pair: {page!r:.80}")
    return rendered


# ---------------------------------------------------------------------------------------------------- traces


@dataclass(frozen=True)
class GreedyTrace:
    """One page's greedy answer: every generated token's id, the probability the model gave it, and how far that
    probability is above the runner-up's (its margin; empty when the side did not record them)."""

    page: str
    token_ids: tuple[int, ...]
    probs: tuple[float, ...]
    finish_reason: str  # "stop" or "length"
    prompt_tokens: int
    margins: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if len(self.token_ids) != len(self.probs):
            raise ValueError(f"{self.page}: {len(self.token_ids)} token ids but {len(self.probs)} probabilities")
        if self.margins and len(self.margins) != len(self.token_ids):
            raise ValueError(f"{self.page}: {len(self.token_ids)} token ids but {len(self.margins)} margins")


def greedy_under_transformers(
    model_dir: str | Path,
    pages: Sequence[PageInput],
    *,
    max_tokens: int,
    ignore_eos: bool = False,
    device: str | None = None,
    dtype: Any = None,
) -> list[GreedyTrace]:
    """Greedy traces of ``pages`` from the model loaded once in this process with transformers."""
    _check_max_tokens(max_tokens)
    rendered = load_pages(pages)
    model = HfChatModel.load(model_dir, device=device, dtype=dtype)
    return [_transformers_trace(model, page, max_tokens, ignore_eos) for page in rendered]


def _transformers_trace(model: HfChatModel, page: RenderedPage, max_tokens: int, ignore_eos: bool) -> GreedyTrace:
    import torch  # lazy: optional (train extra), slow import

    # The chat backend's own greedy settings (stop tokens, no penalties), plus the raw logits of every step.
    config = model._generation_config(0.0, max_tokens)
    config.output_logits = True
    config.return_dict_in_generate = True
    if ignore_eos:
        config.eos_token_id = []  # an empty list, not None: None would fall back to the checkpoint's stop tokens
    with torch.inference_mode():
        inputs = model.encoder.encode(build_messages(page.png)).to(model.device)
        output = model.model.generate(**inputs, generation_config=config)
    prompt_tokens = inputs["input_ids"].shape[1]
    token_ids = output.sequences[0, prompt_tokens:]
    # generate() holds every step's logits (steps x vocabulary, about 0.3 MB a token for olmOCR's 152k vocabulary
    # in bf16): fine for validation lengths. Step by step, so that no float32 copy of them all is made.
    probs, margins = [], []
    for step, token in zip(output.logits, token_ids, strict=True):
        distribution = torch.softmax(step[0].float(), dim=-1)
        top = distribution.topk(2).values
        probs.append(distribution[token].item())
        margins.append((top[0] - top[1]).item())
    stopped = not ignore_eos and len(token_ids) > 0 and int(token_ids[-1]) in config.eos_token_id
    return GreedyTrace(
        page=page.label,
        token_ids=tuple(token_ids.tolist()),
        probs=tuple(probs),
        finish_reason="stop" if stopped else "length",
        prompt_tokens=prompt_tokens,
        margins=tuple(margins),
    )


def greedy_under_vllm(
    model_dir: str | Path,
    pages: Sequence[PageInput],
    *,
    max_tokens: int,
    ignore_eos: bool = False,
    server_options: ManagedServerOptions = ManagedServerOptions(),
    max_concurrent_requests: int = 8,
) -> list[GreedyTrace]:
    """Greedy traces of ``pages`` from a vLLM server started for ``model_dir`` (as the worker starts it)."""

    _check_max_tokens(max_tokens)
    rendered = load_pages(pages)  # bad pages fail before a server starts

    async def run() -> list[GreedyTrace]:
        async with serve_model(model_dir, server_options) as url:
            return await greedy_from_server(
                url,
                rendered,
                max_tokens=max_tokens,
                ignore_eos=ignore_eos,
                max_concurrent_requests=max_concurrent_requests,
            )

    return asyncio.run(run())


@contextlib.asynccontextmanager
async def serve_model(
    model_dir: str | Path, options: ManagedServerOptions = ManagedServerOptions()
) -> AsyncIterator[str]:
    """A managed vLLM server for ``model_dir``, started like production's; yields its OpenAI base URL (/v1)."""
    config = EngineConfig(engine="vlm", model=str(model_dir), managed=options, render_workers=1)
    async with open_engine(config) as engine:
        await engine.until_ready()
        yield engine.managed_server.url


async def greedy_from_server(
    base_url: str,
    pages: Sequence[PageInput],
    *,
    max_tokens: int,
    ignore_eos: bool = False,
    model: str = SERVED_MODEL_NAME,
    max_concurrent_requests: int = 8,
    request_timeout_s: float = 600.0,
) -> list[GreedyTrace]:
    """Greedy traces from a running vLLM OpenAI server: olmOCR's request plus per-token log-probabilities.

    Requests run concurrently (vLLM batches them, as in production); results keep the order of ``pages``.
    """
    _check_max_tokens(max_tokens)
    rendered = load_pages(pages)
    limit = asyncio.Semaphore(max_concurrent_requests)
    timeout = aiohttp.ClientTimeout(total=request_timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def one(page: RenderedPage) -> GreedyTrace:
            body = build_chat_request(page.png, model=model, temperature=0.0, max_tokens=max_tokens)
            # Token ids rather than text: ids are what the two sides compare, and not every token decodes alone.
            # The top two log-probabilities give each step's margin over the runner-up.
            body |= {"logprobs": True, "top_logprobs": 2, "return_tokens_as_token_ids": True, "ignore_eos": ignore_eos}
            async with limit, session.post(f"{base_url.rstrip('/')}/chat/completions", json=body) as response:
                text = await response.text()
                if response.status != 200:
                    raise EngineError(f"{base_url} answered HTTP {response.status} for {page.label}: {text[:300]}")
            return _vllm_trace(page.label, text)

        return list(await asyncio.gather(*(one(page) for page in rendered)))


def _vllm_trace(label: str, text: str) -> GreedyTrace:
    try:
        data = json.loads(text)
        choice = data["choices"][0]
        content = choice["logprobs"]["content"]
        token_ids = tuple(int(item["token"].removeprefix(_TOKEN_ID_PREFIX)) for item in content)
        return GreedyTrace(
            page=label,
            token_ids=token_ids,
            probs=tuple(math.exp(item["logprob"]) for item in content),
            finish_reason=choice["finish_reason"],
            prompt_tokens=int(data["usage"]["prompt_tokens"]),
            margins=tuple(_margin(item["top_logprobs"]) for item in content),
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise EngineError(
            f"the answer for {label} has no per-token ids and log-probabilities ({exc}): {text[:300]}"
        ) from exc


def _margin(top_logprobs: list[dict[str, Any]]) -> float:
    first, second = sorted((math.exp(item["logprob"]) for item in top_logprobs), reverse=True)[:2]
    return first - second


def _check_max_tokens(max_tokens: int) -> None:
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")


# ---------------------------------------------------------------------------------------------------- agreement


@dataclass(frozen=True)
class AgreementThresholds:
    """What a validation must stay within. The defaults suit the same weights under two runtimes (only float
    rounding differs); a quantized model against its original needs looser ones, chosen by its caller.

    ``near_tie_margin``: a page whose first mismatch falls where both sides' top two probabilities are within
    this of each other is a near tie that either runtime may break, and does not count as differing. It is
    sized like ``max_prob_gap``: probabilities that may drift by that much may also swap places by that much.
    """

    max_mismatched_page_fraction: float = 0.0
    max_prob_gap: float = 0.01
    near_tie_margin: float = 0.01

    def __post_init__(self) -> None:
        for name in ("max_mismatched_page_fraction", "max_prob_gap", "near_tie_margin"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"AgreementThresholds.{name} must be within [0, 1], got {value}")


@dataclass(frozen=True)
class PageAgreement:
    page: str
    tokens: tuple[int, int]  # generated tokens on each side
    prompt_tokens: tuple[int, int]
    first_mismatch: int | None  # index of the first differing token (or where one side stopped); None: identical
    # The larger of the two sides' margins at the first mismatch (None: no mismatch, or a side recorded none).
    mismatch_margin: float | None
    matching_share: float  # tokens up to the first mismatch / tokens of the longer side
    max_prob_gap: float  # over the common prefix; 0.0 when it is empty
    mean_prob_gap: float


@dataclass(frozen=True)
class AgreementReport:
    sides: tuple[str, str]  # what produced the first and the second traces
    page_results: tuple[PageAgreement, ...]
    thresholds: AgreementThresholds | None = None  # the ones validate_model judged with
    seconds: dict[str, float] = field(default_factory=dict)  # time each side took, when measured

    @property
    def pages(self) -> int:
        return len(self.page_results)

    @property
    def tokens_compared(self) -> int:
        return sum(max(result.tokens) for result in self.page_results)

    @property
    def matching_tokens(self) -> int:
        return sum(_prefix(result) for result in self.page_results)

    @property
    def matching_share(self) -> float:
        return self.matching_tokens / self.tokens_compared if self.tokens_compared else 1.0

    @property
    def mismatched_pages(self) -> int:
        return sum(result.first_mismatch is not None for result in self.page_results)

    @property
    def mismatched_page_fraction(self) -> float:
        return self.mismatched_pages / self.pages

    def differing_pages(self, thresholds: AgreementThresholds) -> int:
        """Pages whose first mismatch is not a near tie under ``thresholds``: where the sides really disagree."""
        return sum(
            result.first_mismatch is not None and not _near_tie(result, thresholds) for result in self.page_results
        )

    @property
    def prompt_mismatched_pages(self) -> int:
        """Pages whose prompts differ in length: the two sides did not see the same input."""
        return sum(a != b for a, b in (result.prompt_tokens for result in self.page_results))

    @property
    def max_prob_gap(self) -> float:
        return max(result.max_prob_gap for result in self.page_results)

    @property
    def mean_prob_gap(self) -> float:
        """Over every token of every common prefix (pages weighted by their prefix length)."""
        total = sum(result.mean_prob_gap * _prefix(result) for result in self.page_results)
        return total / self.matching_tokens if self.matching_tokens else 0.0

    def failures(self, thresholds: AgreementThresholds | None = None) -> list[str]:
        """Why the validation fails under ``thresholds`` (default: the report's own); empty when it passes."""
        thresholds = thresholds or self.thresholds
        if thresholds is None:
            raise ValueError("no thresholds to judge the agreement by")
        reasons = []
        if self.prompt_mismatched_pages:
            reasons.append(
                f"prompt lengths differ on {self.prompt_mismatched_pages} pages: the inputs were not the same"
            )
        differing = self.differing_pages(thresholds)
        if differing / self.pages > thresholds.max_mismatched_page_fraction:
            ties = self.mismatched_pages - differing
            reasons.append(
                f"{differing} of {self.pages} pages differ "
                f"(at most {thresholds.max_mismatched_page_fraction:.1%} allowed)"
                + (f"; {ties} more part at a near tie" if ties else "")
            )
        if self.max_prob_gap > thresholds.max_prob_gap:
            reasons.append(f"largest probability gap {self.max_prob_gap:.3g} > {thresholds.max_prob_gap:.3g}")
        return reasons

    def passes(self, thresholds: AgreementThresholds | None = None) -> bool:
        return not self.failures(thresholds)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (Dagster metadata, logs)."""
        summary: dict[str, Any] = {
            "sides": list(self.sides),
            "pages": self.pages,
            "tokens_compared": self.tokens_compared,
            "matching_tokens": self.matching_tokens,
            "matching_share": self.matching_share,
            "mismatched_pages": self.mismatched_pages,
            "prompt_mismatched_pages": self.prompt_mismatched_pages,
            "max_prob_gap": self.max_prob_gap,
            "mean_prob_gap": self.mean_prob_gap,
            "seconds": dict(self.seconds),
            "page_results": [asdict(result) for result in self.page_results],
        }
        if self.thresholds is not None:
            summary["thresholds"] = asdict(self.thresholds)
            summary["differing_pages"] = self.differing_pages(self.thresholds)
            summary["passed"] = self.passes()
            summary["failures"] = self.failures()
        return summary

    def to_markdown(self) -> str:
        """A summary line and one table row per page."""
        a, b = self.sides
        verdict = ""
        if self.thresholds is not None:
            verdict = "**PASS** " if self.passes() else f"**FAIL** ({'; '.join(self.failures())}) "
        lines = [
            f"{verdict}{a} vs {b}: {self.pages} pages, {self.mismatched_pages} with a mismatch; "
            f"{self.matching_tokens}/{self.tokens_compared} tokens match up to the first mismatch; "
            f"probability gap max {self.max_prob_gap:.3g}, mean {self.mean_prob_gap:.3g}",
            "",
            f"| page | tokens {a} | tokens {b} | first mismatch | margin there | matching share | max gap | mean gap |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for result in self.page_results:
            mismatch = "-" if result.first_mismatch is None else str(result.first_mismatch)
            margin = "-" if result.mismatch_margin is None else f"{result.mismatch_margin:.3g}"
            page = result.page.replace("|", r"\|")  # a | in a path would end the cell
            lines.append(
                f"| {page} | {result.tokens[0]} | {result.tokens[1]} | {mismatch} | {margin} | "
                f"{result.matching_share:.3f} | {result.max_prob_gap:.3g} | {result.mean_prob_gap:.3g} |"
            )
        return "\n".join(lines)


def _near_tie(result: PageAgreement, thresholds: AgreementThresholds) -> bool:
    return result.mismatch_margin is not None and result.mismatch_margin <= thresholds.near_tie_margin


def _prefix(result: PageAgreement) -> int:
    return min(result.tokens) if result.first_mismatch is None else result.first_mismatch


def compare_traces(
    a: Sequence[GreedyTrace], b: Sequence[GreedyTrace], *, sides: tuple[str, str] = ("a", "b")
) -> AgreementReport:
    """Compare two runs over the same pages, page by page in order."""
    if not a:
        raise ValueError("no traces to compare")
    if [trace.page for trace in a] != [trace.page for trace in b]:
        raise ValueError(f"the traces are not of the same pages: {[t.page for t in a]} vs {[t.page for t in b]}")
    return AgreementReport(sides=sides, page_results=tuple(_compare_page(x, y) for x, y in zip(a, b, strict=True)))


def _compare_page(a: GreedyTrace, b: GreedyTrace) -> PageAgreement:
    common = min(len(a.token_ids), len(b.token_ids))
    first_mismatch = next((i for i in range(common) if a.token_ids[i] != b.token_ids[i]), None)
    if first_mismatch is None and len(a.token_ids) != len(b.token_ids):
        first_mismatch = common  # one side stopped where the other went on
    prefix = common if first_mismatch is None else first_mismatch
    gaps = [abs(a.probs[i] - b.probs[i]) for i in range(prefix)]
    longer = max(len(a.token_ids), len(b.token_ids))
    # A margin only where both sides generated a token at the mismatch: one side stopping is never a tie.
    mismatch_margin = None
    if first_mismatch is not None and first_mismatch < common and a.margins and b.margins:
        mismatch_margin = max(a.margins[first_mismatch], b.margins[first_mismatch])
    return PageAgreement(
        page=a.page,
        tokens=(len(a.token_ids), len(b.token_ids)),
        prompt_tokens=(a.prompt_tokens, b.prompt_tokens),
        first_mismatch=first_mismatch,
        mismatch_margin=mismatch_margin,
        matching_share=prefix / longer if longer else 1.0,
        max_prob_gap=max(gaps, default=0.0),
        mean_prob_gap=sum(gaps) / len(gaps) if gaps else 0.0,
    )


# ---------------------------------------------------------------------------------------------------- all together


def validate_model(
    model_dir: str | Path,
    pages: Sequence[PageInput],
    thresholds: AgreementThresholds,
    *,
    max_tokens: int,
    reference_dir: str | Path | None = None,
    ignore_eos: bool = False,
    server_options: ManagedServerOptions = ManagedServerOptions(),
    device: str | None = None,
    dtype: Any = None,
) -> AgreementReport:
    """``model_dir`` under vLLM against ``reference_dir`` (default: the same folder) under transformers.

    The report carries ``thresholds``: ``report.passes()`` is the verdict, ``report.failures()`` the reasons.
    """
    rendered = load_pages(pages)  # once, for both sides
    started = time.monotonic()
    served = greedy_under_vllm(
        model_dir, rendered, max_tokens=max_tokens, ignore_eos=ignore_eos, server_options=server_options
    )
    vllm_seconds = time.monotonic() - started
    started = time.monotonic()
    reference = greedy_under_transformers(
        reference_dir or model_dir, rendered, max_tokens=max_tokens, ignore_eos=ignore_eos, device=device, dtype=dtype
    )
    report = compare_traces(reference, served, sides=("transformers", "vLLM"))
    seconds = {"vLLM": vllm_seconds, "transformers": time.monotonic() - started}
    return replace(report, thresholds=thresholds, seconds=seconds)
