"""Names a user registers in a run (a collection, a training dataset): a run that fails to register its
partition's name removes the partition again, so no made-up or mistyped key stays behind in the UI."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import dagster as dg


@contextmanager
def forget_partition_unless_registered(
    context: dg.AssetExecutionContext, partitions_def: dg.DynamicPartitionsDefinition, registered: Callable[[], bool]
) -> Iterator[None]:
    """On an error in the block, delete the run's partition of ``partitions_def`` unless ``registered()``
    says its name is registered (then the partition is real, and only this run failed)."""
    try:
        yield
    except BaseException:
        if not registered():
            context.log.info(f"{context.partition_key!r} is not registered: its partition is removed")
            context.instance.delete_dynamic_partition(partitions_def.name, context.partition_key)
        raise
