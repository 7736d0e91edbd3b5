"""Partitions. Never per PDF or per page: Dagster recommends at most 100,000 partitions per asset, so
the finest grain is a page group (about 500 pages)."""

import dagster as dg

# One partition per PDF collection, named by the user.
collection_partitions = dg.DynamicPartitionsDefinition(name="olmocr_collections")
# One partition per page group, keyed "collection/group_id" (group_id: olmOCR's sha1 of its paths).
page_group_partitions = dg.DynamicPartitionsDefinition(name="olmocr_page_groups")

# Register partitions in batches: one instance call per batch, not per group.
PARTITION_BATCH = 1000


def page_group_key(collection: str, group_id: str) -> str:
    return f"{collection}/{group_id}"


def split_page_group_key(key: str) -> tuple[str, str]:
    collection, _, group_id = key.rpartition("/")
    if not collection or not group_id:
        raise ValueError(f"page group partition {key!r} is not 'collection/group_id'")
    return collection, group_id


# The model lifecycle, each keyed by a name the user chooses (olmocr_core.train.store.check_name).
training_dataset_partitions = dg.DynamicPartitionsDefinition(name="olmocr_training_datasets")
training_run_partitions = dg.DynamicPartitionsDefinition(name="olmocr_training_runs")
# A GRPO run (one per seed) starting from an SFT run; its name shares the training runs' namespace on disk.
grpo_run_partitions = dg.DynamicPartitionsDefinition(name="olmocr_grpo_runs")
# A release candidate: prepared from chosen runs, quantized, validated, then released under its name.
model_candidate_partitions = dg.DynamicPartitionsDefinition(name="olmocr_model_candidates")
