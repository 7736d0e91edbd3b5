"""Carrying an instance made before shards (one ``olmocr_page_groups`` partition per page group) over to shards,
without converting anything again (docs/partition-grain.md, "Migration"). Idempotent: what a first pass did, a
second finds done, so ``olmocr-platform migrate-shards`` and every planning of a collection (page_groups) may run it.

The files say what is done: a shard whose groups all have an output gets a runless ``dolma_documents``
materialization with the numbers of its groups' reports, as a run that found them all written would record; a
shard with some outputs is left to its run, which converts only the missing groups. The old materializations stay in
the event log under their ``collection/group_id`` keys; only the old partition keys are deleted."""

from dataclasses import dataclass

import dagster as dg

from olmocr_assets.lib.partitions import (
    collection_partitions,
    page_group_key,
    page_group_partitions,
    shard_partitions,
    split_page_group_key,
)
from olmocr_assets.lib.resources import OcrEngineResource
from olmocr_assets.lib.shard_metadata import Usage, shard_metadata
from olmocr_assets.lib.shards import (
    DOLMA_DOCUMENTS,
    groups_of_shard,
    is_registered,
    register_shards,
    shard_keys,
    with_shard_size,
)
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.groups import PageGroup

MIGRATED_FROM = "page groups"
# The search assets, by key (defined in defs/search): one materialization per shard, as dolma_documents.
SEARCH_ASSETS = tuple(dg.AssetKey(name) for name in ("document_chunks", "document_embeddings", "document_entities"))

# The tags a run's materialization records its provenance in (dagster/code_version, dagster/input_data_version/...,
# dagster/input_event_pointer/...): Dagster's staleness reads them.
_PROVENANCE = {"dagster/code_version"}
_INPUT_PREFIX = "dagster/input_"


@dataclass(frozen=True)
class MigrationResult:
    """What one pass did to a collection; a second pass reports zeros except ``shards`` and ``shards_partly_done``,
    which say how things stand."""

    collection: str
    shards: int
    shards_registered: int  # keys added by this pass
    shards_marked_done: int  # runless dolma_documents materializations added by this pass
    shards_partly_done: int  # some groups with an output, no materialization: their runs convert the rest
    search_shards_marked_done: int  # runless materializations of the search assets, all three together
    old_keys_removed: int


def migrate_collection(
    instance: dg.DagsterInstance, registry: CollectionRegistry, spec: CollectionSpec, ocr: OcrEngineResource
) -> MigrationResult:
    """Register ``spec``'s shards, mark those whose groups are all converted (or all had search materializations) as
    materialized, and delete its page-group keys. ``ocr`` gives the prices the shards' cost estimates use."""
    spec = with_shard_size(registry, spec)
    workspace = spec.open_workspace()
    index = workspace.read_index()
    keys = shard_keys(spec, len(index))
    already = instance.get_existing_dynamic_partitions(shard_partitions.name, keys)
    register_shards(instance, keys)
    shards = {key: groups_of_shard(spec, index, number) for number, key in enumerate(keys)}

    done = workspace.done_group_ids()  # one listing of results/
    materialized = instance.get_materialized_partitions(DOLMA_DOCUMENTS)
    marked = partly = 0
    for key, groups in shards.items():
        converted = sum(group.group_id in done for group in groups)
        if key in materialized or not converted:
            continue
        if converted < len(groups):
            partly += 1
            continue
        metadata = shard_metadata(spec, groups, [], Usage(0.0, 0.0), ocr)  # every group "already done"
        _report(instance, DOLMA_DOCUMENTS, key, metadata, _old_keys(spec.name, groups))
        marked += 1

    search_marked = sum(_migrate_search_asset(instance, spec.name, shards, asset) for asset in SEARCH_ASSETS)
    return MigrationResult(
        collection=spec.name,
        shards=len(keys),
        shards_registered=len(keys) - len(already),
        shards_marked_done=marked,
        shards_partly_done=partly,
        search_shards_marked_done=search_marked,
        old_keys_removed=_delete_old_keys(instance, spec.name, index),
    )


