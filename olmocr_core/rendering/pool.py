"""Page rendering on a bounded set of worker processes, created once per worker.

MuPDF holds the GIL while it renders, so threads would serialise; processes let rendering use
every core while the event loop keeps the model server fed with requests.

Each page gets a time limit: a hostile or pathological page (millions of vector paths, deeply nested
patterns) can keep MuPDF busy for hours, and MuPDF cannot be interrupted from Python. The only way to
stop it is to kill the process. ``concurrent.futures.ProcessPoolExecutor`` cannot kill one call (and a
dead process breaks the whole pool, failing every page in flight), so ``ProcessWorkers`` runs each
process behind its own pipe, one call at a time: a call over its limit kills its own process only, and
a fresh one takes its place.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import multiprocessing
import os
import queue
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from olmocr_core.common.errors import EngineError, OlmocrError
from olmocr_core.rendering import pdf

T = TypeVar("T")

# Normal pages render in about 0.1 s and convert (cpu engine, OCR included) in a few seconds; a page
# still busy after this long is pathological, and is given up so the rest of its group goes on.
DEFAULT_RENDER_TIMEOUT_S = 120.0
# What a worker process sends when it begins a call.
_STARTED = "started"
# How long a closing pool waits for an idle process to exit before killing it.
_EXIT_GRACE_S = 5.0
# Held while a process starts without the parent's __main__ (see _without_main): pools start processes
# from several threads.
_MAIN_SWAP = threading.Lock()


class WorkerTimeout(OlmocrError):
    """A call ran past its time limit; its process was killed (the other processes go on). ``attempts``
    counts the call's tries, this one included: an earlier one may have died."""

    def __init__(self, message: str, attempts: int = 1):
        super().__init__(message)
        self.attempts = attempts


class WorkerDied(OlmocrError):
    """A worker process died during a call, and again during its retry (a native crash, or killed from
    outside)."""


def available_cpus() -> int:
    """CPUs this process may use: its affinity, capped by a cgroup CPU quota (a pod's CPU limit), not
    the node's core count (a 192-core GPU node would otherwise get 192 render processes)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        quota, period = open("/sys/fs/cgroup/cpu.max").read().split()[:2]
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


class _Process:
    """One spawned worker process and the parent's end of its pipe."""

    def __init__(self, initializer: Callable[..., None] | None, initargs: tuple):
        parent_end, child_end = multiprocessing.Pipe()
        # spawn: the parent runs an event loop and threads, which fork would copy mid-flight.
        self.process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(child_end, initializer, initargs), daemon=True
        )
        with _without_main():
            self.process.start()
        child_end.close()  # only the child holds it now: its death shows here as EOF
        self.conn: Connection = parent_end

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        """Let an idle process exit on its own (EOF on its pipe), killing it if it does not."""
        self.conn.close()
        self.process.join(_EXIT_GRACE_S)
        if self.process.is_alive():
            self.kill()


@contextlib.contextmanager
def _without_main() -> Iterator[None]:
    """Spawned children skip the parent's ``__main__`` while this holds.

    A spawned child first runs its parent's main module again, so that functions defined there unpickle.
    Workers run functions of importable modules (olmocr_core's), never a script's own, and for
    ``olmocr-platform`` (or a GPU pod's Pipes worker) that module imports Dagster and every asset definition:
    1.2 CPU-seconds and 100 MB more in each worker process (measured), for nothing.
    """
    with _MAIN_SWAP:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")  # no file, no spec: nothing to run again
        try:
            yield
        finally:
            sys.modules["__main__"] = main


