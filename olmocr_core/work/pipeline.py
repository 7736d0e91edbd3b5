"""One page group, end to end: sources in, one Dolma output written once and whole, a report out.

All pages of all PDFs of the group are in flight together; the engine bounds rendering (a pool)
and requests (a semaphore), so the server is never starved while a slow PDF renders.
"""

from __future__ import annotations

import asyncio
import json
import logging
import posixpath
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Protocol

from olmocr_core.common.aio import gather_or_cancel
from olmocr_core.common.errors import InputError, MissingObjectError
from olmocr_core.engines.base import Engine, PageTask
from olmocr_core.formats.dolma import DocumentOutcome, decide_document
from olmocr_core.formats.jsonl import encode_jsonl
from olmocr_core.formats.response import PageResult
from olmocr_core.rendering import pdf
from olmocr_core.routing.document_filter import DocumentFilter
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.workspace import Workspace

log = logging.getLogger(__name__)

DEFAULT_MAX_PAGE_ERROR_RATE = 0.004


@dataclass
class DocumentError:
    source: str
    kind: str  # not_a_pdf, corrupt, encrypted, empty, missing, unreadable
    reason: str


@dataclass
class GroupReport:
    group_id: str
    output_path: str
    lineage: dict[str, str]
    documents: int = 0
    pages: int = 0
    fallback_pages: int = 0
    input_tokens: int = 0  # every attempt's tokens: what the group cost
    output_tokens: int = 0
    attempts: dict[int, int] = field(default_factory=dict)  # attempts per page -> pages
    dropped: list[dict] = field(default_factory=list)  # {source, pages, fallback_pages, reason}
    errors: list[DocumentError] = field(default_factory=list)
    # The document filter's drops (--apply-filter): {source, pages, reason}; sent to no engine.
    filtered: list[dict] = field(default_factory=list)
    pages_by_engine: dict[str, int] = field(default_factory=dict)  # "vlm", "cpu", "fallback" -> pages
    sent_back_pages: int = 0  # CPU-routed pages the quality guard sent to the VLM
    routes: list[dict] = field(default_factory=list)  # per page: {source, page, engine, reason}
    seconds: float = 0.0
    already_done: bool = False  # another worker wrote this group's output first

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "pages_per_second": self.pages_per_second}

    @classmethod
    def from_dict(cls, data: dict) -> GroupReport:
        """A report back from JSON (a GPU pod's Pipes message); attempt counts come back as str keys."""
        fields = {k: v for k, v in data.items() if k != "pages_per_second"}
        fields["errors"] = [DocumentError(**e) for e in fields.get("errors", [])]
        fields["attempts"] = {int(k): v for k, v in fields.get("attempts", {}).items()}
        return cls(**fields)


def combine_reports(reports: list[GroupReport], output_path: str) -> GroupReport:
    """Several groups' reports as one (a shard's): counts, tokens, attempts and pages per engine summed, errors,
    drops, filtered documents and routes in group order, seconds summed; the first report's lineage."""
    combined = GroupReport(group_id="", output_path=output_path, lineage=dict(reports[0].lineage) if reports else {})
    attempts: Counter[int] = Counter()
    engines: Counter[str] = Counter()
    for report in reports:
        for name in ("documents", "pages", "fallback_pages", "input_tokens", "output_tokens", "sent_back_pages"):
            setattr(combined, name, getattr(combined, name) + getattr(report, name))
        combined.seconds += report.seconds
        attempts.update(report.attempts)
        engines.update(report.pages_by_engine)
        combined.dropped += report.dropped
        combined.errors += report.errors
        combined.filtered += report.filtered
        combined.routes += report.routes
    combined.attempts, combined.pages_by_engine = dict(attempts), dict(engines)
    return combined


class SourceFetcher(Protocol):
    """Fetches a source PDF to a local file (a Storage, or a router picking each source's credentials)."""

    def download_to(self, path: str, local_path: str) -> None: ...


