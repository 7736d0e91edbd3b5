"""Resources: where collections are registered, and which engine converts pages (and where)."""

import os
from pathlib import Path
from typing import Literal

import dagster as dg
from pydantic import Field

from olmocr_core.collection import CollectionRegistry, CollectionSpec
from olmocr_core.engines.factory import EngineConfig, ManagedServerOptions
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.engines.vlm import VlmSettings
from olmocr_core.pipeline import DEFAULT_MAX_PAGE_ERROR_RATE, GroupOptions
from olmocr_core.storage import Storage


def default_platform_root() -> str:
    """$OLMOCR_PLATFORM_ROOT, else olmocr/ in DAGSTER_HOME, else .olmocr in the current folder."""
    if root := os.environ.get("OLMOCR_PLATFORM_ROOT"):
        return root
    if home := os.environ.get("DAGSTER_HOME"):
        return str(Path(home) / "olmocr")
    return str(Path(".olmocr").resolve())


class PlatformResource(dg.ConfigurableResource):
    """Where collection specs are registered (a local folder or s3:// prefix)."""

    root: str = Field(default_factory=default_platform_root, description="Folder or s3:// prefix of the registry.")
    profile: str | None = Field(default=None, description="AWS profile for an s3:// root.")

    def registry(self) -> CollectionRegistry:
        return CollectionRegistry(self.root, Storage(profile=self.profile))

    def collection(self, name: str) -> CollectionSpec:
        return self.registry().load(name)


class OcrEngineResource(dg.ConfigurableResource):
    """Which engine converts pages. Locally: in the Dagster step (cpu, an external server, a vLLM
    server this step starts, or transformers in process). ``runner: kubernetes`` sends the work to a
    GPU pod instead (see ``KubernetesGpuResource``)."""

    engine: Literal["cpu", "vlm", "hf"] = Field(
        default="cpu", description="cpu (no GPU), vlm (OpenAI-compatible server) or hf (transformers)."
    )
    runner: Literal["local", "subprocess", "kubernetes"] = Field(
        default="local",
        description="local: in the Dagster step; subprocess: the GPU-pod worker as a local process through Pipes; "
        "kubernetes: in a GPU pod through Pipes (KubernetesGpuResource).",
    )
    server: str | None = Field(default=None, description="Base URL of a running server; without it, vlm starts vLLM.")
    api_key: str | None = Field(default=None, description="API key of a hosted endpoint (use an EnvVar).")
    model: str | None = Field(
        default=None, description="Model folder, hub id or s3:// (or the served name with server)."
    )
    max_page_retries: int = 8
    max_page_error_rate: float = DEFAULT_MAX_PAGE_ERROR_RATE
    target_longest_image_dim: int = 1288
    guided_decoding: bool = False
    max_concurrent_requests: int = 512
    render_workers: int | None = Field(
        default=None, description="Render (or cpu converter) processes; default one per core."
    )
    concurrent_groups: int = Field(default=2, description="Page groups in flight at once in one run.")
    gpu_memory_utilization: float | None = None
    max_model_len: int = 16384
    tensor_parallel_size: int = 1
    data_parallel_size: int = 1
    vllm_args: list[str] = Field(default_factory=list, description="Extra arguments for a managed vLLM server.")
    accelerator_hourly_usd: float = Field(default=2.69, description="Price of one accelerator hour, for cost per page.")

    def engine_config(self) -> EngineConfig:
        return EngineConfig(
            engine=self.engine,
            server=self.server,
            api_key=self.api_key,
            model=self.model,
            vlm=VlmSettings(
                max_page_retries=self.max_page_retries,
                target_longest_image_dim=self.target_longest_image_dim,
                guided_decoding=self.guided_decoding,
            ),
            client=ClientSettings(max_in_flight=self.max_concurrent_requests),
            render_workers=self.render_workers,
            managed=ManagedServerOptions(
                gpu_memory_utilization=self.gpu_memory_utilization,
                max_model_len=self.max_model_len,
                tensor_parallel_size=self.tensor_parallel_size,
                data_parallel_size=self.data_parallel_size,
                extra_args=tuple(self.vllm_args),
            ),
        )

    def group_options(self, spec: CollectionSpec) -> GroupOptions:
        return GroupOptions(max_page_error_rate=self.max_page_error_rate, markdown=spec.markdown)
