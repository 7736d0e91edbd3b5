"""Facts from documents: an LLM over any OpenAI-compatible server reads each Dolma document and answers with the
entities a JSON schema asks for, the server held to that schema by structured outputs (``response_format`` of type
``json_schema``: vLLM's structured outputs, and hosted endpoints').

Every document of a group is in flight at once, up to a bound, with the client's retries: never one after another.
A document that cannot be read (empty, larger than the model's context, an answer that never parses against the
schema, a request the server rejects) is a per-document error; a server that is down fails the group, which is
then retried whole. A group's entities are one parquet file, written once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict, dataclass, field, replace

import jsonschema
import polars as pl

from olmocr_core.common.aio import gather_or_cancel
from olmocr_core.common.errors import OlmocrError
from olmocr_core.engines.config import ManagedServerOptions
from olmocr_core.engines.open import start_managed_server
from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient, RequestRejected
from olmocr_core.formats.jsonl import decode_jsonl_lines
from olmocr_core.models.source import locate_model, model_revision
from olmocr_core.search.groups import dolma_output_path
from olmocr_core.search.store import parquet_bytes
from olmocr_core.work.pipeline import DocumentError
from olmocr_core.work.workspace import Workspace, checked_group_id, join

ENTITY_TYPES = ("people", "organizations", "places", "dates", "amounts")
# A managed vLLM answers compact JSON: with any whitespace allowed, a model can spend its whole answer on blank
# lines that the grammar accepts (a small model does; xgrammar is the backend that can forbid it).
MANAGED_VLLM_ARGS = ("--structured-outputs-config", json.dumps({"backend": "xgrammar", "disable_any_whitespace": True}))
# A conservative characters-per-token for English text: a document whose text would not fit is refused up front,
# instead of a 400 from the server after it was queued.
CHARS_PER_TOKEN = 3.0
ENTITY_ROWS = pl.Schema(
    {
        "document_id": pl.String,
        "source": pl.String,
        "page_group": pl.String,
        "entity_type": pl.String,
        "text": pl.String,
        "page": pl.Int32,
        "ocr_model": pl.String,
        "ocr_model_revision": pl.String,
        "llm_model": pl.String,
        "llm_model_revision": pl.String,
    }
)


def entity_schema(types: Sequence[str] = ENTITY_TYPES) -> dict:
    """A JSON schema asking for lists of ``types``, each entity with its text and the page it appears on."""
    entity = {
        "type": "object",
        "properties": {"text": {"type": "string"}, "page": {"type": "integer"}},
        "required": ["text", "page"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {name: {"type": "array", "items": entity} for name in types},
        "required": list(types),
        "additionalProperties": False,
    }


@dataclass(frozen=True)
class EntitySettings:
    model: str  # the served model name (open_llm sets it)
    model_revision: str = ""  # the weights' checksum when this process started the server; unknown otherwise
    schema: dict = field(default_factory=entity_schema)
    max_in_flight: int = 128  # documents in flight at once (a GPU under continuous batching wants many)
    context_tokens: int = 16384  # the server's context length
    max_answer_tokens: int = 2048
    parse_tries: int = 3  # answers that do not parse against the schema before the document is an error

    def __post_init__(self) -> None:
        try:
            jsonschema.Draft202012Validator.check_schema(self.schema)
        except jsonschema.SchemaError as exc:
            raise OlmocrError(f"entity schema is not a valid JSON schema: {exc.message}") from exc
        if self.schema.get("type") != "object" or not all(
            spec.get("type") == "array" for spec in self.schema.get("properties", {}).values()
        ):
            raise OlmocrError("entity schema: give an object whose properties are arrays (one per entity type)")

    @property
    def schema_id(self) -> str:
        """Names the files: a new model or schema writes beside the old entities, never over them."""
        key = json.dumps([self.model, self.model_revision, self.schema], sort_keys=True)
        return hashlib.sha1(key.encode()).hexdigest()[:12]

    @property
    def max_prompt_chars(self) -> int:
        return int((self.context_tokens - self.max_answer_tokens - 300) * CHARS_PER_TOKEN)


PROMPT = (
    "Extract the entities of the document below as JSON matching the schema: for each of {types}, every distinct "
    "entity with its exact text and the number of the page it appears on (pages are marked [page N]). Use empty "
    "lists when there are none.\n\n"
)


def document_prompt(document: dict, settings: EntitySettings) -> str:
    """The document's text with a ``[page N]`` marker before each page (from ``pdf_page_numbers``)."""
    text = document["text"]
    spans = (document.get("attributes") or {}).get("pdf_page_numbers") or [[0, len(text), 1]]
    pages = "".join(f"[page {page}]\n{text[start:end]}\n" for start, end, page in spans if text[start:end].strip())
    types = ", ".join(settings.schema.get("properties", {}))
    return PROMPT.format(types=types) + pages


