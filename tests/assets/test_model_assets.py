"""The model lifecycle as Dagster assets: registration, the GPU pod a training step sends, and the whole chain
from generated training pages to a released model that `olmocr-platform run` then reads pages with."""

import json
import shutil
from pathlib import Path

import dagster as dg
import kubernetes
import pytest
import yaml
from dagster_pipes import DAGSTER_PIPES_CONTEXT_ENV_VAR, decode_env_var

from olmocr_assets.defs.models.assets import (
    AGREEMENT_CHECK,
    SCORE_CHECK,
    fp8_model,
    grpo_checkpoint,
    prepared_model,
    released_model,
    sft_checkpoint,
)
from olmocr_assets.defs.models.tasks import grpo_pod_spec, run_model_task
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.kubernetes import KubernetesGpuResource
from olmocr_assets.lib.partitions import (
    grpo_run_partitions,
    model_candidate_partitions,
    training_dataset_partitions,
    training_run_partitions,
)
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_core.common.errors import ConfigError, EngineError
from olmocr_core.models.files import COMPLETE_MARKER
from olmocr_core.models.store import CandidateSpec, ModelStore, check_name
from olmocr_core.train import lifecycle
from tests.support.bench_pages import write_learnable_bench
from tests.support.dagster_run import ASSETS, DEFS, run_assets
from tests.support.tiny_qwen import build_tiny_qwen25vl
from tests.support.training_pages import write_training_pages
from tests.support.vllm_fixtures import TINY_VLLM_ARGS, skip_if_vllm_had_no_fp8_matmul

MODEL_ASSETS = [a for a in ASSETS if next(iter(a.specs)).group_name == "models"]
PAGE_TEXTS = ("Invoice number 4471 is due in March.", "Minutes of the harbour board meeting.")


def run_yaml(base: Path, pages: Path, *, steps: int = 80, dataset: str = "pages") -> str:
    return yaml.safe_dump(
        {
            "model": {"base": str(base)},
            "data": {"train": [{"name": dataset, "root": str(pages)}]},
            "training": {
                "batch_size": len(PAGE_TEXTS),  # one page a step mixes the pages' texts up (test_train_loop)
                "learning_rate": 5e-3,
                "lr_scheduler": "cosine",
                "warmup_steps": 5,
                "max_steps": steps,
                "save_steps": 40,
                "save_total_limit": 2,
                "seed": 7,
            },
        }
    )


@pytest.fixture(scope="module")
def base_model(tmp_path_factory) -> Path:
    return build_tiny_qwen25vl(tmp_path_factory.mktemp("base") / "model", train_steps=0)


@pytest.fixture
def pages(tmp_path) -> Path:
    write_training_pages(tmp_path / "pages", PAGE_TEXTS)
    return tmp_path / "pages"


# ------------------------------------------------------------------------------------------ the catalogue


def test_the_lineage_from_training_pages_to_dolma_documents_is_one_graph():
    graph = DEFS.resolve_asset_graph()
    parents = {
        key.to_user_string(): {p.to_user_string() for p in graph.get(key).parent_keys}
        for key in graph.get_all_asset_keys()
    }
    assert parents["sft_checkpoint"] == {"dataset_reports"} and parents["dataset_reports"] == {"training_data"}
    assert parents["grpo_checkpoint"] == {"sft_checkpoint"}
    assert parents["prepared_model"] == {"sft_checkpoint", "grpo_checkpoint"}
    assert parents["fp8_model"] == {"prepared_model"}
    assert parents["released_model"] == {"fp8_model"}
    assert parents["model_registry"] == {"released_model"} and "model_registry" in parents["dolma_documents"]

    # The UI asks "Are you sure? ... upstream assets have not been materialized yet" about a parent that is
    # materializable and was never materialized: the registries between are not, so a fresh deployment
    # materializes dolma_documents (after its page groups) and sft_checkpoint without that question.
    def asked_about(key: str) -> set[str]:
        return {p for p in parents[key] if graph.get(dg.AssetKey(p)).is_materializable}

    assert asked_about("dolma_documents") == {"page_groups"} and asked_about("sft_checkpoint") == set()
    for asset in MODEL_ASSETS:
        spec = next(iter(asset.specs))
        assert spec.group_name == "models" and spec.owners and spec.kinds and len(spec.description) > 80
    checks = {key.name for key in fp8_model.check_keys}
    assert checks == {AGREEMENT_CHECK, SCORE_CHECK}
    assert all(spec.blocking for spec in fp8_model.check_specs)


