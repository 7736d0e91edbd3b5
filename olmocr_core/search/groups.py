"""A page group's Dolma documents to chunks, and chunks to vectors in the collection's search table.

Each step writes its group's file once and whole (``store``) and is safe to repeat: a group whose file is there is
not computed again, so a killed run re-run, a retry or a concurrent run leaves every chunk exactly once. A document
that cannot be chunked (empty, not a Dolma document, a line that is not valid UTF-8) is a per-document error in the
report; the group's other documents go on.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from olmocr_core.common.errors import OlmocrError, StorageError
from olmocr_core.formats.jsonl import decode_jsonl_lines
from olmocr_core.search.chunking import Chunk, ChunkSettings, chunk_document
from olmocr_core.search.embedding import Embedder
from olmocr_core.search.store import SearchIndex, SearchStore
from olmocr_core.work.pipeline import DocumentError
from olmocr_core.work.workspace import OUTPUT_SUFFIXES, Workspace, checked_group_id, join


@dataclass
class SearchGroupReport:
    group_id: str
    path: str  # the file this step wrote (or found)
    documents: int = 0
    chunks: int = 0
    tokens: int = 0
    seconds: float = 0.0
    table_rows: int | None = None  # rows in the search table after this group (embedding only)
    already_done: bool = False
    errors: list[DocumentError] = field(default_factory=list)

    @property
    def chunks_per_second(self) -> float:
        return self.chunks / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "chunks_per_second": self.chunks_per_second}


def open_store(workspace: Workspace, embedder: Embedder, settings: ChunkSettings) -> SearchStore:
    """The workspace's store for this model and these settings, recorded as the index searches use from now on."""
    check_chunk_size(embedder, settings)
    store = SearchStore(workspace, SearchIndex(embedder.info, settings))
    store.record_index()
    return store


def check_chunk_size(embedder: Embedder, settings: ChunkSettings) -> None:
    """The model cuts off what it cannot read (its special tokens take two): a longer chunk would be embedded in
    part, so it is refused."""
    if settings.max_tokens > embedder.info.max_seq_length - 2:
        raise OlmocrError(
            f"chunks of {settings.max_tokens} tokens are longer than embedding model {embedder.info.name} reads "
            f"({embedder.info.max_seq_length} tokens with its 2 special ones): give --chunk-tokens "
            f"{embedder.info.max_seq_length - 2} or less"
        )


def dolma_output_path(workspace: Workspace, group_id: str) -> str:
    """The group's Dolma output, in whichever format it was written."""
    for suffix in OUTPUT_SUFFIXES:
        path = join(workspace.root, "results", f"output_{checked_group_id(group_id)}{suffix}")
        if workspace.storage.exists(path):
            return path
    raise StorageError(f"{workspace.root}: page group {group_id} has no Dolma output yet")


def group_chunks(
    workspace: Workspace, group_id: str, embedder: Embedder, settings: ChunkSettings
) -> tuple[list[Chunk], int, list[DocumentError]]:
    """Every chunk of the group's documents, the number of documents chunked, and the documents that could not be."""
    path = dolma_output_path(workspace, group_id)
    documents, problems = decode_jsonl_lines(workspace.storage.read_bytes(path), path)
    errors = [DocumentError(path, "unreadable", problem) for problem in problems]
    chunks: list[Chunk] = []
    chunked = 0
    for number, document in enumerate(documents, 1):
        text = document.get("text")
        source = str((document.get("metadata") or {}).get("Source-File") or f"{path} document {number}")
        if not isinstance(text, str) or not isinstance(document.get("id"), str):
            errors.append(DocumentError(source, "not_dolma", "no text or no id: not a Dolma document"))
        elif not text.strip():
            errors.append(DocumentError(source, "empty", "the document has no text to chunk"))
        else:
            chunks += chunk_document(document, embedder.token_offsets, settings, page_group=group_id)
            chunked += 1
    return chunks, chunked, errors


def chunk_group(store: SearchStore, group_id: str, embedder: Embedder) -> SearchGroupReport:
    """Chunk the group's documents and write its chunk file once (nothing when it is there already)."""
    started = time.perf_counter()
    report = SearchGroupReport(group_id, store.chunks_path(group_id))
    if store.storage.exists(report.path):
        report.already_done = True
        return report
    chunks, report.documents, report.errors = group_chunks(store.workspace, group_id, embedder, store.index.chunking)
    report.already_done = not store.write_chunks(group_id, chunks)
    report.chunks = len(chunks)
    report.tokens = sum(c.tokens for c in chunks)
    report.seconds = time.perf_counter() - started
    return report


def embed_group(store: SearchStore, group_id: str, embedder: Embedder) -> SearchGroupReport:
    """Embed the group's chunks, merge them into the search table, then write its vector file once. The file comes
    last, so a group whose file exists has its rows in the table (``groups_to_embed`` relies on it); a run killed
    in between embeds the group again and the merge by chunk id adds nothing twice. A group already done is merged
    again (a no-op unless the table was rebuilt)."""
    started = time.perf_counter()
    report = SearchGroupReport(group_id, store.embeddings_path(group_id))
    if store.storage.exists(report.path):
        report.already_done = True
        rows = store.read_vectors(group_id)
    else:
        if not store.storage.exists(store.chunks_path(group_id)):
            chunk_group(store, group_id, embedder)
        chunks = store.read_chunks(group_id)
        rows = store.vector_table(chunks, embedder.encode(chunks["text"].to_list()))
    report.table_rows = store.add_to_table(rows)
    if not report.already_done and not store.write_vectors(group_id, rows):
        report.already_done = True  # another run wrote the same chunks' vectors first: theirs stand
    report.documents = rows["document_id"].n_unique()
    report.chunks = rows.height
    report.tokens = int(rows["tokens"].sum())
    report.seconds = time.perf_counter() - started
    return report


def groups_to_embed(store: SearchStore, group_ids: list[str]) -> list[str]:
    """The groups whose vectors this index lacks (a new model or new chunk settings: every group)."""
    return [g for g in group_ids if not store.storage.exists(store.embeddings_path(g))]
