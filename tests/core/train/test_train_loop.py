"""The SFT loop end to end on the tiny Qwen2.5-VL: it learns to read pages, resumes exactly, and keeps its
checkpoints in the layout other code loads."""

from __future__ import annotations

import json
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from safetensors.torch import load_file

from olmocr_core.engines.hf_chat import HfChatModel
from olmocr_core.formats.prompts import build_messages
from olmocr_core.models.files import COMPLETE_MARKER, check_model_folder, complete_checkpoints, latest_checkpoint
from olmocr_core.rendering.pdf import open_document, render_page_png
from olmocr_core.train.config import TrainConfig, load_train_config
from olmocr_core.train.loop import read_trainer_state, train
from olmocr_core.train.metrics import METRICS_FILE
from tests.support.tiny_qwen import one_torch_thread
from tests.support.training_pages import write_training_pages

TEXTS = ("Invoice 42 was paid in full.", "The meeting moved to Tuesday.", "Revenue grew by 12 percent.")
# The standard pipeline without the random rotation: the pages must be learnt as they are.
PIPELINE = [
    {"step": "FrontMatterParser"},
    {"step": "PDFRenderer"},
    {"step": "InstructionBuilder"},
    {"step": "AnswerFormatter"},
    {"step": "Tokenizer"},
]


@pytest.fixture(scope="module", autouse=True)
def single_thread() -> Iterator[None]:
    with one_torch_thread():
        yield


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_training_pages(tmp_path_factory.mktemp("train-pages"), TEXTS)


def _config(
    base: Path,
    pages: list[Path],
    *,
    pipeline: list | None = None,
    evaluate: bool = False,
    lora: dict | None = None,
    **training,
) -> TrainConfig:
    """A run over the pages, written as YAML and loaded back (the way a user's run starts)."""
    dataset = {"name": "pages", "root": str(pages[0].parent), "pipeline": pipeline or PIPELINE}
    raw = {
        "model": {"base": str(base), "lora": lora},
        "data": {"train": [dataset], "eval": [{**dataset, "name": "same-pages"}] if evaluate else []},
        "training": training,
    }
    return load_train_config(yaml.safe_dump(raw))


def _metrics(output_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (output_dir / METRICS_FILE).read_text().splitlines()]


def _train_records(output_dir: Path) -> list[dict]:
    return [record for record in _metrics(output_dir) if "loss" in record]


def _read_page(model: HfChatModel, pdf: Path) -> str:
    with open_document(pdf) as doc:
        request = build_messages(render_page_png(doc, 1))  # the real v4 request for the rendered page
    completion = model.generate(request, temperature=0.0, max_tokens=120)
    return completion.text


@pytest.mark.slow
def test_untrained_model_learns_to_read_its_pages(untrained_model_dir: Path, pages: list[Path], tmp_path: Path) -> None:
    """From random weights to reproducing each page's front matter and text exactly, in 70 steps.

    All three pages in every step (batch 3): one page a step made the toy model drift to the last page's text.
    """
    untrained = HfChatModel.load(untrained_model_dir, device="cpu")
    assert _read_page(untrained, pages[0]) != pages[0].with_suffix(".md").read_text()

    logged: list[dict] = []
    config = _config(
        untrained_model_dir,
        pages,
        evaluate=True,
        batch_size=3,
        learning_rate=5e-3,
        lr_scheduler="cosine",
        warmup_steps=5,
        max_steps=70,
        save_steps=None,
        logging_steps=10,
        seed=1,
    )
    result = train(config, tmp_path, on_log=logged.append)

    assert result.finished and result.steps == 70 and result.skipped == {}
    assert result.final_checkpoint == tmp_path / "checkpoint-70"
    model_dir = result.final_checkpoint / "model"
    check_model_folder(model_dir)
    assert (model_dir / "chat_template.jinja").is_file() and (model_dir / "preprocessor_config.json").is_file()
    trained = HfChatModel.load(model_dir, device="cpu")
    for pdf in pages:
        assert _read_page(trained, pdf) == pdf.with_suffix(".md").read_text()

    records = _metrics(tmp_path)
    assert records == logged
    train_records = [r for r in records if "loss" in r]
    assert [r["step"] for r in train_records] == list(range(10, 71, 10))
    assert train_records[0]["loss"] > 50 * train_records[-1]["loss"]
    assert train_records[-1]["tokens"] == result.tokens > 0
    assert records[-1] == {"step": 70, "eval/same-pages/loss": result.eval_losses["same-pages"]}
    assert result.eval_losses["same-pages"] < 0.05
    assert read_trainer_state(result.final_checkpoint).step == 70


