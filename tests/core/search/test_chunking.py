"""Markdown-aware chunking: blocks stay whole where they fit, sizes count tokens, every chunk knows its pages."""

from __future__ import annotations

import hashlib
import re

import pytest

from olmocr_core.common.errors import OlmocrError
from olmocr_core.search.chunking import ChunkSettings, chunk_document, chunk_spans, markdown_blocks, pages_of_span


def words(text: str) -> list[tuple[int, int]]:
    """A whitespace tokenizer: one token per word, so token counts are easy to check by eye."""
    return [m.span() for m in re.finditer(r"\S+", text)]


def paragraph(n: int, word: str = "w") -> str:
    return " ".join(f"{word}{i}" for i in range(n))


def test_headings_tables_and_paragraphs_are_blocks():
    table = "| a | b |\n|---|---|\n| 1 | 2 |"
    text = f"# Title\nintro line\n\n{table}\n\nlast paragraph"
    blocks = [(text[s:e], heading) for s, e, heading in markdown_blocks(text)]
    assert blocks == [("# Title", True), ("intro line", False), (table, False), ("last paragraph", False)]


def test_an_html_table_with_blank_lines_stays_one_block():
    table = "<table>\n<tr><td>1</td></tr>\n\n<tr><td>2</td></tr>\n</table>"
    text = f"before\n\n{table}\n\nafter"
    assert [text[s:e] for s, e, _ in markdown_blocks(text)] == ["before", table, "after"]


def test_blocks_that_fit_stay_whole_and_a_heading_opens_a_chunk():
    first, second = paragraph(10, "a"), paragraph(10, "b")
    text = f"# One\n\n{first}\n\n{second}\n\n# Two\n\n{paragraph(5, 'c')}"
    chunks = [text[s:e] for s, e, _ in chunk_spans(text, words, ChunkSettings(max_tokens=16, overlap_tokens=0))]
    assert chunks == [f"# One\n\n{first}", second, f"# Two\n\n{paragraph(5, 'c')}"]


def test_no_chunk_exceeds_the_size_and_a_long_block_is_cut_into_overlapping_windows():
    settings = ChunkSettings(max_tokens=20, overlap_tokens=5)
    text = paragraph(100)
    spans = chunk_spans(text, words, settings)
    assert all(tokens <= 20 for _, _, tokens in spans)
    pieces = [text[s:e].split() for s, e, _ in spans]
    for earlier, later in zip(pieces, pieces[1:], strict=False):
        assert earlier[-5:] == later[:5]  # consecutive windows share overlap_tokens tokens
    assert pieces[0][0] == "w0" and pieces[-1][-1] == "w99"  # nothing lost at either end


def test_consecutive_chunks_share_whole_blocks_up_to_the_overlap():
    short, long_a, long_b = "s0 s1", paragraph(12, "a"), paragraph(12, "b")
    text = f"{long_a}\n\n{short}\n\n{long_b}"
    spans = chunk_spans(text, words, ChunkSettings(max_tokens=16, overlap_tokens=4))
    assert [text[s:e] for s, e, _ in spans] == [f"{long_a}\n\n{short}", f"{short}\n\n{long_b}"]


def test_pages_of_a_span_come_from_pdf_page_numbers():
    spans = [[0, 10, 1], [10, 20, 2], [20, 30, 3]]
    assert pages_of_span(spans, 0, 10) == [1]
    assert pages_of_span(spans, 5, 25) == [1, 2, 3]
    assert pages_of_span(spans, 20, 21) == [3]


def test_every_chunk_keeps_its_lineage():
    text = "# Title\n\npage one has more text\n\n" + "page two text"
    document = {
        "id": hashlib.sha1(text.encode()).hexdigest(),
        "text": text,
        "metadata": {"Source-File": "s3://b/a.pdf", "lineage": {"model": "olmocr", "model_revision": "r1"}},
        "attributes": {"pdf_page_numbers": [[0, 33, 1], [33, len(text), 2]]},
    }
    chunks = chunk_document(document, words, ChunkSettings(max_tokens=8, overlap_tokens=0), page_group="g1")
    assert [c.text for c in chunks] == ["# Title\n\npage one has more text", "page two text"]
    assert [c.pages for c in chunks] == [[1], [2]]
    assert {(c.document_id, c.source, c.page_group, c.ocr_model, c.ocr_model_revision) for c in chunks} == {
        (document["id"], "s3://b/a.pdf", "g1", "olmocr", "r1")
    }
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert len({c.chunk_id for c in chunks}) == 2


@pytest.mark.parametrize(("size", "overlap"), [(4, 0), (64, 32), (64, -1)])
def test_settings_that_cannot_work_are_refused(size, overlap):
    with pytest.raises(OlmocrError, match="chunk size"):
        ChunkSettings(max_tokens=size, overlap_tokens=overlap)
