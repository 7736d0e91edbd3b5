"""Shared by the benchmarks: the machine they ran on, and their sections of bench/RESULTS.md.

Standard library only: bench_render.py also runs it under olmOCR's own interpreter.
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "RESULTS.md"
SHARED_PDFS = REPO.parent / "shared" / "pdfs"


def cpu_model() -> str:
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


def machine() -> str:
    return f"{datetime.date.today().isoformat()}; nproc {len(os.sched_getaffinity(0))}; {cpu_model()}; Python {platform.python_version()}"


def write_section(heading: str, section: str) -> None:
    """Replace one benchmark's section in RESULTS.md, keeping the other benchmarks' sections."""
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    start = text.find(heading)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        rest = text[end + 1 :] if end >= 0 else ""
        # One blank line before the next section, whatever the new one ends with.
        text = text[:start] + section.rstrip("\n") + ("\n\n" + rest if rest else "\n")
    RESULTS.write_text(text)


def peak_rss_mib() -> float:
    """This process's peak resident memory so far."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def publish(heading: str, section: str, write: bool) -> None:
    """Print a benchmark's section and, unless told not to, put it in RESULTS.md."""
    print(section)
    if write:
        write_section(heading, section)
