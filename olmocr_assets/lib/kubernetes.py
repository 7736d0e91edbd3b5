"""The GPU pod a step launches through Dagster Pipes (``GpuRunner`` with ``runner: kubernetes``).

The Dagster step (a small CPU run pod under the K8sRunLauncher) launches one GPU pod per step running a
program of ``olmocr_assets.pods`` (the OCR worker by default); the GPU is held by that pod only, for as
long as its work takes.
A ``dagster-k8s/config`` tag would not do: on a job it reaches only the run pod.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import dagster as dg
from pydantic import Field

from olmocr_assets.pods.ocr_worker import MODULE

if TYPE_CHECKING:  # dagster_k8s and the Kubernetes client take a second to import: only a pod needs them
    from dagster_k8s import PipesK8sClient

WORKER_COMMAND = ["python", "-m", MODULE]
CONTAINER_NAME = "olmocr-worker"
SHM_VOLUME = "dshm"
# GPU node pools are commonly tainted with this key (GKE adds it itself; EKS and AKS recommend it).
NVIDIA_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}


class KubernetesGpuResource(dg.ConfigurableResource):
    """The GPU pod a runner (`ocr_runner`, `model_runner`) launches with `runner: kubernetes`, and only then: its
    image, resources and placement, and how to reach the cluster. The pod runs `python -m
    olmocr_assets.pods.ocr_worker` (or a model task) and talks to the Dagster step through Pipes (context in
    an env var, messages in its logs)."""

    image: str | None = Field(
        default=None, description="Worker image (deploy/Dockerfile.gpu-worker), ideally pinned by tag or digest."
    )
    image_pull_policy: str = Field(default="IfNotPresent", description="Always, IfNotPresent or Never.")
    namespace: str | None = Field(
        default=None, description="Namespace of the pod; default: the run pod's own namespace, else 'default'."
    )
    gpu_count: int = Field(
        default=1, ge=0, description="nvidia.com/gpu limit; match tensor_parallel_size x data_parallel_size."
    )
    cpu_request: str | None = Field(default="8", description="CPU request: the render pool rasterizes pages here.")
    cpu_limit: str | None = Field(
        default=None, description="CPU limit; none by default, so rendering is not throttled."
    )
    memory_request: str | None = Field(default="48Gi", description="Memory request.")
    memory_limit: str | None = Field(
        default="48Gi", description="Memory limit (the /dev/shm volume counts against it)."
    )
    shm_size: str | None = Field(
        default="8Gi",
        description="Size of a memory-backed /dev/shm (vLLM and NCCL need more than the container default "
        "of 64 MiB); null: no volume.",
    )
    node_selector: dict[str, str] = Field(
        default_factory=dict, description="Node labels, e.g. {'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3'}."
    )
    tolerations: list[dict[str, Any]] = Field(
        default_factory=lambda: [dict(NVIDIA_TOLERATION)], description="Pod tolerations, as in a pod spec."
    )
    service_account_name: str | None = Field(
        default=None, description="Service account of the pod, e.g. one bound to an IAM role for s3:// workspaces."
    )
    env: dict[str, str] = Field(
        default_factory=dict, description="Plain environment variables, e.g. HF_HOME on a cache volume."
    )
    env_from_secrets: list[str] = Field(
        default_factory=list,
        description="Secrets whose keys become environment variables: AWS credentials, or OLMOCR_API_KEY "
        "(an API key never travels in the Pipes context).",
    )
    volumes: list[dict[str, Any]] = Field(
        default_factory=list, description="Extra pod volumes, e.g. a PVC holding the model or the Hugging Face cache."
    )
    volume_mounts: list[dict[str, Any]] = Field(default_factory=list, description="Mounts of those volumes.")
    labels: dict[str, str] = Field(
        default_factory=lambda: {"app.kubernetes.io/component": "olmocr-gpu-worker"},
        description="Pod labels, added to Dagster's own.",
    )
    load_incluster_config: bool | None = Field(
        default=None, description="None: in-cluster config inside a pod, else the kubeconfig."
    )
    kubeconfig_file: str | None = Field(default=None, description="Kubeconfig to use outside the cluster.")
    kube_context: str | None = Field(default=None, description="Context in that kubeconfig.")
    poll_interval_s: float = Field(default=10.0, description="Seconds between pod status polls.")
    pod_wait_timeout_s: float = Field(
        default=86400.0, description="Give up on a pod still running after this long (0: never)."
    )

    def pod_spec(self, command: Sequence[str] = tuple(WORKER_COMMAND)) -> dict[str, Any]:
        """The base pod spec handed to PipesK8sClient, which adds the Pipes env vars and restartPolicy Never.
        ``command``: the OCR worker by default; the model lifecycle's steps run their own module."""
        if not self.image:
            raise ValueError(
                "KubernetesGpuResource.image is not set: build deploy/Dockerfile.gpu-worker, push it, name it"
            )
        container: dict[str, Any] = {
            "name": CONTAINER_NAME,
            "image": self.image,
            "imagePullPolicy": self.image_pull_policy,
            "command": list(command),
            "resources": self._resources(),
            "env": [{"name": name, "value": value} for name, value in self.env.items()],
        }
        if self.env_from_secrets:
            container["envFrom"] = [{"secretRef": {"name": name}} for name in self.env_from_secrets]
        volumes = list(self.volumes)
        mounts = list(self.volume_mounts)
        if self.shm_size:
            volumes.append({"name": SHM_VOLUME, "emptyDir": {"medium": "Memory", "sizeLimit": self.shm_size}})
            mounts.append({"name": SHM_VOLUME, "mountPath": "/dev/shm"})
        if mounts:
            container["volumeMounts"] = mounts
        spec: dict[str, Any] = {"containers": [container], "restartPolicy": "Never"}
        if volumes:
            spec["volumes"] = volumes
        if self.node_selector:
            spec["nodeSelector"] = dict(self.node_selector)
        if self.tolerations:
            spec["tolerations"] = [dict(t) for t in self.tolerations]
        if self.service_account_name:
            spec["serviceAccountName"] = self.service_account_name
        return spec

    def pod_meta(self) -> dict[str, Any]:
        return {"labels": dict(self.labels)}

    def run_pipes(
        self,
        context: dg.AssetExecutionContext,
        extras: dict[str, Any],
        *,
        pod_spec: dict[str, Any] | None = None,
        ignore_containers: set[str] | None = None,
    ) -> dg.PipesClientCompletedInvocation:
        """Run a pod (default: ``pod_spec()``, the OCR worker) through Pipes and wait for it. The pod is deleted
        when it ends; a failed pod fails the call. ``ignore_containers``: sidecars that never exit by themselves."""
        return self.pipes_client().run(
            context=context,
            extras=extras,
            namespace=self.namespace,
            base_pod_meta=self.pod_meta(),
            base_pod_spec=pod_spec or self.pod_spec(),
            pod_wait_timeout=self.pod_wait_timeout_s,
            ignore_containers=ignore_containers,
        )

    def pipes_client(self) -> "PipesK8sClient":
        from dagster_k8s import PipesK8sClient

        return PipesK8sClient(
            load_incluster_config=self.load_incluster_config,
            kubeconfig_file=self.kubeconfig_file,
            kube_context=self.kube_context,
            poll_interval=self.poll_interval_s,
        )

    def _resources(self) -> dict[str, dict[str, str]]:
        requests = {"cpu": self.cpu_request, "memory": self.memory_request}
        # An extended resource is requested by its limit alone (the request defaults to it).
        limits = {"cpu": self.cpu_limit, "memory": self.memory_limit}
        if self.gpu_count:
            limits["nvidia.com/gpu"] = str(self.gpu_count)
        return {
            kind: {name: value for name, value in values.items() if value is not None}
            for kind, values in (("requests", requests), ("limits", limits))
        }
