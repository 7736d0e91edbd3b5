"""Dolma output: bytes per page as JSONL, gzip and zstd, and how fast each is encoded and written.

    .venv/bin/python bench/bench_output.py [--pdfs ../shared/pdfs] [--repeats 50] [--no-write]

The documents are real and distinct (the shared PDFs converted by the cpu engine: repeating documents
would let zstd's long window compress the copies away). Sizes come from one encode; speeds from
``repeats`` encodes and writes. Writing is olmocr_core's atomic local write (temp file, fsync, rename);
the physical limit beside it is a plain write of the same bytes to the same disk.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench_cpu_engine import page_tasks
from results import SHARED_PDFS, machine, publish

from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.formats.dolma import build_dolma_document
from olmocr_core.formats.jsonl import encode_jsonl
from olmocr_core.storage.facade import Storage

HEADING = "## Output (Dolma JSONL)"
SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst")


async def real_documents(pdf_dir: Path) -> list[dict]:
    tasks = page_tasks(pdf_dir)
    engine = CpuEngine()
    try:
        results = await asyncio.gather(*(engine.process_page(t) for t in tasks))
    finally:
        await engine.close()
    by_source: dict[str, list] = {}
    for task, result in zip(tasks, results, strict=True):
        by_source.setdefault(task.source, []).append(result)
    documents = [build_dolma_document(source, pages, lineage=engine.lineage()) for source, pages in by_source.items()]
    return [d for d in documents if d is not None]


def timed(function, repeats: int) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        function()
    return (time.perf_counter() - started) / repeats


def plain_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:  # the disk's own speed for the same bytes
        handle.write(data)


def measure(documents: list[dict], directory: Path, repeats: int) -> list[dict]:
    pages = sum(d["metadata"]["pdf-total-pages"] for d in documents)
    storage, rows = Storage(), []
    for suffix in SUFFIXES:
        data = encode_jsonl(documents, suffix)
        target, plain = str(directory / f"output{suffix}"), directory / f"plain{suffix}"
        rows.append(
            {
                "format": suffix,
                "bytes_per_page": len(data) / pages,
                "encode_pages_s": pages / timed(lambda: encode_jsonl(documents, suffix), repeats),  # noqa: B023
                "write_pages_s": pages / timed(lambda: storage.write_bytes(target, data), repeats),  # noqa: B023
                "plain_write_pages_s": pages / timed(lambda: plain_write(plain, data), repeats),  # noqa: B023
            }
        )
    return rows


def report(rows: list[dict], documents: int, pages: int, repeats: int) -> str:
    lines = [
        "| format | bytes per page | encode pages/s | atomic write pages/s | plain write pages/s (limit) |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(
            f"| `{r['format']}` | {r['bytes_per_page']:,.0f} | {r['encode_pages_s']:,.0f} | "
            f"{r['write_pages_s']:,.0f} | {r['plain_write_pages_s']:,.0f} |"
            for r in rows
        ),
    ]
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}.",
            "",
            f"{documents:,} real Dolma documents ({pages:,} pages: the shared PDFs through the cpu engine); speeds "
            f"are the mean of {repeats} encodes or writes.",
            "",
            *lines,
            "",
            "Run: `.venv/bin/python bench/bench_output.py`.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdfs", type=Path, default=SHARED_PDFS)
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    documents = asyncio.run(real_documents(args.pdfs))
    pages = sum(d["metadata"]["pdf-total-pages"] for d in documents)
    with tempfile.TemporaryDirectory() as directory:
        rows = measure(documents, Path(directory), args.repeats)
    section = report(rows, len(documents), pages, args.repeats)
    publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
