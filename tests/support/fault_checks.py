"""What every fault test asserts at the end: each source document written exactly once or recorded as failed
(with its reason) in a group report, across every output of the workspace, and which outputs exist at which
version (S3 ETag or local mtime), so a re-run can be shown to leave finished groups alone.
"""

from __future__ import annotations

import json
import posixpath
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field

from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work.workspace import Workspace, join


@dataclass
class Ledger:
    written: Counter[str] = field(default_factory=Counter)  # source -> documents holding it, all outputs
    failed: dict[str, str] = field(default_factory=dict)  # source -> "kind: reason" from the reports
    outputs: dict[str, str] = field(default_factory=dict)  # output path -> ETag or mtime

    def lost(self, sources: list[str]) -> list[str]:
        return [s for s in sources if not self.written[s] and s not in self.failed]

    def duplicated(self) -> list[str]:
        twice = [s for s, n in self.written.items() if n > 1]
        return twice + [s for s in self.failed if self.written[s]]


def ledger(workspace: Workspace) -> Ledger:
    """Read every output and report in the workspace."""
    found = Ledger()
    storage = workspace.storage
    for info in storage.list(join(workspace.root, "results", "")):
        if not posixpath.basename(info.path).startswith("output_"):
            continue
        found.outputs[info.path] = info.etag_or_mtime
        for document in decode_jsonl(storage.read_bytes(info.path), info.path):
            found.written[document["metadata"]["Source-File"]] += 1
    for info in storage.list(join(workspace.root, "reports", "")):
        report = json.loads(storage.read_bytes(info.path))
        for error in report["errors"]:
            found.failed[error["source"]] = f"{error['kind']}: {error['reason']}"
        for dropped in report["dropped"]:
            found.failed[dropped["source"]] = f"dropped: {dropped['reason']}"
    return found


def assert_each_once(workspace: Workspace, sources: list[str], failing: dict[str, str] | None = None) -> Ledger:
    """Every source written once or failed with a reason; ``failing`` (source -> error kind) are the ones
    that must have failed, every other one must have been written. Returns the ledger for more checks."""
    found = ledger(workspace)
    assert not found.lost(sources), f"documents lost: {found.lost(sources)}"
    assert not found.duplicated(), f"documents written twice: {found.duplicated()}"
    failing = failing or {}
    kinds = {source: reason.split(":")[0] for source, reason in found.failed.items()}
    assert kinds == failing, f"failed {found.failed}, expected {failing}"
    written = sorted(found.written)
    assert written == sorted(s for s in sources if s not in failing), f"written {written} of {sources}"
    assert all(reason.split(": ", 1)[1] for reason in found.failed.values()), found.failed  # a reason too
    return found


def fault_figures(name: str, documents: int, found: Ledger, sources: list[str], injected: int) -> None:
    """One line per fault for the README's reliability section (pytest -s shows it)."""
    print_figures(name, documents, len(found.lost(sources)), len(found.duplicated()), injected)


def print_figures(name: str, items: int, lost: int, duplicated: int, injected: int) -> None:
    print(
        f"\nFAULT-FIGURES | {name} | items {items} | lost {lost} | duplicated {duplicated} | faults injected {injected}"
    )


def wait_for(condition, process: subprocess.Popen, timeout_s: float = 180):
    """Poll ``condition`` until it returns something true (returned) while ``process`` (about to be killed)
    still runs; fail with its stderr if it exits first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if result := condition():
            return result
        if process.poll() is not None:
            raise AssertionError(f"the process exited ({process.returncode}) first: {process.stderr.read()[-3000:]}")
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout_s} s")
