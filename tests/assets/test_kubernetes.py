"""Page groups in a GPU pod through Dagster Pipes, without a cluster.

The Kubernetes API behind the real PipesK8sClient is replaced by ``FakeCluster``, which records the pod it
is sent and can run the pod's container here as a kubelet would (its command, its env), serving the output
as pod logs, the channel Pipes reads on Kubernetes. The subprocess runner runs the same worker through
Pipes' temp-file channel.
"""

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import dagster as dg
import kubernetes
import pytest
from dagster_pipes import DAGSTER_PIPES_CONTEXT_ENV_VAR, DAGSTER_PIPES_MESSAGES_ENV_VAR, decode_env_var

from olmocr_assets.defs.ocr.assets import run_groups_through_pipes
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.pods.ocr_worker import API_KEY_ENV, WorkerInput, worker_extras
from olmocr_core.engines.config import (
    EngineConfig,
    ManagedServerOptions,
    engine_config_from_dict,
    engine_config_to_dict,
)
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.engines.vlm import VlmSettings
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.groups import PageGroup, plan_groups
from olmocr_core.work.pipeline import GroupOptions
from tests.support.k8s import REPO

CPU_ENGINE = {"engine": "cpu", "render_workers": 1}
IN_A_POD = GpuRunner(runner="kubernetes")
IN_A_SUBPROCESS = GpuRunner(runner="subprocess")


@pytest.fixture
def edgar(shared_pdfs, tmp_path) -> tuple[CollectionSpec, PageGroup, Path]:
    pdf = shared_pdfs / "edgar.pdf"
    spec = CollectionSpec(name="c1", workspace=str(tmp_path / "ws"), sources=(SourceSpec(str(pdf)),))
    (group,) = plan_groups([str(pdf)], pdfs_per_group=10)
    return spec, group, pdf


