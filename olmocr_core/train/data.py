"""Training pages -> model-ready samples, olmOCR's SFT data pipeline.

A dataset is a folder of single-page PDFs, each ``x.pdf`` next to ``x.md``: olmOCR's answer format (YAML front
matter, then the page's text). Each page runs through a pipeline of steps configured in the run's YAML
(``PIPELINE_STEPS``); the standard one parses the answer, renders the page as the OCR pipeline does, sometimes
rotates it, drops pages a filter rejects, builds the v4 request and the answer, and tokenizes the pair with
the prompt masked out of the labels.

A page that cannot become a sample (no PDF, an unreadable PDF, an answer that does not parse, a filter, too
many tokens) is skipped with a reason and counted in a ``DatasetReport``; it never stops a run. Everything
random is seeded from the run's seed, the epoch and the page's name, so a run sees the same samples in the
same order every time it is started or resumed. torch and transformers are imported lazily: loading a run's
configuration needs neither.
"""

from __future__ import annotations

import io
import random
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from olmocr_core.common.errors import ConfigError, InputError, ResponseParseError
from olmocr_core.engines.hf_chat import ChatEncoder
from olmocr_core.formats.prompts import TARGET_LONGEST_IMAGE_DIM, build_messages
from olmocr_core.formats.response import PageResponse, format_page_response, parse_page_response
from olmocr_core.models.source import locate_model
from olmocr_core.rendering.pdf import ROTATIONS, encode_png, open_document, render_page_png

if TYPE_CHECKING:
    import torch

    from olmocr_core.train.config import DatasetConfig

IGNORE_INDEX = -100  # the label of a token the loss skips (the prompt, padding)
END_OF_TURN = "<|im_end|>"  # Qwen's end of an assistant turn: trained as the answer's last token
MAX_EXAMPLES = 5  # example pages kept per skip reason in a report


class FieldError(ConfigError):
    """A configuration field's value is wrong: the field (relative to its section) and the reason.

    Raised by the checks of config sections and pipeline steps; loading a YAML file prefixes the section's path.
    """

    def __init__(self, field_name: str, reason: str):
        self.field_name = field_name
        self.reason = reason
        super().__init__(f"{field_name}: {reason}")


class SkipSample(Exception):
    """This page cannot become a training sample; ``reason`` is a short key, ``detail`` says why."""

    def __init__(self, reason: str, detail: str):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


@dataclass
class PageSample:
    """One page on its way through the pipeline: each step fills in what it gives."""

    pdf_path: Path
    md_path: Path
    page: PageResponse | None = None
    image: bytes | None = None  # PNG
    messages: list[dict] | None = None
    answer: str | None = None
    inputs: dict[str, torch.Tensor] | None = None


@dataclass(frozen=True)
class StepContext:
    encoder: ChatEncoder
    rng: random.Random  # this page's own generator (seed, epoch, page): the same draw on every run