def config_fields(config_type, path=""):
    """Every field of a run config schema, as (path, field), depth first."""
    for name, field in getattr(config_type, "fields", {}).items():
        yield f"{path}.{name}", field
        inner = field.config_type
        while hasattr(inner, "inner_type"):  # optional and list types wrap the shape
            inner = inner.inner_type
        yield from config_fields(inner, f"{path}.{name}")


def test_the_model_launchpads_say_how_to_launch():
    from olmocr_assets.defs.models.config import GRPO_EXAMPLE, RELEASE_EXAMPLE, SFT_EXAMPLE

    for job, example, asset in (
        ("train_model", SFT_EXAMPLE, sft_checkpoint),
        ("train_grpo", GRPO_EXAMPLE, grpo_checkpoint),
        ("release_model", RELEASE_EXAMPLE, prepared_model),
    ):
        dg.validate_run_config(DEFS.resolve_job_def(job), yaml.safe_load(example))  # the example launches
        assert f"```yaml\n{example}```" in next(iter(asset.specs)).description
    for job in DEFS.jobs:
        schema = DEFS.resolve_job_def(job.name).run_config_schema.config_type
        for path, field in config_fields(schema):
            # Markdown, not reST; no empty-string default that says nothing.
            assert "``" not in (field.description or ""), path
            assert not (field.default_provided and field.default_value == ""), path
        # No GPU pod settings beside `runner: local` (the default deployment has no kubernetes runner).
        assert not [path for path, _ in config_fields(schema) if path.startswith(".resources.k8s.config.")], job.name
    # Scored or refused: bench_dir is a required field, not an empty default that fails the check.
    bench_dir = fp8_model.op.config_schema.config_type.fields["bench_dir"]
    assert bench_dir.is_required and "Required" in bench_dir.description


def test_the_launchpad_shows_a_runs_sections_field_by_field():
    """sft_checkpoint's config: the run's sections as typed fields (from olmocr_core's config dataclasses),
    written as the YAML the run registers; the YAML text stays an alternative, not both at once."""
    import dataclasses

    from olmocr_assets.defs.models.config import GrpoRunConfig, SftRunConfig
    from olmocr_core.train.config import TrainingConfig, load_train_config
    from olmocr_core.train.data import default_pipeline
    from olmocr_core.train.grpo import load_grpo_config

    training = sft_checkpoint.op.config_schema.config_type.fields["training"].config_type.inner_type
    assert set(training.fields) == {f.name for f in dataclasses.fields(TrainingConfig)}
    typed = SftRunConfig(
        model={"base": "/models/base", "lora": {"rank": 8}},
        data={"train": [{"name": "pages", "root": "/data/pages"}]},
        training={"max_steps": 5, "learning_rate": 1e-4, "lr_scheduler": "linear"},
    )
    run = load_train_config(typed.run_text())
    assert (run.model.lora.rank, run.model.lora.alpha, run.training.max_steps) == (8, 32, 5)
    assert run.training.lr_scheduler == "linear" and run.data.train[0].pipeline == default_pipeline()
    assert SftRunConfig(run_yaml=typed.run_text()).run_text() == typed.run_text()
    with pytest.raises(ConfigError, match="not both"):
        SftRunConfig(run_yaml="model: {base: x}", training={"max_steps": 1}).run_text()
    grpo = GrpoRunConfig(sft_run="r1", settings={"num_generations": 4, "rewards": {"eos": 0.5}})
    assert load_grpo_config(grpo.settings_text()).num_generations == 4
    assert load_grpo_config(grpo.settings_text()).rewards.eos == 0.5


# ------------------------------------------------------------------------------------------ registration


def test_names_cannot_leave_the_model_store(tmp_path):
    for name in ("..", "../x", "a/b", "", ".hidden", "x" * 200, "a\x00b"):
        with pytest.raises(ConfigError, match="name"):
            check_name("training run", name)
    store = ModelStore(tmp_path)
    with pytest.raises(ConfigError):
        store.run_dir("../../etc")
    assert store.run_dir("run-1.a_b").parent == tmp_path / "runs"


