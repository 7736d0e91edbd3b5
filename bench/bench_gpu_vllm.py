"""A real vLLM serving olmOCR-2's exact shape (random weights), fed by `olmocr-worker`: pages/s on this GPU,
next to olmOCR's 4.53 pages/s on an H100.

    .venv/bin/python bench/bench_gpu_vllm.py [--pages 1000] [--fp8] [--no-write] [-- VLLM_ARGS...]

Throughput depends on the model's shape, not its weights (REFERENCE.md section 5), so the model is a
Qwen2.5-VL-7B-shaped one with random weights, built offline once (tests/support/tiny_qwen.py, ``OLMOCR2``;
16.6 GB in bf16, kept in bench/.models). vLLM starts with the settings our managed engine uses
(olmocr_core.engines.vllm_server), plus a server-wide cap of ``--answer-tokens`` per answer: a random model rarely
stops on its own, and 700 is what olmOCR-2's answers average (3,100 output tokens/s at 4.53 pages/s).
``--fp8`` quantizes the weights to FP8 as vLLM loads them, as olmOCR serves its FP8-dynamic checkpoint.
Random answers never parse, so each page gets one attempt and every document is kept (ONE_ATTEMPT_KEEP_ALL).
vLLM's /metrics, read twice a second, give the pages finished and the tokens
generated over time; steady: while the middle 80% of the pages finished.

``--shape tiny`` runs the same on a toy model (olmOCR-2's vocabulary, so its answers also run to the cap) on
vLLM's CPU build: how the test suite checks this benchmark without a GPU.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import dataclasses
import multiprocessing
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from results import REPO, machine, publish
from sim_runs import make_corpus, our_worker_command, run_client, scratch_folder

from olmocr_core.engines.vllm_server import ManagedVllmServer, VllmServerConfig, parse_metrics

sys.path.insert(0, str(REPO))
from tests.support.tiny_qwen import OLMOCR2, TINY, Qwen25VLShape, build_random_qwen25vl  # noqa: E402

HEADING = "## A real vLLM on a GPU (olmOCR-2's shape, random weights)"
MODELS = REPO / "bench" / ".models"
# (shape, dtype): the tiny one keeps olmOCR-2's vocabulary, so that its answers run to the cap as well.
SHAPES: dict[str, tuple[Qwen25VLShape, str]] = {
    "olmocr2": (OLMOCR2, "bfloat16"),
    "tiny": (dataclasses.replace(TINY, vocab_size=OLMOCR2.vocab_size), "float32"),
}
# olmOCR's own figure: 10,000 pages in 36 min 47 s on one H100 with olmOCR-2-7B-1025-FP8 (REFERENCE.md).
OLMOCR_H100_PAGES_S = 4.53
OLMOCR_H100_OUTPUT_TOKENS_S = 3100
# Random answers never parse: one attempt per page (retries would measure the retry policy, not the GPU), and
# every document kept although all its pages fell back to their text layer.
ONE_ATTEMPT_KEEP_ALL = ("--max-page-retries", "1", "--max-page-error-rate", "1")


@dataclass(frozen=True)
class Sample:
    """vLLM's counters at one moment (monotonic seconds)."""

    at: float
    pages: float  # requests finished: one per page, with one attempt per page
    prompt_tokens: float
    output_tokens: float


@dataclass(frozen=True)
class Measurement:
    device: str
    weights: str
    load_s: float
    pages: int
    client_s: float
    samples: list[Sample]

    def steady(self) -> tuple[float, float]:
        """(pages/s, output tokens/s) while the middle 80% of the pages finished."""
        last = self.samples[-1].pages
        start = next(s for s in self.samples if s.pages >= 0.1 * last)
        end = next(s for s in self.samples if s.pages >= 0.9 * last)
        seconds = end.at - start.at
        if seconds <= 0:
            raise RuntimeError(f"too few pages ({self.pages}) to tell a steady rate: give more with --pages")
        return (end.pages - start.pages) / seconds, (end.output_tokens - start.output_tokens) / seconds

    def per_page(self) -> tuple[float, float]:
        """(prompt tokens, answer tokens) per page."""
        last = self.samples[-1]
        return last.prompt_tokens / last.pages, last.output_tokens / last.pages


