"""Entity extraction on the real vLLM CPU tier: a managed vLLM serving the tiny Qwen, held to the JSON schema."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import replace

import polars as pl
import pytest

from olmocr_core.formats.jsonl import encode_jsonl
from olmocr_core.models.source import weights_checksum
from olmocr_core.search.entities import EntitySettings, LlmServer, extract_entities
from olmocr_core.storage.facade import Storage
from olmocr_core.work.workspace import Workspace

pytestmark = [pytest.mark.slow, pytest.mark.vllm]

TEXTS = (
    "Alice Smith paid 20 dollars to Acme Corp in Paris on 3 March 2024.",
    "# Annual report\n\nThe University of Berlin reported revenue of 4 million euros in 2025.",
    "Bob met Carol in London.\nOn page two: the river Thames, 12 July 2024.",
)


def test_every_answer_of_the_tiny_model_parses_against_the_schema(tiny_model_dir, tiny_server_options, tmp_path):
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    documents = [
        {
            "id": hashlib.sha1(text.encode()).hexdigest(),
            "text": text,
            "metadata": {"Source-File": f"/pdfs/{number}.pdf"},
            "attributes": {"pdf_page_numbers": [[0, len(text), 1]]},
        }
        for number, text in enumerate(TEXTS)
    ]
    workspace.storage.write_bytes(workspace.output_path("g1"), encode_jsonl(documents, ".jsonl"))
    server = LlmServer(str(tiny_model_dir), managed=replace(tiny_server_options, max_model_len=4096))
    settings = EntitySettings(model="", max_answer_tokens=256, parse_tries=1)  # no second chances: every answer
    (report,) = asyncio.run(extract_entities(workspace, ["g1"], server, settings))

    assert report.errors == [] and report.documents == len(TEXTS) == report.requests
    assert report.prompt_tokens > 0 and report.answer_tokens > 0
    rows = pl.read_parquet(report.path)
    assert rows.columns[:4] == ["document_id", "source", "page_group", "entity_type"]
    if rows.height:  # the tiny model may find nothing; whatever it found carries the lineage
        assert set(rows["llm_model_revision"]) == {weights_checksum(tiny_model_dir)}