def chat_body(prompt: str, settings: EntitySettings) -> dict:
    return {
        "model": settings.model,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": settings.max_answer_tokens,
        "temperature": 0.0,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "entities", "schema": settings.schema, "strict": True},
        },
    }


class DocumentFailed(OlmocrError):
    def __init__(self, kind: str, reason: str):
        self.kind = kind
        self.reason = reason
        super().__init__(reason)


@dataclass
class EntityGroupReport:
    group_id: str
    path: str
    documents: int = 0
    entities: dict[str, int] = field(default_factory=dict)  # per type
    prompt_tokens: int = 0
    answer_tokens: int = 0
    requests: int = 0
    seconds: float = 0.0
    already_done: bool = False
    errors: list[DocumentError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


async def extract_document(client: OpenAiClient, document: dict, settings: EntitySettings, report: EntityGroupReport):
    """The document's entities as {type: [{text, page}]}; raises DocumentFailed for a per-document error."""
    text = document.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentFailed("empty", "the document has no text to read")
    prompt = document_prompt(document, settings)
    if len(prompt) > settings.max_prompt_chars:
        raise DocumentFailed(
            "too_large",
            f"the document's {len(text):,} characters (about {len(prompt) / CHARS_PER_TOKEN:,.0f} tokens) do not fit "
            f"the model's context of {settings.context_tokens:,} tokens with {settings.max_answer_tokens:,} to answer",
        )
    validator = jsonschema.Draft202012Validator(settings.schema)
    problem = ""
    for _ in range(settings.parse_tries):
        try:
            completion = await client.chat(chat_body(prompt, settings))
        except RequestRejected as exc:  # the request's fault (too long after all, a bad schema): not retried
            raise DocumentFailed("rejected", str(exc)) from exc
        report.requests += 1
        report.prompt_tokens += completion.prompt_tokens
        report.answer_tokens += completion.completion_tokens
        try:
            answer = json.loads(completion.text)
            validator.validate(answer)
            return answer
        except json.JSONDecodeError as exc:
            problem = f"not JSON ({exc.msg} at character {exc.pos}; finish reason {completion.finish_reason})"
        except jsonschema.ValidationError as exc:
            problem = f"does not match the schema ({exc.message} at {'/'.join(map(str, exc.path)) or 'the top'})"
    raise DocumentFailed("unparsable", f"after {settings.parse_tries} tries the answer is {problem}")


def entity_rows(document: dict, answer: dict, group_id: str, settings: EntitySettings) -> list[dict]:
    lineage = (document.get("metadata") or {}).get("lineage") or {}
    common = {
        "document_id": document["id"],
        "source": str((document.get("metadata") or {}).get("Source-File") or ""),
        "page_group": group_id,
        "ocr_model": str(lineage.get("model") or ""),
        "ocr_model_revision": str(lineage.get("model_revision") or ""),
        "llm_model": settings.model,
        "llm_model_revision": settings.model_revision,
    }
    return [
        {**common, "entity_type": kind, "text": item["text"], "page": item["page"]}
        for kind, items in answer.items()
        for item in items
    ]


def entities_path(workspace: Workspace, settings: EntitySettings, group_id: str) -> str:
    return join(workspace.root, "entities", settings.schema_id, f"entities_{checked_group_id(group_id)}.parquet")


def entities_report_path(workspace: Workspace, settings: EntitySettings, group_id: str) -> str:
    return join(workspace.root, "entities", settings.schema_id, "reports", f"report_{checked_group_id(group_id)}.json")


async def extract_group_entities(
    workspace: Workspace, group_id: str, client: OpenAiClient, settings: EntitySettings
) -> EntityGroupReport:
    """Extract the entities of a group's documents and write its file once (nothing when it is there)."""
    started = time.perf_counter()
    report = EntityGroupReport(group_id, entities_path(workspace, settings, group_id))
    if workspace.storage.exists(report.path):
        report.already_done = True
        return report
    path = dolma_output_path(workspace, group_id)
    data = await asyncio.to_thread(workspace.storage.read_bytes, path)
    documents, problems = decode_jsonl_lines(data, path)
    report.errors = [DocumentError(path, "unreadable", problem) for problem in problems]
    bound = asyncio.Semaphore(settings.max_in_flight)

    async def one(document: dict) -> list[dict]:
        source = str((document.get("metadata") or {}).get("Source-File") or document.get("id") or path)
        async with bound:
            try:
                answer = await extract_document(client, document, settings, report)
            except DocumentFailed as exc:
                report.errors.append(DocumentError(source, exc.kind, exc.reason))
                return []
        report.documents += 1
        return entity_rows(document, answer, group_id, settings)

    found = await gather_or_cancel(one(d) for d in documents)
    rows = [row for rows in found for row in rows]
    report.entities = dict(sorted(Counter(row["entity_type"] for row in rows).items()))
    report.seconds = time.perf_counter() - started
    await asyncio.to_thread(_write_entities, workspace, settings, report, pl.DataFrame(rows, schema=ENTITY_ROWS))
    return report


def _write_entities(workspace: Workspace, settings: EntitySettings, report: EntityGroupReport, rows: pl.DataFrame):
    """The report (with the per-document errors) first, then the entities once: the file marks the group done."""
    encoded = parquet_bytes(rows)
    report_path = entities_report_path(workspace, settings, report.group_id)
    workspace.storage.write_bytes(report_path, json.dumps(report.to_dict(), indent=1, default=str).encode())
    report.already_done = not workspace.storage.write_if_absent(report.path, encoded)


@dataclass(frozen=True)
class LlmServer:
    """Which server reads the documents: ``url`` (any OpenAI-compatible endpoint, with ``api_key``), or a vLLM this
    process starts for ``model`` (a folder, hub id or s3://) with ``managed`` options."""

    model: str  # the served name with a url; the model to load otherwise
    url: str | None = None
    api_key: str | None = None
    managed: ManagedServerOptions = ManagedServerOptions()
    client: ClientSettings = ClientSettings()
    startup_timeout_s: float = 600.0


def served_settings(server: LlmServer, settings: EntitySettings, revision: str = "") -> EntitySettings:
    """``settings`` naming the model as ``server`` serves it; a vLLM we start also gives the weights' ``revision``
    and its context length (behind another's server the revision is unknown)."""
    if server.url:
        return replace(settings, model=server.model, model_revision="")
    return replace(settings, model=server.model, model_revision=revision, context_tokens=server.managed.max_model_len)


def groups_without_entities(
    workspace: Workspace, group_ids: Sequence[str], server: LlmServer, settings: EntitySettings
) -> list[str]:
    """The groups whose entities this model and schema have not extracted yet (a managed model's weights are
    hashed to know which model that is)."""
    revision = "" if server.url else model_revision(server.model, locate_model(server.model))
    settings = served_settings(server, settings, revision)
    return [g for g in group_ids if not workspace.storage.exists(entities_path(workspace, settings, g))]


@contextlib.asynccontextmanager
async def open_llm(server: LlmServer, settings: EntitySettings) -> AsyncIterator[tuple[OpenAiClient, EntitySettings]]:
    """A client of the server, and ``settings`` naming the model (and its revision when we start it)."""
    async with contextlib.AsyncExitStack() as stack:
        if server.url:
            client = OpenAiClient(server.url, api_key=server.api_key, settings=server.client)
            client.hold_until(client.until_up(server.startup_timeout_s))
            settings = served_settings(server, settings)
        else:
            # Served under the name the user gave it, which the entities' lineage then shows.
            options = replace(server.managed, extra_args=(*MANAGED_VLLM_ARGS, *server.managed.extra_args))
            vllm, path = await start_managed_server(
                server.model, options, server.startup_timeout_s, stack, served_model_name=server.model
            )
            client = OpenAiClient(vllm.url, settings=server.client)
            client.hold_until(vllm.until_ready())
            revision = await asyncio.to_thread(model_revision, server.model, path)  # while vLLM loads
            settings = served_settings(server, settings, revision)
        stack.push_async_callback(client.close)
        yield client, settings


async def extract_entities(
    workspace: Workspace,
    group_ids: Sequence[str],
    server: LlmServer,
    settings: EntitySettings,
    on_group: Callable[[EntityGroupReport], None] = lambda report: None,
) -> list[EntityGroupReport]:
    """Every group's entities with one server (one model load); the groups in flight together."""
    async with open_llm(server, settings) as (client, settings):

        async def one(group_id: str) -> EntityGroupReport:
            report = await extract_group_entities(workspace, group_id, client, settings)
            on_group(report)
            return report

        return list(await gather_or_cancel(one(g) for g in group_ids))
