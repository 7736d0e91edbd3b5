"""Page groups: olmOCR's plan of PDFs into work items of about ``pages_per_group`` pages.

Same inputs, same group ids as olmOCR: sorted paths cut into groups of
``max(1, int(pages_per_group / mean_pages))`` PDFs, id = sha1 of the sorted paths concatenated.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from olmocr_core.common.errors import OlmocrError

DEFAULT_PAGES_PER_GROUP = 500
PAGE_COUNT_SAMPLE_SIZE = 100
# olmOCR's guess when no sampled PDF could be counted.
DEFAULT_MEAN_PAGES = 10.0


@dataclass(frozen=True)
class PageGroup:
    group_id: str
    paths: tuple[str, ...]


def group_id(paths: Iterable[str]) -> str:
    sha1 = hashlib.sha1()
    for path in sorted(paths):
        sha1.update(path.encode("utf-8"))
    return sha1.hexdigest()


def sample_mean_pages(
    paths: Sequence[str],
    count_pages: Callable[[str], int],
    *,
    sample_size: int = PAGE_COUNT_SAMPLE_SIZE,
    seed: int = 0,
) -> float:
    """Mean page count over a sample of min(sample_size, N) PDFs; unreadable ones are left out.

    A seeded sample keeps plans reproducible; when N <= sample_size every PDF is counted, which is
    exactly olmOCR's result.
    """
    if not paths:
        return DEFAULT_MEAN_PAGES
    sample = random.Random(seed).sample(list(paths), min(sample_size, len(paths)))
    counts = []
    for path in sample:
        try:
            counts.append(count_pages(path))
        except OlmocrError:  # a bad or vanished PDF must not stop planning; it becomes a per-document error later
            continue
    counts = [c for c in counts if c > 0]
    return sum(counts) / len(counts) if counts else DEFAULT_MEAN_PAGES


def items_per_group(mean_pages: float, pages_per_group: int = DEFAULT_PAGES_PER_GROUP) -> int:
    return max(1, int(pages_per_group / mean_pages))


def plan_groups(new_paths: Iterable[str], pdfs_per_group: int) -> list[PageGroup]:
    """Cut the sorted, de-duplicated paths into groups of ``pdfs_per_group``."""
    ordered = sorted(set(new_paths))
    groups = []
    for start in range(0, len(ordered), pdfs_per_group):
        chunk = tuple(ordered[start : start + pdfs_per_group])
        groups.append(PageGroup(group_id(chunk), chunk))
    return groups
