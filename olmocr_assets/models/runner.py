"""Where the model lifecycle's heavy steps run: in the Dagster step, or in a GPU pod through Pipes."""

import sys
from typing import Any, Literal

import dagster as dg
from pydantic import Field

from olmocr_assets.models.tasks import MODULE, run_model_task
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource


class ModelTaskRunner(dg.ConfigurableResource):
    """Training, merging and quantizing run ``olmocr_assets.models.tasks``: here, in a local subprocess, or
    in a GPU pod (``KubernetesGpuResource``: the pod must mount the model store's volume at the same path)."""

    runner: Literal["local", "subprocess", "kubernetes"] = Field(
        default="local",
        description="local: in the Dagster step; subprocess: the pod's program as a local process through Pipes; "
        "kubernetes: in a GPU pod through Pipes.",
    )

    def run(
        self, context: dg.AssetExecutionContext, k8s: KubernetesGpuResource, task: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        """The task's result; its progress goes to the step's log."""
        if self.runner == "local":
            return run_model_task(task, params, lambda record: context.log.info(_line(record)))
        extras = {"task": task, "params": params}
        if self.runner == "kubernetes":
            invocation = k8s.pipes_client().run(
                context=context,
                extras=extras,
                namespace=k8s.namespace,
                base_pod_meta=k8s.pod_meta(),
                base_pod_spec=k8s.pod_spec(command=["python", "-m", MODULE]),
                pod_wait_timeout=k8s.pod_wait_timeout_s,
            )
        else:
            invocation = dg.PipesSubprocessClient().run(
                context=context, command=[sys.executable, "-m", MODULE], extras=extras
            )
        results = [m["result"] for m in invocation.get_custom_messages() if "result" in m]
        if len(results) != 1:
            raise dg.Failure(f"model task {task!r} sent {len(results)} results, expected one")
        return results[0]


def _line(record: dict[str, Any]) -> str:
    return " ".join(
        f"{key}={value:.4g}" if isinstance(value, float) else f"{key}={value}" for key, value in record.items()
    )
