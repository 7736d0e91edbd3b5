"""The deployment, checked without a cluster: every pod and Job body we send, and deploy/helm/values.yaml.

Each body is built by the real code (our resources, PipesK8sClient, K8sRunLauncher) and validated as a whole
Kubernetes object with kubernetes-validate, strictly (an unknown field fails), against the Kubernetes version
that deploy/README.md names. The Helm values are rendered into the instance's dagster.yaml the way the
official chart's templates map them, then validated with Dagster's own instance and class config schemas.
The chart's values.schema.json itself is not used: it is not ours to ship, and CI has no network.
"""

import copy
import importlib
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import kubernetes
import kubernetes_validate
import pytest
import yaml
from dagster._check import CheckError
from dagster._config import process_config, resolve_to_config_type
from dagster._core.code_pointer import ModuleCodePointer
from dagster._core.instance.config import dagster_instance_config
from dagster._core.launcher import LaunchRunContext
from dagster._core.origin import JobPythonOrigin, RepositoryPythonOrigin
from dagster._core.test_utils import create_run_for_test, instance_for_test
from dagster_k8s import K8sRunLauncher
from dagster_k8s.job import DagsterK8sJobConfig

from olmocr_assets.defs.models.tasks import VLLM_SERVER_CONTAINER, run_model_task
from olmocr_assets.defs.ocr.assets import run_groups_through_pipes
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import GroupOptions
from tests.support.k8s import REPO

VALUES_YAML = REPO / "deploy" / "helm" / "values.yaml"
# deploy/README.md names the version; the test reads it there so the two cannot drift apart.
K8S_VERSION = (
    re.search(r"Kubernetes version checked: \*\*(\d+\.\d+)\*\*", (REPO / "deploy" / "README.md").read_text())[1] + ".0"
)
# What `helm upgrade --install dagster ... --namespace olmocr` (deploy/README.md) fills in by itself.
RELEASE = "dagster"
NAMESPACE = "olmocr"
USER_DEPLOYMENTS = f"{RELEASE}-dagster-user-deployments"  # the subchart's full name, prefix of its objects


def validate(obj: Mapping[str, Any]) -> None:
    """Raises kubernetes_validate's ValidationError on a wrong field name, type or missing required field."""
    kubernetes_validate.validate(dict(obj), K8S_VERSION, strict=True)


def wire(kind: str, api_version: str, body: Any) -> dict[str, Any]:
    """A client model (or dict) as the JSON the API server receives, as a complete object."""
    return {"apiVersion": api_version, "kind": kind, **kubernetes.client.ApiClient().sanitize_for_serialization(body)}


# --------------------------------------------------------------------------------------- the pods we send

SPEC = CollectionSpec(name="c1", workspace="s3://bucket/ws", sources=(SourceSpec("s3://bucket/pdfs/"),))
GROUP = PageGroup("g1", ("s3://bucket/pdfs/a.pdf",))
GRPO_SERVER = "generation: {backend: vllm, vllm_mode: server, vllm_server_url: 'http://127.0.0.1:8011'}\n"
GRPO_PARAMS = {"model_dir": "/models/runs/sft/checkpoint-9/model", "data_dir": "/d", "output_dir": "/o"}
IMAGE = "registry.example.com/olmocr-gpu-worker:0.1.0"


