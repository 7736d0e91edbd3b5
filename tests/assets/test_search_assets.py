"""Search end to end: PDFs -> `olmocr-platform run --embedding-model` -> `olmocr-platform search`, on a local Dagster
instance, with the tiny sentence-transformer; then document_entities through its asset, on a scripted server; and a
shard whose groups are not all converted yet."""

import json
import math
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from olmocr_assets.cli import main
from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource, EntityResource
from olmocr_assets.lib.shards import register_shards, shard_keys
from olmocr_assets.search_commands import shards_without_vectors
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.workspace import Workspace
from tests.core.search.test_search import write_group
from tests.support.dagster_run import run_assets
from tests.support.scripted_llm import scripted_in_thread
from tests.support.summary import has_row

pytestmark = pytest.mark.slow

ENTITIES = json.dumps(
    {
        "people": [{"text": "Alice", "page": 1}],
        "organizations": [{"text": "Acme", "page": 1}, {"text": "SEC", "page": 1}],
        "places": [],
        "dates": [{"text": "2024", "page": 1}],
        "amounts": [],
    }
)


def test_pdfs_to_search_a_new_model_reembeds_without_reconverting_and_entities(
    shared_pdfs, tiny_embedder_dir, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    workspace = tmp_path / "papers"
    pdfs = sorted(shared_pdfs.glob("*.pdf"))[:3]
    # Shards of 2 groups: more than one shard, and a run per shard.
    run = ["run", *map(str, pdfs), "--workspace", str(workspace), "--pages-per-group", "1", "--groups-per-run", "2"]
    run.append("--quiet")
    embed = ["--embedding-model", str(tiny_embedder_dir), "--chunk-tokens", "64", "--chunk-overlap", "8"]

    assert main([*run, *embed]) == 0
    summary = capsys.readouterr().out
    outputs = sorted((workspace / "results").glob("output_*.jsonl"))
    (index,) = (workspace / "search").glob("*/index.json")
    vector_files = sorted(index.parent.glob("embeddings/embeddings_*.parquet"))
    shards = math.ceil(len(outputs) / 2)
    assert len(vector_files) == len(outputs) > 2 and has_row(summary, "shards embedded", shards)
    vectors = pl.concat([pl.read_parquet(f) for f in vector_files])
    assert vectors["chunk_id"].n_unique() == vectors.height
    assert set(vectors["source"]) == {str(p) for p in pdfs}
    assert vectors["ocr_model"].n_unique() == 1 and set(vectors["embedding_model"]) == {str(tiny_embedder_dir)}

    # A chunk's own text finds it first, from the command line, as JSON lines.
    chunk = vectors.filter(pl.col("tokens") > 20).row(0, named=True)
    assert main(["search", "papers", chunk["text"], "-k", "3", "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 3 and list(hits[0]) == ["score", "source", "pages", "document_id", "text"]
    assert (hits[0]["text"], hits[0]["source"], hits[0]["pages"]) == (chunk["text"], chunk["source"], chunk["pages"])
    assert hits[0]["score"] == pytest.approx(1.0, abs=1e-4)
    assert main(["search", "papers", chunk["text"], "-k", "1"]) == 0
    assert chunk["source"].rsplit("/", 1)[-1][:20] in capsys.readouterr().out

    # Other chunk settings: a new index, embedded again; the OCR is not run again.
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        conversions = instance.get_materialized_partitions(dg.AssetKey("dolma_documents"))
    before = {p: p.stat().st_mtime_ns for p in outputs}
    assert main([*run, *embed[:2], "--chunk-tokens", "32", "--chunk-overlap", "32"]) == 1  # refused before any work
    assert "chunk size 32 tokens with overlap 32" in capsys.readouterr().err
    assert main([*run, *embed[:2], "--chunk-tokens", "32", "--chunk-overlap", "4"]) == 0
    summary = capsys.readouterr().out
    assert has_row(summary, "groups run", 0) and has_row(summary, "shards embedded", shards)
    assert {p: p.stat().st_mtime_ns for p in outputs} == before
    assert len(list((workspace / "search").glob("*/index.json"))) == 2
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        assert instance.get_materialized_partitions(dg.AssetKey("dolma_documents")) == conversions
        assert instance.get_materialized_partitions(dg.AssetKey("document_embeddings")) >= conversions
        # The run observed the model first: its revision is embedding_model's data version, which the vectors name.
        observed = instance.get_latest_data_version_record(dg.AssetKey("embedding_model"))
        assert {observed.event_log_entry.tags["dagster/data_version"]} == set(vectors["embedding_model_revision"])

        # Entities of the first shard (2 groups) through the asset, read by the scripted server, with honest
        # metadata summed over its groups.
        key = sorted(conversions)[0]
        with scripted_in_thread({"*": [ENTITIES]}) as (server, url):
            resources = {
                "platform": PlatformResource(),
                "entities": EntityResource(model="scripted", server=url, usd_per_million_prompt_tokens=1.0),
            }
            result = run_assets(["document_entities"], resources, instance, partition_key=key)
    assert result.success
    (materialization,) = result.asset_materializations_for_node("document_entities")
    metadata = {k: v.value for k, v in materialization.metadata.items()}
    assert metadata["documents"] == len(server.requests) == 2 and metadata["document_errors"] == 0
    assert metadata["seconds"] > 0 and metadata["requests"] == 2
    assert (metadata["groups"], metadata["groups_processed"], metadata["groups_waiting"]) == (2, 2, 0)
    assert metadata["entities"] == 8 and "| organizations | 4 |" in metadata["entities_by_type"]
    # 100 prompt tokens per document at $1 per million: $0.10 per 1,000 documents.
    assert metadata["estimated_usd_per_1000_documents"] == pytest.approx(0.1)
    rows = pl.concat([pl.read_parquet(f) for f in Path(metadata["output"]).glob("entities_*.parquet")])
    assert rows["source"].n_unique() == 2 and set(rows["llm_model"]) == {"scripted"}

    # From the command line: the other shards' entities, then none (all done).
    with scripted_in_thread({"*": [ENTITIES]}) as (server, url):
        entities = ["--entity-model", "scripted", "--entity-server", url]
        assert main([*run, *entities]) == 0
        assert has_row(capsys.readouterr().out, "shards extracted", shards - 1)
        assert main([*run, *entities]) == 0
        assert has_row(capsys.readouterr().out, "shards extracted", 0)
    assert len(server.requests) == len(outputs) - 2  # one document per group


def written_collection(
    instance: dg.DagsterInstance, platform: PlatformResource, tmp_path: Path, groups: list[str], converted: list[str]
) -> list[str]:
    """Collection "papers" planned in shards of 2 ``groups`` (registered in the registry and the instance), with the
    Dolma outputs of the ``converted`` ones as the conversion writes them; its shard keys."""
    spec = CollectionSpec(name="papers", workspace=str(tmp_path / "ws"), groups_per_shard=2)
    platform.registry().save(spec)
    workspace = Workspace(spec.workspace, Storage())
    workspace.write_index([PageGroup(g, (f"/pdfs/{g}.pdf",)) for g in groups])
    for seed, group in enumerate(converted):
        write_group(workspace, group, range(2 * seed, 2 * seed + 2))
    keys = shard_keys(spec, len(groups))
    register_shards(instance, keys)
    return keys


def shard_metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    (materialization,) = result.asset_materializations_for_node(asset)
    return {k: v.value for k, v in materialization.metadata.items()}


def test_a_shard_embeds_its_converted_groups_and_counts_the_others_as_waiting(tiny_embedder_dir, tmp_path):
    platform = PlatformResource(root=str(tmp_path / "registry"))
    embedding = EmbeddingResource(model=str(tiny_embedder_dir), chunk_tokens=24, chunk_overlap=4)
    resources = {"platform": platform, "embedding": embedding}
    embed = ["document_chunks", "document_embeddings"]
    with dg.DagsterInstance.ephemeral() as instance:
        # Shard 0 holds g1 (converted) and g2 (not yet); shard 1 holds g3 (converted).
        first, second = written_collection(instance, platform, tmp_path, ["g1", "g2", "g3"], ["g1", "g3"])
        spec = platform.collection("papers")
        assert shards_without_vectors(spec, embedding) == [first, second]

        result = run_assets(embed, resources, instance, partition_key=first)
        assert result.success
        chunked, embedded = shard_metadata(result, "document_chunks"), shard_metadata(result, "document_embeddings")
        for metadata in (chunked, embedded):
            counts = [metadata[k] for k in ("groups", "groups_processed", "groups_already_done", "groups_waiting")]
            assert counts == [2, 1, 0, 1]
            assert metadata["documents"] == 2 and metadata["chunks"] > 2 and metadata["document_errors"] == 0
        vectors = Path(embedded["output"]) / "embeddings"
        assert [p.name for p in vectors.iterdir()] == ["embeddings_g1.parquet"]
        assert embedded["search_table_rows"] == embedded["chunks"] == pl.read_parquet(*vectors.iterdir()).height
        assert shards_without_vectors(spec, embedding) == [second]  # g2 waits: nothing to embed in shard 0 now

        # g2 converted: shard 0 lacks vectors again; its rerun embeds g2 only.
        write_group(spec.open_workspace(), "g2", range(10, 12))
        assert shards_without_vectors(spec, embedding) == [first, second]
        result = run_assets(embed, resources, instance, partition_key=first)
        assert result.success
        embedded = shard_metadata(result, "document_embeddings")
        counts = [embedded[k] for k in ("groups", "groups_processed", "groups_already_done", "groups_waiting")]
        assert counts == [2, 1, 1, 0] and embedded["documents"] == 2
        assert sorted(p.name for p in vectors.iterdir()) == ["embeddings_g1.parquet", "embeddings_g2.parquet"]
        assert shards_without_vectors(spec, embedding) == [second]

        # A shard key typed in the UI's "Add a partition": removed again, and the run says where shards come from.
        instance.add_dynamic_partitions(shard_partitions.name, ["papers/s000007"])
        result = run_assets(embed, resources, instance, partition_key="papers/s000007")
        assert not result.success
        failure = next(e for e in result.all_events if e.is_step_failure).step_failure_data.error.message
        assert "were never planned, so they were removed" in failure
        assert instance.get_dynamic_partitions(shard_partitions.name) == [first, second]


def test_search_says_why_when_nothing_is_embedded(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    assert main(["search", "nowhere", "anything"]) == 1
    assert "olmocr-platform search failed" in capsys.readouterr().err
