"""A fixed-seed fuzz run: 200 mutants of the sample PDFs (byte flips, truncations, duplicated and deleted chunks,
a damaged xref) through what a worker does to every document: open and count (in this process, as the
pipeline does), render and read the text layer of its pages (in the render pool, under the per-page time
limit). Every mutant must end converted or as a typed error; nothing may crash or hang."""

from __future__ import annotations

import asyncio
import collections
import time
from pathlib import Path

import pytest

from olmocr_core.common.errors import InputError, OlmocrError
from olmocr_core.rendering import pdf
from olmocr_core.rendering.pool import RenderPool
from tests.support import bad_pdfs

MUTANTS = 200
SEEDS = ("digital", "multipage", "table", "rotated", "cropbox", "image_only")
PAGES_PER_MUTANT = 3  # the first pages: every mutation hits the one object table they all share
RENDER_TIMEOUT_S = 20.0


async def outcome(path: Path, pool: RenderPool) -> str:
    """'converted', 'page_error:<type>' (opened, a page failed with a typed error) or 'error:<kind>'."""
    try:
        with pdf.open_document(path) as document:
            pages = pdf.page_count(document)
    except InputError as exc:
        assert exc.source == str(path) and exc.reason  # names the file and says why
        return f"error:{exc.kind}"
    page_errors = set()
    for number in range(1, min(pages, PAGES_PER_MUTANT) + 1):
        for step in (pool.render_png(str(path), number, 1288), pool.page_text(str(path), number)):
            try:
                await step
            except OlmocrError as exc:  # anything else fails the test: an untyped error escaped
                page_errors.add(type(exc).__name__)
    return "converted" if not page_errors else "page_error:" + "+".join(sorted(page_errors))


@pytest.mark.timeout(120)
def test_mutated_pdfs_end_converted_or_as_typed_errors(sample_pdfs, tmp_path):
    folder = tmp_path / "mutants"
    folder.mkdir()
    mutants = bad_pdfs.mutants([sample_pdfs[name] for name in SEEDS], MUTANTS)
    paths = []
    for name, _, data in mutants:
        paths.append(folder / name)
        paths[-1].write_bytes(data)
    pool = RenderPool(2, render_timeout_s=RENDER_TIMEOUT_S)
    started = time.perf_counter()

    async def run_all() -> list[str]:
        return [await outcome(path, pool) for path in paths]

    try:
        outcomes = asyncio.run(run_all())
    finally:
        pool.close()
    seconds = time.perf_counter() - started
    by_mutation: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (_, mutation, _), result in zip(mutants, outcomes, strict=True):
        by_mutation[mutation][result] += 1
    totals = collections.Counter(outcomes)
    print(f"\n{MUTANTS} mutants in {seconds:.1f} s: {dict(totals)}")
    for mutation, counts in sorted(by_mutation.items()):
        print(f"  {mutation}: {dict(counts)}")
    assert sum(totals.values()) == MUTANTS
    # The corpus is fixed: some mutants survive (MuPDF repairs them), some do not; both paths were exercised.
    assert totals["converted"] > 0 and any(r.startswith("error:") for r in totals)
    assert {r.removeprefix("error:") for r in totals if r.startswith("error:")} <= {
        "corrupt",
        "not_a_pdf",
        "empty",
        "encrypted",
        "unreadable",
    }
    assert seconds < 60


def test_the_corpus_is_the_same_every_run(sample_pdfs):
    first = bad_pdfs.mutants([sample_pdfs["digital"]], 10)
    again = bad_pdfs.mutants([sample_pdfs["digital"]], 10)
    assert first == again
    assert {mutation for _, mutation, _ in first} == set(bad_pdfs.MUTATIONS)
    assert all(data != sample_pdfs["digital"].read_bytes() for _, _, data in first)
