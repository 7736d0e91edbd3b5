"""The asset decorators' shared defaults, so every domain's assets read the same way in the UI."""

from typing import Any

OWNERS = ["team:olmocr"]
# The concurrency pool of steps that hold an accelerator (a GPU, or the local machine's): the instance
# limits how many run at once (`olmocr-platform` writes a limit of one for a new local instance).
ACCELERATOR_POOL = "olmocr_accelerator"
OCR_GROUP = "ocr"
MODELS_GROUP = "models"
SEARCH_GROUP = "search"


def asset_defaults(group: str, *, accelerator: bool = False) -> dict[str, Any]:
    """Keyword arguments for ``@dg.asset``: the group, the owners, and the accelerator pool when the step
    holds one."""
    return {"group_name": group, "owners": OWNERS} | ({"pool": ACCELERATOR_POOL} if accelerator else {})
