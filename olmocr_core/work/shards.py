"""Shards: a collection's page groups cut into fixed runs of its index, the unit of work and of Dagster partitions.

A collection's index (``work_index_list.csv.zstd``) is append-only: planning adds groups at its end and a group's
position never changes. Shard ``k`` of a collection is the groups at positions ``[k*S, (k+1)*S)``, where ``S`` is the
collection's ``groups_per_shard``, fixed when its first shard is made (changing it would renumber every shard). Only
the last shard (the tail) can grow, when planning appends groups.

One shard is one run and one model load: 48 groups of 500 pages keep an H100 busy for about 1.5 hours at olmOCR's
4.53 pages/s, so a 2-minute load costs about 2 %, and 2 million groups (a billion pages) are 41,667 shards: under
Dagster's guidance of 100,000 partitions per asset (docs/partition-grain.md has the measurements).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from olmocr_core.common.errors import OlmocrError
from olmocr_core.work.groups import PageGroup

DEFAULT_GROUPS_PER_SHARD = 48
_SHARD_NAME = re.compile(r"s(\d{6,})")


def shard_name(number: int) -> str:
    """``s000123``: zero-padded so that names sort in index order."""
    if number < 0:
        raise OlmocrError(f"shard number {number} is negative")
    return f"s{number:06d}"


def shard_number(name: str) -> int:
    match = _SHARD_NAME.fullmatch(name)
    if match is None:
        raise OlmocrError(f"{name!r} is not a shard name (s followed by at least six digits, as s000123)")
    return int(match.group(1))


def check_groups_per_shard(size: int) -> int:
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise OlmocrError(f"groups_per_shard={size!r}: give a whole number of page groups, at least 1")
    return size


def shard_count(groups: int, size: int) -> int:
    """Shards of an index of ``groups`` groups (the tail shard counts even when it is not full)."""
    return -(-groups // check_groups_per_shard(size))


def shard_groups(index: Sequence[PageGroup], number: int, size: int) -> list[PageGroup]:
    """The groups of shard ``number``: empty when the index has no such shard yet."""
    start = number * check_groups_per_shard(size)
    return list(index[start : start + size])


def grown_tail(old_groups: int, new_groups: int, size: int) -> int | None:
    """The shard that planning grew from ``old_groups`` to ``new_groups`` groups: the old tail shard when it was
    not full and gained groups (what was true of it, "every group done", may no longer be); else None."""
    if new_groups <= old_groups or old_groups % check_groups_per_shard(size) == 0:
        return None
    return old_groups // size
