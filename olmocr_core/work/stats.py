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
