"""Search a collection: the query embedded with the model its vectors were made with, the nearest chunks back."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from olmocr_core.common.errors import OlmocrError
from olmocr_core.search.embedding import load_embedder
from olmocr_core.search.store import SearchStore, current_index
from olmocr_core.work.workspace import Workspace


@dataclass(frozen=True)
class SearchHit:
    score: float  # cosine similarity, 1 for the query's own text
    source: str  # the source PDF
    pages: list[int]
    document_id: str
    text: str
    chunk_id: str
    start: int
    end: int
    embedding_model: str
    ocr_model: str

    def to_json_dict(self) -> dict:
        """The fields `olmocr-platform search --json` prints, in that order."""
        fields = asdict(self)
        return {name: fields[name] for name in ("score", "source", "pages", "document_id", "text")}


def search(workspace: Workspace, query: str, k: int = 10, *, model: str | None = None) -> list[SearchHit]:
    """The ``k`` chunks nearest to ``query``, best first. The query is embedded with the model recorded in the
    store (``model`` overrides where it is loaded from, e.g. a local copy, and must have the same weights)."""
    if k < 1:
        raise OlmocrError(f"asked for {k} results: give at least 1")
    index = current_index(workspace)
    embedder = load_embedder(model or index.model.name)
    if embedder.info.revision != index.model.revision:
        raise OlmocrError(
            f"{workspace.root}: the vectors were made with {index.model.name} (revision {index.model.revision[:12]}), "
            f"not with {embedder.info.name} (revision {embedder.info.revision[:12]}); search with the same model"
        )
    store = SearchStore(workspace, index)
    rows = store.search(embedder.encode([query])[0], k)
    return [
        SearchHit(
            score=round(row["score"], 6),
            source=row["source"],
            pages=[int(p) for p in row["pages"]],
            document_id=row["document_id"],
            text=row["text"],
            chunk_id=row["chunk_id"],
            start=int(row["start"]),
            end=int(row["end"]),
            embedding_model=row["embedding_model"],
            ocr_model=row["ocr_model"],
        )
        for row in rows
    ]
