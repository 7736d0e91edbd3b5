"""``olmocr-platform train`` and ``olmocr-platform release``: the model lifecycle from a terminal.

Both register what they are given and run the code location's named jobs (``prepare_training_data`` and
``train_model``; ``release_model``), the same runs the UI launches, on the local instance.
"""

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

import dagster as dg

from olmocr_assets.lib.partitions import (
    model_candidate_partitions,
    training_dataset_partitions,
    training_run_partitions,
)
from olmocr_core.models.store import METHODS, check_name
from olmocr_core.train import lifecycle

# cli.run_job: one run of a named job of the loaded definitions.
RunJob = Callable[..., dg.ExecuteInProcessResult]


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
    release.add_argument(
        "--bench-dir",
        required=True,
        help="olmOCR-Bench-style folder the model is scored on (required: nothing is released unscored)",
    )
    release.add_argument("--bench-engine", choices=("vlm", "hf"), default="vlm", help="engine reading the bench")
    release.add_argument("--validation-pages", type=int, default=4, help="pages compared under vLLM and transformers")
    release.add_argument("--publish-to", default="", help="s3:// prefix to copy the released model to")


def train(
    args: argparse.Namespace, instance: dg.DagsterInstance, defs: dg.Definitions, run_job: RunJob, vllm_args=()
) -> dict:
    run_yaml = args.config.read_text()
    datasets = lifecycle.register_run(
        defs.resources["platform"].model_store(), check_name("training run", args.run), run_yaml
    )
    instance.add_dynamic_partitions(training_dataset_partitions.name, datasets)
    instance.add_dynamic_partitions(training_run_partitions.name, [args.run])
    for dataset in datasets:
        run_job(defs, "prepare_training_data", instance, partition_key=dataset)
    result = run_job(defs, "train_model", instance, partition_key=args.run)
    return _numbers(result, "sft_checkpoint")


def release(
    args: argparse.Namespace,
    instance: dg.DagsterInstance,
    defs: dg.Definitions,
    run_job: RunJob,
    vllm_args: Sequence[str] = (),
) -> dict:
    name = check_name("release", args.name)
    instance.add_dynamic_partitions(model_candidate_partitions.name, [name])
    config = {
        "prepared_model": {"runs": list(args.runs), "method": args.method or ""},
        "fp8_model": {
            "pages": args.validation_pages,
            "bench_dir": args.bench_dir,
            "bench_engine": args.bench_engine,
            "vllm_args": list(vllm_args),
        },
        "released_model": {"publish_to": args.publish_to},
    }
    run_config = {"ops": {op: {"config": values} for op, values in config.items()}}
    result = run_job(defs, "release_model", instance, partition_key=name, run_config=run_config)
    return _numbers(result, "released_model")


def _numbers(result: dg.ExecuteInProcessResult, node: str) -> dict:
    (materialization,) = result.asset_materializations_for_node(node)
    return {k: v.value for k, v in materialization.metadata.items() if isinstance(v.value, (int, float, str))}
