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

from olmocr_core.common.errors import EngineError
from olmocr_core.models.files import COMPLETE_MARKER, staged_folder
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import is_s3_url

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
    path = locate_model(model, storage=storage, cache_dir=cache_dir)
    return ResolvedModel(model, path, model_revision(model, path))


def locate_model(model: str, *, storage: Storage | None = None, cache_dir: Path = DEFAULT_CACHE) -> Path:
    """The local folder of ``model``: a folder as it is, an s3:// prefix copied once to the cache, a hub id
    fetched. Nothing is hashed (``model_revision`` does that)."""
    if is_s3_url(model):
        return _cached_copy(model, storage or Storage(), cache_dir)
    local = Path(model).expanduser()
    if local.is_dir():
        return local.resolve()
    if local.exists() or model.startswith((".", "/", "~")):
        raise EngineError(f"model {model!r} is not a folder holding a checkpoint")
    return _from_hub(model)


def model_revision(model: str, path: Path) -> str:
    """Which exact weights ``path`` (located from ``model``) holds: the hub's commit for a hub id (its
    snapshot folder is named by it), else the weights' sha256, which reads every byte: seconds per GB."""
    if not is_s3_url(model) and not Path(model).expanduser().is_dir():
        return f"hub:{path.name}"
    return weights_checksum(path)


def _cached_copy(url: str, storage: Storage, cache_dir: Path) -> Path:
    prefix = url.rstrip("/") + "/"
    target = cache_dir / hashlib.sha1(prefix.encode()).hexdigest()[:16]
    if not (target / COMPLETE_MARKER).exists():
        log.info("copying model %s to %s", url, target)
        # Another worker on this machine may finish the same copy first and be loading it: keep theirs.
        download_model_folder(storage, prefix, target, replace=False)
    return target


def model_file_names(storage: Storage, prefix: str) -> list[str]:
    """The files under ``prefix`` (s3:// or local, ending in '/'), relative to it. Folder placeholders and
    the completion marker are skipped; a key that would leave the folder (``a/../../x``) is refused."""
    names = []
    for info in storage.list(prefix):
        name = info.path[len(prefix) :]
        if not name or name.endswith("/") or name == COMPLETE_MARKER:
            continue
        parts = name.split("/")
        if ".." in parts or "" in parts:
            raise EngineError(f"model {prefix}: object {info.path} would be written outside the model folder")
        names.append(name)
    if not names:
        raise EngineError(f"model {prefix}: no objects under {prefix}")
    return names


def download_model_folder(storage: Storage, prefix: str, target: Path, *, replace: bool = True) -> None:
    """Copy the files under ``prefix`` into the folder ``target``, whole or not at all (staged, synced, marked
    complete and renamed into place). ``replace=False`` keeps a complete ``target`` that appears meanwhile."""
    names = model_file_names(storage, prefix)
    with staged_folder(target, replace=replace) as staging:
        for name in names:
            storage.download_to(prefix + name, str(staging / name))


def _from_hub(repo_id: str) -> Path:
    try:
        from huggingface_hub import snapshot_download  # lazy: optional, only for hub ids
    except ImportError as exc:
        raise EngineError(f"model {repo_id!r} looks like a hub id, and huggingface_hub is not installed") from exc
    try:
        return Path(snapshot_download(repo_id))
    except Exception as exc:  # offline, unknown repo, no access: all end the same way for the user
        raise EngineError(f"model {repo_id!r} could not be fetched from the hub: {exc}") from exc
