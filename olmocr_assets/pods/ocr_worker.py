"""The GPU pod's OCR program: ``python -m olmocr_assets.pods.ocr_worker``.

Dagster starts it through Pipes (a Kubernetes pod, or a local subprocess) with the work in the Pipes
extras. It converts the page groups with one engine (one model load for all of them), logs through the
Pipes context, and sends each group's ``GroupReport.to_dict()`` back as a Pipes custom message. An
engine or workspace failure ends it with a non-zero exit, which fails the Dagster step.

Only ``dagster_pipes`` and ``olmocr_core`` are imported here, never ``dagster``: the worker image needs
nothing of the code location. Both sides of the extras format live in this module (``worker_extras``
writes them, ``WorkerInput.from_extras`` reads them), so they cannot drift apart; the engine's part is
``engine_config_to_dict``/``engine_config_from_dict``, next to ``EngineConfig``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from dagster_pipes import PipesContext, open_dagster_pipes

from olmocr_core.engines.config import EngineConfig, engine_config_from_dict
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions, GroupReport
from olmocr_core.work.worker import convert_collection_groups

MODULE = "olmocr_assets.pods.ocr_worker"
# The Pipes context travels in the pod spec (an env var anyone who can read pods can decode), so an API
# key never goes in the extras: the worker reads it from this variable (e.g. from a Kubernetes Secret).
API_KEY_ENV = "OLMOCR_API_KEY"


def worker_extras(
    spec: CollectionSpec,
    groups: Sequence[PageGroup],
    engine: Mapping[str, Any],
    options: GroupOptions,
    concurrent_groups: int,
) -> dict[str, Any]:
    """The Pipes extras that tell the worker what to convert, and how."""
    return {
        "collection": spec.to_json().decode(),
        "groups": [{"group_id": g.group_id, "paths": list(g.paths)} for g in groups],
        "engine": dict(engine),
        "group_options": asdict(options),
        "concurrent_groups": concurrent_groups,
    }


@dataclass(frozen=True)
class WorkerInput:
    spec: CollectionSpec
    groups: tuple[PageGroup, ...]
    engine: EngineConfig
    options: GroupOptions
    concurrent_groups: int

    @classmethod
    def from_extras(cls, extras: Mapping[str, Any], env: Mapping[str, str] = os.environ) -> WorkerInput:
        engine = engine_config_from_dict(extras["engine"])
        if engine.api_key is None and env.get(API_KEY_ENV):
            engine = replace(engine, api_key=env[API_KEY_ENV])
        return cls(
            spec=CollectionSpec.from_json(extras["collection"].encode()),
            groups=tuple(PageGroup(g["group_id"], tuple(g["paths"])) for g in extras["groups"]),
            engine=engine,
            options=GroupOptions(**extras["group_options"]),
            concurrent_groups=extras["concurrent_groups"],
        )


async def convert(work: WorkerInput, pipes: PipesContext) -> list[GroupReport]:
    """Every group of ``work`` not yet done, with one engine; each report goes back as it finishes."""
    finished = 0

    def on_group(report: GroupReport) -> None:
        nonlocal finished
        finished += 1
        pipes.report_custom_message(report.to_dict())
        pipes.log.info(
            f"group {report.group_id[:12]} ({finished}): {report.documents} documents, "
            f"{report.pages} pages ({report.fallback_pages} fallback) in {report.seconds:.1f} s"
        )

    return await convert_collection_groups(
        work.spec,
        work.groups,
        work.engine,
        work.options,
        concurrent_groups=work.concurrent_groups,
        log=pipes.log.info,
        on_group=on_group,
    )


async def _convert_until_signalled(work: WorkerInput, pipes: PipesContext) -> list[GroupReport]:
    """SIGTERM (the pod deleted) cancels the run, so a vLLM server this worker started stops cleanly."""
    task = asyncio.current_task()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await convert(work, pipes)


class _ToPipesLog(logging.Handler):
    """olmocr_core's warnings (a retried server, a group another worker wrote first) into Dagster's log."""

    def __init__(self, pipes: PipesContext):
        super().__init__(logging.WARNING)
        self._pipes = pipes

    def emit(self, record: logging.LogRecord) -> None:
        self._pipes.log.log(record.levelno, f"{record.name}: {record.getMessage()}")


def main() -> None:
    # stderr stays readable in `kubectl logs`; on Kubernetes it also carries the Pipes messages.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with open_dagster_pipes() as pipes:
        logging.getLogger("olmocr_core").addHandler(_ToPipesLog(pipes))
        work = WorkerInput.from_extras(pipes.extras)
        asyncio.run(_convert_until_signalled(work, pipes))
    # An exception leaves through open_dagster_pipes (which reports it to Dagster) and exits 1.


if __name__ == "__main__":  # the cpu engine and the render pool spawn processes that import this module
    main()
