"""One place that turns an EngineConfig into a running engine, and closes it again.

Expensive things start once here and serve every group: the render pool, a managed vLLM server, a model
loaded in this process.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.base import Engine
from olmocr_core.engines.config import EngineConfig, ManagedServerOptions
from olmocr_core.engines.cpu import CpuEngine
from olmocr_core.engines.hf_chat import HfBackend, HfChatModel
from olmocr_core.engines.openai_client import OpenAiClient, redact_url
from olmocr_core.engines.routed import RoutedEngine
from olmocr_core.engines.vllm_server import ManagedVllmServer, VllmServerConfig
from olmocr_core.engines.vlm import VlmEngine
from olmocr_core.formats.prompts import DEFAULT_MODEL, SERVED_MODEL_NAME
from olmocr_core.models.source import ResolvedModel, locate_model, model_revision
from olmocr_core.models.store import released_model_folder
from olmocr_core.rendering.pool import RenderPool


@contextlib.asynccontextmanager
async def open_engine(config: EngineConfig) -> AsyncIterator[Engine]:
    config = resolve_released_model(config)
    async with contextlib.AsyncExitStack() as stack:
        kind = config.kind
        if kind == "cpu" or config.route == "cpu":
            if config.route == "auto":
                raise EngineError(
                    "route auto needs a VLM to send pages to: --engine vlm (with --server or --model) or hf"
                )
            if config.released_model and kind == "cpu":
                raise EngineError(f"released model {config.released_model!r} needs the vlm or hf engine, not cpu")

            engine: Engine = _cpu_engine(config)
        else:
            renderer = RenderPool(config.render_workers, config.render_timeout_s)
            stack.callback(renderer.close)
            if kind == "hf":
                engine = _hf_engine(config, renderer)
            elif config.server:
                engine = _server_engine(config, renderer)
            else:
                engine = await _managed_engine(config, renderer, stack)
            if config.route == "auto":
                engine = RoutedEngine(_cpu_engine(config), engine, renderer)
        stack.push_async_callback(engine.close)
        yield engine


def _cpu_engine(config: EngineConfig) -> CpuEngine:
    return CpuEngine(workers=config.render_workers, page_timeout_s=config.render_timeout_s)


def _server_engine(config: EngineConfig, renderer: RenderPool) -> VlmEngine:
    settings = replace(config.vlm, model=config.model or SERVED_MODEL_NAME)
    client = OpenAiClient(config.server, api_key=config.api_key, settings=config.client)
    client.hold_until(client.until_up(config.server_startup_timeout_s))
    return VlmEngine(client, renderer, settings, lineage=_lineage(config, {"server": redact_url(config.server)}))


async def _managed_engine(config: EngineConfig, renderer: RenderPool, stack: contextlib.AsyncExitStack) -> VlmEngine:
    source = config.model or DEFAULT_MODEL
    server, path = await start_managed_server(source, config.managed, config.server_startup_timeout_s, stack)
    client = OpenAiClient(server.url, settings=config.client)
    client.hold_until(server.until_ready())  # pages render while the model loads
    # The weights' checksum for the lineage reads every byte: done while vLLM loads them, not before.
    resolved = ResolvedModel(source, path, await asyncio.to_thread(model_revision, source, path))
    lineage = _lineage(config, {**resolved.lineage(), "server": "managed vLLM"})
    # The server's context is what it was started with: answers are judged against that.
    settings = replace(config.vlm, model=SERVED_MODEL_NAME, max_context_tokens=config.managed.max_model_len)
    return VlmEngine(client, renderer, settings, lineage=lineage, server_idle=server.idle, managed_server=server)


async def start_managed_server(
    source: str,
    options: ManagedServerOptions,
    startup_timeout_s: float,
    stack: contextlib.AsyncExitStack,
    served_model_name: str = SERVED_MODEL_NAME,
) -> tuple[ManagedVllmServer, Path]:
    """Launch vLLM for the model ``source`` names (stopped when ``stack`` closes) and return at once, with the
    model's local folder: the caller holds its requests with ``server.until_ready()``."""
    path = await asyncio.to_thread(locate_model, source)  # an s3:// model may be copied first
    log_dir = Path(options.log_dir or stack.enter_context(tempfile.TemporaryDirectory(prefix="olmocr-vllm-")))
    server = ManagedVllmServer(
        VllmServerConfig(
            model=str(path),
            served_model_name=served_model_name,
            host=options.host,
            max_model_len=options.max_model_len,
            gpu_memory_utilization=options.gpu_memory_utilization,
            tensor_parallel_size=options.tensor_parallel_size,
            data_parallel_size=options.data_parallel_size,
            extra_args=options.extra_args,
            startup_timeout_s=startup_timeout_s,
            max_restarts=options.max_restarts,
            log_path=str(log_dir / "vllm-server.log"),
            env=options.env,
        )
    )
    stack.push_async_callback(server.stop)
    server.launch()
    return server, path


def _hf_engine(config: EngineConfig, renderer: RenderPool) -> VlmEngine:
    model = HfChatModel.load(config.model or DEFAULT_MODEL)
    lineage = _lineage(
        config,
        {"model": str(config.model or DEFAULT_MODEL), "model_revision": model.revision(), "device": model.device},
    )
    settings = replace(config.vlm, model=SERVED_MODEL_NAME)
    return VlmEngine(HfBackend(model), renderer, settings, lineage=lineage, name="hf")


def resolve_released_model(config: EngineConfig, models_root: str | None = None) -> EngineConfig:
    """Point ``model`` at the folder of ``released_model`` from the model registry (default: the platform's).

    With ``server`` the server already serves it: ``model`` stays the served name. A config whose ``model``
    is already set was resolved by its front end (a Dagster resource names its own registry); front ends
    refuse both set (``engine_config_from_options``)."""
    if not config.released_model or config.model or config.server:
        return config
    return replace(config, model=released_model_folder(config.released_model, models_root))


def _lineage(config: EngineConfig, lineage: dict[str, str]) -> dict[str, str]:
    return {**lineage, "released_model": config.released_model} if config.released_model else lineage
