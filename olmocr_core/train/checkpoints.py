"""From training checkpoints to one self-contained model folder, and model folders to and from S3.

A training run leaves ``checkpoint-{step}/model/``: full weights, or a peft LoRA adapter (its
adapter_config.json names the base model). A release candidate is one of them (``single``), a LoRA
adapter merged into its base (``merge``), or the weight-by-weight average of several fine-tunes of one
base (``soup``, Wortsman et al. 2022: it often beats each of them). Every output folder is written to a
temporary sibling and renamed into place with COMPLETE_MARKER last (models.files.staged_folder), so a
crash never leaves a folder that looks finished. torch, transformers and peft are imported lazily.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boto3.exceptions import S3UploadFailedError
from botocore.exceptions import BotoCoreError, ClientError

from olmocr_core.common.errors import ConfigError, EngineError, ModelError, StorageError
from olmocr_core.models.files import (
    COMPLETE_MARKER,
    check_model_folder,
    copy_processor_files,
    folder_size,
    is_lora_adapter,
    staged_folder,
)
from olmocr_core.models.source import download_model_folder, locate_model, model_file_names, weights_checksum
from olmocr_core.models.store import METHODS
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import is_s3_url, parse_s3_url

ADAPTER_WEIGHTS = "adapter_model.safetensors"
# The files of a full checkpoint besides weights and processor files, copied into a soup from the first.
_MODEL_CONFIG_FILES = ("config.json", "generation_config.json", "model.safetensors.index.json")
# peft's saved names: base_model.model.<module>.lora_A.weight (the adapter name is dropped on save).
_LORA_KEY = re.compile(r"base_model\.model\.(?P<module>.+)\.lora_(?P<which>[AB])\.weight")


@dataclass(frozen=True)
class PreparedModel:
    """A self-contained model folder made from training checkpoints, as the release records it."""

    path: Path
    checksum: str  # models.source.weights_checksum: what every document's lineage will name
    size_bytes: int
    parameters: int
    method: str
    sources: tuple[str, ...]


# ----------------------------------------------------------------------------------------------- merge


def merge_lora(adapter_dir: Path, out_dir: Path, *, base: str | Path | None = None) -> Path:
    """Fold a LoRA adapter into its base model's weights and write a self-contained model folder.

    ``base`` overrides the adapter config's base_model_name_or_path (a local folder, s3:// or a hub id,
    as models.source.locate_model takes them). Processor files come from the adapter folder where it has
    them (the training run saved what it trained with), else from the base.
    """
    import torch  # lazy: optional (train extra), slow import
    from peft import PeftModel  # lazy: peft is optional (train extra)
    from transformers import AutoModelForImageTextToText  # lazy: optional (train extra), slow import

    adapter_dir = Path(adapter_dir)
    base_dir = _resolve_base(adapter_dir, base)
    model = AutoModelForImageTextToText.from_pretrained(base_dir, dtype="auto")
    _check_adapter_fits(adapter_dir, base_dir, model)
    with torch.no_grad():
        try:
            merged = PeftModel.from_pretrained(model, adapter_dir).merge_and_unload(safe_merge=True)
        except (RuntimeError, ValueError) as exc:  # peft's own checks: unknown target modules, NaNs after merge
            raise ModelError(f"adapter {adapter_dir} cannot be merged into base {base_dir}: {exc}") from exc
    with staged_folder(out_dir) as staging:
        merged.save_pretrained(staging)  # config.json, generation_config.json, *.safetensors
        copy_processor_files(base_dir, staging)
        copy_processor_files(adapter_dir, staging)  # the adapter's own win
        check_model_folder(staging)
    return Path(out_dir)


def _resolve_base(adapter_dir: Path, base: str | Path | None) -> Path:
    if not is_lora_adapter(adapter_dir):
        raise ModelError(f"{adapter_dir} is not a LoRA adapter folder: it has no adapter_config.json")
    if not (adapter_dir / ADAPTER_WEIGHTS).is_file():
        raise ModelError(f"adapter {adapter_dir} has no {ADAPTER_WEIGHTS} (a partial or non-safetensors save)")
    config = _read_json(adapter_dir / "adapter_config.json")
    name = str(base) if base is not None else config.get("base_model_name_or_path")
    if not name:
        raise ModelError(f"adapter {adapter_dir} names no base model (base_model_name_or_path): pass base=")
    try:
        base_dir = locate_model(name)
    except EngineError as exc:
        raise ModelError(f"adapter {adapter_dir}: its base model {name!r} cannot be loaded: {exc}") from exc
    if is_lora_adapter(base_dir):
        raise ModelError(f"adapter {adapter_dir}: its base {base_dir} is itself an adapter; merge that one first")
    check_model_folder(base_dir)
    expected = (config.get("auto_mapping") or {}).get("base_model_class")
    architectures = _read_json(base_dir / "config.json").get("architectures") or []
    if expected and architectures and expected not in architectures:
        raise ModelError(
            f"adapter {adapter_dir} was trained on a {expected}, but base {base_dir} is a {', '.join(architectures)}"
        )
    return base_dir


def _check_adapter_fits(adapter_dir: Path, base_dir: Path, model: Any) -> None:
    """Every LoRA tensor must target a module the base has, with matching in/out sizes.

    peft alone would report a size mismatch deep inside load_state_dict, or only warn about adapter
    weights that land nowhere; this names the adapter, the base and the tensor.
    """
    from safetensors import safe_open  # lazy: safetensors is optional (train extra)

    modules = dict(model.named_modules())
    with safe_open(adapter_dir / ADAPTER_WEIGHTS, "pt") as weights:
        for key in weights.keys():
            match = _LORA_KEY.fullmatch(key)
            if match is None:
                continue
            module = modules.get(match["module"])
            weight = getattr(module, "weight", None)
            if weight is None:
                raise ModelError(
                    f"adapter {adapter_dir} does not fit base {base_dir}: its tensor {key} adapts "
                    f"{match['module']}, which the base does not have"
                )
            shape = weights.get_slice(key).get_shape()
            # lora_A is (r, in_features, ...), lora_B is (out_features, r, ...); the weight is (out, in, ...).
            side, have, want = (
                ("in", shape[1], weight.shape[1]) if match["which"] == "A" else ("out", shape[0], weight.shape[0])
            )
            if have != want:
                raise ModelError(
                    f"adapter {adapter_dir} does not fit base {base_dir}: its tensor {key} {tuple(shape)} expects "
                    f"{have} {side} features, the base's {match['module']} has {want} {tuple(weight.shape)}"
                )


# ------------------------------------------------------------------------------------------------ soup


def soup(checkpoints: Sequence[Path], out_dir: Path) -> Path:
    """Average full checkpoints of one architecture weight by weight into a self-contained folder.

    Works on the safetensors files directly, one tensor at a time (memory: one output shard plus one
    tensor per checkpoint, not N models). Sums are taken in float64 (float32 for 16-bit weights: exact
    enough, half the memory for a 7B embedding) and stored in the original dtype. The output keeps the
    first checkpoint's shard layout, config, generation config and processor files.
    """
    from safetensors.torch import save_file  # lazy: safetensors is optional (train extra)

    checkpoints = [Path(path) for path in checkpoints]
    if len(checkpoints) < 2:
        raise ModelError(f"a soup needs at least two checkpoints, got {[str(p) for p in checkpoints]}")
    for path in checkpoints:
        _check_full_checkpoint(path)
    _check_same_config(checkpoints)
    with contextlib.ExitStack() as stack:
        indexes = [_open_weights(path, stack) for path in checkpoints]
        _check_same_tensors(checkpoints, indexes)
        first, first_index = checkpoints[0], indexes[0]
        with staged_folder(out_dir) as staging:
            for shard, names in _names_by_file(first_index).items():
                averaged = {name: _average(name, checkpoints, indexes) for name in names}
                save_file(averaged, staging / shard, metadata=first_index[names[0]].reader.metadata())
                del averaged  # one output shard in memory at a time
            for name in _MODEL_CONFIG_FILES:
                if (first / name).is_file():
                    shutil.copy2(first / name, staging / name)
            copy_processor_files(first, staging)
            check_model_folder(staging)
    return Path(out_dir)


@dataclass(frozen=True)
class _Handle:
    """One tensor's home: the name of the safetensors file that holds it, and that file opened."""

    file: str
    reader: Any


