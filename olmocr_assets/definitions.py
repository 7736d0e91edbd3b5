"""The olmOCR platform's Dagster code location: PDFs -> page groups -> Dolma documents -> reports."""

import dagster as dg

from olmocr_assets.collections.assets import collection_report, page_groups, pdf_collection
from olmocr_assets.ocr.assets import dolma_documents
from olmocr_assets.resources import OcrEngineResource, PlatformResource

defs = dg.Definitions(
    assets=[pdf_collection, page_groups, dolma_documents, collection_report],
    resources={"platform": PlatformResource(), "ocr": OcrEngineResource()},
)
