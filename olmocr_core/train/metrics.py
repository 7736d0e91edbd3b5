"""metrics.jsonl: the records a training run logs, one JSON object a line, each with its "step".

SFT (loop) and GRPO (grpo) runs both write it into their output folder, and the model assets read it back
for their loss and reward curves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from olmocr_core.storage.facade import Storage

METRICS_FILE = "metrics.jsonl"


class MetricsLog:
    """A run's metrics.jsonl, plus wandb and the caller's on_log when given.

    A new run (resumed_step None) starts the file afresh. A resumed run keeps only the records up to the step
    it resumes from: it writes the later ones again."""

    def __init__(
        self,
        output_dir: Path,
        *,
        resumed_step: int | None = None,
        wandb_run: Any = None,
        on_log: Callable[[dict[str, Any]], None] | None = None,
    ):
        self.path = output_dir / METRICS_FILE
        kept = []
        if resumed_step is not None and self.path.exists():
            kept = [line for line in self.path.read_text().splitlines() if json.loads(line)["step"] <= resumed_step]
        Storage().write_bytes(str(self.path), "".join(line + "\n" for line in kept).encode())
        self._file = self.path.open("a")
        self._wandb = wandb_run
        self._on_log = on_log

    def write(self, record: dict[str, Any]) -> None:
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()  # readable while the run goes on, and complete up to the last step after a crash
        if self._wandb is not None:
            self._wandb.log(record, step=record["step"])
        if self._on_log is not None:
            self._on_log(record)

    def close(self) -> None:
        self._file.close()
        if self._wandb is not None:
            self._wandb.finish()

    def __enter__(self) -> MetricsLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
