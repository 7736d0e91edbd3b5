"""A collection's rollup (olmOCR's ``--stats`` and more) from one summary row per page group.

A group's row holds only sums and counts of its output and its report, so the rollup's memory grows with the
groups, never with the documents or pages. The rows are kept in the workspace (``stats/group_summaries.parquet``)
with the etag or mtime of the files they were read from: a refresh lists ``results/`` and ``reports/`` once and
reads only the outputs that are new or changed since the last one.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import polars as pl

from olmocr_core.common.errors import OlmocrError, StorageError
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupReport, read_group_report
from olmocr_core.work.workspace import Workspace, join

log = logging.getLogger(__name__)

LONG_DOCUMENT_PAGES = 50
ERRORS_SHOWN = 50  # the per-PDF errors a report lists (each group's row keeps as many: the rest are only counted)
# Bump when a row's meaning changes without its schema changing: older caches are then rebuilt.
SUMMARY_VERSION = "1"
_VERSION_KEY = "olmocr_group_summaries_version"
_READERS = 8  # outputs read at once on a refresh (storage latency, S3 above all); memory: this many groups

SUMMARY_SCHEMA = pl.Schema(
    {
        "group_id": pl.String,
        "output_version": pl.String,  # the etag or mtime of the output the row was read from
        "report_version": pl.String,  # ... and of its report (null: the group has none)
        "documents": pl.Int64,
        "pages": pl.Int64,
        "fallback_pages": pl.Int64,
        "input_tokens": pl.Int64,
        "output_tokens": pl.Int64,
        "chars": pl.Int64,
        "table_pages": pl.Int64,
        "diagram_pages": pl.Int64,
        "long_documents": pl.Int64,  # documents of LONG_DOCUMENT_PAGES pages or more
        # per document's primary language (its pages' most frequent one, "unknown" without any)
        "languages": pl.List(pl.Struct({"language": pl.String, "documents": pl.Int64, "pages": pl.Int64})),
        "page_engines": pl.List(pl.Struct({"engine": pl.String, "pages": pl.Int64})),
        "filtered": pl.Int64,  # documents the filter dropped (the report's)
        "sent_back": pl.Int64,  # CPU-routed pages the quality guard sent to the VLM (the report's)
        "pdfs_with_errors": pl.Int64,
        "errors": pl.List(pl.Struct({"source": pl.String, "reason": pl.String})),  # the first ERRORS_SHOWN
    }
)


def group_summary(group_id: str, documents: list[dict], report: GroupReport | None) -> dict:
    """One group's row (without the versions): its documents' sums and its report's counts."""
    languages: dict[str, list[int]] = {}  # language -> [documents, pages]
    pages = [doc["metadata"]["pdf-total-pages"] for doc in documents]
    for doc, doc_pages in zip(documents, pages, strict=True):
        counts = languages.setdefault(primary_language(doc), [0, 0])
        counts[0] += 1
        counts[1] += doc_pages
    errors: dict[str, str] = {}  # PDF -> why it could not be read (the first error recorded for it)
    for error in report.errors if report else []:
        errors.setdefault(error.source, f"{error.kind}: {error.reason}")
    return {
        "group_id": group_id,
        "documents": len(documents),
        "pages": sum(pages),
        "fallback_pages": sum(doc["metadata"]["total-fallback-pages"] for doc in documents),
        "input_tokens": sum(doc["metadata"]["total-input-tokens"] for doc in documents),
        "output_tokens": sum(doc["metadata"]["total-output-tokens"] for doc in documents),
        "chars": sum(len(doc["text"]) for doc in documents),
        "table_pages": sum(sum(doc["attributes"]["is_table"]) for doc in documents),
        "diagram_pages": sum(sum(doc["attributes"]["is_diagram"]) for doc in documents),
        "long_documents": sum(p >= LONG_DOCUMENT_PAGES for p in pages),
        "languages": [{"language": k, "documents": d, "pages": p} for k, (d, p) in languages.items()],
        "page_engines": [{"engine": k, "pages": v} for k, v in page_engines(documents).items()],
        "filtered": len(report.filtered) if report else 0,
        "sent_back": report.sent_back_pages if report else 0,
        "pdfs_with_errors": len(errors),
        "errors": [{"source": s, "reason": r} for s, r in list(errors.items())[:ERRORS_SHOWN]],
    }


