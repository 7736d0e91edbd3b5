"""FP8 quantization of the tiny Qwen2.5-VL: what transformers and vLLM load from the folder it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from olmocr_core.common.errors import ConfigError, EngineError, ModelError
from olmocr_core.engines.hf_chat import HfChatModel
from olmocr_core.formats.prompts import build_messages
from olmocr_core.models.files import COMPLETE_MARKER, PROCESSOR_FILES
from olmocr_core.rendering import pdf
from olmocr_core.train.lifecycle import ValidationSettings
from olmocr_core.train.quantize import QuantizeReport, quantize_fp8
from olmocr_core.train.validate import (
    AgreementThresholds,
    compare_traces,
    greedy_under_transformers,
    greedy_under_vllm,
)
from tests.support import pdfgen
from tests.support.tiny_qwen import one_torch_thread
from tests.support.vllm_fixtures import skip_if_vllm_had_no_fp8_matmul

MAX_TOKENS = 12
ANSWER_TOKENS = 48  # the trained tiny model's whole answer is 36 tokens, its stop token included


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Two real rendered pages (at a small size: the tiny model sees at most 64 image tokens anyway)."""
    folder = tmp_path_factory.mktemp("pages")
    documents = [pdfgen.write_digital(folder), pdfgen.write_table(folder)]
    return [pdf.render_page_png(pdf.open_document(path), 1, target_longest_image_dim=448) for path in documents]


