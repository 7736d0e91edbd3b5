"""GRPO on pages with unit tests: olmOCR-2's last training stage, through TRL's GRPOTrainer.

The data is an olmOCR-Bench folder (``pdfs/`` + ``*.jsonl`` unit tests, see olmocr_core.evaluation): every
tested page becomes one sample, rendered at 1288 px with the v4 prompt exactly as the model is served. For
each page the trainer samples ``num_generations`` answers, scores each with the rewards (olmocr_core.train.
rewards: the share of the page's tests passed, plus smaller ones) and moves the model towards the answers
that scored above their group's mean.

    learning_rate: 1.0e-6
    num_generations: 8
    temperature: 1.0
    max_steps: 500
    rewards: {unit_tests: 1.0, front_matter: 0.1, eos: 0.1}
    generation: {backend: vllm, vllm_mode: colocate}     # transformers (default) generates on CPU too

Output of ``train_grpo``:

    checkpoint-{step}/model/            the trained model with the base's processor files (self-contained)
    checkpoint-{step}/.olmocr-complete  written last (the folder is staged and renamed); named like an SFT
                                        run's checkpoints, so merging, souping and releasing treat both alike
    metrics.jsonl                      one record per step: mean reward, its parts, loss, lengths ...
    trainer/                           TRL's scratch folder

The vision tower is frozen unless ``train_vision_tower``: the rewards judge text, a few GRPO steps give it
no useful signal, and its updates shift every image embedding the language model reads at once (on the
tiny test model, a single step at lr 4e-5 that moved it broke every answer).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from olmocr_core.common.errors import ConfigError, InputError
from olmocr_core.engines.hf_chat import ChatEncoder, split_images
from olmocr_core.evaluation.benchmark import BenchFolder, load_bench_folder
from olmocr_core.formats.prompts import DEFAULT_MAX_TOKENS, TARGET_LONGEST_IMAGE_DIM, build_messages
from olmocr_core.models.files import check_model_folder, copy_processor_files, staged_folder
from olmocr_core.models.source import locate_model
from olmocr_core.rendering.pdf import render_page_file
from olmocr_core.train.config import Section, check_positive, load_section, to_plain
from olmocr_core.train.data import FieldError
from olmocr_core.train.metrics import MetricsLog
from olmocr_core.train.rewards import combined_reward
from olmocr_core.train.threads import torch_threads

LOSS_TYPES = ("grpo", "dr_grpo", "dapo", "bnpo", "cispo", "sapo")


@dataclass(frozen=True)
class RewardWeights(Section):
    """Weight of each reward (olmocr_core.train.rewards.REWARDS) in the sum the trainer maximises; 0 leaves
    one out."""

    unit_tests: float = 1.0
    unit_tests_macro: float = 0.0
    front_matter: float = 0.0
    eos: float = 0.0
    table_equation_counts: float = 0.0
    edit_distance: float = 0.0
    medoid: float = 0.0

    def check(self) -> None:
        for name, weight in self.as_dict().items():
            if weight < 0:
                raise FieldError(name, f"must not be negative, got {weight}")
        if not any(self.as_dict().values()):
            raise FieldError("unit_tests", "every reward weight is 0: nothing to train for")

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class GenerationSettings(Section):
    """Who samples the answers: the model itself with transformers (any device, slow), or vLLM on GPUs,
    in the training process ("colocate") or a ``trl vllm-serve`` server at ``vllm_server_url``."""

    backend: Literal["transformers", "vllm"] = "transformers"
    vllm_mode: Literal["colocate", "server"] = "colocate"
    vllm_server_url: str | None = None
    vllm_gpu_memory_utilization: float = 0.3  # colocate: the share of GPU memory vLLM may take

    def check(self) -> None:
        if self.backend == "vllm" and self.vllm_mode == "server" and not self.vllm_server_url:
            raise FieldError("vllm_server_url", "is required with vllm_mode: server")
        if not 0.0 < self.vllm_gpu_memory_utilization <= 1.0:
            raise FieldError("vllm_gpu_memory_utilization", "must be in (0, 1]")


@dataclass(frozen=True)
class GrpoConfig(Section):
    learning_rate: float = 1e-6
    lr_scheduler: Literal["linear", "constant", "cosine"] = "linear"
    num_generations: int = 8  # answers sampled per page: the group each answer is compared with
    pages_per_step: int = 1  # pages per micro-batch (each with its num_generations answers)
    gradient_accumulation_steps: int = 1
    temperature: float = 1.0
    loss_type: Literal["grpo", "dr_grpo", "dapo", "bnpo", "cispo", "sapo"] = "bnpo"  # olmOCR-2's
    beta: float = 0.0  # KL penalty towards the starting model; 0 needs no reference model in memory
    importance_sampling_level: Literal["token", "sequence"] = "token"
    max_prompt_length: int | None = None  # pages whose prompt (text + image tokens) is longer are left out
    max_completion_length: int = DEFAULT_MAX_TOKENS
    max_steps: int = 100
    seed: int = 42
    train_vision_tower: bool = False
    bf16: bool = False
    gradient_checkpointing: bool = False
    target_longest_image_dim: int = TARGET_LONGEST_IMAGE_DIM
    reference_dir: str | None = None  # under the data folder: <pdf without .pdf>_pg<page>_repeat1.md answers
    cpu_threads: int | None = 1  # torch threads when training on CPU; None leaves torch's default
    rewards: RewardWeights = field(default_factory=RewardWeights)
    generation: GenerationSettings = field(default_factory=GenerationSettings)

    def check(self) -> None:
        check_positive(self, "learning_rate", "pages_per_step", "gradient_accumulation_steps", "temperature")
        check_positive(self, "max_prompt_length", "max_completion_length", "max_steps", "cpu_threads")
        check_positive(self, "target_longest_image_dim")
        if self.num_generations < 2:
            raise FieldError("num_generations", "must be at least 2: an answer is judged against its group")
        if self.beta < 0:
            raise FieldError("beta", "must not be negative")

    def to_yaml(self) -> str:
        return yaml.safe_dump(to_plain(self), sort_keys=False)


def load_grpo_config(path_or_text: str | Path) -> GrpoConfig:
    """A GrpoConfig from a YAML file or text; mistakes are ConfigErrors naming the file and the field."""
    return load_section(GrpoConfig, path_or_text)


# ---------------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GrpoDataset:
    """One row per usable page (TRL's columns: prompt, image; the rewards': tests, reference, page_id) and
    the pages left out, with why."""

    rows: list[dict[str, Any]]
    skipped: dict[str, str]


def build_grpo_dataset(data_dir: str | Path, config: GrpoConfig, encoder: ChatEncoder | None = None) -> GrpoDataset:
    """The samples of a bench folder. ``encoder`` (the model's) is needed only to apply max_prompt_length."""
    folder = load_bench_folder(data_dir)
    if config.max_prompt_length is not None and encoder is None:
        raise ConfigError("max_prompt_length needs the model's encoder to count prompt tokens")
    tests_by_page: dict[tuple[str, int], list[dict]] = {}
    for test in folder.tests:
        tests_by_page.setdefault(test.key, []).append(test.to_dict())
    rows, skipped = [], {}
    for pdf, page in folder.pages:
        page_id = f"{pdf}:{page}"
        try:
            png = render_page_file(str(folder.pdf_path(pdf)), page, config.target_longest_image_dim)
        except (InputError, ValueError) as exc:  # unreadable file, page out of range, unrenderable page
            skipped[page_id] = f"cannot be rendered: {exc}"
            continue
        messages = build_messages(png)
        if config.max_prompt_length is not None:
            length = encoder.encode(messages)["input_ids"].shape[1]
            if length > config.max_prompt_length:
                skipped[page_id] = f"prompt of {length} tokens is over max_prompt_length {config.max_prompt_length}"
                continue
        # TRL's chat form: an {"type": "image"} placeholder in the message, the picture in the image column.
        prompt, (image,) = split_images(messages)
        rows.append(
            {
                "prompt": prompt,
                "image": image,
                "tests": json.dumps(tests_by_page[pdf, page]),
                "reference": _reference(folder, config, pdf, page),
                "page_id": page_id,
            }
        )
    return GrpoDataset(rows, skipped)


def _reference(folder: BenchFolder, config: GrpoConfig, pdf: str, page: int) -> str | None:
    """The page's reference answer, named like an olmOCR-Bench candidate's output, when there is one."""
    if config.reference_dir is None:
        return None
    path = folder.root / config.reference_dir / f"{pdf.removesuffix('.pdf')}_pg{page}_repeat1.md"
    return path.read_text(encoding="utf-8") if path.is_file() else None


# ---------------------------------------------------------------------------------------------------- training


@dataclass(frozen=True)
class GrpoResult:
    output_dir: Path
    model_dir: Path  # checkpoint-{step}/model
    metrics_path: Path
    steps: int
    rewards: list[float]  # the mean reward of each step, in order
    pages: int
    skipped: dict[str, str]


def train_grpo(
    config: GrpoConfig,
    model_dir: str | Path,
    data_dir: str | Path,
    output_dir: str | Path,
    on_log: Callable[[dict[str, Any]], None] | None = None,
) -> GrpoResult:
    """Run GRPO from ``model_dir`` (a folder, s3:// or a hub id) on the bench folder ``data_dir``."""
    import torch  # lazy: optional (train extra), slow import
    from datasets import Dataset  # lazy: datasets comes with trl (train extra)
    from transformers import AutoProcessor  # lazy: optional (train extra), slow import
    from trl import GRPOTrainer  # lazy: trl is optional (train extra)

    base = locate_model(str(model_dir))
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    encoder = ChatEncoder.load(base) if config.max_prompt_length is not None else None
    data = build_grpo_dataset(data_dir, config, encoder)
    if not data.rows:
        raise ConfigError(f"{data_dir}: no usable pages ({'; '.join(f'{k}: {v}' for k, v in data.skipped.items())})")
    on_gpu = torch.cuda.is_available()
    with MetricsLog(output_dir, on_log=on_log) as log, torch_threads(None if on_gpu else config.cpu_threads):
        metrics = _TrlMetrics(log)
        model = _load_model(base, config)
        processor = AutoProcessor.from_pretrained(base, padding_side="left", truncation_side="left")
        trainer = GRPOTrainer(
            model=model,
            reward_funcs=combined_reward(config.rewards.as_dict(), eos_token_ids=_eos_token_ids(model, processor)),
            args=_trl_config(config, output_dir / "trainer", use_cpu=not on_gpu),
            train_dataset=Dataset.from_list(data.rows),
            processing_class=processor,
            callbacks=[metrics.callback()],
        )
        trainer.train()
        final = output_dir / f"checkpoint-{trainer.state.global_step}"
        with staged_folder(final) as staging:
            trainer.accelerator.unwrap_model(trainer.model).save_pretrained(staging / "model")
            copy_processor_files(base, staging / "model")
            check_model_folder(staging / "model")
    return GrpoResult(
        output_dir=output_dir,
        model_dir=final / "model",
        metrics_path=log.path,
        steps=trainer.state.global_step,
        rewards=metrics.rewards,
        pages=len(data.rows),
        skipped=data.skipped,
    )


def _load_model(base: Path, config: GrpoConfig) -> Any:
    import torch  # lazy: optional (train extra), slow import
    from transformers import AutoModelForImageTextToText  # lazy: optional (train extra), slow import

    model = AutoModelForImageTextToText.from_pretrained(base, dtype=torch.float32)
    if not config.train_vision_tower:
        model.model.visual.requires_grad_(False)
    return model


def _eos_token_ids(model: Any, processor: Any) -> list[int]:
    """The ids that end an answer, as TRL stops generation on them: the generation config's and the tokenizer's."""
    configured = model.generation_config.eos_token_id
    ids = [configured] if isinstance(configured, int) else list(configured or [])
    return sorted({*ids, processor.tokenizer.eos_token_id} - {None})


def _trl_config(config: GrpoConfig, scratch_dir: Path, *, use_cpu: bool) -> Any:
    from trl import GRPOConfig  # lazy: trl is optional (train extra)

    generation = config.generation
    return GRPOConfig(
        output_dir=str(scratch_dir),
        learning_rate=config.learning_rate,
        lr_scheduler_type=config.lr_scheduler,
        num_generations=config.num_generations,
        per_device_train_batch_size=config.num_generations * config.pages_per_step,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        temperature=config.temperature,
        top_p=1.0,
        top_k=0,
        loss_type=config.loss_type,
        beta=config.beta,
        importance_sampling_level=config.importance_sampling_level,
        max_completion_length=config.max_completion_length,
        max_steps=config.max_steps,
        seed=config.seed,
        bf16=config.bf16,
        gradient_checkpointing=config.gradient_checkpointing,
        use_cpu=use_cpu,
        use_vllm=generation.backend == "vllm",
        vllm_mode=generation.vllm_mode,
        vllm_server_base_url=generation.vllm_server_url,
        vllm_gpu_memory_utilization=generation.vllm_gpu_memory_utilization,
        logging_steps=1,
        save_strategy="no",  # the one checkpoint that matters is written by train_grpo, whole or not at all
        report_to="none",
        remove_unused_columns=False,  # the rewards read the tests, reference and page_id columns
        disable_tqdm=True,
    )


class _TrlMetrics:
    """TRL's per-step logs into the run's MetricsLog, and each step's mean reward kept for the result."""

    def __init__(self, log: MetricsLog):
        self.log = log
        self.rewards: list[float] = []

    def write(self, step: int, logs: dict[str, Any]) -> None:
        if "reward" not in logs:  # the end-of-training summary has no reward
            return
        record = {"step": step, **{k: v for k, v in logs.items() if isinstance(v, int | float) and math.isfinite(v)}}
        self.log.write(record)
        self.rewards.append(float(logs["reward"]))

    def callback(self) -> Any:
        from transformers import TrainerCallback  # lazy: optional (train extra), slow import

        metrics = self

        class _OnLog(TrainerCallback):
            def on_log(self, args: Any, state: Any, control: Any, logs: dict | None = None, **kwargs: Any) -> None:
                metrics.write(state.global_step, logs or {})

        return _OnLog()
