"""JSON Lines, plain or compressed, chosen by file name.

``.jsonl`` is written exactly as olmOCR writes its results: ``json.dumps(doc)`` with default settings, each
followed by "\\n". ``.jsonl.gz`` and ``.jsonl.zst`` / ``.jsonl.zstd`` (the dolma toolkit's conventions) hold
the same bytes compressed.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import zstandard

from olmocr_core.common.errors import StorageError

# Level 6 is gzip's own default: close to level 9's size at a fraction of the time. mtime=0 keeps the
# output a pure function of the records, so re-writing the same documents gives identical bytes.
_GZIP_LEVEL = 6
_ZSTD_LEVEL = 3


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=_GZIP_LEVEL, mtime=0)


def _zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=_ZSTD_LEVEL).compress(data)


def _unzstd(data: bytes) -> bytes:
    # Frame by frame, unlike ZstdDecompressor.decompress: accepts frames written without a content size
    # (zstd CLI pipes, streaming writers) and several concatenated frames, and, unlike stream_reader,
    # notices a truncated frame instead of returning what it had.
    parts = []
    while data:
        frame = zstandard.ZstdDecompressor().decompressobj()
        parts.append(frame.decompress(data))
        if not frame.eof:
            raise zstandard.ZstdError("truncated zstd frame")
        data = frame.unused_data
    return b"".join(parts)


def _identity(data: bytes) -> bytes:
    return data


# suffix -> (compress, decompress); longest suffixes are tried first by _codec.
_CODECS: dict[str, tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]]] = {
    ".jsonl": (_identity, _identity),
    ".jsonl.gz": (_gzip, gzip.decompress),
    ".jsonl.zst": (_zstd, _unzstd),
    ".jsonl.zstd": (_zstd, _unzstd),
}


def jsonl_suffix(path: str) -> str:
    """The JSON Lines suffix ``path`` ends with (case-insensitive); a clear error for anything else."""
    lowered = path.lower()
    for suffix in sorted(_CODECS, key=len, reverse=True):
        if lowered.endswith(suffix):
            return suffix
    raise StorageError(f"{path}: not a JSON Lines file name (expected one of {', '.join(_CODECS)})")


def encode_jsonl(records: Iterable[Mapping[str, Any]], path_or_suffix: str) -> bytes:
    """Serialise ``records``, compressed as ``path_or_suffix``'s suffix says. No records: empty content."""
    compress, _ = _CODECS[jsonl_suffix(path_or_suffix)]
    text = "".join(json.dumps(record) + "\n" for record in records)
    return compress(text.encode("utf-8"))


def decode_jsonl(data: bytes, path: str) -> list[dict[str, Any]]:
    """Parse JSON Lines content read from ``path`` (whose suffix says how it is compressed). Blank lines
    are skipped; a malformed line is an error naming the path and line number."""
    _, decompress = _CODECS[jsonl_suffix(path)]
    try:
        text = decompress(data).decode("utf-8")
    except (OSError, EOFError, zlib.error, zstandard.ZstdError, UnicodeDecodeError) as exc:
        raise StorageError(f"{path}: cannot decompress/decode ({exc})") from exc
    # split("\n"), not splitlines(): other writers may leave U+2028 and friends unescaped inside strings.
    return [_parse_line(line, path, number) for number, line in enumerate(text.split("\n"), 1) if line.strip()]


def decode_jsonl_lines(data: bytes, path: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Like :func:`decode_jsonl`, but a line that is not valid UTF-8 or not a JSON object is a problem (naming
    the path and line) listed beside the records of the good lines, not an error for the whole file."""
    _, decompress = _CODECS[jsonl_suffix(path)]
    try:
        raw = decompress(data)
    except (OSError, EOFError, zlib.error, zstandard.ZstdError) as exc:
        raise StorageError(f"{path}: cannot decompress ({exc})") from exc
    records, problems = [], []
    for number, line in enumerate(raw.split(b"\n"), 1):
        try:
            if line.strip():
                records.append(_parse_line(line.decode("utf-8"), path, number))
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: line {number} is not valid UTF-8 ({exc.reason} at byte {exc.start})")
        except StorageError as exc:
            problems.append(str(exc))
    return records, problems


def _parse_line(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise StorageError(f"{path}: line {number} is not valid JSON ({exc})") from exc
    if not isinstance(record, dict):
        raise StorageError(f"{path}: line {number} is a JSON {type(record).__name__}, not an object")
    return record
