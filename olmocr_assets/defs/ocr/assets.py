"""Dolma documents: each page group converted once, whole, with its cost and quality in the UI."""

import asyncio
import time
import warnings
from collections import Counter, defaultdict

import dagster as dg

from olmocr_assets.lib.defaults import OCR_GROUP, asset_defaults
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.partitions import GROUPS_PER_RUN, page_group_partitions, split_page_group_key
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.pods.ocr_worker import MODULE, worker_extras
from olmocr_core.engines.config import EngineConfig, engine_config_to_dict
from olmocr_core.formats.dolma import document_problems
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work import stats
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions, GroupReport
from olmocr_core.work.worker import convert_collection_groups

# Bump when what a page becomes changes (prompt, parsing, Dolma layout): outputs then show as stale.
# The model that wrote a group is in its metadata (model, model_revision): a new released model
# compares against that.
DOLMA_CODE_VERSION = "olmocr-v4-prompt.1"
CHECK_NAME = "valid_dolma_output"
# BackfillPolicy is beta in Dagster 1.13: its warning would print on every load of the code location and
# every olmocr-platform command, with nothing for a user to do about it.
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`", category=dg.BetaWarning)


@dg.asset(
    partitions_def=page_group_partitions,
    deps=[
        dg.AssetDep("page_groups", partition_mapping=dg.AllPartitionMapping()),
        # The model that reads the pages, when OcrEngineResource.released_model names one.
        dg.AssetDep("released_model", partition_mapping=dg.AllPartitionMapping()),
    ],
    backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=GROUPS_PER_RUN),
    code_version=DOLMA_CODE_VERSION,
    **asset_defaults(OCR_GROUP, accelerator=True),
    kinds={"vllm", "pytorch", "jsonl"},
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
        "A page group converted to Dolma documents: `results/output_{group_id}.jsonl[.zst]` in the collection's "
        "workspace, written once and whole (a conditional write), in olmOCR's format plus lineage. Bad PDFs are "
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
    for collection, group_ids in _by_collection(context.partition_keys).items():
        spec = platform.collection(collection)
        groups = _planned_groups(spec, group_ids)
        config = ocr.collection_engine_config(engine_config, spec)  # the collection's page route
        reports, run_seconds = _convert(context, spec, groups, ocr, config, ocr_runner, k8s)
        _add_group_metadata(context, spec, reports, run_seconds, ocr)
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


def _by_collection(partition_keys: list[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for key in partition_keys:
        collection, group_id = split_page_group_key(key)
        grouped[collection].append(group_id)
    return grouped


def _planned_groups(spec: CollectionSpec, group_ids: list[str]) -> list[PageGroup]:
    index = {group.group_id: group for group in spec.open_workspace().read_index()}
    missing = [g for g in group_ids if g not in index]
    if missing:
        raise dg.Failure(f"collection {spec.name!r}: groups {missing[:5]} are not in {spec.workspace}'s index")
    return [index[g] for g in group_ids]


def _convert(
    context: dg.AssetExecutionContext,
    spec: CollectionSpec,
    groups: list[PageGroup],
    ocr: OcrEngineResource,
    engine_config: EngineConfig,
    runner: GpuRunner,
    k8s: KubernetesGpuResource,
) -> tuple[list[GroupReport], float]:
    """Convert the groups not done yet with one engine (one model load): in this step, or through
    Pipes in a subprocess or a GPU pod. Returns the reports and the seconds the engine was held."""
    started = time.perf_counter()
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
    return reports, time.perf_counter() - started


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


def _add_group_metadata(
    context: dg.AssetExecutionContext,
    spec: CollectionSpec,
    reports: list[GroupReport],
    run_seconds: float,
    ocr: OcrEngineResource,
) -> None:
    pages_in_run = sum(r.pages for r in reports) or 1
    by_group = {r.group_id: r for r in reports}
    for key in context.partition_keys:
        collection, group_id = split_page_group_key(key)
        if collection != spec.name:
            continue
        report = by_group.get(group_id)
        if report is None or report.already_done:  # an earlier run or another worker wrote it: that output stands
            context.add_asset_metadata(
                {"already_done": True, "output": dg.MetadataValue.path(spec.open_workspace().output_path(group_id))},
                partition_key=key,
            )
            continue
        # The engine's time (server start included) shared out by pages: what the accelerator was held for.
        accelerator_seconds = run_seconds * report.pages / pages_in_run
        cost = accelerator_seconds / 3600 * ocr.accelerator_hourly_usd / report.pages * 1e6 if report.pages else 0.0
        gpu_pages = report.pages - report.pages_by_engine.get("cpu", 0)
        per_gpu_page = accelerator_seconds / gpu_pages if gpu_pages else None
        context.add_asset_metadata(
            {
                **{
                    k: v
                    for k, v in stats.routing_summary(
                        report.pages_by_engine, report.sent_back_pages, per_gpu_page
                    ).items()
                    if v is not None
                },
                "accelerator_seconds_per_gpu_page": round(per_gpu_page or 0.0, 3),
                "filtered_documents": len(report.filtered),
                "routes": dg.MetadataValue.md(_route_table(report)),
                "documents": report.documents,
                "pages": report.pages,
                "fallback_pages": report.fallback_pages,
                "dropped_documents": len(report.dropped),
                "document_errors": len(report.errors),
                "tokens_in": report.input_tokens,
                "tokens_out": report.output_tokens,
                "pages_per_second": round(report.pages_per_second, 3),
                "accelerator_seconds": round(accelerator_seconds, 2),
                "estimated_usd_per_million_pages": round(cost, 2),
                "attempts": dg.MetadataValue.md(_attempt_table(report.attempts)),
                "engine": report.lineage.get("engine", ""),
                "model": report.lineage.get("model", ""),
                "model_revision": report.lineage.get("model_revision", ""),
                "released_model": report.lineage.get("released_model", ""),
                "output": dg.MetadataValue.path(report.output_path),
                "errors": dg.MetadataValue.md(_error_list(report)),
            },
            partition_key=key,
        )


def _validate(spec: CollectionSpec, groups: list[PageGroup], max_page_error_rate: float) -> dict[str, list[str]]:
    """Problems per partition key: every output line must be a valid Dolma document."""
    workspace = spec.open_workspace()
    found = {}
    for group in groups:
        key = f"{spec.name}/{group.group_id}"
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


def _error_list(report: GroupReport) -> str:
    lines = [f"- `{e.source}`: {e.kind}: {e.reason}" for e in report.errors]
    lines += [f"- `{d['source']}`: dropped: {d['reason']}" for d in report.dropped]
    lines += [f"- `{d['source']}`: filtered out: {d['reason']}" for d in report.filtered]
    return "\n".join(lines) or "_none_"


def _problem_list(failed: dict[str, list[str]], limit: int = 20) -> str:
    lines = [problem for problems in failed.values() for problem in problems]
    return "\n".join(f"- {line}" for line in lines[:limit]) or "_none_"