def test_lora_run_saves_a_peft_adapter_and_resumes(
    untrained_model_dir: Path, pages: list[Path], tmp_path: Path
) -> None:
    config = _config(
        untrained_model_dir,
        pages,
        lora={"rank": 8, "alpha": 16, "dropout": 0.0},
        batch_size=3,
        learning_rate=5e-3,
        lr_scheduler="constant",
        max_steps=12,
        save_steps=6,
        seed=2,
    )
    stopped = train(config, tmp_path, stop_after_step=6)
    assert not stopped.finished and stopped.final_checkpoint == tmp_path / "checkpoint-6"
    result = train(config, tmp_path)
    assert result.finished and result.steps == 12

    losses = [record["loss"] for record in _train_records(tmp_path)]
    assert [record["step"] for record in _train_records(tmp_path)] == list(range(1, 13))
    # Only the adapters train: the untrained base's random embeddings and head stay, so the loss falls slowly.
    assert sum(losses[-3:]) / 3 < 0.9 * losses[0], losses

    adapter_dir = result.final_checkpoint / "model"
    names = {path.name for path in adapter_dir.iterdir()}
    assert {"adapter_config.json", "adapter_model.safetensors", "tokenizer.json", "preprocessor_config.json"} <= names
    assert "model.safetensors" not in names  # an adapter, not a copy of the base
    adapter_config = json.loads((adapter_dir / "adapter_config.json").read_text())
    assert adapter_config["peft_type"] == "LORA" and adapter_config["r"] == 8
    weights = load_file(adapter_dir / "adapter_model.safetensors")
    assert weights and all("language_model" in key and "visual" not in key for key in weights)
    adapted = {key.split(".lora_")[0].rsplit(".", 1)[-1] for key in weights}
    assert adapted == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}

    # peft loads the adapter onto the base, and the adapted model answers differently from the base.
    from peft import PeftModel
    from transformers import AutoModelForImageTextToText

    base = AutoModelForImageTextToText.from_pretrained(untrained_model_dir)
    loaded = PeftModel.from_pretrained(base, adapter_dir)
    lora_b = [p for name, p in loaded.named_parameters() if "lora_B" in name]
    assert lora_b and any(p.abs().sum() > 0 for p in lora_b)  # lora_B starts at zero: it was trained


