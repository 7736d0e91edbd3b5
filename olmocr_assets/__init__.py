"""olmocr_assets: the Dagster code location; thin definitions over olmocr_core."""