def test_a_run_registers_its_datasets_once_and_keeps_its_configuration(tmp_path, base_model, pages):
    store = ModelStore(tmp_path / "models")
    first = run_yaml(base_model, pages)
    assert lifecycle.register_run(store, "r1", first) == ["pages"]
    assert store.run_config("r1") == first
    # Another run may name the same dataset with the same definition, not another one.
    lifecycle.register_run(store, "r2", run_yaml(base_model, pages, steps=10))
    with pytest.raises(ConfigError, match="another definition"):
        lifecycle.register_run(store, "r3", run_yaml(base_model, tmp_path / "elsewhere"))
    # Once a run has checkpoints its configuration is fixed.
    (store.run_dir("r1") / "checkpoint-5").mkdir(parents=True)
    with pytest.raises(ConfigError, match="already has checkpoints"):
        store.save_run_config("r1", run_yaml(base_model, pages, steps=99))
    with pytest.raises(ConfigError, match="materialize training_data"):
        lifecycle.check_datasets_ready(store, first)


def test_an_unregistered_dataset_says_how_to_register_it_and_leaves_no_partition(tmp_path):
    platform = PlatformResource(root=str(tmp_path / "registry"))
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(training_dataset_partitions.name, ["uitry"])
        result = run_assets(["training_data"], {"platform": platform}, instance, partition_key="uitry")
        (failure,) = result.get_step_failure_events()
        message = failure.step_failure_data.error.message
        assert "dataset 'uitry' is not registered" in message and "olmocr-platform train run.yaml" in message
        assert "training_data:\n    config:\n      spec_yaml:" in message and "name: uitry" in message
        assert instance.get_dynamic_partitions(training_dataset_partitions.name) == []
        # A YAML that does not define the partition's dataset registers nothing either.
        instance.add_dynamic_partitions(training_dataset_partitions.name, ["uitry"])
        other = yaml.safe_dump({"model": {"base": str(tmp_path)}, "data": {"train": [{"name": "other", "root": "x"}]}})
        config = {"ops": {"training_data": {"config": {"spec_yaml": other}}}}
        result = run_assets(
            ["training_data"], {"platform": platform}, instance, partition_key="uitry", run_config=config
        )
        assert not result.success
        assert instance.get_dynamic_partitions(training_dataset_partitions.name) == []
        assert not platform.model_store().has_dataset("uitry")


def test_validation_reads_only_pages_that_have_their_pdf(tmp_path, base_model, pages):
    store = ModelStore(tmp_path / "models")
    lifecycle.register_run(store, "r1", run_yaml(base_model, pages))
    store.save_candidate(CandidateSpec(name="c", runs=("r1",), method="single"))
    (pages / "0-stray.md").write_text("a transcription whose PDF was never added")
    chosen = lifecycle.validation_pages(store, "c", count=10)
    assert chosen == [(pdf, 1) for pdf in sorted(pages.rglob("*.pdf"))]
    for pdf in pages.rglob("*.pdf"):
        pdf.unlink()
    with pytest.raises(ConfigError, match="no pages to validate on"):
        lifecycle.validation_pages(store, "c", count=10)


def test_the_bench_score_serves_the_model_with_the_validation_vllm_args(tmp_path, monkeypatch):
    from olmocr_core.evaluation import benchmark

    served = []

    def score(bench_dir, config):
        served.append(config)
        return benchmark.BenchScore(outcomes=())  # no decided test: 0.0

    monkeypatch.setattr(benchmark, "evaluate_engine_on_bench", score)
    settings = lifecycle.ValidationSettings(bench_dir=str(tmp_path), vllm_args=("--enforce-eager",))
    outcome = lifecycle.ValidationOutcome(agreement_passed=True, score_passed=False)
    lifecycle._score(ModelStore(tmp_path / "models"), "c", tmp_path / "fp8", settings, outcome)
    (config,) = served
    assert (config.engine, config.model) == ("vlm", str(tmp_path / "fp8"))
    assert config.managed.extra_args == ("--enforce-eager",)
    assert outcome.score_passed and outcome.scores["bench"] == 0.0  # no current release: the floor is 0


def test_a_resource_naming_a_model_and_a_released_model_is_refused():
    # It would load one and write the other into every document's lineage.
    resource = OcrEngineResource(engine="vlm", model="/models/other", released_model="tiny-v1")
    with pytest.raises(EngineError, match="give one"):
        resource.engine_config()
    served = OcrEngineResource(server="http://127.0.0.1:1/v1", model="olmocr", released_model="tiny-v1")
    assert served.engine_config().released_model == "tiny-v1"  # with a server, model is the served name


