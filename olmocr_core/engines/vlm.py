"""The ``vlm`` engine: olmOCR's page procedure against a chat backend.

Per page: render at ``target_longest_image_dim``, ask, validate; retry with the temperature
schedule; when the model says the rotation is wrong, retry with the image turned by the
cumulative correction; when the server has nothing waiting, fire a page's remaining attempts in
parallel and keep the first valid answer; after the last try fall back to the text layer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from olmocr_core.common.errors import ResponseParseError
from olmocr_core.engines.base import Completion, PageTask
from olmocr_core.engines.openai_client import RequestRejected
from olmocr_core.engines.vllm_server import ManagedVllmServer
from olmocr_core.formats.prompts import (
    DEFAULT_MAX_TOKENS,
    SERVED_MODEL_NAME,
    TARGET_LONGEST_IMAGE_DIM,
    TEMPERATURES,
    build_chat_request,
)
from olmocr_core.formats.response import PageResponse, PageResult, parse_page_response
from olmocr_core.rendering.pool import RenderPool

log = logging.getLogger(__name__)

DEFAULT_MAX_CONTEXT_TOKENS = 16384


class ChatBackend(Protocol):
    async def chat(self, body: dict) -> Completion: ...

    async def until_ready(self) -> None: ...

    async def close(self) -> None: ...


@dataclass(frozen=True)
class VlmSettings:
    model: str = SERVED_MODEL_NAME  # the name the server serves the model under
    max_page_retries: int = 8
    target_longest_image_dim: int = TARGET_LONGEST_IMAGE_DIM
    guided_decoding: bool = False
    max_tokens: int = DEFAULT_MAX_TOKENS
    max_context_tokens: int = DEFAULT_MAX_CONTEXT_TOKENS


@dataclass
class _Answer:
    response: PageResponse
    completion: Completion
    valid: bool  # finished with "stop" and within the context

    @property
    def accepted(self) -> bool:
        return self.valid and self.response.is_rotation_valid


@dataclass
class _PageLog:
    """What one page cost over all its attempts."""

    attempts: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    last_error: str | None = None
    images: dict[int, bytes] = field(default_factory=dict)  # rotation -> PNG, rendered once each


class _Unrenderable(Exception):
    """The page cannot be rendered: no attempt can succeed, so it falls back at once."""


class VlmEngine:
    def __init__(
        self,
        backend: ChatBackend,
        renderer: RenderPool,
        settings: VlmSettings = VlmSettings(),
        *,
        lineage: dict[str, str] | None = None,
        server_idle: Callable[[], bool] = lambda: False,
        name: str = "vlm",
        managed_server: ManagedVllmServer | None = None,
    ):
        self.name = name  # "hf" when the backend is the model in this process
        self.managed_server = managed_server  # the vLLM server this worker started, if it did
        self.backend = backend
        self.renderer = renderer
        self.settings = settings
        self._lineage = {"engine": self.name, "model": settings.model, **(lineage or {})}
        # True when the server has no request waiting: spare capacity for parallel retries.
        self._server_idle = server_idle

    def lineage(self) -> dict[str, str]:
        return dict(self._lineage)

    async def until_ready(self) -> None:
        """Wait for the server to load. Pages need not: their requests wait, rendered, on their own."""
        await self.backend.until_ready()

    async def process_page(self, task: PageTask) -> PageResult:
        start = time.perf_counter()
        page = _PageLog()
        try:
            answer = await self._retry(task, page)
        except _Unrenderable as exc:
            page.last_error = f"render failed: {exc}"
            answer = None
        if answer is None:
            return await self._fallback(task, page, start)
        return PageResult(
            page_number=task.page_number,
            response=answer.response,
            engine=self.name,
            attempts=page.attempts,
            input_tokens=answer.completion.prompt_tokens,
            output_tokens=answer.completion.completion_tokens,
            tokens_spent_in=page.input_tokens,
            tokens_spent_out=page.output_tokens,
            seconds=time.perf_counter() - start,
        )

    async def _retry(self, task: PageTask, page: _PageLog) -> _Answer | None:
        """olmOCR's attempt schedule; returns the accepted answer, or the last valid one, or None."""
        rotation = 0
        last_valid: _Answer | None = None
        attempts = list(range(self.settings.max_page_retries))
        for index, attempt in enumerate(attempts):
            answer = await self._attempt(task, page, attempt, rotation)
            if answer is None:
                remaining = attempts[index + 1 :]
                if remaining and self._server_idle():
                    parallel = await self._first_accepted(task, page, remaining, rotation)
                    return parallel or last_valid
                continue
            if answer.valid:
                last_valid = answer
            if answer.accepted:
                return answer
            if not answer.response.is_rotation_valid:
                # The model needs to see the corrected image before it can answer again: sequential.
                rotation = (rotation + answer.response.rotation_correction) % 360
                continue
            remaining = attempts[index + 1 :]
            if remaining and self._server_idle():
                parallel = await self._first_accepted(task, page, remaining, rotation)
                return parallel or last_valid
        return last_valid

    async def _first_accepted(
        self, task: PageTask, page: _PageLog, attempts: list[int], rotation: int
    ) -> _Answer | None:
        tasks = [asyncio.create_task(self._attempt(task, page, a, rotation)) for a in attempts]
        best: _Answer | None = None
        try:
            for next_done in asyncio.as_completed(tasks):
                answer = await next_done
                if answer is not None and answer.accepted:
                    return answer
                if answer is not None and answer.valid:
                    best = answer
            return best
        finally:
            for pending in tasks:
                pending.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _attempt(self, task: PageTask, page: _PageLog, attempt: int, rotation: int) -> _Answer | None:
        """One request. None when the answer is unusable (rejected or unparseable)."""
        png = await self._image(task, page, rotation)
        body = build_chat_request(
            png,
            model=self.settings.model,
            temperature=TEMPERATURES[min(attempt, len(TEMPERATURES) - 1)],
            max_tokens=self.settings.max_tokens,
            guided_decoding=self.settings.guided_decoding,
        )
        page.attempts += 1
        try:
            completion = await self.backend.chat(body)
        except RequestRejected as exc:
            page.last_error = str(exc)
            return None
        page.input_tokens += completion.prompt_tokens
        page.output_tokens += completion.completion_tokens
        try:
            response = parse_page_response(completion.text)
        except ResponseParseError as exc:
            page.last_error = f"attempt {attempt}: {exc}"
            return None
        too_long = completion.prompt_tokens + completion.completion_tokens > self.settings.max_context_tokens
        valid = completion.finish_reason == "stop" and not too_long
        if not valid:
            page.last_error = (
                f"attempt {attempt}: finish_reason={completion.finish_reason}, tokens over context={too_long}"
            )
        return _Answer(response, completion, valid)

    async def _image(self, task: PageTask, page: _PageLog, rotation: int) -> bytes:
        if rotation not in page.images:
            try:
                page.images[rotation] = await self.renderer.render_png(
                    task.path, task.page_number, self.settings.target_longest_image_dim, rotation
                )
            except Exception as exc:  # MuPDF raises many types; any of them means this page cannot render
                raise _Unrenderable(f"{type(exc).__name__}: {exc}") from exc
        return page.images[rotation]

    async def _fallback(self, task: PageTask, page: _PageLog, start: float) -> PageResult:
        try:
            text = (await self.renderer.page_text(task.path, task.page_number)).strip()
        except Exception as exc:  # the page is broken beyond its text layer too: keep it, empty
            text = ""
            page.last_error = f"{page.last_error}; text layer failed: {exc}"
        log.warning("%s page %d fell back to its text layer: %s", task.source, task.page_number, page.last_error)
        return PageResult(
            page_number=task.page_number,
            response=PageResponse(None, True, 0, False, False, text or None),
            engine=self.name,
            attempts=page.attempts,
            tokens_spent_in=page.input_tokens,
            tokens_spent_out=page.output_tokens,
            seconds=time.perf_counter() - start,
            is_fallback=True,
            error=page.last_error,
        )

    async def close(self) -> None:
        await self.backend.close()
