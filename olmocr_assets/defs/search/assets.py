"""Search over the Dolma text: each page group's documents cut into chunks, embedded into the collection's search
table, and read by an LLM for entities. Thin over olmocr_core.search; the files are written once and whole in the
collection's workspace (``search/{index_id}/...``, ``entities/...``).

A new embedding model (or new chunk settings) is a new index: its files are written beside the old ones, so its
groups are embedded again while the OCR output stands. The model is the external asset `embedding_model`, observed
(the UI's Observe, the `observe_embedding_model` job, `olmocr-platform run --embedding-model`) with its revision as
data version: each chunks and embeddings materialization records the version it was made with, so a newly observed
model marks them stale and `dolma_documents` stays fresh.
"""

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable

import dagster as dg

from olmocr_assets.lib.defaults import OWNERS, SEARCH_GROUP, asset_defaults
from olmocr_assets.lib.partitions import GROUPS_PER_SHARD, shard_partitions, split_page_group_key
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_core.search.embedding import Embedder
from olmocr_core.search.entities import EntityGroupReport, extract_entities
from olmocr_core.search.groups import SearchGroupReport, chunk_group, embed_group, open_store
from olmocr_core.search.store import SearchStore
from olmocr_core.work.pipeline import DocumentError

# Bump when what a document becomes changes (the chunking rules, the files' columns): every group is then stale.
CHUNKS_CODE_VERSION = "chunks.1"
EMBEDDINGS_CODE_VERSION = "embeddings.1"
ENTITIES_CODE_VERSION = "entities.1"

_search_asset = dict(
    partitions_def=shard_partitions,
    backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=GROUPS_PER_SHARD),
)


@dg.multi_observable_source_asset(
    specs=[
        dg.AssetSpec(
            "embedding_model",
            group_name=SEARCH_GROUP,
            owners=OWNERS,
            kinds={"pytorch"},
            description=(
                "The sentence-transformers model that `EmbeddingResource.model` names (a folder, hub id or s3://), "
                "observed, never materialized here: its data version is the model's revision (the hub commit or "
                "the weights' sha256). Observing a new model marks document_chunks (sized in its tokens) and "
                "document_embeddings stale; the OCR output stays fresh."
            ),
        )
    ]
)
def embedding_model(embedding: EmbeddingResource) -> dg.ObserveResult:
    revision = embedding.revision()
    return dg.ObserveResult(
        asset_key="embedding_model",
        data_version=dg.DataVersion(revision),
        metadata={"model": embedding.model, "revision": revision},
    )


@dg.asset(
    deps=["dolma_documents", "embedding_model"],
    code_version=CHUNKS_CODE_VERSION,
    kinds={"parquet"},
    description=(
        "A page group's Dolma documents cut into chunks along their markdown (headings, tables and paragraphs "
        "whole where they fit), sized in the embedding model's tokens: `search/{index_id}/chunks/chunks_{group_id}"
        ".parquet`, written once. Each chunk keeps its document id, source PDF, pages, character span and OCR model."
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP),
)
def document_chunks(
    context: dg.AssetExecutionContext, platform: PlatformResource, embedding: EmbeddingResource
) -> None:
    _each_group(context, platform, embedding, chunk_group)


@dg.asset(
    deps=["document_chunks", "embedding_model"],
    code_version=EMBEDDINGS_CODE_VERSION,
    kinds={"pytorch", "parquet", "lancedb"},
    description=(
        "A page group's chunks embedded with the sentence-transformers model (normalized vectors), merged by chunk "
        "id into the collection's LanceDB table that `olmocr-platform search` reads, and kept in "
        "`search/{index_id}/embeddings/embeddings_{group_id}.parquet`, written once."
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP, accelerator=True),
)
def document_embeddings(
    context: dg.AssetExecutionContext, platform: PlatformResource, embedding: EmbeddingResource
) -> None:
    _each_group(context, platform, embedding, embed_group)


