"""The embedding model: a sentence-transformers model from a local folder, a hub id or ``s3://`` (copied once to
the local model cache), loaded once per worker process and reused for every group and every query.

Vectors are normalized (a dot product is the cosine), computed on the GPU when there is one, in batches sized to
the device. The model's name and revision (the weights' sha256, or the hub commit) go with every vector, so a
search embeds its query with the same model and a new model makes the old vectors stale.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from olmocr_core.common.errors import EngineError
from olmocr_core.models.source import DEFAULT_CACHE, resolve_model
from olmocr_core.storage.facade import Storage

log = logging.getLogger(__name__)

# Texts per forward pass: a GPU amortises its launches over many; a CPU gains nothing past a few dozen.
CPU_BATCH = 32
GPU_BATCH = 256


@dataclass(frozen=True)
class EmbeddingModelInfo:
    name: str  # what the user named: a folder, a hub id or s3://
    revision: str
    dimension: int
    max_seq_length: int

    @property
    def model_id(self) -> str:
        """A short name for files and tables: the same model gives the same id wherever it is loaded from."""
        return hashlib.sha1(self.revision.encode()).hexdigest()[:12]


class Embedder:
    """A loaded sentence-transformers model; get one with :func:`load_embedder`."""

    def __init__(self, model: Any, info: EmbeddingModelInfo, device: str, batch_size: int):
        self.model = model
        self.info = info
        self.device = device
        self.batch_size = batch_size

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character offsets of ``text``'s tokens in this model's tokenizer (no special tokens, no truncation)."""
        encoded = self.model.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False
        )
        return [tuple(span) for span in encoded["offset_mapping"]]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Normalized float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.info.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


_LOADED: dict[tuple[str, str | None], Embedder] = {}
_LOADING = threading.Lock()


def load_embedder(
    model: str,
    *,
    device: str | None = None,
    batch_size: int | None = None,
    storage: Storage | None = None,
    cache_dir: Path = DEFAULT_CACHE,
) -> Embedder:
    """The model ``model`` names, loaded once per process: later calls (every group a worker embeds, every query)
    get the same loaded model. ``device``: None picks the GPU when there is one."""
    key = (model, device)
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = _load(model, device, batch_size, storage, cache_dir)
        return _LOADED[key]


def _load(model: str, device: str | None, batch_size: int | None, storage: Storage | None, cache_dir: Path) -> Embedder:
    import torch  # lazy: the embed extra's heavy dependency, loaded by the processes that embed
    from sentence_transformers import SentenceTransformer  # lazy: the embed extra, only where embedding runs

    resolved = resolve_model(model, storage=storage, cache_dir=cache_dir)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    try:
        loaded = SentenceTransformer(str(resolved.path), device=device, local_files_only=True)
    except Exception as exc:  # a folder that is not a sentence-transformers model: say which and why
        raise EngineError(f"embedding model {model!r} could not be loaded by sentence-transformers: {exc}") from exc
    # sentence-transformers 6.3 renamed get_sentence_embedding_dimension; the embed extra allows from 5.1.
    dimension = getattr(loaded, "get_embedding_dimension", loaded.get_sentence_embedding_dimension)()
    if not dimension or loaded.tokenizer is None:
        raise EngineError(f"embedding model {model!r} has no tokenizer or no fixed embedding dimension")
    info = EmbeddingModelInfo(model, resolved.revision, int(dimension), int(loaded.max_seq_length or 512))
    log.info("loaded embedding model %s (%s, %d dimensions) on %s", model, info.revision[:12], dimension, device)
    return Embedder(loaded, info, device, batch_size or (GPU_BATCH if device.startswith("cuda") else CPU_BATCH))


def embedding_revision(model: str, *, storage: Storage | None = None, cache_dir: Path = DEFAULT_CACHE) -> str:
    """The revision of ``model`` that its vectors will record, without loading it: the loaded model's when this
    process has it (nothing read again), else a hub id's commit or the weights' sha256 (an s3:// model is copied to
    the cache once, as loading it would)."""
    for (name, _), embedder in _LOADED.items():
        if name == model:
            return embedder.info.revision
    return resolve_model(model, storage=storage, cache_dir=cache_dir).revision
