"""JSON Lines encoding: olmOCR's exact bytes for .jsonl, gzip and zstd by suffix."""

from __future__ import annotations

import gzip
import io
import json

import pytest
import zstandard

from olmocr_core.common.errors import StorageError
from olmocr_core.formats.jsonl import decode_jsonl, encode_jsonl, jsonl_suffix

DOCS = [
    {"id": "a" * 40, "text": "Plain ASCII.\nSecond line", "source": "olmocr", "metadata": {"pdf-total-pages": 2}},
    {
        "id": "b" * 40,
        "text": "Ünïcödé, 中文, emoji 🙂, math \\( x^2 \\)",
        "attributes": {"pdf_page_numbers": [[0, 5, 1]]},
    },
    {"id": "c" * 40, "text": "", "nested": [None, True, 1.5, {"k": "v"}]},
]

SUFFIXES = [".jsonl", ".jsonl.gz", ".jsonl.zst", ".jsonl.zstd"]


def test_plain_jsonl_is_byte_identical_to_olmocr() -> None:
    expected = ("\n".join(json.dumps(d) for d in DOCS) + "\n").encode()
    assert encode_jsonl(DOCS, "results/output_abc.jsonl") == expected
    assert encode_jsonl(iter(DOCS), ".jsonl") == expected  # any iterable, a bare suffix


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_round_trip(suffix: str) -> None:
    data = encode_jsonl(DOCS, f"s3://bucket/docs/part-0{suffix}")
    assert decode_jsonl(data, f"part-0{suffix}") == DOCS


def test_compressed_forms_hold_the_plain_bytes() -> None:
    plain = encode_jsonl(DOCS, ".jsonl")
    gz = encode_jsonl(DOCS, "x.jsonl.gz")
    zst = encode_jsonl(DOCS, "x.jsonl.zst")
    assert gz[:2] == b"\x1f\x8b" and gzip.decompress(gz) == plain
    assert zst[:4] == b"\x28\xb5\x2f\xfd" and zstandard.ZstdDecompressor().decompress(zst) == plain
    assert encode_jsonl(DOCS, "x.jsonl.zstd") == zst


def test_gzip_output_is_deterministic() -> None:
    """No timestamp in the header: writing the same documents twice gives the same object."""
    assert encode_jsonl(DOCS, ".jsonl.gz") == encode_jsonl(DOCS, ".jsonl.gz")


def test_suffix_is_case_insensitive() -> None:
    assert jsonl_suffix("A/B.JSONL.GZ") == ".jsonl.gz"
    assert decode_jsonl(encode_jsonl(DOCS, "X.JSONL.ZSTD"), "y.jsonl.zstd") == DOCS


@pytest.mark.parametrize("name", ["out.json", "out.jsonl.bz2", "out.txt", "out.gz", "jsonl"])
def test_unknown_suffix_is_rejected(name: str) -> None:
    with pytest.raises(StorageError, match=f"{name}: not a JSON Lines file name"):
        encode_jsonl(DOCS, name)
    with pytest.raises(StorageError, match=f"{name}: not a JSON Lines file name"):
        decode_jsonl(b"{}\n", name)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_no_records_is_empty_content(suffix: str) -> None:
    data = encode_jsonl([], suffix)
    assert decode_jsonl(data, suffix) == []
    if suffix == ".jsonl":
        assert data == b""  # as olmOCR's writer leaves it


def test_zstd_from_streaming_writers_decodes() -> None:
    """Frames without a content size (zstd CLI pipes, stream writers), several of them back to back."""
    plain = encode_jsonl(DOCS, ".jsonl")
    buffer = io.BytesIO()
    with zstandard.ZstdCompressor().stream_writer(buffer, closefd=False) as writer:
        writer.write(plain)
    frame = buffer.getvalue()
    assert decode_jsonl(frame + frame, "x.jsonl.zst") == DOCS + DOCS


def test_multi_member_gzip_decodes() -> None:
    member = gzip.compress(encode_jsonl(DOCS, ".jsonl"))
    assert decode_jsonl(member + member, "x.jsonl.gz") == DOCS + DOCS


def test_other_writers_lines_decode() -> None:
    """Blank lines, CRLF endings, no final newline, and U+2028 left raw by ensure_ascii=False writers."""
    text = '{"a": 1}\r\n\n{"text": "line\u2028separator"}\n  \n{"b": 2}'
    assert decode_jsonl(text.encode(), "x.jsonl") == [{"a": 1}, {"text": "line\u2028separator"}, {"b": 2}]


def test_malformed_line_names_path_and_line() -> None:
    with pytest.raises(StorageError, match=r"bad\.jsonl: line 3 is not valid JSON"):
        decode_jsonl(b'{"a": 1}\n\n{"a": \n', "bad.jsonl")
    with pytest.raises(StorageError, match=r"bad\.jsonl: line 1 is a JSON list, not an object"):
        decode_jsonl(b"[1, 2]\n", "bad.jsonl")


@pytest.mark.parametrize(
    ("suffix", "data"),
    [
        (".jsonl.gz", b"\x1f\x8b\x08\x00not really gzip"),
        (".jsonl.gz", encode_jsonl(DOCS, ".jsonl")),  # plain content under a .gz name
        (".jsonl.zst", b"\x28\xb5\x2f\xfdgarbage"),
        (".jsonl.gz", encode_jsonl(DOCS * 50, ".jsonl.gz")[:-100]),  # truncated upload
        (".jsonl.zst", encode_jsonl(DOCS * 50, ".jsonl.zst")[:-100]),
        (".jsonl", b"\xff\xfe not utf-8\n"),
    ],
)
def test_corrupt_content_is_a_clear_error(suffix: str, data: bytes) -> None:
    with pytest.raises(StorageError, match=f"part{suffix}: cannot decompress/decode"):
        decode_jsonl(data, f"part{suffix}")
