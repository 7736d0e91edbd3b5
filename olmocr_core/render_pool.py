"""Page rendering on a bounded pool of worker processes, created once per worker.

MuPDF holds the GIL while it renders, so threads would serialise; processes let rendering use
every core while the event loop keeps the model server fed with requests.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from olmocr_core import pdf

T = TypeVar("T")


def available_cpus() -> int:
    """CPUs this process may use: its affinity, capped by a cgroup CPU quota (a pod's CPU limit), not
    the node's core count (a 192-core GPU node would otherwise get 192 render processes)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        quota, period = open("/sys/fs/cgroup/cpu.max").read().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


class RenderPool:
    def __init__(self, workers: int | None = None):
        self.workers = workers or available_cpus()
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn: the parent runs an event loop and threads, which fork would copy mid-flight.
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    async def render_png(self, path: str, page_number: int, target_longest_image_dim: int, rotation: int = 0) -> bytes:
        return await self._run(pdf.render_page_file, path, page_number, target_longest_image_dim, rotation)

    async def page_text(self, path: str, page_number: int) -> str:
        return await self._run(pdf.page_text_file, path, page_number)

    async def _run(self, function: Callable[..., T], *args: Any) -> T:
        """Run in a worker; a worker that died (a native crash in MuPDF) breaks the whole pool, which is
        then replaced and the call tried once more, so one poisonous page cannot stop every later one."""
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            pool = self._pool
            try:
                return await loop.run_in_executor(pool, function, *args)
            except BrokenProcessPool:
                if attempt == 2:
                    raise
                if self._pool is pool:  # the first caller to notice replaces it; the others reuse that
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool()
        raise AssertionError("unreachable")

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
