"""Embedding, the per-group files and the search table, on the tiny sentence-transformer and a real LanceDB."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from olmocr_core.common.errors import OlmocrError
from olmocr_core.formats.jsonl import encode_jsonl
from olmocr_core.search.chunking import ChunkSettings
from olmocr_core.search.embedding import load_embedder
from olmocr_core.search.groups import chunk_group, embed_group, groups_to_embed, open_store
from olmocr_core.search.query import search
from olmocr_core.search.store import SearchStore, current_index
from olmocr_core.storage.facade import Storage
from olmocr_core.work.workspace import Workspace
from tests.support.paths import REPO
from tests.support.tiny_embedder import WORDS

pytestmark = pytest.mark.slow  # loads a (tiny) model

SETTINGS = ChunkSettings(max_tokens=24, overlap_tokens=4)


def dolma(text: str, source: str) -> dict:
    """A Dolma document of two pages, as the OCR step writes it."""
    half = len(text) // 2
    return {
        "id": hashlib.sha1(text.encode()).hexdigest(),
        "text": text,
        "source": "olmocr",
        "metadata": {"Source-File": source, "lineage": {"model": "olmocr-test", "model_revision": "rev1"}},
        "attributes": {"pdf_page_numbers": [[0, half, 1], [half, len(text), 2]]},
    }


def document_text(seed: int) -> str:
    """Markdown of a few paragraphs from the tiny model's vocabulary, different for every seed."""
    rng = np.random.default_rng(seed)
    paragraphs = [" ".join(rng.choice(WORDS, size=int(rng.integers(8, 30)))) for _ in range(4)]
    return f"# Section {seed}\n\n" + "\n\n".join(paragraphs)


def write_group(workspace: Workspace, group_id: str, seeds: range, extra: list[dict] = ()) -> None:
    documents = [dolma(document_text(s), f"/pdfs/{group_id}/{s}.pdf") for s in seeds] + list(extra)
    workspace.storage.write_bytes(workspace.output_path(group_id), encode_jsonl(documents, ".jsonl"))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(str(tmp_path / "ws"), Storage())


def table_chunk_ids(store: SearchStore) -> list[str]:
    return store._open_table(create=False).to_arrow().column("chunk_id").to_pylist()


