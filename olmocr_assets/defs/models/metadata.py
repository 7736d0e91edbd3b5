"""What the model lifecycle's assets show in the UI: counts, sizes, seconds, scores and loss curves."""

import json
from pathlib import Path
from typing import Any

import dagster as dg

from olmocr_core.train.metrics import METRICS_FILE

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


def model_metadata(result: dict[str, Any]) -> dict[str, Any]:
    metadata = scalar_metadata(result)
    for key in ("path", "out_dir", "model_dir"):
        if isinstance(result.get(key), str):
            metadata[key] = dg.MetadataValue.path(result[key])
    return metadata


def training_metadata(run_dir: Path, result: dict[str, Any]) -> dict[str, Any]:
    """An SFT run's result plus its loss curve, read back from the metrics it logged."""
    records = _records(run_dir)
    train = [(r["step"], r["loss"]) for r in records if "loss" in r and "step" in r]
    evals = sorted({k for r in records for k in r if k.startswith("eval/")})
    metadata = scalar_metadata(result) | {
        "run_dir": dg.MetadataValue.path(str(run_dir)),
        "loss_curve": dg.MetadataValue.md(_curve_markdown("train loss", train, records, evals)),
    }
    if train:
        metadata["final_train_loss"] = round(train[-1][1], 6)
    return metadata


def grpo_metadata(run_dir: Path, result: dict[str, Any]) -> dict[str, Any]:
    """A GRPO run's result plus its mean reward per step (first and last steps as numbers, to plot)."""
    rewards = [(r["step"], r["reward"]) for r in _records(run_dir) if "reward" in r and "step" in r]
    window = max(1, len(rewards) // 4)
    metadata = scalar_metadata({k: v for k, v in result.items() if k != "rewards"}) | {
        "run_dir": dg.MetadataValue.path(str(run_dir)),
        "reward_curve": dg.MetadataValue.md(_curve_markdown("mean reward", rewards, [], [])),
    }
    if rewards:
        metadata["mean_reward_first_steps"] = round(sum(r for _, r in rewards[:window]) / window, 6)
        metadata["mean_reward_last_steps"] = round(sum(r for _, r in rewards[-window:]) / window, 6)
    return metadata


def _records(run_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (run_dir / METRICS_FILE).read_text().splitlines() if line.strip()]


def _curve_markdown(label: str, curve: list[tuple[int, float]], records: list[dict[str, Any]], evals: list[str]) -> str:
    """A sparkline and a short table of one value per step, plus evaluation points."""
    if not curve:
        return "no steps logged"
    values = [value for _, value in curve]
    low, high = min(values), max(values)
    spark = "".join(SPARK[int((value - low) / (high - low or 1) * (len(SPARK) - 1))] for value in values)
    stride = max(1, len(curve) // CURVE_ROWS)
    rows = [f"| {step} | {value:.4f} |" for step, value in curve[::stride]]
    if curve[-1] not in curve[::stride]:
        rows.append(f"| {curve[-1][0]} | {curve[-1][1]:.4f} |")
    header = [f"{label} `{spark}` ({values[0]:.4f} -> {values[-1]:.4f})", "", f"| step | {label} |", "| --- | --- |"]
    lines = [*header, *rows]
    for key in evals:
        points = [(r["step"], r[key]) for r in records if key in r]
        lines += ["", f"{key}: " + ", ".join(f"{step}: {value:.4f}" for step, value in points)]
    return "\n".join(lines)