def migrate_instance(
    instance: dg.DagsterInstance, registry: CollectionRegistry, ocr: OcrEngineResource
) -> list[MigrationResult]:
    """Every registered collection the instance knows, by its page-group keys or its collection key, in name order;
    then the page-group keys of collections no longer registered are deleted (nothing can convert them: they would
    only keep the page-groups sensor waiting for a migration)."""
    old_keys = instance.get_dynamic_partitions(page_group_partitions.name)
    names = {split_page_group_key(key)[0] for key in old_keys} | set(
        instance.get_dynamic_partitions(collection_partitions.name)
    )
    registered = sorted(name for name in names if is_registered(registry, name))
    results = [migrate_collection(instance, registry, registry.load(name), ocr) for name in registered]
    orphans: dict[str, list[str]] = {}
    for key in old_keys:
        collection = split_page_group_key(key)[0]
        if collection not in registered:
            orphans.setdefault(collection, []).append(key)
    for collection, keys in sorted(orphans.items()):
        for key in keys:
            instance.delete_dynamic_partition(page_group_partitions.name, key)
        results.append(MigrationResult(collection, 0, 0, 0, 0, 0, old_keys_removed=len(keys)))
    return results


def has_page_group_keys(instance: dg.DagsterInstance, collection: str, index: list[PageGroup]) -> bool:
    """Whether the collection still has page-group keys: one lookup, of its first group's key, which the migration
    deletes last (every planning before shards registered every group of the index)."""
    return bool(index) and instance.has_dynamic_partition(
        page_group_partitions.name, page_group_key(collection, index[0].group_id)
    )


def _migrate_search_asset(
    instance: dg.DagsterInstance, collection: str, shards: dict[str, list[PageGroup]], asset: dg.AssetKey
) -> int:
    """Mark the shards whose every group was materialized under its old key (the event log keeps old keys)."""
    materialized = instance.get_materialized_partitions(asset)
    marked = 0
    for key, groups in shards.items():
        if key not in materialized and all(page_group_key(collection, g.group_id) in materialized for g in groups):
            _report(instance, asset, key, {"groups": len(groups)}, _old_keys(collection, groups))
            marked += 1
    return marked


def _report(instance: dg.DagsterInstance, asset: dg.AssetKey, key: str, metadata: dict, old_keys: list[str]) -> None:
    instance.report_runless_asset_event(
        dg.AssetMaterialization(
            asset_key=asset,
            partition=key,
            tags=_provenance(instance, asset, old_keys),
            description="Converted before shards, under page-group partitions; carried over by olmocr-platform "
            "migrate-shards, nothing converted again.",
            metadata={**metadata, "migrated_from": MIGRATED_FROM},
        )
    )


def _provenance(instance: dg.DagsterInstance, asset: dg.AssetKey, old_keys: list[str]) -> dict[str, str]:
    """The code version and inputs the shard's groups were materialized with, from the stalest of their latest
    materializations (the oldest): the UI then shows the shard stale when any of its groups would be, for a new code
    version as for a run's. None known (outputs written outside Dagster): no provenance, as a materialization
    reported by hand."""
    latest: dict[str, dg.EventLogRecord] = {}
    cursor = None
    while True:  # newest first: a group's first record is its latest
        found = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=asset, asset_partitions=old_keys), limit=1000, cursor=cursor
        )
        for record in found.records:
            latest.setdefault(record.partition_key, record)
        if not found.has_more:
            break
        cursor = found.cursor
    if not latest:
        return {}
    oldest = min(latest.values(), key=lambda record: record.storage_id)
    tags = oldest.event_log_entry.tags or {}
    return {name: value for name, value in tags.items() if name in _PROVENANCE or name.startswith(_INPUT_PREFIX)}


def _old_keys(collection: str, groups: list[PageGroup]) -> list[str]:
    return [page_group_key(collection, group.group_id) for group in groups]


def _delete_old_keys(instance: dg.DagsterInstance, collection: str, index: list[PageGroup]) -> int:
    """Delete the collection's page-group keys, the first group's last (has_page_group_keys looks at it: a pass
    stopped halfway is finished by the next). Their materializations stay in the event log."""
    keys = _old_keys(collection, index)
    existing = instance.get_existing_dynamic_partitions(page_group_partitions.name, keys)
    for key in reversed(keys):
        if key in existing:
            instance.delete_dynamic_partition(page_group_partitions.name, key)
    return len(existing)
