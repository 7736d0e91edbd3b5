"""Partitions. Never per PDF or per page: Dagster recommends at most 100,000 partitions per asset, so the OCR
and search assets are partitioned by shard, a fixed run of one collection's page groups (olmocr_core.work.shards):
a billion pages are 2 million groups but only 41,667 shards."""

import contextlib
import os
from collections.abc import Mapping

import dagster as dg

from olmocr_core.common.errors import OlmocrError
from olmocr_core.work.shards import DEFAULT_GROUPS_PER_SHARD, shard_name, shard_number

# One partition per PDF collection, named by the user.
collection_partitions = dg.DynamicPartitionsDefinition(name="olmocr_collections")
# One partition per shard of a collection, keyed "collection/s000123": dolma_documents and the search assets.
shard_partitions = dg.DynamicPartitionsDefinition(name="olmocr_shards")
# The grain before shards: one partition per page group, keyed "collection/group_id". No asset uses it any more;
# `olmocr-platform migrate-shards` reads its keys (and empties it) to carry an instance's outputs over to shards.
page_group_partitions = dg.DynamicPartitionsDefinition(name="olmocr_page_groups")

# Register partitions in batches: one instance call per batch, not per key.
PARTITION_BATCH = 1000


def groups_per_shard(environ: Mapping[str, str] = os.environ) -> int:
    """Page groups in a new collection's shards: one shard is one run and one model load. 48 groups of 500 pages
    keep an H100 busy for about 1.5 hours behind one load of about 2 minutes (2 %); fewer give a backfill more pods
    in parallel, each paying its own load. Fixed per collection when its first shards are registered. Deployments
    set OLMOCR_GROUPS_PER_SHARD (OLMOCR_GROUPS_PER_RUN, its name before shards, is read when it is not set)."""
    name = "OLMOCR_GROUPS_PER_SHARD" if "OLMOCR_GROUPS_PER_SHARD" in environ else "OLMOCR_GROUPS_PER_RUN"
    raw = environ.get(name, str(DEFAULT_GROUPS_PER_SHARD))
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ValueError(f"{name}={raw!r}: give a whole number of page groups, at least 1")
    return int(raw)


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
