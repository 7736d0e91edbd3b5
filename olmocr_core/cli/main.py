"""``olmocr-worker``: convert PDFs to Dolma documents in a workspace (local folder or s3://).

Arguments the worker does not know are passed to the vLLM server it starts (as olmOCR does).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence

from rich.console import Console

from olmocr_core.cli.console import ServerMeter, console_width, progress_bar, summary_table
from olmocr_core.cli.flags import add_engine_arguments, add_input_arguments, engine_config, group_options
from olmocr_core.common.errors import OlmocrError
from olmocr_core.engines.open import open_engine
from olmocr_core.formats.response import PageResult
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.sources import expand_sources
from olmocr_core.work.pipeline import GroupReport
from olmocr_core.work.planning import plan_workspace
from olmocr_core.work.worker import run_groups
from olmocr_core.work.workspace import Workspace


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="olmocr-worker", description=__doc__)
    add_input_arguments(parser)
    parser.add_argument("--workers", type=int, default=2, help="page groups in flight at once (default: %(default)s)")
    add_engine_arguments(parser)
    return parser


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
    options = group_options(args)
    async with open_engine(engine_config(args, vllm_args)) as engine:
        with progress_bar(console, args.quiet) as progress:
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


async def _run_until_signalled(
    args: argparse.Namespace, vllm_args: Sequence[str], console: Console
) -> list[GroupReport]:
    """SIGTERM (a pod being stopped) cancels the run, so the engine and its server shut down cleanly."""
    task = asyncio.current_task()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await run(args, vllm_args, console)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, vllm_args = parser.parse_known_args(argv)
    if vllm_args and (args.server or (args.engine or "cpu") != "vlm"):
        parser.error(
            f"unrecognized arguments: {' '.join(vllm_args)} (extra arguments go to a managed vLLM server only)"
        )
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    console = Console(stderr=True, width=console_width(sys.stderr))
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
    Console(width=console_width(sys.stdout)).print(summary_table(reports))
    for report in reports:
        for error in report.errors:
            console.print(f"[yellow]{error.source}[/yellow]: {error.kind}: {error.reason}")
        for dropped in report.dropped:
            console.print(f"[yellow]{dropped['source']}[/yellow]: dropped: {dropped['reason']}")
        for filtered in report.filtered:
            console.print(f"[yellow]{filtered['source']}[/yellow]: filtered out: {filtered['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
