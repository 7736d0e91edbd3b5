"""A training run's configuration: typed, loaded from YAML, checked before anything expensive starts.

    model:
      base: /models/Qwen2.5-VL-7B-Instruct      # a folder, s3://... or a hub id
      lora: {rank: 16, alpha: 32}               # omit (or null) for full fine-tuning
    data:
      train: [{name: mix, root: /data/train}]   # pipeline: omit for olmOCR's standard pipeline
      eval: [{name: mix-eval, root: /data/eval}]
    training:
      learning_rate: 2.0e-5
      max_steps: 10000

Every mistake is a ConfigError naming the file and the field (``training.lr_scheduler: ...``): unknown keys,
wrong types, values out of range, a pipeline whose steps are out of order. ``TrainConfig.to_yaml`` writes a
configuration that loads back equal.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from olmocr_core.common.errors import ConfigError
from olmocr_core.train.data import PIPELINE_STEPS, FieldError, PipelineStep, check_pipeline, default_pipeline

# The language model's projections. Qwen2.5-VL's vision blocks have gate/up/down projections too: LoRA targets
# are matched inside the language model only (see lora_target_regex).
DEFAULT_LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


S = TypeVar("S")


def check_positive(config: Any, *names: str) -> None:
    for name in names:
        value = getattr(config, name)
        if value is not None and value <= 0:
            raise FieldError(name, f"must be positive, got {value}")


class Section:
    """A config section: checks its own values when built, whether from YAML or in code."""

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Raise FieldError naming the field whose value is wrong."""


@dataclass(frozen=True)
class LoraConfig(Section):
    rank: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: tuple[str, ...] = DEFAULT_LORA_TARGETS  # module names inside the language model

    def check(self) -> None:
        check_positive(self, "rank", "alpha")
        if not 0.0 <= self.dropout < 1.0:
            raise FieldError("dropout", "must be in [0, 1)")
        if not self.target_modules:
            raise FieldError("target_modules", "must name at least one module")

    def target_regex(self) -> str:
        """peft's target_modules as a regex: the named projections of the language model, not the vision tower."""
        names = "|".join(sorted(set(self.target_modules)))
        return rf".*\blanguage_model\..*\.(?:{names})"


@dataclass(frozen=True)
class ModelConfig(Section):
    base: str  # a checkpoint folder, s3://bucket/prefix, or a hub id
    attn_implementation: str = "sdpa"
    dtype: Literal["float32", "bfloat16", "float16"] = "float32"  # the weights' dtype while training
    lora: LoraConfig | None = None

    def check(self) -> None:
        if not self.base:
            raise FieldError("base", "must name a checkpoint")


@dataclass(frozen=True)
class DatasetConfig(Section):
    name: str
    root: str  # a folder of x.pdf + x.md pages
    pipeline: tuple[PipelineStep, ...] = field(default_factory=default_pipeline)

    def check(self) -> None:
        if not self.name:
            raise FieldError("name", "must not be empty")
        problem = check_pipeline(self.pipeline)
        if problem is not None:
            index, reason = problem
            raise FieldError(f"pipeline[{index}]", reason)


@dataclass(frozen=True)
class DataConfig(Section):
    train: tuple[DatasetConfig, ...]
    eval: tuple[DatasetConfig, ...] = ()

    def check(self) -> None:
        if not self.train:
            raise FieldError("train", "must list at least one dataset")
        for part in ("train", "eval"):
            names = [dataset.name for dataset in getattr(self, part)]
            duplicates = sorted({name for name in names if names.count(name) > 1})
            if duplicates:
                raise FieldError(part, f"dataset names must be unique, {', '.join(duplicates)} repeats")


@dataclass(frozen=True)
class MuonConfig(Section):
    """Muon's own settings; the parameters Muon does not take (embeddings, head, vectors) use Adam at adam_lr."""

    lr: float = 0.02
    momentum: float = 0.95
    ns_steps: int = 5
    nesterov: bool = True
    adam_lr: float = 3e-4

    def check(self) -> None:
        check_positive(self, "lr", "ns_steps", "adam_lr")
        if not 0.0 <= self.momentum < 1.0:
            raise FieldError("momentum", "must be in [0, 1)")


@dataclass(frozen=True)
class WandbConfig(Section):
    project: str
    entity: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class TrainingConfig(Section):
    batch_size: int = 1  # pages per micro-batch
    gradient_accumulation_steps: int = 1
    learning_rate: float = 2e-5  # AdamW's; Muon's are under muon
    lr_scheduler: Literal["constant", "linear", "cosine"] = "cosine"
    warmup_steps: int = 0
    warmup_ratio: float = 0.0  # of the total steps; use this or warmup_steps
    weight_decay: float = 0.0  # on matrices only, never on biases and norms
    max_grad_norm: float | None = 1.0  # None: no clipping (the norm is still logged)
    optimizer: Literal["adamw", "muon"] = "adamw"
    muon: MuonConfig = MuonConfig()
    bf16: bool = False  # bf16 autocast (on CPU too, but slow there)
    max_steps: int | None = None  # optimizer steps; with num_epochs, whichever ends first
    num_epochs: int | None = None
    eval_steps: int | None = None  # None: evaluate at the end only
    save_steps: int | None = 500  # None: save at the end only
    save_total_limit: int | None = None  # keep the last K checkpoints; None keeps all
    seed: int = 42
    logging_steps: int = 1
    wandb: WandbConfig | None = None
    cpu_threads: int | None = 1  # torch threads when training on CPU; None leaves torch's default
    dataloader_workers: int = 0  # processes preparing pages; 0 prepares them in the training process

    def check(self) -> None:
        check_positive(self, "batch_size", "gradient_accumulation_steps", "learning_rate", "logging_steps")
        check_positive(self, "max_steps", "num_epochs", "eval_steps", "save_steps", "save_total_limit", "cpu_threads")
        check_positive(self, "max_grad_norm")
        if self.max_steps is None and self.num_epochs is None:
            raise FieldError("max_steps", "set max_steps, num_epochs or both")
        if self.warmup_steps < 0:
            raise FieldError("warmup_steps", "must not be negative")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise FieldError("warmup_ratio", "must be in [0, 1)")
        if self.warmup_steps and self.warmup_ratio:
            raise FieldError("warmup_ratio", "set warmup_steps or warmup_ratio, not both")
        if self.weight_decay < 0:
            raise FieldError("weight_decay", "must not be negative")
        if self.dataloader_workers < 0:
            raise FieldError("dataloader_workers", "must not be negative")


