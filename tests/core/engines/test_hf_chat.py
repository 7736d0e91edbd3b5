"""The in-process transformers chat backend, the tiny offline Qwen2.5-VL model and the OpenAI-compatible test server."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from olmocr_core.common.errors import ResponseParseError
from olmocr_core.engines.hf_chat import HfBackend, HfChatModel, InvalidMessages, split_images
from olmocr_core.formats.prompts import TARGET_LONGEST_IMAGE_DIM, build_chat_request, build_messages, image_data_url
from olmocr_core.formats.response import parse_page_response
from tests.support.paths import REPO
from tests.support.tiny_qwen import TINY_ANSWER, one_torch_thread

MAX_TOKENS = 100  # the tiny model's answer is 36 tokens


@pytest.fixture(scope="module")
def single_thread() -> Iterator[None]:
    """In-process generation on one torch thread (see tiny_qwen.one_torch_thread)."""
    with one_torch_thread():
        yield


@pytest.fixture(scope="module")
def page_png() -> bytes:
    """A letter page with text, rendered like the pipeline does (longest side 1288 px)."""
    import pymupdf

    document = pymupdf.open()
    page = document.new_page(width=612, height=792)
    page.insert_text((72, 72), "Quarterly report\n\nRevenue grew by 12 percent in the third quarter.", fontsize=14)
    zoom = TARGET_LONGEST_IMAGE_DIM / max(page.rect.width, page.rect.height)
    return page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png")


@pytest.fixture(scope="module")
def tiny_model(tiny_model_dir: Path, single_thread: None) -> HfChatModel:
    return HfChatModel.load(tiny_model_dir)


# --- no model needed ---------------------------------------------------------------------------------------


def test_import_needs_neither_torch_nor_transformers() -> None:
    # Nor boto3: a GPU machine loading a local model need not have it (storage imports it on first S3 use).
    code = (
        "import sys, olmocr_core.engines.hf_chat; "
        "print(sorted(m for m in ('torch', 'transformers', 'dagster', 'PIL', 'boto3', 'botocore') if m in sys.modules))"
    )
    repo_root = REPO
    result = subprocess.run([sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _image_message(url: str) -> list[dict]:
    return [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}]


@pytest.mark.parametrize(
    ("messages", "reason"),
    [
        ([], "non-empty list"),
        ([{"content": "hi"}], "role"),
        ([{"role": "user", "content": 3}], "content"),
        ([{"role": "user", "content": [{"type": "audio"}]}], "unsupported content part"),
        (_image_message("https://example.com/page.png"), "data:image"),
        (_image_message(image_data_url(b"not a png")), "readable"),
    ],
)
def test_bad_messages_are_rejected(messages: list, reason: str) -> None:
    with pytest.raises(InvalidMessages, match=reason):
        split_images(messages)


def test_messages_keep_text_and_images_in_order(page_png: bytes) -> None:
    template_messages, images = split_images(build_messages(page_png))
    assert [part["type"] for part in template_messages[0]["content"]] == ["text", "image"]
    assert len(images) == 1 and max(images[0].size) == TARGET_LONGEST_IMAGE_DIM


# --- the tiny model, in process ------------------------------------------------------------------------------


@pytest.mark.slow
def test_tiny_model_folder_is_a_standard_checkpoint(tiny_model_dir: Path, tiny_model: HfChatModel) -> None:
    files = ("config.json", "model.safetensors", "tokenizer.json", "chat_template.jinja", "preprocessor_config.json")
    for name in files:
        assert (tiny_model_dir / name).is_file(), name
    config = json.loads((tiny_model_dir / "config.json").read_text())
    assert config["model_type"] == "qwen2_5_vl"
    assert config["text_config"]["vocab_size"] == len(tiny_model.encoder.tokenizer)
    assert tiny_model.device == "cpu" and tiny_model.model_name == str(tiny_model_dir)
    # revision() == `sha256sum *.safetensors | sha256sum`
    weights = hashlib.sha256((tiny_model_dir / "model.safetensors").read_bytes()).hexdigest()
    assert tiny_model.revision() == hashlib.sha256(f"{weights}  model.safetensors\n".encode()).hexdigest()


@pytest.mark.slow
def test_greedy_answer_parses_and_is_deterministic(tiny_model: HfChatModel, page_png: bytes) -> None:
    first = tiny_model.generate(build_messages(page_png), temperature=0.0, max_tokens=MAX_TOKENS)
    second = tiny_model.generate(build_messages(page_png), temperature=0.0, max_tokens=MAX_TOKENS)
    assert first == second
    assert first.text == TINY_ANSWER and first.finish_reason == "stop"
    assert parse_page_response(first.text).natural_text == "Hello from the tiny model."
    assert first.prompt_tokens > 0 and 0 < first.completion_tokens <= MAX_TOKENS


@pytest.mark.slow
@pytest.mark.parametrize("temperature", [0.1, 0.3])
def test_low_temperature_answers_parse(tiny_model: HfChatModel, page_png: bytes, temperature: float) -> None:
    for seed in range(3):
        messages = build_messages(page_png)
        completion = tiny_model.generate(messages, temperature=temperature, max_tokens=MAX_TOKENS, seed=seed)
        assert completion.finish_reason == "stop"
        parse_page_response(completion.text)


@pytest.mark.slow
def test_a_seed_repeats_a_sampled_answer(tiny_model: HfChatModel, page_png: bytes) -> None:
    answers = {tiny_model.generate(build_messages(page_png), temperature=1.0, max_tokens=20, seed=7) for _ in range(2)}
    assert len(answers) == 1


@pytest.mark.slow
def test_tiny_max_tokens_finishes_with_length(tiny_model: HfChatModel, page_png: bytes) -> None:
    completion = tiny_model.generate(build_messages(page_png), temperature=0.0, max_tokens=3)
    assert completion.finish_reason == "length"
    assert completion.completion_tokens == 3
    assert TINY_ANSWER.startswith(completion.text)


@pytest.mark.slow
def test_text_only_messages_are_answered(tiny_model: HfChatModel) -> None:
    completion = tiny_model.generate([{"role": "user", "content": "hello"}], temperature=0.0, max_tokens=5)
    assert completion.prompt_tokens > 0 and 0 < completion.completion_tokens <= 5


@pytest.mark.slow
def test_a_batch_of_pages_answers_as_each_page_alone(tiny_model: HfChatModel, page_png: bytes) -> None:
    """Pages of other sizes have other prompt lengths: the batch is left-padded, and padding changes nothing."""
    from PIL import Image

    def png(width: int, height: int) -> bytes:
        buffer = io.BytesIO()
        Image.new("RGB", (width, height), "white").save(buffer, format="PNG")
        return buffer.getvalue()

    requests = [build_messages(page_png), build_messages(png(300, 900)), [{"role": "user", "content": "hello"}]]
    alone = [tiny_model.generate(messages, temperature=0.0, max_tokens=MAX_TOKENS) for messages in requests]
    batch = tiny_model.generate_batch(requests, temperature=0.0, max_tokens=MAX_TOKENS)
    assert len({completion.prompt_tokens for completion in alone}) == 3
    assert batch == alone


@pytest.mark.slow
def test_min_tokens_equal_to_max_tokens_makes_every_answer_that_long(tiny_model: HfChatModel, page_png: bytes) -> None:
    """How throughput is measured: the trained model would stop after 36 tokens, it goes on to the cap."""
    requests = [build_messages(page_png), [{"role": "user", "content": "hello"}]]
    batch = tiny_model.generate_batch(requests, temperature=0.0, max_tokens=50, min_tokens=50)
    assert [(c.completion_tokens, c.finish_reason) for c in batch] == [(50, "length"), (50, "length")]


@pytest.mark.slow
def test_the_backend_answers_waiting_requests_in_batches(
    tiny_model: HfChatModel, page_png: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five pages sent at once: batches of at most two, the temperature of each batch its own, and every page
    its own answer; a request the model cannot take fails alone."""
    batches: list[tuple[int, float]] = []
    generate_batch = tiny_model.generate_batch

    def recording(requests: list, **settings: object) -> list:
        batches.append((len(requests), settings["temperature"]))
        return generate_batch(requests, **settings)

    monkeypatch.setattr(tiny_model, "generate_batch", recording)
    greedy = build_chat_request(page_png, model="m", temperature=0.0, max_tokens=MAX_TOKENS)
    sampled = {**greedy, "temperature": 0.2}
    broken = {**greedy, "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": "x"}]}]}

    async def send() -> list:
        backend = HfBackend(tiny_model, max_batch_size=2)
        try:
            bodies = [greedy, sampled, greedy, broken, greedy]
            return await asyncio.gather(*(backend.chat(body) for body in bodies), return_exceptions=True)
        finally:
            await backend.close()

    answers = asyncio.run(send())
    # Oldest first: two greedy, then the sampled one, then the broken one and the last, which fail together and
    # are answered again one by one.
    assert batches == [(2, 0.0), (1, 0.2), (2, 0.0), (1, 0.0), (1, 0.0)]
    assert isinstance(answers[3], InvalidMessages)
    for answer in answers[:3] + answers[4:]:
        assert parse_page_response(answer.text) == parse_page_response(TINY_ANSWER)


