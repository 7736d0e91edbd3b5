"""GRPO: the YAML configuration, one sample per tested page, and a short real TRL run on the tiny model that
raises its reward and leaves a self-contained checkpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safetensors import safe_open

from olmocr_core.common.errors import ConfigError
from olmocr_core.engines.hf_chat import ChatEncoder, HfChatModel
from olmocr_core.formats.prompts import PROMPT_V4, build_messages
from olmocr_core.models.files import COMPLETE_MARKER, check_model_folder
from olmocr_core.rendering.pdf import open_document, render_page_png
from olmocr_core.train.grpo import (
    GrpoConfig,
    RewardWeights,
    build_grpo_dataset,
    load_grpo_config,
    train_grpo,
)
from olmocr_core.train.rewards import combined_reward, unit_test_reward
from tests.support import bench_pages
from tests.support.tiny_qwen import TINY_ANSWER, one_torch_thread

# ---------------------------------------------------------------------------------------------- config

YAML = """
learning_rate: 2.0e-6
num_generations: 4
temperature: 0.9
loss_type: dapo
beta: 0.04
gradient_accumulation_steps: 2
importance_sampling_level: sequence
max_prompt_length: 4096
max_completion_length: 2000
max_steps: 50
seed: 7
rewards: {unit_tests: 1.0, front_matter: 0.1, eos: 0.1}
generation: {backend: vllm, vllm_mode: server, vllm_server_url: "http://127.0.0.1:8000"}
"""


def test_config_loads_from_yaml_and_round_trips() -> None:
    config = load_grpo_config(YAML)
    assert config.num_generations == 4 and config.beta == 0.04 and config.importance_sampling_level == "sequence"
    assert config.rewards == RewardWeights(unit_tests=1.0, front_matter=0.1, eos=0.1)
    assert config.generation.vllm_server_url == "http://127.0.0.1:8000"
    assert load_grpo_config(config.to_yaml()) == config
    assert load_grpo_config("") == GrpoConfig()


def test_config_from_a_file_names_it_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "grpo.yaml"
    path.write_text("num_generations: 1\n")
    with pytest.raises(ConfigError, match=r"grpo\.yaml: num_generations: must be at least 2"):
        load_grpo_config(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("loss_type: ppo", "loss_type: must be one of"),
        ("learning_rate: -1", "learning_rate: must be positive"),
        ("rewards: {unit_test: 1.0}", "rewards.unit_test: unknown key"),
        ("rewards: {unit_tests: 0.0}", "rewards.unit_tests: every reward weight is 0"),
        ("rewards: {medoid: -1.0}", "rewards.medoid: must not be negative"),
        ("generation: {backend: vllm, vllm_mode: server}", "generation.vllm_server_url: is required"),
        ("generation: {backend: tgi}", "generation.backend: must be one of"),
        ("max_steps: ten", "max_steps: expected int"),
    ],
)
def test_bad_config_names_the_field(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_grpo_config(text)


# ---------------------------------------------------------------------------------------------- data


def test_every_tested_page_becomes_one_sample(tmp_path: Path) -> None:
    root = bench_pages.write_bench(tmp_path)
    references = root / "refs"
    references.mkdir()
    (references / "report_pg2_repeat1.md").write_text(TINY_ANSWER)
    data = build_grpo_dataset(root, GrpoConfig(reference_dir="refs"))
    assert [row["page_id"] for row in data.rows] == ["report.pdf:1", "report.pdf:2", "table.pdf:1"]
    assert data.skipped == {}
    row = data.rows[0]
    # The v4 prompt, text first, with TRL's image placeholder; the page at 1288 px in the image column.
    assert row["prompt"] == [{"role": "user", "content": [{"type": "text", "text": PROMPT_V4}, {"type": "image"}]}]
    assert max(row["image"].size) == 1288
    tests = json.loads(row["tests"])
    assert {t["id"] for t in tests} == {t["id"] for t in bench_pages.TEXT_TESTS if t["page"] == 1}
    assert unit_test_reward([bench_pages.IDEAL_MARKDOWN["report.pdf", 1]], tests=[row["tests"]]) == [1.0]
    assert [row["reference"] for row in data.rows] == [None, TINY_ANSWER, None]


def test_pages_that_cannot_be_used_are_skipped_with_a_reason(tmp_path: Path, tiny_model_dir: Path) -> None:
    root = bench_pages.write_bench(tmp_path)
    extra = {"pdf": "table.pdf", "page": 9, "id": "beyond", "type": "present", "text": "x"}
    (root / "extra.jsonl").write_text(json.dumps(extra) + "\n")
    data = build_grpo_dataset(root, GrpoConfig())
    assert "table.pdf:9" in data.skipped and "out of range" in data.skipped["table.pdf:9"]
    encoder = ChatEncoder.load(tiny_model_dir)
    png = render_page_png(open_document(root / "pdfs" / "report.pdf"), 1)
    prompt_tokens = encoder.encode(build_messages(png))["input_ids"].shape[1]
    short = build_grpo_dataset(root, GrpoConfig(max_prompt_length=prompt_tokens - 1), encoder)
    assert short.rows == [] and all("over max_prompt_length" in reason for reason in list(short.skipped.values())[:3])
    with pytest.raises(ConfigError, match="needs the model's encoder"):
        build_grpo_dataset(root, GrpoConfig(max_prompt_length=10))


# ---------------------------------------------------------------------------------------------- training


STEPS = 20
SAMPLES_PER_PAGE = 48  # answers drawn per page to estimate a model's expected reward


@pytest.mark.slow
def test_a_short_grpo_run_raises_the_reward_and_writes_a_checkpoint(tmp_path: Path, tiny_model_dir: Path) -> None:
    """GRPO must raise the expected reward of the policy it samples from.

    That is measured after training, on fresh samples: the mean reward of many sampled answers per page, from
    the checkpoint against the base model, at the training temperature. A single sampled training curve or one
    greedy answer depends on every float rounding (the CPU's SIMD kernels change which tokens are drawn), a
    mean over a few hundred answers does not. A run with the learning rate at 0 or the rewards switched off
    leaves it where it was (shown in the note of the change that introduced this test).
    """
    config = GrpoConfig(
        learning_rate=1e-3,
        lr_scheduler="constant",
        # Every page in every step, 16 answers each: advantages from groups this large point the same way on
        # any machine (with 8 answers and 2 of the 3 pages a step, some runs wandered off and back).
        num_generations=16,
        pages_per_step=3,
        temperature=1.8,
        max_completion_length=48,
        max_steps=STEPS,
        seed=1,
        rewards=RewardWeights(unit_tests=1.0, front_matter=1.0, eos=1.0),
    )
    logged: list[dict] = []
    data_dir = bench_pages.write_learnable_bench(tmp_path / "data")
    result = train_grpo(config, tiny_model_dir, data_dir, tmp_path / "out", logged.append)

    assert result.steps == STEPS and result.pages == 3 and result.skipped == {}
    records = [json.loads(line) for line in result.metrics_path.read_text().splitlines()]
    assert [r["step"] for r in records] == list(range(1, STEPS + 1)) == [r["step"] for r in logged]
    assert [r["reward"] for r in records] == result.rewards
    parts = {"reward_parts/unit_tests", "reward_parts/front_matter", "reward_parts/eos"}
    assert all(parts | {"loss"} <= set(r) for r in records)

    checkpoint = tmp_path / "out" / f"checkpoint-{STEPS}"
    assert result.model_dir == checkpoint / "model" and (checkpoint / COMPLETE_MARKER).is_file()
    check_model_folder(result.model_dir)
    _assert_only_the_language_model_moved(tiny_model_dir, result.model_dir)
    # Self-contained: the checkpoint loads on its own and is judged on its own samples.
    before = _expected_reward(tiny_model_dir, data_dir, config)
    after = _expected_reward(result.model_dir, data_dir, config)
    print(f"\nexpected reward {before:.3f} -> {after:.3f}; training curve {[round(r, 2) for r in result.rewards]}")
    assert after > before + 0.25, (before, after)


def _expected_reward(model_dir: Path, data_dir: Path, config: GrpoConfig) -> float:
    """The mean of the training rewards over SAMPLES_PER_PAGE answers per page, sampled as GRPO samples them."""
    import torch

    data = build_grpo_dataset(data_dir, config)
    with one_torch_thread():
        model = HfChatModel.load(model_dir, device="cpu")
        reward = combined_reward(config.rewards.as_dict(), eos_token_ids=model._stop_ids)
        generation = model._generation_config(config.temperature, config.max_completion_length)
        generation.num_return_sequences = SAMPLES_PER_PAGE
        torch.manual_seed(0)
        totals = []
        for row in data.rows:
            pdf_name, page = row["page_id"].rsplit(":", 1)
            png = render_page_png(open_document(data_dir / "pdfs" / pdf_name), int(page))
            inputs = model.encoder.encode(build_messages(png))
            with torch.inference_mode():
                output = model.model.generate(**inputs, generation_config=generation)
            completion_ids = [
                _through_first_stop(ids, model._stop_ids) for ids in output[:, inputs["input_ids"].shape[1] :]
            ]
            texts = [model.encoder.tokenizer.decode(ids, skip_special_tokens=True) for ids in completion_ids]
            repeat = len(texts)
            totals += reward(
                texts,
                completion_ids=completion_ids,
                tests=[row["tests"]] * repeat,
                reference=[row["reference"]] * repeat,
                page_id=[row["page_id"]] * repeat,
            )
    return sum(totals) / len(totals)


def _through_first_stop(ids, stop_ids) -> list[int]:
    """A sampled answer as TRL hands it to the rewards: up to and including its stop token, without padding."""
    tokens = ids.tolist()
    end = next((i + 1 for i, token in enumerate(tokens) if token in stop_ids), len(tokens))
    return tokens[:end]


def _assert_only_the_language_model_moved(before: Path, after: Path) -> None:
    with (
        safe_open(before / "model.safetensors", "pt") as old,
        safe_open(after / "model.safetensors", "pt") as new,
    ):
        names = list(old.keys())
        assert sorted(names) == sorted(new.keys())
        changed = {name for name in names if not old.get_tensor(name).equal(new.get_tensor(name))}
    assert not any("visual" in name for name in changed), sorted(changed)[:5]
    assert any(name.startswith("model.layers.") for name in changed)  # the language model's decoder layers
