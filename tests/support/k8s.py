"""Kubernetes without a cluster: the API behind the real PipesK8sClient, replaced by ``FakeCluster``.

It records the pods it is sent and can run a pod's container here as a kubelet would (its command, its
env), serving the output as pod logs, the channel Pipes reads on Kubernetes.
"""

import datetime
import os
import subprocess
import sys
from typing import Any

import pytest
from dagster_k8s.client import DagsterKubernetesClient

from tests.support.paths import REPO

KUBECONFIG = """\
apiVersion: v1
kind: Config
clusters: [{name: fake, cluster: {server: "https://127.0.0.1:9"}}]
users: [{name: fake, user: {token: fake}}]
contexts: [{name: fake, context: {cluster: fake, user: fake}}]
current-context: fake
"""


class FakeCluster:
    """The Kubernetes API as PipesK8sClient uses it (create, wait, read logs, delete)."""

    def __init__(self, run_pods: bool):
        self.run_pods = run_pods
        self.created: list[tuple[str, Any]] = []
        self.deleted: list[str] = []
        self._logs: dict[str, bytes] = {}
        self._exit_codes: dict[str, int] = {}
        self.core_api = self

    def create_namespaced_pod(self, namespace: str, body: Any) -> None:
        self.created.append((namespace, body))
        if self.run_pods:
            self._run(body)

    def wait_for_pod(self, pod_name: str, namespace: str, wait_for_state: Any, **kwargs: Any) -> None:
        if code := self._exit_codes.get(pod_name):
            raise RuntimeError(f"pod {pod_name} failed with exit code {code}")

    def read_namespaced_pod_log(self, name: str, namespace: str, **kwargs: Any) -> list[bytes]:
        return [self._logs.get(name, b"")]

    def delete_namespaced_pod(self, name: str, namespace: str) -> None:
        self.deleted.append(name)

    def _run(self, pod: Any) -> None:
        """The pod's only container, run as the kubelet would; its logs as `kubectl logs --timestamps`."""
        container = pod.spec.containers[0]
        command = [sys.executable if part == "python" else part for part in container.command]
        env = {**os.environ, **{var.name: var.value for var in container.env}}
        done = subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        lines = done.stdout.decode().splitlines()
        self._logs[pod.metadata.name] = "".join(
            f"{(start + datetime.timedelta(microseconds=i)).strftime('%Y-%m-%dT%H:%M:%S.%fZ')} {line}\n"
            for i, line in enumerate(lines)
        ).encode()
        self._exit_codes[pod.metadata.name] = done.returncode


@pytest.fixture
def cluster(monkeypatch) -> FakeCluster:
    fake = FakeCluster(run_pods=False)
    monkeypatch.setattr(DagsterKubernetesClient, "production_client", lambda *args, **kwargs: fake)
    return fake


@pytest.fixture
def kubeconfig(tmp_path) -> str:
    path = tmp_path / "kubeconfig"
    path.write_text(KUBECONFIG)
    return str(path)
