"""bench/bench_route.py's own parts: scoring against labels, the mixed collection, the cost measurement."""

from __future__ import annotations

import sys

import pymupdf

from tests.support import route_pages
from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))

import bench_route  # noqa: E402


def test_scores_count_misroutes_against_the_labels(tmp_path):
    pages = route_pages.write_set(tmp_path, seed=1, per_kind=1)
    row, misses = bench_route.scores(pages)
    assert row == {"pages": 10, "vlm": 8, "precision": 1.0, "recall": 1.0} and misses == []
    # The two text pages labelled as needing the VLM: the router sends neither there.
    wrong = [route_pages.LabelledPage(p.path, 1, p.kind, not p.needs_vlm) for p in pages[:2]]
    row, misses = bench_route.scores(wrong)
    assert row["recall"] == 0.0 and len(misses) == 2


def test_the_mixed_collection_is_seventy_percent_text_plus_the_shared_pdfs(tmp_path):
    listing, pages = bench_route.mixed_collection(tmp_path, reports=1)
    paths = listing.read_text().split()
    with pymupdf.open(paths[0]) as report:
        assert report.page_count == 10
    shared = sum(pymupdf.open(p).page_count for p in paths[1:])
    assert pages == 10 + shared and len(paths) == 1 + len(list(bench_route.SHARED_PDFS.glob("*.pdf")))


def test_costs_measure_each_page(tmp_path):
    pages = route_pages.write_set(tmp_path, seed=1, per_kind=1)[:3]
    router_ms, render_ms = bench_route.costs(pages)
    assert len(router_ms) == len(render_ms) == 3 and all(ms > 0 for ms in router_ms + render_ms)