def test_candidates_are_checked_before_anything_runs():
    with pytest.raises(ConfigError, match="at least two runs"):
        CandidateSpec(name="c", runs=("r1",), method="soup")
    with pytest.raises(ConfigError, match="takes one run"):
        CandidateSpec(name="c", runs=("r1", "r2"), method="merge")
    with pytest.raises(ConfigError, match="method"):
        CandidateSpec(name="c", runs=("r1",), method="average")


# ------------------------------------------------------------------------------------------ the GPU pod


def test_a_training_step_sends_this_pod(cluster, kubeconfig, tmp_path, base_model, pages):
    """With ``runner: kubernetes`` the step sends a GPU pod running the lifecycle's task module, with the
    run's configuration in the Pipes extras (the fake cluster runs nothing, so the step then fails)."""
    platform = PlatformResource(root=str(tmp_path / "platform"))
    store = platform.model_store()
    config = run_yaml(base_model, pages)
    lifecycle.register_run(store, "r1", config)
    store.save_dataset_report("pages", {"samples": 2})
    k8s = KubernetesGpuResource(
        image="registry.example.com/olmocr-gpu-worker:2", gpu_count=8, kubeconfig_file=kubeconfig
    )
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(training_run_partitions.name, ["r1"])
    resources = {"platform": platform, "model_runner": GpuRunner(runner="kubernetes"), "k8s": k8s}
    result = run_assets([sft_checkpoint], resources, instance, partition_key="r1")
    assert not result.success  # no pod ran, so no result came back
    ((_, body),) = cluster.created
    pod = kubernetes.client.ApiClient().sanitize_for_serialization(body)
    (container,) = pod["spec"]["containers"]
    assert container["command"] == ["python", "-m", "olmocr_assets.pods.model_tasks"]
    assert container["image"] == "registry.example.com/olmocr-gpu-worker:2"
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "8"
    env = {var["name"]: var["value"] for var in container["env"]}
    extras = decode_env_var(env[DAGSTER_PIPES_CONTEXT_ENV_VAR])["data"]["extras"]
    assert extras == {"task": "sft", "params": {"run_yaml": config, "run_dir": str(store.run_dir("r1"))}}


# ------------------------------------------------------------------------------------------ the whole chain


def write_bench(directory: Path, pages: Path) -> Path:
    """An olmOCR-Bench folder over the training pages: each page's text must be present."""
    (directory / "pdfs").mkdir(parents=True)
    tests = []
    for index, text in enumerate(PAGE_TEXTS):
        pdf = pages / f"page-{index}.pdf"
        (directory / "pdfs" / pdf.name).write_bytes(pdf.read_bytes())
        tests.append({"pdf": pdf.name, "page": 1, "id": f"present-{index}", "type": "present", "text": text})
        tests.append({"pdf": pdf.name, "page": 1, "id": f"baseline-{index}", "type": "baseline"})
    (directory / "tests.jsonl").write_text("".join(json.dumps(t) + "\n" for t in tests))
    return directory


