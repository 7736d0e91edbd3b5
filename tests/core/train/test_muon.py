"""Muon with auxiliary Adam: the orthogonalisation, the parameter split, learning, and a pickle-free state."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

from olmocr_core.train import train_state
from olmocr_core.train.muon import MuonWithAuxAdam, newton_schulz_orthogonalize, param_groups_for_muon
from tests.support.tiny_qwen import one_torch_thread


@pytest.fixture(scope="module", autouse=True)
def single_thread() -> Iterator[None]:
    with one_torch_thread():
        yield


@pytest.mark.parametrize("shape", [(64, 128), (128, 64), (96, 96), (256, 32)])
def test_newton_schulz_moves_singular_values_near_one_and_keeps_the_directions(shape: tuple[int, int]) -> None:
    generator = torch.Generator().manual_seed(sum(shape))
    # Singular values spread over two orders of magnitude: the iteration must lift the small ones too. (It lifts
    # a value by at most a**5 ~ 480, so values below ~1/500 of the Frobenius norm stay small: by design.)
    u, _ = torch.linalg.qr(torch.randn(shape[0], min(shape), generator=generator))
    v, _ = torch.linalg.qr(torch.randn(shape[1], min(shape), generator=generator))
    spread = torch.logspace(0, -2, min(shape))
    matrix = u @ torch.diag(spread) @ v.T * 5.0

    result = newton_schulz_orthogonalize(matrix, steps=5)
    singular_values = torch.linalg.svdvals(result)
    # Keller Jordan's quintic is tuned for speed: five steps put the singular values in a band around 1 (it
    # reports about 0.7..1.2), not at exactly 1. The input's ranged from 5 down to 0.05.
    assert singular_values.min() > 0.5 and singular_values.max() < 1.3, singular_values
    # The singular vectors are the input's: result = U f(S) V^T with f(S) > 0, so U^T result V is diagonal.
    projected = u.T @ result @ v
    off_diagonal = projected - torch.diag(torch.diagonal(projected))
    assert off_diagonal.abs().max() < 1e-3
    # f is not monotone (the band oscillates), so compare as sets.
    assert torch.allclose(torch.diagonal(projected).sort().values, singular_values.sort().values, atol=1e-3)
    # Exact orthogonalisation (U V^T) is what it approximates.
    assert torch.nn.functional.cosine_similarity(result.flatten(), (u @ v.T).flatten(), dim=0) > 0.95


def test_newton_schulz_rejects_tensors_that_are_not_matrices() -> None:
    with pytest.raises(ValueError, match="2-D"):
        newton_schulz_orthogonalize(torch.ones(2, 3, 4))


class _TinyLM(torch.nn.Module):
    """Embedding, a hidden linear with bias, a norm, a conv and an untied head: one of each kind."""

    def __init__(self) -> None:
        super().__init__()
        self.embed = torch.nn.Embedding(50, 16)
        self.conv = torch.nn.Conv1d(16, 16, kernel_size=3, padding=1)
        self.hidden = torch.nn.Linear(16, 32)
        self.out = torch.nn.Linear(32, 16, bias=False)
        self.norm = torch.nn.LayerNorm(16)
        self.head = torch.nn.Linear(16, 50, bias=False)
        self.frozen = torch.nn.Linear(16, 16)
        self.frozen.requires_grad_(False)

    def get_output_embeddings(self) -> torch.nn.Module:
        return self.head


def test_parameter_split() -> None:
    model = _TinyLM()
    groups = {group["name"]: group for group in param_groups_for_muon(model, weight_decay=0.1)}
    names = {id(p): name for name, p in model.named_parameters()}
    members = {name: sorted(names[id(p)] for p in group["params"]) for name, group in groups.items()}
    assert members == {
        "muon": ["hidden.weight", "out.weight"],
        "adam": ["conv.weight", "embed.weight", "head.weight"],
        "adam_no_decay": ["conv.bias", "hidden.bias", "norm.bias", "norm.weight"],
    }
    assert groups["muon"]["use_muon"] and not groups["adam"]["use_muon"]
    assert groups["muon"]["weight_decay"] == groups["adam"]["weight_decay"] == 0.1
    assert groups["adam_no_decay"]["weight_decay"] == 0.0


def test_parameter_split_on_qwen25vl(untrained_model_dir: Path) -> None:
    from transformers import AutoModelForImageTextToText

    model = AutoModelForImageTextToText.from_pretrained(untrained_model_dir)
    groups = {group["name"]: group for group in param_groups_for_muon(model)}
    names = {id(p): name for name, p in model.named_parameters()}
    muon = {names[id(p)] for p in groups["muon"]["params"]}
    adam = {names[id(p)] for p in groups["adam"]["params"]}
    assert "model.language_model.layers.0.self_attn.q_proj.weight" in muon
    assert "model.language_model.layers.1.mlp.down_proj.weight" in muon
    assert "model.visual.blocks.0.attn.qkv.weight" in muon  # hidden matrices of the vision tower too
    assert adam == {
        "model.language_model.embed_tokens.weight",
        "lm_head.weight",
        "model.visual.patch_embed.proj.weight",
    }
    assert all(p.ndim == 1 for p in groups["adam_no_decay"]["params"])
    assert sum(len(g["params"]) for g in groups.values()) == len(list(model.parameters()))


def _regression(seed: int) -> tuple[torch.nn.Module, torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    inputs = torch.randn(256, 20, generator=generator)
    teacher = torch.randn(20, 5, generator=generator)
    targets = torch.tanh(inputs @ teacher)
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(20, 64), torch.nn.Tanh(), torch.nn.Linear(64, 5))
    return model, inputs, targets


def _fit(model: torch.nn.Module, optimizer: torch.optim.Optimizer, inputs, targets, steps: int) -> list[float]:
    losses = []
    for _ in range(steps):
        loss = torch.nn.functional.mse_loss(model(inputs), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


def test_muon_fits_a_regression_problem() -> None:
    model, inputs, targets = _regression(0)
    optimizer = MuonWithAuxAdam(param_groups_for_muon(model))
    losses = _fit(model, optimizer, inputs, targets, steps=150)
    assert losses[-1] < 0.1 * losses[0], (losses[0], losses[-1])
    assert all(torch.isfinite(p).all() for p in model.parameters())


def test_state_round_trips_without_pickle(tmp_path: Path) -> None:
    """Saved mid-way to safetensors + JSON and loaded into a fresh optimizer, training continues bit for bit."""
    model, inputs, targets = _regression(1)
    optimizer = MuonWithAuxAdam(param_groups_for_muon(model, weight_decay=0.01))
    _fit(model, optimizer, inputs, targets, steps=10)
    train_state.save_optimizer(optimizer, tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["optimizer.json", "optimizer.safetensors"]

    twin, _, _ = _regression(1)
    twin.load_state_dict(model.state_dict())
    restored = MuonWithAuxAdam(param_groups_for_muon(twin, weight_decay=0.01))
    train_state.load_optimizer(restored, tmp_path)
    # Hyperparameters survive (JSON has lists where torch had tuples).
    assert _as_json(restored.state_dict()["param_groups"]) == _as_json(optimizer.state_dict()["param_groups"])
    assert _fit(model, optimizer, inputs, targets, steps=5) == _fit(twin, restored, inputs, targets, steps=5)
    assert all(a.equal(b) for a, b in zip(model.parameters(), twin.parameters(), strict=True))


def _as_json(value: object) -> object:
    return json.loads(json.dumps(value))


def test_muon_groups_need_the_flag() -> None:
    with pytest.raises(ValueError, match="use_muon"):
        MuonWithAuxAdam([{"params": [torch.nn.Parameter(torch.zeros(2, 2))]}])