def _open_weights(checkpoint: Path, stack: contextlib.ExitStack) -> dict[str, _Handle]:
    """tensor name -> where it is, over every safetensors file of the checkpoint (memory-mapped)."""
    from safetensors import safe_open  # lazy: safetensors is optional (train extra)

    index: dict[str, _Handle] = {}
    for shard in sorted(checkpoint.glob("*.safetensors")):
        reader = stack.enter_context(safe_open(shard, "pt"))
        for name in reader.keys():
            index[name] = _Handle(shard.name, reader)
    return index


def _names_by_file(index: dict[str, _Handle]) -> dict[str, list[str]]:
    by_file: dict[str, list[str]] = {}
    for name, handle in index.items():
        by_file.setdefault(handle.file, []).append(name)
    return by_file


def _check_full_checkpoint(path: Path) -> None:
    if is_lora_adapter(path):
        raise ModelError(
            f"checkpoint {path} is a LoRA adapter: merge it into its base first (merge_lora, or prepare_model "
            "with method='soup', which merges adapters before averaging)"
        )
    check_model_folder(path)
    if "quantization_config" in _read_json(path / "config.json"):
        raise ModelError(f"checkpoint {path} is quantized: soup full-precision checkpoints, then quantize")


def _check_same_config(checkpoints: list[Path]) -> None:
    def kind(path: Path) -> str:
        config = _read_json(path / "config.json")
        return f"{config.get('model_type')} ({', '.join(config.get('architectures') or ())})"

    first = kind(checkpoints[0])
    for path in checkpoints[1:]:
        if kind(path) != first:
            raise ModelError(
                f"checkpoint {path} is a {kind(path)} model, {checkpoints[0]} a {first}: a soup needs one architecture"
            )