@pytest.mark.vllm
@pytest.mark.slow
def test_training_pages_to_a_released_model_that_reads_them(tmp_path, base_model, pages, vllm_env, monkeypatch):
    """A tiny model trained from scratch through the assets, prepared, quantized to FP8, validated under vLLM
    against transformers, scored, and released; `olmocr-platform run --released-model` then writes Dolma
    documents whose text is what it learned and whose lineage names the release."""
    from olmocr_assets import cli

    root = tmp_path / "platform"
    monkeypatch.setenv("OLMOCR_PLATFORM_ROOT", str(root))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    config = tmp_path / "run.yaml"
    config.write_text(run_yaml(base_model, pages))
    bench = write_bench(tmp_path / "bench", pages)

    assert cli.main(["train", str(config), "--run", "r1"]) == 0
    release = ["release", "tiny-v1", "--runs", "r1", "--bench-dir", str(bench), "--bench-engine", "hf"]
    if cli.main([*release, "--validation-pages", "2", *TINY_VLLM_ARGS]) != 0:
        skip_if_vllm_had_no_fp8_matmul(ModelStore(root / "models").candidate_dir("tiny-v1") / "logs")
        pytest.fail("olmocr-platform release failed")

    instance = dg.DagsterInstance.get()
    jobs = [record.dagster_run.job_name for record in instance.get_run_records()]
    assert sorted(jobs) == ["prepare_training_data", "release_model", "train_model"]  # named: re-executable
    data = instance.get_latest_materialization_event(dg.AssetKey("training_data")).asset_materialization
    assert data.metadata["samples"].value == 2
    sft = instance.get_latest_materialization_event(dg.AssetKey("sft_checkpoint")).asset_materialization
    assert sft.partition == "r1" and sft.metadata["final_train_loss"].value < 0.05
    assert "train loss" in sft.metadata["loss_curve"].value
    checks = instance.event_log_storage.get_latest_asset_check_execution_by_key(
        [dg.AssetCheckKey(dg.AssetKey("fp8_model"), name) for name in (AGREEMENT_CHECK, SCORE_CHECK)]
    )
    assert all(execution.status.value == "SUCCEEDED" for execution in checks.values()), checks
    store = ModelStore(root / "models")
    record = store.released("tiny-v1")
    released = instance.get_latest_materialization_event(dg.AssetKey("released_model")).asset_materialization
    assert released.metadata["checksum"].value == record.checksum
    assert record.lineage["runs"]["r1"]["datasets"] == ["pages"]
    assert record.scores["bench"] == 1.0
    assert store.validation("tiny-v1")["agreement"]["mismatched_pages"] == 0

    workspace = tmp_path / "ocr"
    code = cli.main(
        ["run", str(pages), "--workspace", str(workspace), "--engine", "hf", "--released-model", "tiny-v1", "--quiet"]
    )
    assert code == 0
    documents = [
        json.loads(line)
        for path in (workspace / "results").glob("output_*.jsonl")
        for line in path.read_text().splitlines()
    ]
    by_source = {Path(d["metadata"]["Source-File"]).name: d for d in documents}
    assert {name: d["text"] for name, d in by_source.items()} == {
        f"page-{i}.pdf": text for i, text in enumerate(PAGE_TEXTS)
    }
    for document in documents:
        assert document["metadata"]["lineage"]["released_model"] == "tiny-v1"
        assert document["metadata"]["lineage"]["model_revision"] == record.checksum


# ------------------------------------------------------------------------------------------ GRPO

GRPO_YAML = """
learning_rate: 1.0e-3
lr_scheduler: constant
num_generations: 8
pages_per_step: 2
temperature: 1.8
max_completion_length: 48
max_steps: 20
seed: {seed}
rewards: {{unit_tests: 1.0, front_matter: 1.0, eos: 1.0}}
"""


