"""The model lifecycle: training pages -> SFT checkpoints -> a prepared model -> FP8 -> validated -> released.

Each stage is keyed by a name the user chose (a dataset, a training run, a release candidate). The released
model is what `dolma_documents` reads when `OcrEngineResource.released_model` names it, and every Dolma
document it writes names it back in its lineage.
"""

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

import dagster as dg
import yaml
from pydantic import Field

from olmocr_assets.defs.models import metadata
from olmocr_assets.defs.models.config import (
    GRPO_EXAMPLE,
    RELEASE_EXAMPLE,
    SFT_EXAMPLE,
    GrpoRunConfig,
    SftRunConfig,
    launchpad_example,
)
from olmocr_assets.defs.models.tasks import run_model_task
from olmocr_assets.lib.defaults import MODELS_GROUP, asset_defaults
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.partitions import (
    grpo_run_partitions,
    model_candidate_partitions,
    training_dataset_partitions,
    training_run_partitions,
)
from olmocr_assets.lib.registration import forget_partition_unless_registered
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.models.source import weights_checksum
from olmocr_core.models.store import CandidateSpec, GrpoRunSpec, ModelStore, ReleaseRecord, now_iso
from olmocr_core.train import lifecycle

AGREEMENT_CHECK = "vllm_agrees_with_transformers"
SCORE_CHECK = "score_not_below_release"
ALL_PARTITIONS = dg.AllPartitionMapping()

# Register what the config names (when it names something) and give the task's parameters.
TaskParams = Callable[[ModelStore, str, Any], dict[str, Any]]
# The step's result from the task's: its metadata, and its checks' results.
TaskResult = Callable[[ModelStore, str, Any, dict[str, Any]], dg.MaterializeResult]


def model_task_asset(
    *,
    name: str,
    task: str,
    config_type: type[dg.Config],
    params: TaskParams,
    result: TaskResult,
    partitions_def: dg.PartitionsDefinition,
    deps: Sequence[dg.AssetDep | str] = (),
    kinds: set[str],
    description: str,
    accelerator: bool = False,
    check_specs: Sequence[dg.AssetCheckSpec] = (),
) -> dg.AssetsDefinition:
    """An asset whose step runs one model task (``olmocr_assets.pods.model_tasks``) on the ``model_runner``:
    in the step, or in a GPU pod. ``accelerator``: the step holds the accelerator pool while it runs."""

    @dg.asset(
        name=name,
        partitions_def=partitions_def,
        deps=list(deps),
        kinds=kinds,
        description=description,
        check_specs=list(check_specs),
        **asset_defaults(MODELS_GROUP, accelerator=accelerator),
    )
    def _asset(
        context: dg.AssetExecutionContext,
        config: config_type,  # type: ignore[valid-type]  # each asset's own config class
        platform: PlatformResource,
        model_runner: GpuRunner,
        k8s: KubernetesGpuResource,
    ) -> dg.MaterializeResult:
        store = platform.model_store()
        partition = context.partition_key
        outcome = run_model_task(context, model_runner, k8s, task, params(store, partition, config))
        return result(store, partition, config, outcome)

    return _asset


class TrainingDataConfig(dg.Config):
    spec_yaml: str | None = Field(
        default=None,
        description="A training run's YAML (`model: {base: ...}` and `data: {train: [{name: <this dataset>, root: "
        "<folder of page.pdf + page.md>}]}`) that defines this dataset, to register it under this partition. "
        "Empty: the dataset registered with its training run (`olmocr-platform train`).",
    )


def how_to_register_dataset(name: str) -> str:
    """The error about an unregistered dataset: the exact command, and the exact launchpad config."""
    example = {
        "model": {"base": "allenai/olmOCR-2-7B-1025"},
        "data": {"train": [{"name": name, "root": "/data/pages"}]},
    }
    launchpad = "ops:\n  training_data:\n    config:\n      spec_yaml: |\n" + textwrap.indent(
        yaml.safe_dump(example, sort_keys=False), " " * 8
    )
    return (
        f"dataset {name!r} is not registered. Register it, then materialize again:\n"
        f"- from a terminal: olmocr-platform train run.yaml --run my-run (registers the datasets run.yaml names, "
        f"{name!r} among them)\n"
        "- in the UI: materialize training_data for this partition with this launchpad config, your paths in "
        "place of these:\n\n" + launchpad
    )


