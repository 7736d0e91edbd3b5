"""Glob patterns: whether a path has one, and one regex with the standard library's rules for S3 keys."""

from __future__ import annotations

import re

from olmocr_core.common.errors import StorageError


def is_glob(path: str) -> bool:
    """Whether ``path`` contains a wildcard (``*``, ``?`` or ``[``)."""
    return _MAGIC.search(path) is not None


_MAGIC = re.compile(r"[*?[]")


def literal_prefix(pattern: str) -> str:
    """The part of ``pattern`` before its first wildcard: where a listing for it can start."""
    return _MAGIC.split(pattern, maxsplit=1)[0]


def glob_regex(pattern: str, key_pattern: str) -> re.Pattern[str]:
    """Compile a glob over '/'-separated keys with the standard library's rules (fnmatch per segment,
    ``**`` as a whole segment spans directories), so S3 and local globs agree."""
    segments = key_pattern.split("/")
    parts = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            parts.append(".*" if last else "(?:.*/)?")
        else:
            parts.append(_segment_regex(segment) + ("" if last else "/"))
    try:
        return re.compile("".join(parts), re.DOTALL)
    except re.error as exc:
        raise StorageError(f"{pattern}: invalid glob pattern ({exc})") from exc


def _segment_regex(segment: str) -> str:
    out = []
    i = 0
    while i < len(segment):
        char = segment[i]
        i += 1
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (end := _class_end(segment, i)) != -1:
            out.append(_class_regex(segment[i:end]))
            i = end + 1
        else:
            out.append(re.escape(char))
    return "".join(out)


def _class_end(segment: str, start: int) -> int:
    """Index of the ']' closing a class opened just before ``start``, or -1 (then '[' is literal).
    As in fnmatch, a ']' first in the class (after an optional '!') is a member, not the end."""
    j = start
    if j < len(segment) and segment[j] == "!":
        j += 1
    if j < len(segment) and segment[j] == "]":
        j += 1
    return segment.find("]", j)


def _class_regex(body: str) -> str:
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    # Escape what is special inside a regex class, keeping '-' ranges; '/' never matches (segments).
    body = re.sub(r"([\\\[\]^&~|])", r"\\\1", body)
    return f"[^/{body}]" if negate else f"[{body}]"
