"""Where GPU work runs: in the Dagster step, or as a pod program through Dagster Pipes (a GPU pod, or a
local subprocess the same way). One switch for OCR (`ocr_runner`) and the model lifecycle (`model_runner`)."""

import sys
from collections.abc import Callable
from typing import Any, Literal

import dagster as dg
from pydantic import Field

from olmocr_assets.lib.kubernetes import KubernetesGpuResource

RunnerKind = Literal["local", "subprocess", "kubernetes"]


class GpuRunner(dg.ConfigurableResource):
    """Where GPU work runs. `local`: in the Dagster step; `subprocess`: the pod's program (a module of
    `olmocr_assets.pods`) as a local process through Pipes; `kubernetes`: in a GPU pod (the `k8s` resource; a pod
    of the model lifecycle must mount the model store's volume at the same path). A pod program reports its
    results as Pipes custom messages."""

    runner: RunnerKind = Field(
        default="local",
        description="local: in the Dagster step; subprocess: the GPU pod's program as a local process through "
        "Pipes; kubernetes: in a GPU pod through Pipes (KubernetesGpuResource).",
    )

    @property
    def in_step(self) -> bool:
        return self.runner == "local"

    def run_program(
        self,
        context: dg.AssetExecutionContext,
        k8s: KubernetesGpuResource | None,
        module: str,
        extras: dict[str, Any],
        *,
        tailor_pod: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        ignore_containers: set[str] | None = None,
    ) -> list[Any]:
        """``python -m module`` through Pipes with ``extras``; the custom messages it sent. ``tailor_pod``
        turns the pod that runs just the module into the one to launch (e.g. with a sidecar);
        ``ignore_containers``: sidecars that never exit by themselves."""
        if self.runner == "kubernetes":
            if k8s is None:
                raise ValueError(
                    "runner: kubernetes needs the GPU pod's settings: the deployment sets OLMOCR_RUNNER or "
                    "OLMOCR_MODEL_RUNNER to kubernetes (and OLMOCR_GPU_WORKER_IMAGE), which binds the k8s resource"
                )
            pod_spec = k8s.pod_spec(command=["python", "-m", module])
            if tailor_pod is not None:
                pod_spec = tailor_pod(pod_spec)
            invocation = k8s.run_pipes(context, extras, pod_spec=pod_spec, ignore_containers=ignore_containers)
        elif self.runner == "subprocess":
            client = dg.PipesSubprocessClient()
            invocation = client.run(context=context, command=[sys.executable, "-m", module], extras=extras)
        else:
            raise ValueError("runner 'local' runs the work in the step: there is no program to launch")
        return list(invocation.get_custom_messages())
