"""An HTTP proxy that injects faults between a client and a real server (moto's S3, the test model server).

    with FaultProxy("http://127.0.0.1:5000") as proxy:      # proxy.url is where clients go instead
        proxy.add(Rule("status", status=503, body=SLOW_DOWN, window_s=2))   # S3 throttling for 2 s
        proxy.add(Rule("reset", share=0.3))                                 # 30% of requests: connection closed
        proxy.add(Rule("refuse", delay_s=1.5, count=1, method="PUT"))     # at the first PUT: gone for 1.5 s

Faults (``Rule.fault``):

- ``status``: answer ``status`` with ``body`` instead of forwarding;
- ``reset``: close the client's connection without an answer (the request never reaches the server);
- ``refuse``: like ``reset``, and stop listening for ``delay_s`` seconds (new connections are refused);
- ``delay``: wait ``delay_s``, then forward (an answer slower than a client's timeout);
- ``garble``: forward, then answer the server's status with a body cut to its first bytes (malformed JSON/XML);
- ``lose_answer``: forward (the server acts on it), then close the client's connection: the answer is lost;
- ``cut_body``: send the server the request head and half its body, then close both connections (a writer
  that died mid-upload).

A rule applies to a ``share`` of the requests that match ``method`` and ``path_contains`` (drawn from a
seeded generator, so a test is reproducible), at most ``count`` times, and only within ``window_s`` seconds
of being added. The first rule that applies wins. Every answer closes its connection, so no kept-alive
connection slips past a refusal window. ``injected`` counts the faults dealt, ``forwarded`` the requests
that reached the server.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

FAULTS = ("status", "reset", "refuse", "delay", "garble", "lose_answer", "cut_body")
# What S3 answers when it throttles (botocore retries it as a throttling error).
SLOW_DOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>'
    b"<Message>Please reduce your request rate.</Message></Error>"
)
# Headers that describe one connection, not the request: never forwarded as they are.
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "content-length", "expect", "te", "trailer", "upgrade"}
)


@dataclass
class Rule:
    fault: str
    share: float = 1.0
    count: int | None = None  # None: no limit
    window_s: float | None = None  # None: until removed
    method: str | None = None  # e.g. "PUT"
    path_contains: str | None = None
    status: int = 503
    body: bytes = SLOW_DOWN
    delay_s: float = 0.0

    def __post_init__(self) -> None:
        if self.fault not in FAULTS:
            raise ValueError(f"fault {self.fault!r} is not one of {FAULTS}")
        self._dealt = 0
        self._ends = None if self.window_s is None else time.monotonic() + self.window_s

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or method == self.method) and (
            self.path_contains is None or self.path_contains in path
        )

    def live(self) -> bool:
        in_window = self._ends is None or time.monotonic() < self._ends
        return in_window and (self.count is None or self._dealt < self.count)


class FaultProxy:
    """The proxy, serving on 127.0.0.1 from its own thread and event loop."""

    def __init__(self, upstream: str, *, seed: int = 0):
        parts = urlsplit(upstream)
        self.upstream = f"{parts.scheme}://{parts.netloc}"
        self._upstream_host, self._upstream_port = parts.hostname or "127.0.0.1", parts.port or 80
        self._random = random.Random(seed)
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self.injected: Counter[str] = Counter()
        self.forwarded: Counter[str] = Counter()  # by method
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy", daemon=True)
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._session: aiohttp.ClientSession | None = None
        self._reopening: asyncio.Future | None = None  # the task listening again after a refusal (kept alive)
        self._in_flight = 0  # requests being handled (only the proxy's loop changes it)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self._call(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self._call(self._stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def add(self, rule: Rule) -> Rule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def wait_idle(self, timeout_s: float = 30) -> None:
        """Block until no request is in the proxy (a killed client's delayed requests still go through)."""
        deadline = time.monotonic() + timeout_s
        while self._in_flight and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not self._in_flight, f"{self._in_flight} requests still in the proxy after {timeout_s} s"

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    async def _start(self) -> None:
        self._session = aiohttp.ClientSession(auto_decompress=False)
        self._runner = web.AppRunner(web.Application(client_max_size=256 * 1024 * 1024), handle_signals=False)
        self._runner.app.router.add_route("*", "/{tail:.*}", self._handle)
        await self._runner.setup()
        await self._listen()
        self.port = self._runner.addresses[0][1]

    async def _listen(self, after_s: float = 0.0) -> None:
        await asyncio.sleep(after_s)
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await self._site.start()

    async def _stop(self) -> None:
        await self._runner.cleanup()
        await self._session.close()

    def _pick(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path) and rule.live() and self._random.random() < rule.share:
                    rule._dealt += 1
                    self.injected[rule.fault] += 1
                    return rule
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self._in_flight += 1
        try:
            return await self._answer(request)
        finally:
            self._in_flight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        rule = self._pick(request.method, request.path_qs)
        fault = rule.fault if rule else None
        if fault == "refuse":
            await self._site.stop()
            self._reopening = asyncio.ensure_future(self._listen(after_s=rule.delay_s))
            return _abort(request)
        if fault == "delay":
            await asyncio.sleep(rule.delay_s)
        if fault == "status":
            return _closing(web.Response(status=rule.status, body=rule.body))
        if fault == "reset":
            return _abort(request)
        if fault == "cut_body":
            await self._send_half(request, body)
            return _abort(request)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        async with self._session.request(
            request.method, self.upstream + request.path_qs, headers=headers, data=body, allow_redirects=False
        ) as answer:
            payload = await answer.read()
            self.forwarded[request.method] += 1
            status, answer_headers = answer.status, answer.headers
        if fault == "lose_answer":
            return _abort(request)
        if fault == "garble":
            payload = payload[: max(1, len(payload) // 3)]
        kept = {k: v for k, v in answer_headers.items() if k.lower() not in _HOP_BY_HOP}
        if request.method == "HEAD" and "Content-Length" in answer_headers:
            kept["Content-Length"] = answer_headers["Content-Length"]  # the object's size, with no body
        return _closing(web.Response(status=status, body=payload, headers=kept))

    async def _send_half(self, request: web.Request, body: bytes) -> None:
        """The request head with its full Content-Length and half the body, then the connection closes."""
        _, writer = await asyncio.open_connection(self._upstream_host, self._upstream_port)
        head = [f"{request.method} {request.path_qs} HTTP/1.1"]
        head += [f"{k}: {v}" for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP]
        head.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body[: len(body) // 2])
        await writer.drain()
        await asyncio.sleep(0.2)  # let the server start reading the body it will never finish
        writer.transport.abort()


def _closing(response: web.Response) -> web.Response:
    response.force_close()
    return response


def _abort(request: web.Request) -> web.Response:
    """Close the client's connection with no answer (it sees a reset / closed connection)."""
    assert request.transport is not None
    request.transport.abort()
    return web.Response(status=500)  # never sent: the connection is already gone
