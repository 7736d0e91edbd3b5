"""What a run reads from an earlier stage without needing every stage before it: the model registry that an
OCR run names a released model from, and the dataset reports a training run checks.

Why these nodes: `dolma_documents` reads a released model only when ``OcrEngineResource.released_model`` names
one, and `sft_checkpoint` reads the reports of the datasets its run names, not every dataset. As direct
dependencies on `released_model` and `training_data`, the UI asked "Are you sure? ... upstream assets have not
been materialized yet" before every Materialize of a fresh deployment, when no model was ever released or no
dataset ever prepared, though nothing was missing. Between them sits a node the UI does not ask about: a
registry, which no run materializes (an external asset; the stage before it writes its entries). The lineage
stays one graph; a run that names a release or dataset that is missing still fails with what to do.
"""

import dagster as dg

from olmocr_assets.lib.defaults import MODELS_GROUP, OWNERS


def registry(key: str, written_by: str, description: str) -> dg.AssetSpec:
    """An external asset: what ``written_by`` (every partition of it) leaves for later stages to read."""
    return dg.AssetSpec(
        key,
        deps=[dg.AssetDep(written_by, partition_mapping=dg.AllPartitionMapping())],
        group_name=MODELS_GROUP,
        owners=OWNERS,
        kinds={"json"},
        description=description,
    )


model_registry = registry(
    "model_registry",
    "released_model",
    "The model registry: one `releases/{name}.json` per released model (path, weights checksum, scores, "
    "lineage), written by `released_model`. An OCR run reads the entry `OcrEngineResource.released_model` "
    "names; nothing here is materialized on its own.",
)
dataset_reports = registry(
    "dataset_reports",
    "training_data",
    "The training datasets' reports (`datasets/{name}/report.json`: samples, skips by reason, token lengths), "
    "written by `training_data`. A training run checks the reports of the datasets it names before it "
    "starts; nothing here is materialized on its own.",
)