def _check_same_tensors(checkpoints: list[Path], indexes: list[dict[str, _Handle]]) -> None:
    """Same tensor names, shapes and dtypes everywhere, checked before anything is written."""
    first, first_index = checkpoints[0], indexes[0]
    for path, index in zip(checkpoints[1:], indexes[1:], strict=True):
        missing, extra = sorted(first_index.keys() - index.keys()), sorted(index.keys() - first_index.keys())
        if missing or extra:
            raise ModelError(
                f"checkpoint {path} does not match {first}: "
                f"{_some('lacks', missing)}{'; ' if missing and extra else ''}{_some('has extra', extra)}"
            )
        for name, handle in first_index.items():
            want, have = _signature(handle, name), _signature(index[name], name)
            if have != want:
                raise ModelError(
                    f"checkpoint {path} does not match {first}: tensor {name} is {have[1]} {have[0]} there, "
                    f"{want[1]} {want[0]} in {first}"
                )


def _signature(handle: _Handle, name: str) -> tuple[tuple[int, ...], str]:
    tensor = handle.reader.get_slice(name)
    return tuple(tensor.get_shape()), tensor.get_dtype()


def _some(verb: str, names: list[str], shown: int = 5) -> str:
    if not names:
        return ""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return f"{verb} tensors {', '.join(names[:shown])}{more}"


def _average(name: str, checkpoints: list[Path], indexes: list[dict[str, _Handle]]) -> Any:
    import torch  # lazy: optional (train extra), slow import

    tensors = (index[name].reader.get_tensor(name) for index in indexes)
    first = next(tensors)
    if not first.is_floating_point():
        # Integer buffers (positions, counters) are not weights: they must agree, and are kept as they are.
        for path, tensor in zip(checkpoints[1:], tensors, strict=True):
            if not torch.equal(tensor, first):
                raise ModelError(f"checkpoint {path}: integer tensor {name} differs from {checkpoints[0]}'s")
        return first
    total = first.to(torch.float64 if first.element_size() >= 4 else torch.float32)
    for tensor in tensors:
        total += tensor.to(total.dtype)
    return (total / len(checkpoints)).to(first.dtype).contiguous()


# --------------------------------------------------------------------------------------------- prepare


def prepare_model(sources: Sequence[str | Path], method: str, out_dir: Path) -> PreparedModel:
    """Turn training checkpoints into one self-contained model folder: what the prepared_model asset runs.

    ``sources`` are checkpoint folders (``checkpoint-{step}``, whose ``model/`` is used and whose
    COMPLETE_MARKER must be there) or model folders. ``single`` copies one full checkpoint, ``merge``
    folds one LoRA adapter into its base, ``soup`` averages two or more, merging adapters first.
    """
    if method not in METHODS:
        raise ConfigError(f"method {method!r} is not one of {', '.join(METHODS)}")
    folders = [_model_folder(Path(source)) for source in sources]
    if method == "soup":
        _prepare_soup(folders, Path(out_dir))
    elif len(folders) != 1:
        raise ConfigError(f"method {method!r} takes one checkpoint, got {len(folders)}: {[str(s) for s in sources]}")
    elif method == "merge":
        merge_lora(folders[0], out_dir)
    else:
        _copy_single(folders[0], Path(out_dir))
    out_dir = Path(out_dir)
    return PreparedModel(
        path=out_dir,
        checksum=weights_checksum(out_dir),
        size_bytes=folder_size(out_dir),
        parameters=count_parameters(out_dir),
        method=method,
        sources=tuple(str(source) for source in sources),
    )


