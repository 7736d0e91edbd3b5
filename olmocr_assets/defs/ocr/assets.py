"""Dolma documents: a collection's shards (fixed runs of its page groups, olmocr_core.work.shards) converted one
run and one model load each; each group's output written once and whole; the shard's cost, quality and groups in
the UI."""

import asyncio
import resource
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any

import dagster as dg

from olmocr_assets.lib.defaults import OCR_GROUP, asset_defaults
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.lib.shards import shards_of_run
from olmocr_assets.pods.ocr_worker import MODULE, worker_extras
from olmocr_core.engines.config import EngineConfig, engine_config_to_dict
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.formats.dolma import document_problems
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work import stats
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.manifests import read_manifest
from olmocr_core.work.pipeline import GroupOptions, GroupReport, combine_reports, read_group_report
from olmocr_core.work.worker import convert_collection_groups
from olmocr_core.work.workspace import join

# Bump when what a page becomes changes (prompt, parsing, Dolma layout): outputs then show as stale.
# The model that wrote a group is in its metadata (model, model_revision): a new released model
# compares against that.
DOLMA_CODE_VERSION = "olmocr-v4-prompt.1"
CHECK_NAME = "valid_dolma_output"
# BackfillPolicy is beta in Dagster 1.13: its warning would print on every load of the code location and
# every olmocr-platform command, with nothing for a user to do about it.
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`", category=dg.BetaWarning)


@dg.asset(
    partitions_def=shard_partitions,
    deps=[
        dg.AssetDep("page_groups", partition_mapping=dg.AllPartitionMapping()),
        # The model that reads the pages, when OcrEngineResource.released_model names one: through the registry,
        # which the UI does not ask to be materialized first (see olmocr_assets/defs/models/registry.py).
        dg.AssetDep("model_registry"),
    ],
    # One run per shard: one model load, and a run creation that resolves no partition range (at 2 million groups a
    # ranged run's creation reads every key: docs/partition-grain.md).
    backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=1),
    code_version=DOLMA_CODE_VERSION,
    **asset_defaults(OCR_GROUP, accelerator=True),
    # The engine (cpu, vlm on vLLM, hf on PyTorch) is the resource's choice at run time: no engine kind here.
    kinds={"python", "jsonl"},
    check_specs=[
        dg.AssetCheckSpec(
            CHECK_NAME,
            asset="dolma_documents",
            blocking=True,
            description="Every line of every output in the run is a valid Dolma document and no document's "
            "fallback pages exceed max_page_error_rate.",
        )
    ],
    description=(
        "A shard of a collection (`collection/s000123`: up to `groups_per_shard` page groups of its index, in order) "
        "converted to Dolma documents in one run with one model load: each page group's "
        "`results/output_{group_id}.jsonl[.zst]` in the collection's workspace, written once and whole (a conditional "
        "write), in olmOCR's format plus lineage. Groups already written are skipped, so a rerun converts only the "
        "rest. The metadata lists the shard's groups (converted or already done) and PDFs. Bad PDFs are "
        "per-document errors in `reports/report_{group_id}.json`, never a failed group. Runs on the engine "
        "`OcrEngineResource` chooses, where `ocr_runner` says: in this step, or in a GPU pod through Pipes. With "
        "route `auto` each page goes to the cpu engine or the VLM as the page router says: the metadata shows pages "
        "per engine, the share kept off the GPU, the accelerator-seconds saved and the quality guard's send-back rate."
    ),
)
def dolma_documents(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    ocr: OcrEngineResource,
    ocr_runner: GpuRunner,
    k8s: KubernetesGpuResource,
) -> dg.MaterializeResult:
    problems: dict[str, list[str]] = {}
    # A released model is looked up once, in the platform's model registry.
    engine_config = ocr.engine_config(platform.model_store() if ocr.released_model else None)
    for key, spec, groups in shards_of_run(context, platform):
        config = ocr.collection_engine_config(engine_config, spec)  # the collection's page route and filter
        reports, usage = _convert(context, spec, groups, ocr, config, ocr_runner, k8s)
        context.add_asset_metadata(shard_metadata(spec, groups, reports, usage, ocr), partition_key=key)
        problems.update(_validate(spec, groups, ocr.max_page_error_rate))
    failed = {key: found for key, found in problems.items() if found}
    return dg.MaterializeResult(
        check_results=[
            dg.AssetCheckResult(
                check_name=CHECK_NAME,
                passed=not failed,
                metadata={
                    "outputs_checked": len(problems),
                    "invalid_outputs": len(failed),
                    "problems": dg.MetadataValue.md(_problem_list(failed)),
                },
            )
        ]
    )


def _convert(
    context: dg.AssetExecutionContext,
    spec: CollectionSpec,
    groups: list[PageGroup],
    ocr: OcrEngineResource,
    engine_config: EngineConfig,
    runner: GpuRunner,
    k8s: KubernetesGpuResource,
) -> tuple[list[GroupReport], "Usage"]:
    """Convert the groups not done yet with one engine (one model load): in this step, or through
    Pipes in a subprocess or a GPU pod. Returns the reports and what the engine used."""
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    if runner.in_step:
        reports = _convert_here(context, spec, groups, ocr, engine_config)
    else:
        raw = run_groups_through_pipes(
            context,
            runner,
            k8s,
            spec,
            groups,
            engine_config_to_dict(engine_config),
            ocr.group_options(spec),
            concurrent_groups=ocr.concurrent_groups,
        )
        reports = [GroupReport.from_dict(r) for r in raw]
    return reports, Usage(time.perf_counter() - started, _cpu_seconds() - cpu_started)


@dataclass(frozen=True)
class Usage:
    """What converting a run's groups took: wall seconds the engine was held, and CPU seconds used by this
    process and its finished children (the cpu engine's workers, a Pipes subprocess; not a GPU pod's)."""

    seconds: float
    cpu_seconds: float


def _cpu_seconds() -> float:
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def run_groups_through_pipes(
    context: dg.AssetExecutionContext,
    runner: GpuRunner,
    k8s: KubernetesGpuResource,
    spec: CollectionSpec,
    groups: list[PageGroup],
    engine_config_dict: dict,
    group_options: GroupOptions,
    *,
    concurrent_groups: int = 2,
) -> list[dict]:
    """Convert ``groups`` with the OCR pod program (in a GPU pod or a local subprocess, as ``runner`` says);
    the reports (``GroupReport.to_dict()``) of the groups it converted. Groups already done are skipped by
    the worker and have no report; a failed worker fails this call."""
    extras = worker_extras(spec, groups, engine_config_dict, group_options, concurrent_groups)
    return runner.run_program(context, k8s, MODULE, extras)


def _convert_here(
    context: dg.AssetExecutionContext,
    spec: CollectionSpec,
    groups: list[PageGroup],
    ocr: OcrEngineResource,
    engine_config: EngineConfig,
) -> list[GroupReport]:
    def on_group(report: GroupReport) -> None:
        context.log.info(
            f"group {report.group_id[:12]}: {report.documents} documents, {report.pages} pages "
            f"({report.fallback_pages} fallback) in {report.seconds:.1f} s"
        )

    run = convert_collection_groups(
        spec,
        groups,
        engine_config,
        ocr.group_options(spec),
        concurrent_groups=ocr.concurrent_groups,
        log=context.log.info,
        on_group=on_group,
    )
    return asyncio.run(run)


def shard_metadata(
    spec: CollectionSpec, groups: list[PageGroup], reports: list[GroupReport], usage: "Usage", ocr: OcrEngineResource
) -> dict[str, Any]:
    """A shard's numbers, summed over its groups: those this run converted (the run's time and CPU time) and those an
    earlier run or another worker wrote (the numbers their reports recorded), with a table of its groups."""
    converted = {r.group_id: r for r in reports if not r.already_done}
    workspace = spec.open_workspace()
    rows: list[tuple[PageGroup, str, GroupReport | None]] = []
    for group in groups:
        report = converted.get(group.group_id)
        if report is not None:
            rows.append((group, "converted", report))
        else:
            rows.append((group, "already done", read_group_report(workspace, group.group_id)))
    recorded = [r for _, state, r in rows if state == "already done" and r is not None]
    combined = combine_reports([r for _, _, r in rows if r is not None], join(workspace.root, "results"))
    # CPU time is measured for this run only: with groups from earlier runs the shard's CPU cost is unknown.
    seconds = usage.seconds + sum(r.seconds for r in recorded)
    metadata = group_metadata(combined, ocr, seconds, None if recorded else usage.cpu_seconds)
    pages_by_pdf = dict(read_manifest(spec, workspace.storage).select("path", "pages").iter_rows())
    return metadata | {
        "groups": len(groups),
        "groups_converted": len(converted),
        "groups_already_done": len(groups) - len(converted),
        "group_table": dg.MetadataValue.md(_group_table(rows)),
        "pdfs": dg.MetadataValue.md(pdf_list([p for g in groups for p in g.paths], pages_by_pdf)),
    }


def _group_table(rows: list[tuple[PageGroup, str, GroupReport | None]]) -> str:
    """One row per group of the shard (at most groups_per_shard): what a partition key does not say."""
    lines = ["| group | state | PDFs | documents | pages | errors |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for group, state, report in rows:
        numbers = (report.documents, report.pages, len(report.errors)) if report else ("?", "?", "?")
        lines.append(
            f"| `{group.group_id[:12]}` | {state} | {len(group.paths)} | " + " | ".join(map(str, numbers)) + " |"
        )
    return "\n".join(lines)


def pdf_list(paths: list[str], pages_by_pdf: dict[str, int | None], limit: int = 50) -> str:
    """PDFs as a markdown table, with their pages where the manifest has them (a partition key is a shard number:
    this is what says which PDFs it holds)."""
    lines = ["| PDF | pages |", "| --- | ---: |"]
    for path in paths[:limit]:
        pages = pages_by_pdf.get(path)
        lines.append(f"| `{path}` | {pages if pages is not None else '?'} |")
    if len(paths) > limit:
        lines.append(f"| ... and {len(paths) - limit} more | |")
    return "\n".join(lines)


def group_metadata(
    report: GroupReport, ocr: OcrEngineResource, seconds: float, cpu_seconds: float | None
) -> dict[str, Any]:
    """A group's numbers as the UI shows them: counts, speed and cost in the engine's own units (the cpu
    engine holds no accelerator: its cost is CPU time at ``cpu_hourly_usd``), rounded. ``seconds``: the time
    the engine was held for this group, which ``pages_per_second`` is computed from; ``cpu_seconds``: the
    CPU time it used, None when not measured (a group converted by an earlier run)."""
    on_cpu = report.lineage.get("engine") == CpuEngine.name
    metadata: dict[str, Any] = {
        "documents": report.documents,
        "pages": report.pages,
        "fallback_pages": report.fallback_pages,
        "dropped_documents": len(report.dropped),
        "document_errors": len(report.errors),
        "tokens_in": report.input_tokens,
        "tokens_out": report.output_tokens,
        "seconds" if on_cpu else "accelerator_seconds": round(seconds, 2),
        "pages_per_second": round(report.pages / seconds, 3) if seconds else 0.0,
    }
    if on_cpu:
        metadata["accelerator"] = "none: the cpu engine"
        if cpu_seconds is not None:
            metadata["cpu_seconds"] = round(cpu_seconds, 2)
            metadata["usd_per_cpu_hour"] = ocr.cpu_hourly_usd
            metadata["estimated_usd_per_million_pages"] = _per_million_pages(cpu_seconds, ocr.cpu_hourly_usd, report)
    else:
        metadata["usd_per_accelerator_hour"] = ocr.accelerator_hourly_usd
        metadata["estimated_usd_per_million_pages"] = _per_million_pages(seconds, ocr.accelerator_hourly_usd, report)
    # The page router's figures: the CPU pages' savings are estimated at this group's measured accelerator
    # seconds per VLM page (none on the cpu engine, which holds no accelerator).
    vlm_pages = report.pages - report.pages_by_engine.get("cpu", 0)
    per_vlm_page = seconds / vlm_pages if vlm_pages and not on_cpu else None
    routing = stats.routing_summary(report.pages_by_engine, report.sent_back_pages, per_vlm_page)
    metadata |= {key: value for key, value in routing.items() if value is not None}
    if per_vlm_page is not None:
        metadata["accelerator_seconds_per_gpu_page"] = round(per_vlm_page, 3)
    return metadata | {
        "filtered_documents": len(report.filtered),
        "routes": dg.MetadataValue.md(_route_table(report)),
        "attempts": dg.MetadataValue.md(_attempt_table(report.attempts)),
        "engine": report.lineage.get("engine", ""),
        "model": report.lineage.get("model", ""),
        "model_revision": report.lineage.get("model_revision", ""),
        "released_model": report.lineage.get("released_model", ""),
        "output": dg.MetadataValue.path(report.output_path),
        "errors": dg.MetadataValue.md(_error_list(report)),
    }


def _per_million_pages(seconds: float, hourly_usd: float, report: GroupReport) -> float:
    return round(seconds / 3600 * hourly_usd / report.pages * 1e6, 2) if report.pages else 0.0


def _validate(spec: CollectionSpec, groups: list[PageGroup], max_page_error_rate: float) -> dict[str, list[str]]:
    """Problems per partition key: every output line must be a valid Dolma document."""
    workspace = spec.open_workspace()
    found = {}
    for group in groups:
        key = f"{spec.name}/{group.group_id}"  # the group: a shard's problems name the output that has them
        path = workspace.output_path(group.group_id)
        try:
            documents = decode_jsonl(workspace.storage.read_bytes(path), path)
        except Exception as exc:  # unreadable, truncated, not JSON: the check says so, with the reason
            found[key] = [f"{path}: {exc}"]
            continue
        found[key] = [
            f"{path} line {line}: {problem}"
            for line, document in enumerate(documents, start=1)
            for problem in document_problems(document, max_page_error_rate)
        ]
    return found


def _attempt_table(attempts: dict[int, int]) -> str:
    rows = ["| attempts | pages |", "| ---: | ---: |", *(f"| {a} | {n} |" for a, n in sorted(attempts.items()))]
    return "\n".join(rows)


def _route_table(report: GroupReport) -> str:
    """Pages per engine and routing reason (the reason's kind, before its figures); every page's route and full
    reason is in the group's report file."""
    counts = Counter(
        (r["engine"], r["reason"].split(":")[0] or "every page (--route vlm or cpu)") for r in report.routes
    )
    rows = ["| engine | reason | pages |", "| --- | --- | ---: |"]
    rows += [f"| {engine} | {reason} | {n} |" for (engine, reason), n in counts.most_common()]
    return "\n".join(rows)


def _error_list(report: GroupReport, limit: int = 50) -> str:
    lines = [f"- `{e.source}`: {e.kind}: {e.reason}" for e in report.errors]
    lines += [f"- `{d['source']}`: dropped: {d['reason']}" for d in report.dropped]
    lines += [f"- `{d['source']}`: filtered out: {d['reason']}" for d in report.filtered]
    if len(lines) > limit:  # every one is in the groups' report files
        lines = [*lines[:limit], f"- ... and {len(lines) - limit} more, in `reports/`"]
    return "\n".join(lines) or "_none_"


def _problem_list(failed: dict[str, list[str]], limit: int = 20) -> str:
    lines = [problem for problems in failed.values() for problem in problems]
    return "\n".join(f"- {line}" for line in lines[:limit]) or "_none_"