@dg.asset(
    deps=["dolma_documents"],
    code_version=ENTITIES_CODE_VERSION,
    kinds={"llm", "parquet"},  # any OpenAI-compatible server: vLLM only when it is managed here
    description=(
        "Entities of a page group's documents (default: people, organizations, places, dates and amounts, each "
        "with its page), read by an LLM held to the collection's JSON schema: `entities/{schema_id}/entities_"
        "{group_id}.parquet`, written once. A document that cannot be read is a per-document error in "
        "`entities/{schema_id}/reports/report_{group_id}.json`."
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP, accelerator=True),
)
def document_entities(context: dg.AssetExecutionContext, platform: PlatformResource, entities: EntityResource) -> None:
    by_collection: dict[str, list[str]] = defaultdict(list)
    for key in context.partition_keys:
        collection, group_id = split_page_group_key(key)
        by_collection[collection].append(group_id)
    for collection, group_ids in by_collection.items():
        spec = platform.collection(collection)
        started = time.perf_counter()
        run = extract_entities(spec.open_workspace(), group_ids, entities.llm_server(), entities.settings(spec))
        reports = asyncio.run(run)
        run_seconds = time.perf_counter() - started
        documents_in_run = sum(r.documents for r in reports) or 1
        for report in reports:
            # The server's time (its start included) shared out by documents: what the accelerator was held for.
            accelerator_seconds = run_seconds * report.documents / documents_in_run
            context.add_asset_metadata(
                _entity_metadata(report, entities.usd_per_1000_documents(report, accelerator_seconds)),
                partition_key=f"{collection}/{report.group_id}",
            )


def _entity_metadata(report: EntityGroupReport, usd_per_1000_documents: float) -> dict:
    if report.already_done:
        return {"already_done": True, "output": dg.MetadataValue.path(report.path)}
    by_type = ["| type | entities |", "| --- | ---: |", *(f"| {t} | {n} |" for t, n in report.entities.items())]
    return {
        "documents": report.documents,
        "document_errors": len(report.errors),
        "entities": sum(report.entities.values()),
        "entities_by_type": dg.MetadataValue.md("\n".join(by_type)),
        "prompt_tokens": report.prompt_tokens,
        "answer_tokens": report.answer_tokens,
        "requests": report.requests,
        "seconds": round(report.seconds, 2),
        "estimated_usd_per_1000_documents": round(usd_per_1000_documents, 4),
        "output": dg.MetadataValue.path(report.path),
        "errors": dg.MetadataValue.md(error_list(report.errors)),
    }


def _each_group(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    embedding: EmbeddingResource,
    step: Callable[[SearchStore, str, Embedder], SearchGroupReport],
) -> None:
    """``step`` (chunk_group or embed_group) for every partition of the run, in its collection's search store,
    with the model loaded once; each partition's report becomes its metadata."""
    stores: dict[str, SearchStore] = {}
    for key in context.partition_keys:
        collection, group_id = split_page_group_key(key)
        if collection not in stores:
            workspace = platform.collection(collection).open_workspace()
            stores[collection] = open_store(workspace, embedding.embedder(), embedding.chunk_settings())
        report = step(stores[collection], group_id, embedding.embedder())
        context.add_asset_metadata(_search_metadata(stores[collection], report), partition_key=key)


def _search_metadata(store: SearchStore, report: SearchGroupReport) -> dict:
    model = store.index.model
    return {
        "already_done": report.already_done,
        "documents": report.documents,
        "chunks": report.chunks,
        "tokens": report.tokens,
        "seconds": round(report.seconds, 2),
        "chunks_per_second": round(report.chunks_per_second, 1),
        "document_errors": len(report.errors),
        "embedding_model": model.name,
        "embedding_model_revision": model.revision,
        "index_id": store.index.index_id,
        "chunk_tokens": store.index.chunking.max_tokens,
        "chunk_overlap_tokens": store.index.chunking.overlap_tokens,
        **({} if report.table_rows is None else {"search_table_rows": report.table_rows}),
        "output": dg.MetadataValue.path(report.path),
        "errors": dg.MetadataValue.md(error_list(report.errors)),
    }


def error_list(errors: list[DocumentError]) -> str:
    return "\n".join(f"- `{e.source}`: {e.kind}: {e.reason}" for e in errors) or "_none_"
