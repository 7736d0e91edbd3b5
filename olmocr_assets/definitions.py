"""The olmOCR platform's Dagster code location: every definition is loaded from the ``defs/`` folder
(``dg.load_from_defs_folder``; the project is configured under ``[tool.dg]`` in pyproject.toml).

    ocr:     pdf_collection -> page_groups -> dolma_documents -> collection_report
    models:  training_data -> sft_checkpoint [-> grpo_checkpoint] -> prepared_model -> fp8_model -> released_model
             -> dolma_documents (the OCR step reads the released model it is told to use)

Resources come from the deployment's environment (``olmocr_assets.lib.environment``). Collections watched by
S3 sensors are declared one per YAML file under ``defs/collections/`` or in the YAML file named by
$OLMOCR_COLLECTIONS (see deploy/collections.example.yaml); others are registered by `olmocr-platform run`
or the UI's config.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_shared.record import replace


def load_definitions() -> dg.Definitions:
    """The definitions, loaded now: the command line loads them after it has set DAGSTER_HOME."""
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)


def replace_resources(defs: dg.Definitions, resources: Mapping[str, Any]) -> dg.Definitions:
    """``defs`` with ``resources`` in place of its own, by key (the command line's engine options, a test's
    registry). Definitions.merge refuses a key given twice, and a job's resources are bound to its assets."""
    return replace(defs, resources={**defs.resources, **resources})


@dg.definitions
def defs() -> dg.Definitions:
    return load_definitions()
