"""Named jobs of the OCR step, re-executable from the UI."""

import dagster as dg

convert_page_groups = dg.define_asset_job(
    "convert_page_groups",
    selection=dg.AssetSelection.assets("dolma_documents"),
    description="Page groups converted to Dolma documents: one partition, or a range of adjacent ones in one run "
    "(one model load).",
)