def full_resource(kubeconfig: str, **overrides: Any) -> KubernetesGpuResource:
    """Every field of the resource that reaches the pod set, as deploy/README.md's table documents them."""
    settings: dict[str, Any] = {
        "image": IMAGE,
        "namespace": NAMESPACE,
        "gpu_count": 4,
        "cpu_request": "12",
        "cpu_limit": "16",
        "memory_request": "96Gi",
        "memory_limit": "128Gi",
        "shm_size": "32Gi",
        "node_selector": {"nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3"},
        "tolerations": [
            {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"},
            {"key": "spot", "operator": "Equal", "value": "true", "effect": "NoExecute", "tolerationSeconds": 60},
        ],
        "service_account_name": "olmocr-worker",
        "env": {"HF_HOME": "/cache/hf", "VLLM_CACHE_ROOT": "/cache/vllm"},
        "env_from_secrets": ["olmocr-aws", "olmocr-api-key"],
        "volumes": [{"name": "cache", "persistentVolumeClaim": {"claimName": "olmocr-cache"}}],
        "volume_mounts": [{"name": "cache", "mountPath": "/cache"}],
        "labels": {"team": "ocr"},
        "image_pull_policy": "Always",
        "kubeconfig_file": kubeconfig,
    }
    return KubernetesGpuResource(**{**settings, **overrides})


def ocr_pod(k8s: KubernetesGpuResource) -> Callable[[dg.AssetExecutionContext], None]:
    return lambda context: run_groups_through_pipes(
        context, GpuRunner(runner="kubernetes"), k8s, SPEC, [GROUP], {"engine": "vlm"}, GroupOptions()
    )


def model_task_pod(
    k8s: KubernetesGpuResource, task: str, params: dict[str, Any]
) -> Callable[[dg.AssetExecutionContext], None]:
    def send(context: dg.AssetExecutionContext) -> None:
        # The fake cluster runs nothing, so no result comes back: the pod has been sent by then.
        with pytest.raises(dg.Failure, match="sent 0 results"):
            run_model_task(context, GpuRunner(runner="kubernetes"), k8s, task, params)

    return send


POD_CASES: dict[str, Callable[[str], Callable[[dg.AssetExecutionContext], None]]] = {
    "ocr, every field": lambda kc: ocr_pod(full_resource(kc)),
    "ocr, defaults": lambda kc: ocr_pod(KubernetesGpuResource(image=IMAGE, kubeconfig_file=kc)),
    "ocr, no gpu, no shm, no tolerations": lambda kc: ocr_pod(
        full_resource(kc, gpu_count=0, shm_size=None, tolerations=[], cpu_limit=None, memory_limit=None)
    ),
    "sft": lambda kc: model_task_pod(full_resource(kc, gpu_count=8), "sft", {"run_yaml": "x", "run_dir": "/r"}),
    "grpo, generations in the trainer": lambda kc: model_task_pod(
        full_resource(kc), "grpo", {**GRPO_PARAMS, "config_yaml": "max_steps: 2\n"}
    ),
    "grpo, trl vllm-serve container": lambda kc: model_task_pod(
        full_resource(kc), "grpo", {**GRPO_PARAMS, "config_yaml": GRPO_SERVER}
    ),
}


def sent_pod(cluster: Any, kubeconfig: str, case: str) -> dict[str, Any]:
    """The pod body the real PipesK8sClient sends in a real materialization, as the API server gets it."""
    send = POD_CASES[case](kubeconfig)

    @dg.asset
    def step(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        send(context)
        return dg.MaterializeResult()

    result = dg.materialize([step], raise_on_error=False)
    failures = [e.step_failure_data.error.message for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert result.success, failures
    ((_, body),) = cluster.created
    return wire("Pod", "v1", body)


@pytest.mark.parametrize("case", POD_CASES)
def test_every_pod_we_send_is_a_valid_pod(cluster, kubeconfig, case):
    pod = sent_pod(cluster, kubeconfig, case)
    validate(pod)
    containers = pod["spec"]["containers"]
    if case == "grpo, trl vllm-serve container":
        assert [c["name"] for c in containers] == ["olmocr-worker", VLLM_SERVER_CONTAINER]
        assert [c["resources"]["limits"]["nvidia.com/gpu"] for c in containers] == ["3", "1"]
    else:
        assert len(containers) == 1


def test_the_check_has_teeth(cluster, kubeconfig):
    """A misspelled field, a wrong type, a missing required field: each fails against the same schema."""
    pod = sent_pod(cluster, kubeconfig, "ocr, every field")
    misspelled = copy.deepcopy(pod)
    misspelled["spec"]["nodeSelectr"] = misspelled["spec"].pop("nodeSelector")
    wrong_type = copy.deepcopy(pod)
    wrong_type["spec"]["containers"][0]["resources"]["limits"] = [{"nvidia.com/gpu": "4"}]
    no_name = copy.deepcopy(pod)
    del no_name["spec"]["containers"][0]["name"]
    for broken, why in ((misspelled, "nodeSelectr"), (wrong_type, "is not of type 'object'"), (no_name, "'name'")):
        with pytest.raises(kubernetes_validate.ValidationError, match=why):
            validate(broken)


# ------------------------------------------------------------------------- the Helm values, as the chart renders


class UnrenderedKey(ValueError):
    """A values key the chart's templates never read: Helm would drop it without a word."""


def renamed(section: Mapping[str, Any], keys: Mapping[str, str], where: str) -> dict[str, Any]:
    """``section``'s keys renamed as the chart's template renames them; a key it does not read is an error."""
    if unknown := sorted(set(section) - set(keys)):
        raise UnrenderedKey(f"{where}: {unknown} are not read by the chart's templates (known: {sorted(keys)})")
    return {keys[key]: value for key, value in section.items()}


def names(refs: list[Mapping[str, str]]) -> list[str]:
    # The chart renders envSecrets / envConfigMaps ([{name: x}]) as the launcher's plain name lists.
    return [ref["name"] for ref in refs]


# templates/helpers/instance/_run-launcher.tpl ("dagsterYaml.runLauncher.k8s")
K8S_RUN_LAUNCHER_KEYS = {
    "loadInclusterConfig": "load_incluster_config",
    "kubeconfigFile": "kubeconfig_file",
    "jobNamespace": "job_namespace",
    "imagePullPolicy": "image_pull_policy",
    "envConfigMaps": "env_config_maps",
    "envSecrets": "env_secrets",
    "envVars": "env_vars",
    "volumeMounts": "volume_mounts",
    "volumes": "volumes",
    "labels": "labels",
    "resources": "resources",
    "failPodOnRunFailure": "fail_pod_on_run_failure",
    "schedulerName": "scheduler_name",
    "securityContext": "security_context",
    "runK8sConfig": "run_k8s_config",
}
RUN_K8S_CONFIG_KEYS = {
    "containerConfig": "container_config",
    "podSpecConfig": "pod_spec_config",
    "podTemplateSpecMetadata": "pod_template_spec_metadata",
    "jobSpecConfig": "job_spec_config",
    "jobMetadata": "job_metadata",
}
# templates/helpers/instance/_run-coordinator.tpl ("dagsterYaml.runCoordinator.queued")
QUEUED_RUN_COORDINATOR_KEYS = {
    "maxConcurrentRuns": "max_concurrent_runs",
    "tagConcurrencyLimits": "tag_concurrency_limits",
    "dequeueIntervalSeconds": "dequeue_interval_seconds",
    "dequeueUseThreads": "dequeue_use_threads",
    "dequeueNumWorkers": "dequeue_num_workers",
    "blockOpConcurrencyLimitedRuns": "block_op_concurrency_limited_runs",
}
# templates/helpers/instance/_concurrency.tpl ("dagsterYaml.concurrency")
POOLS_KEYS = {
    "defaultLimit": "default_limit",
    "granularity": "granularity",
    "opGranularityRunBuffer": "op_granularity_run_buffer",
}
RUNS_KEYS = {"maxConcurrentRuns": "max_concurrent_runs", "tagConcurrencyLimits": "tag_concurrency_limits"}
# templates/helpers/instance/_postgresql.tpl ("dagsterYaml.postgresql.config"); host from "dagster.postgresql.host"
POSTGRESQL_KEYS = {
    "enabled": "enabled",
    "postgresqlHost": "hostname",
    "postgresqlUsername": "username",
    "postgresqlPassword": "password",
    "postgresqlDatabase": "db_name",
    "postgresqlParams": "params",
    "postgresqlScheme": "scheme",
    "service": "service",
}
# The top-level sections this file renders or checks; anything else in values.yaml is checked by nothing here.
CHECKED_SECTIONS = {"dagster-user-deployments", "runLauncher", "dagsterDaemon", "concurrency", "postgresql"}


def launcher_config(values: Mapping[str, Any]) -> dict[str, Any]:
    launcher = renamed(values["runLauncher"], {"type": "type", "config": "config"}, "runLauncher")
    assert launcher["type"] == "K8sRunLauncher", "deploy/README.md documents the K8sRunLauncher"
    (config,) = renamed(launcher["config"], {"k8sRunLauncher": "k8s"}, "runLauncher.config").values()
    config = renamed(config, K8S_RUN_LAUNCHER_KEYS, "runLauncher.config.k8sRunLauncher")
    for key in ("env_secrets", "env_config_maps"):
        if key in config:
            config[key] = names(config[key])
    if "run_k8s_config" in config:
        config["run_k8s_config"] = renamed(
            config["run_k8s_config"], RUN_K8S_CONFIG_KEYS, "runLauncher.config.k8sRunLauncher.runK8sConfig"
        )
    # What the template always writes, from the release rather than from these values.
    return {
        "load_incluster_config": True,
        "job_namespace": NAMESPACE,
        "service_account_name": RELEASE,
        "dagster_home": "/opt/dagster/dagster_home",
        "instance_config_map": f"{RELEASE}-instance",
        "postgres_password_secret": f"{RELEASE}-postgresql-secret",
        **config,
    }


def postgres_config(values: Mapping[str, Any]) -> dict[str, Any]:
    pg = renamed(values["postgresql"], POSTGRESQL_KEYS, "postgresql")
    port = renamed(pg.get("service", {}), {"port": "port"}, "postgresql.service")["port"]
    return {
        "postgres_db": {
            "username": pg["username"],
            # The chart never writes the password into dagster.yaml: it comes from its Secret.
            "password": {"env": "DAGSTER_PG_PASSWORD"},
            "hostname": f"{RELEASE}-postgresql" if pg.get("enabled", True) else pg["hostname"],
            "db_name": pg["db_name"],
            "port": port,
            "params": pg.get("params", {}),
            **({"scheme": pg["scheme"]} if "scheme" in pg else {}),
        }
    }


def instance_yaml(values: Mapping[str, Any]) -> dict[str, Any]:
    """The dagster.yaml that templates/configmap-instance.yaml renders from these values (its sections that
    these values set; scheduler, compute logs and telemetry keep the chart's defaults)."""
    if unchecked := sorted(set(values) - CHECKED_SECTIONS):
        raise UnrenderedKey(f"top-level values {unchecked} are checked by nothing in tests/assets/test_deploy_specs.py")
    storage = postgres_config(values)
    rendered: dict[str, Any] = {
        "run_launcher": {"module": "dagster_k8s", "class": "K8sRunLauncher", "config": launcher_config(values)},
        **{
            name: {"module": f"dagster_postgres.{module}", "class": cls, "config": storage}
            for name, module, cls in (
                ("run_storage", "run_storage", "PostgresRunStorage"),
                ("event_log_storage", "event_log", "PostgresEventLogStorage"),
                ("schedule_storage", "schedule_storage", "PostgresScheduleStorage"),
            )
        },
    }
    daemon = renamed(values.get("dagsterDaemon", {}), {"runCoordinator": "run_coordinator"}, "dagsterDaemon")
    if coordinator := daemon.get("run_coordinator"):
        coordinator = renamed(coordinator, {"enabled": "enabled", "type": "type", "config": "config"}, "runCoordinator")
        assert coordinator["type"] == "QueuedRunCoordinator"
        config = renamed(coordinator.get("config", {}), {"queuedRunCoordinator": "queued"}, "runCoordinator.config")
        queued = renamed(
            config.get("queued", {}), QUEUED_RUN_COORDINATOR_KEYS, "runCoordinator.config.queuedRunCoordinator"
        )
        if coordinator.get("enabled"):
            rendered["run_coordinator"] = {"module": "dagster._core.run_coordinator", "class": "QueuedRunCoordinator"}
            if queued:  # the template leaves config out when no key is set
                rendered["run_coordinator"]["config"] = queued
    concurrency = renamed(
        values.get("concurrency", {}), {"enabled": "enabled", "pools": "pools", "runs": "runs"}, "concurrency"
    )
    if concurrency.get("enabled"):
        rendered["concurrency"] = {
            key: renamed(concurrency[key], keys, f"concurrency.{key}")
            for key, keys in (("pools", POOLS_KEYS), ("runs", RUNS_KEYS))
            if concurrency.get(key)
        }
    return rendered


def validate_instance_yaml(rendered: Mapping[str, Any], home: Path) -> None:
    """Dagster's own checks: the instance schema (as `dagster` loads $DAGSTER_HOME/dagster.yaml), then each
    configured class's config schema (as the instance does when it loads the class, short of connecting)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(yaml.safe_dump(dict(rendered)))
    config, _ = dagster_instance_config(str(home))
    for section in ("run_launcher", "run_storage", "event_log_storage", "schedule_storage", "run_coordinator"):
        if section not in config:
            continue
        klass = getattr(importlib.import_module(config[section]["module"]), config[section]["class"])
        result = process_config(resolve_to_config_type(klass.config_type()), config[section].get("config") or {})
        if not result.success:
            raise dg.DagsterInvalidConfigError(f"{section} ({klass.__name__})", result.errors, config[section])


@pytest.fixture
def values(monkeypatch) -> dict[str, Any]:
    loaded = yaml.safe_load(VALUES_YAML.read_text())
    # The chart's pods get the database password from its Secret as this env var; the storages read it.
    monkeypatch.setenv("DAGSTER_PG_PASSWORD", loaded["postgresql"]["postgresqlPassword"])
    return loaded


def test_the_instance_config_the_chart_renders_from_our_values_is_valid(values, tmp_path):
    rendered = instance_yaml(values)
    validate_instance_yaml(rendered, tmp_path / "home")
    # What deploy/README.md says the values set, as the instance will read it.
    assert rendered["concurrency"] == {
        "pools": {"granularity": "run", "default_limit": 4},
        "runs": {"max_concurrent_runs": 16},
    }
    assert all(
        rendered[storage]["config"]["postgres_db"]["scheme"] == "postgresql+psycopg2"
        for storage in ("run_storage", "event_log_storage", "schedule_storage")
    )
    assert rendered["run_coordinator"] == {"module": "dagster._core.run_coordinator", "class": "QueuedRunCoordinator"}
    assert rendered["run_launcher"]["config"]["env_secrets"] == ["olmocr-aws"]


@pytest.mark.parametrize(
    ("path", "value", "error"),
    [
        # A misspelled key: Helm would drop it silently, so the section's setting would not be what we wrote.
        (("concurrency", "runs", "maxConcurentRuns"), 16, UnrenderedKey),
        (("runLauncher", "config", "k8sRunLauncher", "runK8sConfig", "containerConfg"), {}, UnrenderedKey),
        # Wrong types, caught by Dagster's schemas.
        (("concurrency", "runs", "maxConcurrentRuns"), "16", dg.DagsterInvalidConfigError),
        # Both run limits: the chart renders it, Dagster refuses the instance (this file's values once did).
        (
            ("dagsterDaemon", "runCoordinator", "config"),
            {"queuedRunCoordinator": {"maxConcurrentRuns": 16}},
            dg.DagsterInvalidConfigError,
        ),
        (("concurrency", "pools", "defaultLimit"), "four", CheckError),  # Dagster checks pools before its schema
        (("postgresql", "service", "port"), "five", dg.DagsterInvalidConfigError),
        (("runLauncher", "config", "k8sRunLauncher", "envVars"), {"A": "b"}, dg.DagsterInvalidConfigError),
    ],
)
def test_a_wrong_key_or_type_in_the_values_fails(values, tmp_path, path, value, error):
    section = values
    for key in path[:-1]:
        section = section[key]
    section[path[-1]] = value
    with pytest.raises(error):
        validate_instance_yaml(instance_yaml(values), tmp_path / "home")


# ----------------------------------------------------------- the code location's pod and the run Job, from values

# charts/dagster-user-deployments/templates/deployment-user.yaml: the deployment keys it renders into the pod.
USER_DEPLOYMENT_KEYS = {
    "name",
    "image",
    "dagsterApiGrpcArgs",
    "port",
    "includeConfigInLaunchedRuns",
    "env",
    "envConfigMaps",
    "envSecrets",
    "resources",
    "nodeSelector",
    "affinity",
    "tolerations",
    "podSecurityContext",
    "securityContext",
    "volumes",
    "volumeMounts",
    "labels",
    "annotations",
    "schedulerName",
}


def user_deployments(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    section = renamed(
        values["dagster-user-deployments"],
        {"enabled": "enabled", "enableSubchart": "enableSubchart", "deployments": "deployments"},
        "dagster-user-deployments",
    )
    for deployment in section["deployments"]:
        renamed(deployment, {key: key for key in USER_DEPLOYMENT_KEYS}, f"deployment {deployment.get('name')}")
    return section["deployments"]


def image_name(deployment: Mapping[str, Any]) -> str:
    return f"{deployment['image']['repository']}:{deployment['image']['tag']}"


def code_location_pod(deployment: Mapping[str, Any]) -> dict[str, Any]:
    """The pod template of the code location's Deployment, with the fields these values feed."""
    env = deployment.get("env", [])
    assert isinstance(env, list), "a dict env goes to a ConfigMap, not into the pod; keep the list form"
    container = {
        "name": "dagster-user-deployments",
        "image": image_name(deployment),
        "imagePullPolicy": deployment["image"].get("pullPolicy"),
        "args": [
            "dagster",
            "api",
            "grpc",
            "-h",
            "0.0.0.0",
            "-p",
            str(deployment["port"]),
            *deployment["dagsterApiGrpcArgs"],
        ],
        "env": [{"name": "DAGSTER_CURRENT_IMAGE", "value": image_name(deployment)}, *env],
        "envFrom": [
            {"configMapRef": {"name": f"{USER_DEPLOYMENTS}-user-deployments-shared-env"}},
            {"configMapRef": {"name": f"{USER_DEPLOYMENTS}-{deployment['name']}-user-env"}},
            *({"configMapRef": ref} for ref in deployment.get("envConfigMaps", [])),
            *({"secretRef": ref} for ref in deployment.get("envSecrets", [])),
        ],
        "resources": deployment.get("resources", {}),
        "securityContext": deployment.get("securityContext", {}),
        "volumeMounts": deployment.get("volumeMounts", []),
    }
    spec = {
        "containers": [container],
        "nodeSelector": deployment.get("nodeSelector", {}),
        "affinity": deployment.get("affinity", {}),
        "tolerations": deployment.get("tolerations", []),
        "securityContext": deployment.get("podSecurityContext", {}),
        "volumes": deployment.get("volumes", []),
    }
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": deployment["name"]}, "spec": spec}


def container_context(deployment: Mapping[str, Any]) -> dict[str, Any]:
    """What the chart hands `dagster api grpc --container-context` with includeConfigInLaunchedRuns: the
    k8s settings every run launched from this code location merges over the launcher's
    (charts/dagster-user-deployments/templates/helpers/_helpers.tpl, "dagsterUserDeployments.k8sContainerContext")."""
    if not deployment.get("includeConfigInLaunchedRuns", {"enabled": True})["enabled"]:
        return {}
    k8s: dict[str, Any] = {
        "image_pull_policy": deployment["image"].get("pullPolicy"),
        "env_config_maps": [
            f"{USER_DEPLOYMENTS}-{deployment['name']}-user-env",
            *names(deployment.get("envConfigMaps", [])),
        ],
        "namespace": NAMESPACE,
        "service_account_name": f"{USER_DEPLOYMENTS}-user-deployments",
    }
    if deployment.get("envSecrets"):
        k8s["env_secrets"] = names(deployment["envSecrets"])
    for key, name in (
        ("volumeMounts", "volume_mounts"),
        ("volumes", "volumes"),
        ("labels", "labels"),
        ("resources", "resources"),
        ("schedulerName", "scheduler_name"),
        ("env", "env"),
    ):
        if deployment.get(key):
            k8s[name] = deployment[key]
    return {"k8s": k8s}


def test_the_code_location_pod_from_our_values_is_valid(values):
    for deployment in user_deployments(values):
        validate(code_location_pod(deployment))


def test_a_wrong_field_in_the_code_location_fails(values):
    (deployment,) = user_deployments(values)
    deployment["resources"] = {"limits": ["2Gi"]}
    with pytest.raises(kubernetes_validate.ValidationError, match="is not of type 'object'"):
        validate(code_location_pod(deployment))
    deployment["nodeSelectr"] = {"pool": "cpu"}
    with pytest.raises(UnrenderedKey, match="nodeSelectr"):
        user_deployments(values)


class JobCapture:
    """The batch API as K8sRunLauncher uses it to create a run's Job."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, Any]] = []

    def create_namespaced_job(self, body: Any, namespace: str, **kwargs: Any) -> None:
        self.jobs.append((namespace, body))


def launched_run_job(values: Mapping[str, Any], kubeconfig: str, job_name: str, tags: Mapping[str, str]) -> dict:
    """The Job the real K8sRunLauncher, configured as the chart renders our values, creates for a run of
    ``job_name`` (with its run tags, where `dagster-k8s/config` would go) launched from our code location."""
    config = launcher_config(values)
    result = process_config(resolve_to_config_type(DagsterK8sJobConfig.config_type_run_launcher()), config)
    assert result.success, result.errors
    batch = JobCapture()
    # Outside a cluster: the fake kubeconfig instead of the in-cluster config, and the captured batch API.
    launcher = K8sRunLauncher(
        **{**result.value, "load_incluster_config": False, "kubeconfig_file": kubeconfig},
        k8s_client_batch_api=batch,
    )
    (deployment,) = user_deployments(values)
    origin = JobPythonOrigin(
        job_name,
        RepositoryPythonOrigin(
            executable_path=sys.executable,
            code_pointer=ModuleCodePointer("olmocr_assets.definitions", "defs", working_directory=None),
            container_image=image_name(deployment),
            container_context=container_context(deployment),
        ),
    )
    with instance_for_test() as instance:
        launcher.register_instance(instance)
        run = create_run_for_test(instance, job_name=job_name, tags=dict(tags), job_code_origin=origin)
        launcher.launch_run(LaunchRunContext(dagster_run=run, workspace=None))
    ((namespace, body),) = batch.jobs
    assert namespace == NAMESPACE
    return wire("Job", "batch/v1", body)


def our_jobs() -> dict[str, Mapping[str, str]]:
    """Every job of the code location with its run tags: a `dagster-k8s/config` tag added to one of them
    reaches the run pod and is validated with it."""
    from olmocr_assets.definitions import load_definitions

    defs = load_definitions()
    return {job.name: dict(job.run_tags or {}) for job in defs.get_repository_def().get_all_jobs()}


def test_the_run_job_for_each_of_our_jobs_is_valid(values, kubeconfig):
    jobs = our_jobs()
    assert jobs
    for name, tags in jobs.items():
        job = launched_run_job(values, kubeconfig, name, tags)
        validate(job)
        (container,) = job["spec"]["template"]["spec"]["containers"]
        assert container["image"] == "registry.example.com/olmocr-platform:0.1.0"
        secrets = [ref["secretRef"]["name"] for ref in container["envFrom"] if "secretRef" in ref]
        assert "olmocr-aws" in secrets
        # The code location's settings reach the run pod (includeConfigInLaunchedRuns) and win over the
        # launcher's key by key: the run pod must still be the size values.yaml gives it under runLauncher.
        assert {var["name"] for var in container["env"]} >= {"OLMOCR_RUNNER", "OLMOCR_GPU_WORKER_IMAGE"}
        run_config = values["runLauncher"]["config"]["k8sRunLauncher"]["runK8sConfig"]
        assert container["resources"] == run_config["containerConfig"]["resources"]


def test_a_wrong_field_in_the_run_job_fails(values, kubeconfig):
    job = launched_run_job(values, kubeconfig, "x", {})
    misspelled = copy.deepcopy(job)
    misspelled["spec"]["ttlSecondsAfterFinishd"] = misspelled["spec"].pop("ttlSecondsAfterFinished", 86400)
    wrong_type = copy.deepcopy(job)
    wrong_type["spec"]["backoffLimit"] = "four"
    for broken, why in ((misspelled, "ttlSecondsAfterFinishd"), (wrong_type, "'four' is not of type 'integer'")):
        with pytest.raises(kubernetes_validate.ValidationError, match=why):
            validate(broken)
    # The Kubernetes client that dagster-k8s builds with knows a newer API than the version we name: a field
    # that came after it (PodSpec.schedulingGroup, 1.36) passes the client and fails only this check.
    run_config = values["runLauncher"]["config"]["k8sRunLauncher"]["runK8sConfig"]
    run_config["podSpecConfig"] = {"schedulingGroup": {"podGroupName": "ocr"}}
    with pytest.raises(kubernetes_validate.ValidationError, match="schedulingGroup"):
        validate(launched_run_job(values, kubeconfig, "x", {}))
    # A wrong field in a run's `dagster-k8s/config` tag is refused by dagster-k8s itself, before any Job.
    with pytest.raises(Exception, match="node_selectr"):
        launched_run_job(values, kubeconfig, "x", {"dagster-k8s/config": '{"pod_spec_config": {"node_selectr": {}}}'})
