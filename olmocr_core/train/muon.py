"""Muon with an auxiliary Adam, from Keller Jordan's description (kellerjordan.github.io/posts/muon).

Muon is momentum SGD for the hidden 2-D weight matrices whose update is replaced by the nearest
semi-orthogonal matrix: Nesterov momentum, then a quintic Newton-Schulz iteration (5 steps, coefficients
(3.4445, -4.7750, 2.0315)) that pushes every singular value of the update towards 1 without an SVD, scaled by
max(1, rows / cols) ** 0.5. The iteration is tuned for speed over precision: the singular values land in a
band around 1 (about 0.7 to 1.2), which works as well as exact orthogonalisation. Embeddings, the output head,
biases, norms and anything not 2-D are trained by Adam, in the same optimizer.
"""

from __future__ import annotations

from typing import Any

import torch

NS_COEFFICIENTS = (3.4445, -4.7750, 2.0315)
# Muon's defaults (the auxiliary Adam's are Keller Jordan's too).
MUON_DEFAULTS = {"lr": 0.02, "momentum": 0.95, "weight_decay": 0.0, "ns_steps": 5, "nesterov": True}
ADAM_DEFAULTS = {"lr": 3e-4, "betas": (0.9, 0.95), "eps": 1e-10, "weight_decay": 0.0}


def newton_schulz_orthogonalize(matrix: torch.Tensor, steps: int = 5) -> torch.Tensor:
    """The 2-D matrix with its singular values moved close to 1 (singular vectors kept).

    Normalising by the Frobenius norm puts every singular value in (0, 1]; each step applies the odd
    polynomial a x + b x^3 + c x^5 to them. Works on the wide orientation (X X^T is the smaller product).
    bf16 on accelerators as the reference does; float32 on CPU, where bf16 matmuls are slow.
    """
    if matrix.ndim != 2:
        raise ValueError(f"Newton-Schulz orthogonalises 2-D matrices, got shape {tuple(matrix.shape)}")
    a, b, c = NS_COEFFICIENTS
    x = matrix.to(torch.bfloat16 if matrix.is_cuda else torch.float32)
    tall = x.size(0) > x.size(1)
    if tall:
        x = x.T
    x = x / (x.norm() + 1e-7)
    for _ in range(steps):
        gram = x @ x.T
        x = a * x + (b * gram + c * gram @ gram) @ x
    return (x.T if tall else x).to(matrix.dtype)


class MuonWithAuxAdam(torch.optim.Optimizer):
    """One optimizer for the whole model: groups with ``use_muon`` True take Muon, the others Adam(W).

    Weight decay is decoupled in both (p -= lr * weight_decay * p). Build the groups with
    ``param_groups_for_muon``; missing hyperparameters take MUON_DEFAULTS / ADAM_DEFAULTS.
    """

    def __init__(self, param_groups: list[dict[str, Any]]):
        groups = []
        for group in param_groups:
            if "use_muon" not in group:
                raise ValueError("every parameter group needs use_muon (True: Muon, False: Adam)")
            defaults = MUON_DEFAULTS if group["use_muon"] else ADAM_DEFAULTS
            groups.append({**defaults, **group})
        super().__init__(groups, defaults={})

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            for param in group["params"]:
                if param.grad is None:
                    continue
                if group["weight_decay"]:
                    param.mul_(1 - group["lr"] * group["weight_decay"])
                update = self._muon_update(param, group) if group["use_muon"] else self._adam_update(param, group)
                param.add_(update, alpha=-group["lr"])
        return loss

    def _muon_update(self, param: torch.Tensor, group: dict[str, Any]) -> torch.Tensor:
        state = self.state[param]
        if "momentum_buffer" not in state:
            state["momentum_buffer"] = torch.zeros_like(param)
        buffer = state["momentum_buffer"]
        buffer.lerp_(param.grad, 1 - group["momentum"])
        # Nesterov: look ahead along the momentum (as the reference: grad.lerp(buffer, momentum)).
        direction = param.grad.lerp(buffer, group["momentum"]) if group["nesterov"] else buffer
        update = newton_schulz_orthogonalize(direction, group["ns_steps"])
        return update * max(1.0, param.size(0) / param.size(1)) ** 0.5

    def _adam_update(self, param: torch.Tensor, group: dict[str, Any]) -> torch.Tensor:
        state = self.state[param]
        if "exp_avg" not in state:
            state["exp_avg"] = torch.zeros_like(param)
            state["exp_avg_sq"] = torch.zeros_like(param)
            state["step"] = 0
        state["step"] += 1
        beta1, beta2 = group["betas"]
        state["exp_avg"].lerp_(param.grad, 1 - beta1)
        state["exp_avg_sq"].lerp_(param.grad.square(), 1 - beta2)
        corrected_avg = state["exp_avg"] / (1 - beta1 ** state["step"])
        corrected_sq = state["exp_avg_sq"] / (1 - beta2 ** state["step"])
        return corrected_avg / (corrected_sq.sqrt() + group["eps"])


def param_groups_for_muon(model: torch.nn.Module, *, weight_decay: float = 0.0) -> list[dict[str, Any]]:
    """The trainable parameters split for MuonWithAuxAdam: hidden 2-D matrices to Muon; embeddings, the output
    head and every other matrix-less parameter (biases, norms, convolution kernels) to Adam.

    Up to three groups (empty ones are left out), each named: "muon", "adam" (embeddings, head, other tensors
    of 2+ dimensions), both with weight_decay, and "adam_no_decay" (biases and norm weights).
    """
    embeddings = {id(module.weight) for module in model.modules() if isinstance(module, torch.nn.Embedding)}
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    if head is not None:
        embeddings.add(id(head.weight))
    groups: dict[str, list[torch.nn.Parameter]] = {"muon": [], "adam": [], "adam_no_decay": []}
    for param in model.parameters():
        if not param.requires_grad:
            continue
        if param.ndim == 2 and id(param) not in embeddings:
            groups["muon"].append(param)
        elif param.ndim >= 2:
            groups["adam"].append(param)
        else:
            groups["adam_no_decay"].append(param)
    decays = {"muon": weight_decay, "adam": weight_decay, "adam_no_decay": 0.0}
    return [
        {"name": name, "params": params, "use_muon": name == "muon", "weight_decay": decays[name]}
        for name, params in groups.items()
        if params
    ]
