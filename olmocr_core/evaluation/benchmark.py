"""Score an engine on an olmOCR-Bench folder: convert every tested page with the engine, run the tests.

A bench folder holds ``pdfs/`` (the documents, possibly in subfolders) and ``*.jsonl`` test files naming
them by their path under ``pdfs/``. Like olmOCR-Bench, every PDF without a baseline test gets one on its
first page (source "baseline"), so a blank or garbage conversion never scores full marks by passing only
"absent" tests.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from olmocr_core.common.aio import gather_or_cancel
from olmocr_core.engines.base import Engine, PageTask
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.open import open_engine
from olmocr_core.evaluation.bench_tests import (
    BaselineTest,
    BenchScore,
    BenchTest,
    InvalidBenchTest,
    load_bench_tests,
    score_pages,
)

PageKey = tuple[str, int]  # (pdf name under pdfs/, 1-based page)


@dataclass(frozen=True)
class BenchFolder:
    root: Path
    tests: tuple[BenchTest, ...]

    @property
    def pdf_dir(self) -> Path:
        return self.root / "pdfs"

    def pdf_path(self, name: str) -> Path:
        return self.pdf_dir / name

    @property
    def pages(self) -> list[PageKey]:
        """Every (pdf, page) some test is about, sorted."""
        return sorted({test.key for test in self.tests})


def load_bench_folder(bench_dir: str | Path) -> BenchFolder:
    """Read a bench folder's tests (every ``*.jsonl``, sorted by name) and check that each PDF they name is
    in ``pdfs/``. Adds olmOCR-Bench's default baseline tests. Raises InvalidBenchTest naming what is wrong."""
    root = Path(bench_dir)
    pdf_dir = root / "pdfs"
    if not pdf_dir.is_dir():
        raise InvalidBenchTest(f"{root}: not a bench folder (no pdfs/ folder)")
    files = sorted(root.glob("*.jsonl"))
    if not files:
        raise InvalidBenchTest(f"{root}: not a bench folder (no *.jsonl test files)")
    tests: list[BenchTest] = []
    for path in files:
        tests += load_bench_tests(path)
    repeated = sorted(test_id for test_id, count in Counter(test.id for test in tests).items() if count > 1)
    if repeated:
        raise InvalidBenchTest(f"{root}: test ids repeated across files: {', '.join(repeated[:5])}")
    for name in sorted({test.pdf for test in tests}):
        path = (pdf_dir / name).resolve()
        if not path.is_relative_to(pdf_dir.resolve()):
            raise InvalidBenchTest(f"{root}: test pdf {name!r} points outside pdfs/")
        if not path.is_file():
            raise InvalidBenchTest(f"{root}: tests name {name!r}, which is not in pdfs/")
    with_baseline = {test.pdf for test in tests if test.type == "baseline"}
    for name in sorted({test.pdf for test in tests} - with_baseline):
        tests.append(BaselineTest(pdf=name, page=1, id=f"{name}_baseline", type="baseline", source="baseline"))
    return BenchFolder(root, tuple(tests))


async def convert_pages(engine: Engine, folder: BenchFolder) -> dict[PageKey, str]:
    """Every tested page's markdown from ``engine`` (its text, empty for a blank page), pages concurrently:
    the engine bounds its own parallelism."""

    async def one(key: PageKey) -> tuple[PageKey, str]:
        pdf, page = key
        path = str(folder.pdf_path(pdf))
        result = await engine.process_page(PageTask(path=path, source=path, page_number=page))
        return key, result.text

    return dict(await gather_or_cancel(one(key) for key in folder.pages))


def evaluate_engine_on_bench(bench_dir: str | Path, engine_config: EngineConfig) -> BenchScore:
    """Open the engine ``engine_config`` describes, convert the bench's pages with it and score them."""
    folder = load_bench_folder(bench_dir)

    async def run() -> dict[PageKey, str]:
        async with open_engine(engine_config) as engine:
            return await convert_pages(engine, folder)

    return score_pages(folder.tests, asyncio.run(run()))
