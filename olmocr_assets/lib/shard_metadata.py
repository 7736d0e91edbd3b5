"""What a shard of dolma_documents shows in the UI: its numbers summed over its groups (those a run converted and
those already written, with the numbers their reports recorded), in the engine's own units, with tables of its
groups, PDFs, routes, attempts and errors. Used by the asset and by the migration from page groups."""

from collections import Counter
from dataclasses import dataclass
from typing import Any

import dagster as dg

from olmocr_assets.lib.markdown import capped_list
from olmocr_assets.lib.resources import OcrEngineResource
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.work import stats
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.manifests import read_manifest
from olmocr_core.work.pipeline import GroupReport, combine_reports, read_group_report
from olmocr_core.work.workspace import join


@dataclass(frozen=True)
class Usage:
    """What converting a run's groups took: wall seconds the engine was held, and CPU seconds used by this
    process and its finished children (the cpu engine's workers, a Pipes subprocess; not a GPU pod's)."""

    seconds: float
    cpu_seconds: float


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
    lines = [f"`{e.source}`: {e.kind}: {e.reason}" for e in report.errors]
    lines += [f"`{d['source']}`: dropped: {d['reason']}" for d in report.dropped]
    lines += [f"`{d['source']}`: filtered out: {d['reason']}" for d in report.filtered]
    return capped_list(lines, rest_in="`reports/`")
