"""The engine interface: one page in, one PageResult out.

Engines are created once per worker process and reused for every group (they hold
connection pools, loaded models, process pools). ``close()`` releases them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from olmocr_core.formats.response import PageResult


@dataclass(frozen=True)
class Completion:
    """One answer from a chat-completion backend (HTTP server or in-process model)."""

    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class PageTask:
    """A page to convert: a local file path (sources are fetched before processing)."""

    path: str  # local path of the PDF/image
    source: str  # the source path as the user named it (s3://..., /data/a.pdf)
    page_number: int  # 1-based


class Engine(Protocol):
    name: str  # "vlm", "cpu", "hf"

    def lineage(self) -> dict[str, str]:
        """engine, model name, model checksum/revision when known: stored in every document."""
        ...

    async def process_page(self, task: PageTask) -> PageResult:
        """Convert one page. Never raises for a bad model answer: falls back instead."""
        ...

    async def close(self) -> None: ...
