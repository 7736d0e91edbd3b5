"""The simulated GPU the feeding benchmarks measure against (bench/sim_gpu_server.py).

Its capacity model in virtual time (exact), then the real server over HTTP with real page requests from our
client: what it answers, its load delay, its metrics, and that it keeps its capacity in real time.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
import urllib.error
import urllib.request

import pytest

from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient, RequestRejected, ServerRefused
from olmocr_core.engines.vllm_server import parse_metrics
from olmocr_core.formats.prompts import build_chat_request
from olmocr_core.formats.response import parse_page_response
from olmocr_core.rendering import pdf
from tests.support.paths import REPO

sys.path.insert(0, str(REPO / "bench"))

from sim_gpu_server import GpuModel, GpuScheduler, SimServerProcess, answer_text, steady_fraction  # noqa: E402


def run_to_end(scheduler: GpuScheduler) -> list[tuple[float, int]]:
    """Step event by event until nothing runs; (finish time, key) of every request, in order."""
    finished = []
    while (event := scheduler.next_event()) is not None:
        finished += [(scheduler.now, key) for key, _ in scheduler.advance(event)]
    return finished


# ------------------------------------------------------------------------------------------ virtual time


@pytest.mark.parametrize("capacity", [2, 5, 10])
def test_a_saturated_gpu_finishes_capacity_pages_per_second(capacity):
    model = GpuModel(capacity=capacity)
    scheduler = GpuScheduler(model)
    pages = 600  # more than max_num_seqs: some wait for a slot
    for key in range(pages):
        scheduler.submit(key, model.answer_tokens)
    assert scheduler.running == model.max_num_seqs and scheduler.waiting == pages - model.max_num_seqs

    finished = run_to_end(scheduler)

    assert len(finished) == pages == scheduler.completed
    assert scheduler.now == pytest.approx(pages / capacity, rel=1e-9)
    assert scheduler.work_seconds == pytest.approx(scheduler.now, rel=1e-9)  # never idle
    assert scheduler.generation_tokens() == pages * model.answer_tokens
    assert scheduler.prompt_tokens == pages * model.prompt_tokens
    assert steady_fraction(scheduler.timeline) == pytest.approx(1.0, rel=1e-9)


def test_too_few_sequences_in_flight_leave_the_gpu_partly_idle():
    model = GpuModel(capacity=5, saturating_seqs=64)
    prefill, decode = model.prefill_share / model.capacity, (1 - model.prefill_share) / model.capacity

    alone = GpuScheduler(model)
    alone.submit(0, model.answer_tokens)
    run_to_end(alone)
    # prefill uses the whole GPU; decode at most 1/64 of it
    assert alone.now == pytest.approx(prefill + decode * 64, rel=1e-9)
    assert alone.work_seconds == pytest.approx(prefill + decode, rel=1e-9)

    eight = GpuScheduler(model)
    for key in range(8):
        eight.submit(key, model.answer_tokens)
    run_to_end(eight)
    assert eight.now == pytest.approx(8 * prefill + decode * 64, rel=1e-9)  # 8 decode side by side
    assert eight.work_seconds == pytest.approx(8 / model.capacity, rel=1e-9)
    assert eight.work_seconds / eight.now < 0.2


def test_extra_requests_wait_for_a_slot_first_come_first_served():
    model = GpuModel(capacity=10, max_num_seqs=4)
    scheduler = GpuScheduler(model)
    for key in range(10):
        scheduler.submit(key, model.answer_tokens)
    assert (scheduler.running, scheduler.waiting) == (4, 6)

    order = [key for _, key in run_to_end(scheduler)]

    assert set(order[:4]) == {0, 1, 2, 3}
    assert order.index(4) < order.index(9)


@pytest.mark.timeout(60)
def test_a_burst_of_requests_finishes_on_a_clock_far_from_zero():
    """The server's clock is the event loop's (the machine's uptime): a float residue of work too small for
    that clock to step over once stopped it forever when a burst of pages arrived within microseconds."""
    model = GpuModel(capacity=45.3)
    now = 3_123_456.7
    scheduler = GpuScheduler(model, now=now)
    rng = random.Random(0)
    for key in range(500):
        now += rng.uniform(0, 2e-4)
        scheduler.advance(now)
        scheduler.submit(key, model.answer_tokens)

    finished = scheduler.advance(now + 60.0)

    assert len(finished) == scheduler.completed == 500 and scheduler.running == 0
    assert scheduler.work_seconds == pytest.approx(500 / model.capacity, rel=1e-6)


def test_late_advance_replays_every_event_it_skipped():
    model = GpuModel(capacity=7, max_num_seqs=16, saturating_seqs=8)
    stepped, jumped = GpuScheduler(model), GpuScheduler(model)
    for scheduler in (stepped, jumped):
        for key in range(40):
            scheduler.submit(key, model.answer_tokens if key % 3 else 200)  # mixed lengths
    run_to_end(stepped)

    finished = jumped.advance(1000.0)  # one call, long after the end

    assert len(finished) == 40
    assert jumped.work_seconds == pytest.approx(stepped.work_seconds, rel=1e-9)
    assert jumped.busy_seconds == pytest.approx(stepped.now, rel=1e-9)
    assert jumped.now == 1000.0


def test_a_cancelled_request_stops_using_the_gpu():
    model = GpuModel(capacity=5, saturating_seqs=1)
    scheduler = GpuScheduler(model)
    scheduler.submit(0, model.answer_tokens)
    scheduler.submit(1, model.answer_tokens)
    scheduler.advance(0.01)
    scheduler.cancel(1)

    run_to_end(scheduler)

    assert scheduler.completed == 1
    assert scheduler.now == pytest.approx(1 / model.capacity + 0.005, rel=1e-6)  # shared for 0.01 s, then alone


def test_steady_fraction_sees_an_idle_gap_in_the_middle():
    # busy 0-4 s, idle 4-6 s, busy 6-10 s: 8 s of work; 10 % of it at 0.8 s, 90 % at 9.2 s
    timeline = [(0.0, 0.0), (4.0, 4.0), (6.0, 4.0), (10.0, 8.0)]
    assert steady_fraction(timeline) == pytest.approx(0.8 * 8 / (9.2 - 0.8))


@pytest.mark.parametrize(
    "bad", [{"capacity": 0}, {"prefill_share": 1.0}, {"max_num_seqs": 0}, {"saturating_seqs": 0}, {"load_delay": -1}]
)
def test_a_nonsense_model_is_refused(bad):
    with pytest.raises(ValueError):
        GpuModel(**bad)


def test_the_answer_is_a_valid_olmocr_v4_answer_of_the_asked_length():
    response = parse_page_response(answer_text(700))
    assert response.primary_language == "en" and response.is_rotation_valid and response.rotation_correction == 0
    assert len(response.natural_text.split()) == 700 - 30


# ------------------------------------------------------------------------------------------ over HTTP


@pytest.fixture(scope="module")
def page_png(sample_pdfs) -> bytes:
    return pdf.render_page_file(str(sample_pdfs["digital"]), 1, 1288)


@pytest.fixture(scope="module")
def fast_server():
    with SimServerProcess(GpuModel(capacity=40)) as server:
        yield server


def chat_all(url: str, bodies: list[dict]) -> list:
    async def run() -> list:
        client = OpenAiClient(url, settings=ClientSettings(max_tries=1))
        try:
            return await asyncio.gather(*(client.chat(body) for body in bodies), return_exceptions=True)
        finally:
            await client.close()

    return asyncio.run(run())


def until_up(url: str, timeout_s: float) -> float:
    """Wait for the server as a worker waits for its vLLM server; the monotonic time it came up."""

    async def run() -> None:
        client = OpenAiClient(url)
        try:
            await client.until_up(timeout_s)  # raises ServerUnavailable, naming the URL, after timeout_s
        finally:
            await client.close()

    asyncio.run(run())
    return time.monotonic()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_the_server_keeps_its_capacity_in_real_time(fast_server, page_png):
    pages = 80  # 2 s of work at 40 pages/s, all in flight at once
    started = time.monotonic()

    answers = chat_all(fast_server.v1, [build_chat_request(page_png) for _ in range(pages)])

    wall = time.monotonic() - started
    stats = fast_server.stats(timeline=True)
    assert all(a.finish_reason == "stop" and a.prompt_tokens == 1750 and a.completion_tokens == 700 for a in answers)
    assert all(parse_page_response(a.text).is_rotation_valid for a in answers)
    assert stats["completed"] == pages
    assert stats["work_seconds"] == pytest.approx(pages / 40, rel=1e-6)
    assert steady_fraction(stats["timeline"]) == pytest.approx(1.0, rel=1e-6)
    # Exactly 2 s of GPU from the first arrival to the last answer; the clients' wall adds their own sending.
    assert stats["last_completion"] - stats["first_arrival"] == pytest.approx(2.0, abs=0.3)
    assert 2.0 <= wall < 4.0

    metrics = parse_metrics(get(fast_server.url + "/metrics")[1])
    assert (metrics.running, metrics.waiting) == (0, 0)
    assert metrics.generation_tokens >= pages * 700 and metrics.prompt_tokens >= pages * 1750


def test_bad_requests_are_refused_like_vllm(fast_server, page_png):
    no_image = {"model": "olmocr", "messages": [{"role": "user", "content": "hello"}]}
    wrong_model = build_chat_request(page_png, model="gpt-4o")
    short = build_chat_request(page_png, max_tokens=100)

    rejected, refused, cut = chat_all(fast_server.v1, [no_image, wrong_model, short])

    assert isinstance(rejected, RequestRejected) and rejected.status == 400
    assert isinstance(refused, ServerRefused) and "404" in str(refused)
    assert cut.finish_reason == "length" and cut.completion_tokens == 100


def test_the_server_serves_only_after_its_load_delay(page_png):
    with SimServerProcess(GpuModel(capacity=40, load_delay=1.5)) as server:
        started = time.monotonic()
        assert get(server.url + "/health")[0] == 503
        assert get(server.v1 + "/models")[0] == 503
        assert get(server.url + "/metrics")[0] == 200  # vLLM's metrics answer while it loads

        ready = until_up(server.v1, timeout_s=10)

        assert 1.3 <= ready - started <= 3.0
        assert get(server.url + "/health")[0] == 200
        status, body = get(server.v1 + "/models")
        assert status == 200 and json.loads(body)["data"][0]["id"] == "olmocr"
        (answer,) = chat_all(server.v1, [build_chat_request(page_png)])
        assert answer.finish_reason == "stop"
        assert server.stats()["ready_at"] - server.stats()["started_at"] == pytest.approx(1.5)