def primary_language(document: dict) -> str:
    """The most frequent ``primary_language`` of a document's pages (the first seen on a tie), else "unknown"."""
    languages = Counter(lang for lang in document["attributes"]["primary_language"] if lang)
    return languages.most_common(1)[0][0] if languages else "unknown"


def page_engines(documents: list[dict]) -> dict[str, int]:
    """Pages per engine from the documents' ``olmocr_page_engine`` (documents written before it: "unrecorded")."""
    counts: dict[str, int] = {}
    for doc in documents:
        spans = doc["attributes"].get("olmocr_page_engine")
        engines = [span[2] for span in spans] if spans else ["unrecorded"] * doc["metadata"]["pdf-total-pages"]
        for engine in engines:
            counts[engine] = counts.get(engine, 0) + 1
    return counts


def group_summaries(workspace: Workspace, groups: Sequence[PageGroup]) -> pl.DataFrame:
    """The summary rows of ``groups`` that have an output, in their order: cached rows whose output and report
    are unchanged (same etag or mtime), the others read now. The cache is written back whole when a row was
    added, changed or dropped (a group whose output is gone); an unreadable or outdated cache is rebuilt."""
    outputs, reports = _versions(workspace, "results"), _versions(workspace, "reports")
    versions = ["group_id", "output_version", "report_version"]
    found = []  # (group id, output version, report version) of each group with an output
    for group in groups:
        output = outputs.get(_name(workspace.output_path(group.group_id)))
        if output is not None:
            found.append((group.group_id, output, reports.get(_name(workspace.report_path(group.group_id)))))
    current = pl.DataFrame(found, schema={name: SUMMARY_SCHEMA[name] for name in versions}, orient="row")
    cached = _read_cache(workspace)
    kept = cached.join(current, on=versions, how="semi", nulls_equal=True)
    stale = current.join(kept, on="group_id", how="anti")
    rows: list[dict] = []
    pool = ThreadPoolExecutor(_READERS)
    try:
        for row in pool.map(lambda versions: _read_row(workspace, *versions), stale.iter_rows()):
            rows.append(row)  # one at a time, in order: an error keeps the rows before it
    finally:  # a bad output fails the refresh, but the rows read before it are kept for the next one
        pool.shutdown(cancel_futures=True)
        summaries = pl.concat([kept, pl.DataFrame(rows, schema=SUMMARY_SCHEMA)])
        if rows or kept.height != cached.height:
            _write_cache(workspace, summaries)
    return current.select("group_id").join(summaries, on="group_id", how="left", maintain_order="left")


def rollup(summaries: pl.DataFrame, *, groups_total: int, pdfs_total: int) -> dict:
    """Totals, per-page rates and projections to the whole collection (from the groups done so far)."""
    sums = {name: int(summaries[name].sum() or 0) for name in SUMMARY_SCHEMA if SUMMARY_SCHEMA[name] == pl.Int64}
    pages, docs, groups_done = sums["pages"], sums["documents"], summaries.height
    done_fraction = groups_done / groups_total if groups_total else 0.0
    return {
        "groups_total": groups_total,
        "groups_done": groups_done,
        "groups_remaining": groups_total - groups_done,
        "documents": docs,
        "pages": pages,
        "fallback_pages": sums["fallback_pages"],
        "input_tokens": sums["input_tokens"],
        "output_tokens": sums["output_tokens"],
        "output_tokens_per_page": sums["output_tokens"] / pages if pages else 0.0,
        "chars_per_page": sums["chars"] / pages if pages else 0.0,
        "table_pages": sums["table_pages"],
        "diagram_pages": sums["diagram_pages"],
        "long_documents": sums["long_documents"],
        "pdfs_total": pdfs_total,
        "projected_documents": round(docs / done_fraction) if done_fraction else None,
        "projected_pages": round(pages / done_fraction) if done_fraction else None,
    }


def languages(summaries: pl.DataFrame) -> pl.DataFrame:
    """Documents and pages per primary language, most pages first."""
    return (
        _exploded(summaries, "languages", SUMMARY_SCHEMA["languages"])
        .group_by("language")
        .agg(pl.col("documents").sum(), pl.col("pages").sum())
        .sort(["pages", "language"], descending=[True, False])
    )


