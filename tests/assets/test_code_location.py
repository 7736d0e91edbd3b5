"""The code location as Dagster's own tools see it (`dg list defs`, `dg check defs`), and a snapshot of every
asset spec: a change to the graph (keys, deps, partitions, checks, kinds, owners, groups, pools, jobs) fails
here until the snapshot is regenerated with UPDATE_SNAPSHOTS=1, so it shows as a reviewed diff."""

import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg

from tests.support.dagster_run import DEFS
from tests.support.paths import REPO

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_specs.json"
ASSET_KEYS = {
    "pdf_collection",
    "page_groups",
    "dolma_documents",
    "collection_report",
    "training_data",
    "sft_checkpoint",
    "grpo_checkpoint",
    "prepared_model",
    "fp8_model",
    "released_model",
    "document_chunks",
    "document_embeddings",
    "document_entities",
    # External: the registries written by the stage before (no "upstream not materialized" question).
    "model_registry",
    "dataset_reports",
    # External and observed: the embedding model, whose revision is its data version.
    "embedding_model",
}
# What an instance made before stores its partitions and materializations under: these never change.
PARTITIONS = {
    "pdf_collection": "olmocr_collections",
    "page_groups": "olmocr_collections",
    "collection_report": "olmocr_collections",
    # Shards since issue 20: `olmocr-platform migrate-shards` carries an instance's page-group outputs over.
    "dolma_documents": "olmocr_shards",
    "document_chunks": "olmocr_shards",
    "document_embeddings": "olmocr_shards",
    "document_entities": "olmocr_shards",
    "training_data": "olmocr_training_datasets",
    "sft_checkpoint": "olmocr_training_runs",
    "grpo_checkpoint": "olmocr_grpo_runs",
    "prepared_model": "olmocr_model_candidates",
    "fp8_model": "olmocr_model_candidates",
    "released_model": "olmocr_model_candidates",
    "model_registry": None,
    "embedding_model": None,
    "dataset_reports": None,
}


def asset_specs(defs: dg.Definitions) -> dict:
    graph = defs.resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        assets[key.to_user_string()] = {
            "deps": sorted(parent.to_user_string() for parent in node.parent_keys),
            "partitions": getattr(node.partitions_def, "name", None),
            "checks": sorted(check.name for check in graph.asset_check_keys if check.asset_key == key),
            "kinds": sorted(node.kinds),
            "owners": list(node.owners),
            "group": node.group_name,
            "pools": sorted(node.pools or ()),
            "code_version": node.code_version,
            "description": (node.description or "").splitlines()[0],
        }
    jobs = {
        job.name: sorted(k.to_user_string() for k in defs.resolve_job_def(job.name).asset_layer.selected_asset_keys)
        for job in sorted(defs.jobs, key=lambda j: j.name)
    }
    sensors = sorted(sensor.name for sensor in defs.sensors)
    return {"assets": assets, "jobs": jobs, "sensors": sensors, "resources": sorted(defs.resources)}


def test_asset_specs_match_the_snapshot():
    current = asset_specs(DEFS)
    assert set(current["assets"]) == ASSET_KEYS
    assert {key: spec["partitions"] for key, spec in current["assets"].items()} == PARTITIONS
    text = json.dumps(current, indent=2, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(text)
    assert SNAPSHOT.read_text() == text, "the asset graph changed: rerun with UPDATE_SNAPSHOTS=1 and review the diff"


def dg_command(*args: str) -> subprocess.CompletedProcess:
    """`dg` from the project root, in this environment (the code location is configured under [tool.dg])."""
    dg_bin = Path(sys.executable).with_name("dg")
    env = {**os.environ, "OLMOCR_COLLECTIONS": ""}
    return subprocess.run([str(dg_bin), *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_dg_lists_and_checks_the_definitions():
    listed = dg_command("list", "defs", "--json")
    assert listed.returncode == 0, listed.stderr[-2000:]
    found = json.loads(listed.stdout)
    assert {asset["asset_key"] for asset in found["assets"]} == ASSET_KEYS
    assert {"convert_collection", "convert_page_groups", "train_model", "release_model"} <= {
        job["name"] for job in found["jobs"]
    }
    checked = dg_command("check", "defs")
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert "All definitions loaded successfully" in checked.stdout + checked.stderr


def test_collections_declared_one_yaml_file_each_become_their_sensors():
    """A ``WatchedCollection`` YAML file per collection in a defs folder, loaded as `dg` loads the project's."""
    from dagster.components.testing import create_defs_folder_sandbox

    from olmocr_assets.defs.collections.component import WatchedCollection

    declared = {
        "books": {"workspace": "s3://out/books", "sources": [{"path": "s3://in/books/", "profile": "reader"}]},
        "papers": {
            "workspace": "/data/papers",
            "pages_per_group": 100,
            "sources": [{"path": "s3://in/papers/*.pdf"}, {"path": "/local/papers"}],
        },
    }
    with create_defs_folder_sandbox() as sandbox:
        for name, attributes in declared.items():
            folder = sandbox.defs_folder_path / name
            folder.mkdir()
            component = {
                "type": f"{WatchedCollection.__module__}.WatchedCollection",
                "attributes": {"name": name, **attributes},
            }
            (folder / "defs.yaml").write_text(json.dumps(component))  # JSON is YAML
        with sandbox.build_all_defs() as defs:
            assert sorted(sensor.name for sensor in defs.sensors) == [
                "books__in_books_s3_sensor",
                "papers__in_papers_pdf_s3_sensor",
            ]
        with sandbox.load_component_and_build_defs(sandbox.defs_folder_path / "papers") as (component, _):
            spec = component.spec()
    assert spec.pages_per_group == 100 and spec.output_format == "jsonl"  # a field left out: the default
    assert [source.path for source in spec.sources] == ["s3://in/papers/*.pdf", "/local/papers"]
