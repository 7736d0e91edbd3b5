"""The CUDA paths on one GPU, in one prepared run: the `hf` engine and SFT training on olmOCR-2's exact shape with
random weights, built on the GPU machine. Writes its section of bench/RESULTS.md with the GPU's name.

    python bench/gpu_check.py [--shape olmocr2|tiny] [--batch-sizes 1,16,64] [--answer-tokens 700]
                              [--train-steps 5] [--scratch DIR] [--no-write]

1. The `hf` engine (olmocr_core.engines.hf_chat.HfChatModel, transformers' ``generate``, NOT vLLM) over the real
   pages of samples/ rendered by our code at 1288 px, one batch per batch size, every answer exactly
   ``--answer-tokens`` long (min_tokens = max_tokens: a random model stops at random). pages/s, output tokens/s
   and peak GPU memory per batch size, beside olmOCR's 4.53 pages/s (vLLM, FP8, one H100).
2. SFT through the project's own loop (olmocr_core.train.loop.train) on those pages: LoRA and full fine-tuning,
   each with AdamW and with Muon, bf16 weights and bf16 autocast. Full fine-tuning keeps the weights, gradients
   and optimizer states in bf16: AdamW's 8 bytes per parameter (66 GB for 8.3e9 parameters) fit on one H200
   with the activations of a page; fp32 weights and states (16 bytes, 133 GB) would not, and 8-bit states
   (bitsandbytes) are not on the machine. The first step (allocation, kernel selection) is not timed; no
   checkpoint is written (a full one with its optimizer is ~50 GB on a 64 GiB disk).
3. Embeddings on the GPU: skipped until the embeddings work (issue 18) lands.

``--shape tiny`` runs the same on CPU with a toy model, a few pages, short answers and 3 steps per run, never
writing RESULTS.md: how tests/bench/test_bench_gpu_check.py checks this script.

On the GPU machine (no registry, no dagster, no vLLM; PyMuPDF travels as the wheel bench/gpu_wheels.sh downloads
into .whl/), one device ``run`` from the repository root with carry [".whl"] and timeout_s 600, command (one line):

    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site PYTHONUNBUFFERED=1 || exit; set -o pipefail; python3 bench/gpu_check.py --scratch /tmp/gpu-check 2>&1 | tee $OUT/gpu_check.log; rc=$?; cp bench/RESULTS.md $OUT/; exit $rc

About 7 minutes: the model is built and saved once (16.6 GB), then loaded (and its weights hashed, as every
load does for the lineage) once for the engine and once per training run. Progress goes to stderr as it is made.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import math
import platform
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from results import REPO, machine, peak_rss_mib, publish

sys.path.insert(0, str(REPO))
from olmocr_core.engines.hf_chat import DEFAULT_BATCH_SIZE  # noqa: E402
from olmocr_core.formats.prompts import TARGET_LONGEST_IMAGE_DIM, build_messages  # noqa: E402
from olmocr_core.formats.response import PageResponse, format_page_response  # noqa: E402
from olmocr_core.rendering.pdf import open_document, page_count, page_text, render_page_file  # noqa: E402
from tests.support.tiny_qwen import OLMOCR2, TINY, Qwen25VLShape, build_random_qwen25vl  # noqa: E402

HEADING = "## The CUDA paths on one GPU (hf engine and training, olmOCR-2's shape, random weights)"
SAMPLES = REPO / "samples"  # inside the repo: ../shared does not travel to the GPU machine


@dataclass(frozen=True)
class Plan:
    """What one shape runs: the model, and the sizes of the work that fit its machine and time."""

    shape: Qwen25VLShape
    dtype: str
    batch_sizes: tuple[int, ...]
    answer_tokens: int
    train_steps: int  # timed steps per training run, after one untimed


PLANS = {
    # One page alone, the engine's own batch (HfBackend's default) and four times that.
    "olmocr2": Plan(OLMOCR2, "bfloat16", (1, DEFAULT_BATCH_SIZE, 4 * DEFAULT_BATCH_SIZE), 700, 5),
    "tiny": Plan(TINY, "float32", (1, 2), 16, 2),
}
# olmOCR's own figure: 10,000 pages in 36 min 47 s on one H100 with olmOCR-2-7B-1025-FP8 served by vLLM.
OLMOCR_H100_PAGES_S = 4.53
OLMOCR_H100_OUTPUT_TOKENS_S = 3100
TRAINING_RUNS = (("LoRA", "adamw"), ("LoRA", "muon"), ("full", "adamw"), ("full", "muon"))


@dataclass(frozen=True)
class EngineRow:
    batch_size: int
    prompt_tokens: int  # over the batch
    output_tokens: int
    seconds: float
    peak_gib: float | None  # None on CPU

    @property
    def pages_s(self) -> float:
        return self.batch_size / self.seconds

    @property
    def output_tokens_s(self) -> float:
        return self.output_tokens / self.seconds


@dataclass(frozen=True)
class TrainRow:
    kind: str  # LoRA or full
    optimizer: str
    losses: tuple[float, ...]  # every step's, the untimed first included
    tokens: int  # over the timed steps
    seconds: float  # over the timed steps
    peak_gib: float | None

    @property
    def steps(self) -> int:
        return len(self.losses) - 1

    @property
    def seconds_per_step(self) -> float:
        return self.seconds / self.steps

    @property
    def tokens_s(self) -> float:
        return self.tokens / self.seconds

    @property
    def finite(self) -> bool:
        return all(math.isfinite(loss) for loss in self.losses)


# ---------------------------------------------------------------------------------------------------- the device


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def device_name() -> str:
    import torch

    return torch.cuda.get_device_name() if torch.cuda.is_available() else f"none (CPU: {platform.processor() or 'x86'})"


@contextlib.contextmanager
def peak_memory() -> Iterator[list[float | None]]:
    """Peak GPU memory allocated inside the block, in GiB (None on CPU): [value] once the block ends. The
    GPU's queue is drained on both sides, so that the time around the block is the GPU's too."""
    import torch

    box: list[float | None] = [None]
    if torch.cuda.is_available():
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
    yield box
    if torch.cuda.is_available():
        torch.cuda.synchronize()
        box[0] = torch.cuda.max_memory_allocated() / 2**30


def release_memory() -> None:
    """Give back what the last model held, so that the next part starts from an empty GPU."""
    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


# ---------------------------------------------------------------------------------------------------- pages


def sample_pages() -> list[tuple[Path, int]]:
    """Every page of the PDFs in samples/: (pdf, 1-based page number)."""
    pages = []
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        pages += [(pdf, number) for number in range(1, page_count(open_document(pdf)) + 1)]
    return pages


def rendered_pages(count: int) -> list[bytes]:
    """count page images (PNG, longest side 1288 px), the sample pages in turn as often as needed."""
    pages = sample_pages()
    images = [render_page_file(str(pdf), number, TARGET_LONGEST_IMAGE_DIM) for pdf, number in pages]
    return [images[i % len(images)] for i in range(count)]


def write_training_pages(folder: Path, model_dir: Path, answer_tokens: int) -> Path:
    """The sample pages as an olmOCR SFT dataset: one-page x.pdf beside x.md (front matter + its own text).

    The samples' text layers are a line or two, and olmOCR-2's answers average about 700 tokens: each answer
    repeats its page's text until it is answer_tokens long in the model's tokenizer, so that a step trains on
    a page of the real length (prompt + answer)."""
    import pymupdf
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    folder.mkdir(parents=True, exist_ok=True)
    for pdf, number in sample_pages():
        source = open_document(pdf)
        text = page_text(source, number).strip() or "This page has no text layer."
        body = text
        while len(tokenizer(body)["input_ids"]) < answer_tokens:
            body += "\n\n" + text
        page = pymupdf.open()
        page.insert_pdf(source, from_page=number - 1, to_page=number - 1)
        stem = folder / f"{pdf.stem}-{number}"
        page.save(stem.with_suffix(".pdf"))
        answer = PageResponse(
            primary_language="en",
            is_rotation_valid=True,
            rotation_correction=0,
            is_table=False,
            is_diagram=False,
            natural_text=body,
        )
        stem.with_suffix(".md").write_text(format_page_response(answer))
    return folder


# ---------------------------------------------------------------------------------------------------- the engine


def measure_engine(model_dir: Path, plan: Plan) -> list[EngineRow]:
    """One batch per batch size through HfChatModel.generate_batch, greedy, answers exactly answer_tokens long."""
    import torch

    from olmocr_core.engines.hf_chat import HfChatModel

    model = HfChatModel.load(model_dir, device=device(), dtype=getattr(torch, plan.dtype))
    requests = [build_messages(png) for png in rendered_pages(max(plan.batch_sizes))]
    # Untimed: CUDA's context, cuBLAS's handles and the allocator's first blocks are set up once per process.
    model.generate_batch(requests[:1], temperature=0.0, max_tokens=4, min_tokens=4)
    rows = []
    for batch_size in plan.batch_sizes:
        with peak_memory() as peak:
            started = time.perf_counter()
            answers = model.generate_batch(
                requests[:batch_size],
                temperature=0.0,
                max_tokens=plan.answer_tokens,
                min_tokens=plan.answer_tokens,
            )
        seconds = time.perf_counter() - started  # after peak_memory's synchronize: the GPU's time too
        rows.append(
            EngineRow(
                batch_size,
                sum(answer.prompt_tokens for answer in answers),
                sum(answer.completion_tokens for answer in answers),
                seconds,
                peak[0],
            )
        )
        row = rows[-1]
        print(
            f"hf engine, batch {batch_size}: {row.pages_s:.3f} pages/s, {row.output_tokens_s:,.0f} output tokens/s, "
            f"{row.seconds:.1f} s, peak GPU {gib(row.peak_gib)} GiB",
            file=sys.stderr,
            flush=True,
        )
    del model
    release_memory()
    return rows


# ---------------------------------------------------------------------------------------------------- training


def measure_training(model_dir: Path, pages: Path, plan: Plan, kind: str, optimizer: str, scratch: Path) -> TrainRow:
    """train_steps + 1 steps of the project's SFT loop; the first is not timed."""
    from olmocr_core.train.config import DataConfig, DatasetConfig, LoraConfig, ModelConfig, TrainConfig, TrainingConfig
    from olmocr_core.train.loop import train

    steps = plan.train_steps + 1
    config = TrainConfig(
        model=ModelConfig(base=str(model_dir), dtype=plan.dtype, lora=LoraConfig() if kind == "LoRA" else None),
        data=DataConfig(train=(DatasetConfig(name="samples", root=str(pages)),)),
        training=TrainingConfig(
            optimizer=optimizer,
            learning_rate=1e-5,
            lr_scheduler="constant",
            bf16=True,
            # One more step than is run: stop_after_step ends the run as a crash would, with no checkpoint.
            max_steps=steps + 1,
            save_steps=None,
            # Pages are rendered and tokenised in a worker process while the GPU trains, as a real run would.
            dataloader_workers=1,
        ),
    )
    records: list[dict] = []
    output = scratch / f"train-{kind}-{optimizer}"
    with peak_memory() as peak:
        result = train(config, output, on_log=records.append, stop_after_step=steps)
    records = [r for r in records if "loss" in r]
    if result.steps != steps or len(records) != steps:
        raise RuntimeError(f"{kind} {optimizer}: {result.steps} steps, {len(records)} logged, {steps} wanted")
    first, last = records[0], records[-1]
    release_memory()
    return TrainRow(
        kind,
        optimizer,
        tuple(r["loss"] for r in records),
        last["tokens"] - first["tokens"],
        last["seconds"] - first["seconds"],
        peak[0],
    )