@dg.asset(
    partitions_def=training_dataset_partitions,
    **asset_defaults(MODELS_GROUP),
    kinds={"pdf", "python"},  # rendering and tokenizing on CPU
    description=(
        "A training dataset: page PDFs with their markdown answers (YAML front matter + text), run through its "
        "pipeline (render at 1288 px, v4 prompt, chat template, prompt masked out of the labels). Bad samples "
        "are counted with their reason, never a failed run. The report (samples, skips, token lengths) is what "
        "`sft_checkpoint` checks before training."
    ),
)
def training_data(
    context: dg.AssetExecutionContext, config: TrainingDataConfig, platform: PlatformResource
) -> dg.MaterializeResult:
    store = platform.model_store()
    name = context.partition_key
    with forget_partition_unless_registered(context, training_dataset_partitions, lambda: store.has_dataset(name)):
        if config.spec_yaml:
            report = lifecycle.register_dataset(store, name, config.spec_yaml)
        elif store.has_dataset(name):
            report = lifecycle.summarize_registered_dataset(store, name)
        else:
            raise dg.Failure(how_to_register_dataset(name))
    store.save_dataset_report(name, report)
    return dg.MaterializeResult(
        metadata=metadata.scalar_metadata(report) | {"spec": dg.MetadataValue.path(str(store.dataset_dir(name)))}
    )


def _sft_params(store: ModelStore, run: str, config: SftRunConfig) -> dict[str, Any]:
    run_text = config.run_text()
    if run_text:
        lifecycle.register_run(store, run, run_text)
    run_yaml = store.run_config(run)
    lifecycle.check_datasets_ready(store, run_yaml)
    return {"run_yaml": run_yaml, "run_dir": str(store.run_dir(run))}


def _sft_result(store: ModelStore, run: str, config: SftRunConfig, result: dict[str, Any]) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata=metadata.training_metadata(store.run_dir(run), result))


sft_checkpoint = model_task_asset(
    name="sft_checkpoint",
    task="sft",
    config_type=SftRunConfig,
    params=_sft_params,
    result=_sft_result,
    partitions_def=training_run_partitions,
    # Its datasets' reports, through the registry the UI does not ask to be materialized first (registry.py).
    deps=["dataset_reports"],
    accelerator=True,
    kinds={"pytorch", "safetensors"},
    description=(
        "A supervised fine-tuning run, one partition per run: checkpoints with optimizer and scheduler state "
        "under `runs/{run}/`, resumed automatically from the latest one if the run was interrupted. Metadata: "
        "the loss curve, eval loss per dataset, tokens, seconds. Runs in a GPU pod with `runner: kubernetes`."
        + launchpad_example(SFT_EXAMPLE)
    ),
)


def _grpo_params(store: ModelStore, run: str, config: GrpoRunConfig) -> dict[str, Any]:
    if config.sft_run:
        store.save_grpo_run(run, GrpoRunSpec(config.sft_run, config.data_dir or "", config.settings_text()))
    spec = store.grpo_run(run)
    return {
        "config_yaml": spec.config_yaml,
        "model_dir": str(lifecycle.final_checkpoint_model(store, spec.sft_run)),
        "data_dir": spec.data_dir,
        "output_dir": str(store.run_dir(run)),
    }


def _grpo_result(store: ModelStore, run: str, config: GrpoRunConfig, result: dict[str, Any]) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata=metadata.grpo_metadata(store.run_dir(run), result))


