"""Markdown the UI shows in metadata: lists capped so that one partition's metadata stays small."""

from collections.abc import Sequence

# Lines of a list a partition's metadata shows; the rest are counted.
LIST_LIMIT = 50


def capped_list(lines: Sequence[str], total: int | None = None, *, rest_in: str = "", limit: int = LIST_LIMIT) -> str:
    """``lines`` as a markdown list of at most ``limit`` items, then "... and N more" (``total``: how many there are,
    when ``lines`` holds only the first ones; ``rest_in``: where every one is); ``_none_`` for none."""
    total = len(lines) if total is None else total
    shown = [f"- {line}" for line in lines[:limit]]
    if total > len(shown):
        shown.append(f"- ... and {total - len(shown)} more" + (f", in {rest_in}" if rest_in else ""))
    return "\n".join(shown) or "_none_"
