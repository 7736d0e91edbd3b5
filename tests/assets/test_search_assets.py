"""Search end to end: PDFs -> `olmocr-platform run --embedding-model` -> `olmocr-platform search`, on a local Dagster
instance, with the tiny sentence-transformer; then document_entities through its asset, on a scripted server."""

import json

import dagster as dg
import polars as pl
import pytest

from olmocr_assets.cli import main
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EntityResource
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
    run = ["run", *map(str, pdfs), "--workspace", str(workspace), "--pages-per-group", "1", "--quiet"]
    embed = ["--embedding-model", str(tiny_embedder_dir), "--chunk-tokens", "64", "--chunk-overlap", "8"]

    assert main([*run, *embed]) == 0
    summary = capsys.readouterr().out
    outputs = sorted((workspace / "results").glob("output_*.jsonl"))
    (index,) = (workspace / "search").glob("*/index.json")
    vector_files = sorted(index.parent.glob("embeddings/embeddings_*.parquet"))
    assert len(vector_files) == len(outputs) > 1 and has_row(summary, "groups embedded", len(outputs))
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
    assert has_row(summary, "groups run", 0) and has_row(summary, "groups embedded", len(outputs))
    assert {p: p.stat().st_mtime_ns for p in outputs} == before
    assert len(list((workspace / "search").glob("*/index.json"))) == 2
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        assert instance.get_materialized_partitions(dg.AssetKey("dolma_documents")) == conversions
        assert instance.get_materialized_partitions(dg.AssetKey("document_embeddings")) >= conversions
        # The run observed the model first: its revision is embedding_model's data version, which the vectors name.
        observed = instance.get_latest_data_version_record(dg.AssetKey("embedding_model"))
        assert {observed.event_log_entry.tags["dagster/data_version"]} == set(vectors["embedding_model_revision"])

        # Entities of one group through the asset, read by the scripted server, with honest metadata.
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
    assert metadata["documents"] == len(server.requests) == 1 and metadata["document_errors"] == 0
    assert metadata["entities"] == 4 and "| organizations | 2 |" in metadata["entities_by_type"]
    # 100 prompt tokens per document at $1 per million: $0.10 per 1,000 documents.
    assert metadata["estimated_usd_per_1000_documents"] == pytest.approx(0.1)
    rows = pl.read_parquet(metadata["output"])
    assert rows["source"].n_unique() == 1 and set(rows["llm_model"]) == {"scripted"}

    # From the command line: the other groups' entities, then none (all done).
    with scripted_in_thread({"*": [ENTITIES]}) as (server, url):
        entities = ["--entity-model", "scripted", "--entity-server", url]
        assert main([*run, *entities]) == 0
        assert has_row(capsys.readouterr().out, "groups extracted", len(outputs) - 1)
        assert main([*run, *entities]) == 0
        assert has_row(capsys.readouterr().out, "groups extracted", 0)
    assert len(server.requests) == len(outputs) - 1  # one document per group


def test_search_says_why_when_nothing_is_embedded(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    assert main(["search", "nowhere", "anything"]) == 1
    assert "olmocr-platform search failed" in capsys.readouterr().err
