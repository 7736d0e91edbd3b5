"""The steps between the stages of the model lifecycle, kept out of the Dagster layer.

Registering a run (and the datasets it names), finding a run's final checkpoint, validating a candidate
(vLLM against transformers, and its benchmark score against the current release) and describing a
release's lineage. The Dagster assets (olmocr_assets/defs/models) and the CLI call these.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from olmocr_core.common.errors import ConfigError
from olmocr_core.engines.config import EngineConfig, ManagedServerOptions
from olmocr_core.evaluation import benchmark
from olmocr_core.models.files import latest_checkpoint
from olmocr_core.models.source import weights_checksum
from olmocr_core.models.store import ModelStore
from olmocr_core.train.checkpoints import copy_model
from olmocr_core.train.config import DatasetConfig, TrainConfig, load_train_config
from olmocr_core.train.data import list_pages, summarize_dataset
from olmocr_core.train.validate import AgreementThresholds, validate_model

BENCH_SCORE = "bench"  # the release score key new candidates are compared on


def datasets_of(config: TrainConfig) -> list[DatasetConfig]:
    return [*config.data.train, *config.data.eval]


def register_run(store: ModelStore, run: str, run_yaml: str) -> list[str]:
    """Register a training run and the datasets it names; the dataset names.

    A dataset is registered with the YAML of the first run that names it (its definition and the tokenizer
    of that run's base model). Another run may name it again only with the same definition."""
    config = load_train_config(run_yaml)
    names = []
    for dataset in datasets_of(config):
        try:
            known = _find_dataset(load_train_config(store.dataset_spec(dataset.name)), dataset.name)
        except ConfigError:
            store.save_dataset_spec(dataset.name, run_yaml)
        else:
            if known != dataset:
                raise ConfigError(
                    f"training run {run!r}: dataset {dataset.name!r} is registered with another definition "
                    f"({known}); give this one another name"
                )
        names.append(dataset.name)
    store.save_run_config(run, run_yaml)
    return names


def summarize_registered_dataset(store: ModelStore, name: str) -> dict[str, Any]:
    """Run a registered dataset through its pipeline: its report (samples, skips by reason, tokens)."""
    return _summarize(load_train_config(store.dataset_spec(name)), name)


def register_dataset(store: ModelStore, name: str, spec_yaml: str) -> dict[str, Any]:
    """Register dataset ``name`` as the run YAML ``spec_yaml`` defines it, once its pipeline has run: its
    report. A YAML that does not define it, or a dataset that cannot be read, registers nothing."""
    report = _summarize(load_train_config(spec_yaml), name)
    store.save_dataset_spec(name, spec_yaml)
    return report


def _summarize(config: TrainConfig, name: str) -> dict[str, Any]:
    dataset = _find_dataset(config, name)
    return summarize_dataset(dataset, config.model.base, seed=config.training.seed).to_dict()


def check_datasets_ready(store: ModelStore, run_yaml: str) -> None:
    """Every dataset a run trains on has a report with samples in it, before a GPU is spent on it."""
    for dataset in load_train_config(run_yaml).data.train:
        report = store.dataset_report(dataset.name)
        if not report.get("samples"):
            raise ConfigError(f"dataset {dataset.name!r} has no usable samples: {report.get('skipped')}")


def final_checkpoint(store: ModelStore, run: str) -> Path:
    """The run's latest complete checkpoint folder."""
    checkpoint = latest_checkpoint(store.run_dir(run))
    if checkpoint is None:
        raise ConfigError(f"training run {run!r} has no complete checkpoint: materialize sft_checkpoint for it first")
    return checkpoint


def final_checkpoint_model(store: ModelStore, run: str) -> Path:
    return final_checkpoint(store, run) / "model"


def sft_run_of(store: ModelStore, run: str) -> str:
    """The SFT run a run's weights descend from: itself, or the one a GRPO run started from."""
    return store.grpo_run(run).sft_run if (store.run_dir(run) / "grpo.json").exists() else run


@dataclass(frozen=True)
class ValidationSettings:
    pages: int = 4
    max_tokens: int = 256
    max_mismatched_page_fraction: float = 0.0
    max_prob_gap: float = 0.05
    near_tie_margin: float = 0.05
    bench_dir: str = ""
    bench_engine: str = "vlm"
    score_tolerance: float = 0.0
    vllm_args: tuple[str, ...] = ()  # extra arguments for the vLLM server validation starts

    def server_options(self, log_dir: Path | None = None) -> ManagedServerOptions:
        """The vLLM server's options; its log goes to ``log_dir`` (kept: a failed validation's first question)."""

        return ManagedServerOptions(extra_args=tuple(self.vllm_args), log_dir=str(log_dir) if log_dir else None)


@dataclass
class ValidationOutcome:
    agreement_passed: bool
    score_passed: bool
    scores: dict[str, float] = field(default_factory=dict)
    agreement: dict[str, Any] = field(default_factory=dict)
    score: dict[str, Any] = field(default_factory=dict)


def validate_candidate(store: ModelStore, name: str, settings: ValidationSettings) -> ValidationOutcome:
    """Check a candidate's FP8 model before release; the outcome is also kept for the release step."""

    model_dir = store.fp8_dir(name)
    thresholds = AgreementThresholds(
        max_mismatched_page_fraction=settings.max_mismatched_page_fraction,
        max_prob_gap=settings.max_prob_gap,
        near_tie_margin=settings.near_tie_margin,
    )
    pages = validation_pages(store, name, settings.pages)
    report = validate_model(
        model_dir,
        pages,
        thresholds,
        max_tokens=settings.max_tokens,
        server_options=settings.server_options(store.validation_log_dir(name, "agreement")),
    )
    outcome = ValidationOutcome(
        agreement_passed=report.passes(thresholds),
        score_passed=False,
        agreement=report.to_dict(),
        scores={"agreement_max_prob_gap": report.max_prob_gap, "agreement_matching_share": report.matching_share},
    )
    _score(store, name, model_dir, settings, outcome)
    store.save_validation(name, asdict(outcome))
    return outcome


def _score(
    store: ModelStore, name: str, model_dir: Path, settings: ValidationSettings, outcome: ValidationOutcome
) -> None:
    if not settings.bench_dir:
        outcome.score = {"reason": "no bench_dir configured: a model is never released unscored"}
        return

    options = settings.server_options(store.validation_log_dir(name, "score"))
    engine = EngineConfig(engine=settings.bench_engine, model=str(model_dir), managed=options)
    score = benchmark.evaluate_engine_on_bench(Path(settings.bench_dir), engine)
    current = store.current_release(excluding=name)
    floor = current.scores.get(BENCH_SCORE, 0.0) - settings.score_tolerance if current else 0.0
    outcome.scores[BENCH_SCORE] = score.overall
    outcome.score_passed = score.overall >= floor
    outcome.score = {
        **score.to_dict(),
        "current_release": current.name if current else None,
        "floor": floor,
    }


def validation_pages(store: ModelStore, name: str, count: int) -> list[tuple[Path, int]]:
    """The first pages of the candidate's datasets (eval sets first): (pdf, page number). A page with only
    its markdown is left out: validation reads the PDF."""

    pages: list[tuple[Path, int]] = []
    for run in store.candidate(name).runs:
        config = load_train_config(store.run_config(sft_run_of(store, run)))
        for dataset in [*config.data.eval, *config.data.train]:
            pages += [(pdf, 1) for pdf, _ in list_pages(Path(dataset.root)) if pdf.is_file()]
    unique = list(dict.fromkeys(pages))[:count]
    if not unique:
        raise ConfigError(f"candidate {name!r}: its runs' datasets have no pages to validate on")
    return unique


def release_lineage(store: ModelStore, name: str) -> dict[str, Any]:
    """Where a release comes from: candidate, method, and per run its base model, datasets and checkpoint."""
    spec = store.candidate(name)
    runs = {}
    for run in spec.runs:
        sft_run = sft_run_of(store, run)
        config = load_train_config(store.run_config(sft_run))
        runs[run] = {
            "base_model": config.model.base,
            "datasets": [dataset.name for dataset in datasets_of(config)],
            "checkpoint": final_checkpoint(store, run).name,
        }
        if sft_run != run:
            runs[run] |= {"grpo_from": sft_run, "grpo_data": store.grpo_run(run).data_dir}
    return {
        "candidate": name,
        "method": spec.method,
        "runs": runs,
        "prepared_checksum": weights_checksum(store.prepared_dir(name)),
    }


def publish(model_dir: Path, target: str) -> str:
    """Copy a released model to ``target`` (an s3:// prefix or a folder), whole or not at all."""

    copy_model(str(model_dir), target)
    return target


def _find_dataset(config: TrainConfig, name: str) -> DatasetConfig:
    for dataset in datasets_of(config):
        if dataset.name == name:
            return dataset
    raise ConfigError(f"dataset {name!r} is not defined in its registered run configuration")
