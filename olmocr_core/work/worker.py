"""The worker: convert every planned page group not yet done, several at once, with one engine.

Expensive things (engine, model server, render pool) are created once and reused for every group.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence

import polars as pl

from olmocr_core.common.aio import gather_or_cancel
from olmocr_core.engines.base import Engine
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.open import open_engine
from olmocr_core.formats.response import PageResult
from olmocr_core.work.collections import CollectionSpec, SourceRouter
from olmocr_core.work.groups import (
    PageGroup,
)
from olmocr_core.work.manifests import read_manifest
from olmocr_core.work.pipeline import GroupOptions, GroupReport, SourceFetcher, process_group
from olmocr_core.work.workspace import Workspace

log = logging.getLogger(__name__)


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
        # A model server may still be loading: pages render meanwhile and their requests wait for it.
        log(f"engine {engine_config.kind} started in {time.perf_counter() - started:.1f} s: {engine.lineage()}")
        return await run_groups(
            todo,
            engine,
            workspace,
            SourceRouter(spec, manifest),
            options,
            on_group=on_group,
            concurrent_groups=concurrent_groups,
        )
