"""The olmOCR platform's Dagster code location.

    ocr:     pdf_collection -> page_groups -> dolma_documents -> collection_report
    models:  training_data -> sft_checkpoint [-> grpo_checkpoint] -> prepared_model -> fp8_model -> released_model
             -> dolma_documents (the OCR step reads the released model it is told to use)

Collections watched by S3 sensors are declared in the YAML file named by $OLMOCR_COLLECTIONS (see
deploy/collections.example.yaml); others are registered by `olmocr-platform run` or the UI's config.
"""

import os
from pathlib import Path

import dagster as dg

from olmocr_assets.collections.assets import collection_report, page_groups, pdf_collection
from olmocr_assets.models.assets import model_assets
from olmocr_assets.models.runner import ModelTaskRunner
from olmocr_assets.ocr.assets import dolma_documents
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource
from olmocr_assets.resources import OcrEngineResource, PlatformResource
from olmocr_assets.sensors import build_sensors
from olmocr_core.work.collections import specs_from_yaml

watched = (
    specs_from_yaml(Path(os.environ["OLMOCR_COLLECTIONS"]).read_text()) if os.environ.get("OLMOCR_COLLECTIONS") else []
)

defs = dg.Definitions(
    assets=[
        pdf_collection,
        page_groups,
        dolma_documents,
        collection_report,
        *model_assets(),
    ],
    sensors=build_sensors(watched),
    resources={
        "platform": PlatformResource(),
        # Deployments choose the runner and the GPU worker image through the environment (deploy/helm).
        "ocr": OcrEngineResource(runner=os.environ.get("OLMOCR_RUNNER", "local")),
        "k8s": KubernetesGpuResource(image=os.environ.get("OLMOCR_GPU_WORKER_IMAGE")),
        "model_runner": ModelTaskRunner(runner=os.environ.get("OLMOCR_MODEL_RUNNER", "local")),
    },
)
