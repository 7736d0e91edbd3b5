"""The model lifecycle: training pages -> SFT checkpoints -> a prepared model -> FP8 -> validated -> released.

Each stage is keyed by a name the user chose (a dataset, a training run, a release candidate). The released
model is what `dolma_documents` reads when `OcrEngineResource.released_model` names it, and every Dolma
document it writes names it back in its lineage.
"""

import dagster as dg
from pydantic import Field

from olmocr_assets.models import metadata
from olmocr_assets.models.runner import ModelTaskRunner
from olmocr_assets.ocr.assets import ACCELERATOR_POOL
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource
from olmocr_assets.partitions import (
    grpo_run_partitions,
    model_candidate_partitions,
    training_dataset_partitions,
    training_run_partitions,
)
from olmocr_assets.resources import PlatformResource
from olmocr_core.models.source import weights_checksum
from olmocr_core.models.store import CandidateSpec, GrpoRunSpec, ReleaseRecord, now_iso
from olmocr_core.train import lifecycle

GROUP = "models"
OWNERS = ["team:olmocr"]
AGREEMENT_CHECK = "vllm_agrees_with_transformers"
SCORE_CHECK = "score_not_below_release"


class TrainingDataConfig(dg.Config):
    spec_yaml: str = Field(
        default="",
        description="The dataset's YAML (name, root, pipeline, tokenizer) to register under this partition; "
        "empty: the one registered with its training run.",
    )


@dg.asset(
    partitions_def=training_dataset_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"pdf", "pytorch"},
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
    if config.spec_yaml:
        store.save_dataset_spec(name, config.spec_yaml)
    report = lifecycle.summarize_registered_dataset(store, name)
    store.save_dataset_report(name, report)
    return dg.MaterializeResult(
        metadata=metadata.scalar_metadata(report) | {"spec": dg.MetadataValue.path(str(store.dataset_dir(name)))}
    )


class SftRunConfig(dg.Config):
    run_yaml: str = Field(
        default="",
        description="The training run's YAML (model, data, training). Fixed once the run has checkpoints; empty: "
        "the one registered for this partition.",
    )


@dg.asset(
    partitions_def=training_run_partitions,
    deps=[dg.AssetDep(training_data, partition_mapping=dg.AllPartitionMapping())],
    pool=ACCELERATOR_POOL,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"pytorch", "safetensors"},
    description=(
        "A supervised fine-tuning run, one partition per run: checkpoints with optimizer and scheduler state "
        "under `runs/{run}/`, resumed automatically from the latest one if the run was interrupted. Metadata: "
        "the loss curve, eval loss per dataset, tokens, seconds. Runs in a GPU pod with `runner: kubernetes`."
    ),
)
def sft_checkpoint(
    context: dg.AssetExecutionContext,
    config: SftRunConfig,
    platform: PlatformResource,
    model_runner: ModelTaskRunner,
    k8s: KubernetesGpuResource,
) -> dg.MaterializeResult:
    store = platform.model_store()
    run = context.partition_key
    if config.run_yaml:
        lifecycle.register_run(store, run, config.run_yaml)
    run_yaml = store.run_config(run)
    lifecycle.check_datasets_ready(store, run_yaml)
    result = model_runner.run(context, k8s, "sft", {"run_yaml": run_yaml, "run_dir": str(store.run_dir(run))})
    return dg.MaterializeResult(metadata=metadata.training_metadata(store.run_dir(run), result))


class GrpoRunConfig(dg.Config):
    sft_run: str = Field(default="", description="The SFT run whose final checkpoint GRPO starts from.")
    data_dir: str = Field(
        default="", description="Pages with olmOCR-Bench unit tests (pdfs/ and *.jsonl): what the rewards judge."
    )
    config_yaml: str = Field(
        default="",
        description="GRPO settings (learning rate, generations, temperature, loss, KL beta, reward weights, "
        "generation backend); empty: as registered for this partition.",
    )


