"""The SFT loop: olmOCR pages in, checkpoints out, resumable at any checkpoint.

``train(config, output_dir)`` loads the model and processor once, then runs optimizer steps of
``gradient_accumulation_steps`` micro-batches (loss normalised over all answer tokens of the step, so
accumulation equals one big batch), with bf16 autocast when configured, a warmed-up schedule and gradient
clipping. It evaluates every ``eval_steps`` and at the end, saves every ``save_steps`` and at the end (keeping
the last ``save_total_limit``), and appends metrics to ``output_dir/metrics.jsonl`` (and wandb when configured).

Started again on the same output_dir it resumes from the latest complete checkpoint: weights, optimizer,
scheduler, random generators, step, data position and skip counts, and drops metrics past that step (they are
recomputed identically). Layout, which other code depends on:

    checkpoint-{step}/model/            full model (save_pretrained, safetensors) or a peft adapter, + processor files
    checkpoint-{step}/state/            optimizer, scheduler, RNG (safetensors + JSON), trainer_state.json
    checkpoint-{step}/.olmocr-complete  written last: a checkpoint is staged in .checkpoint-{step}.*.partial,
                                        synced and renamed, so a crash never leaves a half checkpoint that
                                        looks complete
    metrics.jsonl                       one record per logged step, one per evaluation
    config.yaml                         the configuration of the latest session
"""

from __future__ import annotations

import contextlib
import itertools
import math
import random
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import yaml

from olmocr_core.common.errors import ModelError
from olmocr_core.engines.hf_chat import ChatEncoder, pick_device
from olmocr_core.models.files import (
    COMPLETE_MARKER,
    check_model_folder,
    complete_checkpoints,
    copy_processor_files,
    latest_checkpoint,
    staged_folder,
)
from olmocr_core.models.source import resolve_model
from olmocr_core.storage.facade import Storage
from olmocr_core.train import train_state
from olmocr_core.train.config import TrainConfig, TrainingConfig
from olmocr_core.train.data import IGNORE_INDEX, DatasetReport, PageDataset, collate
from olmocr_core.train.metrics import MetricsLog
from olmocr_core.train.muon import MuonWithAuxAdam, param_groups_for_muon
from olmocr_core.train.threads import torch_threads

if TYPE_CHECKING:
    import torch

CONFIG_FILE = "config.yaml"
_STAGING_SUFFIX = ".partial"


@dataclass(frozen=True)
class TrainResult:
    output_dir: Path
    final_checkpoint: Path | None  # the latest complete checkpoint (None if stopped before the first)
    steps: int
    train_loss: float | None  # the last step's loss
    eval_losses: dict[str, float]  # the latest evaluation's loss per eval dataset
    seconds: float  # training time over all sessions of the run
    tokens: int  # tokens trained on (prompt + answer, no padding)
    skipped: dict[str, int]  # train pages skipped per reason, over the first epoch (each page once)
    finished: bool  # False when stop_after_step ended the session early


@dataclass
class TrainerState:
    """Everything besides tensors that a resumed run needs; trainer_state.json in every checkpoint."""

    step: int = 0
    epoch: int = 0
    cursor: int = 0  # how many pages of this epoch's order have been read
    tokens: int = 0
    seconds: float = 0.0
    last_loss: float | None = None
    eval_losses: dict[str, float] = field(default_factory=dict)
    last_eval_step: int = 0
    base_model: str = ""
    base_revision: str = ""
    wandb_run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    train_report: dict[str, Any] = field(default_factory=lambda: DatasetReport("train").to_dict())


# ---------------------------------------------------------------------------------------------------- checkpoints


def _remove_checkpoint(checkpoint: Path) -> None:
    """Marker first: a crash halfway through the deletion must not leave a broken folder that looks complete."""
    (checkpoint / COMPLETE_MARKER).unlink(missing_ok=True)
    shutil.rmtree(checkpoint, ignore_errors=True)


def read_trainer_state(checkpoint: Path) -> TrainerState:
    return TrainerState(**train_state.read_json(checkpoint / "state" / train_state.TRAINER_STATE))


# ---------------------------------------------------------------------------------------------------- the run


