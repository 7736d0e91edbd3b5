"""Page rendering on a bounded pool of worker processes, created once per worker.

MuPDF holds the GIL while it renders, so threads would serialise; processes let rendering use
every core while the event loop keeps the model server fed with requests.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from olmocr_core import pdf


class RenderPool:
    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        # spawn: the parent runs an event loop and threads, which fork would copy mid-flight.
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    async def render_png(self, path: str, page_number: int, target_longest_image_dim: int, rotation: int = 0) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._pool, pdf.render_page_file, path, page_number, target_longest_image_dim, rotation
        )

    async def page_text(self, path: str, page_number: int) -> str:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, pdf.page_text_file, path, page_number)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
