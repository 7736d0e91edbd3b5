"""olmocr_core: the plain library behind olmocr-platform (never imports dagster)."""

__version__ = "0.1.0"
