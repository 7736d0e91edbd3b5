"""Where the platform keeps its registries when nobody says otherwise (shared by both CLIs and Dagster)."""

from __future__ import annotations

import os
from pathlib import Path


def default_platform_root() -> str:
    """$OLMOCR_PLATFORM_ROOT, else olmocr/ in DAGSTER_HOME, else .olmocr in the current folder."""
    if root := os.environ.get("OLMOCR_PLATFORM_ROOT"):
        return root
    if home := os.environ.get("DAGSTER_HOME"):
        return str(Path(home) / "olmocr")
    return str(Path(".olmocr").resolve())