def test_muon_run_with_bf16_logs_to_wandb(
    untrained_model_dir: Path, pages: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Muon trains the tiny model under bf16 autocast; metrics reach wandb when (and only when) configured."""
    calls: dict[str, list] = {"init": [], "log": [], "finish": []}

    class FakeRun:
        def log(self, record: dict, step: int) -> None:
            calls["log"].append((step, record))

        def finish(self) -> None:
            calls["finish"].append(True)

    def init(**kwargs) -> FakeRun:
        calls["init"].append(kwargs)
        return FakeRun()

    monkeypatch.setitem(sys.modules, "wandb", types.SimpleNamespace(init=init))
    config = _config(
        untrained_model_dir,
        pages,
        batch_size=3,
        optimizer="muon",
        muon={"adam_lr": 5e-3},  # embeddings and head: a toy from scratch needs more than the 3e-4 default
        lr_scheduler="constant",
        bf16=True,
        max_steps=8,
        save_steps=None,
        wandb={"project": "olmocr-tests", "name": "muon"},
    )
    result = train(config, tmp_path)

    losses = [record["loss"] for record in _train_records(tmp_path)]
    assert result.steps == 8 and all(loss == loss for loss in losses)  # no NaN under bf16
    assert sum(losses[-2:]) / 2 < 0.6 * losses[0], losses
    (init_call,) = calls["init"]
    assert init_call["project"] == "olmocr-tests" and init_call["name"] == "muon"
    assert init_call["config"]["training"]["optimizer"] == "muon"
    assert init_call["id"] == read_trainer_state(result.final_checkpoint).wandb_run_id
    assert [record for _, record in calls["log"]] == _metrics(tmp_path)
    assert [step for step, _ in calls["log"]] == list(range(1, 9))
    assert calls["finish"] == [True]
    optimizer_groups = json.loads((result.final_checkpoint / "state" / "optimizer.json").read_text())["param_groups"]
    assert {group["name"] for group in optimizer_groups} == {"muon", "adam", "adam_no_decay"}


def _weights(checkpoint: Path) -> dict:
    return load_file(checkpoint / "model" / "model.safetensors")


def test_resume_continues_where_it_stopped_and_matches_an_uninterrupted_run(
    untrained_model_dir: Path, pages: list[Path], tmp_path: Path
) -> None:
    """Stopped after step 5 (last checkpoint at 4), resumed: steps 1..6 logged once each, the same weights,
    optimizer state and losses as a run never stopped. Deterministic on one thread, so equality is exact."""
    pipeline = [*PIPELINE[:2], {"step": "RotationAugmentation", "probability": 0.5}, *PIPELINE[2:]]
    config = _config(
        untrained_model_dir,
        pages,
        pipeline=pipeline,
        evaluate=True,
        batch_size=1,
        gradient_accumulation_steps=2,
        learning_rate=2e-3,
        warmup_steps=2,
        max_steps=6,
        eval_steps=3,
        save_steps=2,
        save_total_limit=2,
    )
    whole = train(config, tmp_path / "whole")

    resumed_dir = tmp_path / "resumed"
    stopped = train(config, resumed_dir, stop_after_step=5)
    assert not stopped.finished and stopped.steps == 5
    assert stopped.final_checkpoint == resumed_dir / "checkpoint-4"
    assert [c.name for c in complete_checkpoints(resumed_dir)] == ["checkpoint-2", "checkpoint-4"]  # keep last 2
    assert [r["step"] for r in _train_records(resumed_dir)] == [1, 2, 3, 4, 5]
    # What a crash mid-save leaves: a checkpoint folder without its marker, and a staging folder.
    half = resumed_dir / "checkpoint-5"
    shutil.copytree(resumed_dir / "checkpoint-4", half)
    (half / COMPLETE_MARKER).unlink()
    (half / "model" / "model.safetensors").write_bytes(b"truncated")
    (resumed_dir / ".checkpoint-6.partial").mkdir()
    assert latest_checkpoint(resumed_dir) == resumed_dir / "checkpoint-4"

    resumed = train(config, resumed_dir)

    assert resumed.finished and resumed.steps == whole.steps == 6
    train_records = _train_records(resumed_dir)
    assert [r["step"] for r in train_records] == [1, 2, 3, 4, 5, 6]
    eval_steps = [r["step"] for r in _metrics(resumed_dir) if "loss" not in r]
    assert eval_steps == [3, 6]
    assert [r["loss"] for r in train_records] == [r["loss"] for r in _train_records(tmp_path / "whole")]
    assert resumed.eval_losses == whole.eval_losses and resumed.tokens == whole.tokens
    assert [c.name for c in complete_checkpoints(resumed_dir)] == ["checkpoint-4", "checkpoint-6"]
    assert not (resumed_dir / ".checkpoint-6.partial").exists()
    state = read_trainer_state(resumed.final_checkpoint)
    assert (state.step, state.last_eval_step) == (6, 6)
    assert state.epoch == read_trainer_state(whole.final_checkpoint).epoch

    final, reference = _weights(resumed.final_checkpoint), _weights(whole.final_checkpoint)
    assert final.keys() == reference.keys()
    assert all(final[name].equal(reference[name]) for name in final)
    assert not all(final[name].equal(tensor) for name, tensor in _weights(resumed_dir / "checkpoint-4").items())
    optimizer = load_file(resumed.final_checkpoint / "state" / "optimizer.safetensors")
    optimizer_reference = load_file(whole.final_checkpoint / "state" / "optimizer.safetensors")
    assert all(optimizer[name].equal(optimizer_reference[name]) for name in optimizer_reference)

    # Started once more, a finished run has nothing left to do.
    again = train(config, resumed_dir)
    assert again.steps == 6 and again.final_checkpoint == resumed.final_checkpoint
    assert [r["step"] for r in _train_records(resumed_dir)] == [1, 2, 3, 4, 5, 6]


def test_epochs_end_the_run_and_skipped_pages_are_reported(
    untrained_model_dir: Path, pages: list[Path], tmp_path: Path
) -> None:
    """Two epochs over three good pages and a broken one, two pages a step: the plan (4 steps, from all 4
    pages) is cut short when the data ends after 6 samples = 3 steps; the broken page is counted once."""
    data = tmp_path / "pages"
    shutil.copytree(pages[0].parent, data)
    broken = write_training_pages(data, ["Unreadable."], stem="broken")[0]
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    config = _config(untrained_model_dir, [data / pages[0].name], batch_size=2, num_epochs=2, save_steps=None)
    seen: list[dict] = []
    result = train(config, tmp_path / "run", on_log=seen.append)

    assert result.finished and result.steps == 3
    assert result.skipped == {"unreadable_pdf": 1}
    assert result.final_checkpoint == tmp_path / "run" / "checkpoint-3"
    state = read_trainer_state(result.final_checkpoint)
    assert (state.step, state.epoch) == (3, 2)  # both epochs read to the end
    assert state.train_report["examples"]["unreadable_pdf"][0].startswith(str(broken))
    assert [record["step"] for record in seen] == [1, 2, 3]
