"""Partitions. Never per PDF or per page: Dagster recommends at most 100,000 partitions per asset, so
the finest grain is a page group (about 500 pages)."""

import os
from collections.abc import Mapping

import dagster as dg

# One partition per PDF collection, named by the user.
collection_partitions = dg.DynamicPartitionsDefinition(name="olmocr_collections")
# One partition per page group, keyed "collection/group_id" (group_id: olmOCR's sha1 of its paths).
page_group_partitions = dg.DynamicPartitionsDefinition(name="olmocr_page_groups")

# Register partitions in batches: one instance call per batch, not per group.
PARTITION_BATCH = 1000


def groups_per_run(environ: Mapping[str, str] = os.environ) -> int:
    """Page groups one dolma_documents run serves (backfills, the sensor, `olmocr-platform run`): one model
    load each. 24 groups of 500 pages keep an H100 generating for 44 min behind one load, so a 120 s load
    costs 4.3 %; fewer per run gives a backfill more pods in parallel, each paying its own load. A failed
    run redoes only its unfinished groups: finished outputs stand. Deployments set OLMOCR_GROUPS_PER_RUN."""
    raw = environ.get("OLMOCR_GROUPS_PER_RUN", "24")
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ValueError(f"OLMOCR_GROUPS_PER_RUN={raw!r}: give a whole number of page groups, at least 1")
    return int(raw)


GROUPS_PER_RUN = groups_per_run()


def page_group_key(collection: str, group_id: str) -> str:
    return f"{collection}/{group_id}"


def split_page_group_key(key: str) -> tuple[str, str]:
    collection, _, group_id = key.rpartition("/")
    if not collection or not group_id:
        raise ValueError(f"page group partition {key!r} is not 'collection/group_id'")
    return collection, group_id


# The model lifecycle, each keyed by a name the user chooses (olmocr_core.models.store.check_name).
training_dataset_partitions = dg.DynamicPartitionsDefinition(name="olmocr_training_datasets")
training_run_partitions = dg.DynamicPartitionsDefinition(name="olmocr_training_runs")
# A GRPO run (one per seed) starting from an SFT run; its name shares the training runs' namespace on disk.
grpo_run_partitions = dg.DynamicPartitionsDefinition(name="olmocr_grpo_runs")
# A release candidate: prepared from chosen runs, quantized, validated, then released under its name.
model_candidate_partitions = dg.DynamicPartitionsDefinition(name="olmocr_model_candidates")
