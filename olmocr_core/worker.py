"""The worker: plan a workspace's page groups, then convert every group not yet done.

Expensive things (engine, model server, render pool) are created once by the caller and reused
for every group.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

import polars as pl

from olmocr_core import pdf
from olmocr_core.aio import gather_or_cancel
from olmocr_core.collection import CollectionSpec, SourceRouter, read_manifest
from olmocr_core.engines.base import Engine, PageResult
from olmocr_core.engines.factory import EngineConfig, open_engine
from olmocr_core.groups import DEFAULT_PAGES_PER_GROUP, PageGroup, items_per_group, plan_groups, sample_mean_pages
from olmocr_core.pipeline import GroupOptions, GroupReport, SourceFetcher, process_group
from olmocr_core.storage import Storage
from olmocr_core.workspace import Workspace

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
    new_groups = plan_groups(new_paths, items_per_group(mean_pages, pages_per_group))
    log.info(
        "planned %d new PDFs into %d groups (%.1f pages per PDF on average)",
        len(new_paths),
        len(new_groups),
        mean_pages,
    )
    known = {group.group_id for group in existing}
    groups = existing + [group for group in new_groups if group.group_id not in known]
    workspace.write_index(groups)
    return groups


async def run_groups(
    groups: Sequence[PageGroup],
    engine: Engine,
    workspace: Workspace,
    sources: SourceFetcher,
    options: GroupOptions = GroupOptions(),
    on_page: Callable[[PageResult], None] = lambda page: None,
    on_group: Callable[[GroupReport], None] = lambda report: None,
    concurrent_groups: int = 2,
) -> list[GroupReport]:
    """Convert the groups whose output does not exist yet, ``concurrent_groups`` at a time.

    More than one group in flight lets the next group's pages fill the server while the last slow
    pages of a group finish (olmOCR's ``--workers``).
    """
    slots = asyncio.Semaphore(max(1, concurrent_groups))
    reports: list[GroupReport] = []

    async def one(group: PageGroup) -> None:
        async with slots:
            if await asyncio.to_thread(workspace.is_done, group.group_id):
                return
            report = await process_group(group, engine, workspace, sources, options, on_page)
            on_group(report)
            reports.append(report)

    await gather_or_cancel(one(group) for group in groups)
    return reports


async def convert_collection_groups(
    spec: CollectionSpec,
    groups: Sequence[PageGroup],
    engine_config: EngineConfig,
    options: GroupOptions,
    *,
    concurrent_groups: int = 2,
    log: Callable[[str], None] = log.info,
    on_group: Callable[[GroupReport], None] = lambda report: None,
) -> list[GroupReport]:
    """A collection's groups not yet done, with one engine, each PDF fetched with its source's credentials.

    Done groups are skipped before the engine starts, so a retried run whose groups are all written
    loads no model.
    """
    workspace = spec.open_workspace()
    todo = [group for group in groups if not await asyncio.to_thread(workspace.is_done, group.group_id)]
    if done_before := len(groups) - len(todo):
        log(f"{done_before} of {len(groups)} page groups were already done; their outputs stand")
    if not todo:
        return []
    paths = [path for group in todo for path in group.paths]
    manifest = read_manifest(spec, workspace.storage).filter(pl.col("path").is_in(paths))
    log(f"collection {spec.name!r}: {len(todo)} page groups to convert, {len(paths)} PDFs")
    started = time.perf_counter()
    async with open_engine(engine_config) as engine:
        log(f"engine {engine_config.kind} ready in {time.perf_counter() - started:.1f} s: {engine.lineage()}")
        return await run_groups(
            todo,
            engine,
            workspace,
            SourceRouter(spec, manifest),
            options,
            on_group=on_group,
            concurrent_groups=concurrent_groups,
        )
