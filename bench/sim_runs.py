"""Shared by the simulated-GPU benchmarks (accelerator feed, startup, orchestration): the PDFs, the clients'
command lines, one timed client run, and how much of the machine other jobs took meanwhile."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench_render import OLMOCR_PYTHON, cpu_seconds
from results import REPO, SHARED_PDFS

from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import plan_groups
from olmocr_core.work.planning import count_pages
from olmocr_core.work.workspace import Workspace

VENV_BIN = REPO / ".venv" / "bin"
SAMPLES = REPO / "samples"


@contextlib.contextmanager
def scratch_folder(keep: str | None, prefix: str) -> Iterator[str]:
    """A temporary folder, or ``keep`` (made if missing, left in place) to look at the logs afterwards."""
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        yield keep
    else:
        with tempfile.TemporaryDirectory(prefix=prefix) as folder:
            yield folder


def source_pdfs() -> list[Path]:
    """The real PDFs: olmOCR's gnarly test PDFs and our samples."""
    return sorted(SHARED_PDFS.glob("*.pdf")) + sorted(SAMPLES.glob("*.pdf"))


def make_corpus(directory: Path, min_pages: int) -> tuple[Path, int]:
    """Copies of the real PDFs (whole rounds of them) until there are at least ``min_pages`` pages.

    Returns a .txt file listing them (both pipelines read one) and the page count. Copies, not links: each
    is its own document to both pipelines.
    """
    sources = [(path, count_pages(str(path), Storage())) for path in source_pdfs()]
    per_round = sum(pages for _, pages in sources)
    rounds = max(1, -(-min_pages // per_round))
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(rounds):
        for path, _ in sources:
            copy = directory / f"{index:04d}-{path.name}"
            shutil.copyfile(path, copy)
            paths.append(str(copy))
    listing = directory / "pdfs.txt"
    listing.write_text("\n".join(paths) + "\n")
    return listing, rounds * per_round


def exact_groups(listing: Path, workspace: Path, groups: int) -> None:
    """Plan the PDFs into exactly ``groups`` groups (olmOCR's rule would round to whatever the page count
    sample gives); the worker keeps an index it finds."""
    paths = listing.read_text().split()
    per_group = -(-len(paths) // groups)
    planned = plan_groups(paths, per_group)
    if len(planned) != groups:
        raise RuntimeError(f"{len(paths)} PDFs do not cut into {groups} groups of {per_group}")
    Workspace(str(workspace), Storage()).write_index(planned)


def our_worker_command(listing: Path, workspace: Path, server: str, pages_per_group: int) -> list[str]:
    return [
        str(VENV_BIN / "olmocr-worker"),
        str(listing),
        "--workspace", str(workspace),
        "--server", server,
        "--pages-per-group", str(pages_per_group),
        "--quiet",
    ]  # fmt: skip


def our_platform_command(listing: Path, workspace: Path, server: str, pages_per_group: int) -> list[str]:
    """The same run through Dagster: ``olmocr-platform run`` takes olmocr-worker's flags."""
    worker = our_worker_command(listing, workspace, server, pages_per_group)
    return [str(VENV_BIN / "olmocr-platform"), "run", *worker[1:]]


def olmocr_command(listing: Path, workspace: Path, server: str, pages_per_group: int) -> list[str]:
    """olmOCR 0.4.27's pipeline against an external server (its --model is then the served name)."""
    return [
        str(OLMOCR_PYTHON), "-m", "olmocr.pipeline", str(workspace),
        "--server", server,
        "--model", "olmocr",
        "--pdfs", str(listing),
        "--pages_per_group", str(pages_per_group),
    ]  # fmt: skip


@dataclass
class ClientRun:
    started: float  # monotonic, the clock the simulator's stats use too
    ended: float
    cpu_seconds: float  # the client and every process it waited for (render pool, pdftoppm)

    @property
    def seconds(self) -> float:
        return self.ended - self.started


def run_client(command: list[str], log_path: Path, env: dict[str, str] | None = None) -> ClientRun:
    """Run a pipeline to its end; its output goes to ``log_path``; a failure raises with the log's tail."""
    cpu_before = _children_cpu()
    with open(log_path, "wb") as log:
        started = time.monotonic()
        code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        ended = time.monotonic()
    if code != 0:
        with open(log_path, "rb") as log:
            tail = b"".join(deque(log, maxlen=30)).decode("utf-8", "replace")
        raise RuntimeError(f"{command[0]} exited with code {code}; last lines of {log_path}:\n{tail}")
    return ClientRun(started, ended, _children_cpu() - cpu_before)


def output_pages(workspace: Path) -> int:
    """Pages in the Dolma documents a run wrote (both pipelines write results/*.jsonl)."""
    return sum(
        document["metadata"]["pdf-total-pages"]
        for path in (workspace / "results").glob("*.jsonl")
        for document in decode_jsonl(path.read_bytes(), str(path))
    )


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


class MachineShare:
    """How much CPU other jobs took while a benchmark ran: the machine's busy time (/proc/stat) less this
    process's and its waited-for children's."""

    def __init__(self) -> None:
        self._start = (time.monotonic(), _machine_busy(), cpu_seconds())

    def others(self) -> tuple[float, float]:
        """(CPU-seconds other jobs used, their share of all the cores' time) since this was made."""
        wall = time.monotonic() - self._start[0]
        others = (_machine_busy() - self._start[1]) - (cpu_seconds() - self._start[2])
        return max(0.0, others), max(0.0, others) / (wall * len(os.sched_getaffinity(0)))


def _machine_busy() -> float:
    with open("/proc/stat") as stat:
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def others_note(share: MachineShare) -> str:
    seconds, fraction = share.others()
    if fraction < 0.05:
        return f"Other jobs on the machine used {seconds:.0f} CPU-seconds meanwhile ({fraction:.0%} of its cores): a quiet machine."
    return (
        f"Other jobs shared the cores: they used {seconds:.0f} CPU-seconds meanwhile, {fraction:.0%} of the "
        "machine's core time, so these numbers are a lower bound for a machine of our own."
    )
