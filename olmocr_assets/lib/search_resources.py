"""Resources of the search domain: which model embeds chunks, and which LLM extracts entities."""

import dagster as dg
from pydantic import Field

from olmocr_core.search.chunking import ChunkSettings
from olmocr_core.search.embedding import Embedder, load_embedder


class EmbeddingResource(dg.ConfigurableResource):
    """The sentence-transformers model that embeds chunks, and how documents are cut into chunks."""

    model: str | None = Field(
        default=None,
        description="Embedding model: a local folder, a hub id or s3:// (copied once to the model cache). "
        "Required by document_chunks and document_embeddings.",
    )
    device: str | None = Field(default=None, description="cuda, cpu, ...; default: the GPU when there is one.")
    batch_size: int | None = Field(default=None, description="Texts per forward pass; default: sized to the device.")
    chunk_tokens: int = Field(default=256, description="Largest chunk, in the embedding model's tokens.")
    chunk_overlap: int = Field(default=32, description="Tokens consecutive chunks share.")

    def chunk_settings(self) -> ChunkSettings:
        return ChunkSettings(max_tokens=self.chunk_tokens, overlap_tokens=self.chunk_overlap)

    def embedder(self) -> Embedder:
        """The model, loaded once per process (a later step in the same process reuses it)."""
        if not self.model:
            raise dg.Failure("EmbeddingResource.model is not set: name an embedding model (--embedding-model)")
        return load_embedder(self.model, device=self.device, batch_size=self.batch_size)