grpo_checkpoint = model_task_asset(
    name="grpo_checkpoint",
    task="grpo",
    config_type=GrpoRunConfig,
    params=_grpo_params,
    result=_grpo_result,
    partitions_def=grpo_run_partitions,
    deps=[dg.AssetDep("sft_checkpoint", partition_mapping=ALL_PARTITIONS)],
    accelerator=True,
    kinds={"pytorch", "safetensors"},
    description=(
        "A GRPO run (TRL's GRPOTrainer), one partition per run or seed, starting from an SFT run's final "
        "checkpoint: answers sampled per page are rewarded by the share of the page's unit tests they pass, "
        "plus front matter, end-of-sequence and other weighted rewards. Metadata: the mean reward per step. "
        "`prepared_model` can soup several seeds." + launchpad_example(GRPO_EXAMPLE)
    ),
)


class CandidateConfig(dg.Config):
    runs: list[str] = Field(
        default_factory=list, description="Training runs whose final checkpoints make the model; empty: as registered."
    )
    method: str | None = Field(
        default=None,
        description="single (one run; a LoRA adapter is merged), merge (a LoRA run) or soup (average); default: "
        "single for one run, soup for several.",
    )


def _prepare_params(store: ModelStore, name: str, config: CandidateConfig) -> dict[str, Any]:
    if config.runs:
        method = config.method or ("soup" if len(config.runs) > 1 else "single")
        store.save_candidate(CandidateSpec(name=name, runs=tuple(config.runs), method=method))
    spec = store.candidate(name)
    sources = [str(lifecycle.final_checkpoint_model(store, run)) for run in spec.runs]
    return {"sources": sources, "method": spec.method, "out_dir": str(store.prepared_dir(name))}


def _prepare_result(
    store: ModelStore, name: str, config: CandidateConfig, result: dict[str, Any]
) -> dg.MaterializeResult:
    runs = ", ".join(store.candidate(name).runs)
    return dg.MaterializeResult(metadata=metadata.model_metadata(result) | {"runs": runs})


prepared_model = model_task_asset(
    name="prepared_model",
    task="prepare",
    config_type=CandidateConfig,
    params=_prepare_params,
    result=_prepare_result,
    partitions_def=model_candidate_partitions,
    deps=[
        dg.AssetDep("sft_checkpoint", partition_mapping=ALL_PARTITIONS),
        dg.AssetDep("grpo_checkpoint", partition_mapping=ALL_PARTITIONS),
    ],
    kinds={"pytorch", "safetensors"},
    description=(
        "A release candidate's model: the final checkpoint of one SFT or GRPO run (a LoRA adapter merged into its "
        "base) or a soup (the weight-by-weight average) of several runs, e.g. GRPO seeds, written as a "
        "self-contained folder (weights, config, tokenizer, processor) under `candidates/{name}/prepared/`. "
        "The release_model job runs it with fp8_model and released_model." + launchpad_example(RELEASE_EXAMPLE)
    ),
)


class ValidationConfig(dg.Config):
    pages: int = Field(default=4, description="Pages of the candidate's datasets to compare vLLM and transformers on.")
    max_tokens: int = Field(default=256, description="Greedy tokens generated per page on each side.")
    max_mismatched_page_fraction: float = Field(
        default=0.0, description="Pages whose greedy tokens may differ between vLLM and transformers."
    )
    max_prob_gap: float = Field(
        default=0.05, description="Largest allowed gap between the two sides' probabilities of a greedy token."
    )
    near_tie_margin: float = Field(
        default=0.05,
        description="A page whose first differing token is where both sides' top two probabilities are within "
        "this of each other is a near tie that either runtime may break, not a disagreement.",
    )
    bench_dir: str = Field(
        description="Required: an olmOCR-Bench-style folder (pdfs/ and *.jsonl unit tests) the candidate is scored "
        "on. Nothing is released unscored: an empty value fails the score check.",
    )
    bench_engine: str = Field(default="vlm", description="Engine that reads the bench pages: vlm (vLLM) or hf.")
    score_tolerance: float = Field(
        default=0.0, description="How far below the current release's score a candidate may be (0: not below)."
    )
    vllm_args: list[str] = Field(default_factory=list, description="Extra arguments for the vLLM server it starts.")


