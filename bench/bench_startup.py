"""Startup amortization: a backfill of 20 page groups in one olmocr-worker process (one server load) against
a simulated GPU that takes minutes to load; the fraction of accelerator time spent generating.

    .venv/bin/python bench/bench_startup.py [--quick] [--scale 10] [--load-delay 120] [--no-write]

The scenario, in real GPU time: a server that loads for ``--load-delay`` seconds (vLLM loading a 7B model:
weights, compilation, CUDA graphs), then ``--groups`` groups of ``--pages-per-group`` pages on a GPU doing
``--capacity`` pages/s (olmOCR-2 on an H100: 4.53). The whole scenario takes 40 minutes, so the benchmark
runs it ``--scale`` times smaller (pages per group and load delay both divided: the same ratio of loading to
generating, and the same GPU) and ``--speedup`` times faster (capacity multiplied, load divided); ``--quick``
also runs it 2.5x faster. The worker's own start-up and drain do not shrink with the scale, so the scaled run
is harder on us than the real one.

Accelerator time is held from the server's start to the worker's exit: the load, the wait for the worker
(it starts once /health answers, as a worker waits for the vLLM server it starts), the run, and the worker
writing its last group. Generating is the simulator's GPU work (its utilisation integrated: a GPU kept
half busy counts half). The naive schedule, one server start per group, is computed from the same
measurements: every group pays the load and the worker's start-up; the generation is the same.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from pathlib import Path

from results import machine, publish
from sim_gpu_server import GpuModel, SimServerProcess
from sim_runs import (
    MachineShare,
    exact_groups,
    make_corpus,
    others_note,
    our_worker_command,
    output_pages,
    run_client,
    scratch_folder,
)

from olmocr_assets.ocr.assets import GROUPS_PER_RUN

HEADING = "## Startup amortization (simulated GPU with a load time)"
GOAL = 0.95


@dataclass
class Timeline:
    """One backfill on the accelerator's clock, in seconds."""

    load: float  # server start to serving
    wait: float  # serving to the worker's first request (health poll, worker start-up, planning)
    run: float  # first request to last answer
    tail: float  # last answer to the worker's exit (its last output written)
    work: float  # GPU-seconds of generation (utilisation integrated)
    busy: float  # seconds with at least one request on the GPU
    pages: int
    groups: int

    @property
    def held(self) -> float:
        return self.load + self.wait + self.run + self.tail

    @property
    def fraction(self) -> float:
        return self.work / self.held

    @property
    def bound(self) -> float:
        """The best any client could do: generating from the moment the load ends to the last page."""
        return self.work / (self.load + self.work)

    @property
    def naive_held(self) -> float:
        """One server start per group: every group pays the load and the worker's start-up."""
        return self.groups * (self.load + self.wait) + self.run + self.tail

    def at_full_size(self, scale: float, speedup: float, groups: int) -> Timeline:
        """``groups`` groups, each ``scale`` times this run's pages, on a GPU ``speedup`` times slower, behind a
        load as much longer: generation and load grow; the GPU's idle time in the run grows with the number of
        groups (it comes at group boundaries); the worker's start-up and exit stay as measured."""
        factor = scale * speedup  # GPU-seconds at full size per real second measured
        work = self.work / self.groups * factor * groups
        idle = (self.run - self.work) * groups / self.groups
        pages = round(self.pages / self.groups * scale * groups)
        return Timeline(self.load * factor, self.wait, work + idle, self.tail, work, work + idle, pages, groups)


def backfill(model: GpuModel, groups: int, pages_per_group: int, scratch: Path) -> Timeline:
    listing, pages = make_corpus(scratch / "pdfs", groups * pages_per_group)
    workspace = scratch / "workspace"
    exact_groups(listing, workspace, groups)
    with SimServerProcess(model) as server:
        server.wait_ready()
        run = run_client(
            our_worker_command(listing, workspace, server.v1, pages_per_group), scratch / "olmocr-worker.log"
        )
        stats = server.stats()
    written = output_pages(workspace)
    outputs = len(list((workspace / "results").glob("*.jsonl")))
    if written != pages or outputs != groups:
        raise RuntimeError(f"{written} of {pages} pages written, {outputs} of {groups} group outputs")
    return Timeline(
        load=stats["ready_at"] - stats["started_at"],
        wait=stats["first_arrival"] - stats["ready_at"],
        run=stats["last_completion"] - stats["first_arrival"],
        tail=run.ended - stats["last_completion"],
        work=stats["work_seconds"],
        busy=stats["busy_seconds"],
        pages=pages,
        groups=groups,
    )


