"""A collection's rollup over its Dolma outputs with polars: olmOCR's ``--stats`` and more."""

from __future__ import annotations

import polars as pl

DOCUMENT_SCHEMA = {
    "group_id": pl.String,
    "source": pl.String,
    "pages": pl.Int64,
    "fallback_pages": pl.Int64,
    "input_tokens": pl.Int64,
    "output_tokens": pl.Int64,
    "chars": pl.Int64,
    "language": pl.String,  # the most frequent primary_language of its pages
    "table_pages": pl.Int64,
    "diagram_pages": pl.Int64,
}


def document_rows(group_id: str, documents: list[dict]) -> pl.DataFrame:
    rows = []
    for doc in documents:
        attributes, metadata = doc["attributes"], doc["metadata"]
        languages = [lang for lang in attributes["primary_language"] if lang]
        rows.append(
            {
                "group_id": group_id,
                "source": metadata["Source-File"],
                "pages": metadata["pdf-total-pages"],
                "fallback_pages": metadata["total-fallback-pages"],
                "input_tokens": metadata["total-input-tokens"],
                "output_tokens": metadata["total-output-tokens"],
                "chars": len(doc["text"]),
                "language": max(set(languages), key=languages.count) if languages else None,
                "table_pages": sum(attributes["is_table"]),
                "diagram_pages": sum(attributes["is_diagram"]),
            }
        )
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA)


def rollup(documents: pl.DataFrame, *, groups_total: int, groups_done: int, pdfs_total: int) -> dict:
    """Totals, per-page rates and projections to the whole collection (from the groups done so far)."""
    pages = int(documents["pages"].sum() or 0)
    docs = documents.height
    done_fraction = groups_done / groups_total if groups_total else 0.0
    return {
        "groups_total": groups_total,
        "groups_done": groups_done,
        "groups_remaining": groups_total - groups_done,
        "documents": docs,
        "pages": pages,
        "fallback_pages": int(documents["fallback_pages"].sum() or 0),
        "input_tokens": int(documents["input_tokens"].sum() or 0),
        "output_tokens": int(documents["output_tokens"].sum() or 0),
        "output_tokens_per_page": (documents["output_tokens"].sum() or 0) / pages if pages else 0.0,
        "chars_per_page": (documents["chars"].sum() or 0) / pages if pages else 0.0,
        "table_pages": int(documents["table_pages"].sum() or 0),
        "diagram_pages": int(documents["diagram_pages"].sum() or 0),
        "long_documents": int(documents.filter(pl.col("pages") >= 50).height),
        "pdfs_total": pdfs_total,
        "projected_documents": round(docs / done_fraction) if done_fraction else None,
        "projected_pages": round(pages / done_fraction) if done_fraction else None,
    }


def languages(documents: pl.DataFrame) -> pl.DataFrame:
    """Documents and pages per primary language, most pages first."""
    return (
        documents.with_columns(pl.col("language").fill_null("unknown"))
        .group_by("language")
        .agg(pl.len().alias("documents"), pl.col("pages").sum().alias("pages"))
        .sort(["pages", "language"], descending=[True, False])
    )


def empty_documents() -> pl.DataFrame:
    return pl.DataFrame(schema=DOCUMENT_SCHEMA)


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


def page_engines(documents: list[dict]) -> dict[str, int]:
    """Pages per engine from the documents' ``olmocr_page_engine`` (documents written before it: "unrecorded")."""
    counts: dict[str, int] = {}
    for doc in documents:
        spans = doc["attributes"].get("olmocr_page_engine")
        engines = [span[2] for span in spans] if spans else ["unrecorded"] * doc["metadata"]["pdf-total-pages"]
        for engine in engines:
            counts[engine] = counts.get(engine, 0) + 1
    return counts