def test_a_grpo_step_with_a_vllm_server_gives_it_one_gpu(cluster, kubeconfig, tmp_path):
    """GRPO whose generations come from a vLLM server: the pod's first container trains on all GPUs but one
    (and speaks Pipes), the second serves `trl vllm-serve` on the pod's loopback with the last GPU."""
    config = (
        GRPO_YAML.format(seed=1)
        + "generation: {backend: vllm, vllm_mode: server, vllm_server_url: 'http://127.0.0.1:8011'}\n"
    )
    params = {
        "config_yaml": config,
        "model_dir": "/models/runs/sft/checkpoint-9/model",
        "data_dir": "/d",
        "output_dir": "/o",
    }
    k8s = KubernetesGpuResource(image="worker:3", gpu_count=8, kubeconfig_file=kubeconfig)

    @dg.asset
    def grpo_step(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
        run_model_task(context, GpuRunner(runner="kubernetes"), k8s, "grpo", params)
        return dg.MaterializeResult()

    assert not dg.materialize([grpo_step], raise_on_error=False).success  # the fake cluster runs nothing
    ((_, body),) = cluster.created
    trainer, server = kubernetes.client.ApiClient().sanitize_for_serialization(body)["spec"]["containers"]
    assert trainer["command"] == ["python", "-m", "olmocr_assets.pods.model_tasks"]
    assert trainer["resources"]["limits"]["nvidia.com/gpu"] == "7"
    assert server["name"] == "vllm-server" and server["image"] == "worker:3"
    assert server["command"] == [
        "trl",
        "vllm-serve",
        "--model",
        params["model_dir"],
        "--host",
        "127.0.0.1",
        "--port",
        "8011",
    ]
    assert server["resources"]["limits"]["nvidia.com/gpu"] == "1"
    extras = decode_env_var({v["name"]: v["value"] for v in trainer["env"]}[DAGSTER_PIPES_CONTEXT_ENV_VAR])["data"][
        "extras"
    ]
    assert extras == {"task": "grpo", "params": params}
    colocated = grpo_pod_spec({"containers": [trainer]}, {**params, "config_yaml": GRPO_YAML.format(seed=1)})
    assert len(colocated["containers"]) == 1  # generations in the trainer: the plain pod
    with pytest.raises(dg.Failure, match="127.0.0.1:PORT"):
        grpo_pod_spec(
            {"containers": [trainer]}, {**params, "config_yaml": config.replace("127.0.0.1", "vllm.internal")}
        )


@pytest.mark.vllm
@pytest.mark.slow
def test_grpo_seeds_raise_the_reward_and_their_soup_is_validated(tmp_path, tiny_model_dir, vllm_env, monkeypatch):
    """Two GRPO seeds from the tiny SFT model raise the mean reward on their pages (asset metadata), and their
    soup goes through prepare, FP8 and the vLLM-against-transformers check like any other candidate."""
    root = tmp_path / "platform"
    platform = PlatformResource(root=str(root))
    store = platform.model_store()
    # The tiny model stands for a finished SFT run (its checkpoint layout, its configuration).
    pages = tmp_path / "pages"
    write_training_pages(pages, PAGE_TEXTS)
    store.save_run_config("sft", run_yaml(tiny_model_dir, pages))
    checkpoint = store.run_dir("sft") / "checkpoint-1"
    shutil.copytree(tiny_model_dir, checkpoint / "model")
    (checkpoint / COMPLETE_MARKER).write_text("")
    data = write_learnable_bench(tmp_path / "grpo-data")

    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(grpo_run_partitions.name, ["seed-1", "seed-2"])
    instance.add_dynamic_partitions(model_candidate_partitions.name, ["grpo-soup"])
    resources = {"platform": platform}

    def materialize(asset, key: str, config: dict, succeeds: bool = True) -> dg.ExecuteInProcessResult:
        run_config = {"ops": {asset.op.name: {"config": config}}}
        result = run_assets([asset], resources, instance, partition_key=key, run_config=run_config)
        assert result.success == succeeds
        return result

    for seed in (1, 2):
        config = {"sft_run": "sft", "data_dir": str(data), "config_yaml": GRPO_YAML.format(seed=seed)}
        result = materialize(grpo_checkpoint, f"seed-{seed}", config)
        meta = result.asset_materializations_for_node("grpo_checkpoint")[0].metadata
        # The metadata tells the run's own curve (whether GRPO raises the reward is tests/core/train/test_grpo.py's question,
        # asked on fresh samples: one sampled curve depends on the CPU's float rounding).
        records = [
            json.loads(line) for line in (store.run_dir(f"seed-{seed}") / "metrics.jsonl").read_text().splitlines()
        ]
        rewards = [record["reward"] for record in records if "reward" in record]
        assert meta["steps"].value == len(rewards) == 20
        window = len(rewards) // 4
        assert meta["mean_reward_first_steps"].value == pytest.approx(sum(rewards[:window]) / window, abs=1e-6)
        assert meta["mean_reward_last_steps"].value == pytest.approx(sum(rewards[-window:]) / window, abs=1e-6)
        assert "mean reward" in meta["reward_curve"].value
    materialize(prepared_model, "grpo-soup", {"runs": ["seed-1", "seed-2"]})
    assert store.candidate("grpo-soup").method == "soup"
    validation = {"pages": 2, "max_tokens": 32, "vllm_args": list(TINY_VLLM_ARGS), "bench_dir": ""}
    # vLLM and transformers agree on the soup; with no bench (bench_dir given, but empty) nothing is released
    # unscored: the failed blocking check fails the step, so released_model cannot follow.
    checked = materialize(fp8_model, "grpo-soup", validation, succeeds=False)
    outcomes = {e.check_name: e.passed for e in checked.get_asset_check_evaluations()}
    if not outcomes:
        skip_if_vllm_had_no_fp8_matmul(store.candidate_dir("grpo-soup") / "logs")
    assert outcomes == {AGREEMENT_CHECK: True, SCORE_CHECK: False}
    assert store.validation("grpo-soup")["agreement"]["differing_pages"] == 0
    materialize(released_model, "grpo-soup", {}, succeeds=False)
    assert not store.releases()
    lineage = lifecycle.release_lineage(store, "grpo-soup")
    assert lineage["runs"]["seed-1"]["grpo_from"] == "sft" and lineage["method"] == "soup"
