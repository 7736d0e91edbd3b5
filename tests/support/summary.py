"""Reading `olmocr-platform run`'s summary table (rich) in tests."""

import re


def has_row(summary: str, metric: str, value: int) -> bool:
    """Whether the run's summary table has this row, however wide its columns are."""
    return re.search(rf"│ {metric} +│ +{value} │", summary) is not None
