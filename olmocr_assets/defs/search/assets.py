"""Search over the Dolma text: each page group's documents cut into chunks, embedded into the collection's search
table, and read by an LLM for entities, a shard (``collection/s000123``, as dolma_documents) per run with one model
load. Thin over olmocr_core.search; the files are written once and whole per group in the collection's workspace
(``search/{index_id}/...``, ``entities/...``), so a rerun of a shard does only the groups not done yet.

A new embedding model (or new chunk settings) is a new index: its files are written beside the old ones, so its
groups are embedded again while the OCR output stands. The model is the external asset `embedding_model`, observed
(the UI's Observe, the `observe_embedding_model` job, `olmocr-platform run --embedding-model`) with its revision as
data version: each chunks and embeddings materialization records the version it was made with, so a newly observed
model marks them stale and `dolma_documents` stays fresh.
"""

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import dagster as dg

from olmocr_assets.lib.defaults import OWNERS, SEARCH_GROUP, asset_defaults
from olmocr_assets.lib.markdown import capped_list
from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_assets.lib.shards import shards_of_run
from olmocr_core.search.embedding import Embedder
from olmocr_core.search.entities import EntityGroupReport, extract_entities
from olmocr_core.search.groups import SearchGroupReport, chunk_group, embed_group, open_store
from olmocr_core.search.store import SearchStore
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import DocumentError

# Bump when what a document becomes changes (the chunking rules, the files' columns): every group is then stale.
CHUNKS_CODE_VERSION = "chunks.1"
EMBEDDINGS_CODE_VERSION = "embeddings.1"
ENTITIES_CODE_VERSION = "entities.1"