def engine_pages(summaries: pl.DataFrame) -> dict[str, int]:
    """Pages per engine (see :func:`page_engines`) over all the groups."""
    frame = _exploded(summaries, "page_engines", SUMMARY_SCHEMA["page_engines"])
    return dict(frame.group_by("engine").agg(pl.col("pages").sum()).iter_rows())


def pdf_errors(summaries: pl.DataFrame, limit: int = ERRORS_SHOWN) -> tuple[int, list[tuple[str, str]]]:
    """How many PDFs could not be read (a PDF is planned into one group only), and the first ``limit`` of them
    in the groups' order with why: (source, "kind: reason")."""
    shown = _exploded(summaries, "errors", SUMMARY_SCHEMA["errors"]).head(limit)
    return int(summaries["pdfs_with_errors"].sum() or 0), list(shown.iter_rows())


def routing_summary(pages_by_engine: dict[str, int], sent_back: int, accelerator_s_per_gpu_page: float | None) -> dict:
    """What the page router saved: pages per engine, the share kept off the GPU, the accelerator-seconds saved
    (the CPU pages at the GPU pages' measured seconds per page; None without a measurement) and how often the
    quality guard sent a CPU-routed page to the VLM."""
    pages = sum(pages_by_engine.values())
    cpu = pages_by_engine.get("cpu", 0)
    cpu_routed = cpu + sent_back
    saved = cpu * accelerator_s_per_gpu_page if accelerator_s_per_gpu_page is not None else None
    return {
        "pages_vlm": pages_by_engine.get("vlm", 0),
        "pages_cpu": cpu,
        "pages_fallback": pages_by_engine.get("fallback", 0),
        "share_off_gpu": round(cpu / pages, 4) if pages else 0.0,
        "guard_sent_back_pages": sent_back,
        "guard_send_back_rate": round(sent_back / cpu_routed, 4) if cpu_routed else 0.0,
        "accelerator_seconds_saved": None if saved is None else round(saved, 2),
    }


def _exploded(summaries: pl.DataFrame, column: str, dtype: pl.List) -> pl.DataFrame:
    """The structs of a list column as rows, in the groups' order (an empty frame of the struct's fields when none)."""
    frame = summaries.select(pl.col(column).explode()).drop_nulls()
    return frame.unnest(column) if frame.height else pl.DataFrame(schema=dict(dtype.inner.to_schema()))


def _read_row(workspace: Workspace, group_id: str, output_version: str, report_version: str | None) -> dict:
    path = workspace.output_path(group_id)
    documents = decode_jsonl(workspace.storage.read_bytes(path), path)  # a bad output: an error naming it
    report = read_group_report(workspace, group_id) if report_version is not None else None
    return {
        **group_summary(group_id, documents, report),
        "output_version": output_version,
        "report_version": report_version,
    }


def _versions(workspace: Workspace, folder: str) -> dict[str, str]:
    """File name -> etag or mtime of every file in one of the workspace's folders: one listing."""
    return {_name(info.path): info.etag_or_mtime for info in workspace.storage.list(join(workspace.root, folder) + "/")}


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _read_cache(workspace: Workspace) -> pl.DataFrame:
    """The cached rows; none when the cache is missing, unreadable or of another version (it is then rebuilt)."""
    path = workspace.summaries_path
    try:
        data = workspace.storage.read_bytes(path) if workspace.storage.exists(path) else b""
        if data and pl.read_parquet_metadata(data).get(_VERSION_KEY) == SUMMARY_VERSION:
            frame = pl.read_parquet(io.BytesIO(data))
            if frame.schema == SUMMARY_SCHEMA:
                return frame
    except (OlmocrError, OSError, ValueError, pl.exceptions.PolarsError):  # never a reason to fail: rebuilt
        pass
    return pl.DataFrame(schema=SUMMARY_SCHEMA)


def _write_cache(workspace: Workspace, summaries: pl.DataFrame) -> None:
    buffer = io.BytesIO()
    summaries.write_parquet(buffer, compression="zstd", metadata={_VERSION_KEY: SUMMARY_VERSION})
    try:
        workspace.storage.write_bytes(workspace.summaries_path, buffer.getvalue())  # atomic: whole or not at all
    except StorageError as exc:  # the rollup is still right; the next refresh reads these outputs again
        log.warning("could not keep the group summaries: %s", exc)
