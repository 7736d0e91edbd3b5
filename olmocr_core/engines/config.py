"""What an engine is made of: which engine, its server or model, and the settings it runs with.

``cpu``: PyMuPDF layout markdown (the embedded default). ``vlm``: an OpenAI-compatible server, the
one at ``server`` or, without it, a vLLM server this worker starts for ``model``. ``hf``: the model
in this process with transformers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.engines.vllm_server import DEFAULT_MAX_MODEL_LEN
from olmocr_core.engines.vlm import VlmSettings
from olmocr_core.rendering.pool import DEFAULT_RENDER_TIMEOUT_S
from olmocr_core.routing.router import ROUTES

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
    # Which engine reads each page: "vlm" (the engine above reads every page: olmOCR's behaviour), "cpu" (the
    # cpu engine reads every page), "auto" (the page router decides; needs a VLM: vlm or hf).
    route: str = "vlm"

    def __post_init__(self) -> None:
        if self.route not in ROUTES:
            raise EngineError(f"route {self.route!r} is not one of {', '.join(ROUTES)}")

    @property
    def kind(self) -> str:
        kind = self.engine or ("vlm" if self.server else "cpu")
        if kind not in ENGINES:
            raise EngineError(f"engine {kind!r} is not one of {', '.join(ENGINES)}")
        return kind


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
