"""The SFT data pipeline over real generated pages and the tiny model's real tokenizer and image processor."""

from __future__ import annotations

import io
import itertools
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from olmocr_core.engines.hf_chat import ChatEncoder
from olmocr_core.formats.prompts import build_messages
from olmocr_core.formats.response import parse_page_response
from olmocr_core.rendering.pdf import open_document, render_page_png
from olmocr_core.train.config import DatasetConfig
from olmocr_core.train.data import (
    END_OF_TURN,
    IGNORE_INDEX,
    AnswerFormatter,
    FrontMatterParser,
    InstructionBuilder,
    LanguageFilter,
    LatexBracketFilter,
    MaxTextLength,
    PageDataset,
    PageSample,
    PDFRenderer,
    RotationAugmentation,
    SkipSample,
    StepContext,
    Tokenizer,
    collate,
    rotate_png,
    summarize_dataset,
)
from tests.support.tiny_qwen import one_torch_thread
from tests.support.training_pages import page_answer, write_training_pages

TEXTS = ("Invoice 42 was paid in full.", "The meeting moved to Tuesday.", "Revenue grew by 12 percent.")
NO_AUGMENTATION = (
    FrontMatterParser(),
    PDFRenderer(),
    InstructionBuilder(),
    AnswerFormatter(),
    Tokenizer(),
)


@pytest.fixture(scope="module", autouse=True)
def single_thread() -> Iterator[None]:
    with one_torch_thread():
        yield


@pytest.fixture(scope="module")
def encoder(untrained_model_dir: Path) -> ChatEncoder:
    return ChatEncoder.load(untrained_model_dir)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_training_pages(tmp_path_factory.mktemp("pages"), TEXTS)


def _render(pdf: Path, rotation: int = 0) -> bytes:
    with open_document(pdf) as doc:
        return render_page_png(doc, 1, rotation=rotation)


def test_prompt_is_masked_and_labels_are_the_answer(pages: list[Path], encoder: ChatEncoder) -> None:
    dataset = PageDataset([DatasetConfig("pages", str(pages[0].parent), NO_AUGMENTATION)], encoder, seed=0)
    assert len(dataset) == len(TEXTS)
    for index, pdf in enumerate(pages):  # name order
        inputs = dataset[(0, index)].inputs
        input_ids, labels = inputs["input_ids"][0], inputs["labels"][0]
        # The prompt is exactly the request the OCR pipeline sends for this page.
        prompt = encoder.encode(build_messages(_render(pdf)))
        prompt_length = prompt["input_ids"].shape[1]
        assert input_ids[:prompt_length].tolist() == prompt["input_ids"][0].tolist()
        assert (labels[:prompt_length] == IGNORE_INDEX).all()
        assert inputs["pixel_values"].equal(prompt["pixel_values"])
        assert inputs["image_grid_thw"].tolist() == prompt["image_grid_thw"].tolist()
        assert inputs["mm_token_type_ids"][0, :prompt_length].equal(prompt["mm_token_type_ids"][0])
        # Everything after the prompt is trained, and decodes to front matter + text + <|im_end|>.
        answer = labels[prompt_length:]
        assert (answer != IGNORE_INDEX).all() and answer.equal(input_ids[prompt_length:])
        assert encoder.tokenizer.decode(answer) == pdf.with_suffix(".md").read_text() + END_OF_TURN
        assert page_answer(TEXTS[index]) + END_OF_TURN == encoder.tokenizer.decode(answer)
        assert inputs["attention_mask"].sum() == len(input_ids)


