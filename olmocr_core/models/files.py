"""What makes a model folder self-contained, besides its weights.

A checkpoint that vLLM, transformers and our engines can load on their own needs the tokenizer, the chat
template and the image processor's settings next to its config and weights. Training, merging, souping and
quantizing all write new weights; each then copies these files from the folder it started from.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from olmocr_core.common.errors import ModelError

# Files a Qwen2.5-VL checkpoint carries besides config.json, generation_config.json and the weights.
PROCESSOR_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "vocab.json",
    "merges.txt",
    "chat_template.jinja",
    "chat_template.json",
    "preprocessor_config.json",
    "processor_config.json",
    "video_preprocessor_config.json",
)
# The ones without which a folder cannot be served.
REQUIRED_FILES = ("config.json", "tokenizer_config.json", "preprocessor_config.json")
COMPLETE_MARKER = ".olmocr-complete"  # written last into a finished folder: one without it is partial
_CHECKPOINT = re.compile(r"\Acheckpoint-(\d+)\Z")


# Plain pathlib: the Dagster process finds checkpoints without importing torch (the training loop does).
def complete_checkpoints(output_dir: Path) -> list[Path]:
    """checkpoint-{step} folders that carry the completion marker, oldest step first."""
    found = []
    for path in Path(output_dir).glob("checkpoint-*"):
        match = _CHECKPOINT.match(path.name)
        if match and (path / COMPLETE_MARKER).is_file():
            found.append((int(match.group(1)), path))
    return [path for _, path in sorted(found)]


def latest_checkpoint(output_dir: Path) -> Path | None:
    checkpoints = complete_checkpoints(output_dir)
    return checkpoints[-1] if checkpoints else None


def copy_processor_files(source_dir: Path, target_dir: Path) -> list[str]:
    """Copy the tokenizer, chat template and processor files that source_dir has into target_dir."""
    target_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in PROCESSOR_FILES:
        if (source_dir / name).is_file():
            shutil.copy2(source_dir / name, target_dir / name)
            copied.append(name)
    return copied


def check_model_folder(model_dir: Path) -> None:
    """Fail with the folder and the missing file unless model_dir can be loaded on its own."""
    missing = [name for name in REQUIRED_FILES if not (model_dir / name).is_file()]
    if not any(model_dir.glob("*.safetensors")):
        missing.append("*.safetensors")
    if missing:
        raise ModelError(f"model folder {model_dir} is not self-contained: missing {', '.join(missing)}")


def is_lora_adapter(folder: Path) -> bool:
    """Whether folder holds a peft adapter (adapter_config.json) rather than full weights."""
    return (folder / "adapter_config.json").is_file()


def folder_size(folder: Path) -> int:
    """Bytes in every file under folder."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


@contextlib.contextmanager
def staged_folder(out_dir: Path, *, replace: bool = True) -> Iterator[Path]:
    """A fresh temporary sibling of out_dir to write a model folder into; when the block succeeds its files
    are synced, COMPLETE_MARKER is written last and it replaces out_dir. When the block fails it is removed,
    and out_dir is left as it was: readers see the old folder or the new one, never half of one.
    ``replace=False``: a complete out_dir that another process wrote meanwhile is kept, and ours dropped."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".partial", dir=out_dir.parent))
    try:
        staging.chmod(0o755)  # mkdtemp's 0o700 would hide the model from other users of a shared volume
        yield staging
        _fsync_files(staging)  # the marker must not outlive weights still in the page cache after a crash
        (staging / COMPLETE_MARKER).write_text("complete\n")
        if not replace and (out_dir / COMPLETE_MARKER).is_file():
            shutil.rmtree(staging)
            return
        _replace_folder(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _fsync_files(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())


def _replace_folder(new: Path, target: Path) -> None:
    """Rename new to target; an existing target is moved aside first (a rename cannot replace a non-empty
    folder) and deleted after."""
    if not target.exists():
        new.rename(target)
        return
    if not target.is_dir():
        raise ModelError(f"cannot write model folder {target}: a file of that name exists")
    old = target.with_name(f".{target.name}.{uuid.uuid4().hex}.old")
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)