@dg.asset(
    partitions_def=grpo_run_partitions,
    deps=[dg.AssetDep(sft_checkpoint, partition_mapping=dg.AllPartitionMapping())],
    pool=ACCELERATOR_POOL,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"pytorch", "safetensors"},
    description=(
        "A GRPO run (TRL's GRPOTrainer), one partition per run or seed, starting from an SFT run's final "
        "checkpoint: answers sampled per page are rewarded by the share of the page's unit tests they pass, "
        "plus front matter, end-of-sequence and other weighted rewards. Metadata: the mean reward per step. "
        "`prepared_model` can soup several seeds."
    ),
)
def grpo_checkpoint(
    context: dg.AssetExecutionContext,
    config: GrpoRunConfig,
    platform: PlatformResource,
    model_runner: ModelTaskRunner,
    k8s: KubernetesGpuResource,
) -> dg.MaterializeResult:
    store = platform.model_store()
    run = context.partition_key
    if config.sft_run:
        store.save_grpo_run(run, GrpoRunSpec(config.sft_run, config.data_dir, config.config_yaml))
    spec = store.grpo_run(run)
    params = {
        "config_yaml": spec.config_yaml,
        "model_dir": str(lifecycle.final_checkpoint_model(store, spec.sft_run)),
        "data_dir": spec.data_dir,
        "output_dir": str(store.run_dir(run)),
    }
    result = model_runner.run(context, k8s, "grpo", params)
    return dg.MaterializeResult(metadata=metadata.grpo_metadata(store.run_dir(run), result))


class CandidateConfig(dg.Config):
    runs: list[str] = Field(
        default_factory=list, description="Training runs whose final checkpoints make the model; empty: as registered."
    )
    method: str = Field(
        default="", description="single (one run; a LoRA adapter is merged), merge (a LoRA run) or soup (average)."
    )


@dg.asset(
    partitions_def=model_candidate_partitions,
    deps=[
        dg.AssetDep(sft_checkpoint, partition_mapping=dg.AllPartitionMapping()),
        dg.AssetDep(grpo_checkpoint, partition_mapping=dg.AllPartitionMapping()),
    ],
    group_name=GROUP,
    owners=OWNERS,
    kinds={"pytorch", "safetensors"},
    description=(
        "A release candidate's model: the final checkpoint of one SFT or GRPO run (a LoRA adapter merged into its "
        "base) or a soup (the weight-by-weight average) of several runs, e.g. GRPO seeds, written as a self-contained folder (weights, "
        "config, tokenizer, processor) under `candidates/{name}/prepared/`."
    ),
)
def prepared_model(
    context: dg.AssetExecutionContext,
    config: CandidateConfig,
    platform: PlatformResource,
    model_runner: ModelTaskRunner,
    k8s: KubernetesGpuResource,
) -> dg.MaterializeResult:
    store = platform.model_store()
    name = context.partition_key
    if config.runs:
        method = config.method or ("soup" if len(config.runs) > 1 else "single")
        store.save_candidate(CandidateSpec(name=name, runs=tuple(config.runs), method=method))
    spec = store.candidate(name)
    sources = [str(lifecycle.final_checkpoint_model(store, run)) for run in spec.runs]
    params = {"sources": sources, "method": spec.method, "out_dir": str(store.prepared_dir(name))}
    result = model_runner.run(context, k8s, "prepare", params)
    return dg.MaterializeResult(metadata=metadata.model_metadata(result) | {"runs": ", ".join(spec.runs)})


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
        default="",
        description="An olmOCR-Bench-style folder (pdfs/ and *.jsonl unit tests) the candidate is scored on; "
        "without it the score check fails: nothing is released unscored.",
    )
    bench_engine: str = Field(default="vlm", description="Engine that reads the bench pages: vlm (vLLM) or hf.")
    score_tolerance: float = Field(
        default=0.0, description="How far below the current release's score a candidate may be (0: not below)."
    )
    vllm_args: list[str] = Field(default_factory=list, description="Extra arguments for the vLLM server it starts.")


@dg.asset(
    partitions_def=model_candidate_partitions,
    deps=[prepared_model],
    group_name=GROUP,
    owners=OWNERS,
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
def fp8_model(
    context: dg.AssetExecutionContext,
    config: ValidationConfig,
    platform: PlatformResource,
    model_runner: ModelTaskRunner,
    k8s: KubernetesGpuResource,
) -> dg.MaterializeResult:
    store = platform.model_store()
    name = context.partition_key
    params = {"model_dir": str(store.prepared_dir(name)), "out_dir": str(store.fp8_dir(name))}
    quantized = model_runner.run(context, k8s, "fp8", params)
    validation = lifecycle.validate_candidate(
        store, name, lifecycle.ValidationSettings(**{**config.model_dump(), "vllm_args": tuple(config.vllm_args)})
    )
    return dg.MaterializeResult(
        metadata=metadata.model_metadata(quantized),
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


class ReleaseConfig(dg.Config):
    publish_to: str = Field(
        default="", description="An s3:// prefix (or folder) to copy the model to; the registry then points there."
    )


@dg.asset(
    partitions_def=model_candidate_partitions,
    deps=[fp8_model],
    group_name=GROUP,
    owners=OWNERS,
    kinds={"vllm"},
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


def model_assets() -> list:
    return [training_data, sft_checkpoint, grpo_checkpoint, prepared_model, fp8_model, released_model]
