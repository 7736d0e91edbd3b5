"""A scripted OpenAI-compatible chat server for entity-extraction tests: each document's answer comes from a script.

The document is found by its ``Document KEY.`` line in the prompt (``*``: every other document); its answers are used
in order, each a text or an HTTP status, and the last one repeats. The server records every request and the peak
number in flight, so tests can check what the client sent and how many it kept in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import threading
from collections.abc import AsyncIterator, Iterator

from aiohttp import web


class ScriptedServer:
    """Answers each document from the script (see the module's docstring)."""

    def __init__(self, script: dict[str, list[str | int]]):
        self.script = {key: list(answers) for key, answers in script.items()}
        self.requests: list[dict] = []
        self.in_flight = self.peak = 0

    async def chat(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0.05)  # long enough for the client's other requests to arrive
            found = re.search(r"Document (\w+)\.", body["messages"][0]["content"])
            answers = self.script[found.group(1) if found and found.group(1) in self.script else "*"]
            reply = answers.pop(0) if len(answers) > 1 else answers[0]
        finally:
            self.in_flight -= 1
        if isinstance(reply, int):
            return web.json_response({"error": {"message": f"scripted {reply}"}}, status=reply)
        usage = {"prompt_tokens": 100, "completion_tokens": 20}
        choice = {"message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
        return web.json_response({"choices": [choice], "usage": usage})

    async def models(self, request: web.Request) -> web.Response:
        return web.json_response({"data": [{"id": "scripted"}]})


@contextlib.asynccontextmanager
async def scripted(script: dict[str, list[str | int]]) -> AsyncIterator[tuple[ScriptedServer, str]]:
    """The scripted server on a free 127.0.0.1 port in this event loop, and its /v1 URL."""
    server = ScriptedServer(script)
    app = web.Application()
    app.router.add_post("/v1/chat/completions", server.chat)
    app.router.add_get("/v1/models", server.models)
    runner = web.AppRunner(app)
    await runner.setup()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield server, f"http://127.0.0.1:{port}/v1"
    finally:
        await runner.cleanup()


@contextlib.contextmanager
def scripted_in_thread(script: dict[str, list[str | int]]) -> Iterator[tuple[ScriptedServer, str]]:
    """The scripted server in its own thread and event loop, for callers that run their own (a Dagster step)."""
    started: list = []
    ready, stop = threading.Event(), None

    async def serve() -> None:
        nonlocal stop
        stop = asyncio.Event()
        async with scripted(script) as found:
            started.append(found)
            ready.set()
            await stop.wait()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    ready.wait(timeout=30)
    try:
        yield started[0]
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=30)
