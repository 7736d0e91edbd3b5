"""The code location's resources and watched collections, from the deployment's environment: the one place
that reads it (deploy/helm sets these variables).

    OLMOCR_RUNNER             where dolma_documents converts: local, subprocess or kubernetes
    OLMOCR_MODEL_RUNNER       where training, merging and quantizing run: the same three
    OLMOCR_GPU_WORKER_IMAGE   the GPU pod's image (deploy/Dockerfile.gpu-worker)
    OLMOCR_EMBEDDING_MODEL    the sentence-transformers model of document_chunks/document_embeddings
    OLMOCR_ENTITY_MODEL       the LLM of document_entities (OLMOCR_ENTITY_SERVER: its server, else vLLM starts)
    OLMOCR_COLLECTIONS        a YAML file of collections whose S3 sources get sensors
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_core.work.collections import CollectionSpec, specs_from_yaml


def resources_from_env(environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """Every resource the assets and sensors ask for, by key."""
    return {
        "platform": PlatformResource(),
        "ocr": OcrEngineResource(),
        "ocr_runner": GpuRunner(runner=environ.get("OLMOCR_RUNNER", "local")),
        "model_runner": GpuRunner(runner=environ.get("OLMOCR_MODEL_RUNNER", "local")),
        "k8s": KubernetesGpuResource(image=environ.get("OLMOCR_GPU_WORKER_IMAGE")),
        "embedding": EmbeddingResource(model=environ.get("OLMOCR_EMBEDDING_MODEL")),
        "entities": EntityResource(
            model=environ.get("OLMOCR_ENTITY_MODEL"), server=environ.get("OLMOCR_ENTITY_SERVER")
        ),
    }


def watched_collections(environ: Mapping[str, str] = os.environ) -> list[CollectionSpec]:
    """The collections declared in the YAML file ``$OLMOCR_COLLECTIONS`` names (none when unset)."""
    path = environ.get("OLMOCR_COLLECTIONS")
    return specs_from_yaml(Path(path).read_text()) if path else []
