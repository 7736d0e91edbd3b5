"""Resources: where collections are registered, and which engine converts pages (and where)."""

from dataclasses import replace
from pathlib import Path

import dagster as dg
from pydantic import Field

from olmocr_core.cli.flags import engine_config_from_options
from olmocr_core.common.settings import default_platform_root
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.open import resolve_released_model
from olmocr_core.models.store import ModelStore
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.objects import is_s3_url
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.pipeline import DEFAULT_MAX_PAGE_ERROR_RATE, GroupOptions


class PlatformResource(dg.ConfigurableResource):
    """Where collection specs are registered (a local folder or s3:// prefix)."""

    root: str = Field(default_factory=default_platform_root, description="Folder or s3:// prefix of the registry.")
    profile: str | None = Field(default=None, description="AWS profile for an s3:// root.")

    models_root: str | None = Field(
        default=None,
        description="Folder of the model lifecycle (datasets, runs, candidates, released models); default: models/ "
        "in root. A local or mounted folder: GPU pods mount the same volume.",
    )

    def model_store(self) -> ModelStore:
        if self.models_root:
            return ModelStore(self.models_root)
        if is_s3_url(self.root):
            raise ValueError(f"PlatformResource.models_root must be set: root {self.root} is not a local folder")
        return ModelStore(Path(self.root) / "models")

    def registry(self) -> CollectionRegistry:
        return CollectionRegistry(self.root, Storage(profile=self.profile))

    def collection(self, name: str) -> CollectionSpec:
        return self.registry().load(name)


class OcrEngineResource(dg.ConfigurableResource):
    """Which engine converts pages: cpu, an external server, a vLLM server the step (or its pod) starts, or
    transformers in process. Where it runs is the `ocr_runner` resource's choice (`GpuRunner`)."""

    # Engine options carry olmocr-worker's flag names: one mapping (engine_config_from_options) serves both.
    engine: str | None = Field(  # checked by EngineConfig.kind: cpu, vlm or hf
        default=None,
        description="cpu (no GPU), vlm (an OpenAI-compatible server) or hf (transformers in process). "
        "Default: vlm with a server, else cpu.",
    )
    server: str | None = Field(default=None, description="Base URL of a running server; without it, vlm starts vLLM.")
    api_key: str | None = Field(default=None, description="API key of a hosted endpoint (use an EnvVar).")
    model: str | None = Field(
        default=None, description="Model folder, hub id or s3:// (the served name with a server)."
    )
    released_model: str | None = Field(
        default=None,
        description="A released model by name (the released_model asset): its folder and checksum come from the "
        "model registry, and every document's lineage names it. Replaces `model`.",
    )
    route: str | None = Field(
        default=None,
        description="Which engine reads each page: vlm (the engine above, every page: olmOCR's behaviour), cpu, or "
        "auto (the page router sends clean text pages to the cpu engine, the rest to the VLM). Default: the "
        "collection's route (vlm unless it sets one).",
    )
    apply_filter: bool | None = Field(
        default=None,
        description="olmOCR's document filter (forms, SEO spam, other languages). Default: the collection's setting.",
    )
    filter_languages: list[str] | None = Field(
        default=None,
        description="ISO 639-1 codes the document filter keeps. Default: the collection's (en unless it sets them).",
    )
    max_page_retries: int = Field(default=8, description="Attempts per page before it falls back to its text layer.")
    max_page_error_rate: float = Field(
        default=DEFAULT_MAX_PAGE_ERROR_RATE, description="Drop a document whose fallback pages exceed this fraction."
    )
    target_longest_image_dim: int = Field(default=1288, description="Longest side of a rendered page, in pixels.")
    guided_decoding: bool = Field(default=False, description="Ask the server to enforce the front-matter format.")
    max_concurrent_requests: int = Field(default=512, description="Requests in flight to the server.")
    max_request_tries: int = Field(default=10, description="Tries per request (connection errors, 5xx) with backoff.")
    request_timeout: float = Field(default=600.0, description="Seconds one request may take.")
    render_workers: int | None = Field(
        default=None, description="Render (cpu: converter) processes; default one per core."
    )
    render_timeout: float = Field(
        default=120.0, description="Seconds one page may take to render (0: no limit); a slower page is its error."
    )
    concurrent_groups: int = Field(default=2, description="Page groups in flight at once in one run.")
    gpu_memory_utilization: float | None = Field(default=None, description="Fraction of GPU memory vLLM may use.")
    server_host: str = Field(
        default="127.0.0.1", description="Address a managed vLLM listens on (loopback unless told otherwise)."
    )
    max_model_len: int = Field(default=16384, description="Context length a managed vLLM allocates for.")
    tensor_parallel_size: int = Field(default=1, description="GPUs per model replica (managed vLLM).")
    data_parallel_size: int = Field(default=1, description="Model replicas (managed vLLM).")
    server_startup_timeout: float = Field(
        default=600.0,
        description="Seconds the server may take to load: a managed vLLM until it is ready, `server` until it first "
        "answers. Pages are rendered meanwhile.",
    )
    server_max_restarts: int = Field(default=5, description="Restarts of a managed vLLM before the run fails.")
    vllm_args: list[str] = Field(default_factory=list, description="Extra arguments for a managed vLLM server.")
    accelerator_hourly_usd: float = Field(
        default=2.69,
        description="Price of one accelerator (GPU) hour, for the cost per page of the vlm and hf engines.",
    )
    cpu_hourly_usd: float = Field(
        default=0.045,
        description="Price of one CPU core-hour, for the cost per page of the cpu engine (which holds no "
        "accelerator); the default is about an on-demand cloud vCPU's.",
    )

    def engine_config(self, models: ModelStore | None = None) -> EngineConfig:
        """The engine these options describe; a released model is looked up in ``models``."""
        config = engine_config_from_options({name: getattr(self, name) for name in type(self).model_fields})
        return resolve_released_model(config, str(models.root) if models else None)

    def collection_engine_config(self, config: EngineConfig, spec: CollectionSpec) -> EngineConfig:
        """``config`` with the page route for ``spec``: this resource's when set, else the collection's."""
        return replace(config, route=self.route or spec.route)

    def group_options(self, spec: CollectionSpec) -> GroupOptions:
        return GroupOptions(
            max_page_error_rate=self.max_page_error_rate,
            markdown=spec.markdown,
            apply_filter=spec.apply_filter if self.apply_filter is None else self.apply_filter,
            filter_languages=tuple(self.filter_languages or spec.filter_languages),
        )
