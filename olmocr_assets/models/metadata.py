"""What the model lifecycle's assets show in the UI: counts, sizes, seconds, scores and loss curves."""

import json
from pathlib import Path
from typing import Any

import dagster as dg

SPARK = "▁▂▃▄▅▆▇█"
CURVE_ROWS = 20  # rows of a loss table: enough to see the shape, short enough to read


def scalar_metadata(result: dict[str, Any]) -> dict[str, Any]:
    """The numbers and strings of a task's result as metadata; nested values as JSON."""
    metadata: dict[str, Any] = {}
    for key, value in result.items():
        if isinstance(value, bool) or value is None:
            metadata[key] = str(value)
        elif isinstance(value, float):
            metadata[key] = round(value, 6)
        elif isinstance(value, (int, str)):
            metadata[key] = value
        else:
            metadata[key] = dg.MetadataValue.json(value)
    return metadata


def dataset_metadata(report: dict[str, Any]) -> dict[str, Any]:
    return scalar_metadata(report)


def model_metadata(result: dict[str, Any]) -> dict[str, Any]:
    metadata = scalar_metadata(result)
    for key in ("path", "out_dir", "model_dir"):
        if isinstance(result.get(key), str):
            metadata[key] = dg.MetadataValue.path(result[key])
    return metadata


def check_metadata(result: dict[str, Any]) -> dict[str, Any]:
    return scalar_metadata(result)


def training_metadata(run_dir: Path, result: dict[str, Any]) -> dict[str, Any]:
    """The run's result plus its loss curve, read back from the metrics it logged."""
    records = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines() if line.strip()]
    train = [(r["step"], r["loss"]) for r in records if "loss" in r and "step" in r]
    evals = sorted({k for r in records for k in r if k.startswith("eval/")})
    metadata = scalar_metadata(result) | {
        "run_dir": dg.MetadataValue.path(str(run_dir)),
        "loss_curve": dg.MetadataValue.md(_curve_markdown(train, records, evals)),
    }
    if train:
        metadata["final_train_loss"] = round(train[-1][1], 6)
    return metadata


def _curve_markdown(train: list[tuple[int, float]], records: list[dict[str, Any]], evals: list[str]) -> str:
    if not train:
        return "no training steps logged"
    losses = [loss for _, loss in train]
    low, high = min(losses), max(losses)
    spark = "".join(SPARK[int((loss - low) / (high - low or 1) * (len(SPARK) - 1))] for loss in losses)
    stride = max(1, len(train) // CURVE_ROWS)
    rows = [f"| {step} | {loss:.4f} |" for step, loss in train[::stride]]
    if train[-1] not in train[::stride]:
        rows.append(f"| {train[-1][0]} | {train[-1][1]:.4f} |")
    lines = [
        f"train loss `{spark}` ({losses[0]:.4f} -> {losses[-1]:.4f})",
        "",
        "| step | loss |",
        "| --- | --- |",
        *rows,
    ]
    for key in evals:
        points = [(r["step"], r[key]) for r in records if key in r]
        lines += ["", f"{key}: " + ", ".join(f"{step}: {value:.4f}" for step, value in points)]
    return "\n".join(lines)
