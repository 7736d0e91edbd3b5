"""The code location's resources and watched collections, from the deployment's environment: the one place
that reads it (deploy/helm sets these variables).

    OLMOCR_RUNNER             where dolma_documents converts: local, subprocess or kubernetes
    OLMOCR_MODEL_RUNNER       where training, merging and quantizing run: the same three
    OLMOCR_GPU_WORKER_IMAGE   the GPU pod's image (deploy/Dockerfile.gpu-worker)
    OLMOCR_EMBEDDING_MODEL    the sentence-transformers model of document_chunks/document_embeddings
    OLMOCR_ENTITY_MODEL       the LLM of document_entities (OLMOCR_ENTITY_SERVER: its server, else vLLM starts)
    OLMOCR_COLLECTIONS        a YAML file of collections whose S3 sources get sensors
    OLMOCR_GROUPS_PER_SHARD   page groups per shard of a new collection: one run, one model load (default 48)
    OLMOCR_QUEUED_SHARDS      shards in progress at most, kept by the page-groups sensor (default 16)
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg

from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_core.work.collections import CollectionSpec, specs_from_yaml
from olmocr_core.work.shards import DEFAULT_GROUPS_PER_SHARD

# Shards in progress at most by default: twice the accelerator slots of a small deployment.
DEFAULT_QUEUED_SHARDS = 16


def resources_from_env(environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    """Every resource the assets and sensors ask for, by key. Without a kubernetes runner the GPU pod's
    settings would do nothing: the launchpad does not show them (8 CPUs and 48Gi beside `runner: local`)."""
    runners = {
        "ocr_runner": GpuRunner(runner=environ.get("OLMOCR_RUNNER", "local")),
        "model_runner": GpuRunner(runner=environ.get("OLMOCR_MODEL_RUNNER", "local")),
    }
    uses_pods = any(runner.runner == "kubernetes" for runner in runners.values())
    return {
        "platform": PlatformResource(),
        "ocr": OcrEngineResource(),
        **runners,
        "k8s": KubernetesGpuResource(image=environ.get("OLMOCR_GPU_WORKER_IMAGE")) if uses_pods else NO_PODS,
        "embedding": EmbeddingResource(model=environ.get("OLMOCR_EMBEDDING_MODEL")),
        "entities": EntityResource(
            model=environ.get("OLMOCR_ENTITY_MODEL"), server=environ.get("OLMOCR_ENTITY_SERVER")
        ),
    }


# The `k8s` resource when no runner is kubernetes.
NO_PODS = dg.ResourceDefinition.none_resource(
    description="No GPU pods: neither OLMOCR_RUNNER nor OLMOCR_MODEL_RUNNER is kubernetes, so every step runs here "
    "(runner: local or subprocess). A deployment that sets one to kubernetes gets the pod's settings."
)


def watched_collections(environ: Mapping[str, str] = os.environ) -> list[CollectionSpec]:
    """The collections declared in the YAML file ``$OLMOCR_COLLECTIONS`` names (none when unset)."""
    path = environ.get("OLMOCR_COLLECTIONS")
    return specs_from_yaml(Path(path).read_text()) if path else []


def groups_per_shard(environ: Mapping[str, str] = os.environ) -> int:
    """Page groups in a new collection's shards: one shard is one run and one model load. 48 groups of 500 pages
    keep an H100 busy for about 1.5 hours behind one load of about 2 minutes (2 %); fewer give a backfill more pods
    in parallel, each paying its own load. Fixed per collection when its first shards are registered. Deployments
    set OLMOCR_GROUPS_PER_SHARD (OLMOCR_GROUPS_PER_RUN, its name before shards, is read when it is not set)."""
    name = "OLMOCR_GROUPS_PER_SHARD" if "OLMOCR_GROUPS_PER_SHARD" in environ else "OLMOCR_GROUPS_PER_RUN"
    return _whole_number(environ, name, DEFAULT_GROUPS_PER_SHARD, "page groups")


def queued_shards(environ: Mapping[str, str] = os.environ) -> int:
    """Shards in progress at most (queued or running, however started): the feeder requests more only below this.
    At least the accelerators' slots (the `olmocr_accelerator` pool), so none idles while a run starts; twice that
    keeps the next shard of each ready. Deployments set OLMOCR_QUEUED_SHARDS."""
    return _whole_number(environ, "OLMOCR_QUEUED_SHARDS", DEFAULT_QUEUED_SHARDS, "shards")


def _whole_number(environ: Mapping[str, str], name: str, default: int, what: str) -> int:
    raw = environ.get(name, str(default))
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ValueError(f"{name}={raw!r}: give a whole number of {what}, at least 1")
    return int(raw)