def _fp8_params(store: ModelStore, name: str, config: ValidationConfig) -> dict[str, Any]:
    return {"model_dir": str(store.prepared_dir(name)), "out_dir": str(store.fp8_dir(name))}


def _fp8_result(store: ModelStore, name: str, config: ValidationConfig, result: dict[str, Any]) -> dg.MaterializeResult:
    """The quantized model validated: vLLM against transformers, and its score against the current release."""
    validation = lifecycle.validate_candidate(
        store, name, lifecycle.ValidationSettings(**{**config.model_dump(), "vllm_args": tuple(config.vllm_args)})
    )
    return dg.MaterializeResult(
        metadata=metadata.model_metadata(result),
        check_results=[
            dg.AssetCheckResult(
                check_name=AGREEMENT_CHECK,
                passed=validation.agreement_passed,
                metadata=metadata.scalar_metadata(validation.agreement),
            ),
            dg.AssetCheckResult(
                check_name=SCORE_CHECK,
                passed=validation.score_passed,
                metadata=metadata.scalar_metadata(validation.score),
            ),
        ],
    )


fp8_model = model_task_asset(
    name="fp8_model",
    task="fp8",
    config_type=ValidationConfig,
    params=_fp8_params,
    result=_fp8_result,
    partitions_def=model_candidate_partitions,
    deps=["prepared_model"],
    kinds={"pytorch", "vllm", "safetensors"},
    check_specs=[
        dg.AssetCheckSpec(
            AGREEMENT_CHECK,
            asset="fp8_model",
            blocking=True,
            description="Greedy tokens and their probabilities under vLLM equal transformers' on rendered pages, "
            "within the thresholds.",
        ),
        dg.AssetCheckSpec(
            SCORE_CHECK,
            asset="fp8_model",
            blocking=True,
            description="The olmOCR-Bench-style score is not below the current release's.",
        ),
    ],
    description=(
        "The candidate quantized to FP8 (dynamic, llmcompressor, olmOCR's recipe: Linear layers, language head "
        "and vision tower left as they are), then validated: vLLM against transformers, and its benchmark score "
        "against the current release. Both checks block the release."
    ),
)


class ReleaseConfig(dg.Config):
    publish_to: str | None = Field(
        default=None,
        description="An s3:// prefix (or folder) to copy the model to, and the registry then points there; "
        "default: the registry points at the candidate's FP8 folder.",
    )


@dg.asset(
    partitions_def=model_candidate_partitions,
    deps=["fp8_model"],
    **asset_defaults(MODELS_GROUP),
    kinds={"json"},  # a registry entry, written on CPU
    description=(
        "A released model: an entry in the model registry (`releases/{name}.json`) with its path, weights "
        "checksum, scores and lineage (candidate, runs, datasets, base model). OCR runs name it with "
        "`released_model`; every Dolma document they write records it."
    ),
)
def released_model(
    context: dg.AssetExecutionContext, config: ReleaseConfig, platform: PlatformResource
) -> dg.MaterializeResult:
    store = platform.model_store()
    name = context.partition_key
    validation = store.validation(name)
    if not (validation.get("agreement_passed") and validation.get("score_passed")):
        raise dg.Failure(f"candidate {name!r} did not pass validation: {validation}")
    path = lifecycle.publish(store.fp8_dir(name), config.publish_to) if config.publish_to else str(store.fp8_dir(name))
    record = ReleaseRecord(
        name=name,
        path=path,
        checksum=weights_checksum(store.fp8_dir(name)),
        released_at=now_iso(),
        scores=validation.get("scores", {}),
        lineage=lifecycle.release_lineage(store, name),
    )
    store.release(record)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(record.path),
            "checksum": record.checksum,
            **{f"score_{key}": value for key, value in record.scores.items()},
            "lineage": dg.MetadataValue.json(record.lineage),
        }
    )
