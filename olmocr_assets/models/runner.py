"""Where the model lifecycle's heavy steps run: in the Dagster step, or in a GPU pod through Pipes."""

import copy
from typing import Any, Literal
from urllib.parse import urlsplit

import dagster as dg
from pydantic import Field

from olmocr_assets.models.tasks import MODULE, run_model_task
from olmocr_assets.ocr.kubernetes import KubernetesGpuResource, run_module_in_subprocess

GPU = "nvidia.com/gpu"
VLLM_SERVER_CONTAINER = "vllm-server"


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
            pod_spec = k8s.pod_spec(command=["python", "-m", MODULE])
            if task == "grpo":
                pod_spec = grpo_pod_spec(pod_spec, params)
            # A generation server runs until the pod is deleted: the run ends with the trainer.
            invocation = k8s.run_pipes(context, extras, pod_spec=pod_spec, ignore_containers={VLLM_SERVER_CONTAINER})
        else:
            invocation = run_module_in_subprocess(context, MODULE, extras)
        results = [m["result"] for m in invocation.get_custom_messages() if "result" in m]
        if len(results) != 1:
            raise dg.Failure(f"model task {task!r} sent {len(results)} results, expected one")
        return results[0]


def _line(record: dict[str, Any]) -> str:
    return " ".join(
        f"{key}={value:.4g}" if isinstance(value, float) else f"{key}={value}" for key, value in record.items()
    )


def grpo_pod_spec(pod_spec: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """The pod of a GRPO step. With ``generation: {backend: vllm, vllm_mode: server}`` one of its GPUs serves
    generations (``trl vllm-serve`` in a second container, reached on the pod's loopback at
    ``vllm_server_url``) and the others train; otherwise the pod is the plain trainer."""
    from olmocr_core.train.grpo import load_grpo_config

    generation = load_grpo_config(params["config_yaml"]).generation
    if generation.backend != "vllm" or generation.vllm_mode != "server":
        return pod_spec
    url = urlsplit(generation.vllm_server_url or "")
    if url.hostname not in ("127.0.0.1", "localhost") or not url.port:
        raise dg.Failure(
            f"GRPO in a pod serves generations inside the pod: vllm_server_url must be http://127.0.0.1:PORT, "
            f"not {generation.vllm_server_url!r}"
        )
    trainer = pod_spec["containers"][0]
    gpus = int(trainer["resources"].get("limits", {}).get(GPU, "0"))
    if gpus < 2:
        raise dg.Failure(f"GRPO with a vLLM server needs at least 2 GPUs in the pod (one serves), got {gpus}")
    server = copy.deepcopy(trainer)
    server["name"] = VLLM_SERVER_CONTAINER
    server["command"] = [
        "trl",
        "vllm-serve",
        "--model",
        params["model_dir"],
        "--host",
        "127.0.0.1",
        "--port",
        str(url.port),
    ]
    server["resources"]["limits"][GPU] = "1"
    trainer = copy.deepcopy(trainer)
    trainer["resources"]["limits"][GPU] = str(gpus - 1)
    return {**pod_spec, "containers": [trainer, server]}
