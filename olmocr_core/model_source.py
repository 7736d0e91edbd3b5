"""Where a model comes from, and which exact weights it is.

A model is a local folder, a hub id (for machines that reach a hub), or an ``s3://`` prefix copied
once to a local cache. Its checksum (or the hub's commit) goes into every document's lineage.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from olmocr_core.errors import EngineError
from olmocr_core.storage import Storage, is_s3_url
from olmocr_core.train.model_files import COMPLETE_MARKER  # written last: a cache folder without it is partial

log = logging.getLogger(__name__)

DEFAULT_CACHE = Path(os.environ.get("OLMOCR_MODEL_CACHE", Path.home() / ".cache" / "olmocr" / "models"))


@dataclass(frozen=True)
class ResolvedModel:
    source: str  # what the user named
    path: Path  # a local folder holding the checkpoint
    revision: str  # sha256 of the weights, or the hub commit

    def lineage(self) -> dict[str, str]:
        return {"model": self.source, "model_revision": self.revision}


def weights_checksum(model_dir: Path) -> str:
    """sha256 of the weight files, equal to ``sha256sum *.safetensors | sha256sum`` run in model_dir."""
    files = sorted(model_dir.glob("*.safetensors")) or sorted(model_dir.glob("*.bin"))
    if not files:
        raise EngineError(f"model folder {model_dir} holds no *.safetensors or *.bin weights")
    manifest = hashlib.sha256()
    for path in files:
        with path.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256")
        manifest.update(f"{digest.hexdigest()}  {path.name}\n".encode())
    return manifest.hexdigest()


def resolve_model(model: str, *, storage: Storage | None = None, cache_dir: Path = DEFAULT_CACHE) -> ResolvedModel:
    if is_s3_url(model):
        path = _copy_from_s3(model, storage or Storage(), cache_dir)
        return ResolvedModel(model, path, weights_checksum(path))
    local = Path(model).expanduser()
    if local.is_dir():
        return ResolvedModel(model, local.resolve(), weights_checksum(local))
    if local.exists() or model.startswith((".", "/", "~")):
        raise EngineError(f"model {model!r} is not a folder holding a checkpoint")
    return _from_hub(model)


def _copy_from_s3(url: str, storage: Storage, cache_dir: Path) -> Path:
    prefix = url.rstrip("/") + "/"
    target = cache_dir / hashlib.sha1(prefix.encode()).hexdigest()[:16]
    if (target / COMPLETE_MARKER).exists():
        return target
    objects = list(storage.list(prefix))
    if not objects:
        raise EngineError(f"model {url!r}: no objects under {prefix}")
    log.info("copying model %s (%d files) to %s", url, len(objects), target)
    for info in objects:
        relative = info.path[len(prefix) :]
        if not relative or relative.endswith("/"):
            continue
        destination = (target / relative).resolve()
        if not destination.is_relative_to(target.resolve()):  # a key with '..' must not write outside the cache
            raise EngineError(f"model {url!r}: object {info.path} would be written outside the model cache")
        storage.download_to(info.path, str(destination))
    (target / COMPLETE_MARKER).write_text(url)
    return target


def _from_hub(repo_id: str) -> ResolvedModel:
    try:
        from huggingface_hub import snapshot_download
    except ImportError as exc:
        raise EngineError(f"model {repo_id!r} looks like a hub id, and huggingface_hub is not installed") from exc
    try:
        path = Path(snapshot_download(repo_id))
    except Exception as exc:  # offline, unknown repo, no access: all end the same way for the user
        raise EngineError(f"model {repo_id!r} could not be fetched from the hub: {exc}") from exc
    return ResolvedModel(repo_id, path, f"hub:{path.name}")  # the snapshot folder is named by commit