def report(measured: Timeline, args: argparse.Namespace, others: str) -> str:
    def row(name: str, t: Timeline) -> str:
        return (
            f"| {name} | {t.groups} x {t.pages / t.groups:.0f} | {t.load:.1f} | {t.wait:.1f} | {t.run:.1f} | "
            f"{t.tail:.1f} | {t.work:.1f} | {t.fraction:.1%} | {t.bound:.1%} | {t.work / t.naive_held:.1%} |"
        )

    verdict = "meets" if measured.fraction >= GOAL else "misses"
    factor = args.scale * args.speedup
    full_size = [
        (f"full size, {args.groups} groups", args.groups),
        (f"full size, {GROUPS_PER_RUN} groups (one `olmocr-platform` run)", GROUPS_PER_RUN),
        ("full size, 50 groups", 50),
    ]
    full = measured.at_full_size(args.scale, args.speedup, args.groups)
    groups_needed = math.ceil(GOAL / (1 - GOAL) * full.load / (full.work / full.groups))
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}.",
            "",
            f"Scenario: a server that loads for {args.load_delay:g} s, then {args.groups} page groups of "
            f"{args.pages_per_group} pages on a GPU doing {args.capacity:g} pages/s (olmOCR-2 on an H100), through "
            f"one `olmocr-worker --server` process at its defaults (one server load for the whole backfill). "
            f"Measured {args.scale:g}x smaller (pages per group and load both divided, so loading and generating keep "
            f"their ratio) and {args.speedup:g}x faster (capacity times, load divided), copies of the real PDFs; "
            "the worker starts when /health answers. Seconds are on the simulated GPU's clock "
            "(real seconds in the measured row). Generating: the simulator's GPU work, its utilisation integrated "
            "(a half-busy GPU counts half). Bound: the best any client could do with this load and this work. "
            "Naive: one server start per group, computed from the same measurements (each group pays the load and "
            "the worker's start-up; a lower bound on its time). Every page was answered and written.",
            "",
            "| backfill | groups x pages | load s | wait for worker s | run s | worker exit s | generating s | "
            "fraction generating | bound | naive: one load per group |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            row("measured (scaled; real seconds)", measured),
            *(
                row(f"computed: {label}", measured.at_full_size(args.scale, args.speedup, groups))
                for label, groups in full_size
            ),
            "",
            f"Measured: {measured.fraction:.1%} of accelerator time generating, which {verdict} the {GOAL:.0%} goal; "
            f"the bound for this load and this work is {measured.bound:.1%}, so no client could meet it here. Ours "
            f"loses {measured.bound - measured.fraction:.1%} to the bound: its start-up after the server is ready "
            f"({measured.wait:.1f} s), the GPU's idle moments while it ran (busy {measured.work / measured.run:.1%} of "
            f"the run, at least one request on it {measured.busy / measured.run:.1%}), its exit "
            f"({measured.tail:.1f} s); the scaled run makes these fixed costs {factor:g}x heavier than at full size. "
            f"At full size (computed from this run) {full.fraction:.1%}, against a bound of {full.bound:.1%}. "
            f"One server load per group: {full.work / full.naive_held:.1%}. A {args.load_delay:g} s load reaches "
            f"{GOAL:.0%} only from about {groups_needed} groups of {args.pages_per_group} pages per load at "
            f"{args.capacity:g} pages/s: `olmocr-platform`'s runs of {GROUPS_PER_RUN} groups load once per "
            f"{GROUPS_PER_RUN}. {others}",
            "",
            "Run: `.venv/bin/python bench/bench_startup.py` (`--quick`: 2.5x faster; `--scale 1` runs the whole "
            "scenario, about 40 minutes).",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--load-delay", type=float, default=120.0, help="seconds the server loads (real GPU time)")
    parser.add_argument("--capacity", type=float, default=4.53, help="pages/s of the GPU (real)")
    parser.add_argument("--groups", type=int, default=20)
    parser.add_argument("--pages-per-group", type=int, default=500)
    parser.add_argument("--scale", type=float, default=10.0, help="divide pages per group and load by this")
    parser.add_argument("--speedup", type=float, default=1.0, help="run the GPU this many times faster")
    parser.add_argument("--quick", action="store_true", help="--speedup 2.5")
    parser.add_argument("--scratch", help="keep the PDFs, workspace and worker log in this folder")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.speedup = 2.5
    model = GpuModel(capacity=args.capacity * args.speedup, load_delay=args.load_delay / args.scale / args.speedup)
    share = MachineShare()
    with scratch_folder(args.scratch, "bench-startup-") as scratch:
        measured = backfill(model, args.groups, round(args.pages_per_group / args.scale), Path(scratch))
    section = report(measured, args, others_note(share))
    publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
