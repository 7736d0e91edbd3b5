"""A small OpenAI-compatible chat server over HfChatModel, answering like vLLM, with fault injection for tests.

    python -m tests.support.openai_server --model DIR --port N [--host 127.0.0.1] [--served-model-name olmocr]

Serves ``POST /v1/chat/completions`` (non-streaming), ``GET /v1/models`` and ``GET /health``. One model load;
generation runs in a single worker thread, so requests are answered one at a time, in order.

Fault injection for client tests: ``POST /test/faults`` with ``{"status": 503, "count": 2}`` (the next 2 chat
requests answer 503), ``{"drop": 1}`` (the next request's connection is closed without an answer) or
``{"delay_s": 5, "count": 1}`` (the next request waits 5 s, then is answered), or ``{"answer": TEXT,
"finish_reason": "stop", "count": 1}`` (the next request is answered with TEXT instead of the model's answer:
the retry, rotation and fallback paths need answers the tiny model would not give). ``count`` defaults to 1 (for
``drop``, to its value). ``GET /test/faults`` lists pending faults, ``DELETE /test/faults`` clears them.
``GET /test/requests`` lists what every chat request asked for (temperature, image width and height), so
tests can check what a client really sent.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import io
import json
import logging
import signal
import time
import uuid
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from aiohttp import web

from olmocr_core.engines.base import Completion
from olmocr_core.engines.hf_chat import HfChatModel, InvalidMessages, split_images
from olmocr_core.formats.prompts import SERVED_MODEL_NAME, build_messages

log = logging.getLogger("openai_server")

DEFAULT_MAX_TOKENS = 1024  # when a request names none (vLLM would use what is left of the context)


class BadRequest(Exception):
    """The request body is wrong: answered 400 with this message."""


@dataclass(frozen=True)
class Fault:
    status: int | None = None  # answer this HTTP status instead of generating
    drop: bool = False  # close the connection without answering
    delay_s: float = 0.0  # wait this long first
    answer: str | None = None  # answer this text instead of the model's
    finish_reason: str = "stop"


@dataclass(frozen=True)
class ChatRequest:
    messages: list[dict]
    temperature: float
    max_tokens: int
    seed: int | None


def _error(status: int, message: str, kind: str) -> web.Response:
    """OpenAI's error shape (vLLM answers the same)."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": status}}
    return web.json_response(body, status=status)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_faults(body: Any) -> list[Fault]:
    """``{"status"|"drop"|"delay_s": ..., "count": N}`` -> N faults. Raises BadRequest."""
    if not isinstance(body, dict) or not body.keys() & {"status", "drop", "delay_s", "answer"}:
        raise BadRequest('a fault needs "status", "drop", "delay_s" or "answer"')
    unknown = body.keys() - {"status", "drop", "delay_s", "answer", "finish_reason", "count"}
    if unknown:
        raise BadRequest(f"unknown fault fields: {', '.join(sorted(unknown))}")
    status, drop, delay_s = body.get("status"), body.get("drop", 0), body.get("delay_s", 0.0)
    if status is not None and not (_is_int(status) and 100 <= status <= 599):
        raise BadRequest("status must be an HTTP status code")
    if not isinstance(drop, int) or drop < 0:  # true/false, or how many requests to drop
        raise BadRequest("drop must be true/false or a count")
    if not _is_number(delay_s) or delay_s < 0:
        raise BadRequest("delay_s must be a number >= 0")
    count = body.get("count", drop if _is_int(drop) and drop > 0 else 1)
    if not _is_int(count) or count < 1:
        raise BadRequest("count must be an integer >= 1")
    answer, finish_reason = body.get("answer"), body.get("finish_reason", "stop")
    if answer is not None and not isinstance(answer, str):
        raise BadRequest("answer must be a string")
    if finish_reason not in ("stop", "length"):
        raise BadRequest('finish_reason must be "stop" or "length"')
    fault = Fault(status=status, drop=bool(drop), delay_s=float(delay_s), answer=answer, finish_reason=finish_reason)
    if fault == Fault():
        raise BadRequest("this fault would change nothing")
    return [fault] * count


def parse_chat_request(body: Any, served_model_name: str) -> ChatRequest:
    """Validate a chat-completions body. Raises BadRequest, or LookupError for an unknown model."""
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    model = body.get("model", served_model_name)
    if not isinstance(model, str):
        raise BadRequest("model must be a string")
    if model != served_model_name:
        raise LookupError(f"The model `{model}` does not exist.")
    if body.get("stream"):
        raise BadRequest("stream is not supported by this server")
    if body.get("n", 1) != 1:
        raise BadRequest("n must be 1")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("messages must be a non-empty list")
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens", DEFAULT_MAX_TOKENS))
    if not _is_int(max_tokens) or max_tokens < 1:
        raise BadRequest("max_tokens must be an integer >= 1")
    temperature = body.get("temperature", 1.0)
    if not _is_number(temperature) or not 0 <= temperature <= 2:
        raise BadRequest("temperature must be a number between 0 and 2")
    seed = body.get("seed")
    if seed is not None and not _is_int(seed):
        raise BadRequest("seed must be an integer")
    return ChatRequest(messages=messages, temperature=float(temperature), max_tokens=max_tokens, seed=seed)


