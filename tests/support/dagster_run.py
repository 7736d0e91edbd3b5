"""One Dagster run of ``dolma_documents`` over page-group partitions, on a model server, in this process.

Tests call :func:`materialize_groups` directly, or run this module as a separate process they can kill:

    python -m tests.support.dagster_run INSTANCE_REF REGISTRY_ROOT SERVER_URL KEY [KEY ...]

(INSTANCE_REF: ``serialize_value(instance.get_ref())``, so both processes use the same instance.)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import dagster as dg
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from dagster._serdes import deserialize_value

from olmocr_assets.collections.assets import collection_report, page_groups, pdf_collection
from olmocr_assets.ocr.assets import dolma_documents
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource
from olmocr_assets.resources import OcrEngineResource, PlatformResource

ASSETS = [pdf_collection, page_groups, dolma_documents, collection_report]
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def materialize_groups(
    instance: dg.DagsterInstance, registry_root: str, server: str, keys: Sequence[str]
) -> dg.ExecuteInProcessResult:
    """One run over the consecutive page-group partitions ``keys`` (as a backfill or the sensor launches
    it), converting one group at a time with small page images on the server at ``server``."""
    resources = {
        "platform": PlatformResource(root=registry_root),
        "ocr": OcrEngineResource(
            engine="vlm",
            server=server,
            target_longest_image_dim=256,
            render_workers=1,
            concurrent_groups=1,
            max_concurrent_requests=1,
        ),
        "k8s": KubernetesGpuResource(),
    }
    tags = {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}
    return dg.materialize(
        ASSETS,
        selection=[dolma_documents],
        resources=resources,
        instance=instance,
        tags=tags,
        run_config=QUIET,
        raise_on_error=False,
    )


def main(argv: Sequence[str]) -> int:
    ref, registry_root, server, *keys = argv
    instance = dg.DagsterInstance.from_ref(deserialize_value(ref, InstanceRef))
    return 0 if materialize_groups(instance, registry_root, server, keys).success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