class PipelineStep:
    """A pipeline step. Subclasses are frozen dataclasses whose fields are the step's YAML options.

    ``needs`` and ``gives`` name PageSample fields: the configuration checks that every step's needs are
    given by an earlier step, so a misordered pipeline fails when it is loaded, not hours into a run.
    """

    needs: ClassVar[frozenset[str]] = frozenset()
    gives: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        raise NotImplementedError

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Raise ConfigError naming the option whose value is out of range."""


@dataclass(frozen=True)
class FrontMatterParser(PipelineStep):
    """Read the page's answer from its .md file (front matter + text)."""

    gives: ClassVar[frozenset[str]] = frozenset({"page"})

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        if not sample.md_path.is_file():
            raise SkipSample("missing_markdown", f"{sample.md_path} does not exist")
        try:
            sample.page = parse_page_response(sample.md_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise SkipSample("unreadable_markdown", f"{sample.md_path}: {exc}") from exc
        except ResponseParseError as exc:
            raise SkipSample("bad_front_matter", f"{sample.md_path}: {exc}") from exc


@dataclass(frozen=True)
class PDFRenderer(PipelineStep):
    """Render the page as the OCR pipeline does (olmocr_core.rendering.pdf), so training sees what inference sees."""

    target_longest_image_dim: int = TARGET_LONGEST_IMAGE_DIM
    gives: ClassVar[frozenset[str]] = frozenset({"image"})

    def check(self) -> None:
        if self.target_longest_image_dim < 1:
            raise FieldError("target_longest_image_dim", "must be positive")

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        if not sample.pdf_path.is_file():
            raise SkipSample("missing_pdf", f"{sample.pdf_path} does not exist")
        try:
            with open_document(sample.pdf_path) as doc:
                sample.image = render_page_png(doc, 1, self.target_longest_image_dim)
        except InputError as exc:
            raise SkipSample("unreadable_pdf", str(exc)) from exc


@dataclass(frozen=True)
class RotationAugmentation(PipelineStep):
    """With ``probability``, turn the image by 90/180/270 degrees and make the answer say how to undo it.

    olmOCR's rotation_correction is the counter-clockwise turn that makes the image upright (the retry turns
    the image by it, olmocr_core.rendering.pdf.render_page_png's ``rotation``). Turning an image by ``r`` changes the
    correction it needs from ``c`` to ``(c - r) mod 360``; the rotation is valid only when that is 0.
    """

    probability: float = 0.02
    needs: ClassVar[frozenset[str]] = frozenset({"page", "image"})

    def check(self) -> None:
        if not 0.0 <= self.probability <= 1.0:
            raise FieldError("probability", "must be between 0 and 1")

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        if context.rng.random() >= self.probability:
            return
        turn = context.rng.choice(ROTATIONS[1:])
        sample.image = rotate_png(sample.image, turn)
        correction = (sample.page.rotation_correction - turn) % 360
        sample.page = replace(sample.page, rotation_correction=correction, is_rotation_valid=correction == 0)


def rotate_png(png: bytes, rotation: int) -> bytes:
    """The PNG turned counter-clockwise by rotation degrees, like render_page_png(..., rotation=...)."""
    from PIL import Image  # lazy: pillow is optional (train extra)

    with Image.open(io.BytesIO(png)) as image:
        rgb = np.asarray(image.convert("RGB"))
    return encode_png(np.ascontiguousarray(np.rot90(rgb, rotation // 90)))


_LATEX_DELIMITER = re.compile(r"\\[()\[\]]")
_LATEX_CLOSING = {"\\(": "\\)", "\\[": "\\]"}


@dataclass(frozen=True)
class LatexBracketFilter(PipelineStep):
    """Skip pages whose math delimiters \\( \\) and \\[ \\] are unbalanced or nested: a broken answer to learn."""

    needs: ClassVar[frozenset[str]] = frozenset({"page"})

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        open_delimiter = None
        for match in _LATEX_DELIMITER.finditer(sample.page.natural_text or ""):
            token = match.group()
            if open_delimiter is None and token in _LATEX_CLOSING:
                open_delimiter = token
            elif open_delimiter is not None and token == _LATEX_CLOSING[open_delimiter]:
                open_delimiter = None
            else:
                raise SkipSample("unbalanced_latex", f"{sample.md_path}: unexpected {token} at {match.start()}")
        if open_delimiter is not None:
            raise SkipSample("unbalanced_latex", f"{sample.md_path}: {open_delimiter} is never closed")


@dataclass(frozen=True)
class MaxTextLength(PipelineStep):
    """Skip pages whose text is longer than max_chars characters."""

    max_chars: int = 20000
    needs: ClassVar[frozenset[str]] = frozenset({"page"})

    def check(self) -> None:
        if self.max_chars < 1:
            raise FieldError("max_chars", "must be positive")

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        length = len(sample.page.natural_text or "")
        if length > self.max_chars:
            raise SkipSample("text_too_long", f"{sample.md_path}: {length} characters > {self.max_chars}")


@dataclass(frozen=True)
class LanguageFilter(PipelineStep):
    """Keep only pages whose primary_language is listed ("null" stands for pages without one)."""

    languages: tuple[str, ...] = ("en",)
    needs: ClassVar[frozenset[str]] = frozenset({"page"})

    def check(self) -> None:
        if not self.languages:
            raise FieldError("languages", "must list at least one language")

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        language = sample.page.primary_language or "null"
        if language not in self.languages:
            raise SkipSample("language", f"{sample.md_path}: primary_language {language} is not kept")


@dataclass(frozen=True)
class InstructionBuilder(PipelineStep):
    """The v4 request for the page image, exactly what the OCR pipeline sends."""

    needs: ClassVar[frozenset[str]] = frozenset({"image"})
    gives: ClassVar[frozenset[str]] = frozenset({"messages"})

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        sample.messages = build_messages(sample.image)


@dataclass(frozen=True)
class AnswerFormatter(PipelineStep):
    """The answer the model learns: front matter + text, as olmocr_core.formats.response formats and parses it."""

    needs: ClassVar[frozenset[str]] = frozenset({"page"})
    gives: ClassVar[frozenset[str]] = frozenset({"answer"})

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        sample.answer = format_page_response(sample.page)


@dataclass(frozen=True)
class Tokenizer(PipelineStep):
    """Prompt (chat template, image tokens) + answer + <|im_end|>; labels only on the answer.

    The answer is tokenized on its own, as generation produces it after the prompt: no BPE merge across the
    prompt/answer boundary that inference would never see.
    """

    max_length: int = 8192
    needs: ClassVar[frozenset[str]] = frozenset({"messages", "answer"})
    gives: ClassVar[frozenset[str]] = frozenset({"inputs"})

    def check(self) -> None:
        if self.max_length < 1:
            raise FieldError("max_length", "must be positive")

    def __call__(self, sample: PageSample, context: StepContext) -> None:
        import torch  # lazy: optional (train extra), slow import

        prompt = context.encoder.encode(sample.messages)
        answer_ids = context.encoder.tokenizer(sample.answer + END_OF_TURN, return_tensors="pt")["input_ids"]
        length = prompt["input_ids"].shape[1] + answer_ids.shape[1]
        if length > self.max_length:
            raise SkipSample("too_long", f"{sample.pdf_path}: {length} tokens > max_length {self.max_length}")
        input_ids = torch.cat([prompt["input_ids"], answer_ids], dim=1)
        sample.inputs = {
            "input_ids": input_ids,
            "attention_mask": torch.ones_like(input_ids),
            "labels": torch.cat([torch.full_like(prompt["input_ids"], IGNORE_INDEX), answer_ids], dim=1),
            "mm_token_type_ids": torch.cat([prompt["mm_token_type_ids"], torch.zeros_like(answer_ids)], dim=1),
            "pixel_values": prompt["pixel_values"],
            "image_grid_thw": prompt["image_grid_thw"],
        }


PIPELINE_STEPS: dict[str, type[PipelineStep]] = {
    step.__name__: step
    for step in (
        FrontMatterParser,
        PDFRenderer,
        RotationAugmentation,
        LatexBracketFilter,
        MaxTextLength,
        LanguageFilter,
        InstructionBuilder,
        AnswerFormatter,
        Tokenizer,
    )
}


def default_pipeline() -> tuple[PipelineStep, ...]:
    """olmOCR's standard SFT pipeline."""
    return (
        FrontMatterParser(),
        PDFRenderer(),
        RotationAugmentation(),
        LatexBracketFilter(),
        InstructionBuilder(),
        AnswerFormatter(),
        Tokenizer(),
    )


def check_pipeline(steps: Sequence[PipelineStep]) -> tuple[int, str] | None:
    """(index, problem) of the first step that needs what no earlier step gives, or of a pipeline that does
    not end with model inputs; None when the pipeline is sound."""
    given: set[str] = set()
    for index, step in enumerate(steps):
        missing = step.needs - given
        if missing:
            return index, f"{type(step).__name__} needs {', '.join(sorted(missing))}, which no earlier step gives"
        given |= step.gives
    if "inputs" not in given:
        return len(steps), "the pipeline never produces model inputs (it needs a Tokenizer step)"
    return None


# ---------------------------------------------------------------------------------------------------- datasets


@dataclass(frozen=True)
class Prepared:
    """One page's outcome: model inputs, or the reason it was skipped."""

    inputs: dict[str, torch.Tensor] | None
    reason: str | None = None
    detail: str | None = None


@dataclass
class DatasetReport:
    """What a pass over a dataset gave: samples, skips per reason with example pages, token lengths."""

    name: str
    pages: int = 0
    samples: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)  # reason -> "detail" of a few pages
    token_lengths: dict[str, dict[str, float]] = field(default_factory=dict)

    def count(self, prepared: Prepared) -> None:
        self.pages += 1
        if prepared.inputs is not None:
            self.samples += 1
            return
        self.skipped[prepared.reason] = self.skipped.get(prepared.reason, 0) + 1
        examples = self.examples.setdefault(prepared.reason, [])
        if len(examples) < MAX_EXAMPLES:
            examples.append(prepared.detail)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "pages": self.pages,
            "samples": self.samples,
            "skipped": dict(sorted(self.skipped.items())),
            "examples": dict(sorted(self.examples.items())),
            "token_lengths": self.token_lengths,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DatasetReport:
        return cls(**data)


def list_pages(root: Path) -> list[tuple[Path, Path]]:
    """(pdf, md) pairs under root by name, sorted; either may be missing (the pipeline says which)."""
    stems = {path.with_suffix("") for pattern in ("*.pdf", "*.md") for path in root.rglob(pattern)}
    return [(stem.with_suffix(".pdf"), stem.with_suffix(".md")) for stem in sorted(stems)]


class PageDataset:
    """The pages of one or more datasets, each with its own pipeline, prepared on demand by index.

    Indexed by (epoch, index) so that a torch DataLoader can prepare pages in worker processes: the epoch
    seeds the page's own random draws, and ``order(epoch)`` is the epoch's shuffled order.
    """

    def __init__(self, datasets: Sequence[DatasetConfig], encoder: ChatEncoder, seed: int):
        self.encoder = encoder
        self.seed = seed
        self.items: list[tuple[DatasetConfig, str, Path, Path]] = []
        for dataset in datasets:
            root = Path(dataset.root)
            if not root.is_dir():
                raise ConfigError(f"dataset {dataset.name}: root {root} is not a folder")
            for pdf_path, md_path in list_pages(root):
                key = f"{dataset.name}/{pdf_path.with_suffix('').relative_to(root).as_posix()}"
                self.items.append((dataset, key, pdf_path, md_path))

    def __len__(self) -> int:
        return len(self.items)

    def order(self, epoch: int) -> list[int]:
        indices = list(range(len(self.items)))
        random.Random(f"{self.seed}/order/{epoch}").shuffle(indices)
        return indices

    def __getitem__(self, position: tuple[int, int]) -> Prepared:
        epoch, index = position
        dataset, key, pdf_path, md_path = self.items[index]
        sample = PageSample(pdf_path=pdf_path, md_path=md_path)
        context = StepContext(self.encoder, random.Random(f"{self.seed}/{epoch}/{key}"))
        try:
            for step in dataset.pipeline:
                step(sample, context)
        except SkipSample as skip:
            return Prepared(None, skip.reason, skip.detail)
        return Prepared(sample.inputs)

    def in_order(self, epoch: int = 0) -> Iterator[Prepared]:
        """Every page once, in name order (evaluation, reports)."""
        for index in range(len(self)):
            yield self[(epoch, index)]


def collate(samples: Sequence[dict[str, torch.Tensor]], pad_token_id: int) -> dict[str, torch.Tensor]:
    """A micro-batch for Qwen2.5-VL: sequences right-padded to the longest, images concatenated.

    Padding is masked (attention 0, label IGNORE_INDEX, not an image token); the model takes every image's
    patches in one pixel_values tensor with image_grid_thw giving each image's grid, in sequence order.
    """
    import torch  # lazy: optional (train extra), slow import

    length = max(sample["input_ids"].shape[1] for sample in samples)
    pad_values = {"input_ids": pad_token_id, "attention_mask": 0, "labels": IGNORE_INDEX, "mm_token_type_ids": 0}
    batch = {
        name: torch.cat(
            [torch.nn.functional.pad(s[name], (0, length - s[name].shape[1]), value=value) for s in samples]
        )
        for name, value in pad_values.items()
    }
    batch["pixel_values"] = torch.cat([sample["pixel_values"] for sample in samples])
    batch["image_grid_thw"] = torch.cat([sample["image_grid_thw"] for sample in samples])
    return batch


def summarize_dataset(dataset: DatasetConfig, model_dir: str | Path, *, seed: int = 0) -> DatasetReport:
    """One pass over the dataset with model_dir's tokenizer and image processor: samples, skips per reason,
    and token-length statistics (whole sample, answer, image) of the samples."""
    encoder = ChatEncoder.load(locate_model(str(model_dir)))
    report = DatasetReport(dataset.name)
    lengths: dict[str, list[int]] = {"tokens": [], "answer_tokens": [], "image_tokens": []}
    for prepared in PageDataset([dataset], encoder, seed).in_order():
        report.count(prepared)
        if prepared.inputs is not None:
            lengths["tokens"].append(prepared.inputs["input_ids"].shape[1])
            lengths["answer_tokens"].append(int((prepared.inputs["labels"] != IGNORE_INDEX).sum()))
            lengths["image_tokens"].append(int(prepared.inputs["mm_token_type_ids"].sum()))
    report.token_lengths = {name: _stats(values) for name, values in lengths.items() if values}
    return report


def _stats(values: list[int]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "min": ordered[0],
        "mean": statistics.fmean(ordered),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
        "max": ordered[-1],
    }
