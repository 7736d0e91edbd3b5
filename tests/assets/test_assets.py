"""The OCR asset graph on a real (temporary) Dagster instance: collections, plans, groups, checks, report."""

import os
import shutil

import dagster as dg
import polars as pl
import pytest

from olmocr_assets.defs.collections.assets import collection_report, page_groups, pdf_collection
from olmocr_assets.defs.ocr.assets import CHECK_NAME, dolma_documents
from olmocr_assets.lib.environment import groups_per_shard, queued_shards
from olmocr_assets.lib.gpu_runner import GpuRunner
from olmocr_assets.lib.partitions import collection_partitions, shard_partitions
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import read_manifest
from olmocr_core.work.workspace import Workspace
from tests.support.dagster_run import DEFS, run_assets
from tests.support.paths import REPO
from tests.support.pdfgen import DIGITAL_TEXT


def test_definitions_load_and_explain_themselves():
    defs = DEFS
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    ocr = {"pdf_collection", "page_groups", "dolma_documents", "collection_report"}
    models = {"training_data", "sft_checkpoint", "grpo_checkpoint", "prepared_model", "fp8_model", "released_model"}
    search = {"document_chunks", "document_embeddings", "document_entities", "embedding_model"}
    registries = {"model_registry", "dataset_reports"}  # external: written by the stage before, never materialized
    observed = {"embedding_model"}  # external: observed (its revision is its data version), never materialized
    assert keys == ocr | models | search | registries
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description and len(node.description) > 80, key
        name = key.to_user_string()
        assert node.group_name == ("ocr" if name in ocr else "search" if name in search else "models"), key
        assert node.is_materializable == (name not in registries | observed), key
        assert node.is_observable == (name in observed), key
        assert node.owners and node.kinds, key
    # Kinds true of every run: the engine and the storage are chosen at run time, so neither is claimed.
    kinds = {key.to_user_string(): graph.get(key).kinds for key in graph.get_all_asset_keys()}
    for name in (
        "pdf_collection",
        "page_groups",
        "dolma_documents",
        "collection_report",
        "training_data",
        "released_model",
        "document_entities",
    ):
        assert not kinds[name] & {"vllm", "pytorch", "s3"}, name
    dolma = graph.get(dg.AssetKey("dolma_documents"))
    assert dolma.partitions_def == shard_partitions
    # No policy: a backfill launches one run per shard, tagged with its partition (a policy's runs carry ranges).
    assert all(graph.get(dg.AssetKey(name)).backfill_policy is None for name in ("dolma_documents", *search - observed))
    assert dolma.pools == {"olmocr_accelerator"}
    assert [c.name for c in defs.resolve_assets_def("dolma_documents").check_specs] == [CHECK_NAME]
    assert graph.get(dg.AssetKey("page_groups")).parent_keys == {dg.AssetKey("pdf_collection")}
    # A new embedding model makes the chunks (sized in its tokens) and the vectors stale, not the OCR.
    for name in ("document_chunks", "document_embeddings"):
        assert dg.AssetKey("embedding_model") in graph.get(dg.AssetKey(name)).parent_keys, name
    assert dg.AssetKey("embedding_model") not in graph.get(dg.AssetKey("dolma_documents")).parent_keys


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


@pytest.fixture
def collection(tmp_path, sample_pdfs):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("digital", "multipage", "table"):
        shutil.copy(sample_pdfs[name], folder)
    platform = PlatformResource(root=str(tmp_path / "registry"))
    # 3 PDFs of 1, 5 and 1 pages: a group of about 3 pages holds one PDF (mean 2.33 -> 1 per group), and shards of
    # 2 groups make papers/s000000 (digital, multipage) and papers/s000001 (table).
    spec = CollectionSpec(
        name="papers",
        workspace=str(tmp_path / "ws"),
        sources=(SourceSpec(str(folder)),),
        pages_per_group=3,
        groups_per_shard=2,
    )
    platform.registry().save(spec)
    return spec, platform, folder


def materialize(instance, platform, selection, runner="local", **kwargs):
    resources = {
        "platform": platform,
        "ocr": OcrEngineResource(render_workers=1),
        "ocr_runner": GpuRunner(runner=runner),
    }
    return run_assets(selection, resources, instance, **kwargs)