_search_asset = dict(
    partitions_def=shard_partitions,  # dolma_documents' shards: the same key upstream (the identity mapping)
    # No backfill policy, as dolma_documents: a backfill launches one run per shard (one model load, or one LLM server
    # start), tagged with its one partition, whose creation resolves no range (docs/partition-grain.md).
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


def _shard_work(load: str) -> str:
    """What every search asset's run does with its shard, for its description."""
    return (
        f" A run is one shard: its groups with a Dolma output, with one {load}; groups done already are skipped, "
        "groups not converted yet are counted as waiting (the shard's next run does them). The metadata sums the "
        "numbers of the groups this run did."
    )


@dg.asset(
    deps=["dolma_documents", "embedding_model"],
    code_version=CHUNKS_CODE_VERSION,
    kinds={"parquet"},
    description=(
        "A shard's Dolma documents cut into chunks along their markdown (headings, tables and paragraphs whole where "
        "they fit), sized in the embedding model's tokens: `search/{index_id}/chunks/chunks_{group_id}.parquet` per "
        "page group, written once. Each chunk keeps its document id, source PDF, pages, character span and OCR model."
        + _shard_work("model load")
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP),
)
def document_chunks(
    context: dg.AssetExecutionContext, platform: PlatformResource, embedding: EmbeddingResource
) -> None:
    _each_shard(context, platform, embedding, chunk_group)


@dg.asset(
    deps=["document_chunks", "embedding_model"],
    code_version=EMBEDDINGS_CODE_VERSION,
    kinds={"pytorch", "parquet", "lancedb"},
    description=(
        "A shard's chunks embedded with the sentence-transformers model (normalized vectors), merged by chunk id "
        "into the collection's LanceDB table that `olmocr-platform search` reads, and kept in "
        "`search/{index_id}/embeddings/embeddings_{group_id}.parquet` per page group, written once."
        + _shard_work("model load")
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP, accelerator=True),
)
def document_embeddings(
    context: dg.AssetExecutionContext, platform: PlatformResource, embedding: EmbeddingResource
) -> None:
    _each_shard(context, platform, embedding, embed_group)


@dg.asset(
    deps=["dolma_documents"],
    code_version=ENTITIES_CODE_VERSION,
    kinds={"llm", "parquet"},  # any OpenAI-compatible server: vLLM only when it is managed here
    description=(
        "Entities of a shard's documents (default: people, organizations, places, dates and amounts, each with its "
        "page), read by an LLM held to the collection's JSON schema: `entities/{schema_id}/entities_{group_id}"
        ".parquet` per page group, written once. A document that cannot be read is a per-document error in "
        "`entities/{schema_id}/reports/report_{group_id}.json`." + _shard_work("server start")
    ),
    **_search_asset,
    **asset_defaults(SEARCH_GROUP, accelerator=True),
)
def document_entities(context: dg.AssetExecutionContext, platform: PlatformResource, entities: EntityResource) -> None:
    for spec, shards in _shards_by_collection(context, platform):
        # One server for the run: every shard's converted groups in flight together.
        todo = [group for shard in shards for group in shard.ready]
        started = time.perf_counter()
        reports = {}
        if todo:  # no server started for shards whose groups all wait for their Dolma output
            run = extract_entities(spec.open_workspace(), todo, entities.llm_server(), entities.settings(spec))
            reports = {report.group_id: report for report in asyncio.run(run)}
        run_seconds = time.perf_counter() - started
        documents_in_run = sum(r.documents for r in reports.values()) or 1
        for shard in shards:
            done = [reports[group] for group in shard.ready]
            report = _summed_entities(done)
            # The server's time (its start included) shared out by documents: what the accelerator was held for
            # (the groups are read together, so their own times overlap).
            accelerator_seconds = run_seconds * report.documents / documents_in_run
            metadata = shard.group_counts(done) | _entity_metadata(report) | {"seconds": round(accelerator_seconds, 2)}
            if done:  # the folder of the shard's entity files
                metadata["output"] = dg.MetadataValue.path(done[0].path.rsplit("/", 1)[0])
            if report.documents:
                usd = entities.usd_per_1000_documents(report, accelerator_seconds)
                metadata["estimated_usd_per_1000_documents"] = round(usd, 4)
            context.add_asset_metadata(metadata, partition_key=shard.key)


@dataclass(frozen=True)
class SearchShard:
    """A shard of the run: its groups with a Dolma output (``ready``) and the number still to convert."""

    key: str
    groups: int
    ready: list[str]
    waiting: int

    def group_counts(self, reports: list[SearchGroupReport] | list[EntityGroupReport]) -> dict:
        already = sum(r.already_done for r in reports)
        return {
            "groups": self.groups,
            "groups_processed": len(reports) - already,
            "groups_already_done": already,
            "groups_waiting": self.waiting,
        }


def _shards_by_collection(
    context: dg.AssetExecutionContext, platform: PlatformResource
) -> list[tuple[CollectionSpec, list[SearchShard]]]:
    """The run's shards by collection, each split into its converted groups and those still waiting for their Dolma
    output (one listing of the collection's results)."""
    found: dict[str, tuple[CollectionSpec, list[tuple[str, list[PageGroup]]]]] = {}
    for key, spec, groups in shards_of_run(context, platform):
        found.setdefault(spec.name, (spec, []))[1].append((key, groups))
    by_collection = []
    for spec, shards in found.values():
        converted = spec.open_workspace().done_group_ids()
        by_collection.append((spec, [_search_shard(key, groups, converted) for key, groups in shards]))
    return by_collection


def _search_shard(key: str, groups: list[PageGroup], converted: set[str]) -> SearchShard:
    ready = [group.group_id for group in groups if group.group_id in converted]
    return SearchShard(key, len(groups), ready, len(groups) - len(ready))


def _summed_entities(reports: list[EntityGroupReport]) -> EntityGroupReport:
    """The numbers of the groups this run extracted, as one report (the groups done before add nothing)."""
    done = [r for r in reports if not r.already_done]
    by_type: Counter[str] = Counter()
    for report in done:
        by_type.update(report.entities)
    return EntityGroupReport(
        group_id="",
        path="",
        documents=sum(r.documents for r in done),
        entities=dict(sorted(by_type.items())),
        prompt_tokens=sum(r.prompt_tokens for r in done),
        answer_tokens=sum(r.answer_tokens for r in done),
        requests=sum(r.requests for r in done),
        errors=[e for r in done for e in r.errors],
    )


def _entity_metadata(report: EntityGroupReport) -> dict:
    by_type = ["| type | entities |", "| --- | ---: |", *(f"| {t} | {n} |" for t, n in report.entities.items())]
    return {
        "documents": report.documents,
        "document_errors": len(report.errors),
        "entities": sum(report.entities.values()),
        "entities_by_type": dg.MetadataValue.md("\n".join(by_type)),
        "prompt_tokens": report.prompt_tokens,
        "answer_tokens": report.answer_tokens,
        "requests": report.requests,
        "errors": dg.MetadataValue.md(_error_list(report.errors)),
    }


def _each_shard(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    embedding: EmbeddingResource,
    step: Callable[[SearchStore, str, Embedder], SearchGroupReport],
) -> None:
    """``step`` (chunk_group or embed_group) for every converted group of the run's shards, in its collection's
    search store, with the model loaded once; each shard's summed reports become its metadata."""
    embedder = embedding.embedder()
    for spec, shards in _shards_by_collection(context, platform):
        store = open_store(spec.open_workspace(), embedder, embedding.chunk_settings())
        for shard in shards:
            reports = [step(store, group_id, embedder) for group_id in shard.ready]
            context.add_asset_metadata(
                shard.group_counts(reports) | _search_metadata(store, reports), partition_key=shard.key
            )


def _search_metadata(store: SearchStore, reports: list[SearchGroupReport]) -> dict:
    """The numbers of the groups this run chunked or embedded, summed, and the index they went to."""
    done = [r for r in reports if not r.already_done]
    chunks, seconds = sum(r.chunks for r in done), sum(r.seconds for r in done)
    table_rows = [r.table_rows for r in reports if r.table_rows is not None]
    model = store.index.model
    return {
        "documents": sum(r.documents for r in done),
        "chunks": chunks,
        "tokens": sum(r.tokens for r in done),
        "seconds": round(seconds, 2),
        "chunks_per_second": round(chunks / seconds, 1) if seconds else 0.0,
        "document_errors": sum(len(r.errors) for r in done),
        "embedding_model": model.name,
        "embedding_model_revision": model.revision,
        "index_id": store.index.index_id,
        "chunk_tokens": store.index.chunking.max_tokens,
        "chunk_overlap_tokens": store.index.chunking.overlap_tokens,
        **({"search_table_rows": table_rows[-1]} if table_rows else {}),
        "output": dg.MetadataValue.path(store.root),  # the index's folder: chunks/ and embeddings/ per group
        "errors": dg.MetadataValue.md(_error_list([e for r in done for e in r.errors])),
    }


def _error_list(errors: list[DocumentError]) -> str:
    # Every one is in the groups' files and reports.
    return capped_list([f"`{e.source}`: {e.kind}: {e.reason}" for e in errors])
