"""Dolma documents: a collection's shards (fixed runs of its page groups, olmocr_core.work.shards) converted one
run and one model load each; each group's output written once and whole; the shard's cost, quality and groups in
the UI."""

import asyncio
import resource
import time

import dagster as dg

from olmocr_assets.lib.defaults import OCR_GROUP, asset_defaults
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.lib.shard_metadata import Usage, shard_metadata
from olmocr_assets.lib.shards import shards_of_run
from olmocr_assets.pods.ocr_worker import MODULE, worker_extras
from olmocr_core.engines.config import EngineConfig, engine_config_to_dict
from olmocr_core.formats.dolma import document_problems
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions, GroupReport
from olmocr_core.work.worker import convert_collection_groups

# Bump when what a page becomes changes (prompt, parsing, Dolma layout): outputs then show as stale.
# The model that wrote a group is in its metadata (model, model_revision): a new released model
# compares against that.
DOLMA_CODE_VERSION = "olmocr-v4-prompt.1"
CHECK_NAME = "valid_dolma_output"


@dg.asset(
    partitions_def=shard_partitions,
    deps=[
        dg.AssetDep("page_groups", partition_mapping=dg.AllPartitionMapping()),
        # The model that reads the pages, when OcrEngineResource.released_model names one: through the registry,
        # which the UI does not ask to be materialized first (see olmocr_assets/defs/models/registry.py).
        dg.AssetDep("model_registry"),
    ],
    # No backfill policy: a backfill then launches one run per shard (one model load), tagged with its one partition.
    # With a policy, even multi_run(1), Dagster tags each run with a range, and creating a ranged run reads every key
    # of the partitions definition (docs/partition-grain.md).
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


def _problem_list(failed: dict[str, list[str]], limit: int = 20) -> str:
    lines = [problem for problems in failed.values() for problem in problems]
    return "\n".join(f"- {line}" for line in lines[:limit]) or "_none_"
