"""The model lifecycle's heavy steps as plain tasks: run in the Dagster step, or in a GPU pod through Pipes.

``run_model_task(task, params, log)`` is the one entry point both places call, so a step does the same
work wherever it runs. ``python -m olmocr_assets.pods.model_tasks`` is the GPU pod's program: it reads the task
from the Pipes extras, logs progress through Pipes and sends the result back as a custom message. Only
``dagster_pipes`` and ``olmocr_core`` are imported here, never ``dagster`` (the worker image needs nothing
of the code location).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

MODULE = "olmocr_assets.pods.model_tasks"
TASKS = ("sft", "grpo", "prepare", "fp8")

Log = Callable[[dict[str, Any]], None]


def run_model_task(task: str, params: dict[str, Any], log: Log) -> dict[str, Any]:
    """Run one step of the lifecycle; its result as a JSON-able dict."""
    if task == "sft":
        from olmocr_core.train.config import load_train_config
        from olmocr_core.train.loop import train

        result = train(load_train_config(params["run_yaml"]), Path(params["run_dir"]), on_log=log)
    elif task == "grpo":
        from olmocr_core.train.grpo import load_grpo_config, train_grpo

        config = load_grpo_config(params["config_yaml"])
        result = train_grpo(config, params["model_dir"], params["data_dir"], params["output_dir"], on_log=log)
    elif task == "prepare":
        from olmocr_core.train.checkpoints import prepare_model

        result = prepare_model([Path(p) for p in params["sources"]], params["method"], Path(params["out_dir"]))
    elif task == "fp8":
        from olmocr_core.train.quantize import quantize_fp8

        result = quantize_fp8(Path(params["model_dir"]), Path(params["out_dir"]))
    else:
        raise ValueError(f"unknown model task {task!r}: one of {', '.join(TASKS)}")
    return _jsonable(dataclasses.asdict(result))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def main() -> None:
    from dagster_pipes import open_dagster_pipes

    with open_dagster_pipes() as pipes:
        task, params = pipes.get_extra("task"), pipes.get_extra("params")

        def log(record: dict[str, Any]) -> None:
            pipes.log.info(" ".join(f"{k}={v}" for k, v in record.items()))

        pipes.report_custom_message({"result": run_model_task(task, params, log)})


if __name__ == "__main__":
    main()
