"""The vlm engine against a real HTTP server over the tiny model: olmOCR's page procedure.

Answers the tiny model would never give (rotation complaints, garbage, truncation) are scripted
through the server's /test/faults, so every path of the procedure is driven over real HTTP.
"""

import asyncio

import pytest

from olmocr_core.engines.base import PageTask
from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient, ServerRefused, ServerUnavailable
from olmocr_core.engines.vlm import VlmEngine, VlmSettings
from olmocr_core.formats.prompts import TEMPERATURES
from olmocr_core.formats.response import PageResponse, format_page_response
from olmocr_core.rendering.pool import RenderPool
from tests.support.model_fixtures import _free_port
from tests.support.pdfgen import DIGITAL_TEXT
from tests.support.tiny_qwen import TINY_ANSWER

pytestmark = pytest.mark.slow

FAST_RETRIES = ClientSettings(max_tries=3, backoff_initial_s=0.05, backoff_max_s=0.2, request_timeout_s=60)


def answer(rotation_valid=True, correction=0, text="Scripted text."):
    return format_page_response(PageResponse("en", rotation_valid, correction, False, False, text))


@pytest.fixture(scope="module")
def renderer():
    pool = RenderPool(1)
    yield pool
    pool.close()


@pytest.fixture
def server(model_server):
    model_server.clear_faults()
    model_server.clear_requests()
    yield model_server
    model_server.clear_faults()


def run_page(server, renderer, pdf, *, settings=VlmSettings(), idle=False, url=None, client_settings=FAST_RETRIES):
    async def go():
        engine = VlmEngine(
            OpenAiClient(url or server.url, settings=client_settings), renderer, settings, server_idle=lambda: idle
        )
        try:
            return await engine.process_page(PageTask(path=str(pdf), source=f"s3://bucket/{pdf.name}", page_number=1))
        finally:
            await engine.close()

    return asyncio.run(go())


def test_model_answer_is_accepted_first_try(server, renderer, sample_pdfs):
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert not result.is_fallback and result.error is None
    assert result.attempts == 1 and result.engine == "vlm"
    assert result.text == "Hello from the tiny model."
    assert result.response.primary_language == "en"
    assert result.input_tokens > 0 and result.output_tokens > 0
    assert result.tokens_spent_in == result.input_tokens
    (request,) = server.requests()
    assert request["temperature"] == TEMPERATURES[0]
    assert max(request["image_sizes"][0]) == 1288  # the page as the model was trained to see it
    assert request["max_tokens"] == 8000


def test_garbage_answers_exhaust_the_schedule_then_fall_back(server, renderer, sample_pdfs):
    server.faults(answer="no front matter here", count=8)
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert result.is_fallback
    assert result.attempts == 8
    assert DIGITAL_TEXT in result.text  # the page's text layer
    assert "front matter" in result.error
    assert result.input_tokens == 0 and result.tokens_spent_in == 8 * 100
    assert [r["temperature"] for r in server.requests()] == list(TEMPERATURES)


def test_truncated_answers_are_invalid_and_retried(server, renderer, sample_pdfs):
    server.faults(answer=TINY_ANSWER, finish_reason="length", count=2)
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert not result.is_fallback and result.attempts == 3
    assert [r["temperature"] for r in server.requests()] == list(TEMPERATURES[:3])


def test_answers_over_the_context_are_invalid(server, renderer, sample_pdfs):
    result = run_page(
        server, renderer, sample_pdfs["digital"], settings=VlmSettings(max_context_tokens=50, max_page_retries=2)
    )
    assert result.is_fallback and result.attempts == 2
    assert "tokens over context=True" in result.error


def test_rotation_is_retried_with_the_cumulative_correction(server, renderer, sample_pdfs):
    server.faults(answer=answer(rotation_valid=False, correction=90))
    server.faults(answer=answer(rotation_valid=False, correction=90))
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert not result.is_fallback and result.attempts == 3
    assert result.text == "Hello from the tiny model."
    sizes = [tuple(r["image_sizes"][0]) for r in server.requests()]
    portrait = sizes[0]
    assert portrait[1] == 1288 and portrait[0] < portrait[1]
    assert sizes[1] == (portrait[1], portrait[0])  # turned by 90
    assert sizes[2] == portrait  # turned by 90 + 90 = 180


def test_rotation_never_settled_keeps_the_last_valid_answer(server, renderer, sample_pdfs):
    server.faults(answer=answer(rotation_valid=False, correction=180, text="Upside down."), count=3)
    result = run_page(server, renderer, sample_pdfs["digital"], settings=VlmSettings(max_page_retries=3))
    assert not result.is_fallback  # olmOCR keeps a valid answer even when the rotation never settled
    assert result.text == "Upside down." and result.response.is_rotation_valid is False


def test_idle_server_gets_remaining_attempts_in_parallel(server, renderer, sample_pdfs):
    # First answer is garbage; the server has nothing waiting, so the other 7 attempts go at once.
    server.faults(answer="garbage", count=3)
    result = run_page(server, renderer, sample_pdfs["digital"], idle=True)
    assert not result.is_fallback
    assert result.text == "Hello from the tiny model."
    temperatures = sorted(r["temperature"] for r in server.requests())
    assert len(temperatures) >= 4  # garbage first, then parallel attempts until one is accepted
    assert temperatures[0] == TEMPERATURES[0]


def test_5xx_is_retried_with_backoff_within_one_attempt(server, renderer, sample_pdfs):
    server.faults(status=503, count=2)
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert not result.is_fallback and result.attempts == 1


def test_dropped_connection_is_retried(server, renderer, sample_pdfs):
    server.faults(drop=1)
    result = run_page(server, renderer, sample_pdfs["digital"])
    assert not result.is_fallback and result.attempts == 1


def test_a_rejected_page_request_falls_back(server, renderer, sample_pdfs):
    result = run_page(server, renderer, sample_pdfs["digital"], settings=VlmSettings(max_tokens=0, max_page_retries=2))
    assert result.is_fallback and "HTTP 400" in result.error and result.attempts == 2
    assert DIGITAL_TEXT in result.text


def test_a_wrong_model_name_fails_the_run_instead_of_dropping_every_page(server, renderer, sample_pdfs):
    with pytest.raises(ServerRefused, match="HTTP 404"):
        run_page(server, renderer, sample_pdfs["digital"], settings=VlmSettings(model="no-such-model"))


def test_unreachable_server_is_a_clear_run_failure(server, renderer, sample_pdfs):
    dead = f"http://127.0.0.1:{_free_port()}/v1"
    with pytest.raises(ServerUnavailable, match=r"did not answer after 3 tries"):
        run_page(server, renderer, sample_pdfs["digital"], url=dead)


def test_unrenderable_page_falls_back_without_requests(server, renderer, sample_pdfs, tmp_path):
    broken = tmp_path / "gone.pdf"
    broken.write_bytes(sample_pdfs["digital"].read_bytes())
    task_path = broken
    broken.unlink()
    result = run_page(server, renderer, task_path)
    assert result.is_fallback and result.attempts == 0
    assert "render failed" in result.error
    assert server.requests() == []
    # The worker's error came back intact: the same pool still renders the next page.
    assert not run_page(server, renderer, sample_pdfs["digital"]).is_fallback
