"""Named jobs of a collection (one collection partition per run), re-executable from the UI."""

import dagster as dg

# `olmocr-platform run` runs its first two assets before the page groups convert and the report after them
# (a subset of this job per run, so each run still carries the job's name).
convert_collection = dg.define_asset_job(
    "convert_collection",
    selection=dg.AssetSelection.assets("pdf_collection", "page_groups", "collection_report"),
    description="A collection's manifest and page-group plan, and its rollup report.",
)