@dataclass(frozen=True)
class GroupOptions:
    max_page_error_rate: float = DEFAULT_MAX_PAGE_ERROR_RATE
    markdown: bool = False
    apply_filter: bool = False  # olmOCR's document filter: languages, SEO spam, forms
    filter_languages: tuple[str, ...] = ("en",)  # ISO 639-1 codes of the documents the filter keeps

    def __post_init__(self) -> None:
        object.__setattr__(self, "filter_languages", tuple(self.filter_languages))  # JSON (a pod's extras) gives a list


async def process_group(
    group: PageGroup,
    engine: Engine,
    workspace: Workspace,
    sources: SourceFetcher,
    options: GroupOptions = GroupOptions(),
    on_page: Callable[[PageResult], None] = lambda page: None,
) -> GroupReport:
    """Convert every PDF of ``group``; write its output once, whole; return its report.

    A bad PDF is a per-document error in the report. Only engine or workspace failures raise.
    """
    start = time.perf_counter()
    report = GroupReport(group.group_id, workspace.output_path(group.group_id), engine.lineage())
    with tempfile.TemporaryDirectory(prefix="olmocr-group-") as scratch:
        local = await _fetch_sources(group.paths, sources, scratch, report)
        document_filter = DocumentFilter(options.filter_languages) if options.apply_filter else None
        page_counts = await _count_pages(local, report, document_filter)
        results = await _convert_pages(local, page_counts, engine, on_page, report)
    outcomes = [
        decide_document(
            source,
            results[source],
            max_page_error_rate=options.max_page_error_rate,
            lineage=report.lineage,
            group_id=group.group_id,
        )
        for source in group.paths
        if source in results
    ]
    _tally(report, results, outcomes)
    report.seconds = time.perf_counter() - start
    # Encoding and (S3) writes block: off the event loop, so other groups' requests keep flowing.
    await asyncio.to_thread(
        _write_outputs, workspace, report, [o.document for o in outcomes if o.document is not None], options
    )
    return report


def read_group_report(workspace: Workspace, group_id: str) -> GroupReport | None:
    """The report ``_write_outputs`` kept for a done group; None when there is none (written by a tool that
    keeps no report). Reports from before a field was added read with its default."""
    path = workspace.report_path(group_id)
    if not workspace.storage.exists(path):
        return None
    return GroupReport.from_dict(json.loads(workspace.storage.read_bytes(path)))


def _write_outputs(workspace: Workspace, report: GroupReport, documents: list[dict], options: GroupOptions) -> None:
    """Markdown and the report first, then the output once, whole (a conditional write): the output is what
    marks a group done, so a worker killed at any point leaves either a done group with its report and
    markdown, or a group that is not done and is converted again (its report then rewritten). Nothing is
    written when another worker's output is already there; one that wins a race in the last moment keeps
    its output, and the report and markdown are the later writer's account of the same documents."""
    report.already_done = workspace.is_done(report.group_id)
    if not report.already_done:
        encoded = encode_jsonl(documents, report.output_path)  # before the report: a failed encode writes nothing
        if options.markdown:
            _write_markdown(workspace, documents)
        workspace.storage.write_bytes(
            workspace.report_path(report.group_id), json.dumps(report.to_dict(), indent=1, default=str).encode()
        )
        report.already_done = not workspace.storage.write_if_absent(report.output_path, encoded)
    if report.already_done:
        log.warning("group %s was already written by another worker; kept theirs", report.group_id)


async def _fetch_sources(
    paths: tuple[str, ...], sources: SourceFetcher, scratch: str, report: GroupReport
) -> dict[str, str]:
    """Local file for every source that can be fetched; the others become per-document errors."""

    def fetch(index: int, source: str) -> str:
        if not source.startswith("s3://"):
            return source
        # Keep the extension: it tells MuPDF a PNG/JPEG from a PDF.
        target = f"{scratch}/{index}{posixpath.splitext(source)[1]}"
        sources.download_to(source, target)
        return target

    async def one(index: int, source: str) -> tuple[str, str | None]:
        try:
            return source, await asyncio.to_thread(fetch, index, source)
        except MissingObjectError as exc:  # gone since it was listed: a per-document error
            report.errors.append(DocumentError(source, "missing", str(exc)))
            return source, None
        # Other storage failures (throttled after retries, access denied) fail the group, which is retried
        # later: recording them as document errors would lose those documents for good.

    fetched = await gather_or_cancel(one(i, s) for i, s in enumerate(paths))
    return {source: path for source, path in fetched if path is not None}