@pytest.mark.slow
def test_untrained_model_answer_does_not_parse(untrained_model_dir: Path, page_png: bytes, single_thread: None) -> None:
    model = HfChatModel.load(untrained_model_dir)
    completion = model.generate(build_messages(page_png), temperature=0.0, max_tokens=60)
    with pytest.raises(ResponseParseError):
        parse_page_response(completion.text)


# --- the OpenAI-compatible server ----------------------------------------------------------------------------


def _post(url: str, body: object) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


@pytest.mark.slow
def test_server_answers_like_an_openai_server(model_server, tiny_model: HfChatModel, page_png: bytes) -> None:
    request = build_chat_request(page_png, temperature=0.0, max_tokens=MAX_TOKENS)
    status, body = _post(f"{model_server.url}/chat/completions", request)
    assert status == 200, body
    assert body["object"] == "chat.completion" and body["model"] == "olmocr"
    choice = body["choices"][0]
    assert choice["message"]["role"] == "assistant" and choice["finish_reason"] == "stop"
    parse_page_response(choice["message"]["content"])
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    # The same model, greedy: the same answer as in process.
    local = tiny_model.generate(build_messages(page_png), temperature=0.0, max_tokens=MAX_TOKENS)
    assert (choice["message"]["content"], usage["prompt_tokens"], usage["completion_tokens"]) == (
        local.text,
        local.prompt_tokens,
        local.completion_tokens,
    )


