"""Dolma documents cut into chunks for search, along their markdown structure.

A document's text is split into blocks (a heading, a table, a paragraph, a list), and blocks are packed into
chunks of at most ``max_tokens`` tokens of the embedding model: a block stays whole wherever it fits, a heading
opens a new chunk so it introduces what follows it, and a block too long for any chunk is cut into windows that
share ``overlap_tokens`` tokens. Consecutive chunks share the last blocks of the previous one up to
``overlap_tokens``. Every chunk keeps its document id, source PDF, page numbers and character span.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from olmocr_core.common.errors import OlmocrError

# Token offsets (start, end) of a text in the embedding model's tokenizer, special tokens excluded.
TokenOffsets = Callable[[str], Sequence[tuple[int, int]]]


@dataclass(frozen=True)
class ChunkSettings:
    max_tokens: int = 256
    overlap_tokens: int = 32

    def __post_init__(self) -> None:
        if self.max_tokens < 8 or not 0 <= self.overlap_tokens < self.max_tokens // 2:
            raise OlmocrError(
                f"chunk size {self.max_tokens} tokens with overlap {self.overlap_tokens}: give a size of at least "
                "8 tokens and an overlap under half of it"
            )


@dataclass(frozen=True)
class Chunk:
    chunk_id: str  # sha1 of the source, the document id and the span: stable across reruns
    document_id: str
    source: str  # the source PDF
    pages: list[int]
    start: int  # character span in the document's text
    end: int
    text: str
    tokens: int
    page_group: str
    ocr_model: str
    ocr_model_revision: str

    def to_row(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    tokens: int
    heading: bool


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_HEADING = re.compile(r"#{1,6}\s")
_TABLE_LINE = re.compile(r"\s*\|")


def markdown_blocks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) of every block: paragraphs split at blank lines, a heading line its own block,
    a markdown table (its lines starting with '|') or an HTML table kept whole even across blank lines."""
    pieces = []
    position = 0
    for match in _BLANK_LINES.finditer(text):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(text)))
    blocks: list[tuple[int, int, bool]] = []
    open_table = False
    for start, end in pieces:
        if start == end or not text[start:end].strip():
            continue
        piece = text[start:end]
        if open_table and blocks:  # inside an HTML table: blank lines do not end it
            blocks[-1] = (blocks[-1][0], end, False)
        elif _HEADING.match(piece):
            newline = piece.find("\n")
            if newline == -1:
                blocks.append((start, end, True))
            else:
                blocks += [(start, start + newline, True), (start + newline + 1, end, False)]
        elif blocks and _TABLE_LINE.match(piece) and _TABLE_LINE.match(text[blocks[-1][0] : blocks[-1][1]]):
            blocks[-1] = (blocks[-1][0], end, False)  # one markdown table split by a blank line
        else:
            blocks.append((start, end, False))
        lowered = text[blocks[-1][0] : blocks[-1][1]].lower()
        open_table = lowered.count("<table") > lowered.count("</table")
    return blocks


def chunk_spans(text: str, offsets: TokenOffsets, settings: ChunkSettings) -> list[tuple[int, int, int]]:
    """(start, end, tokens) of every chunk of ``text``."""
    blocks = []
    for start, end, heading in markdown_blocks(text):
        tokens = offsets(text[start:end])
        if len(tokens) <= settings.max_tokens:
            blocks.append(Block(start, end, len(tokens), heading))
            continue
        # Too long for one chunk: windows of max_tokens sharing overlap_tokens, cut at token boundaries.
        stride = settings.max_tokens - settings.overlap_tokens
        for first in range(0, len(tokens), stride):
            window = tokens[first : first + settings.max_tokens]
            blocks.append(Block(start + window[0][0], start + window[-1][1], len(window), heading and first == 0))
            if first + settings.max_tokens >= len(tokens):
                break
    chunks: list[list[Block]] = []
    for block in blocks:
        current = chunks[-1] if chunks else None
        used = sum(b.tokens for b in current) if current else 0
        # A heading starts a chunk unless the chunk so far is only headings (a chapter title over a section's).
        heading_breaks = block.heading and current and not all(b.heading for b in current)
        if current is None or used + block.tokens > settings.max_tokens or heading_breaks:
            chunks.append([*_overlap(current or [], settings, block), block])
        else:
            current.append(block)
    return [(c[0].start, c[-1].end, _tokens(text, c, offsets)) for c in chunks]


def _overlap(previous: list[Block], settings: ChunkSettings, block: Block) -> list[Block]:
    """The last whole blocks of the previous chunk that fit in the overlap (none before a heading)."""
    if block.heading or not previous:
        return []
    kept: list[Block] = []
    budget = min(settings.overlap_tokens, settings.max_tokens - block.tokens)
    for earlier in reversed(previous):
        if earlier.tokens > budget or earlier.end > block.start:
            break
        kept.insert(0, earlier)
        budget -= earlier.tokens
    return kept


def _tokens(text: str, blocks: list[Block], offsets: TokenOffsets) -> int:
    """A chunk's tokens, counted again over its whole text when it joins blocks (tokens can merge at a seam)."""
    if len(blocks) == 1:
        return blocks[0].tokens
    return len(offsets(text[blocks[0].start : blocks[-1].end]))


def pages_of_span(spans: Sequence[Sequence[int]], start: int, end: int) -> list[int]:
    """Page numbers whose ``[start, end, page]`` span (Dolma's ``pdf_page_numbers``) overlaps [start, end)."""
    return [int(page) for s, e, page in spans if s < end and start < e]


def chunk_document(
    document: dict, offsets: TokenOffsets, settings: ChunkSettings = ChunkSettings(), *, page_group: str = ""
) -> list[Chunk]:
    """Every chunk of one Dolma document, with its lineage."""
    text = document["text"]
    metadata = document.get("metadata") or {}
    lineage = metadata.get("lineage") or {}
    source = metadata.get("Source-File", "")
    spans = (document.get("attributes") or {}).get("pdf_page_numbers") or []
    chunks = []
    for start, end, tokens in chunk_spans(text, offsets, settings):
        key = f"{source}\0{document['id']}\0{start}\0{end}"
        chunks.append(
            Chunk(
                chunk_id=hashlib.sha1(key.encode("utf-8")).hexdigest(),
                document_id=document["id"],
                source=source,
                pages=pages_of_span(spans, start, end),
                start=start,
                end=end,
                text=text[start:end],
                tokens=tokens,
                page_group=page_group or str(lineage.get("page_group") or ""),
                ocr_model=str(lineage.get("model") or ""),
                ocr_model_revision=str(lineage.get("model_revision") or ""),
            )
        )
    return chunks
