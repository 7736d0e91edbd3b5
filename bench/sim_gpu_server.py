"""A simulated GPU behind an OpenAI-compatible server: one accelerator under continuous batching.

    .venv/bin/python bench/sim_gpu_server.py --capacity 5 [--load-delay 120] [--port 0]

For benchmarks that ask whether a client keeps an accelerator fed, without an accelerator. Answers
``POST /v1/chat/completions`` with a valid olmOCR v4 answer (front matter, then text padded to the answer
length), or, for a text request held to a JSON schema (``response_format`` of type ``json_schema``: entity
extraction), a JSON object of the schema's arrays padded to the answer length, ``GET /v1/models``, ``GET /health`` (503 until the load delay has passed, as a loading vLLM is not
serving), ``GET /metrics`` (vLLM's Prometheus names that olmocr_core.engines.vllm_server reads) and ``GET /sim/stats``
(what the GPU did, as JSON, for the benchmark; ``?timeline=1`` adds the cumulative-work curve).

The capacity model. The GPU does one GPU-second of work per second. A page of the standard shape (1,750
prompt tokens, 700 answer tokens) costs ``1 / capacity`` GPU-seconds, of which ``prefill_share`` is prefill
(charged per prompt token) and the rest decode (charged per answer token), so a saturated GPU finishes
``capacity`` standard pages per second. At most ``max_num_seqs`` requests run; the others wait in order.
Running requests share the GPU equally, as in continuous batching, but one decoding sequence can use at most
``1 / saturating_seqs`` of it (decode is memory-bound: a lone sequence leaves the GPU mostly idle); a
prefilling one can use all of it. So the GPU reaches its capacity only when the client keeps at least
``saturating_seqs`` requests in flight: exactly what a feeding benchmark must check.

Event-driven: between two events (an arrival, a prefill or decode finishing) every rate is constant, so the
server sleeps until the next event instead of ticking per token, and needs little CPU itself.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import itertools
import json
import subprocess
import sys
import time
import urllib.request
from collections import deque
from dataclasses import dataclass, field, fields

from aiohttp import web

from olmocr_core.formats.prompts import SERVED_MODEL_NAME
from olmocr_core.formats.response import PageResponse, format_page_response

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A sequence this close to its end (in seconds at its rate) is done: the clock (the loop's, about 1e5 s)
# cannot step by less, so a float residue under that would stop the clock forever.
DONE_S = 1e-9


@dataclass(frozen=True)
class GpuModel:
    capacity: float = 5.0  # standard pages per second when saturated
    prompt_tokens: int = 1750  # a letter page at 1288 px is 1,656 image tokens, plus the prompt text
    answer_tokens: int = 700
    prefill_share: float = 0.2  # of a standard page's GPU time
    max_num_seqs: int = 256  # vLLM's cap on running sequences
    saturating_seqs: int = 64  # decoding sequences it takes to use the whole GPU
    load_delay: float = 0.0  # seconds before the server serves (/health turns 200)

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.prompt_tokens <= 0 or self.answer_tokens <= 0:
            raise ValueError(f"capacity and token counts must be positive: {self}")
        if not 0 <= self.prefill_share < 1:
            raise ValueError(f"prefill_share must be in [0, 1): {self.prefill_share}")
        if self.max_num_seqs < 1 or self.saturating_seqs < 1 or self.load_delay < 0:
            raise ValueError(f"max_num_seqs and saturating_seqs must be >= 1, load_delay >= 0: {self}")

    @property
    def prefill_cost(self) -> float:
        """GPU-seconds per prompt token."""
        return self.prefill_share / (self.capacity * self.prompt_tokens)

    @property
    def decode_cost(self) -> float:
        """GPU-seconds per answer token."""
        return (1 - self.prefill_share) / (self.capacity * self.answer_tokens)

    def cli_args(self) -> list[str]:
        return [arg for f in fields(self) for arg in (f"--{f.name.replace('_', '-')}", str(getattr(self, f.name)))]


@dataclass
class _Sequence:
    key: int
    tokens: int  # answer tokens it will produce
    prefill_left: float  # GPU-seconds
    decode_left: float
    decode_total: float


@dataclass
class GpuScheduler:
    """The capacity model in virtual time: pure bookkeeping, driven by ``advance(now)``; no clock, no I/O.

    Every change of state (submit, cancel) must come after ``advance`` to the same ``now``: work done so far
    is integrated at the rates that held until then.
    """

    model: GpuModel
    now: float = 0.0
    work_seconds: float = 0.0  # integral of utilisation: GPU-seconds of useful work
    busy_seconds: float = 0.0  # time with at least one request running
    prompt_tokens: int = 0  # prefilled so far
    completed_tokens: int = 0  # answer tokens of finished requests
    completed: int = 0
    timeline: list[tuple[float, float]] = field(default_factory=list)  # (time, work_seconds) at each change
    _waiting: deque[_Sequence] = field(default_factory=deque)
    _prefilling: dict[int, _Sequence] = field(default_factory=dict)
    _decoding: dict[int, _Sequence] = field(default_factory=dict)
    _rate_prefill: float = 0.0  # share of the GPU each prefilling sequence gets
    _rate_decode: float = 0.0

    @property
    def running(self) -> int:
        return len(self._prefilling) + len(self._decoding)

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    @property
    def utilisation(self) -> float:
        return len(self._prefilling) * self._rate_prefill + len(self._decoding) * self._rate_decode

    def generation_tokens(self) -> float:
        """Answer tokens produced so far, counting the part of each running decode already done."""
        partial = sum(s.tokens * (1 - s.decode_left / s.decode_total) for s in self._decoding.values())
        return self.completed_tokens + partial

    def submit(self, key: int, tokens: int) -> None:
        cost = self.model
        decode = tokens * cost.decode_cost
        self._waiting.append(_Sequence(key, tokens, cost.prompt_tokens * cost.prefill_cost, decode, decode))
        self._admit()

    def cancel(self, key: int) -> None:
        """A client gave up on a request: it stops using the GPU (vLLM aborts it too)."""
        self._prefilling.pop(key, None)
        self._decoding.pop(key, None)
        self._waiting = deque(s for s in self._waiting if s.key != key)
        self._admit()

    def next_event(self) -> float | None:
        """When the next running sequence finishes its prefill or its decode; None when nothing runs."""
        candidates = []
        if self._prefilling:
            candidates.append(min(s.prefill_left for s in self._prefilling.values()) / self._rate_prefill)
        if self._decoding:
            candidates.append(min(s.decode_left for s in self._decoding.values()) / self._rate_decode)
        return self.now + min(candidates) if candidates else None

    def advance(self, now: float) -> list[tuple[int, int]]:
        """Run the GPU up to ``now``, event by event; returns (key, tokens) of the requests that finished."""
        finished: list[tuple[int, int]] = []
        while (event := self.next_event()) is not None and event <= now:
            self._integrate(event)
            finished += self._transitions()
        self._integrate(max(now, self.now))
        return finished

    def _integrate(self, until: float) -> None:
        elapsed = until - self.now
        if elapsed > 0 and self.running:
            for s in self._prefilling.values():
                s.prefill_left -= self._rate_prefill * elapsed
            for s in self._decoding.values():
                s.decode_left -= self._rate_decode * elapsed
            self.work_seconds += self.utilisation * elapsed
            self.busy_seconds += elapsed
        self.now = until

    def _transitions(self) -> list[tuple[int, int]]:
        for key in [k for k, s in self._prefilling.items() if s.prefill_left <= self._rate_prefill * DONE_S]:
            self._decoding[key] = self._prefilling.pop(key)
            self.prompt_tokens += self.model.prompt_tokens
        finished = [(k, s.tokens) for k, s in self._decoding.items() if s.decode_left <= self._rate_decode * DONE_S]
        for key, tokens in finished:
            del self._decoding[key]
            self.completed += 1
            self.completed_tokens += tokens
        self._admit()
        return finished

    def _admit(self) -> None:
        while self._waiting and self.running < self.model.max_num_seqs:
            sequence = self._waiting.popleft()
            self._prefilling[sequence.key] = sequence
        self._share()
        self.timeline.append((self.now, self.work_seconds))

    def _share(self) -> None:
        """Equal shares of the GPU, a decoding sequence capped at 1/saturating_seqs (water-filling)."""
        prefilling, decoding = len(self._prefilling), len(self._decoding)
        running = prefilling + decoding
        if not running:
            self._rate_prefill = self._rate_decode = 0.0
            return
        cap = 1 / self.model.saturating_seqs
        if 1 / running <= cap:
            self._rate_prefill = self._rate_decode = 1 / running
        else:
            self._rate_decode = cap
            self._rate_prefill = (1 - decoding * cap) / prefilling if prefilling else 0.0


class BadRequest(Exception):
    """Answered 400 (vLLM answers malformed requests so)."""


class SimGpuServer:
    """The scheduler on the event loop's clock, behind vLLM's HTTP interface."""

    def __init__(self, model: GpuModel, served_model_name: str = SERVED_MODEL_NAME):
        self.model = model
        self.served_model_name = served_model_name
        self.scheduler: GpuScheduler | None = None  # made on startup, on the loop's clock
        self.started_at = self.ready_at = 0.0
        self.arrivals: list[float] = []
        self.completions: list[float] = []
        self._keys = itertools.count()
        self._pending: dict[int, asyncio.Future] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._answers: dict[int, str] = {}

    def app(self) -> web.Application:
        app = web.Application(client_max_size=256 * 1024 * 1024)  # a page image is a few hundred KiB of base64
        app.router.add_post("/v1/chat/completions", self.chat)
        app.router.add_get("/v1/models", self.models)
        app.router.add_get("/health", self.health)
        app.router.add_get("/metrics", self.metrics)
        app.router.add_get("/sim/stats", self.stats)
        app.on_startup.append(self._start)
        return app

    async def _start(self, app: web.Application) -> None:
        now = asyncio.get_running_loop().time()
        self.scheduler = GpuScheduler(self.model, now=now)
        self.started_at, self.ready_at = now, now + self.model.load_delay

    def ready(self) -> bool:
        return asyncio.get_running_loop().time() >= self.ready_at

    # ------------------------------------------------------------------------------------------- the GPU

    def _step(self) -> None:
        """Bring the GPU up to now and answer the requests that finished."""
        loop = asyncio.get_running_loop()
        for key, tokens in self.scheduler.advance(loop.time()):
            self.completions.append(self.scheduler.now)
            future = self._pending.pop(key, None)
            if future is not None and not future.done():
                future.set_result(tokens)

    def _schedule(self) -> None:
        loop = asyncio.get_running_loop()
        if self._timer is not None:
            self._timer.cancel()
        event = self.scheduler.next_event()
        self._timer = loop.call_at(event, self._on_timer) if event is not None else None

    def _on_timer(self) -> None:
        self._timer = None
        self._step()
        self._schedule()

    async def generate(self, key: int, tokens: int) -> int:
        """Run one request on the GPU; returns the answer tokens once they are all generated."""
        future = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        self._step()
        self.arrivals.append(self.scheduler.now)
        self.scheduler.submit(key, tokens)
        self._schedule()
        try:
            return await future
        finally:
            if self._pending.pop(key, None) is not None:  # cancelled: the client went away
                self._step()
                self.scheduler.cancel(key)
                self._schedule()

    # ------------------------------------------------------------------------------------------- HTTP

    async def chat(self, request: web.Request) -> web.Response:
        if not self.ready():
            return _error(503, "the model is still loading", "ServiceUnavailableError")
        try:
            body = json.loads(await request.read())
            max_tokens = self._validate(body)
        except (ValueError, BadRequest) as exc:
            return _error(400, f"bad request: {exc}", "BadRequestError")
        if body["model"] != self.served_model_name:
            return _error(404, f"The model `{body['model']}` does not exist.", "NotFoundError")
        schema = _json_schema(body)
        del body  # the image is not needed while the request waits for the GPU
        key, tokens = next(self._keys), min(self.model.answer_tokens, max_tokens)
        await self.generate(key, tokens)
        finish_reason = "stop" if tokens == self.model.answer_tokens else "length"
        completion = self._completion(key, tokens, finish_reason)
        if schema is not None:
            completion["choices"][0]["message"]["content"] = json_answer(schema, tokens)
        return web.json_response(completion)

    def _validate(self, body: object) -> int:
        """The request's max_tokens, after checking it is a chat request with one PNG page image."""
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            raise BadRequest("the body must be a JSON object with a model name")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise BadRequest("messages must be a non-empty list")
        images = [
            part["image_url"]["url"]
            for message in messages
            if isinstance(message, dict) and isinstance(message.get("content"), list)
            for part in message["content"]
            if isinstance(part, dict) and part.get("type") == "image_url"
        ]
        if _json_schema(body) is not None and not images:
            images = None  # a text request held to a JSON schema
        elif len(images) != 1 or not isinstance(images[0], str):
            raise BadRequest(f"expected one image part, got {len(images)}")
        prefix = "data:image/png;base64,"
        head = images[0][len(prefix) : len(prefix) + 12] if images else ""  # 12 base64 characters: the PNG signature
        if images and (not images[0].startswith(prefix) or base64.b64decode(head)[:8] != PNG_SIGNATURE):
            raise BadRequest("the image must be a base64 PNG data URL")
        max_tokens = body.get("max_tokens", self.model.answer_tokens)
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
            raise BadRequest(f"max_tokens must be a positive integer, got {max_tokens!r}")
        return max_tokens

    def _completion(self, key: int, tokens: int, finish_reason: str) -> dict:
        if tokens not in self._answers:
            self._answers[tokens] = answer_text(tokens)
        prompt = self.model.prompt_tokens
        return {
            "id": f"chatcmpl-sim-{key}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.served_model_name,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": self._answers[tokens]},
                    "finish_reason": finish_reason,
                }
            ],
            "usage": {"prompt_tokens": prompt, "completion_tokens": tokens, "total_tokens": prompt + tokens},
        }

    async def models(self, request: web.Request) -> web.Response:
        if not self.ready():
            return _error(503, "the model is still loading", "ServiceUnavailableError")
        return web.json_response(
            {"object": "list", "data": [{"id": self.served_model_name, "object": "model", "owned_by": "sim"}]}
        )

    async def health(self, request: web.Request) -> web.Response:
        return web.Response(status=200 if self.ready() else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        self._step()
        s, label = self.scheduler, f'{{model_name="{self.served_model_name}"}}'
        values = {
            "vllm:num_requests_running": ("gauge", s.running),
            "vllm:num_requests_waiting": ("gauge", s.waiting),
            "vllm:prompt_tokens_total": ("counter", s.prompt_tokens),
            "vllm:generation_tokens_total": ("counter", s.generation_tokens()),
            "vllm:request_success_total": ("counter", s.completed),
        }
        lines = [f"# TYPE {name} {kind}\n{name}{label} {float(value)}" for name, (kind, value) in values.items()]
        return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")

    async def stats(self, request: web.Request) -> web.Response:
        self._step()
        s = self.scheduler
        data = {
            "model": {f.name: getattr(self.model, f.name) for f in fields(self.model)},
            "now": s.now,
            "started_at": self.started_at,
            "ready_at": self.ready_at,
            "work_seconds": s.work_seconds,
            "busy_seconds": s.busy_seconds,
            "completed": s.completed,
            "running": s.running,
            "waiting": s.waiting,
            "prompt_tokens": s.prompt_tokens,
            "generation_tokens": s.generation_tokens(),
            "first_arrival": self.arrivals[0] if self.arrivals else None,
            "last_arrival": self.arrivals[-1] if self.arrivals else None,
            "last_completion": self.completions[-1] if self.completions else None,
        }
        if request.query.get("timeline"):
            data["timeline"] = s.timeline + [(s.now, s.work_seconds)]
        return web.json_response(data)


def _error(status: int, message: str, kind: str) -> web.Response:
    return web.json_response({"error": {"message": message, "type": kind, "code": status}}, status=status)


FRONT_MATTER_TOKENS = 30  # about what Qwen's tokenizer makes of it
FILLER = "The quick brown fox jumps over the lazy dog while the committee reviews the annual report".split()


def answer_text(tokens: int) -> str:
    """An olmOCR v4 answer of about ``tokens`` tokens: the front matter, then one word per remaining token."""
    words = list(itertools.islice(itertools.cycle(FILLER), max(0, tokens - FRONT_MATTER_TOKENS)))
    text = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
    page = PageResponse(
        "en", is_rotation_valid=True, rotation_correction=0, is_table=False, is_diagram=False, natural_text=text
    )
    return format_page_response(page)


def _json_schema(body: dict) -> dict | None:
    """The JSON schema a request's ``response_format`` holds its answer to, if any."""
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        return response_format.get("json_schema", {}).get("schema") or {}
    return None


def json_answer(schema: dict, tokens: int) -> str:
    """A JSON object of about ``tokens`` tokens with the schema's arrays: entities of a few words each, on page 1
    (about 8 tokens of JSON per entity besides its words)."""
    names = list(schema.get("properties", {})) or ["entities"]
    words = itertools.cycle(FILLER)
    entities = [{"text": " ".join(itertools.islice(words, 4)), "page": 1} for _ in range(max(1, tokens // 12))]
    return json.dumps({name: entities[i :: len(names)] for i, name in enumerate(names)})


# ----------------------------------------------------------------------------------- for the benchmarks


class SimServerProcess:
    """The simulator in its own process (its own core time, not the benchmark's), as a context manager."""

    def __init__(self, model: GpuModel, python: str = sys.executable):
        self.model = model
        self.python = python
        self.url = ""  # http://127.0.0.1:PORT, once started
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> SimServerProcess:
        command = [self.python, __file__, *self.model.cli_args(), "--port", "0"]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        line = self._process.stdout.readline()
        if not line.startswith("listening on "):
            self._process.kill()
            raise RuntimeError(f"the simulated server did not start: {line!r}")
        self.url = line.split()[-1]
        return self

    def __exit__(self, *exc_info) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)

    @property
    def v1(self) -> str:
        return self.url + "/v1"

    def stats(self, timeline: bool = False) -> dict:
        query = "?timeline=1" if timeline else ""
        with urllib.request.urlopen(f"{self.url}/sim/stats{query}", timeout=30) as response:
            return json.loads(response.read())


def steady_fraction(timeline: list[tuple[float, float]], low: float = 0.1, high: float = 0.9) -> float:
    """Mean GPU utilisation between the moments ``low`` and ``high`` of the run's work were done: the
    steady state, without the ramp up and the drain at the end (the curve is linear between points)."""
    total = timeline[-1][1]
    return (high - low) * total / (_time_at_work(timeline, high * total) - _time_at_work(timeline, low * total))


def _time_at_work(timeline: list[tuple[float, float]], work: float) -> float:
    for (t0, w0), (t1, w1) in itertools.pairwise(timeline):
        if w1 >= work and w1 > w0:
            return t0 + (t1 - t0) * (work - w0) / (w1 - w0)
    return timeline[-1][0]


# ----------------------------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    defaults = GpuModel()
    for f in fields(GpuModel):
        parser.add_argument(f"--{f.name.replace('_', '-')}", type=type(getattr(defaults, f.name)), default=None)
    parser.add_argument("--served-model-name", default=SERVED_MODEL_NAME)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: a free port (printed on the first line)")
    return parser


async def serve(model: GpuModel, served_model_name: str, host: str, port: int) -> None:
    runner = web.AppRunner(SimGpuServer(model, served_model_name).app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1]
    print(f"listening on http://{host}:{bound}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    model = GpuModel(**{f.name: getattr(args, f.name) for f in fields(GpuModel) if getattr(args, f.name) is not None})
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(model, args.served_model_name, args.host, args.port))


if __name__ == "__main__":
    main()