def ensure_model(shape_name: str) -> Path:
    """The random model, built once (in a child process: the GPU memory it takes is free again for vLLM)."""
    folder = MODELS / f"random-{shape_name}"
    if (folder / "config.json").exists():
        return folder
    shape, dtype = SHAPES[shape_name]
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    started = time.monotonic()
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=spawn) as child:
        child.submit(build_random_qwen25vl, staging, shape, dtype=dtype, device=_torch_device()).result()
    staging.rename(folder)  # whole or not at all: a build cut short is not taken for a model
    print(f"built {folder} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return folder


def _torch_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def device_name() -> str:
    import torch

    return torch.cuda.get_device_name() if torch.cuda.is_available() else "none (vLLM's CPU build)"


async def measure(model: Path, weights: str, pages_wanted: int, vllm_args: list[str], scratch: Path) -> Measurement:
    listing, pages = make_corpus(scratch / "pdfs", pages_wanted)
    server = ManagedVllmServer(
        VllmServerConfig(
            model=str(model), extra_args=tuple(vllm_args), startup_timeout_s=1800, log_path=str(scratch / "vllm.log")
        )
    )
    server.launch()
    launched = time.monotonic()
    try:
        await server.until_ready()
        load_s = time.monotonic() - launched
        workspace = scratch / "workspace"
        command = [*our_worker_command(listing, workspace, server.url, 500), *ONE_ATTEMPT_KEEP_ALL]
        samples: list[Sample] = []
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
            sampler = asyncio.create_task(_sample(session, server, samples))
            run = await asyncio.to_thread(run_client, command, scratch / "worker.log")
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            samples.append(await _read(session, server))
    finally:
        await server.stop()
    if samples[-1].pages != pages:  # the documents' text is random, so what was written tells nothing more
        raise RuntimeError(f"vLLM answered {samples[-1].pages:.0f} requests for {pages} pages; see {scratch}")
    return Measurement(device_name(), weights, load_s, pages, run.seconds, samples)


async def _sample(
    session: aiohttp.ClientSession, server: ManagedVllmServer, samples: list[Sample], every_s: float = 0.5
) -> None:
    while True:
        with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError):
            samples.append(await _read(session, server))
        await asyncio.sleep(every_s)


async def _read(session: aiohttp.ClientSession, server: ManagedVllmServer) -> Sample:
    async with session.get(server.url.removesuffix("/v1") + "/metrics") as response:
        metrics = parse_metrics(await response.text())
    return Sample(time.monotonic(), metrics.finished, metrics.prompt_tokens, metrics.generation_tokens)


def report(shape: str, m: Measurement, answer_tokens: int) -> str:
    steady_pages, steady_tokens = m.steady()
    prompt, answer = m.per_page()
    on_h100 = "H100" in m.device
    verdict = (
        f"{steady_pages / OLMOCR_H100_PAGES_S:.2f}x olmOCR's pages/s on the same kind of GPU"
        if on_h100
        else "not an H100: compare with olmOCR's figure only as a rough guide"
    )
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}; GPU: {m.device}.",
            "",
            f"Model: Qwen2.5-VL of {'olmOCR-2-7B' if shape == 'olmocr2' else 'a toy'} shape with random weights, "
            f"weights {m.weights}, served by vLLM with our managed engine's settings; answers capped at "
            f"{answer_tokens} tokens; `olmocr-worker --server` at its defaults, one attempt per page, on copies of "
            "the real PDFs.",
            "",
            "| pipeline | GPU | pages | load s | prompt tokens/page | answer tokens/page | steady pages/s | "
            "steady output tokens/s | end-to-end pages/s |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            f"| ours: `olmocr-worker` + vLLM | {m.device} | {m.pages} | {m.load_s:.0f} | {prompt:,.0f} | "
            f"{answer:,.0f} | {steady_pages:.2f} | {steady_tokens:,.0f} | {m.pages / m.client_s:.2f} |",
            f"| olmOCR 0.4 + olmOCR-2-7B-FP8 (its published run) | H100 | 10,000 | | | "
            f"{OLMOCR_H100_OUTPUT_TOKENS_S / OLMOCR_H100_PAGES_S:.0f} | | {OLMOCR_H100_OUTPUT_TOKENS_S:,} | "
            f"{OLMOCR_H100_PAGES_S} |",
            "",
            f"Ours, steady: {steady_pages:.2f} pages/s, {verdict}. End to end counts the client's start and drain, "
            "not the model's load (the server was up first).",
            "",
            "Run: `.venv/bin/python bench/bench_gpu_vllm.py [--fp8]` on a machine with a GPU and vLLM.",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shape", choices=sorted(SHAPES), default="olmocr2")
    parser.add_argument("--pages", type=int, default=1000, help="pages to convert, at least (whole copies of the PDFs)")
    parser.add_argument("--answer-tokens", type=int, default=700)
    parser.add_argument("--fp8", action="store_true", help="FP8 weights, quantized by vLLM on load")
    parser.add_argument("--scratch", help="keep the PDFs, workspace and logs in this folder")
    parser.add_argument("--no-write", action="store_true")
    args, vllm_args = parser.parse_known_args(argv)
    vllm_args = [arg for arg in vllm_args if arg != "--"]
    vllm_args += ["--override-generation-config", f'{{"max_new_tokens": {args.answer_tokens}}}']
    if args.fp8:
        vllm_args += ["--quantization", "fp8"]
    model = ensure_model(args.shape)
    weights = "fp8, quantized by vLLM on load" if args.fp8 else SHAPES[args.shape][1]
    with scratch_folder(args.scratch, "bench-gpu-vllm-") as scratch:
        measured = asyncio.run(measure(model, weights, args.pages, vllm_args, Path(scratch)))
    section = report(args.shape, measured, args.answer_tokens)
    publish(HEADING, section, write=not args.no_write and args.shape == "olmocr2")
    return section


if __name__ == "__main__":
    main()
