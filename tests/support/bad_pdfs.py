"""Hostile and extreme documents for the bad-input and fuzz tests, generated offline in well under a second each.

``pdfgen`` has the everyday broken files (truncated, random bytes, encrypted, zero pages, empty); these are
the extremes: thousands of pages, huge and needle-thin pages, a page that takes minutes to render, and
seeded mutants of good PDFs (byte flips, truncations, duplicated chunks, a damaged xref).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf

# Each nested form draws the next one this many times: FANOUT ** SLOW_PAGE_DEPTH leaf paths on the page.
FANOUT = 10
SLOW_PAGE_DEPTH = 8
FAST_PAGE_TEXT = "This page renders at once."


def page_text(page_number: int) -> str:
    return f"Page {page_number} of the long document"


def pdf_from_objects(objects: Sequence[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; object 1 is the catalog) with an exact xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), entries, data)


def _text_stream(text: str, x: float = 72, y: float = 720, size: float = 18) -> bytes:
    return stream(b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text.encode("latin-1")))


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def write_many_pages(directory: Path, pages: int = 3000) -> Path:
    """``pages`` letter pages, page N saying ``page_text(N)``: objects written directly, as PyMuPDF would
    take seconds to build thousands of pages."""
    # 1 catalog, 2 page tree, 3 font, then a (page, content) pair per page.
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), _FONT]
    for i in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(_text_stream(page_text(i + 1)))
    path = directory / f"pages_{pages}.pdf"
    path.write_bytes(pdf_from_objects(objects))
    return path


def write_sized_page(directory: Path, width: float, height: float, name: str | None = None) -> Path:
    """One page of ``width`` x ``height`` points with a line of text and a frame along its edges."""
    document = pymupdf.open()
    page = document.new_page(width=width, height=height)
    size = max(1.0, min(width, height) / 20)
    page.insert_text((min(2.0, width / 4), size + 2), FAST_PAGE_TEXT, fontsize=size)
    page.draw_rect(page.rect, color=(0, 0, 0), width=max(0.5, size / 10))
    path = directory / (name or f"page_{width:g}x{height:g}.pdf")
    document.save(path)
    document.close()
    return path


def write_slow_page(directory: Path, depth: int = SLOW_PAGE_DEPTH) -> Path:
    """Three pages; page 2 draws FANOUT ** depth paths through nested forms (10**8 by default: minutes of
    MuPDF time, in a file of a few kilobytes), pages 1 and 3 are plain text that renders at once."""
    # 1 catalog, 2 page tree, 3 font, 4-6 pages, 7-9 their contents, 10.. the nested forms (10 = outermost).
    forms = []
    for level in range(depth):
        if level == depth - 1:
            content = b"0 0 m 4 0 l 4 4 l h f"  # the leaf: one small filled triangle
            resources = b""
        else:
            content = b" ".join(
                b"q 0.5 0 0 0.5 %d %d cm /X Do Q" % (40 * (i % 5), 40 * (i // 5)) for i in range(FANOUT)
            )
            resources = b"/Resources << /XObject << /X %d 0 R >> >>" % (11 + level)
        forms.append(stream(content, b"/Type /XObject /Subtype /Form /BBox [0 0 400 400] " + resources))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
        b" /Resources << /Font << /F1 3 0 R >> /XObject << /X 10 0 R >> >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 5 0 R 6 0 R] /Count 3 >>",
        _FONT,
        page % 7,
        page % 8,
        page % 9,
        _text_stream(FAST_PAGE_TEXT),
        stream(b"q 1 0 0 1 100 200 cm /X Do Q"),
        _text_stream(FAST_PAGE_TEXT),
        *forms,
    ]
    path = directory / "slow_page.pdf"
    path.write_bytes(pdf_from_objects(objects))
    return path


# ---------------------------------------------------------------------------------------------------- mutants


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 4096)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.randint(1, 3) + data[at:]


def _delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


def _damage_xref(data: bytes, rng: random.Random) -> bytes:
    """Scramble digits of the cross-reference section and the startxref offset (or of the end of the file
    when it has a compressed xref stream instead)."""
    at = data.rfind(b"xref")
    start = at if at >= 0 else max(0, len(data) - 512)
    out = bytearray(data)
    digits = [i for i in range(start, len(out)) if 48 <= out[i] <= 57]
    for i in rng.sample(digits, min(len(digits), rng.randint(1, 12))):
        out[i] = rng.randint(48, 57)
    return bytes(out)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "byte_flips": _flip_bytes,
    "truncation": _truncate,
    "chunk_duplication": _duplicate_chunk,
    "chunk_deletion": _delete_chunk,
    "xref_damage": _damage_xref,
}


def mutants(seeds: Sequence[Path], count: int, seed: int = 1288) -> list[tuple[str, str, bytes]]:
    """``count`` mutants of the seed files, as (name, mutation, bytes), the same ones every run: mutations
    and seed files taken in turn, positions drawn from a seeded generator."""
    rng = random.Random(seed)
    originals = [(path.stem, path.read_bytes()) for path in seeds]
    kinds = list(MUTATIONS)
    out = []
    for index in range(count):
        stem, data = originals[index % len(originals)]
        kind = kinds[index % len(kinds)]
        out.append((f"{index:03d}_{kind}_{stem}.pdf", kind, MUTATIONS[kind](data, rng)))
    return out
