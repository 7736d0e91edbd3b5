"""bench/bench_route.py's own parts: scoring against labels, the mixed collection, the cost measurement."""

from __future__ import annotations

import argparse
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


def test_the_simulated_gpu_table_puts_olmocr_beside_both_routes():
    args = argparse.Namespace(reports=1, capacity=5.0)
    runs = {
        "vlm": {"seconds": 4.0, "gpu_work_s": 2.0, "requests": 10, "engines": {"vlm": 10}, "sent_back": 0},
        "auto": {"seconds": 5.0, "gpu_work_s": 0.8, "requests": 4, "engines": {"vlm": 4, "cpu": 6}, "sent_back": 1},
        "olmocr": {"seconds": 6.0, "gpu_work_s": 2.2, "requests": 11, "engines": None, "sent_back": None},
    }
    section = bench_route.report(args, [1.0], [2.0], {}, runs, pages=10)
    assert f"| {bench_route.OLMOCR} | 11 | — | — | — | 220 | 6.0 | 1.10x |" in section
    assert "| `--route auto` | 4 | 6 | 0 | 1 | 80 | 5.0 | 0.40x |" in section
    assert "0.36x olmOCR's, measured in the same run, which meets the goal" in section
