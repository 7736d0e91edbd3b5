"""FP8 quantization of a Qwen2.5-VL olmOCR model with llmcompressor, as olmOCR releases its models.

olmOCR serves ``FP8_DYNAMIC``: the language model's Linear weights become float8 with one scale per
output channel, activations are scaled per token at run time, and the vision tower and lm_head stay in
their original dtype. Dynamic activation scales need no calibration data. The static ``FP8`` scheme
(one activation scale per layer, fixed ahead) does, and takes rendered pages for it.

llmcompressor is imported inside quantize_fp8: importing it takes seconds and logs a lot.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from olmocr_core.common.errors import ConfigError, ModelError
from olmocr_core.engines.hf_chat import ChatEncoder
from olmocr_core.formats.prompts import build_messages
from olmocr_core.models.files import (
    check_model_folder,
    copy_processor_files,
    folder_size,
    is_lora_adapter,
    staged_folder,
)

# scheme -> whether it needs calibration pages (compressed-tensors preset names).
SCHEMES = {"FP8_DYNAMIC": False, "FP8": True}
# Patterns, not module names: llmcompressor would save the names it matched ("visual.blocks.0.attn.qkv"),
# but transformers 5 calls those modules "model.visual...", so a loader would quantize the vision tower
# and find no scales for it. These patterns match under either naming; vLLM reads them too.
IGNORE = ("re:.*lm_head", "re:.*visual.*")


@dataclass(frozen=True)
class QuantizeReport:
    path: Path
    scheme: str
    size_before_bytes: int
    size_after_bytes: int
    seconds: float
    quantized_layers: int  # Linear layers now in float8
    ignored_layers: tuple[str, ...]  # Linear layers kept in the original dtype (vision tower, lm_head)
    calibration_pages: int


def quantize_fp8(
    model_dir: Path,
    out_dir: Path,
    *,
    scheme: str = "FP8_DYNAMIC",
    calibration_pages: Sequence[bytes | Path] | None = None,
) -> QuantizeReport:
    """Quantize the full-precision model in model_dir and write a self-contained folder to out_dir.

    ``calibration_pages`` are rendered page images (PNG bytes or image files), required by ``FP8`` and
    refused by ``FP8_DYNAMIC``, which has nothing to calibrate.
    """
    import torch  # lazy: optional (train extra), slow import
    from llmcompressor import oneshot  # lazy: optional (install_llmcompressor.sh)
    from llmcompressor.modifiers.quantization import QuantizationModifier  # lazy: optional (install_llmcompressor.sh)
    from torch.utils.data import DataLoader  # lazy: optional (train extra), slow import
    from transformers import AutoModelForImageTextToText  # lazy: optional (train extra), slow import

    model_dir = Path(model_dir)
    _check_request(model_dir, scheme, calibration_pages)
    started = time.perf_counter()
    model = AutoModelForImageTextToText.from_pretrained(model_dir, dtype="auto")
    recipe = QuantizationModifier(targets="Linear", scheme=scheme, ignore=list(IGNORE))
    pages = _calibration_batches(model_dir, calibration_pages or ())
    if pages:
        # The basic pipeline runs the whole model on each page; the default (sequential) one traces the
        # model layer by layer with torch.fx, which Qwen2.5-VL's vision code does not survive.
        loader = DataLoader(pages, batch_size=None)  # one page a batch: pages differ in length
        oneshot(model=model, recipe=recipe, dataset=loader, pipeline="basic", num_calibration_samples=len(pages))
    else:
        oneshot(model=model, recipe=recipe)
    linear = {name: module for name, module in model.named_modules() if isinstance(module, torch.nn.Linear)}
    ignored = tuple(name for name, module in linear.items() if getattr(module, "quantization_scheme", None) is None)
    with staged_folder(out_dir) as staging:
        model.save_pretrained(staging, save_compressed=True)
        _rewrite_ignore(staging / "config.json")
        copy_processor_files(model_dir, staging)  # llmcompressor saves only config and weights
        check_model_folder(staging)
    return QuantizeReport(
        path=Path(out_dir),
        scheme=scheme,
        size_before_bytes=folder_size(model_dir),
        size_after_bytes=folder_size(Path(out_dir)),
        seconds=time.perf_counter() - started,
        quantized_layers=len(linear) - len(ignored),
        ignored_layers=ignored,
        calibration_pages=len(pages),
    )


def _check_request(model_dir: Path, scheme: str, calibration_pages: Sequence[bytes | Path] | None) -> None:
    if scheme not in SCHEMES:
        raise ConfigError(f"quantization scheme {scheme!r} is not one of {', '.join(SCHEMES)}")
    if SCHEMES[scheme] and not calibration_pages:
        raise ConfigError(f"scheme {scheme} fixes activation scales ahead: it needs calibration_pages")
    if not SCHEMES[scheme] and calibration_pages:
        raise ConfigError(f"scheme {scheme} scales activations at run time: it takes no calibration_pages")
    if is_lora_adapter(model_dir):
        raise ModelError(f"{model_dir} is a LoRA adapter: merge it into its base before quantizing")
    check_model_folder(model_dir)
    if "quantization_config" in json.loads((model_dir / "config.json").read_text()):
        raise ModelError(f"{model_dir} is already quantized")


def _calibration_batches(model_dir: Path, pages: Sequence[bytes | Path]) -> list[dict[str, Any]]:
    """Each page as the model's inputs for olmOCR's v4 request."""
    if not pages:
        return []
    encoder = ChatEncoder.load(model_dir)
    batches = []
    for page in pages:
        png = page if isinstance(page, bytes) else Path(page).read_bytes()
        batches.append(dict(encoder.encode(build_messages(png))))
    return batches


def _rewrite_ignore(config_path: Path) -> None:
    config = json.loads(config_path.read_text())
    config["quantization_config"]["ignore"] = list(IGNORE)
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