def plan(instance, spec, platform):
    instance.add_dynamic_partitions(collection_partitions.name, [spec.name])
    result = materialize(instance, platform, [pdf_collection, page_groups], partition_key=spec.name)
    assert result.success
    return result


def test_collection_and_plan_keep_what_was_planned(instance, collection, sample_pdfs):
    spec, platform, folder = collection
    result = plan(instance, spec, platform)
    (manifest_event,) = result.asset_materializations_for_node("pdf_collection")
    assert manifest_event.metadata["new_pdfs"].value == 3 and manifest_event.partition == "papers"
    manifest = read_manifest(spec, Storage())
    assert sorted(manifest["path"].to_list()) == sorted(str(p) for p in folder.iterdir())
    assert set(manifest.filter(pl.col("path").str.ends_with("multipage.pdf"))["pages"]) == {5}
    groups = Workspace(spec.workspace, Storage()).read_index()
    assert len(groups) == 3 and all(len(g.paths) == 1 for g in groups)
    assert instance.get_dynamic_partitions(shard_partitions.name) == ["papers/s000000", "papers/s000001"]
    planned = result.asset_materializations_for_node("page_groups")[0].metadata
    assert (planned["groups"].value, planned["shards"].value, planned["groups_per_shard"].value) == (3, 2, 2)
    assert "grown_shard" not in planned

    shutil.copy(sample_pdfs["png"], folder)  # a new document arrives: the tail shard, which held one group, grows
    result = plan(instance, spec, platform)
    assert result.asset_materializations_for_node("pdf_collection")[0].metadata["new_pdfs"].value == 1
    planned = result.asset_materializations_for_node("page_groups")[0].metadata
    assert planned["new_groups"].value == 1 and planned["shards"].value == 2
    assert planned["grown_shard"].value == "papers/s000001" and planned["grown_shard_groups"].value == 2
    after = Workspace(spec.workspace, Storage()).read_index()
    assert after[:3] == groups and after[3].paths == (str(folder / sample_pdfs["png"].name),)
    assert instance.get_dynamic_partitions(shard_partitions.name) == ["papers/s000000", "papers/s000001"]


def range_tags(keys):
    return {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}


def test_a_backfill_run_converts_several_shards_with_metadata_and_a_passing_check(instance, collection):
    spec, platform, folder = collection
    plan(instance, spec, platform)
    keys = instance.get_dynamic_partitions(shard_partitions.name)
    result = materialize(instance, platform, [dolma_documents], tags=range_tags(keys))
    assert result.success
    events = {e.partition: e.metadata for e in result.asset_materializations_for_node("dolma_documents")}
    assert set(events) == set(keys)  # one run, both shards, each with its own numbers
    first, tail = events["papers/s000000"], events["papers/s000001"]
    assert (first["groups"].value, first["groups_converted"].value, first["groups_already_done"].value) == (2, 2, 0)
    assert (first["pages"].value, tail["pages"].value) == (6, 1)  # digital (1) + multipage (5); table (1)
    # Each shard says which groups and PDFs it holds (its key is a number), with their pages.
    pdfs = [f"| `{folder / 'digital.pdf'}` | 1 |", f"| `{folder / 'multipage.pdf'}` | 5 |"]
    assert first["pdfs"].value.splitlines()[2:] == pdfs
    assert tail["pdfs"].value.splitlines()[2:] == [f"| `{folder / 'table.pdf'}` | 1 |"]
    index = Workspace(spec.workspace, Storage()).read_index()
    rows = first["group_table"].value.splitlines()[2:]
    assert [row.split(" | ")[:2] for row in rows] == [[f"| `{g.group_id[:12]}`", "converted"] for g in index[:2]]
    for meta in events.values():
        assert meta["documents"].value == meta["groups"].value and meta["fallback_pages"].value == 0
        assert meta["engine"].value == "cpu" and meta["pages_per_second"].value > 0
        assert "| 1 |" in meta["attempts"].value
        # The cpu engine holds no accelerator: CPU time at a CPU-hour price, and speed from the seconds shown.
        assert meta["accelerator"].value.startswith("none") and "accelerator_seconds" not in meta
        assert meta["cpu_seconds"].value > 0 and meta["usd_per_cpu_hour"].value == OcrEngineResource().cpu_hourly_usd
        assert meta["estimated_usd_per_million_pages"].value > 0
        speed = meta["pages"].value / meta["seconds"].value
        assert meta["pages_per_second"].value == pytest.approx(speed, rel=0.02, abs=0.002)
        assert all(round(v.value, 3) == v.value for v in meta.values() if isinstance(v.value, float))
    (check,) = result.get_asset_check_evaluations()
    assert check.passed and check.metadata["outputs_checked"].value == 3
    workspace = Workspace(spec.workspace, Storage())
    texts = [
        decode_jsonl(open(workspace.output_path(g.group_id), "rb").read(), ".jsonl")[0]["text"]
        for g in workspace.read_index()
    ]
    assert any(DIGITAL_TEXT in text for text in texts)

    report = materialize(instance, platform, [collection_report], partition_key="papers")
    (meta,) = [e.metadata for e in report.asset_materializations_for_node("collection_report")]
    assert meta["groups_done"].value == 3 and meta["groups_remaining"].value == 0 and meta["shards"].value == 2
    assert meta["documents"].value == 3 and meta["pages"].value == 7 and meta["table_pages"].value == 1
    # The cpu engine read every page: all of them kept off the GPU, none sent back, none filtered.
    assert meta["pages_cpu"].value == 7 and meta["share_off_gpu"].value == 1.0
    assert meta["guard_send_back_rate"].value == 0.0 and meta["filtered_documents"].value == 0
    assert meta["pdfs_with_errors"].value == 0 and meta["pdf_errors"].value == "_none_"
    assert "Page groups" in meta["progress"].value
    assert all(round(v.value, 2) == v.value for v in meta.values() if isinstance(v.value, float))