# PyMuPDF is not thread-safe: the parent process opens documents on this one thread only.
_PDF_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pymupdf")


async def _count_pages(
    local: dict[str, str], report: GroupReport, document_filter: DocumentFilter | None
) -> dict[str, int]:
    """Pages of every readable document the filter (when there is one) keeps; the others are in the report."""

    def count(source: str, path: str) -> tuple[int, str | None]:
        with pdf.open_document(path, name=source) as document:
            pages = pdf.page_count(document)
            return pages, document_filter.reason(document) if document_filter else None

    async def one(source: str, path: str) -> tuple[str, int | None]:
        try:
            pages, dropped = await asyncio.get_running_loop().run_in_executor(_PDF_THREAD, count, source, path)
        except InputError as exc:
            report.errors.append(DocumentError(source, exc.kind, exc.reason))
            return source, None
        if dropped is not None:
            report.filtered.append({"source": source, "pages": pages, "reason": dropped})
            return source, None
        return source, pages

    counted = await gather_or_cancel(one(s, p) for s, p in local.items())
    return {source: pages for source, pages in counted if pages is not None}


async def _convert_pages(
    local: dict[str, str],
    page_counts: dict[str, int],
    engine: Engine,
    on_page: Callable[[PageResult], None],
    report: GroupReport,
) -> dict[str, list[PageResult]]:
    """Every page of every document at once; a document whose file turns out unreadable is an error."""
    unreadable: dict[str, InputError] = {}

    async def one(task: PageTask) -> tuple[str, PageResult | None]:
        try:
            result = await engine.process_page(task)
        except InputError as exc:
            unreadable.setdefault(task.source, exc)
            return task.source, None
        on_page(result)
        return task.source, result

    tasks = [
        PageTask(path=local[source], source=source, page_number=number)
        for source, pages in page_counts.items()
        for number in range(1, pages + 1)
    ]
    results: dict[str, list[PageResult]] = {source: [] for source in page_counts}
    for source, result in await gather_or_cancel(one(t) for t in tasks):
        if result is not None:
            results[source].append(result)
    for source, exc in unreadable.items():
        report.errors.append(DocumentError(source, exc.kind, exc.reason))
        del results[source]
    return results


def _tally(report: GroupReport, results: dict[str, list[PageResult]], outcomes: list[DocumentOutcome]) -> None:
    pages = [page for source_pages in results.values() for page in source_pages]
    report.pages = len(pages)
    report.fallback_pages = sum(p.is_fallback for p in pages)
    report.input_tokens = sum(p.tokens_spent_in for p in pages)
    report.output_tokens = sum(p.tokens_spent_out for p in pages)
    report.attempts = dict(sorted(Counter(p.attempts for p in pages).items()))
    report.pages_by_engine = dict(sorted(Counter(p.page_engine for p in pages).items()))
    report.sent_back_pages = sum(p.sent_back for p in pages)
    report.routes = [
        {"source": source, "page": p.page_number, "engine": p.page_engine, "reason": p.route_reason or ""}
        for source, source_pages in results.items()
        for p in sorted(source_pages, key=lambda page: page.page_number)
    ]
    report.documents = sum(o.document is not None for o in outcomes)
    report.dropped = [
        {"source": o.source, "pages": o.pages, "fallback_pages": o.fallback_pages, "reason": o.dropped_reason}
        for o in outcomes
        if o.document is None
    ]


def _write_markdown(workspace: Workspace, documents: list[dict]) -> None:
    for document in documents:
        source = document["metadata"]["Source-File"]
        workspace.storage.write_bytes(workspace.markdown_path(source), document["text"].encode("utf-8"))