def train(
    config: TrainConfig,
    output_dir: Path,
    *,
    on_log: Callable[[dict], None] | None = None,
    stop_after_step: int | None = None,
) -> TrainResult:
    """Train (or resume training) into output_dir; see the module docstring. stop_after_step ends the
    session after that step as a crash would (no extra checkpoint): a later call resumes."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    for staging in output_dir.glob(f".checkpoint-*{_STAGING_SUFFIX}"):  # left by a crash mid-save
        shutil.rmtree(staging)
    Storage().write_bytes(str(output_dir / CONFIG_FILE), config.to_yaml().encode())
    device = pick_device()
    with torch_threads(config.training.cpu_threads if device == "cpu" else None):
        run = _Run(config, output_dir, device, latest_checkpoint(output_dir), on_log)
        try:
            return run.train(stop_after_step)
        finally:
            run.close()


class _Run:
    """One session of a run: the loaded model, optimizer and data, and the loop over steps."""

    def __init__(
        self,
        config: TrainConfig,
        output_dir: Path,
        device: str,
        checkpoint: Path | None,
        on_log: Callable[[dict], None] | None,
    ):
        import torch  # lazy: optional (train extra), slow import

        self.config = config
        self.training: TrainingConfig = config.training
        self.output_dir = output_dir
        self.device = device
        base = resolve_model(config.model.base)
        self.base_dir = base.path
        self.state = read_trainer_state(checkpoint) if checkpoint else TrainerState()
        if self.state.step and self.state.base_revision != base.revision:
            raise ModelError(
                f"{checkpoint} continues training of {self.state.base_model} (weights {self.state.base_revision[:12]}), "
                f"but the config's base {config.model.base} has weights {base.revision[:12]}"
            )
        self.state.base_model, self.state.base_revision = config.model.base, base.revision
        _seed_everything(self.training.seed)

        self.encoder = ChatEncoder.load(self.base_dir)
        self.pad_token_id = self.encoder.tokenizer.pad_token_id
        if self.pad_token_id is None:
            self.pad_token_id = self.encoder.tokenizer.eos_token_id
        self.train_data = PageDataset(config.data.train, self.encoder, self.training.seed)
        self.eval_data = {d.name: PageDataset([d], self.encoder, self.training.seed) for d in config.data.eval}
        self.report = DatasetReport.from_dict(self.state.train_report)
        self.total_steps = planned_steps(self.training, len(self.train_data))

        self.model = _load_model(config, self.base_dir, checkpoint).to(device)
        self.trainable = [p for p in self.model.parameters() if p.requires_grad]
        self.optimizer = _build_optimizer(self.model, self.training)
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, _lr_lambda(self.training, self.total_steps))
        if checkpoint:
            state_dir = checkpoint / "state"
            train_state.load_optimizer(self.optimizer, state_dir)
            train_state.load_scheduler(self.scheduler, state_dir)
            train_state.load_rng(state_dir)  # last: loading must not move the generators
        self.last_saved_step = self.state.step if checkpoint else -1
        self.metrics = MetricsLog(
            output_dir, resumed_step=self.state.step if checkpoint else None, wandb_run=self._wandb(), on_log=on_log
        )
        self.session_start = time.perf_counter()
        self.seconds_before = self.state.seconds

    # ---------------------------------------------------------------------------------------------- loop

    def train(self, stop_after_step: int | None) -> TrainResult:
        batches = self._micro_batches()
        window: list[dict[str, float]] = []  # steps since the last train record
        while self.state.step < self.total_steps:
            micro_batches = list(itertools.islice(batches, self.training.gradient_accumulation_steps))
            if not micro_batches:
                break  # num_epochs reached
            window.append(self._step(micro_batches))
            step = self.state.step
            if step % self.training.logging_steps == 0 or step == self.total_steps:
                self._log_train(window)
                window = []
            if self.training.eval_steps and step % self.training.eval_steps == 0:
                self._evaluate()
            if self.training.save_steps and step % self.training.save_steps == 0:
                self._save()
            if stop_after_step is not None and step >= stop_after_step and step < self.total_steps:
                return self._result(finished=False)
        if window:
            self._log_train(window)
        if self.eval_data and self.state.last_eval_step != self.state.step:
            self._evaluate()
        if self.last_saved_step != self.state.step:
            self._save()
        return self._result(finished=True)

    def _step(self, micro_batches: list[dict[str, torch.Tensor]]) -> dict[str, float]:
        """One optimizer step over the micro-batches; the loss is the mean over all their answer tokens."""
        import torch  # lazy: optional (train extra), slow import

        self.model.train()
        answer_tokens = sum(_answer_tokens(batch) for batch in micro_batches)
        loss_total = 0.0
        for batch in micro_batches:
            with self._autocast():
                loss = self.model(**_to(batch, self.device), num_items_in_batch=answer_tokens).loss
            loss.backward()
            loss_total += loss.item()
            self.state.tokens += int(batch["attention_mask"].sum())
        max_norm = self.training.max_grad_norm if self.training.max_grad_norm is not None else math.inf
        grad_norm = torch.nn.utils.clip_grad_norm_(self.trainable, max_norm)
        lr = self.scheduler.get_last_lr()[0]
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.state.step += 1
        self.state.last_loss = loss_total
        return {"loss": loss_total, "grad_norm": float(grad_norm), "lr": lr}

    def _micro_batches(self) -> Iterator[dict[str, torch.Tensor]]:
        batch: list[dict[str, torch.Tensor]] = []
        for inputs in self._train_samples():
            batch.append(inputs)
            if len(batch) == self.training.batch_size:
                yield collate(batch, self.pad_token_id)
                batch = []
        if batch:
            yield collate(batch, self.pad_token_id)

    def _train_samples(self) -> Iterator[dict[str, torch.Tensor]]:
        """Usable samples in the run's order, from the saved data position on. The position (epoch, cursor)
        advances as pages are consumed, so at a step boundary it is exactly where a resumed run must go on."""
        import torch  # lazy: optional (train extra), slow import

        while self.training.num_epochs is None or self.state.epoch < self.training.num_epochs:
            order = self.train_data.order(self.state.epoch)
            positions = [(self.state.epoch, index) for index in order[self.state.cursor :]]
            whole_epoch, usable = self.state.cursor == 0, 0
            loader = torch.utils.data.DataLoader(
                self.train_data,
                sampler=positions,
                batch_size=None,
                collate_fn=_as_is,
                num_workers=self.training.dataloader_workers,
                # Its own generator: creating a loader must not draw from the global one (resume equality).
                generator=torch.Generator().manual_seed(self.training.seed),
            )
            for prepared in loader:
                self.state.cursor += 1
                if self.state.epoch == 0:
                    self.report.count(prepared)
                if prepared.inputs is not None:
                    usable += 1
                    yield prepared.inputs
            if whole_epoch and usable == 0:
                raise ModelError(f"no usable training sample in a whole epoch: {self.report.to_dict()}")
            self.state.epoch += 1
            self.state.cursor = 0

    def _evaluate(self) -> None:
        """Mean loss per answer token on each eval dataset."""
        import torch  # lazy: optional (train extra), slow import

        self.model.eval()
        losses = {}
        with torch.no_grad():
            for name, dataset in self.eval_data.items():
                total, tokens = 0.0, 0
                samples = (prepared.inputs for prepared in dataset.in_order() if prepared.inputs is not None)
                while chunk := list(itertools.islice(samples, self.training.batch_size)):
                    batch = collate(chunk, self.pad_token_id)
                    with self._autocast():
                        total += self.model(**_to(batch, self.device), num_items_in_batch=1).loss.item()
                    tokens += _answer_tokens(batch)
                if tokens:
                    losses[name] = total / tokens
        self.state.eval_losses = losses
        self.state.last_eval_step = self.state.step
        self.metrics.write({"step": self.state.step, **{f"eval/{name}/loss": v for name, v in losses.items()}})

    def _log_train(self, window: list[dict[str, float]]) -> None:
        self.metrics.write(
            {
                "step": self.state.step,
                "epoch": self.state.epoch,
                "loss": float(np.mean([w["loss"] for w in window])),
                "lr": window[-1]["lr"],
                "grad_norm": window[-1]["grad_norm"],
                "tokens": self.state.tokens,
                "seconds": round(self._seconds(), 3),
            }
        )

    def _autocast(self) -> contextlib.AbstractContextManager:
        import torch  # lazy: optional (train extra), slow import

        return torch.autocast(self.device, dtype=torch.bfloat16, enabled=self.training.bf16)

    def _seconds(self) -> float:
        return self.seconds_before + time.perf_counter() - self.session_start

    # ---------------------------------------------------------------------------------------------- saving

    def _save(self) -> Path:
        step = self.state.step
        final = self.output_dir / f"checkpoint-{step}"
        # Synced, marked complete and renamed into place whole; it replaces an unfinished one from a crash.
        with staged_folder(final) as staging:
            model_dir = staging / "model"
            self.model.save_pretrained(model_dir)
            copy_processor_files(self.base_dir, model_dir)
            if self.config.model.lora is None:
                check_model_folder(model_dir)
            state_dir = staging / "state"
            state_dir.mkdir()
            train_state.save_optimizer(self.optimizer, state_dir)
            train_state.save_scheduler(self.scheduler, state_dir)
            train_state.save_rng(state_dir)
            self.state.seconds = self._seconds()
            self.state.train_report = self.report.to_dict()
            train_state.write_json(state_dir / train_state.TRAINER_STATE, asdict(self.state))
        self.last_saved_step = step
        limit = self.training.save_total_limit
        if limit is not None:
            for old in complete_checkpoints(self.output_dir)[:-limit]:
                _remove_checkpoint(old)
        return final

    def _result(self, *, finished: bool) -> TrainResult:
        return TrainResult(
            output_dir=self.output_dir,
            final_checkpoint=latest_checkpoint(self.output_dir),
            steps=self.state.step,
            train_loss=self.state.last_loss,
            eval_losses=dict(self.state.eval_losses),
            seconds=self._seconds(),
            tokens=self.state.tokens,
            skipped=dict(self.report.skipped),
            finished=finished,
        )

    def _wandb(self) -> Any:
        """A wandb run when the config names one (wandb imported only then), resumed under the same id."""
        settings = self.training.wandb
        if settings is None:
            return None
        import wandb  # lazy: wandb is optional, only for runs that log to it

        return wandb.init(
            project=settings.project,
            entity=settings.entity,
            name=settings.name,
            id=self.state.wandb_run_id,
            resume="allow",
            dir=str(self.output_dir),
            config=yaml.safe_load(self.config.to_yaml()),
        )

    def close(self) -> None:
        self.metrics.close()


# ---------------------------------------------------------------------------------------------------- pieces


def planned_steps(training: TrainingConfig, pages: int) -> int:
    """Optimizer steps of the run: max_steps, or num_epochs over all pages (skipped pages make epochs end
    early; the run then ends when the data does), whichever is fewer."""
    limits = []
    if training.max_steps is not None:
        limits.append(training.max_steps)
    if training.num_epochs is not None:
        pages_per_step = training.batch_size * training.gradient_accumulation_steps
        limits.append(training.num_epochs * math.ceil(pages / pages_per_step))
    return min(limits)


def _lr_lambda(training: TrainingConfig, total_steps: int) -> Callable[[int], float]:
    """The schedule as a factor of each group's learning rate: linear warm-up, then constant/linear/cosine."""
    warmup = training.warmup_steps or int(training.warmup_ratio * total_steps)
    kind = training.lr_scheduler

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / (warmup + 1)
        if kind == "constant":
            return 1.0
        progress = min(1.0, (step - warmup) / max(1, total_steps - warmup))
        return 1.0 - progress if kind == "linear" else 0.5 * (1.0 + math.cos(math.pi * progress))

    return factor


