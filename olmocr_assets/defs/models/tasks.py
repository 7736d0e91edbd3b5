"""The model lifecycle's heavy steps from a Dagster step: run here, or as the pod program
``olmocr_assets.pods.model_tasks`` through the ``model_runner`` (``GpuRunner``)."""

import copy
from typing import Any
from urllib.parse import urlsplit

import dagster as dg

from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.pods import model_tasks
from olmocr_core.train.grpo import load_grpo_config

GPU = "nvidia.com/gpu"
VLLM_SERVER_CONTAINER = "vllm-server"


def run_model_task(
    context: dg.AssetExecutionContext,
    runner: GpuRunner,
    k8s: KubernetesGpuResource,
    task: str,
    params: dict[str, Any],
) -> dict[str, Any]:
    """The task's result; its progress goes to the step's log."""
    if runner.in_step:
        return model_tasks.run_model_task(task, params, lambda record: context.log.info(_line(record)))
    messages = runner.run_program(
        context,
        k8s,
        model_tasks.MODULE,
        {"task": task, "params": params},
        tailor_pod=(lambda pod_spec: grpo_pod_spec(pod_spec, params)) if task == "grpo" else None,
        # A generation server runs until the pod is deleted: the run ends with the trainer.
        ignore_containers={VLLM_SERVER_CONTAINER},
    )
    results = [m["result"] for m in messages if "result" in m]
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