def test_the_same_text_gives_the_same_normalized_vector_and_the_model_loads_once(tiny_embedder_dir):
    embedder = load_embedder(str(tiny_embedder_dir))
    assert load_embedder(str(tiny_embedder_dir)) is embedder  # once per process
    first = embedder.encode(["the invoice total", "alice went to paris"])
    again = embedder.encode(["alice went to paris", "the invoice total"])
    np.testing.assert_allclose(first, again[::-1], atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert embedder.info.dimension == first.shape[1] and len(embedder.info.revision) == 64


def test_a_chunks_own_text_finds_it_first_with_its_lineage(tiny_embedder_dir, workspace):
    embedder = load_embedder(str(tiny_embedder_dir))
    write_group(workspace, "g1", range(6))
    store = open_store(workspace, embedder, SETTINGS)
    report = embed_group(store, "g1", embedder)
    assert report.documents == 6 and report.chunks == report.table_rows > 6
    chunks = store.read_chunks("g1")
    for row in chunks.sample(5, seed=1).iter_rows(named=True):
        best = search(workspace, row["text"], k=3)[0]
        assert (best.text, best.document_id, best.source, best.pages) == (
            row["text"],
            row["document_id"],
            row["source"],
            row["pages"],
        )
        assert best.score == pytest.approx(1.0, abs=1e-4)
        assert best.ocr_model == "olmocr-test" and best.embedding_model == str(tiny_embedder_dir)


def test_repeated_and_concurrent_runs_leave_every_chunk_once(tiny_embedder_dir, workspace):
    embedder = load_embedder(str(tiny_embedder_dir))
    write_group(workspace, "g1", range(4))
    store = open_store(workspace, embedder, SETTINGS)
    threads = [threading.Thread(target=embed_group, args=(store, "g1", embedder)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert embed_group(store, "g1", embedder).already_done
    ids = table_chunk_ids(store)
    assert sorted(ids) == sorted(store.read_chunks("g1")["chunk_id"].to_list())


KILLED_RUN = """
import os, signal, sys
from olmocr_core.search.chunking import ChunkSettings
from olmocr_core.search.embedding import load_embedder
from olmocr_core.search.groups import embed_group, open_store
from olmocr_core.search.store import SearchStore
from olmocr_core.storage.facade import Storage
from olmocr_core.work.workspace import Workspace

merge = SearchStore.add_to_table
def killed_mid_merge(self, rows):
    # The second group: half its rows reach the table, then the process dies.
    if rows["page_group"][0] == "g1":
        merge(self, rows.head(rows.height // 2))
        os.kill(os.getpid(), signal.SIGKILL)
    return merge(self, rows)
SearchStore.add_to_table = killed_mid_merge

embedder = load_embedder(sys.argv[2])
store = open_store(Workspace(sys.argv[1], Storage()), embedder, ChunkSettings(24, 4))
for group in sys.argv[3:]:
    embed_group(store, group, embedder)
"""


def test_a_run_killed_mid_group_then_rerun_leaves_every_chunk_once(tiny_embedder_dir, workspace):
    embedder = load_embedder(str(tiny_embedder_dir))
    groups = ["g0", "g1", "g2"]
    for number, group in enumerate(groups):
        write_group(workspace, group, range(number * 10, number * 10 + 10))
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, workspace.root, str(tiny_embedder_dir), *groups], env=env, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL
    store = open_store(workspace, embedder, SETTINGS)
    assert groups_to_embed(store, groups) == ["g1", "g2"]  # the kill stopped the run in g1
    half = len(table_chunk_ids(store))
    for group in groups:
        embed_group(store, group, embedder)
    expected = [i for g in groups for i in store.read_vectors(g)["chunk_id"].to_list()]
    assert len(set(expected)) == len(expected) > half
    assert sorted(table_chunk_ids(store)) == sorted(expected)


def test_a_new_model_makes_new_vectors_beside_the_old_and_search_uses_the_recorded_model(
    tiny_embedder_dir, workspace, tmp_path
):
    embedder = load_embedder(str(tiny_embedder_dir))
    write_group(workspace, "g1", range(3))
    old = open_store(workspace, embedder, SETTINGS)
    embed_group(old, "g1", embedder)
    new = open_store(workspace, embedder, ChunkSettings(max_tokens=12, overlap_tokens=2))
    assert new.index.index_id != old.index.index_id
    assert not new.storage.exists(new.embeddings_path("g1"))  # stale for the new settings: embedded again
    embed_group(new, "g1", embedder)
    assert old.storage.exists(old.embeddings_path("g1"))  # the old vectors stand
    assert current_index(workspace).index_id == new.index.index_id
    # The same weights under another name are the same model; different weights are refused.
    other = tmp_path / "other"
    from tests.support.tiny_embedder import build_tiny_embedder

    build_tiny_embedder(other, max_seq_length=64, seed=1)
    with pytest.raises(OlmocrError, match="search with the same model"):
        search(workspace, "the invoice", model=str(other))


def test_bad_documents_are_per_document_errors_and_lose_nothing(tiny_embedder_dir, workspace):
    embedder = load_embedder(str(tiny_embedder_dir))
    huge = dolma(" ".join(["revenue"] * 5000), "/pdfs/huge.pdf")
    empty = {**dolma("x", "/pdfs/empty.pdf"), "text": "  "}
    write_group(workspace, "g1", range(2), [huge, empty])
    path = workspace.output_path("g1")
    data = workspace.storage.read_bytes(path)
    workspace.storage.write_bytes(path, data + b'{"text": "caf\xe9"}\n')  # Latin-1, not UTF-8
    store = open_store(workspace, embedder, SETTINGS)
    report = chunk_group(store, "g1", embedder)
    kinds = sorted((e.kind, e.source.rsplit("/", 1)[-1]) for e in report.errors)
    assert kinds == [("empty", "empty.pdf"), ("unreadable", "output_g1.jsonl")]
    assert "line 5 is not valid UTF-8" in [e.reason for e in report.errors if e.kind == "unreadable"][0]
    chunks = store.read_chunks("g1")
    assert chunks["document_id"].n_unique() == 3  # the two documents and the huge one, cut to fit
    assert chunks["tokens"].max() <= SETTINGS.max_tokens
    assert chunks.filter(chunks["source"] == "/pdfs/huge.pdf")["tokens"].sum() >= 5000


def test_an_s3_workspace_is_embedded_and_searched(tiny_embedder_dir, s3_bucket):
    workspace = Workspace(f"s3://{s3_bucket}/ws", Storage())
    embedder = load_embedder(str(tiny_embedder_dir))
    write_group(workspace, "g1", range(3))
    store = open_store(workspace, embedder, SETTINGS)
    report = embed_group(store, "g1", embedder)
    assert report.table_rows == report.chunks > 0
    assert workspace.storage.exists(store.embeddings_path("g1"))
    chunk = store.read_chunks("g1").row(1, named=True)
    assert search(workspace, chunk["text"], k=1)[0].text == chunk["text"]
    assert embed_group(store, "g1", embedder).table_rows == report.chunks  # again: nothing twice


def test_chunks_longer_than_the_model_reads_are_refused(tiny_embedder_dir, workspace):
    embedder = load_embedder(str(tiny_embedder_dir))  # reads 128 tokens
    with pytest.raises(OlmocrError, match="give --chunk-tokens 126 or less"):
        open_store(workspace, embedder, ChunkSettings(max_tokens=256, overlap_tokens=32))


def test_a_large_table_gets_an_ann_index_and_still_finds_a_chunk_first(tiny_embedder_dir, workspace, monkeypatch):
    monkeypatch.setattr("olmocr_core.search.store.ANN_INDEX_MIN_ROWS", 100)  # "large", for a test
    embedder = load_embedder(str(tiny_embedder_dir))
    write_group(workspace, "g1", range(40))
    store = open_store(workspace, embedder, SETTINGS)
    assert embed_group(store, "g1", embedder).table_rows >= 100
    (index,) = store._open_table(create=False).list_indices()
    assert index.index_type == "IvfHnswSq"
    chunks = store.read_chunks("g1")
    found = [search(workspace, text, k=1)[0].text == text for text in chunks["text"].sample(10, seed=2)]
    assert sum(found) >= 9  # approximate: nearly always the chunk itself
