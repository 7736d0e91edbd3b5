"""Partitions. Never per PDF or per page: Dagster recommends at most 100,000 partitions per asset, so the OCR
and search assets are partitioned by shard, a fixed run of one collection's page groups (olmocr_core.work.shards):
a billion pages are 2 million groups but only 41,667 shards."""

import contextlib

import dagster as dg

from olmocr_assets.lib.environment import groups_per_shard
from olmocr_core.common.errors import OlmocrError
from olmocr_core.work.shards import shard_name, shard_number

# One partition per PDF collection, named by the user.
collection_partitions = dg.DynamicPartitionsDefinition(name="olmocr_collections")
# One partition per shard of a collection, keyed "collection/s000123": dolma_documents and the search assets.
shard_partitions = dg.DynamicPartitionsDefinition(name="olmocr_shards")
# The grain before shards: one partition per page group, keyed "collection/group_id". No asset uses it any more;
# `olmocr-platform migrate-shards` reads its keys (and empties it) to carry an instance's outputs over to shards.
page_group_partitions = dg.DynamicPartitionsDefinition(name="olmocr_page_groups")

# Register partitions in batches: one instance call per batch, not per key.
PARTITION_BATCH = 1000


# A new collection's shard size, read once: the deployment's OLMOCR_GROUPS_PER_SHARD.
GROUPS_PER_SHARD = groups_per_shard()


def shard_key(collection: str, number: int) -> str:
    return f"{collection}/{shard_name(number)}"


def split_shard_key(key: str) -> tuple[str, int]:
    """``collection/s000123`` -> (collection, 123); a ValueError names the key otherwise."""
    collection, _, name = key.rpartition("/")
    if collection:
        with contextlib.suppress(OlmocrError):
            return collection, shard_number(name)
    raise ValueError(f"shard partition {key!r} is not 'collection/s000123'")


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
