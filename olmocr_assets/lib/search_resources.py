"""Resources of the search domain: which model embeds chunks, and which LLM extracts entities."""

import dagster as dg
from pydantic import Field

from olmocr_core.engines.config import ManagedServerOptions
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.search.chunking import ChunkSettings
from olmocr_core.search.embedding import Embedder, embedding_revision, load_embedder
from olmocr_core.search.entities import ENTITY_TYPES, EntityGroupReport, EntitySettings, LlmServer, entity_schema
from olmocr_core.work.collections import CollectionSpec


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
        return load_embedder(self._model(), device=self.device, batch_size=self.batch_size)

    def revision(self) -> str:
        """The model's revision (the hub commit or the weights' sha256), without loading it."""
        return embedding_revision(self._model())

    def _model(self) -> str:
        if not self.model:
            raise dg.Failure("EmbeddingResource.model is not set: name an embedding model (--embedding-model)")
        return self.model


class EntityResource(dg.ConfigurableResource):
    """The LLM that extracts entities: a vLLM the step starts for `model`, or `server` (any OpenAI-compatible
    endpoint). A collection chooses its schema in its spec's `extra`: `entity_schema` (a JSON schema whose
    properties are arrays) or `entity_types` (names for the default entity shape: text and page)."""

    model: str | None = Field(
        default=None, description="Model folder, hub id or s3:// for a managed vLLM; the served name with `server`."
    )
    server: str | None = Field(default=None, description="Base URL of a running server; without it, vLLM starts.")
    api_key: str | None = Field(default=None, description="API key of a hosted endpoint (use an EnvVar).")
    max_in_flight: int = Field(
        default=128, description="Requests in flight at once, all page groups of the run together."
    )
    max_request_tries: int = Field(default=5, description="Tries per request (connection errors, 5xx) with backoff.")
    max_answer_tokens: int = Field(default=2048, description="Longest answer per document, in tokens.")
    max_model_len: int = Field(default=16384, description="Context length (managed vLLM: what it allocates for).")
    vllm_args: list[str] = Field(default_factory=list, description="Extra arguments for a managed vLLM server.")
    server_startup_timeout: float = Field(default=600.0, description="Seconds the server may take to load.")
    accelerator_hourly_usd: float = Field(default=2.69, description="Price of an accelerator hour (managed vLLM).")
    usd_per_million_prompt_tokens: float | None = Field(
        default=None, description="A hosted endpoint's price per million prompt tokens (instead of accelerator time)."
    )
    usd_per_million_answer_tokens: float | None = Field(
        default=None, description="A hosted endpoint's price per million answer tokens."
    )

    def llm_server(self) -> LlmServer:
        if not self.model:
            raise dg.Failure("EntityResource.model is not set: name the LLM that extracts entities")
        return LlmServer(
            model=self.model,
            url=self.server,
            api_key=self.api_key,
            managed=ManagedServerOptions(max_model_len=self.max_model_len, extra_args=tuple(self.vllm_args)),
            client=ClientSettings(max_tries=self.max_request_tries, max_in_flight=self.max_in_flight),
            startup_timeout_s=self.server_startup_timeout,
        )

    def settings(self, spec: CollectionSpec) -> EntitySettings:
        extra = spec.extra or {}
        schema = extra.get("entity_schema") or entity_schema(tuple(extra.get("entity_types") or ENTITY_TYPES))
        return EntitySettings(
            model=self.model or "",
            schema=schema,
            max_in_flight=self.max_in_flight,
            context_tokens=self.max_model_len,
            max_answer_tokens=self.max_answer_tokens,
        )

    def usd_per_1000_documents(self, report: EntityGroupReport, accelerator_seconds: float) -> float:
        """What 1,000 documents like these cost: tokens at a hosted endpoint's prices, else accelerator time."""
        if not report.documents:
            return 0.0
        if self.usd_per_million_prompt_tokens is not None or self.usd_per_million_answer_tokens is not None:
            usd = (
                report.prompt_tokens * (self.usd_per_million_prompt_tokens or 0.0)
                + report.answer_tokens * (self.usd_per_million_answer_tokens or 0.0)
            ) / 1e6
        else:
            usd = accelerator_seconds / 3600 * self.accelerator_hourly_usd
        return usd / report.documents * 1000