def test_rotation_augmentation_turns_the_image_and_sets_the_inverse_correction(pages: list[Path]) -> None:
    upright = _render(pages[0])
    seen = set()
    for seed in itertools.count():
        if seen == {90, 180, 270} or seed == 30:
            break
        sample = PageSample(pages[0], pages[0].with_suffix(".md"))
        context = StepContext(encoder=None, rng=random.Random(seed))
        FrontMatterParser()(sample, context)
        PDFRenderer()(sample, context)
        RotationAugmentation(probability=1.0)(sample, context)
        correction = sample.page.rotation_correction
        turn = (360 - correction) % 360
        seen.add(turn)
        assert turn in (90, 180, 270)
        assert sample.page.is_rotation_valid is False
        # The image is the page turned by `turn`; turning it by the correction makes it upright again.
        assert sample.image == _render(pages[0], rotation=turn)
        assert _pixels(rotate_png(sample.image, correction)) == _pixels(upright)
        assert sample.page.natural_text == TEXTS[0]
    assert seen == {90, 180, 270}

    # Probability 0 leaves page and answer alone.
    sample = PageSample(pages[0], pages[0].with_suffix(".md"))
    context = StepContext(encoder=None, rng=random.Random(0))
    FrontMatterParser()(sample, context)
    PDFRenderer()(sample, context)
    RotationAugmentation(probability=0.0)(sample, context)
    assert sample.image == upright and sample.page.is_rotation_valid and sample.page.rotation_correction == 0