@pytest.fixture(scope="module")
def fp8_dynamic(untrained_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> QuantizeReport:
    with one_torch_thread():
        return quantize_fp8(untrained_model_dir, tmp_path_factory.mktemp("fp8") / "model")


def _linear_layers(model) -> dict[str, object]:
    import torch

    return {name: module for name, module in model.named_modules() if isinstance(module, torch.nn.Linear)}


def _keeps_full_precision(name: str) -> bool:
    return name == "lm_head" or ".visual." in f".{name}"


def test_fp8_dynamic_quantizes_the_language_model_only(fp8_dynamic, untrained_model_dir):
    import torch
    from transformers import AutoModelForImageTextToText

    original = AutoModelForImageTextToText.from_pretrained(untrained_model_dir, dtype="auto")
    expected_ignored = sorted(name for name in _linear_layers(original) if _keeps_full_precision(name))
    assert "lm_head" in expected_ignored and any("visual" in name for name in expected_ignored)
    assert sorted(fp8_dynamic.ignored_layers) == expected_ignored
    assert fp8_dynamic.quantized_layers == len(_linear_layers(original)) - len(expected_ignored) > 0
    assert 0 < fp8_dynamic.size_after_bytes < fp8_dynamic.size_before_bytes
    assert fp8_dynamic.calibration_pages == 0

    folder = fp8_dynamic.path
    assert (folder / COMPLETE_MARKER).is_file()
    assert {name for name in PROCESSOR_FILES if (untrained_model_dir / name).is_file()} <= {
        path.name for path in folder.iterdir()
    }
    quantization = json.loads((folder / "config.json").read_text())["quantization_config"]
    assert quantization["ignore"] == ["re:.*lm_head", "re:.*visual.*"]

    loaded = AutoModelForImageTextToText.from_pretrained(folder, dtype="auto")
    for name, module in _linear_layers(loaded).items():
        expected = torch.float32 if _keeps_full_precision(name) else torch.float8_e4m3fn
        assert module.weight.dtype == expected, name


def test_fp8_model_generates_in_transformers(fp8_dynamic, untrained_model_dir, pages):
    with one_torch_thread():
        quantized = HfChatModel.load(fp8_dynamic.path, device="cpu")
        original = HfChatModel.load(untrained_model_dir, device="cpu")
        messages = build_messages(pages[0])
        inputs = quantized.encoder.encode(messages)
        import torch

        with torch.inference_mode():
            fp8_logits = quantized.model(**inputs).logits[0, -1]
            full_logits = original.model(**inputs).logits[0, -1]
        answer = quantized.generate(messages, temperature=0.0, max_tokens=MAX_TOKENS)
    assert answer.completion_tokens > 0 and answer.prompt_tokens == inputs["input_ids"].shape[1]
    # FP8 rounding moves the logits a little, not wholesale: they still point the same way.
    assert torch.isfinite(fp8_logits).all()
    assert not torch.equal(fp8_logits, full_logits)
    assert torch.nn.functional.cosine_similarity(fp8_logits, full_logits, dim=0) > 0.99


def test_static_fp8_calibrates_on_pages(untrained_model_dir, pages, tmp_path):
    from transformers import AutoModelForImageTextToText

    with one_torch_thread():
        report = quantize_fp8(untrained_model_dir, tmp_path / "static", scheme="FP8", calibration_pages=pages)
        loaded = AutoModelForImageTextToText.from_pretrained(report.path, dtype="auto")
        answer = HfChatModel.load(report.path, device="cpu").generate(
            build_messages(pages[1]), temperature=0.0, max_tokens=MAX_TOKENS
        )
    assert report.calibration_pages == len(pages)
    scales = [module.input_scale for name, module in _linear_layers(loaded).items() if not _keeps_full_precision(name)]
    # Calibration saw real activations: each layer has its own positive, fixed input scale.
    assert scales and all(scale.numel() == 1 and scale.item() > 0 for scale in scales)
    assert len({scale.item() for scale in scales}) > 1
    assert answer.completion_tokens > 0


def test_bad_requests_are_refused(untrained_model_dir, pages, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(ConfigError, match="needs calibration_pages"):
        quantize_fp8(untrained_model_dir, out, scheme="FP8")
    with pytest.raises(ConfigError, match="takes no calibration_pages"):
        quantize_fp8(untrained_model_dir, out, calibration_pages=pages)
    with pytest.raises(ConfigError, match="'INT4'"):
        quantize_fp8(untrained_model_dir, out, scheme="INT4")
    (tmp_path / "adapter").mkdir()
    (tmp_path / "adapter" / "adapter_config.json").write_text("{}")
    with pytest.raises(ModelError, match="LoRA adapter"):
        quantize_fp8(tmp_path / "adapter", out)
    assert not out.exists()


@pytest.fixture(scope="module")
def fp8_trained(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> QuantizeReport:
    """The trained tiny model in FP8: sure of every token of its answer, so its greedy choices have wide margins."""
    with one_torch_thread():
        return quantize_fp8(tiny_model_dir, tmp_path_factory.mktemp("fp8-trained") / "model")


@pytest.mark.slow
@pytest.mark.vllm
def test_fp8_model_serves_in_vllm_with_transformers_tokens(tiny_server_options, fp8_trained, fp8_dynamic, pages):
    """vLLM (started as the worker starts it) loads the FP8 folder and answers what transformers answers.

    Judged by the release validation's own rule and thresholds (greedy tokens agree up to any near tie,
    probabilities within the allowed gap), which holds whichever SIMD kernels either side runs. The same rule
    must refuse a different model's answers: the untrained model's FP8 folder under transformers.
    """
    try:
        served = greedy_under_vllm(
            fp8_trained.path, pages, max_tokens=ANSWER_TOKENS, server_options=tiny_server_options
        )
    except EngineError:
        skip_if_vllm_had_no_fp8_matmul(tiny_server_options.log_dir)
        raise
    with one_torch_thread():
        local = greedy_under_transformers(fp8_trained.path, pages, max_tokens=ANSWER_TOKENS)
        other_model = greedy_under_transformers(fp8_dynamic.path, pages, max_tokens=ANSWER_TOKENS)
    settings = ValidationSettings()
    thresholds = AgreementThresholds(
        max_mismatched_page_fraction=settings.max_mismatched_page_fraction,
        max_prob_gap=settings.max_prob_gap,
        near_tie_margin=settings.near_tie_margin,
    )

    report = compare_traces(local, served, sides=("transformers", "vLLM"))
    print(f"\n{report.to_markdown()}")
    assert report.passes(thresholds), report.failures(thresholds)
    # Both read the same quantized weights and keep the same layers in full precision: the whole answer, stop
    # token included, comes out the same.
    assert all(trace.finish_reason == "stop" for trace in local + served)
    assert report.mismatched_pages == 0 and report.matching_share == 1.0

    wrong = compare_traces(other_model, served, sides=("untrained FP8", "trained FP8"))
    assert not wrong.passes(thresholds)
    assert wrong.differing_pages(thresholds) == len(pages)
