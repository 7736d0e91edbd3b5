"""The GPU benchmark (bench/bench_gpu_vllm.py): the model shape it measures, its steady-rate arithmetic, and the
whole benchmark on vLLM's CPU build with a toy model, as it would run on a GPU with olmOCR-2's shape."""

from __future__ import annotations

import json
import sys

import pytest

from tests.support.paths import REPO
from tests.support.tiny_qwen import OLMOCR2, _build_config, _build_image_processor, _build_tokenizer
from tests.support.vllm_fixtures import TINY_VLLM_ARGS

sys.path.insert(0, str(REPO / "bench"))

import bench_gpu_vllm  # noqa: E402
from bench_gpu_vllm import Measurement, Sample  # noqa: E402


def test_the_olmocr2_shape_is_qwen25vl_7b_and_reads_a_letter_page_as_1656_image_tokens():
    import torch
    from PIL import Image
    from transformers import Qwen2_5_VLForConditionalGeneration

    config = _build_config(_build_tokenizer(), OLMOCR2, "bfloat16")
    with torch.device("meta"):  # sizes only, no memory
        model = Qwen2_5_VLForConditionalGeneration._from_config(config, dtype=torch.bfloat16)
    assert sum(parameter.numel() for parameter in model.parameters()) == 8_292_166_656  # Qwen2.5-VL-7B's count
    assert config.text_config.vocab_size == 152064
    letter = Image.new("RGB", (995, 1288))  # 8.5 x 11 in at 1288 px on the long side
    grid = _build_image_processor(OLMOCR2)(images=[letter], return_tensors="np")["image_grid_thw"]
    assert grid.prod() // 4 == 1656  # patches merged 2 x 2 into one token each


def test_steady_rates_come_from_the_middle_80_percent_of_the_pages():
    # 100 pages: 10 finished by t=2, 90 by t=10 (80 pages in 8 s), 700 tokens each; a slow start and tail.
    samples = [
        Sample(0.0, 0, 0, 0),
        Sample(2.0, 10, 17_500, 7_000),
        Sample(10.0, 90, 157_500, 63_000),
        Sample(30.0, 100, 175_000, 70_000),
    ]
    measured = Measurement("H100", "bfloat16", 60.0, 100, 30.0, samples)
    assert measured.steady() == (10.0, 7_000.0)
    assert measured.per_page() == (1_750.0, 700.0)
    assert "2.21x olmOCR's pages/s" in bench_gpu_vllm.report("olmocr2", measured, 700)


def test_too_few_pages_for_a_steady_rate_says_so():
    samples = [Sample(0.0, 0, 0, 0), Sample(5.0, 1, 1_750, 700)]
    with pytest.raises(RuntimeError, match="too few pages"):
        Measurement("H100", "bfloat16", 60.0, 1, 5.0, samples).steady()


@pytest.mark.slow
@pytest.mark.vllm
def test_the_benchmark_runs_end_to_end_on_vllm(vllm_env, tmp_path, monkeypatch):
    """The toy shape keeps olmOCR-2's vocabulary: its random answers run to the cap, as the real shape's do."""
    monkeypatch.setattr(bench_gpu_vllm, "MODELS", tmp_path / "models")
    argv = ["--shape", "tiny", "--pages", "8", "--answer-tokens", "64", "--no-write", "--", *TINY_VLLM_ARGS]
    section = bench_gpu_vllm.main(argv)

    config = json.loads((tmp_path / "models" / "random-tiny" / "config.json").read_text())
    assert config["text_config"]["vocab_size"] == OLMOCR2.vocab_size
    row = next(line for line in section.splitlines() if line.startswith("| ours"))
    _, _, _, pages, load_s, prompt, answer, steady, tokens_s, end_to_end, _ = row.split("|")
    assert int(pages) == 30  # one whole copy of the real PDFs: every page asked once
    assert float(load_s) > 0 and int(prompt.replace(",", "")) > 0
    assert 50 <= int(answer) <= 64  # the server-wide cap held (a random answer may stop early, rarely)
    assert float(steady) > 0 and float(end_to_end) > 0 and float(tokens_s.replace(",", "")) > 0
