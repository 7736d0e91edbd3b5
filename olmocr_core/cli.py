"""``olmocr-worker``: convert PDFs to Dolma documents in a workspace (local folder or s3://).

Arguments the worker does not know are passed to the vLLM server it starts (as olmOCR does).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import time
from collections.abc import Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from olmocr_core.engines.base import PageResult
from olmocr_core.engines.factory import ENGINES, EngineConfig, engine_config_from_options, open_engine
from olmocr_core.errors import OlmocrError
from olmocr_core.groups import DEFAULT_PAGES_PER_GROUP
from olmocr_core.pipeline import DEFAULT_MAX_PAGE_ERROR_RATE, GroupOptions, GroupReport
from olmocr_core.prompts import DEFAULT_MODEL, TARGET_LONGEST_IMAGE_DIM
from olmocr_core.render_pool import DEFAULT_RENDER_TIMEOUT_S
from olmocr_core.sources import expand_sources
from olmocr_core.storage import Storage
from olmocr_core.vllm_server import DEFAULT_MAX_MODEL_LEN, ManagedVllmServer
from olmocr_core.worker import plan_workspace, run_groups
from olmocr_core.workspace import Workspace


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="olmocr-worker", description=__doc__)
    add_input_arguments(parser)
    parser.add_argument("--workers", type=int, default=2, help="page groups in flight at once (default: %(default)s)")
    add_engine_arguments(parser)
    return parser


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """PDFs, workspace and output flags, shared by olmocr-worker and olmocr-platform run."""
    add = parser.add_argument
    add(
        "pdfs",
        nargs="+",
        metavar="PDFS",
        help="local paths, directories, globs, s3:// prefixes or globs, or .txt files listing paths",
    )
    add("--workspace", required=True, help="local folder or s3:// prefix for the index, results and reports")
    add("--workspace-profile", help="AWS profile for the workspace")
    add("--pdf-profile", help="AWS profile for the PDF sources")
    add(
        "--pages-per-group",
        type=int,
        default=DEFAULT_PAGES_PER_GROUP,
        help="aim for this many pages per group (default: %(default)s)",
    )
    add(
        "--max-page-error-rate",
        type=float,
        default=DEFAULT_MAX_PAGE_ERROR_RATE,
        help="drop a document whose fallback pages exceed this fraction (default: %(default)s)",
    )
    add("--markdown", action="store_true", help="also write each document's text to markdown/ in the workspace")
    add(
        "--output-format",
        choices=("jsonl", "jsonl.gz", "jsonl.zst"),
        default="jsonl",
        help="Dolma output compression (default: %(default)s, like olmOCR)",
    )
    add("--quiet", action="store_true", help="no progress bar")


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """The engine and managed-server flags, shared by olmocr-worker and olmocr-platform run.

    Their names are the option names ``engine_config_from_options`` and ``OcrEngineResource`` use.
    """
    engine = parser.add_argument_group("engine")
    add = engine.add_argument
    add(
        "--engine",
        choices=ENGINES,
        help="vlm: an OpenAI-compatible server (--server, or a vLLM server started for --model); hf: the model in this process with transformers; cpu: PyMuPDF layout markdown + OCR. Default: vlm with --server, else cpu",
    )
    add("--server", help="base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:30024/v1")
    add("--api-key", help="API key for a hosted endpoint")
    add(
        "--model",
        help=f"with --server: the model name it serves (default: olmocr); otherwise the model to load: a local folder, a hub id or s3:// (default: {DEFAULT_MODEL})",
    )
    add(
        "--released-model",
        metavar="NAME",
        help="a model released by the platform (the released_model asset), by name: its folder comes from the "
        "model registry ($OLMOCR_PLATFORM_ROOT/models) and every document's lineage names it; replaces --model",
    )
    add(
        "--max-page-retries",
        type=int,
        default=8,
        help="attempts per page before it falls back to its text layer (default: %(default)s)",
    )
    add(
        "--target-longest-image-dim",
        type=int,
        default=TARGET_LONGEST_IMAGE_DIM,
        help="longest side of the rendered page in pixels (default: %(default)s)",
    )
    add("--guided-decoding", action="store_true", help="ask the server to enforce the front-matter format")
    add(
        "--max-concurrent-requests",
        type=int,
        default=512,
        help="requests in flight to the server (default: %(default)s)",
    )
    add(
        "--max-request-tries",
        type=int,
        default=10,
        help="tries per request on connection errors and 5xx, with exponential backoff, before the run fails (default: %(default)s)",
    )
    add("--request-timeout", type=float, default=600.0, help="seconds one request may take (default: %(default)s)")
    add(
        "--server-startup-timeout",
        type=float,
        default=600.0,
        help="seconds the server may take to load: the managed server until it is ready, --server until it first "
        "answers (a server started beside this worker). Pages are rendered meanwhile (default: %(default)s)",
    )
    add(
        "--render-workers",
        type=int,
        help="processes rendering pages (cpu engine: converting pages); default: one per core",
    )
    add(
        "--render-timeout",
        type=float,
        default=DEFAULT_RENDER_TIMEOUT_S,
        help="seconds one page may take to render (cpu engine: to convert); a page over it is stopped and falls back, 0: no limit (default: %(default)s)",
    )

    vllm = parser.add_argument_group("managed vLLM server (--engine vlm without --server)")
    add = vllm.add_argument
    add(
        "--server-host",
        default="127.0.0.1",
        help="address the managed server listens on; it has no authentication, so only change it on a private network (default: %(default)s)",
    )
    add("--gpu-memory-utilization", type=float, help="fraction of GPU memory vLLM may use")
    add(
        "--max-model-len",
        type=int,
        default=DEFAULT_MAX_MODEL_LEN,
        help="context length vLLM allocates for (default: %(default)s)",
    )
    add("--tensor-parallel-size", "-tp", type=int, default=1, help="GPUs per model replica (default: %(default)s)")
    add("--data-parallel-size", "-dp", type=int, default=1, help="model replicas (default: %(default)s)")
    add(
        "--server-max-restarts",
        type=int,
        default=5,
        help="restarts of a server that dies before the run fails (default: %(default)s)",
    )
    add(
        "--server-log-dir",
        help="folder for the server's log (default: logs/ in a local workspace, else a temporary folder)",
    )


def engine_config(args: argparse.Namespace, vllm_args: Sequence[str]) -> EngineConfig:
    options = {**vars(args), "vllm_args": vllm_args}
    options["server_log_dir"] = args.server_log_dir or _local_log_dir(args.workspace)
    return engine_config_from_options(options)


def _local_log_dir(workspace: str) -> str | None:
    return None if workspace.startswith("s3://") else f"{workspace.rstrip('/')}/logs"


async def run(args: argparse.Namespace, vllm_args: Sequence[str], console: Console) -> list[GroupReport]:
    sources = Storage(profile=args.pdf_profile)
    workspace = Workspace(
        args.workspace, Storage(profile=args.workspace_profile), output_suffix="." + args.output_format
    )
    paths = await asyncio.to_thread(expand_sources, args.pdfs, sources)
    groups = await asyncio.to_thread(plan_workspace, workspace, paths, sources, args.pages_per_group)
    todo = [g for g in groups if not workspace.is_done(g.group_id)]
    console.print(
        f"{len(paths)} PDFs in {len(groups)} groups; {len(groups) - len(todo)} already done, {len(todo)} to do"
    )
    if not todo:
        return []
    options = GroupOptions(max_page_error_rate=args.max_page_error_rate, markdown=args.markdown)
    async with open_engine(engine_config(args, vllm_args)) as engine:
        with _progress(console, args.quiet) as progress:
            pages = progress.add_task("pages", total=None, server="")
            groups_done = progress.add_task("groups", total=len(todo), server="")
            server = getattr(engine, "managed_server", None)
            meter = ServerMeter(server) if server is not None else None

            def on_page(page: PageResult) -> None:
                progress.update(pages, advance=1, server=meter.line() if meter else "")

            return await run_groups(
                todo,
                engine,
                workspace,
                sources,
                options,
                on_page=on_page,
                on_group=lambda report: progress.advance(groups_done),
                concurrent_groups=args.workers,
            )


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


async def _run_until_signalled(
    args: argparse.Namespace, vllm_args: Sequence[str], console: Console
) -> list[GroupReport]:
    """SIGTERM (a pod being stopped) cancels the run, so the engine and its server shut down cleanly."""
    task = asyncio.current_task()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await run(args, vllm_args, console)


def _progress(console: Console, quiet: bool) -> Progress:
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
        "errors",
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
            str(len(r.errors)),
            f"{r.input_tokens:,}",
            f"{r.output_tokens:,}",
            f"{r.seconds:.1f}",
            f"{r.pages_per_second:.2f}",
        )
    return table


def _width(stream) -> int | None:
    """Logs and pipes get full lines; rich would otherwise cut them at 80 columns."""
    return None if stream.isatty() else 200


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, vllm_args = parser.parse_known_args(argv)
    if vllm_args and (args.server or (args.engine or "cpu") != "vlm"):
        parser.error(
            f"unrecognized arguments: {' '.join(vllm_args)} (extra arguments go to a managed vLLM server only)"
        )
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    console = Console(stderr=True, width=_width(sys.stderr))
    try:
        reports = asyncio.run(_run_until_signalled(args, vllm_args, console))
    except OlmocrError as exc:
        console.print(f"[red]olmocr-worker failed:[/red] {exc}")
        return 1
    except (asyncio.CancelledError, KeyboardInterrupt):
        console.print(
            "[yellow]olmocr-worker stopped; finished groups are written, the rest will be done next run[/yellow]"
        )
        return 130
    Console(width=_width(sys.stdout)).print(summary_table(reports))
    for report in reports:
        for error in report.errors:
            console.print(f"[yellow]{error.source}[/yellow]: {error.kind}: {error.reason}")
        for dropped in report.dropped:
            console.print(f"[yellow]{dropped['source']}[/yellow]: dropped: {dropped['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
