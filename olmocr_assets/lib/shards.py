"""A collection's shards in the Dagster instance: their keys registered as planning grows the index, and which of
them still hold groups to convert. The cut itself is olmocr_core.work.shards'."""

from dataclasses import replace

import dagster as dg
import sqlalchemy.exc

from olmocr_assets.lib.partitions import GROUPS_PER_SHARD, PARTITION_BATCH, shard_key, shard_partitions, split_shard_key
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.common.errors import OlmocrError
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.shards import shard_count, shard_groups

# The assets partitioned by shard; by key, since they are defined in other modules.
DOLMA_DOCUMENTS = dg.AssetKey("dolma_documents")


def with_shard_size(registry: CollectionRegistry, spec: CollectionSpec) -> CollectionSpec:
    """``spec`` with its shard size fixed: a collection without one (new, or registered before shards) takes the
    deployment's OLMOCR_GROUPS_PER_SHARD, saved in its spec so that its shards never renumber."""
    if spec.groups_per_shard is not None:
        return spec
    spec = replace(spec, groups_per_shard=GROUPS_PER_SHARD)
    registry.save(spec)
    return spec


def shard_keys(spec: CollectionSpec, groups: int) -> list[str]:
    """The keys of every shard of an index of ``groups`` groups."""
    size = _size(spec)
    return [shard_key(spec.name, number) for number in range(shard_count(groups, size))]


def groups_of_shard(spec: CollectionSpec, index: list[PageGroup], number: int) -> list[PageGroup]:
    return shard_groups(index, number, _size(spec))


def waiting_groups_by_shard(spec: CollectionSpec, index: list[PageGroup] | None = None) -> dict[int, int]:
    """Shard number -> groups without an output, for the shards that hold any (new, partly converted, or a tail that
    planning grew after it was converted), in order; from one listing of the workspace's results."""
    workspace = spec.open_workspace()
    index = workspace.read_index() if index is None else index
    done = workspace.done_group_ids()
    size = _size(spec)
    waiting = {
        number: sum(group.group_id not in done for group in shard_groups(index, number, size))
        for number in range(shard_count(len(index), size))
    }
    return {number: count for number, count in waiting.items() if count}


def register_shards(instance: dg.DagsterInstance, keys: list[str], tries: int = 5) -> None:
    """Add the keys not registered yet, in batches. A planner running at the same time may register some of the
    same keys between our read and our insert (a unique-key violation): read again and add the rest. Reads only
    these keys, not every collection's."""
    for attempt in range(tries):
        registered = set(instance.get_existing_dynamic_partitions(shard_partitions.name, keys))
        todo = [key for key in keys if key not in registered]
        try:
            for start in range(0, len(todo), PARTITION_BATCH):
                instance.add_dynamic_partitions(shard_partitions.name, todo[start : start + PARTITION_BATCH])
            return
        except sqlalchemy.exc.IntegrityError:
            if attempt == tries - 1:
                raise


def shards_of_run(
    context: dg.AssetExecutionContext, platform: PlatformResource
) -> list[tuple[str, CollectionSpec, list[PageGroup]]]:
    """The run's shards: key, collection, groups (for every asset partitioned by shard). Dagster's UI offers "Add a
    partition" for every dynamic partition set and it cannot be hidden: a key that no planning made (typed there) is
    removed again, and the run fails saying where shards come from."""
    registry = platform.registry()
    specs: dict[str, CollectionSpec | None] = {}
    indexes: dict[str, list[PageGroup]] = {}
    shards, unknown = [], []
    for key in context.partition_keys:
        try:
            collection, number = split_shard_key(key)
        except ValueError:
            unknown.append(key)
            continue
        if collection not in specs:
            known = is_registered(registry, collection) and registry.load(collection)
            specs[collection] = known if known and known.groups_per_shard is not None else None
            if specs[collection] is not None:
                indexes[collection] = specs[collection].open_workspace().read_index()
        spec = specs[collection]
        groups = groups_of_shard(spec, indexes[collection], number) if spec is not None else []
        if groups:
            shards.append((key, spec, groups))
        else:
            unknown.append(key)
    if unknown:
        for key in unknown:
            context.instance.delete_dynamic_partition(shard_partitions.name, key)
        raise dg.Failure(
            f"shards {unknown[:5]} were never planned, so they were removed: shards are not added by hand. They "
            "appear as partitions when a collection is planned: materialize page_groups for the collection (or "
            "launch the register_collection job for a new one)."
        )
    return shards


def is_registered(registry: CollectionRegistry, name: str) -> bool:
    try:
        return registry.exists(name)
    except OlmocrError:  # not even a valid collection name
        return False


def _size(spec: CollectionSpec) -> int:
    if spec.groups_per_shard is None:
        raise ValueError(f"collection {spec.name!r} has no shard size yet: plan it first (page_groups)")
    return spec.groups_per_shard