# ---------------------------------------------------------------------------------------------------- the report


def gib(value: float | None) -> str:
    return "n/a (CPU)" if value is None else f"{value:.1f}"


def report(shape: str, plan: Plan, gpu: str, engine: Sequence[EngineRow], training: Sequence[TrainRow]) -> str:
    import torch
    import transformers

    model = "olmOCR-2-7B's exact shape (8.3e9 parameters)" if shape == "olmocr2" else "a toy shape"
    lines = [
        HEADING,
        "",
        f"Machine: {machine()}; GPU: {gpu}; torch {torch.__version__}, transformers {transformers.__version__}.",
        "",
        f"Model: a Qwen2.5-VL of {model} with random weights, built on this machine in {plan.dtype}.",
        "",
        "### The `hf` engine (transformers' generate, not vLLM)",
        "",
        f"`HfChatModel.generate_batch` over the {len(sample_pages())} pages of `samples/` rendered at 1288 px "
        f"(repeated to fill a batch), greedy, every answer exactly {plan.answer_tokens} tokens; one batch per size.",
        "",
        "| engine | batch | prompt tokens/page | answer tokens/page | seconds | pages/s | output tokens/s "
        "| peak GPU GiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in engine:
        lines.append(
            f"| ours: `hf` (transformers) | {row.batch_size} | {row.prompt_tokens / row.batch_size:,.0f} | "
            f"{row.output_tokens / row.batch_size:,.0f} | {row.seconds:.1f} | {row.pages_s:.3f} | "
            f"{row.output_tokens_s:,.0f} | {gib(row.peak_gib)} |"
        )
    best = max(engine, key=lambda row: row.pages_s)
    lines += [
        f"| olmOCR + vLLM, FP8 (its published run, H100) | continuous | | "
        f"{OLMOCR_H100_OUTPUT_TOKENS_S / OLMOCR_H100_PAGES_S:.0f} | | {OLMOCR_H100_PAGES_S} | "
        f"{OLMOCR_H100_OUTPUT_TOKENS_S:,} | |",
        "",
        f"This is the transformers engine, not vLLM: at its best batch ({best.batch_size}) it does "
        f"{best.pages_s:.3f} pages/s, "
        + (
            f"{best.pages_s / OLMOCR_H100_PAGES_S:.2f}x olmOCR's vLLM figure on an H100 (a different GPU, FP8 "
            "weights and continuous batching). "
            if shape == "olmocr2"
            else "a toy shape on CPU, not comparable with olmOCR's figure. "
        )
        + "It is for machines without vLLM and as the reference vLLM is checked against; production OCR runs on "
        "vLLM (`--engine vlm`).",
        "",
        f"### SFT training (olmocr_core.train.loop, {plan.dtype} weights, bf16 autocast)",
        "",
        f"The pages of `samples/` as one-page PDFs with their text layer as the answer (repeated to "
        f"{plan.answer_tokens} tokens), one page per step; {plan.train_steps} steps timed after an untimed "
        "first; no checkpoint written. Full fine-tuning keeps weights, gradients and optimizer states in bf16 "
        "(AdamW: 8 bytes per parameter, 66 GB at this shape; fp32 states, 16 bytes, would not fit one H200 with "
        "the activations; 8-bit states are not available there).",
        "",
        "| run | optimizer | steps timed | tokens/step | s/step | tokens/s | peak GPU GiB | loss, first to last "
        "| finite |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in training:
        lines.append(
            f"| {row.kind} | {row.optimizer} | {row.steps} | {row.tokens / row.steps:,.0f} | "
            f"{row.seconds_per_step:.2f} | {row.tokens_s:,.0f} | {gib(row.peak_gib)} | "
            f"{row.losses[0]:.3f} to {row.losses[-1]:.3f} | {'yes' if row.finite else 'NO'} |"
        )
    lines += [
        "",
        "### Embeddings on the GPU",
        "",
        "Skipped: the embeddings work (issue 18) has not landed.",
        "",
        f"Peak resident memory of the process: {peak_rss_mib() / 1024:.1f} GiB. Run: `python3 bench/gpu_check.py` "
        "(see its docstring for the GPU machine's command).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shape", choices=sorted(PLANS), default="olmocr2")
    parser.add_argument("--batch-sizes", help="comma-separated, e.g. 1,16,64")
    parser.add_argument("--answer-tokens", type=int)
    parser.add_argument("--train-steps", type=int, help="timed steps per training run")
    parser.add_argument("--scratch", type=Path, help="keep the model and the runs in this folder")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    plan = PLANS[args.shape]
    plan = dataclasses.replace(
        plan,
        batch_sizes=tuple(int(b) for b in args.batch_sizes.split(",")) if args.batch_sizes else plan.batch_sizes,
        answer_tokens=args.answer_tokens or plan.answer_tokens,
        train_steps=args.train_steps or plan.train_steps,
    )
    with contextlib.ExitStack() as stack:
        scratch = args.scratch or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="gpu-check-")))
        scratch.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        model_dir = scratch / f"random-{args.shape}"
        if not (model_dir / "config.json").exists():
            build_random_qwen25vl(model_dir, plan.shape, dtype=plan.dtype, device=device())
            release_memory()
        print(f"model ready in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        engine = measure_engine(model_dir, plan)
        pages = write_training_pages(scratch / "train-pages", model_dir, plan.answer_tokens)
        training = []
        for kind, optimizer in TRAINING_RUNS:
            training.append(measure_training(model_dir, pages, plan, kind, optimizer, scratch))
            row = training[-1]
            print(
                f"training {kind} {optimizer}: {row.seconds_per_step:.2f} s/step, {row.tokens_s:,.0f} tokens/s, "
                f"peak GPU {gib(row.peak_gib)} GiB, loss {row.losses[0]:.3f} to {row.losses[-1]:.3f}",
                file=sys.stderr,
                flush=True,
            )
        section = report(args.shape, plan, device_name(), engine, training)
    print(f"all done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    publish(HEADING, section, write=not args.no_write and args.shape == "olmocr2")
    return section


if __name__ == "__main__":
    main()
