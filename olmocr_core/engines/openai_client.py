"""An async client for any OpenAI-compatible chat server (vLLM, or a hosted endpoint with a key).

One pooled connection set per client, a bounded number of requests in flight, a timeout per
request, exponential backoff on connection errors, timeouts and 5xx, and a clear failure after a
bounded number of tries. A 200 whose body is not a chat completion (cut off, an HTML error page from a
proxy) is the server's fault too and is retried the same way: counted as a page attempt, a server that
garbles every answer would turn every document into a dropped one and mark its group done. A 4xx answer is
the request's fault, not the server's: it is not retried; 401/403/404 (a wrong key or model) stop the run.

Requests can be held until the server has loaded (``hold_until``), so a worker renders its first pages
while the model loads instead of after: the accelerator starts generating the moment it can.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.base import Completion

log = logging.getLogger(__name__)


def redact_url(url: str) -> str:
    """A URL fit for logs, lineage and error messages: no user:password, no query (tokens live there)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


async def poll_models(
    session: aiohttp.ClientSession,
    base_url: str,
    timeout_s: float,
    *,
    up: Callable[[int], bool],
    before_each: Callable[[], None] = lambda: None,
    request_timeout_s: float = 10.0,
) -> str | None:
    """GET ``{base_url}/models`` until ``up(status)``: None then, or after ``timeout_s`` the last error seen.
    ``before_each`` runs before every try and may raise to stop waiting (a server process that exited)."""
    deadline = time.monotonic() + timeout_s
    last_error = "no answer"
    while True:
        before_each()
        try:
            async with session.get(
                f"{base_url}/models", timeout=aiohttp.ClientTimeout(total=request_timeout_s)
            ) as response:
                if up(response.status):
                    return None
                last_error = f"HTTP {response.status}"
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            last_error = f"{type(exc).__name__}: {exc}"
        if time.monotonic() >= deadline:
            return last_error
        await asyncio.sleep(0.2)  # the accelerator idles from the moment a server is up until a request comes