@dataclass(frozen=True)
class TrainConfig(Section):
    model: ModelConfig
    data: DataConfig
    training: TrainingConfig

    def to_yaml(self) -> str:
        return yaml.safe_dump(to_plain(self), sort_keys=False)


def load_train_config(path_or_text: str | Path) -> TrainConfig:
    """A TrainConfig from a YAML file (a Path, or a str ending in .yaml/.yml) or from YAML text."""
    return load_section(TrainConfig, path_or_text)


def load_section(cls: type[S], path_or_text: str | Path) -> S:
    """A config dataclass from a YAML file (a Path, or a str ending in .yaml/.yml) or from YAML text; mistakes
    are ConfigErrors naming the file and the field."""
    if isinstance(path_or_text, Path) or (
        "\n" not in path_or_text and path_or_text.strip().endswith((".yaml", ".yml"))
    ):
        source = str(path_or_text)
        try:
            text = Path(path_or_text).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{source}: cannot be read: {exc.strerror or exc}") from exc
    else:
        source, text = "<yaml>", path_or_text
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    return _build(cls, {} if raw is None else raw, "", source)


# ---------------------------------------------------------------------------------------------------- loading


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where and not name.startswith("[") else f"{where}{name}"


def _fail(source: str, where: str, reason: str) -> typing.NoReturn:
    raise ConfigError(f"{source}: {where or '<top level>'}: {reason}")


def _build(cls: type, raw: Any, where: str, source: str) -> Any:
    """An instance of the dataclass cls from a YAML mapping, every field converted to its annotated type."""
    if not isinstance(raw, dict):
        _fail(source, where, f"expected a mapping, got {_describe(raw)}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for key in raw:
        if key not in fields:
            _fail(source, _join(where, str(key)), f"unknown key (known: {', '.join(fields)})")
    values = {}
    for name, spec in fields.items():
        if name in raw:
            values[name] = _convert(hints[name], raw[name], _join(where, name), source)
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            _fail(source, _join(where, name), "is required")
    try:
        return cls(**values)  # each section checks its values in __post_init__
    except FieldError as exc:
        _fail(source, _join(where, exc.field_name), exc.reason)


def _convert(kind: Any, value: Any, where: str, source: str) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _convert(inner, value, where, source)
    if origin is Literal:
        if value not in args:
            _fail(source, where, f"must be one of {', '.join(map(str, args))}, got {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            _fail(source, where, f"expected a list, got {_describe(value)}")
        return tuple(_convert(args[0], item, f"{where}[{i}]", source) for i, item in enumerate(value))
    if kind is PipelineStep:
        return _pipeline_step(value, where, source)
    if dataclasses.is_dataclass(kind):
        return _build(kind, value, where, source)
    return _scalar(kind, value, where, source)


def _scalar(kind: type, value: Any, where: str, source: str) -> Any:
    if kind is bool and isinstance(value, bool):
        return value
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is float and not isinstance(value, bool):
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):  # YAML 1.1 reads 5e-3 (no dot) as a string
            try:
                return float(value)
            except ValueError:
                pass
    if kind is str and isinstance(value, str):
        return value
    _fail(source, where, f"expected {'a number' if kind is float else kind.__name__}, got {_describe(value)}")


def _pipeline_step(value: Any, where: str, source: str) -> PipelineStep:
    if not isinstance(value, dict) or "step" not in value:
        _fail(source, where, f"expected a mapping with a 'step' key, got {_describe(value)}")
    name = value["step"]
    if name not in PIPELINE_STEPS:
        _fail(source, _join(where, "step"), f"unknown step {name!r} (known: {', '.join(PIPELINE_STEPS)})")
    options = {key: item for key, item in value.items() if key != "step"}
    return _build(PIPELINE_STEPS[name], options, where, source)


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}" if value is not None else "null"


def to_plain(value: Any) -> Any:
    """A config as YAML-ready builtins; pipeline steps as {"step": name, **options}."""
    if isinstance(value, PipelineStep):
        return {"step": type(value).__name__, **_plain_fields(value)}
    if dataclasses.is_dataclass(value):
        return _plain_fields(value)
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    return value


def _plain_fields(value: Any) -> dict[str, Any]:
    return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
