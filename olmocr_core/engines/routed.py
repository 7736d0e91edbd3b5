"""``--route auto``: each page goes to the engine the page router chooses; a doubtful CPU result goes to the VLM.

The page's features are read in a render process (which keeps the document open for the render that may
follow), so routing costs the event loop nothing. A document may mix engines page by page; VLM pages keep the
VLM engine's retries and fallback as they are.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from olmocr_core.common.errors import InputError
from olmocr_core.engines.base import Engine, PageTask
from olmocr_core.formats.response import PageResult
from olmocr_core.rendering.pool import RenderPool
from olmocr_core.routing.features import PageFeatures, page_features_file
from olmocr_core.routing.router import VLM, Route, guard_result, route_page

log = logging.getLogger(__name__)


class RoutedEngine:
    name = "auto"

    def __init__(self, cpu: Engine, vlm: Engine, renderer: RenderPool):
        self.cpu = cpu
        self.vlm = vlm
        self.renderer = renderer
        self.managed_server = getattr(vlm, "managed_server", None)  # the progress bar's server meter

    def lineage(self) -> dict[str, str]:
        cpu = self.cpu.lineage()
        return {**self.vlm.lineage(), "route": "auto", "cpu_model": cpu.get("model", ""), "cpu_engine": cpu["engine"]}

    async def process_page(self, task: PageTask) -> PageResult:
        features = await self._features(task)
        route = route_page(features) if features else Route(VLM, "page features unreadable")
        if route.engine == VLM:
            return replace(await self.vlm.process_page(task), route_reason=route.reason)
        result = await self.cpu.process_page(task)
        doubt = guard_result(features, result.text, result.is_fallback)
        if doubt is None:
            return replace(result, route_reason=route.reason)
        log.info("%s page %d: sent to the VLM: %s", task.source, task.page_number, doubt)
        again = await self.vlm.process_page(task)
        return replace(again, route_reason=f"{route.reason}; sent back to the VLM: {doubt}", sent_back=True)

    async def _features(self, task: PageTask) -> PageFeatures | None:
        try:
            return await self.renderer.call(
                f"{task.source}: page {task.page_number} features", page_features_file, task.path, task.page_number
            )
        except InputError:
            raise
        except Exception as exc:  # the VLM then: it renders, or falls back to the text layer, on its own
            log.warning("%s page %d: features unreadable: %s", task.source, task.page_number, exc)
            return None

    async def close(self) -> None:
        await asyncio.gather(self.cpu.close(), self.vlm.close())
