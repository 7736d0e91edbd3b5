"""``olmocr-worker``: convert PDFs to Dolma documents in a workspace (local folder or s3://)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from olmocr_core.engines.base import Engine
from olmocr_core.errors import OlmocrError
from olmocr_core.groups import DEFAULT_PAGES_PER_GROUP
from olmocr_core.pipeline import DEFAULT_MAX_PAGE_ERROR_RATE, GroupOptions, GroupReport
from olmocr_core.prompts import SERVED_MODEL_NAME, TARGET_LONGEST_IMAGE_DIM
from olmocr_core.sources import expand_sources
from olmocr_core.storage import Storage
from olmocr_core.worker import plan_workspace, run_groups
from olmocr_core.workspace import Workspace

log = logging.getLogger("olmocr_core")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="olmocr-worker", description=__doc__)
    parser.add_argument(
        "pdfs",
        nargs="+",
        metavar="PDFS",
        help="local paths, directories, globs, s3:// prefixes or globs, or .txt files listing paths",
    )
    parser.add_argument(
        "--workspace", required=True, help="local folder or s3:// prefix for the index, results and reports"
    )
    parser.add_argument(
        "--engine",
        choices=("vlm", "cpu"),
        help="vlm: an OpenAI-compatible server (--server); cpu: PyMuPDF layout markdown + OCR. Default: vlm with --server, else cpu",
    )
    parser.add_argument("--server", help="base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:30024/v1")
    parser.add_argument("--api-key", help="API key for a hosted endpoint")
    parser.add_argument(
        "--model", default=SERVED_MODEL_NAME, help="model name the server serves (default: %(default)s)"
    )
    parser.add_argument(
        "--pages-per-group",
        type=int,
        default=DEFAULT_PAGES_PER_GROUP,
        help="aim for this many pages per group (default: %(default)s)",
    )
    parser.add_argument(
        "--max-page-retries",
        type=int,
        default=8,
        help="attempts per page before it falls back to its text layer (default: %(default)s)",
    )
    parser.add_argument(
        "--max-page-error-rate",
        type=float,
        default=DEFAULT_MAX_PAGE_ERROR_RATE,
        help="drop a document whose fallback pages exceed this fraction (default: %(default)s)",
    )
    parser.add_argument(
        "--target-longest-image-dim",
        type=int,
        default=TARGET_LONGEST_IMAGE_DIM,
        help="longest side of the rendered page in pixels (default: %(default)s)",
    )
    parser.add_argument(
        "--guided-decoding", action="store_true", help="ask the server to enforce the front-matter format"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="also write each document's text to markdown/ in the workspace"
    )
    parser.add_argument(
        "--max-concurrent-requests",
        type=int,
        default=512,
        help="requests in flight to the server (default: %(default)s)",
    )
    parser.add_argument(
        "--max-request-tries",
        type=int,
        default=10,
        help="tries per request on connection errors and 5xx, with exponential backoff, before the run fails (default: %(default)s)",
    )
    parser.add_argument(
        "--request-timeout", type=float, default=600.0, help="seconds one request may take (default: %(default)s)"
    )
    parser.add_argument("--workers", type=int, default=2, help="page groups in flight at once (default: %(default)s)")
    parser.add_argument(
        "--render-workers",
        type=int,
        default=None,
        help="processes rendering pages (cpu engine: converting pages); default: one per core",
    )
    parser.add_argument(
        "--output-format",
        choices=("jsonl", "jsonl.gz", "jsonl.zst"),
        default="jsonl",
        help="Dolma output compression (default: %(default)s, like olmOCR)",
    )
    parser.add_argument("--workspace-profile", help="AWS profile for the workspace")
    parser.add_argument("--pdf-profile", help="AWS profile for the PDF sources")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def build_engine(args: argparse.Namespace) -> Engine:
    engine = args.engine or ("vlm" if args.server else "cpu")
    if engine == "cpu":
        from olmocr_core.engines.cpu import CpuEngine

        return CpuEngine(workers=args.render_workers)
    if not args.server:
        raise OlmocrError("--engine vlm needs --server URL (an OpenAI-compatible server such as vLLM)")
    from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient
    from olmocr_core.engines.vlm import VlmEngine, VlmSettings
    from olmocr_core.render_pool import RenderPool

    client = OpenAiClient(
        args.server,
        api_key=args.api_key,
        settings=ClientSettings(
            max_in_flight=args.max_concurrent_requests,
            max_tries=args.max_request_tries,
            request_timeout_s=args.request_timeout,
        ),
    )
    settings = VlmSettings(
        model=args.model,
        max_page_retries=args.max_page_retries,
        target_longest_image_dim=args.target_longest_image_dim,
        guided_decoding=args.guided_decoding,
    )
    return VlmEngine(client, RenderPool(args.render_workers), settings, lineage={"server": args.server})


async def run(args: argparse.Namespace, console: Console) -> list[GroupReport]:
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
    engine = build_engine(args)
    try:
        with _progress(console, args.quiet) as progress:
            pages = progress.add_task("pages", total=None)
            groups_task = progress.add_task("groups", total=len(todo))
            return await run_groups(
                todo,
                engine,
                workspace,
                sources,
                options,
                on_page=lambda page: progress.advance(pages),
                on_group=lambda report: progress.advance(groups_task),
                concurrent_groups=args.workers,
            )
    finally:
        await engine.close()


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(show_speed=True),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
    )


def summary_table(reports: Sequence[GroupReport]) -> Table:
    table = Table(title="olmocr-worker summary")
    for column in (
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
    ):
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
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    console = Console(stderr=True, width=_width(sys.stderr))
    try:
        reports = asyncio.run(run(args, console))
    except OlmocrError as exc:
        console.print(f"[red]olmocr-worker failed:[/red] {exc}")
        return 1
    Console(width=_width(sys.stdout)).print(summary_table(reports))
    for report in reports:
        for error in report.errors:
            console.print(f"[yellow]{error.source}[/yellow]: {error.kind}: {error.reason}")
        for dropped in report.dropped:
            console.print(f"[yellow]{dropped['source']}[/yellow]: dropped: {dropped['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
