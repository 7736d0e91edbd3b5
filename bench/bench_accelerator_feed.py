"""Keeping an accelerator fed: our worker and olmOCR's pipeline against one simulated GPU, as a fraction of
its capacity.

    .venv/bin/python bench/bench_accelerator_feed.py [--capacities 2 5 10] [--seconds 30] [--no-write]

For each capacity (standard pages per second the simulated GPU finishes when saturated; bench/sim_gpu_server.py)
both pipelines convert the same real PDFs (copies of ../shared/pdfs and samples/, enough for ``--seconds`` of
GPU work) through ``--server``, each against a fresh simulator. Steady state: the GPU's mean utilisation
between the moments 10 % and 90 % of the run's work was done (the simulator's work curve): every page costs
the same GPU time, so this is pages/s as a fraction of capacity, without the start-up and the drain. End to
end: pages / the client's whole wall time (process start, planning, first pages, drain) / capacity.
Both run with their defaults except the page-group size (smaller than the default 500 so that group
boundaries fall inside the measured window). Every run's output is checked: all pages written.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import bench_render
from results import machine, publish
from sim_gpu_server import GpuModel, SimServerProcess, steady_fraction
from sim_runs import (
    MachineShare,
    make_corpus,
    olmocr_command,
    others_note,
    our_worker_command,
    output_pages,
    run_client,
    scratch_folder,
)

HEADING = "## Keeping an accelerator fed (simulated GPU)"
GOAL = 0.97
# A run needs well over the simulator's 64 saturating sequences in flight to be able to fill the GPU at all
# (a real page group has 500 pages): a run of 60 pages could at best use 60/64 of it.
MIN_PAGES = 150
# A GPU this fast never waits on itself: the client alone sets the pace (its feed rate).
CLIENT_BOUND_CAPACITY = 1000.0
# name: (label, command, environment)
PIPELINES = {
    "ours": ("ours: `olmocr-worker --server`", our_worker_command, {}),
    "olmocr": ("olmOCR 0.4.27 `olmocr.pipeline --server`", olmocr_command, {}),
    # olmOCR renders cpu_count - 2 pages at a time (1 here); its BEAKER_ASSIGNED_CPU_COUNT overrides that.
    "olmocr-2": (
        "olmOCR 0.4.27, 2 renders at a time (`BEAKER_ASSIGNED_CPU_COUNT=2`)",
        olmocr_command,
        {"BEAKER_ASSIGNED_CPU_COUNT": "2"},
    ),
}


@dataclass
class FeedResult:
    pipeline: str
    capacity: float
    pages: int
    first_request_s: float  # client start to its first request reaching the GPU
    steady: float  # fraction of capacity
    end_to_end: float
    cpu_per_page: float

    def row(self) -> str:
        c = self.capacity
        return (
            f"| {PIPELINES[self.pipeline][0]} | {c:g} | {self.pages} | {self.first_request_s:.1f} | "
            f"{self.steady * c:.2f} | {self.steady:.1%} | {self.end_to_end * c:.2f} | {self.end_to_end:.1%} | "
            f"{self.cpu_per_page * 1000:.0f} |"
        )


def measure(
    pipeline: str, capacity: float, listing: Path, pages: int, scratch: Path, pages_per_group: int
) -> FeedResult:
    workspace = scratch / f"{pipeline}-{capacity:g}"
    _, command, env = PIPELINES[pipeline]
    with SimServerProcess(GpuModel(capacity=capacity)) as server:
        log = scratch / f"{workspace.name}.log"
        run = run_client(command(listing, workspace, server.v1, pages_per_group), log, env)
        stats = server.stats(timeline=True)
    written = output_pages(workspace)
    if written != pages or stats["completed"] != pages:
        raise RuntimeError(
            f"{pipeline} at {capacity:g} pages/s: {written} pages written, {stats['completed']} answered, of {pages}"
        )
    return FeedResult(
        pipeline,
        capacity,
        pages,
        first_request_s=stats["first_arrival"] - run.started,
        steady=steady_fraction(stats["timeline"]),
        end_to_end=pages / capacity / run.seconds,
        cpu_per_page=run.cpu_seconds / pages,
    )


def report(
    results: list[FeedResult], feed_limit: FeedResult | None, seconds: float, pages_per_group: int, others: str
) -> str:
    ours = {r.capacity: r for r in results if r.pipeline == "ours"}
    worst = min(r.steady for r in ours.values())
    never_below = all(ours[r.capacity].steady >= r.steady for r in results if r.capacity in ours)
    limit = ""
    if feed_limit is not None:
        rate = feed_limit.steady * feed_limit.capacity
        limit = (
            f" Against a GPU of {feed_limit.capacity:g} pages/s (never the limit) ours fed {rate:.0f} pages/s "
            f"({feed_limit.pages} pages): {rate / max(ours):.1f}x the top capacity above, with "
            f"{feed_limit.cpu_per_page * 1000:.0f} ms of client CPU per page."
        )
    model = GpuModel()
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}. One simulated GPU per run, on the same 2 cores as the client.",
            "",
            f"Simulated GPU (bench/sim_gpu_server.py): a page is {model.prompt_tokens:,} prompt and {model.answer_tokens} "
            f"answer tokens; {model.prefill_share:.0%} of its GPU time is prefill; at most {model.max_num_seqs} sequences "
            f"run, the rest wait; a decoding sequence uses at most 1/{model.saturating_seqs} of the GPU, so it takes "
            f"{model.saturating_seqs} in flight to saturate it. Each run: copies of the real PDFs (../shared/pdfs and "
            f"samples/) for about {seconds:g} s of GPU work and at least {MIN_PAGES} pages, page groups of {pages_per_group} pages, both pipelines at "
            "their defaults otherwise (ours: 2 groups in flight, a render process per core; olmOCR: 20 workers, one "
            "render at a time on a 2-core machine, as its `cpu_count - 2` rule gives). Steady: mean GPU utilisation while "
            "the middle 80 % of the run's work was done (= pages/s over capacity, every page costing the same). End to "
            "end: pages / the client's wall time, start-up and drain included. Every page was answered and written.",
            "",
            "| pipeline | capacity pages/s | pages | first request after s | steady pages/s | steady % of capacity | "
            "end-to-end pages/s | end-to-end % | client CPU ms/page |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            *(r.row() for r in results),
            "",
            f"Ours, steady: at least {worst:.1%} of capacity at every capacity, which "
            f"{'meets' if worst >= GOAL else 'misses'} the {GOAL:.0%} goal; "
            f"{'never' if never_below else 'sometimes'} below olmOCR.{limit} {others}",
            "",
            "Run: `.venv/bin/python bench/bench_accelerator_feed.py`.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--capacities", type=float, nargs="+", default=[2, 5, 10])
    parser.add_argument("--seconds", type=float, default=30, help="GPU-seconds of work per run (default: %(default)s)")
    parser.add_argument("--pages-per-group", type=int, default=100)
    parser.add_argument(
        "--pipelines", nargs="+", choices=PIPELINES, default=["ours", "olmocr"], help="also: olmocr-2 (2 renders)"
    )
    parser.add_argument("--no-feed-limit", action="store_true", help="skip the run that measures our feed rate")
    parser.add_argument("--scratch", help="keep the PDFs, workspaces and client logs in this folder")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if any(PIPELINES[pipeline][1] is olmocr_command for pipeline in args.pipelines):
        bench_render.ensure_olmocr()
    share = MachineShare()
    results = []
    with scratch_folder(args.scratch, "bench-feed-") as scratch:
        for capacity in args.capacities:
            wanted = max(round(capacity * args.seconds), MIN_PAGES)
            listing, pages = make_corpus(Path(scratch) / f"pdfs-{capacity:g}", wanted)
            for pipeline in args.pipelines:
                results.append(measure(pipeline, capacity, listing, pages, Path(scratch), args.pages_per_group))
                print(results[-1].row(), flush=True)
        feed_limit = None
        if "ours" in args.pipelines and not args.no_feed_limit:
            listing, pages = make_corpus(Path(scratch) / "pdfs-limit", 300)
            feed_limit = measure("ours", CLIENT_BOUND_CAPACITY, listing, pages, Path(scratch), args.pages_per_group)
    section = report(results, feed_limit, args.seconds, args.pages_per_group, others_note(share))
    publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