def gpu_resource(kubeconfig: str) -> KubernetesGpuResource:
    return KubernetesGpuResource(
        image="registry.example.com/olmocr-gpu-worker:1.2.3",
        namespace="ocr",
        gpu_count=2,
        cpu_request="12",
        cpu_limit="16",
        memory_request="96Gi",
        memory_limit="128Gi",
        shm_size="32Gi",
        node_selector={"nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3"},
        tolerations=[{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
        service_account_name="olmocr-worker",
        env={"HF_HOME": "/models/hf"},
        env_from_secrets=["olmocr-aws"],
        image_pull_policy="Always",
        labels={"team": "ocr"},
        kubeconfig_file=kubeconfig,
    )


def materialize(convert: Callable[..., list[dict]], resources: dict | None = None):
    """A real Dagster materialization of a test asset that calls ``convert``; (result, instance, reports)."""
    reports: list[dict] = []

    @dg.asset(required_resource_keys=set(resources or {}))
    def converted(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        reports.extend(convert(context))
        return dg.MaterializeResult(metadata={"groups_converted": len(reports)})

    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([converted], instance=instance, resources=resources, raise_on_error=False)
    return result, instance, reports


def log_messages(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    return [entry.user_message for entry in instance.all_logs(run_id)]


def assert_converted(spec: CollectionSpec, group: PageGroup, pdf: Path, reports: list[dict]) -> None:
    (report,) = reports
    assert report["group_id"] == group.group_id
    assert (report["documents"], report["pages"], report["errors"]) == (1, 1, [])
    output = Path(spec.workspace) / "results" / f"output_{group.group_id}.jsonl"
    assert report["output_path"] == str(output)
    (document,) = decode_jsonl(output.read_bytes(), str(output))
    assert document["metadata"]["Source-File"] == str(pdf)
    assert "Edgar, King of England" in document["text"]


# ------------------------------------------------------------------------------------------- engine config


def test_engine_config_round_trips_through_json_without_its_api_key():
    config = EngineConfig(
        engine="vlm",
        api_key="secret",
        model="s3://models/olmocr",
        vlm=VlmSettings(max_page_retries=3, guided_decoding=True),
        client=ClientSettings(max_in_flight=64),
        render_workers=6,
        managed=ManagedServerOptions(tensor_parallel_size=2, extra_args=("--enforce-eager",), env={"A": "b"}),
    )
    data = json.loads(json.dumps(engine_config_to_dict(config)))
    assert "api_key" not in data
    assert engine_config_from_dict(data) == replace(config, api_key=None)


def test_engine_config_from_a_partial_dict_takes_defaults_and_rejects_unknown_keys():
    assert engine_config_from_dict(CPU_ENGINE) == EngineConfig(engine="cpu", render_workers=1)
    with pytest.raises(ValueError, match="render_worker"):
        engine_config_from_dict({"engine": "cpu", "render_worker": 1})
    with pytest.raises(ValueError, match="tensor_paralel_size"):
        engine_config_from_dict({"managed": {"tensor_paralel_size": 2}})


def test_worker_input_reads_the_extras_and_takes_the_api_key_from_the_env(tmp_path):
    spec = CollectionSpec(name="c1", workspace=str(tmp_path), sources=(SourceSpec("s3://b/pdfs/", "p"),))
    group = PageGroup("g1", ("s3://b/pdfs/a.pdf", "s3://b/pdfs/b.pdf"))
    options = GroupOptions(max_page_error_rate=0.1, markdown=True, apply_filter=True, filter_languages=("en", "de"))
    engine = {"engine": "vlm", "server": "http://x", "route": "auto"}
    extras = json.loads(json.dumps(worker_extras(spec, [group], engine, options, 3)))
    work = WorkerInput.from_extras(extras, env={API_KEY_ENV: "from-secret"})
    assert work == WorkerInput(
        spec=spec,
        groups=(group,),
        engine=EngineConfig(engine="vlm", server="http://x", api_key="from-secret", route="auto"),
        options=options,
        concurrent_groups=3,
    )


@pytest.mark.parametrize("program", ["olmocr_assets.pods.ocr_worker", "olmocr_assets.pods.model_tasks"])
def test_the_pod_programs_import_no_dagster(program):
    """The worker image needs dagster-pipes and olmocr_core only."""
    probe = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('dagster', 'dagster_k8s'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"import {program}\n"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=REPO, check=True)


# ------------------------------------------------------------------------------------------------ the pod


def test_the_pod_sent_to_kubernetes(cluster, kubeconfig, edgar):
    """The exact pod body the real PipesK8sClient sends, checked field by field."""
    spec, group, _ = edgar
    options = GroupOptions(max_page_error_rate=0.01)

    def convert(context, k8s: KubernetesGpuResource):
        return run_groups_through_pipes(context, IN_A_POD, k8s, spec, [group], CPU_ENGINE, options, concurrent_groups=4)

    result, _, reports = materialize(
        lambda context: convert(context, context.resources.k8s), {"k8s": gpu_resource(kubeconfig)}
    )
    assert result.success and reports == []  # this fake cluster runs nothing

    ((namespace, body),) = cluster.created
    pod = kubernetes.client.ApiClient().sanitize_for_serialization(body)  # the JSON on the wire
    assert namespace == "ocr"
    assert cluster.deleted == [pod["metadata"]["name"]]
    assert pod["metadata"]["labels"]["team"] == "ocr"  # ours, beside Dagster's own
    assert pod["metadata"]["labels"]["app.kubernetes.io/part-of"] == "dagster"

    pod_spec = pod["spec"]
    assert pod_spec["restartPolicy"] == "Never"
    assert pod_spec["serviceAccountName"] == "olmocr-worker"
    assert pod_spec["nodeSelector"] == {"nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3"}
    assert pod_spec["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    assert pod_spec["volumes"] == [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "32Gi"}}]

    (container,) = pod_spec["containers"]
    assert container["name"] == "olmocr-worker"
    assert container["image"] == "registry.example.com/olmocr-gpu-worker:1.2.3"
    assert container["imagePullPolicy"] == "Always"
    assert container["command"] == ["python", "-m", "olmocr_assets.pods.ocr_worker"]
    assert container["resources"] == {
        "requests": {"cpu": "12", "memory": "96Gi"},
        "limits": {"cpu": "16", "memory": "128Gi", "nvidia.com/gpu": "2"},
    }
    assert container["volumeMounts"] == [{"name": "dshm", "mountPath": "/dev/shm"}]
    assert container["envFrom"] == [{"secretRef": {"name": "olmocr-aws"}}]

    env = {var["name"]: var["value"] for var in container["env"]}
    assert env["HF_HOME"] == "/models/hf"
    # Messages come back in the pod's logs (stderr); the context carries the work as extras.
    assert decode_env_var(env[DAGSTER_PIPES_MESSAGES_ENV_VAR]) == {"stdio": "stderr"}
    extras = decode_env_var(env[DAGSTER_PIPES_CONTEXT_ENV_VAR])["data"]["extras"]
    assert extras == json.loads(json.dumps(worker_extras(spec, [group], CPU_ENGINE, options, 4)))


def test_a_pod_spec_needs_an_image():
    with pytest.raises(ValueError, match="image is not set"):
        KubernetesGpuResource().pod_spec()


def test_default_pod_asks_for_one_gpu_and_shared_memory():
    spec = KubernetesGpuResource(image="worker:1").pod_spec()
    (container,) = spec["containers"]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert "cpu" not in container["resources"]["limits"]  # rendering is not throttled
    assert spec["volumes"][0]["emptyDir"]["medium"] == "Memory"
    assert spec["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    assert KubernetesGpuResource(image="worker:1").pod_meta() == {
        "labels": {"app.kubernetes.io/component": "olmocr-gpu-worker"}
    }


@pytest.mark.slow
def test_the_pod_converts_and_reports_through_its_logs(cluster, kubeconfig, edgar):
    """The pod's container run here with the pod's command and env: the worker reads its context from
    the env and its messages come back through the pod logs, as on a cluster."""
    cluster.run_pods = True
    spec, group, pdf = edgar
    k8s = gpu_resource(kubeconfig)
    result, instance, reports = materialize(
        lambda context: run_groups_through_pipes(context, IN_A_POD, k8s, spec, [group], CPU_ENGINE, GroupOptions())
    )
    assert result.success, result.all_events
    assert_converted(spec, group, pdf, reports)
    messages = log_messages(instance, result.run_id)
    assert any("1 page groups to convert" in m for m in messages)
    assert any(f"group {group.group_id[:12]} (1): 1 documents, 1 pages" in m for m in messages)


# ------------------------------------------------------------------------------------------ the subprocess


@pytest.mark.slow
def test_the_worker_converts_through_pipes_in_a_subprocess(edgar):
    spec, group, pdf = edgar
    result, instance, reports = materialize(
        lambda context: run_groups_through_pipes(
            context, IN_A_SUBPROCESS, KubernetesGpuResource(), spec, [group], CPU_ENGINE, GroupOptions()
        )
    )
    assert result.success
    assert_converted(spec, group, pdf, reports)
    messages = log_messages(instance, result.run_id)
    assert any("engine cpu started" in m for m in messages)
    assert any(f"group {group.group_id[:12]} (1): 1 documents, 1 pages" in m for m in messages)

    # Done groups are skipped before any engine starts: a second run converts nothing and says so.
    result, instance, reports = materialize(
        lambda context: run_groups_through_pipes(
            context, IN_A_SUBPROCESS, KubernetesGpuResource(), spec, [group], CPU_ENGINE, GroupOptions()
        )
    )
    assert result.success and reports == []
    messages = log_messages(instance, result.run_id)
    assert any("1 of 1 page groups were already done" in m for m in messages)
    assert not any("engine cpu started" in m for m in messages)


def test_a_failing_worker_fails_the_step(edgar):
    spec, group, _ = edgar
    result, instance, _ = materialize(
        lambda context: run_groups_through_pipes(
            context, IN_A_SUBPROCESS, KubernetesGpuResource(), spec, [group], {"engine": "tpu"}, GroupOptions()
        )
    )
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert "failed with code 1" in str(failure.step_failure_data.error)
    # The worker's own exception reached Dagster through Pipes too.
    (closed,) = [
        entry.dagster_event
        for entry in instance.all_logs(result.run_id)
        if entry.user_message == "[pipes] external process pipes closed with exception"
    ]
    assert "engine 'tpu' is not one of" in closed.engine_event_data.error.message
