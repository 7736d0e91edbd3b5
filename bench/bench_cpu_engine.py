"""The embedded default across cores: the cpu engine with 1 and with 2 worker processes.

    .venv/bin/python bench/bench_cpu_engine.py [--passes 2] [--pdfs ../shared/pdfs] [--no-write]

Every page of the PDFs, all in flight at once (as a page group is), through one CpuEngine per worker
count. Workers start and load their models before the clock starts (they do so once per worker), so the
table compares conversion throughput. Goal: 2 workers at least 1.8x 1 worker on this 2-core machine.
Also prints the physical limit: 2 workers can at most double 1.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from results import SHARED_PDFS, machine, publish

from olmocr_core.engines.base import PageTask
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.rendering import pdf

HEADING = "## The embedded default across cores (cpu engine)"
GOAL = 1.8


def page_tasks(pdf_dir: Path) -> list[PageTask]:
    tasks = []
    for path in sorted(pdf_dir.glob("*.pdf")):
        with pdf.open_document(path) as document:
            tasks += [PageTask(str(path), str(path), n) for n in range(1, document.page_count + 1)]
    return tasks


async def convert_all(engine: CpuEngine, tasks: list[PageTask]) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(engine.process_page(t) for t in tasks))
    return time.perf_counter() - started


async def measure(workers: int, tasks: list[PageTask], passes: int) -> float:
    """Best pages/s over ``passes`` timed passes, after a warm-up pass that starts every worker."""
    engine = CpuEngine(workers=workers)
    try:
        await convert_all(engine, tasks)  # warm-up: workers start and load their models once
        seconds = [await convert_all(engine, tasks) for _ in range(passes)]
        return len(tasks) / min(seconds)
    finally:
        await engine.close()


def report(rates: dict[int, float], pages: int, passes: int) -> str:
    speedup = rates[2] / rates[1]
    rows = [
        "| workers | pages/s | seconds per page | speedup | physical limit |",
        "| ---: | ---: | ---: | ---: | ---: |",
        *(f"| {w} | {r:.2f} | {1 / r:.2f} | {r / rates[1]:.2f}x | {w:.1f}x |" for w, r in rates.items()),
    ]
    verdict = "meets" if speedup >= GOAL else "misses"
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}.",
            "",
            f"{pages} pages (every page of the shared real PDFs, two of them scans that go through RapidOCR), all "
            f"in flight at once; best of {passes} passes after a warm-up pass that starts the workers.",
            "",
            *rows,
            "",
            f"2 workers: {speedup:.2f}x one worker, which {verdict} the {GOAL}x goal.",
            "",
            "Run: `.venv/bin/python bench/bench_cpu_engine.py`.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--pdfs", type=Path, default=SHARED_PDFS)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    tasks = page_tasks(args.pdfs)
    rates = {workers: asyncio.run(measure(workers, tasks, args.passes)) for workers in (1, 2)}
    section = report(rates, len(tasks), args.passes)
    publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
