"""Edit distances for fuzzy text matching, without a compiled dependency.

olmOCR-Bench matches texts "within max_diffs edits" with rapidfuzz and fuzzysearch. Neither is installed
here, so this module implements Myers' bit-parallel algorithm (Hyyrö's formulation): one pass over the text
with Python integers as bit vectors, one machine-word-like operation per character, whatever the pattern's
length. Two variants share the loop:

* anchored: the Levenshtein distance between two whole strings;
* search: for each text position, the least distance between the pattern and any substring ending there,
  which is exactly "the pattern occurs here within k edits" (Sellers' problem).
"""

from __future__ import annotations

from collections.abc import Iterator


def _column_scores(pattern: str, text: str, *, anchored: bool) -> Iterator[int]:
    """After each character of ``text``: the distance of ``pattern`` to the best-aligned text prefix
    (anchored) or to the best substring ending at that character (search). ``pattern`` must not be empty."""
    length = len(pattern)
    match_masks: dict[str, int] = {}
    for index, char in enumerate(pattern):
        match_masks[char] = match_masks.get(char, 0) | (1 << index)
    mask = (1 << length) - 1
    last_bit = 1 << (length - 1)
    # Vertical deltas of the DP column: all +1 at first (D[i][0] = i); horizontal carry-in of the top row
    # is +1 when anchored (D[0][j] = j) and 0 when searching (D[0][j] = 0: a match may start anywhere).
    positive_v, negative_v, score = mask, 0, length
    carry_in = 1 if anchored else 0
    for char in text:
        equal = match_masks.get(char, 0)
        x_v = equal | negative_v
        x_h = (((equal & positive_v) + positive_v) ^ positive_v) | equal
        positive_h = negative_v | (~(x_h | positive_v) & mask)
        negative_h = positive_v & x_h
        if positive_h & last_bit:
            score += 1
        elif negative_h & last_bit:
            score -= 1
        positive_h = ((positive_h << 1) | carry_in) & mask
        negative_h = (negative_h << 1) & mask
        positive_v = negative_h | (~(x_v | positive_h) & mask)
        negative_v = positive_h & x_v
        yield score


def levenshtein(a: str, b: str) -> int:
    """Insertions, deletions and substitutions that turn ``a`` into ``b``."""
    if not a or not b:
        return len(a) + len(b)
    score = len(a)
    for score in _column_scores(a, b, anchored=True):  # noqa: B007 - the last column is the answer
        pass
    return score


def similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance / the longer length: 1.0 for equal strings (both empty included), 0.0 for
    strings with nothing in common."""
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - levenshtein(a, b) / longest


def best_substring_distance(pattern: str, text: str) -> int:
    """The fewest edits that make ``pattern`` appear in ``text`` (0 when it is a substring)."""
    if not pattern or pattern in text:
        return 0
    return min(_column_scores(pattern, text, anchored=False), default=len(pattern))


def match_ends(pattern: str, text: str, max_diffs: int) -> list[int]:
    """Text positions (exclusive ends) where some occurrence of ``pattern`` within ``max_diffs`` edits ends."""
    # Before the first character only deletions of the whole pattern match, hence ``len(pattern)``.
    empty_match = [0] if len(pattern) <= max_diffs else []
    if not pattern:
        return list(range(len(text) + 1))
    return empty_match + [
        position + 1
        for position, score in enumerate(_column_scores(pattern, text, anchored=False))
        if score <= max_diffs
    ]


def match_starts(pattern: str, text: str, max_diffs: int) -> list[int]:
    """Text positions where some occurrence of ``pattern`` within ``max_diffs`` edits starts (ascending).
    A match that starts at i in the text ends at len(text) - i in the reversed text with the reversed pattern."""
    ends = match_ends(pattern[::-1], text[::-1], max_diffs)
    return sorted(len(text) - end for end in ends)
