"""Training run configuration: YAML in, typed config out, and every kind of mistake named by its field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from olmocr_core.common.errors import ConfigError
from olmocr_core.train.config import (
    DEFAULT_LORA_TARGETS,
    DatasetConfig,
    LoraConfig,
    TrainConfig,
    load_train_config,
)
from olmocr_core.train.data import (
    FrontMatterParser,
    LanguageFilter,
    PDFRenderer,
    RotationAugmentation,
    Tokenizer,
    default_pipeline,
)

# Every section set, most values away from their defaults, every pipeline step with options.
FULL_YAML = """
model:
  base: s3://models/olmocr-base
  attn_implementation: eager
  dtype: bfloat16
  lora: {rank: 8, alpha: 16, dropout: 0.1, target_modules: [q_proj, v_proj]}
data:
  train:
  - name: mix
    root: /data/mix
    pipeline:
    - {step: FrontMatterParser}
    - {step: PDFRenderer, target_longest_image_dim: 1024}
    - {step: RotationAugmentation, probability: 0.5}
    - {step: LatexBracketFilter}
    - {step: MaxTextLength, max_chars: 4000}
    - {step: LanguageFilter, languages: [en, de, "null"]}
    - {step: InstructionBuilder}
    - {step: AnswerFormatter}
    - {step: Tokenizer, max_length: 4096}
  - {name: books, root: /data/books}
  eval:
  - {name: held-out, root: /data/eval}
training:
  batch_size: 4
  gradient_accumulation_steps: 8
  learning_rate: 5e-5
  lr_scheduler: linear
  warmup_ratio: 0.1
  weight_decay: 0.01
  max_grad_norm: null
  optimizer: muon
  muon: {lr: 0.01, momentum: 0.9, ns_steps: 6, nesterov: false, adam_lr: 1.0e-4}
  bf16: true
  max_steps: 1000
  num_epochs: 2
  eval_steps: 100
  save_steps: 200
  save_total_limit: 3
  seed: 7
  logging_steps: 5
  wandb: {project: olmocr, entity: allenai, name: run-1}
  cpu_threads: null
  dataloader_workers: 4