def count_parameters(model_dir: Path) -> int:
    """Elements in every tensor of the folder's safetensors files, read from their headers."""
    with contextlib.ExitStack() as stack:
        index = _open_weights(model_dir, stack)
        return sum(math.prod(_signature(handle, name)[0]) for name, handle in index.items())


def _model_folder(source: Path) -> Path:
    """The model folder of a training checkpoint (refused unless finished), or source itself."""
    if (source / "model").is_dir():
        if not (source / COMPLETE_MARKER).is_file():
            raise ModelError(
                f"checkpoint {source} is incomplete (no {COMPLETE_MARKER}): its run stopped while writing it"
            )
        return source / "model"
    if not source.is_dir():
        raise ModelError(f"checkpoint {source} does not exist or is not a folder")
    return source


def _prepare_soup(folders: list[Path], out_dir: Path) -> None:
    adapters = [folder for folder in folders if is_lora_adapter(folder)]
    if not adapters:
        soup(folders, out_dir)
        return
    # Merged adapters are full models of their base: stage them beside the output (same volume, room for them).
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{out_dir.name}.", suffix=".merged", dir=out_dir.parent) as tmp:
        full = [merge_lora(f, Path(tmp) / str(i)) if f in adapters else f for i, f in enumerate(folders)]
        soup(full, out_dir)


def _copy_single(folder: Path, out_dir: Path) -> None:
    if is_lora_adapter(folder):
        raise ModelError(f"checkpoint {folder} is a LoRA adapter: use method 'merge' to fold it into its base")
    check_model_folder(folder)
    with staged_folder(out_dir) as staging:
        shutil.copytree(folder, staging, dirs_exist_ok=True, ignore=shutil.ignore_patterns(COMPLETE_MARKER))


# ------------------------------------------------------------------------------------------------ copy


def copy_model(source: str, target: str, storage: Storage | None = None) -> None:
    """Copy a finished model folder between local paths and s3:// prefixes, whole or not at all.

    The source must carry COMPLETE_MARKER: a folder without it is a partial write or copy and is refused.
    A local target is staged and renamed into place; on S3, where a prefix cannot be renamed, the target's
    marker is deleted first and written last, and objects of an older model under the prefix are removed.
    """
    storage = storage or Storage()
    source_prefix, target_prefix = _prefix(source), _prefix(target)
    if not storage.exists(source_prefix + COMPLETE_MARKER):
        raise ModelError(f"model {source} is incomplete (no {COMPLETE_MARKER}): a partial copy or an unfinished write")
    if is_s3_url(target):
        _upload(storage, source_prefix, target_prefix, model_file_names(storage, source_prefix))
    else:
        download_model_folder(storage, source_prefix, Path(target))


def _prefix(location: str) -> str:
    return str(location).rstrip("/") + "/"


def _upload(storage: Storage, source_prefix: str, target_prefix: str, names: list[str]) -> None:
    storage.delete(target_prefix + COMPLETE_MARKER)
    for name in names:
        with storage.local_copy(source_prefix + name) as local:
            _upload_file(storage, local, target_prefix + name)
    keep = {target_prefix + name for name in names}
    for info in list(storage.list(target_prefix)):
        if info.path not in keep:
            storage.delete(info.path)
    storage.write_bytes(target_prefix + COMPLETE_MARKER, b"complete\n")


def _upload_file(storage: Storage, local: str, url: str) -> None:
    """boto3's managed upload: multipart for big shards, streamed from disk (Storage.write_bytes would hold
    a 4 GB shard in memory)."""
    bucket, key = parse_s3_url(url)
    try:
        storage.s3_client.upload_file(local, bucket, key)
    except (S3UploadFailedError, ClientError, BotoCoreError) as exc:
        raise StorageError(f"{url}: upload of {local} failed: {exc}") from exc


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path} cannot be read as JSON: {exc}") from exc