def _serve(conn: Connection, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """Worker process main loop: run each (function, args) received, send back (ok, result or error)."""
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            function, args = conn.recv()  # unpickling imports the function's module: before the clock starts
        except (EOFError, OSError):  # the parent closed the pipe or is gone: nothing more to do
            return
        conn.send(_STARTED)
        try:
            reply: tuple[bool, Any] = (True, function(*args))
        except Exception as exc:  # every error goes back to the caller, who decides what it means
            reply = (False, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # the result or error cannot be pickled: send why, as text
            conn.send((False, OlmocrError(f"{function.__name__} returned an unpicklable {reply[1]!r}: {exc}")))


class ProcessWorkers:
    """Up to ``size`` spawned processes, each running one call at a time, started on first need.

    ``initializer(*initargs)`` runs once in each process before its first call. A call that runs past its
    ``timeout_s`` raises WorkerTimeout and its process is killed; a process that dies is replaced and its
    call tried once more, failing with WorkerDied if that process dies too. Other calls are not affected,
    and the next call that needs a process starts a replacement.
    """

    def __init__(self, size: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()):
        self._initializer = initializer
        self._initargs = initargs
        # One thread per process waits on its pipe: at most ``size`` calls are ever in flight, so a
        # caller never waits for a process, only for a thread.
        self._threads = ThreadPoolExecutor(size, thread_name_prefix="process-worker")
        self._idle: queue.SimpleQueue[_Process] = queue.SimpleQueue()
        self._live: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False

    async def run(self, function: Callable[..., T], *args: Any, timeout_s: float | None = None) -> tuple[T, int]:
        """``function(*args)`` in a worker process (both picklable), within ``timeout_s`` (None: no limit),
        and the attempts it took.

        A call whose process dies is retried once in a fresh process: the crash (a native one in MuPDF, say)
        may be a state left by an earlier call of that process rather than this call's doing. A call over
        its time limit is not retried: it would only take as long again."""
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            if self._closed:
                raise EngineError("the worker processes are closed")
            try:
                value = await loop.run_in_executor(self._threads, self._call, function, args, timeout_s, attempt)
                return value, attempt
            except WorkerDied as exc:
                if attempt == 2:
                    raise WorkerDied(f"{exc}, twice") from None
        raise AssertionError("unreachable")

    def _call(self, function: Callable[..., T], args: tuple, timeout_s: float | None, attempt: int) -> T:
        worker = self._acquire()
        try:
            worker.conn.send((function, args))
            worker.conn.recv()  # _STARTED: a new process's start-up and imports do not count against the limit
            finished = worker.conn.poll(timeout_s)
            ok, value = worker.conn.recv() if finished else (False, None)
        except (EOFError, OSError) as exc:
            self._discard(worker)
            code = worker.process.exitcode
            raise WorkerDied(f"its worker process died (exit code {code}): {type(exc).__name__}") from None
        except BaseException:  # the arguments could not be pickled: nothing was sent, the process is fine
            self._idle.put(worker)
            raise
        if not finished:
            self._discard(worker)
            raise WorkerTimeout(f"took longer than {timeout_s:g} s; its process was stopped", attempt)
        self._idle.put(worker)
        if ok:
            return value
        raise value

    def _acquire(self) -> _Process:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            worker = _Process(self._initializer, self._initargs)
            with self._lock:
                self._live.add(worker)
            return worker

    def _discard(self, worker: _Process) -> None:
        worker.kill()
        with self._lock:
            self._live.discard(worker)

    def close(self) -> None:
        """Wait for the calls in flight, then let every process exit."""
        self._closed = True
        self._threads.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            workers, self._live = list(self._live), set()
        for worker in workers:
            worker.stop()


class RenderPool:
    """Renders pages and reads text layers in worker processes, each page within ``render_timeout_s``
    (None or 0: no limit)."""

    def __init__(self, workers: int | None = None, render_timeout_s: float | None = DEFAULT_RENDER_TIMEOUT_S):
        self.workers = workers or available_cpus()
        self.render_timeout_s = render_timeout_s or None
        self._processes = ProcessWorkers(self.workers)

    async def render_png(self, path: str, page_number: int, target_longest_image_dim: int, rotation: int = 0) -> bytes:
        return await self.call(
            f"{path}: page {page_number} render",
            pdf.render_page_file,
            path,
            page_number,
            target_longest_image_dim,
            rotation,
        )

    async def page_text(self, path: str, page_number: int) -> str:
        return await self.call(f"{path}: page {page_number} text layer", pdf.page_text_file, path, page_number)

    async def call(self, what: str, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a render process (which keeps its documents open), within the page time
        limit; its errors name the page (``what``). ``function`` must be importable (a module-level function)."""
        try:
            value, _attempts = await self._processes.run(function, *args, timeout_s=self.render_timeout_s)
        except WorkerTimeout as exc:
            raise WorkerTimeout(f"{what} {exc}", exc.attempts) from None
        except WorkerDied as exc:
            raise WorkerDied(f"{what}: {exc}") from None
        return value

    def close(self) -> None:
        self._processes.close()