def _pixels(png: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return image.convert("RGB").tobytes() + bytes(str(image.size), "ascii")


def test_augmentation_is_seeded_per_page_and_epoch(pages: list[Path], encoder: ChatEncoder) -> None:
    steps = (FrontMatterParser(), PDFRenderer(), RotationAugmentation(probability=0.5), *NO_AUGMENTATION[2:])
    dataset = PageDataset([DatasetConfig("pages", str(pages[0].parent), steps)], encoder, seed=3)
    again = PageDataset([DatasetConfig("pages", str(pages[0].parent), steps)], encoder, seed=3)
    first = [dataset[(epoch, 0)].inputs["input_ids"] for epoch in range(8)]
    assert all(a.equal(again[(epoch, 0)].inputs["input_ids"]) for epoch, a in enumerate(first))
    # Over 8 epochs at probability 0.5 the page is both turned and not (the answers differ).
    assert len({tuple(ids[0].tolist()) for ids in first}) > 1
    assert dataset.order(0) == again.order(0) and sorted(dataset.order(1)) == list(range(len(TEXTS)))
    assert [dataset.order(epoch) for epoch in range(6)] != [dataset.order(0)] * 6


def test_bad_pages_are_counted_by_reason_and_the_rest_come_through(
    tmp_path: Path, pages: list[Path], untrained_model_dir: Path
) -> None:
    root = tmp_path / "mixed"
    good = write_training_pages(root, TEXTS[:2], stem="good")
    write_training_pages(root, ["The text layer says something else."], stem="no-answer")[0].with_suffix(".md").unlink()
    write_training_pages(root, ["This page lost its PDF."], stem="no-pdf")[0].unlink()
    broken = write_training_pages(root, ["Broken PDF."], stem="broken")[0]
    broken.write_bytes(random.Random(0).randbytes(2048))
    (root / "bad-front.md").write_text("no front matter here")
    shutil.copy(good[0], root / "bad-front.pdf")
    write_training_pages(root, [r"Math \( x^2 without an end."], stem="latex")
    write_training_pages(root, ["Ein deutscher Satz."], stem="german", primary_language="de")
    write_training_pages(root, ["word " * 300], stem="long-text")
    # Short in characters, long in tokens: random letters barely merge in the byte-level BPE.
    scramble = "".join(random.Random(0).choice("qxzjvkw") for _ in range(400))
    write_training_pages(root, [scramble], stem="many-tokens")
    pipeline = (
        FrontMatterParser(),
        PDFRenderer(),
        LatexBracketFilter(),
        LanguageFilter(languages=("en",)),
        MaxTextLength(max_chars=1000),
        InstructionBuilder(),
        AnswerFormatter(),
        Tokenizer(max_length=300),
    )
    report = summarize_dataset(DatasetConfig("mixed", str(root), pipeline), untrained_model_dir)
    assert report.pages == 10
    assert report.samples == 2
    assert report.skipped == {
        "bad_front_matter": 1,
        "language": 1,
        "missing_markdown": 1,
        "missing_pdf": 1,
        "text_too_long": 1,
        "too_long": 1,
        "unbalanced_latex": 1,
        "unreadable_pdf": 1,
    }
    examples = report.examples
    assert "no-answer-0.md" in examples["missing_markdown"][0]
    assert "no-pdf-0.pdf" in examples["missing_pdf"][0]
    assert "broken-0.pdf" in examples["unreadable_pdf"][0]
    assert "bad-front.md" in examples["bad_front_matter"][0]
    assert "never closed" in examples["unbalanced_latex"][0]
    assert "primary_language de" in examples["language"][0]
    assert "> max_length 300" in examples["too_long"][0]
    # Token statistics of the two good samples: both short, answers are the formatted answer + <|im_end|>.
    lengths = report.token_lengths
    assert lengths["tokens"]["max"] <= 300 and lengths["tokens"]["min"] > lengths["answer_tokens"]["max"]
    assert 52 <= lengths["image_tokens"]["min"] <= lengths["image_tokens"]["max"] <= 64
    assert report.to_dict()["skipped"]["missing_pdf"] == 1


def test_latex_filter_accepts_balanced_math(pages: list[Path]) -> None:
    balanced = parse_page_response(page_answer(r"Inline \( a + b \) and display \[ \int f \] math."))
    sample = PageSample(pages[0], pages[0].with_suffix(".md"), page=balanced)
    LatexBracketFilter()(sample, StepContext(encoder=None, rng=random.Random(0)))  # no SkipSample
    nested = parse_page_response(page_answer(r"\( a \[ b \] \)"))
    with pytest.raises(SkipSample, match="unbalanced_latex"):
        LatexBracketFilter()(PageSample(pages[0], pages[0], page=nested), StepContext(None, random.Random(0)))


def test_collated_batch_gives_each_sample_its_own_loss(
    pages: list[Path], encoder: ChatEncoder, untrained_model_dir: Path
) -> None:
    """Right padding, concatenated images and per-sample positions: the batch's loss is the token-weighted mean of
    the samples' losses, so nothing leaks across samples or from the padding."""
    import torch
    from transformers import AutoModelForImageTextToText

    dataset = PageDataset([DatasetConfig("pages", str(pages[0].parent), NO_AUGMENTATION)], encoder, seed=0)
    samples = [dataset[(0, index)].inputs for index in range(len(TEXTS))]
    assert len({s["input_ids"].shape[1] for s in samples}) > 1  # different image sizes: padding is exercised
    batch = collate(samples, pad_token_id=encoder.tokenizer.pad_token_id)
    longest = max(s["input_ids"].shape[1] for s in samples)
    assert batch["input_ids"].shape == (len(samples), longest)
    assert batch["pixel_values"].shape[0] == sum(s["pixel_values"].shape[0] for s in samples)
    assert batch["image_grid_thw"].shape == (len(samples), 3)
    for row, sample in enumerate(samples):
        length = sample["input_ids"].shape[1]
        assert batch["attention_mask"][row].sum() == length
        assert (batch["labels"][row, length:] == IGNORE_INDEX).all()
        assert (batch["input_ids"][row, length:] == encoder.tokenizer.pad_token_id).all()

    model = AutoModelForImageTextToText.from_pretrained(untrained_model_dir).eval()
    with torch.no_grad():
        summed = [model(**s, num_items_in_batch=1).loss.item() for s in samples]
        tokens = [int((s["labels"][:, 1:] != IGNORE_INDEX).sum()) for s in samples]
        batched = model(**batch).loss.item()
    assert batched == pytest.approx(sum(summed) / sum(tokens), rel=1e-4)