class OpenAiServer:
    """The aiohttp app's state: the model, its single worker thread and the pending faults."""

    def __init__(self, model: HfChatModel, served_model_name: str):
        self.model = model
        self.served_model_name = served_model_name
        self.faults: deque[Fault] = deque()
        self.requests: list[dict] = []  # what each chat request asked for, in arrival order
        # One thread: the model answers one request at a time, like a single-sequence server.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="generate")
        self.created = int(time.time())

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)  # page images are a few MB of base64
        app.add_routes(
            [
                web.get("/health", self.health),
                web.get("/v1/models", self.models),
                web.post("/v1/chat/completions", self.chat_completions),
                web.get("/test/faults", self.list_faults),
                web.post("/test/faults", self.add_faults),
                web.delete("/test/faults", self.clear_faults),
                web.get("/test/requests", self.list_requests),
                web.delete("/test/requests", self.clear_requests),
            ]
        )
        app.on_cleanup.append(self._shutdown_executor)
        return app

    async def _shutdown_executor(self, _app: web.Application) -> None:
        await asyncio.to_thread(self.executor.shutdown, wait=True, cancel_futures=True)

    async def health(self, _request: web.Request) -> web.Response:
        return web.Response(status=200)

    async def models(self, _request: web.Request) -> web.Response:
        card = {
            "id": self.served_model_name,
            "object": "model",
            "created": self.created,
            "owned_by": "olmocr-platform",
            "root": self.model.model_name,
            "revision": self.model.revision(),
        }
        return web.json_response({"object": "list", "data": [card]})

    async def list_faults(self, _request: web.Request) -> web.Response:
        return web.json_response({"pending": [asdict(fault) for fault in self.faults]})

    async def add_faults(self, request: web.Request) -> web.Response:
        try:
            self.faults.extend(parse_faults(await _json_body(request)))
        except BadRequest as exc:
            return _error(400, str(exc), "BadRequestError")
        return await self.list_faults(request)

    async def clear_faults(self, request: web.Request) -> web.Response:
        self.faults.clear()
        return await self.list_faults(request)

    async def list_requests(self, _request: web.Request) -> web.Response:
        return web.json_response({"requests": self.requests})

    async def clear_requests(self, request: web.Request) -> web.Response:
        self.requests.clear()
        return await self.list_requests(request)

    async def chat_completions(self, request: web.Request) -> web.StreamResponse:
        fault = self.faults.popleft() if self.faults else None
        if fault is not None:
            if fault.delay_s:
                await asyncio.sleep(fault.delay_s)
            if fault.drop:
                return _drop(request)
            if fault.status is not None:
                return _error(fault.status, f"injected fault: HTTP {fault.status}", "InjectedFault")
        try:
            chat = parse_chat_request(await _json_body(request), self.served_model_name)
        except BadRequest as exc:
            return _error(400, str(exc), "BadRequestError")
        except LookupError as exc:
            return _error(404, str(exc), "NotFoundError")
        try:
            self.requests.append(_describe(chat))
        except InvalidMessages as exc:
            return _error(400, str(exc), "BadRequestError")
        if fault is not None and fault.answer is not None:
            return _completion_response(self.served_model_name, Completion(fault.answer, fault.finish_reason, 100, 10))
        generate = functools.partial(
            self.model.generate,
            chat.messages,
            temperature=chat.temperature,
            max_tokens=chat.max_tokens,
            seed=chat.seed,
        )
        try:
            completion = await asyncio.get_running_loop().run_in_executor(self.executor, generate)
        except InvalidMessages as exc:
            return _error(400, str(exc), "BadRequestError")
        return _completion_response(self.served_model_name, completion)


def _describe(chat: ChatRequest) -> dict:
    """What a request asked for: temperature, max_tokens and the [width, height] of each image."""
    sizes = [list(image.size) for image in split_images(chat.messages)[1]]
    return {"temperature": chat.temperature, "max_tokens": chat.max_tokens, "image_sizes": sizes}


def _completion_response(served_model_name: str, completion: Completion) -> web.Response:
    return web.json_response(
        {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": served_model_name,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": completion.text},
                    "finish_reason": completion.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": completion.prompt_tokens,
                "completion_tokens": completion.completion_tokens,
                "total_tokens": completion.prompt_tokens + completion.completion_tokens,
            },
        }
    )


async def _json_body(request: web.Request) -> Any:
    try:
        return await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from exc


def _drop(request: web.Request) -> web.Response:
    """Abort the connection: the client sees it closed with no answer (what a crashed server looks like)."""
    assert request.transport is not None
    request.transport.abort()
    return web.Response(status=500)  # never sent: the connection is already gone


async def serve(model: HfChatModel, host: str, port: int, served_model_name: str) -> None:
    """Serve until SIGTERM or SIGINT, then stop accepting, finish the running generation and return."""
    server = OpenAiServer(model, served_model_name)
    runner = web.AppRunner(server.app(), handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    bound_host, bound_port = runner.addresses[0][:2]
    print(f"openai_server ready: http://{bound_host}:{bound_port}/v1 model={served_model_name}", flush=True)
    await stop.wait()
    log.info("stopping")
    await runner.cleanup()


def _warm_up(model: HfChatModel) -> None:
    """The first generation pays one-off costs (seconds): pay them before announcing readiness."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (56, 56), "white").save(buffer, format="PNG")
    model.generate(build_messages(buffer.getvalue()), temperature=0.0, max_tokens=1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="OpenAI-compatible chat server over a Hugging Face model")
    parser.add_argument("--model", required=True, help="model folder (or hub repo id)")
    parser.add_argument("--port", type=int, required=True, help="0 picks a free port (printed when ready)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--served-model-name", default=SERVED_MODEL_NAME)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    started = time.perf_counter()
    model = HfChatModel.load(args.model)
    _warm_up(model)
    log.info("loaded %s on %s in %.1f s", args.model, model.device, time.perf_counter() - started)
    asyncio.run(serve(model, args.host, args.port, args.served_model_name))


if __name__ == "__main__":
    main()
