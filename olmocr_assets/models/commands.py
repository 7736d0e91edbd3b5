"""``olmocr-platform train`` and ``olmocr-platform release``: the model lifecycle from a terminal.

Both register what they are given and materialize the same assets the UI does, on the local instance.
"""

import argparse
from pathlib import Path

import dagster as dg

from olmocr_assets.models.assets import (
    fp8_model,
    model_assets,
    prepared_model,
    released_model,
    sft_checkpoint,
    training_data,
)
from olmocr_assets.models.runner import ModelTaskRunner
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource
from olmocr_assets.partitions import model_candidate_partitions, training_dataset_partitions, training_run_partitions
from olmocr_assets.resources import PlatformResource
from olmocr_core.models.store import METHODS, check_name
from olmocr_core.train import lifecycle

ASSETS = model_assets()


def add_commands(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser("train", help="train a model: register a run's YAML and materialize its checkpoints")
    train.add_argument("config", type=Path, help="the training run's YAML (model, data, training)")
    train.add_argument("--run", required=True, help="the run's name (its sft_checkpoint partition)")
    release = commands.add_parser(
        "release",
        help="prepare, quantize, validate and release a model from training runs "
        "(arguments it does not know go to the vLLM server validation starts)",
    )
    release.add_argument("name", help="the release's name (its partition; what --released-model names)")
    release.add_argument("--runs", nargs="+", required=True, help="training runs whose final checkpoints it uses")
    release.add_argument("--method", choices=METHODS, help="default: single for one run, soup for several")
    release.add_argument("--bench-dir", default="", help="olmOCR-Bench-style folder the model is scored on")
    release.add_argument("--bench-engine", choices=("vlm", "hf"), default="vlm", help="engine reading the bench")
    release.add_argument("--validation-pages", type=int, default=4, help="pages compared under vLLM and transformers")
    release.add_argument("--publish-to", default="", help="s3:// prefix to copy the released model to")


def train(args: argparse.Namespace, instance: dg.DagsterInstance, materialize, vllm_args=()) -> dict:
    platform = PlatformResource()
    run_yaml = args.config.read_text()
    datasets = lifecycle.register_run(platform.model_store(), check_name("training run", args.run), run_yaml)
    instance.add_dynamic_partitions(training_dataset_partitions.name, datasets)
    instance.add_dynamic_partitions(training_run_partitions.name, [args.run])
    resources = _resources(platform)
    for dataset in datasets:
        materialize(ASSETS, [training_data], resources, instance, partition_key=dataset)
    result = materialize(
        ASSETS, [sft_checkpoint], resources, instance, partition_key=args.run, run_config=_config(sft_checkpoint, {})
    )
    return _numbers(result, "sft_checkpoint")


def release(args: argparse.Namespace, instance: dg.DagsterInstance, materialize, vllm_args=()) -> dict:
    platform = PlatformResource()
    name = check_name("release", args.name)
    instance.add_dynamic_partitions(model_candidate_partitions.name, [name])
    resources = _resources(platform)
    candidate = {"runs": list(args.runs), "method": args.method or ""}
    validation = {
        "pages": args.validation_pages,
        "bench_dir": args.bench_dir,
        "bench_engine": args.bench_engine,
        "vllm_args": list(vllm_args),
    }
    materialize(
        ASSETS, [prepared_model], resources, instance, partition_key=name, run_config=_config(prepared_model, candidate)
    )
    materialize(ASSETS, [fp8_model], resources, instance, partition_key=name, run_config=_config(fp8_model, validation))
    result = materialize(
        ASSETS,
        [released_model],
        resources,
        instance,
        partition_key=name,
        run_config=_config(released_model, {"publish_to": args.publish_to}),
    )
    return _numbers(result, "released_model")


def _resources(platform: PlatformResource) -> dict:
    return {"platform": platform, "model_runner": ModelTaskRunner(), "k8s": KubernetesGpuResource()}


def _config(asset: dg.AssetsDefinition, config: dict) -> dict:
    return {"ops": {asset.op.name: {"config": config}}}


def _numbers(result: dg.ExecuteInProcessResult, node: str) -> dict:
    (materialization,) = result.asset_materializations_for_node(node)
    return {k: v.value for k, v in materialization.metadata.items() if isinstance(v.value, (int, float, str))}
