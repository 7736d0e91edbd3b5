"""FP8 quantization of the tiny Qwen2.5-VL: what transformers and vLLM load from the folder it writes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from olmocr_core.common.errors import ConfigError, ModelError
from olmocr_core.engines.base import Completion
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.hf_chat import HfChatModel
from olmocr_core.engines.open import open_engine
from olmocr_core.engines.openai_client import OpenAiClient
from olmocr_core.formats.prompts import build_chat_request, build_messages
from olmocr_core.models.files import COMPLETE_MARKER, PROCESSOR_FILES
from olmocr_core.rendering import pdf
from olmocr_core.train.quantize import QuantizeReport, quantize_fp8
from tests.support import pdfgen
from tests.support.tiny_qwen import one_torch_thread

MAX_TOKENS = 12


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


@pytest.mark.slow
@pytest.mark.vllm
def test_fp8_model_serves_in_vllm_with_transformers_tokens(vllm_env, tiny_server_options, fp8_dynamic, pages):
    """vLLM (started by the vlm engine) loads the FP8 folder and answers what transformers answers.

    The untrained model's greedy answer is an arbitrary token sequence, so agreement is a strong check that
    both sides read the same quantized weights and keep the same layers in full precision.
    """

    async def served() -> Completion:
        config = EngineConfig(engine="vlm", model=str(fp8_dynamic.path), managed=tiny_server_options)
        async with open_engine(config) as engine:
            await engine.until_ready()
            client = OpenAiClient(engine.managed_server.url)
            try:
                return await client.chat(build_chat_request(pages[0], temperature=0.0, max_tokens=MAX_TOKENS))
            finally:
                await client.close()

    answer = asyncio.run(served())
    with one_torch_thread():
        local = HfChatModel.load(fp8_dynamic.path, device="cpu").generate(
            build_messages(pages[0]), temperature=0.0, max_tokens=MAX_TOKENS
        )
    assert answer.completion_tokens > 0
    assert (answer.prompt_tokens, answer.completion_tokens) == (local.prompt_tokens, local.completion_tokens)
    assert answer.text == local.text
