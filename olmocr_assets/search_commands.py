"""``olmocr-platform search`` and the embedding stage of ``olmocr-platform run --embedding-model``.

``run --embedding-model M`` materializes document_chunks and document_embeddings (the code location's
``embed_page_groups`` job) for every shard with a converted page group whose vectors the current index lacks, one run
per shard, and ``run --entity-model M`` document_entities (``extract_page_group_entities``) for those whose entities
it lacks; ``search`` embeds a query with the model the collection's vectors were made with and prints the nearest
chunks.
"""

import argparse
import json
import sys
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_assets.lib.shards import groups_of_shard, shard_keys
from olmocr_core.cli.console import console_width
from olmocr_core.search.entities import groups_without_entities as entities_missing
from olmocr_core.search.groups import check_chunk_size, groups_to_embed
from olmocr_core.search.query import SearchHit, search
from olmocr_core.search.store import SearchIndex, SearchStore
from olmocr_core.work.collections import CollectionSpec


def add_run_arguments(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "--embedding-model",
        help="also chunk and embed the converted documents for `olmocr-platform search` with this "
        "sentence-transformers model (a folder, hub id or s3://)",
    )
    run.add_argument("--chunk-tokens", type=int, default=256, help="largest chunk, in the model's tokens (%(default)s)")
    run.add_argument("--chunk-overlap", type=int, default=32, help="tokens consecutive chunks share (%(default)s)")
    run.add_argument(
        "--entity-model",
        help="also extract entities (document_entities) with this LLM: a folder, hub id or s3:// that a managed vLLM "
        "loads, or the served name with --entity-server",
    )
    run.add_argument("--entity-server", help="an OpenAI-compatible server for --entity-model (default: start vLLM)")
    run.add_argument("--entity-api-key", help="the API key of --entity-server")


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("search", help="search a collection's embedded chunks")
    parser.add_argument("collection", help="the collection's name")
    parser.add_argument("query", help="what to look for")
    parser.add_argument("-k", type=int, default=5, help="how many chunks to show (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line: score, source, pages, ...")
    parser.add_argument("--model", help="load the recorded embedding model from here instead (same weights)")


def embedding_resource(args: argparse.Namespace) -> EmbeddingResource:
    """The command line's embedding options; a model that does not load, or chunk settings that cannot work with it,
    fail now, before any conversion (the model stays loaded for the run's steps in this process)."""
    resource = EmbeddingResource(
        model=args.embedding_model, chunk_tokens=args.chunk_tokens, chunk_overlap=args.chunk_overlap
    )
    check_chunk_size(resource.embedder(), resource.chunk_settings())
    return resource


def entity_resource(args: argparse.Namespace) -> EntityResource:
    return EntityResource(model=args.entity_model, server=args.entity_server, api_key=args.entity_api_key)


def shards_without_vectors(spec: CollectionSpec, embedding: EmbeddingResource) -> list[str]:
    """Keys of the collection's shards, in order, with a converted group whose vectors the index of ``embedding``
    lacks (a new model or new chunk settings: every shard with a converted group)."""
    store = SearchStore(spec.open_workspace(), SearchIndex(embedding.embedder().info, embedding.chunk_settings()))
    return _shards_lacking(spec, lambda group_ids: groups_to_embed(store, group_ids))


def shards_without_entities(spec: CollectionSpec, entities: EntityResource) -> list[str]:
    """Keys of the collection's shards, in order, with a converted group whose entities this model and schema
    lack."""
    workspace, server, settings = spec.open_workspace(), entities.llm_server(), entities.settings(spec)
    return _shards_lacking(spec, lambda group_ids: entities_missing(workspace, group_ids, server, settings))


def _shards_lacking(spec: CollectionSpec, missing: Callable[[list[str]], list[str]]) -> list[str]:
    """The shards holding a group that ``missing`` names among the converted ones, decided from the files (one
    listing of the results, then ``missing`` once for all groups), not from the instance's partitions."""
    workspace = spec.open_workspace()
    index, converted = workspace.read_index(), workspace.done_group_ids()
    lacking = set(missing([group.group_id for group in index if group.group_id in converted]))
    return [
        key
        for number, key in enumerate(shard_keys(spec, len(index)))
        if any(group.group_id in lacking for group in groups_of_shard(spec, index, number))
    ]


def search_command(args: argparse.Namespace, platform: PlatformResource) -> int:
    hits = search(platform.collection(args.collection).open_workspace(), args.query, args.k, model=args.model)
    if args.json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.to_json_dict(), ensure_ascii=False) + "\n")
        return 0
    Console(width=console_width(sys.stdout)).print(hits_table(args.collection, args.query, hits))
    return 0


def hits_table(collection: str, query: str, hits: list[SearchHit]) -> Table:
    table = Table(title=f"{collection}: {query!r}", show_lines=True)
    table.add_column("score", justify="right")
    table.add_column("source")
    table.add_column("pages")
    table.add_column("text")
    for hit in hits:
        table.add_row(f"{hit.score:.3f}", hit.source, ", ".join(map(str, hit.pages)), hit.text)
    return table
