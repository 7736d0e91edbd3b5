"""Where chunks and vectors live in a collection's workspace, and the LanceDB table that searches them.

    search/{index_id}/index.json                           the embedding model (name, revision) and chunk settings
    search/{index_id}/chunks/chunks_{group_id}.parquet     a group's chunks, written once and whole
    search/{index_id}/embeddings/embeddings_{group_id}.parquet   its chunks with their vectors, written once and whole
    search/lancedb/                                        LanceDB: table ``chunks_{index_id}``, built from those files
    search/current.json                                    the index a search uses unless told another

The parquet files are the truth, written like the Dolma outputs (a conditional write: the first writer wins, a
killed run leaves nothing half-written). The LanceDB table is derived from them: each group's rows are merged in
by chunk id, so a retried or repeated merge adds nothing twice, and a table can always be rebuilt from the files.
``index_id`` names the model's revision and the chunk settings, so a new model writes beside the old vectors and
never over them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass

import numpy as np
import polars as pl

from olmocr_core.common.errors import StorageError
from olmocr_core.search.chunking import Chunk, ChunkSettings
from olmocr_core.search.embedding import EmbeddingModelInfo
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import is_s3_url
from olmocr_core.work.workspace import Workspace, checked_group_id, join

log = logging.getLogger(__name__)

# How long a table writer may hold the table's lock before others take it (a writer killed while holding it).
# A merge of one group's rows takes seconds; the ANN index is built outside the lock.
TABLE_LOCK_LEASE_S = 60.0
# Below this many rows a flat scan answers in milliseconds and is exact; above it the table gets an ANN index.
ANN_INDEX_MIN_ROWS = 50_000

# Polars, a core dependency, writes and reads the files (pyarrow comes with the embed extra, for LanceDB only).
CHUNK_SCHEMA = pl.Schema(
    {
        "chunk_id": pl.String,
        "document_id": pl.String,
        "source": pl.String,
        "pages": pl.List(pl.Int32),
        "start": pl.Int64,
        "end": pl.Int64,
        "text": pl.String,
        "tokens": pl.Int32,
        "page_group": pl.String,
        "ocr_model": pl.String,
        "ocr_model_revision": pl.String,
    }
)


@dataclass(frozen=True)
class SearchIndex:
    """One embedding model and chunk settings over one collection's workspace."""

    model: EmbeddingModelInfo
    chunking: ChunkSettings

    @property
    def index_id(self) -> str:
        key = f"{self.model.revision}\0{self.chunking.max_tokens}\0{self.chunking.overlap_tokens}"
        return hashlib.sha1(key.encode()).hexdigest()[:12]

    @property
    def table_name(self) -> str:
        return f"chunks_{self.index_id}"

    def to_json(self) -> bytes:
        return json.dumps({"model": asdict(self.model), "chunking": asdict(self.chunking)}, indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> SearchIndex:
        raw = json.loads(data)
        return cls(EmbeddingModelInfo(**raw["model"]), ChunkSettings(**raw["chunking"]))

    def vector_schema(self) -> pl.Schema:
        return pl.Schema(
            {
                **CHUNK_SCHEMA,
                "embedding_model": pl.String,
                "embedding_model_revision": pl.String,
                "vector": pl.Array(pl.Float32, self.model.dimension),
            }
        )


class SearchStore:
    """A collection's search files in its workspace (local or s3://)."""

    def __init__(self, workspace: Workspace, index: SearchIndex):
        self.workspace = workspace
        self.storage = workspace.storage
        self.index = index

    @property
    def root(self) -> str:
        return join(self.workspace.root, "search", self.index.index_id)

    def chunks_path(self, group_id: str) -> str:
        return join(self.root, "chunks", f"chunks_{checked_group_id(group_id)}.parquet")

    def embeddings_path(self, group_id: str) -> str:
        return join(self.root, "embeddings", f"embeddings_{checked_group_id(group_id)}.parquet")

    def record_index(self) -> None:
        """index.json (once) and current.json (this index is the one searched from now on)."""
        self.storage.write_if_absent(join(self.root, "index.json"), self.index.to_json())
        current = json.dumps({"index_id": self.index.index_id}).encode()
        self.storage.write_bytes(current_index_path(self.workspace), current)

    def write_chunks(self, group_id: str, chunks: Sequence[Chunk]) -> bool:
        """Write a group's chunks once; False when another run wrote them first (theirs stand)."""
        table = pl.DataFrame([c.to_row() for c in chunks], schema=CHUNK_SCHEMA)
        return self.storage.write_if_absent(self.chunks_path(group_id), parquet_bytes(table))

    def read_chunks(self, group_id: str) -> pl.DataFrame:
        return read_parquet(self.storage, self.chunks_path(group_id))

    def write_vectors(self, group_id: str, rows: pl.DataFrame) -> bool:
        """Write a group's chunks with their vectors (``vector_table``) once; False when another run wrote them
        first (theirs stand)."""
        return self.storage.write_if_absent(self.embeddings_path(group_id), parquet_bytes(rows))

    def vector_table(self, chunks: pl.DataFrame, vectors: np.ndarray) -> pl.DataFrame:
        """The chunks with their vectors and the embedding model's lineage, one row each."""
        model = self.index.model
        if vectors.shape != (chunks.height, model.dimension):
            raise ValueError(f"{chunks.height} chunks but vectors of shape {vectors.shape}")
        return chunks.select(list(CHUNK_SCHEMA)).with_columns(
            pl.lit(model.name, pl.String).alias("embedding_model"),
            pl.lit(model.revision, pl.String).alias("embedding_model_revision"),
            pl.Series("vector", vectors, dtype=pl.Array(pl.Float32, model.dimension)),
        )

    def read_vectors(self, group_id: str) -> pl.DataFrame:
        return read_parquet(self.storage, self.embeddings_path(group_id))

    def add_to_table(self, rows: pl.DataFrame) -> int:
        """Merge a group's rows into the LanceDB table by chunk id (rows already there are kept as they are), and
        build the ANN index once the table is large. Returns the table's row count."""
        # Two writers merging the same rows at once would each find them absent and both insert them: one writer
        # at a time, and a merge by chunk id, so a retried or repeated group adds nothing twice.
        with self._table_lock():
            table = self._open_table(create=True)
            table.merge_insert("chunk_id").when_not_matched_insert_all().execute(rows.to_arrow())
            count = table.count_rows()
        if count >= ANN_INDEX_MIN_ROWS and not table.list_indices():
            # HNSW over scalar-quantized vectors: no sub-vector count to fit to the dimension, good recall. Rows
            # added later are searched by a flat scan beside it until the index is optimized.
            from lancedb.index import IvfHnswSq  # lazy: the embed extra, only where the table is written

            table.create_index("vector", config=IvfHnswSq(distance_type="cosine"))  # the column, then its index
        return count

    @contextlib.contextmanager
    def _table_lock(self, wait_s: float = 600.0) -> Iterator[None]:
        """A lease on the table, taken by a compare-and-swap on a lock file (flock locally, If-Match on S3), so
        it holds across threads, processes and machines; a lease left by a killed writer expires."""
        path = join(self.root, "table.lock")
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + wait_s

        def take(current: bytes | None) -> bytes | None:
            held = json.loads(current) if current else {}
            if held.get("owner") and held.get("until", 0) > time.time():
                return None  # someone else's lease is still running
            return json.dumps({"owner": owner, "until": time.time() + TABLE_LOCK_LEASE_S}).encode()

        while json.loads(self.storage.update(path, take) or b"{}").get("owner") != owner:
            if time.monotonic() > deadline:
                raise StorageError(f"{path}: the search table stayed locked by another writer for {wait_s:.0f} s")
            time.sleep(0.1)
        try:
            yield
        finally:
            self.storage.update(path, lambda current: b"{}" if current and owner in current.decode() else None)

    @property
    def table_uri(self) -> str:
        return f"{lancedb_uri(self.workspace)}#{self.index.table_name}"

    def _open_table(self, *, create: bool):
        db = connect(self.workspace)
        try:
            return db.open_table(self.index.table_name)
        except (ValueError, FileNotFoundError):
            if not create:
                raise StorageError(
                    f"{self.workspace.root}: no search table {self.index.table_name} (embed the collection first)"
                ) from None
            empty = pl.DataFrame(schema=self.index.vector_schema()).to_arrow()
            return db.create_table(self.index.table_name, schema=empty.schema, exist_ok=True)

    def search(self, vector: np.ndarray, k: int) -> list[dict]:
        """The ``k`` rows nearest to ``vector`` (cosine), best first, each with its ``score`` (cosine similarity)."""
        table = self._open_table(create=False)
        # A few more than asked: should two runs ever race a chunk into the table twice, it is shown once.
        found = table.search(vector.astype(np.float32)).distance_type("cosine").limit(k * 2).to_list()
        seen, hits = set(), []
        for row in found:
            if row["chunk_id"] in seen:
                continue
            seen.add(row["chunk_id"])
            hits.append({**row, "score": 1.0 - float(row.pop("_distance"))})
        return hits[:k]


def current_index_path(workspace: Workspace) -> str:
    return join(workspace.root, "search", "current.json")


def current_index(workspace: Workspace) -> SearchIndex:
    """The index a search uses: the one the latest embedding run recorded."""
    path = current_index_path(workspace)
    if not workspace.storage.exists(path):
        raise StorageError(f"{workspace.root}: nothing embedded yet (no {path}); run with --embedding-model first")
    index_id = json.loads(workspace.storage.read_bytes(path))["index_id"]
    return SearchIndex.from_json(workspace.storage.read_bytes(join(workspace.root, "search", index_id, "index.json")))


def lancedb_uri(workspace: Workspace) -> str:
    return join(workspace.root, "search", "lancedb")


def connect(workspace: Workspace):
    import lancedb  # lazy: the embed extra, only where search runs

    return lancedb.connect(lancedb_uri(workspace), storage_options=storage_options(workspace.storage, workspace.root))


def storage_options(storage: Storage, root: str) -> dict[str, str]:
    """LanceDB's object-store options for an s3:// workspace: the endpoint boto3 would use (the Storage's, else
    $AWS_ENDPOINT_URL: an S3-compatible server); credentials and region come from the environment, as for boto3."""
    endpoint = storage.endpoint_url or os.environ.get("AWS_ENDPOINT_URL")
    if not is_s3_url(root) or not endpoint:
        return {}
    return {"aws_endpoint": endpoint, "allow_http": str(endpoint.startswith("http:")).lower()}


def parquet_bytes(table: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    table.write_parquet(buffer, compression="zstd")
    return buffer.getvalue()


def read_parquet(storage: Storage, path: str) -> pl.DataFrame:
    try:
        return pl.read_parquet(io.BytesIO(storage.read_bytes(path)))
    except pl.exceptions.PolarsError as exc:
        raise StorageError(f"{path}: not a readable parquet file: {exc}") from exc
