"""Named jobs of the OCR step, re-executable from the UI."""

import dagster as dg

convert_page_groups = dg.define_asset_job(
    "convert_page_groups",
    selection=dg.AssetSelection.assets("dolma_documents"),
    description="A shard of page groups converted to Dolma documents in one run with one model load (a backfill "
    "launches one run per shard); groups already written are skipped.",
)
