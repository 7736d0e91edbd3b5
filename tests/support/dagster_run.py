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

from olmocr_assets.definitions import load_definitions, replace_resources
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource

QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
# The code location as `dg dev` loads it: tests take its assets, resources and jobs from here.
DEFS = load_definitions()
ASSETS = list(DEFS.resolve_asset_graph().assets_defs)
# The asset keys of each named job that runs them (register_collection holds pdf_collection too, for its
# launchpad example).
JOB_ASSETS = {
    job.name: DEFS.resolve_job_def(job.name).asset_layer.selected_asset_keys
    for job in DEFS.jobs
    if job.name != "register_collection"
}


def run_assets(
    selection: Sequence[dg.AssetsDefinition | str],
    resources: dict,
    instance: dg.DagsterInstance,
    *,
    run_config: dict | None = None,
    **kwargs,
) -> dg.ExecuteInProcessResult:
    """One run of the code location's named job that holds the ``selection`` (assets or their names), only
    those assets, with ``resources`` in place of the job's own (kwargs: partition_key, tags)."""
    keys = [dg.AssetKey(a) if isinstance(a, str) else a.key for a in selection]
    (name,) = [name for name, assets in JOB_ASSETS.items() if set(keys) <= assets]
    return (
        replace_resources(DEFS, resources)
        .resolve_job_def(name)
        .execute_in_process(
            instance=instance,
            asset_selection=keys,
            run_config={**QUIET, **(run_config or {})},
            raise_on_error=False,
            **kwargs,
        )
    )


def materialize_groups(
    instance: dg.DagsterInstance, registry_root: str, server: str, keys: Sequence[str]
) -> dg.ExecuteInProcessResult:
    """One run over the consecutive shard partitions ``keys`` (a range, as the UI's launchpad may give),
    converting one group at a time with small page images on the server at ``server``: the code
    location's ``convert_page_groups`` job, with these two resources in place of its own."""
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
    }
    tags = {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}
    return run_assets(["dolma_documents"], resources, instance, tags=tags)


def main(argv: Sequence[str]) -> int:
    ref, registry_root, server, *keys = argv
    instance = dg.DagsterInstance.from_ref(deserialize_value(ref, InstanceRef))
    return 0 if materialize_groups(instance, registry_root, server, keys).success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