@pytest.mark.slow
def test_server_lists_its_model_and_is_healthy(model_server) -> None:
    assert _get(model_server.root + "/health")[0] == 200
    status, raw = _get(model_server.url + "/models")
    assert status == 200 and [card["id"] for card in json.loads(raw)["data"]] == ["olmocr"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"messages": []}, "messages"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"temperature": "hot"}, "temperature"),
        ({"stream": True}, "stream"),
        ({"messages": _image_message("file:///etc/passwd")}, "data:image"),
    ],
)
def test_server_rejects_a_bad_body_with_400(model_server, change: dict, reason: str) -> None:
    body = {"model": "olmocr", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 5, **change}
    status, answer = _post(f"{model_server.url}/chat/completions", body)
    assert status == 400 and reason in answer["error"]["message"]


@pytest.mark.slow
def test_server_rejects_invalid_json_with_400(model_server) -> None:
    status, answer = _post(f"{model_server.url}/chat/completions", b"{not json")
    assert status == 400 and "JSON" in answer["error"]["message"]


@pytest.mark.slow
def test_server_answers_404_for_an_unknown_model(model_server) -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 5}
    status, answer = _post(f"{model_server.url}/chat/completions", body)
    assert status == 404 and "gpt-4o" in answer["error"]["message"]


SHORT_CHAT = {"model": "olmocr", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2, "temperature": 0.0}


@pytest.mark.slow
def test_injected_status_faults_answer_the_next_requests(model_server) -> None:
    model_server.clear_faults()
    assert len(model_server.faults(status=503, count=2)["pending"]) == 2
    statuses = [_post(f"{model_server.url}/chat/completions", SHORT_CHAT)[0] for _ in range(3)]
    assert statuses == [503, 503, 200]


@pytest.mark.slow
def test_injected_drop_closes_the_connection(model_server) -> None:
    model_server.clear_faults()
    model_server.faults(drop=1)

    async def post() -> int:
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{model_server.url}/chat/completions", json=SHORT_CHAT) as response:
                return response.status

    with pytest.raises(aiohttp.ServerDisconnectedError):
        asyncio.run(post())
    assert asyncio.run(post()) == 200


@pytest.mark.slow
def test_injected_delay_slows_the_next_request_only(model_server) -> None:
    model_server.clear_faults()
    model_server.faults(delay_s=1.0, count=1)
    durations = []
    for _ in range(2):
        started = time.monotonic()
        assert _post(f"{model_server.url}/chat/completions", SHORT_CHAT)[0] == 200
        durations.append(time.monotonic() - started)
    assert durations[0] >= 1.0 and durations[1] < 1.0


@pytest.mark.slow
def test_a_fault_that_changes_nothing_is_refused(model_server) -> None:
    status, answer = _post(model_server.root + "/test/faults", {"count": 2})
    assert status == 400 and "status" in answer["error"]["message"]