def test_a_rerun_converts_only_the_shards_missing_groups_and_shows_the_recorded_numbers(instance, collection):
    spec, platform, folder = collection
    plan(instance, spec, platform)
    key = instance.get_dynamic_partitions(shard_partitions.name)[0]
    first = materialize(instance, platform, [dolma_documents], partition_key=key)
    (done,) = [e.metadata for e in first.asset_materializations_for_node("dolma_documents")]
    workspace = Workspace(spec.workspace, Storage())
    kept, lost = workspace.read_index()[:2]
    kept_output = workspace.output_path(kept.group_id)
    written, mtime = open(kept_output, "rb").read(), os.stat(kept_output).st_mtime_ns
    os.unlink(workspace.output_path(lost.group_id))  # a group of the shard lost (or never written)

    again = materialize(instance, platform, [dolma_documents], partition_key=key)
    (meta,) = [e.metadata for e in again.asset_materializations_for_node("dolma_documents")]
    assert (meta["groups_converted"].value, meta["groups_already_done"].value) == (1, 1)
    assert open(kept_output, "rb").read() == written and os.stat(kept_output).st_mtime_ns == mtime
    assert workspace.is_done(lost.group_id)
    rows = meta["group_table"].value.splitlines()[2:]
    assert [row.split(" | ")[1] for row in rows] == ["already done", "converted"]
    # The shard's numbers cover both groups: the one converted now and the one its report recorded.
    for name in ("documents", "pages", "fallback_pages", "tokens_out", "engine", "groups"):
        assert meta[name].value == done[name].value, name
    assert meta["pages_per_second"].value > 0 and meta["seconds"].value > 0
    assert "cpu_seconds" not in meta  # measured for this run's group only: the shard's CPU cost is not claimed

    third = materialize(instance, platform, [dolma_documents], partition_key=key)
    (meta,) = [e.metadata for e in third.asset_materializations_for_node("dolma_documents")]
    assert (meta["groups_converted"].value, meta["groups_already_done"].value) == (0, 2)
    assert meta["pages"].value == done["pages"].value


