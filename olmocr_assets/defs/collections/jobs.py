"""Named jobs of a collection (one collection partition per run), re-executable from the UI."""

import dagster as dg

from olmocr_assets.defs.collections.config import example_config

# `olmocr-platform run` runs its first two assets before the page groups convert and the report after them
# (a subset of this job per run, so each run still carries the job's name).
convert_collection = dg.define_asset_job(
    "convert_collection",
    selection=dg.AssetSelection.assets("pdf_collection", "page_groups", "collection_report"),
    description="A collection's manifest and page-group plan, and its rollup report.",
)
# The launchpad opens with an example to edit: the paths are placeholders, the shape is what registers.
register_collection = dg.define_asset_job(
    "register_collection",
    selection=dg.AssetSelection.assets("pdf_collection", "page_groups"),
    config=dg.RunConfig(ops={"pdf_collection": example_config("my-collection")}),
    description="Register a collection from the UI: add its name as a partition, give its workspace and sources "
    "in the launchpad (the example below: local PDFs under /data/pdfs/), and launch. Its PDFs are listed and "
    "planned into page groups; a name that fails to register is removed again.",
)
