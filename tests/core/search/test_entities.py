"""Entity extraction over an OpenAI-compatible server: a scripted server for the content (what each document's
answer is, faults included); the real vLLM CPU tier in tests/core/search/test_entities_vllm.py."""

from __future__ import annotations

import asyncio
import hashlib
import json

import polars as pl
import pytest

from olmocr_core.common.errors import OlmocrError
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.formats.jsonl import encode_jsonl
from olmocr_core.search.entities import (
    EntitySettings,
    LlmServer,
    entities_report_path,
    entity_schema,
    extract_entities,
)
from olmocr_core.storage.facade import Storage
from olmocr_core.work.workspace import Workspace
from tests.support.scripted_llm import scripted

FAST_RETRIES = ClientSettings(max_tries=3, backoff_initial_s=0.01, backoff_max_s=0.02)


def dolma(key: str, text: str | None = None) -> dict:
    text = text if text is not None else f"Document {key}. Alice met Bob in Paris.\nPage two of {key}."
    return {
        "id": hashlib.sha1(f"{key}{text}".encode()).hexdigest(),
        "text": text,
        "metadata": {"Source-File": f"/pdfs/{key}.pdf", "lineage": {"model": "olmocr-test", "model_revision": "r1"}},
        "attributes": {"pdf_page_numbers": [[0, len(text) // 2, 1], [len(text) // 2, len(text), 2]]},
    }


def answer(key: str) -> str:
    return json.dumps(
        {
            "people": [{"text": "Alice", "page": 1}, {"text": "Bob", "page": 1}],
            "organizations": [],
            "places": [{"text": "Paris", "page": 1}],
            "dates": [],
            "amounts": [{"text": f"{len(key)} dollars", "page": 2}],
        }
    )


def write_group(workspace: Workspace, group_id: str, documents: list[dict], tail: bytes = b"") -> None:
    data = encode_jsonl(documents, ".jsonl") + tail
    workspace.storage.write_bytes(workspace.output_path(group_id), data)


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    return Workspace(str(tmp_path / "ws"), Storage())


def test_every_document_answered_concurrently_up_to_the_bound_with_its_lineage(workspace):
    keys = [f"k{i}" for i in range(8)]
    write_group(workspace, "g1", [dolma(k) for k in keys])
    settings = EntitySettings(model="", max_in_flight=3)

    async def twice():
        async with scripted({k: [answer(k)] for k in keys}) as (server, url):
            llm = LlmServer("scripted", url=url, client=FAST_RETRIES)
            (report,) = await extract_entities(workspace, ["g1"], llm, settings)
            asked = len(server.requests)
            (again,) = await extract_entities(workspace, ["g1"], llm, settings)
            return server, report, asked, again

    server, report, asked, again = asyncio.run(twice())

    assert server.peak == 3  # concurrent, never past the bound
    assert report.documents == 8 and not report.errors
    assert report.entities == {"amounts": 8, "people": 16, "places": 8}
    assert (report.prompt_tokens, report.answer_tokens, report.requests) == (800, 160, 8)
    body = server.requests[0]
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == entity_schema()
    assert "[page 1]" in body["messages"][0]["content"] and "[page 2]" in body["messages"][0]["content"]
    rows = pl.read_parquet(report.path)
    alice = rows.filter(pl.col("text") == "Alice").sort("source").row(0, named=True)
    assert alice == {
        "document_id": dolma("k0")["id"],
        "source": "/pdfs/k0.pdf",
        "page_group": "g1",
        "entity_type": "people",
        "text": "Alice",
        "page": 1,
        "ocr_model": "olmocr-test",
        "ocr_model_revision": "r1",
        "llm_model": "scripted",
        "llm_model_revision": "",
    }
    # Done once: a second run sends nothing and writes nothing.
    assert again.already_done and len(server.requests) == asked


def test_bad_documents_are_per_document_errors_and_lose_nothing(workspace):
    bad_json = '{"people": [{"text": "Al'
    off_schema = json.dumps({"people": [{"text": "Alice"}]})  # no page, and the other types missing
    documents = [
        dolma("good"),
        dolma("flaky"),  # a 503, then an answer off the schema, then a good one
        dolma("garbled"),  # never parses
        dolma("rejected"),  # the server refuses the request
        dolma("empty", text="  "),
        dolma("huge", text="Document huge. " + "revenue " * 200_000),
    ]
    write_group(workspace, "g1", documents, tail=b'{"text": "caf\xe9"}\n')
    script = {
        "good": [answer("good")],
        "flaky": [503, off_schema, answer("flaky")],
        "garbled": [bad_json],
        "rejected": [400],
        "huge": [answer("huge")],
    }

    async def once():
        async with scripted(script) as (server, url):
            llm = LlmServer("scripted", url=url, client=FAST_RETRIES)
            (report,) = await extract_entities(workspace, ["g1"], llm, EntitySettings(model=""))
            return server, report

    server, report = asyncio.run(once())

    errors = {e.source.rsplit("/", 1)[-1]: (e.kind, e.reason) for e in report.errors}
    assert set(errors) == {"garbled.pdf", "rejected.pdf", "empty.pdf", "huge.pdf", "output_g1.jsonl"}
    assert errors["garbled.pdf"][0] == "unparsable" and "not JSON" in errors["garbled.pdf"][1]
    assert errors["rejected.pdf"][0] == "rejected" and "HTTP 400" in errors["rejected.pdf"][1]
    assert errors["empty.pdf"][0] == "empty"
    assert errors["huge.pdf"][0] == "too_large" and "context of 16,384 tokens" in errors["huge.pdf"][1]
    assert "line 7 is not valid UTF-8" in errors["output_g1.jsonl"][1]
    assert not any("huge" in r["messages"][0]["content"][:300] for r in server.requests)  # refused before sending
    assert report.documents == 2  # the good one and the flaky one, after its retries
    assert set(pl.read_parquet(report.path)["source"]) == {"/pdfs/good.pdf", "/pdfs/flaky.pdf"}
    saved_path = entities_report_path(workspace, EntitySettings(model="scripted"), "g1")
    saved = json.loads(workspace.storage.read_bytes(saved_path))
    assert len(saved["errors"]) == 5  # the errors are kept beside the entities


def test_the_schema_is_configurable_and_checked():
    products = EntitySettings(model="m", schema=entity_schema(("products",)))
    assert list(products.schema["properties"]) == ["products"]
    assert products.schema_id != EntitySettings(model="m").schema_id  # another schema writes beside, not over
    with pytest.raises(OlmocrError, match="not a valid JSON schema"):
        EntitySettings(model="m", schema={"type": "object", "properties": {"people": {"type": "nonsense"}}})
    with pytest.raises(OlmocrError, match="properties are arrays"):
        EntitySettings(model="m", schema={"type": "object", "properties": {"people": {"type": "string"}}})