def test_a_shard_key_made_up_in_the_ui_is_removed_with_a_clear_error(instance, collection):
    spec, platform, folder = collection
    plan(instance, spec, platform)
    planned = instance.get_dynamic_partitions(shard_partitions.name)
    # As typed into "Add a partition": a shard past the index, not a shard name, an unknown collection.
    made_up = ["papers/s000099", "papers/0123456789abcdef", "nonsense", "ghost/s000000"]
    instance.add_dynamic_partitions(shard_partitions.name, made_up)
    result = materialize(instance, platform, [dolma_documents], tags=range_tags([planned[-1], made_up[-1]]))
    message = step_error(result)
    assert "were never planned, so they were removed" in message and "materialize page_groups" in message
    assert all(key in message for key in made_up)
    assert instance.get_dynamic_partitions(shard_partitions.name) == planned


def test_the_check_fails_on_a_damaged_output_and_blocks(instance, collection):
    spec, platform, folder = collection
    plan(instance, spec, platform)
    key = instance.get_dynamic_partitions(shard_partitions.name)[0]
    assert materialize(instance, platform, [dolma_documents], partition_key=key).success
    workspace = Workspace(spec.workspace, Storage())
    output = workspace.output_path(workspace.read_index()[0].group_id)
    damaged = open(output, "rb").read()
    with open(output, "wb") as handle:
        handle.write(damaged.replace(b'"source": "olmocr"', b'"source": "elsewhere"'))
    result = materialize(instance, platform, [dolma_documents], partition_key=key)
    (check,) = result.get_asset_check_evaluations()
    assert not check.passed
    assert "source is not 'olmocr'" in check.metadata["problems"].value
    assert not result.success  # blocking: the step fails, so nothing downstream runs on a bad output


