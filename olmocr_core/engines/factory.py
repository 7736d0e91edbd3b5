"""One place that turns an engine choice into a running engine, and closes it again.

``cpu``: PyMuPDF layout markdown (the embedded default). ``vlm``: an OpenAI-compatible server, the
one at ``server`` or, without it, a vLLM server this worker starts for ``model``. ``hf``: the model
in this process with transformers. Expensive things start once here and serve every group.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from olmocr_core.engines.base import Engine
from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient, redact_url
from olmocr_core.engines.vlm import VlmEngine, VlmSettings
from olmocr_core.errors import EngineError
from olmocr_core.prompts import DEFAULT_MODEL, SERVED_MODEL_NAME
from olmocr_core.render_pool import DEFAULT_RENDER_TIMEOUT_S, RenderPool
from olmocr_core.vllm_server import DEFAULT_MAX_MODEL_LEN

ENGINES = ("vlm", "hf", "cpu")


@dataclass(frozen=True)
class ManagedServerOptions:
    """How this worker runs vLLM when it starts the server itself."""

    host: str = "127.0.0.1"  # loopback: the server has no authentication of its own
    gpu_memory_utilization: float | None = None
    max_model_len: int = DEFAULT_MAX_MODEL_LEN
    tensor_parallel_size: int = 1
    data_parallel_size: int = 1
    extra_args: tuple[str, ...] = ()
    max_restarts: int = 5
    log_dir: str | None = None  # default: a temporary folder
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EngineConfig:
    engine: str | None = None  # None: vlm with a server, else cpu
    server: str | None = None
    api_key: str | None = None
    model: str | None = None  # the served name with a server; the model to load otherwise
    vlm: VlmSettings = VlmSettings()
    client: ClientSettings = ClientSettings()
    render_workers: int | None = None  # render processes (vlm, hf) or converter processes (cpu)
    render_timeout_s: float | None = DEFAULT_RENDER_TIMEOUT_S  # per page render (cpu: conversion); None/0: none
    managed: ManagedServerOptions = ManagedServerOptions()
    # How long the server may take to load (managed: until it is ready; --server: until it first answers).
    # Pages are rendered meanwhile and sent the moment it is up.
    server_startup_timeout_s: float = 600.0
    # The registry name of the released model ``model`` points at; recorded in every document's lineage.
    released_model: str | None = None

    @property
    def kind(self) -> str:
        kind = self.engine or ("vlm" if self.server else "cpu")
        if kind not in ENGINES:
            raise EngineError(f"engine {kind!r} is not one of {', '.join(ENGINES)}")
        return kind


@contextlib.asynccontextmanager
async def open_engine(config: EngineConfig) -> AsyncIterator[Engine]:
    config = resolve_released_model(config)
    async with contextlib.AsyncExitStack() as stack:
        kind = config.kind
        if kind == "cpu":
            from olmocr_core.engines.cpu import CpuEngine

            if config.released_model:
                raise EngineError(f"released model {config.released_model!r} needs the vlm or hf engine, not cpu")

            engine: Engine = CpuEngine(workers=config.render_workers, page_timeout_s=config.render_timeout_s)
        else:
            renderer = RenderPool(config.render_workers, config.render_timeout_s)
            stack.callback(renderer.close)
            if kind == "hf":
                engine = _hf_engine(config, renderer)
            elif config.server:
                engine = _server_engine(config, renderer)
            else:
                engine = await _managed_engine(config, renderer, stack)
        stack.push_async_callback(engine.close)
        yield engine


def _server_engine(config: EngineConfig, renderer: RenderPool) -> VlmEngine:
    settings = replace(config.vlm, model=config.model or SERVED_MODEL_NAME)
    client = OpenAiClient(config.server, api_key=config.api_key, settings=config.client)
    client.hold_until(client.until_up(config.server_startup_timeout_s))
    return VlmEngine(client, renderer, settings, lineage=_lineage(config, {"server": redact_url(config.server)}))


async def _managed_engine(config: EngineConfig, renderer: RenderPool, stack: contextlib.AsyncExitStack) -> VlmEngine:
    from olmocr_core.model_source import ResolvedModel, locate_model, model_revision
    from olmocr_core.vllm_server import ManagedVllmServer, VllmServerConfig

    source = config.model or DEFAULT_MODEL
    path = await asyncio.to_thread(locate_model, source)  # an s3:// model may be copied first
    options = config.managed
    log_dir = Path(options.log_dir or stack.enter_context(tempfile.TemporaryDirectory(prefix="olmocr-vllm-")))
    server = ManagedVllmServer(
        VllmServerConfig(
            model=str(path),
            served_model_name=SERVED_MODEL_NAME,
            host=options.host,
            max_model_len=options.max_model_len,
            gpu_memory_utilization=options.gpu_memory_utilization,
            tensor_parallel_size=options.tensor_parallel_size,
            data_parallel_size=options.data_parallel_size,
            extra_args=options.extra_args,
            startup_timeout_s=config.server_startup_timeout_s,
            max_restarts=options.max_restarts,
            log_path=str(log_dir / "vllm-server.log"),
            env=options.env,
        )
    )
    stack.push_async_callback(server.stop)
    server.launch()
    client = OpenAiClient(server.url, settings=config.client)
    client.hold_until(server.until_ready())  # pages render while the model loads
    # The weights' checksum for the lineage reads every byte: done while vLLM loads them, not before.
    resolved = ResolvedModel(source, path, await asyncio.to_thread(model_revision, source, path))
    lineage = _lineage(config, {**resolved.lineage(), "server": "managed vLLM"})
    # The server's context is what it was started with: answers are judged against that.
    settings = replace(config.vlm, model=SERVED_MODEL_NAME, max_context_tokens=options.max_model_len)
    return VlmEngine(client, renderer, settings, lineage=lineage, server_idle=server.idle, managed_server=server)


def _hf_engine(config: EngineConfig, renderer: RenderPool) -> VlmEngine:
    from olmocr_core.engines.hf_chat import HfBackend, HfChatModel

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
    from olmocr_core.settings import default_platform_root
    from olmocr_core.train.store import ModelStore

    record = ModelStore(models_root or Path(default_platform_root()) / "models").released(config.released_model)
    return replace(config, model=record.path)


def _lineage(config: EngineConfig, lineage: dict[str, str]) -> dict[str, str]:
    return {**lineage, "released_model": config.released_model} if config.released_model else lineage


def engine_config_from_options(options: Mapping[str, Any]) -> EngineConfig:
    """EngineConfig from flat options named like olmocr-worker's flags (``vars(args)``, or a Dagster
    resource's fields): one mapping for every front end. Missing options keep their defaults."""
    defaults = EngineConfig()
    get = options.get
    if get("released_model") and get("model") and not get("server"):
        # Loading one and naming the other would put the wrong model into every document's lineage.
        raise EngineError(
            f"model {get('model')!r} and released_model {get('released_model')!r} both name the model to load "
            "(--model, --released-model): give one"
        )

    def pick(name: str, default: Any) -> Any:
        value = get(name)
        return default if value is None else value

    return EngineConfig(
        engine=get("engine"),
        server=get("server"),
        api_key=get("api_key"),
        model=get("model"),
        vlm=VlmSettings(
            max_page_retries=pick("max_page_retries", defaults.vlm.max_page_retries),
            target_longest_image_dim=pick("target_longest_image_dim", defaults.vlm.target_longest_image_dim),
            guided_decoding=bool(get("guided_decoding")),
        ),
        client=ClientSettings(
            max_in_flight=pick("max_concurrent_requests", defaults.client.max_in_flight),
            max_tries=pick("max_request_tries", defaults.client.max_tries),
            request_timeout_s=pick("request_timeout", defaults.client.request_timeout_s),
        ),
        render_workers=get("render_workers"),
        render_timeout_s=pick("render_timeout", defaults.render_timeout_s),
        released_model=get("released_model"),
        server_startup_timeout_s=pick("server_startup_timeout", defaults.server_startup_timeout_s),
        managed=ManagedServerOptions(
            host=pick("server_host", defaults.managed.host),
            gpu_memory_utilization=get("gpu_memory_utilization"),
            max_model_len=pick("max_model_len", defaults.managed.max_model_len),
            tensor_parallel_size=pick("tensor_parallel_size", defaults.managed.tensor_parallel_size),
            data_parallel_size=pick("data_parallel_size", defaults.managed.data_parallel_size),
            extra_args=tuple(get("vllm_args") or ()),
            max_restarts=pick("server_max_restarts", defaults.managed.max_restarts),
            log_dir=get("server_log_dir"),
        ),
    )