def _load_model(config: TrainConfig, base_dir: Path, checkpoint: Path | None) -> torch.nn.Module:
    """The model to train: the base, or a checkpoint's weights; wrapped with LoRA adapters when configured."""
    from transformers import AutoModelForImageTextToText  # lazy: optional (train extra), slow import

    lora = config.model.lora
    source = checkpoint / "model" if checkpoint is not None and lora is None else base_dir
    model = AutoModelForImageTextToText.from_pretrained(
        source, dtype=config.model.dtype, attn_implementation=config.model.attn_implementation
    )
    if lora is None:
        return model
    from peft import LoraConfig, PeftModel, get_peft_model  # lazy: peft is optional (train extra)

    if checkpoint is not None:
        return PeftModel.from_pretrained(model, checkpoint / "model", is_trainable=True)
    adapter = LoraConfig(
        r=lora.rank, lora_alpha=lora.alpha, lora_dropout=lora.dropout, target_modules=lora.target_regex()
    )
    return get_peft_model(model, adapter)


def _build_optimizer(model: torch.nn.Module, training: TrainingConfig) -> torch.optim.Optimizer:
    """AdamW or Muon (with its auxiliary Adam); weight decay on matrices only, never on biases and norms."""
    import torch  # lazy: optional (train extra), slow import

    if training.optimizer == "muon":
        muon = training.muon
        groups = param_groups_for_muon(model, weight_decay=training.weight_decay)
        for group in groups:
            if group["use_muon"]:
                group.update(lr=muon.lr, momentum=muon.momentum, ns_steps=muon.ns_steps, nesterov=muon.nesterov)
            else:
                group["lr"] = muon.adam_lr
        return MuonWithAuxAdam(groups)
    trainable = [p for p in model.parameters() if p.requires_grad]
    groups = [
        {"params": [p for p in trainable if p.ndim >= 2], "weight_decay": training.weight_decay},
        {"params": [p for p in trainable if p.ndim < 2], "weight_decay": 0.0},
    ]
    return torch.optim.AdamW([g for g in groups if g["params"]], lr=training.learning_rate)


def _seed_everything(seed: int) -> None:
    import torch  # lazy: optional (train extra), slow import

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _answer_tokens(batch: dict[str, torch.Tensor]) -> int:
    """Tokens the loss counts: labels that are not ignored, after the shift by one (the first never is)."""
    return int((batch["labels"][:, 1:] != IGNORE_INDEX).sum())


def _to(batch: dict[str, torch.Tensor], device: str) -> dict[str, torch.Tensor]:
    return {name: tensor.to(device) for name, tensor in batch.items()}


def _as_is(item: Any) -> Any:
    """The DataLoader's collate: pages come one at a time and are batched by the loop (module level: picklable)."""
    return item
