"""What olmocr-worker shows on the console: the progress bar, live server throughput, the summary table."""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from olmocr_core.engines.vllm_server import ManagedVllmServer
from olmocr_core.work.pipeline import GroupReport


class ServerMeter:
    """Live server throughput from its Prometheus counters (not from scraping its log)."""

    def __init__(self, server: ManagedVllmServer):
        self.server = server
        self._last = (time.monotonic(), server.metrics.generation_tokens)
        self._rate = 0.0

    def line(self) -> str:
        now, tokens = time.monotonic(), self.server.metrics.generation_tokens
        if now - self._last[0] >= 1.0:
            self._rate = (tokens - self._last[1]) / (now - self._last[0])
            self._last = (now, tokens)
        m = self.server.metrics
        return f"server: {m.running:.0f} running, {m.waiting:.0f} waiting, {self._rate:,.0f} tokens/s"


def progress_bar(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(show_speed=True),
        TimeElapsedColumn(),
        TextColumn("{task.fields[server]}"),
        console=console,
        disable=quiet,
    )


def summary_table(reports: Sequence[GroupReport]) -> Table:
    table = Table(title="olmocr-worker summary")
    columns = (
        "group",
        "documents",
        "pages",
        "fallback",
        "dropped",
        "filtered",
        "errors",
        "cpu pages",
        "sent back",
        "tokens in",
        "tokens out",
        "seconds",
        "pages/s",
    )
    for column in columns:
        table.add_column(column, justify="left" if column == "group" else "right")
    for r in reports:
        table.add_row(
            r.group_id[:12] + (" (kept other worker's)" if r.already_done else ""),
            str(r.documents),
            str(r.pages),
            str(r.fallback_pages),
            str(len(r.dropped)),
            str(len(r.filtered)),
            str(len(r.errors)),
            str(r.pages_by_engine.get("cpu", 0)),
            str(r.sent_back_pages),
            f"{r.input_tokens:,}",
            f"{r.output_tokens:,}",
            f"{r.seconds:.1f}",
            f"{r.pages_per_second:.2f}",
        )
    return table


def console_width(stream) -> int | None:
    """Logs and pipes get full lines; rich would otherwise cut them at 80 columns."""
    return None if stream.isatty() else 200