@pytest.mark.slow
def test_workspace_yaml_loads_the_code_location(tmp_path):
    """What `dagster dev` and Dagster+ load: workspace.yaml -> olmocr_assets.definitions."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = REPO
    dagster = Path(sys.executable).with_name("dagster")
    result = subprocess.run(
        [str(dagster), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=root,
        env={**os.environ, "DAGSTER_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Validation successful for code location olmocr_platform" in result.stdout + result.stderr


def test_loading_the_code_location_prints_no_warnings():
    """Every olmocr-platform command and every load in the UI imports it: a warning there is noise users
    cannot act on (Dagster's beta warning for backfill_policy was one)."""
    import subprocess
    import sys

    load = "from olmocr_assets.definitions import load_definitions; load_definitions()"
    command = [sys.executable, "-W", "default", "-c", load]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    assert result.stderr == ""


def test_collections_file_adds_a_sensor_per_s3_source(tmp_path, monkeypatch):
    from olmocr_assets.definitions import load_definitions
    from olmocr_assets.lib.environment import watched_collections

    example = tmp_path / "collections.yaml"
    example.write_text(
        "collections:\n  - name: c1\n    workspace: /tmp/ws\n    sources:\n      - path: s3://b/in/\n"
        "        profile: reader\n      - path: /local/pdfs\n"
    )
    monkeypatch.setenv("OLMOCR_COLLECTIONS", str(example))
    loaded = load_definitions()
    dg.Definitions.validate_loadable(loaded)
    names = sorted(sensor.name for sensor in loaded.sensors)
    assert names == ["c1__b_in_s3_sensor", "olmocr_automation_sensor", "olmocr_page_groups_sensor"]
    assert watched_collections()[0].sources[0].profile == "reader"


def test_the_example_collections_file_parses():

    from olmocr_core.work.collections import specs_from_yaml

    (spec,) = specs_from_yaml((REPO / "deploy" / "collections.example.yaml").read_text())
    assert spec.name == "arxiv-2026" and spec.output_format == "jsonl.zst"
    assert [s.profile for s in spec.sources] == ["arxiv-reader", "arxiv-reader"]


@pytest.mark.slow
def test_groups_run_through_pipes_in_a_worker_process(instance, collection):
    """runner=subprocess: the GPU pod's entry point, run locally through Pipes; reports come back as metadata."""
    spec, platform, folder = collection
    plan(instance, spec, platform)
    key = instance.get_dynamic_partitions(shard_partitions.name)[0]
    result = materialize(instance, platform, [dolma_documents], runner="subprocess", partition_key=key)
    assert result.success
    (meta,) = [e.metadata for e in result.asset_materializations_for_node("dolma_documents")]
    assert meta["documents"].value == 2 and meta["groups_converted"].value == 2 and meta["engine"].value == "cpu"
    (check,) = result.get_asset_check_evaluations()
    assert check.passed
    logs = [e.message for e in instance.all_logs(result.run_id) if e.message]
    assert any("page groups to convert" in message for message in logs)  # the worker's log, through Pipes


def test_planning_survives_a_vanished_pdf_and_heals_unregistered_groups(instance, collection):
    spec, platform, folder = collection
    instance.add_dynamic_partitions(collection_partitions.name, [spec.name])
    assert materialize(instance, platform, [pdf_collection], partition_key=spec.name).success
    (folder / "digital.pdf").unlink()  # gone between the scan and the plan
    assert materialize(instance, platform, [page_groups], partition_key=spec.name).success
    groups = Workspace(spec.workspace, Storage()).read_index()
    assert sum(len(g.paths) for g in groups) == 3  # planned anyway; converting it records "missing"
    # A crash after the index was written but before its partitions were registered heals on the next plan.
    lost = instance.get_dynamic_partitions(shard_partitions.name)[0]
    instance.delete_dynamic_partition(shard_partitions.name, lost)
    assert materialize(instance, platform, [page_groups], partition_key=spec.name).success
    assert lost in instance.get_dynamic_partitions(shard_partitions.name)


def test_groups_per_shard_comes_from_the_environment_and_bad_values_name_the_variable():
    assert groups_per_shard({}) == 48
    assert groups_per_shard({"OLMOCR_GROUPS_PER_SHARD": "4"}) == 4
    assert groups_per_shard({"OLMOCR_GROUPS_PER_RUN": "6"}) == 6  # its name before shards
    assert groups_per_shard({"OLMOCR_GROUPS_PER_SHARD": "4", "OLMOCR_GROUPS_PER_RUN": "6"}) == 4
    for name in ("OLMOCR_GROUPS_PER_SHARD", "OLMOCR_GROUPS_PER_RUN"):
        for bad in ("0", "-3", "many", ""):
            with pytest.raises(ValueError, match=f"{name}={bad!r}: give a whole number"):
                groups_per_shard({name: bad})


def test_queued_shards_come_from_the_environment_and_bad_values_name_the_variable():
    assert queued_shards({}) == 16
    assert queued_shards({"OLMOCR_QUEUED_SHARDS": "4"}) == 4
    for bad in ("0", "-2", "four", "", "1.5"):
        with pytest.raises(ValueError, match=f"OLMOCR_QUEUED_SHARDS={bad!r}: give a whole number of shards"):
            queued_shards({"OLMOCR_QUEUED_SHARDS": bad})


# ------------------------------------------------------------------------------------------ all


def test_the_ocr_resource_takes_the_collections_route_and_filter_unless_it_sets_its_own(tmp_path):
    spec = CollectionSpec(
        name="c", workspace=str(tmp_path), route="auto", apply_filter=True, filter_languages=["en", "de"]
    )
    base = OcrEngineResource(server="http://127.0.0.1:1/v1")
    assert base.collection_engine_config(base.engine_config(), spec).route == "auto"
    options = base.group_options(spec)
    assert options.apply_filter and options.filter_languages == ("en", "de")
    own = OcrEngineResource(server="http://127.0.0.1:1/v1", route="cpu", apply_filter=False, filter_languages=["fr"])
    assert own.collection_engine_config(own.engine_config(), spec).route == "cpu"
    options = own.group_options(spec)
    assert not options.apply_filter and options.filter_languages == ("fr",)
    assert (
        OcrEngineResource()
        .collection_engine_config(OcrEngineResource().engine_config(), CollectionSpec("d", "w"))
        .route
        == "vlm"
    )


# ------------------------------------------------------------------------- registering from the UI


def step_error(result: dg.ExecuteInProcessResult) -> str:
    (failure,) = result.get_step_failure_events()
    return failure.step_failure_data.error.message


def test_a_collection_is_registered_from_the_launchpad_config(instance, tmp_path, sample_pdfs):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    shutil.copy(sample_pdfs["digital"], folder)
    platform = PlatformResource(root=str(tmp_path / "registry"))
    instance.add_dynamic_partitions(collection_partitions.name, ["uitry"])
    config = {
        "workspace": str(tmp_path / "ws"),
        "sources": [{"path": str(folder)}],
        "pages_per_group": 3,
        "route": "auto",
        "apply_filter": True,
        "filter_languages": ["en", "de"],
    }
    result = materialize(
        instance,
        platform,
        [pdf_collection, page_groups],
        partition_key="uitry",
        run_config={"ops": {"pdf_collection": {"config": config}}},
    )
    assert result.success
    spec = platform.collection("uitry")
    assert spec.workspace == str(tmp_path / "ws") and spec.sources == (SourceSpec(str(folder)),)
    assert (spec.route, spec.apply_filter, spec.filter_languages) == ("auto", True, ("en", "de"))
    assert instance.get_dynamic_partitions(shard_partitions.name) == ["uitry/s000000"]
    # Registered: later runs need no config, and a workspace of another collection's is refused.
    assert materialize(instance, platform, [pdf_collection], partition_key="uitry").success
    elsewhere = {"ops": {"pdf_collection": {"config": {**config, "workspace": str(tmp_path / "other")}}}}
    refused = materialize(instance, platform, [pdf_collection], partition_key="uitry", run_config=elsewhere)
    assert "is registered with workspace" in step_error(refused)
    assert "uitry" in instance.get_dynamic_partitions(collection_partitions.name)  # a real collection stays


def test_an_unregistered_collection_says_how_to_register_it_and_leaves_no_partition(instance, tmp_path):
    platform = PlatformResource(root=str(tmp_path / "registry"))
    instance.add_dynamic_partitions(collection_partitions.name, ["uitry"])
    result = materialize(instance, platform, [pdf_collection], partition_key="uitry")
    message = step_error(result)
    assert "collection 'uitry' is not registered" in message
    assert "olmocr-platform run /data/pdfs/ --workspace /data/olmocr/uitry --collection uitry" in message
    assert "register_collection" in message and "pdf_collection:\n    config:\n      workspace:" in message
    assert instance.get_dynamic_partitions(collection_partitions.name) == []

    instance.add_dynamic_partitions(collection_partitions.name, ["uitry"])
    bad = {"workspace": str(tmp_path / "ws"), "sources": [{"path": str(tmp_path)}], "route": "gpu"}
    result = materialize(
        instance,
        platform,
        [pdf_collection],
        partition_key="uitry",
        run_config={"ops": {"pdf_collection": {"config": bad}}},
    )
    assert "route 'gpu' is not one of vlm, cpu, auto" in step_error(result)
    assert instance.get_dynamic_partitions(collection_partitions.name) == []
    assert not platform.registry().exists("uitry")


def test_the_register_collection_launchpad_opens_with_a_valid_example():
    job = DEFS.resolve_job_def("register_collection")
    example = job.partitioned_config.get_run_config_for_partition_key("my-collection")
    config = example["ops"]["pdf_collection"]["config"]
    assert config["workspace"] == "/data/olmocr/my-collection" and config["sources"] == [{"path": "/data/pdfs/"}]
    assert config["route"] == "vlm" and config["filter_languages"] == ["en"]
    dg.validate_run_config(job, example)


def test_collection_report_is_requested_for_a_new_collection_and_after_groups_are_converted(instance):
    sensor = DEFS.resolve_sensor_def("olmocr_automation_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    report = dg.AssetKey("collection_report")

    def evaluate(cursor=None):
        result = dg.evaluate_automation_conditions(defs=DEFS, instance=instance, cursor=cursor)
        return result, {key for key in result.get_requested_partitions(report)}

    result, requested = evaluate()  # the sensor's first tick, before any collection
    instance.add_dynamic_partitions(collection_partitions.name, ["papers"])
    instance.add_dynamic_partitions(shard_partitions.name, ["papers/s000000", "papers/s000001"])
    result, requested = evaluate(result.cursor)
    assert requested == {"papers"}  # a new collection gets its report
    instance.report_runless_asset_event(dg.AssetMaterialization(report, partition="papers"))
    result, requested = evaluate(result.cursor)
    assert requested == set() and result.total_requested == 0
    # One shard converted, the other still to do: the report is refreshed with the progress so far.
    instance.report_runless_asset_event(
        dg.AssetMaterialization(dg.AssetKey("dolma_documents"), partition="papers/s000000")
    )
    result, requested = evaluate(result.cursor)
    assert requested == {"papers"}