class RequestRejected(EngineError):
    """The server refused this request (4xx): counts as a failed attempt for that page."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(f"server rejected the request with HTTP {status}: {message[:500]}")


class ServerRefused(EngineError):
    """The server refuses every request of this run (401/403/404: a wrong key or model name): retrying
    pages would only turn every document into a dropped one, so the run stops with the reason."""


class ServerUnavailable(EngineError):
    """The server did not answer after every try: the run cannot go on."""


@dataclass(frozen=True)
class ClientSettings:
    max_in_flight: int = 512
    request_timeout_s: float = 600.0
    connect_timeout_s: float = 30.0
    max_tries: int = 10
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 60.0


class OpenAiClient:
    def __init__(self, base_url: str, *, api_key: str | None = None, settings: ClientSettings = ClientSettings()):
        self.base_url = base_url.rstrip("/")
        if not self.base_url.endswith("/v1"):
            self.base_url += "/v1"
        self.settings = settings
        self._headers = {"Content-Type": "application/json"}
        if api_key and urlsplit(self.base_url).password is not None:
            # aiohttp cannot send both; refusing here keeps the key and the password out of its error.
            raise EngineError(
                f"server {redact_url(self.base_url)}: its URL carries a user and password and an API key is set too; "
                "give one of them"
            )
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._session: aiohttp.ClientSession | None = None
        self._in_flight = asyncio.Semaphore(settings.max_in_flight)
        self._ready: asyncio.Future | None = None

    def hold_until(self, ready: Awaitable[None]) -> None:
        """Hold every request until ``ready`` is done (the server loading); if it fails, every request
        fails with its error. Call inside the running event loop."""
        self._ready = asyncio.ensure_future(ready)

    async def until_ready(self) -> None:
        """Return once requests may go (at once unless held); raise what the wait for the server raised."""
        if self._ready is not None:
            await asyncio.shield(self._ready)  # one request cancelled must not cancel the wait for all

    async def until_up(self, timeout_s: float) -> None:
        """Wait until the server answers ``/models`` with anything but a 5xx: a server started beside this worker
        (a sidecar in the same pod) refuses connections while it loads its model."""
        shown = redact_url(self.base_url)
        tries = itertools.count()

        def announce() -> None:
            if next(tries) == 1:  # not up at the first try: say what the worker is waiting for
                log.info("waiting up to %.0f s for %s to come up", timeout_s, shown)

        started = time.monotonic()
        last_error = await poll_models(
            self._get_session(), self.base_url, timeout_s, up=lambda status: status < 500, before_each=announce
        )
        if last_error is not None:
            raise ServerUnavailable(
                f"{shown} did not come up within {timeout_s:.0f} s (--server-startup-timeout); last error: {last_error}"
            )
        if (waited := time.monotonic() - started) > 1.0:
            log.info("server %s up after %.1f s", shown, waited)

    def _get_session(self) -> aiohttp.ClientSession:
        # Created lazily inside the running event loop, once; every request shares its pool.
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.settings.max_in_flight, keepalive_timeout=60)
            timeout = aiohttp.ClientTimeout(
                total=self.settings.request_timeout_s, connect=self.settings.connect_timeout_s
            )
            self._session = aiohttp.ClientSession(connector=connector, timeout=timeout, headers=self._headers)
        return self._session

    async def chat(self, body: dict) -> Completion:
        """POST /chat/completions with retries; raises RequestRejected (4xx) or ServerUnavailable."""
        await self.until_ready()
        url = f"{self.base_url}/chat/completions"
        shown = redact_url(url)
        last_error = ""
        for attempt in range(self.settings.max_tries):
            if attempt:
                await asyncio.sleep(self._backoff(attempt))
            try:
                async with self._in_flight:
                    async with self._get_session().post(url, data=json.dumps(body)) as response:
                        # Bytes, decoded leniently: a garbled body is a bad answer to retry, not a crash.
                        text = (await response.read()).decode("utf-8", errors="replace")
                        status = response.status
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                log.warning(
                    "request to %s failed (try %d/%d): %s", shown, attempt + 1, self.settings.max_tries, last_error
                )
                continue
            if status == 200:
                try:
                    return _parse_completion(text)
                except ValueError as exc:
                    last_error = str(exc)
                    log.warning(
                        "server %s answered %s (try %d/%d)", shown, last_error, attempt + 1, self.settings.max_tries
                    )
                    continue
            if status in (401, 403, 404):
                raise ServerRefused(
                    f"{shown} refused the request with HTTP {status} (check the model name and API key): {text[:300]}"
                )
            if 400 <= status < 500 and status not in (408, 429):
                raise RequestRejected(status, text)
            last_error = f"HTTP {status}: {text[:200]}"
            log.warning("server %s answered %s (try %d/%d)", shown, last_error, attempt + 1, self.settings.max_tries)
        raise ServerUnavailable(
            f"{shown} did not answer after {self.settings.max_tries} tries; last error: {last_error}"
        )

    def _backoff(self, attempt: int) -> float:
        delay = min(self.settings.backoff_max_s, self.settings.backoff_initial_s * 2 ** (attempt - 1))
        return delay * random.uniform(0.8, 1.2)  # jitter: many pages retrying must not stampede together

    async def close(self) -> None:
        if self._ready is not None:
            if not self._ready.done():
                self._ready.cancel()
            # Retrieved here, so a wait that failed with no request to report it is not warned about again.
            await asyncio.gather(self._ready, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None


def _parse_completion(text: str) -> Completion:
    try:
        data = json.loads(text)
        choice = data["choices"][0]
        usage = data.get("usage") or {}
        return Completion(
            text=choice["message"]["content"] or "",
            finish_reason=choice.get("finish_reason") or "unknown",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
        )
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ValueError(f"HTTP 200 that is not an OpenAI chat completion ({exc}): {text[:200]}") from exc