"""

MINIMAL_YAML = """
model: {base: /models/base}
data: {train: [{name: mix, root: /data/mix}]}
training: {max_steps: 10}
"""


def test_full_config_loads_typed_and_round_trips() -> None:
    config = load_train_config(FULL_YAML)
    assert config.model.lora == LoraConfig(rank=8, alpha=16, dropout=0.1, target_modules=("q_proj", "v_proj"))
    assert config.training.learning_rate == 5e-5  # YAML 1.1 reads "5e-5" as a string: taken as the number
    assert config.training.max_grad_norm is None
    assert config.training.muon.ns_steps == 6 and config.training.muon.nesterov is False
    assert config.training.wandb.project == "olmocr"
    pipeline = config.data.train[0].pipeline
    assert pipeline[1] == PDFRenderer(target_longest_image_dim=1024)
    assert pipeline[2] == RotationAugmentation(probability=0.5)
    assert pipeline[5] == LanguageFilter(languages=("en", "de", "null"))
    assert pipeline[8] == Tokenizer(max_length=4096)
    assert config.data.train[1].pipeline == default_pipeline()
    assert [d.name for d in config.data.eval] == ["held-out"]

    text = config.to_yaml()
    assert load_train_config(text) == config
    # The YAML names each step and its options as a user would write them.
    written = yaml.safe_load(text)
    assert written["data"]["train"][0]["pipeline"][1] == {"step": "PDFRenderer", "target_longest_image_dim": 1024}


def test_defaults_give_the_standard_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "run.yaml"
    path.write_text(MINIMAL_YAML)
    config = load_train_config(path)
    assert config == load_train_config(str(path)) == load_train_config(MINIMAL_YAML)
    steps = config.data.train[0].pipeline
    assert [type(step).__name__ for step in steps] == [
        "FrontMatterParser",
        "PDFRenderer",
        "RotationAugmentation",
        "LatexBracketFilter",
        "InstructionBuilder",
        "AnswerFormatter",
        "Tokenizer",
    ]
    assert steps[1].target_longest_image_dim == 1288
    assert config.model.attn_implementation == "sdpa" and config.model.lora is None
    assert config.training.optimizer == "adamw" and config.training.bf16 is False
    assert LoraConfig().target_modules == DEFAULT_LORA_TARGETS
    assert load_train_config(config.to_yaml()) == config


def test_lora_targets_only_the_language_model() -> None:
    import re

    pattern = re.compile(LoraConfig().target_regex())
    assert pattern.fullmatch("base_model.model.model.language_model.layers.0.self_attn.q_proj")
    assert pattern.fullmatch("model.language_model.layers.11.mlp.down_proj")
    # The vision tower has gate/up/down projections too: never adapted.
    assert not pattern.fullmatch("model.visual.blocks.0.mlp.gate_proj")
    assert not pattern.fullmatch("model.visual.merger.mlp.0")
    assert not pattern.fullmatch("model.language_model.layers.0.self_attn.q_proj.lora_A")


def _with(section: str, overrides: dict) -> str:
    config = yaml.safe_load(MINIMAL_YAML)
    config[section] = {**config[section], **overrides}
    return yaml.safe_dump(config)


def _with_pipeline(pipeline: list) -> str:
    config = yaml.safe_load(MINIMAL_YAML)
    config["data"]["train"][0]["pipeline"] = pipeline
    return yaml.safe_dump(config)


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        # unknown keys, at every level
        (MINIMAL_YAML + "extra: 1\n", "extra", "unknown key"),
        (_with("training", {"learnin_rate": 1.0}), "training.learnin_rate", "unknown key"),
        (_with("model", {"lora": {"rank": 8, "alfa": 2}}), "model.lora.alfa", "unknown key"),
        (_with_pipeline([{"step": "PDFRenderer", "dpi": 3}]), "data.train[0].pipeline[0].dpi", "unknown key"),
        # wrong types
        (_with("training", {"batch_size": "four"}), "training.batch_size", "expected int"),
        (_with("training", {"batch_size": 2.5}), "training.batch_size", "expected int"),
        (_with("training", {"bf16": "yes"}), "training.bf16", "expected bool"),
        (_with("training", {"learning_rate": "fast"}), "training.learning_rate", "expected a number"),
        (_with("model", {"lora": {"target_modules": "q_proj"}}), "model.lora.target_modules", "expected a list"),
        (_with("data", {"train": {"name": "x"}}), "data.train", "expected a list"),
        (_with("data", {"train": ["mix"]}), "data.train[0]", "expected a mapping"),
        # bad values
        (_with("training", {"lr_scheduler": "exponential"}), "training.lr_scheduler", "must be one of"),
        (_with("training", {"optimizer": "sgd"}), "training.optimizer", "must be one of"),
        (_with("model", {"dtype": "int8"}), "model.dtype", "must be one of"),
        (_with("training", {"batch_size": 0}), "training.batch_size", "must be positive"),
        (_with("training", {"warmup_ratio": 1.5}), "training.warmup_ratio", "[0, 1)"),
        (_with("training", {"warmup_steps": 5, "warmup_ratio": 0.1}), "training.warmup_ratio", "not both"),
        (_with("training", {"max_steps": None}), "training.max_steps", "num_epochs"),
        (_with("training", {"muon": {"momentum": 1.0}}), "training.muon.momentum", "[0, 1)"),
        (_with("model", {"lora": {"dropout": -0.1}}), "model.lora.dropout", "[0, 1)"),
        (_with("data", {"train": []}), "data.train", "at least one"),
        (
            _with("data", {"train": [{"name": "a", "root": "/x"}, {"name": "a", "root": "/y"}]}),
            "data.train",
            "unique",
        ),
        # missing required fields
        ("data: {train: [{name: a, root: /x}]}\ntraining: {max_steps: 1}\n", "model", "is required"),
        (_with("data", {"train": [{"name": "a"}]}), "data.train[0].root", "is required"),
        # pipelines
        (_with_pipeline([{"step": "Deskew"}]), "data.train[0].pipeline[0].step", "unknown step 'Deskew'"),
        (_with_pipeline(["PDFRenderer"]), "data.train[0].pipeline[0]", "'step' key"),
        (
            _with_pipeline([{"step": "RotationAugmentation", "probability": 2}]),
            "data.train[0].pipeline[0].probability",
            "between 0 and 1",
        ),
        (
            _with_pipeline([{"step": "PDFRenderer"}, {"step": "RotationAugmentation"}, {"step": "Tokenizer"}]),
            "data.train[0].pipeline[1]",
            "RotationAugmentation needs page",
        ),
        (
            _with_pipeline([{"step": "FrontMatterParser"}, {"step": "PDFRenderer"}]),
            "data.train[0].pipeline[2]",
            "needs a Tokenizer",
        ),
        (_with_pipeline([{"step": "Tokenizer", "max_length": 0}]), "data.train[0].pipeline[0].max_length", ""),
    ],
)
def test_bad_config_names_the_field(text: str, field: str, reason: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_train_config(text)
    message = str(caught.value)
    assert message.startswith(f"<yaml>: {field}: "), message
    assert reason in message


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(ConfigError, match="missing.yaml: cannot be read"):
        load_train_config(missing)
    broken = tmp_path / "broken.yaml"
    broken.write_text("model: {base: [\n")
    with pytest.raises(ConfigError, match="broken.yaml: not valid YAML"):
        load_train_config(str(broken))
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(_with("training", {"seed": "x"}))
    with pytest.raises(ConfigError, match=r"wrong.yaml: training.seed: expected int"):
        load_train_config(wrong)
    with pytest.raises(ConfigError, match="<top level>: expected a mapping"):
        load_train_config("- just\n- a list\n")


def test_sections_built_in_code_are_checked_too() -> None:
    with pytest.raises(ConfigError, match="probability"):
        RotationAugmentation(probability=-1)
    with pytest.raises(ConfigError, match="pipeline"):
        DatasetConfig(name="x", root="/x", pipeline=(FrontMatterParser(),))
    config = load_train_config(MINIMAL_YAML)
    assert isinstance(config, TrainConfig)