# The nested settings of EngineConfig, by field name: what engine_config_from_dict rebuilds.
_NESTED_ENGINE_SETTINGS: dict[str, type] = {
    "vlm": VlmSettings,
    "client": ClientSettings,
    "managed": ManagedServerOptions,
}


def engine_config_to_dict(config: EngineConfig) -> dict[str, Any]:
    """A JSON-able dict of ``config`` (what a GPU pod is sent), without its API key: a secret never travels in
    the pod spec; the pod reads it from its own environment."""
    data = asdict(config)
    del data["api_key"]
    data["managed"]["extra_args"] = list(config.managed.extra_args)
    return data


def engine_config_from_dict(data: Mapping[str, Any]) -> EngineConfig:
    """The inverse of ``engine_config_to_dict``; missing keys take EngineConfig's defaults, so
    ``{"engine": "cpu", "render_workers": 1}`` is a whole config. Unknown keys are an error: a typo
    must not silently fall back to a default on a GPU node."""
    raw = dict(data)
    nested = {key: _dataclass_from(cls, raw.pop(key, {})) for key, cls in _NESTED_ENGINE_SETTINGS.items()}
    nested["managed"] = replace(nested["managed"], extra_args=tuple(nested["managed"].extra_args))
    return _dataclass_from(EngineConfig, {**raw, **nested})


def _dataclass_from(cls: type, raw: Mapping[str, Any]) -> Any:
    unknown = set(raw) - {f.name for f in fields(cls)}
    if unknown:
        raise ValueError(f"unknown {cls.__name__} settings: {', '.join(sorted(unknown))}")
    return cls(**raw)
