"""Planning: a workspace's or a collection's PDFs cut into page groups, olmOCR's way.

Page counts are sampled to size the groups; a collection's plan adds only PDFs no group holds yet.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from olmocr_core.rendering import pdf
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceRouter
from olmocr_core.work.groups import (
    DEFAULT_MEAN_PAGES,
    DEFAULT_PAGES_PER_GROUP,
    PageGroup,
    items_per_group,
    plan_groups,
    sample_mean_pages,
)
from olmocr_core.work.manifests import mean_pages, read_manifest, record_page_counts, sample_page_counts
from olmocr_core.work.workspace import Workspace

log = logging.getLogger(__name__)


def count_pages(path: str, storage: Storage) -> int:
    with storage.local_copy(path) as local, pdf.open_document(local, name=path) as document:
        return pdf.page_count(document)


def plan_workspace(
    workspace: Workspace, paths: Sequence[str], sources: Storage, pages_per_group: int = DEFAULT_PAGES_PER_GROUP
) -> list[PageGroup]:
    """Add groups for the paths not yet in the workspace's index; return every group in it.

    Paths already planned keep their groups (and ids), as in olmOCR, so re-running never re-plans
    a PDF.
    """
    existing = workspace.read_index()
    planned = {path for group in existing for path in group.paths}
    new_paths = sorted(set(paths) - planned)
    if not new_paths:
        return existing
    mean_pages = sample_mean_pages(new_paths, lambda p: count_pages(p, sources))
    groups, new_groups = add_planned_groups(workspace, new_paths, items_per_group(mean_pages, pages_per_group))
    log.info(
        "planned %d new PDFs into %d groups (%.1f pages per PDF on average)",
        len(new_paths),
        len(new_groups),
        mean_pages,
    )
    return groups


def add_planned_groups(
    workspace: Workspace, paths: Sequence[str], pdfs_per_group: int
) -> tuple[list[PageGroup], list[PageGroup]]:
    """Append groups of ``pdfs_per_group`` for the ``paths`` the index lacks; (index after, groups added).

    One compare-and-swap on the index: a planner running at the same time keeps its groups, and a path it
    planned first stays in its group (never in two).
    """
    added: list[PageGroup] = []

    def change(current: list[PageGroup]) -> list[PageGroup]:
        planned = {path for group in current for path in group.paths}
        known = {group.group_id for group in current}
        added[:] = [g for g in plan_groups(set(paths) - planned, pdfs_per_group) if g.group_id not in known]
        return current + added

    return workspace.update_index(change), added


@dataclass(frozen=True)
class CollectionPlan:
    index: list[PageGroup]  # every group of the collection after planning
    new_groups: list[PageGroup]  # the groups this planner added
    unplanned: int  # PDFs of the manifest that were in no group when planning started
    mean_pages: float  # the sampled mean pages per PDF the new groups were cut with

    @property
    def pdfs_per_group(self) -> int:
        return max((len(group.paths) for group in self.new_groups), default=0)


def plan_collection(spec: CollectionSpec) -> CollectionPlan:
    """Plan the manifest's PDFs that are in no group yet into new groups of the collection's index.

    Safe to run while other planners and sensors update the same collection: page counts and groups
    are merged into the manifest and index as they are when written (compare-and-swap), so no row is lost
    and no PDF lands in two groups.
    """
    workspace = spec.open_workspace()
    manifest = read_manifest(spec, workspace.storage)
    existing = workspace.read_index()
    planned = {path for group in existing for path in group.paths}
    unplanned = manifest.filter(~pl.col("path").is_in(list(planned)))
    if unplanned.is_empty():  # nothing to plan: the index and manifest stay as they are
        return CollectionPlan(existing, [], 0, DEFAULT_MEAN_PAGES)
    # olmOCR's sample: the page counts of up to 100 of the PDFs being planned.
    router = SourceRouter(spec, unplanned)
    sampled = sample_page_counts(unplanned, lambda path: count_pages(path, router.storage(path)))
    record_page_counts(spec, workspace.storage, sampled)
    mean = mean_pages(sampled) or DEFAULT_MEAN_PAGES
    index, new_groups = add_planned_groups(
        workspace, unplanned["path"].to_list(), items_per_group(mean, spec.pages_per_group)
    )
    return CollectionPlan(index, new_groups, unplanned.height, mean)
