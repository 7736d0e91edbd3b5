"""A training run's resumable state on disk, without pickle.

Checkpoints live in workspaces other people can write to, and unpickling runs code: so the optimizer's
tensors go to safetensors (one flat tensor per parameter and slot, keyed ``"{param}.{slot}"``) with its
hyperparameters and scalar slots in JSON; the scheduler and the trainer's counters are JSON; the random
generators' states are safetensors (their big arrays) plus JSON (the rest).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, save_file

OPTIMIZER_TENSORS = "optimizer.safetensors"
OPTIMIZER_META = "optimizer.json"
SCHEDULER = "scheduler.json"
RNG_TENSORS = "rng.safetensors"
RNG_META = "rng.json"
TRAINER_STATE = "trainer_state.json"


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text())


def save_optimizer(optimizer: torch.optim.Optimizer, state_dir: Path) -> None:
    state = optimizer.state_dict()
    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for param_id, slots in state["state"].items():
        for slot, value in slots.items():
            if isinstance(value, torch.Tensor):
                tensors[f"{param_id}.{slot}"] = value.detach().to("cpu").contiguous()
            else:
                scalars.setdefault(str(param_id), {})[slot] = value
    save_file(tensors, state_dir / OPTIMIZER_TENSORS)
    write_json(state_dir / OPTIMIZER_META, {"param_groups": state["param_groups"], "scalars": scalars})


def load_optimizer(optimizer: torch.optim.Optimizer, state_dir: Path) -> None:
    meta = read_json(state_dir / OPTIMIZER_META)
    state: dict[int, dict[str, Any]] = {}
    for key, tensor in load_file(state_dir / OPTIMIZER_TENSORS).items():
        param_id, slot = key.split(".", 1)
        state.setdefault(int(param_id), {})[slot] = tensor
    for param_id, slots in meta["scalars"].items():
        state.setdefault(int(param_id), {}).update(slots)
    # JSON turned tuples (Adam's betas) into lists: both unpack the same way.
    optimizer.load_state_dict({"state": state, "param_groups": meta["param_groups"]})


def save_scheduler(scheduler: torch.optim.lr_scheduler.LRScheduler, state_dir: Path) -> None:
    # LambdaLR keeps its functions out of state_dict (None entries): they are rebuilt from the config.
    write_json(state_dir / SCHEDULER, scheduler.state_dict())


def load_scheduler(scheduler: torch.optim.lr_scheduler.LRScheduler, state_dir: Path) -> None:
    scheduler.load_state_dict(read_json(state_dir / SCHEDULER))


def save_rng(state_dir: Path) -> None:
    """torch (CPU and every CUDA device), numpy's and Python's global generators."""
    tensors = {"torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        tensors.update({f"cuda.{i}": s for i, s in enumerate(torch.cuda.get_rng_state_all())})
    name, keys, position, has_gauss, cached_gaussian = np.random.get_state()
    tensors["numpy"] = torch.from_numpy(keys.astype(np.int64))
    version, internal, gauss_next = random.getstate()
    save_file(tensors, state_dir / RNG_TENSORS)
    write_json(
        state_dir / RNG_META,
        {
            "numpy": [name, position, has_gauss, cached_gaussian],
            "python": [version, list(internal), gauss_next],
        },
    )


def load_rng(state_dir: Path) -> None:
    tensors = load_file(state_dir / RNG_TENSORS)
    meta = read_json(state_dir / RNG_META)
    torch.set_rng_state(tensors["torch"])
    cuda = [tensors[f"cuda.{i}"] for i in range(len(tensors)) if f"cuda.{i}" in tensors]
    if cuda and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(cuda)
    name, position, has_gauss, cached_gaussian = meta["numpy"]
    np.random.set_state((name, tensors["numpy"].numpy().astype(np.uint32), position, has_gauss, cached_gaussian))
    version, internal, gauss_next = meta["python"]
    random.setstate((version, tuple(internal), gauss_next))
