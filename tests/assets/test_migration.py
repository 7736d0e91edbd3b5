"""The migration from page-group partitions to shards, on an instance and workspace made by main at 9d43347 (the last
commit before shards): their outputs are kept, they show as done under shards, and nothing is converted twice."""

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from olmocr_assets.cli import main, run_job
from olmocr_assets.definitions import load_definitions
from olmocr_assets.defs.ocr.assets import DOLMA_CODE_VERSION
from olmocr_assets.lib.partitions import page_group_key, page_group_partitions, shard_partitions
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import read_group_report
from olmocr_core.work.workspace import Workspace, decode_index, encode_index
from tests.support.paths import REPO, SHARED_PDFS
from tests.support.summary import has_row

FIXTURE = Path(__file__).parent / "data" / "legacy_instance_9d43347.tar.gz"
MADE_IN = "/tmp/olmocr-legacy-9d43347"  # the folder the fixture was made in: its manifest and index name PDFs there
PDFS = ("ambiguous", "dolma-page-1", "edgar-rotated90", "edgar", "small_page_size")
DOLMA = dg.AssetKey("dolma_documents")
CHUNKS = dg.AssetKey("document_chunks")


@pytest.fixture
def legacy(tmp_path, monkeypatch) -> Path:
    """The fixture unpacked into ``tmp_path`` (the current folder, as when it was made), its PDFs copied there and
    the absolute paths in its manifest and index moved there: collection ``legacy``, 5 groups of one PDF, converted."""
    with tarfile.open(FIXTURE) as archive:
        archive.extractall(tmp_path, filter="data")
    (tmp_path / "pdfs").mkdir()
    for name in PDFS:
        shutil.copy(SHARED_PDFS / f"{name}.pdf", tmp_path / "pdfs")
    workspace = tmp_path / "ws"
    manifest = pl.read_parquet(workspace / "manifest.parquet")
    manifest.with_columns(pl.col("path").str.replace(MADE_IN, str(tmp_path), literal=True)).write_parquet(
        workspace / "manifest.parquet"
    )
    index = workspace / "work_index_list.csv.zstd"
    groups = decode_index(index.read_bytes())
    index.write_bytes(
        encode_index(PageGroup(g.group_id, tuple(p.replace(MADE_IN, str(tmp_path)) for p in g.paths)) for g in groups)
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OLMOCR_PLATFORM_ROOT", raising=False)
    return tmp_path


def outputs(workspace: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (workspace / "results").glob("output_*")}


def table_row(printed: str, collection: str) -> list[str]:
    """The cells of ``collection``'s row in migrate-shards' table."""
    line = next(line for line in printed.splitlines() if line.startswith(f"│ {collection} "))
    return [cell.strip() for cell in line.strip("│").split("│")]


def materializations(instance: dg.DagsterInstance, asset: dg.AssetKey) -> list:
    return list(instance.fetch_materializations(asset, limit=1000).records)


@pytest.mark.slow
def test_migrate_shards_keeps_outputs_and_converts_only_what_is_missing(legacy, capsys):
    workspace = Workspace("ws", Storage())
    groups = [g.group_id for g in workspace.read_index()]
    assert len(groups) == 5 and workspace.done_group_ids() == set(groups)
    Path(workspace.output_path(groups[2])).unlink()  # shard s000001 (groups 2 and 3) partly converted
    kept = outputs(legacy / "ws")
    with dg.DagsterInstance.get() as instance:
        old_keys = set(instance.get_dynamic_partitions(page_group_partitions.name))
        assert old_keys == {page_group_key("legacy", g) for g in groups}
        assert instance.get_materialized_partitions(DOLMA) == old_keys
        # Chunks made before shards for the groups of s000000 and one of s000001.
        for group in groups[:3]:
            instance.report_runless_asset_event(
                dg.AssetMaterialization(CHUNKS, partition=page_group_key("legacy", group))
            )

    # A shard size taken from the environment (read when the code location is imported): a process of its own.
    env = {
        **os.environ,
        "OLMOCR_GROUPS_PER_SHARD": "2",
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "olmocr_assets.cli", "migrate-shards"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # collection, shards, registered, marked done, partly done, search shards marked done, old keys removed
    assert table_row(done.stdout, "legacy") == ["legacy", "3", "3", "2", "1", "1", "5"]

    shards = ["legacy/s000000", "legacy/s000001", "legacy/s000002"]
    with dg.DagsterInstance.get() as instance:
        assert instance.get_dynamic_partitions(shard_partitions.name) == shards
        assert instance.get_dynamic_partitions(page_group_partitions.name) == []
        assert instance.get_materialized_partitions(DOLMA) == old_keys | {shards[0], shards[2]}  # old ones kept
        assert instance.get_materialized_partitions(CHUNKS) - old_keys == {shards[0]}
        record = {r.partition_key: r for r in materializations(instance, DOLMA)}[shards[0]]
        first = record.asset_materialization.metadata
        # The groups' provenance: the UI shows the shard stale when its groups' code version is replaced.
        assert record.event_log_entry.tags["dagster/code_version"] == DOLMA_CODE_VERSION
        reports = [read_group_report(workspace, g) for g in groups[:2]]
        assert first["migrated_from"].value == "page groups"
        assert (first["groups"].value, first["groups_already_done"].value, first["groups_converted"].value) == (2, 2, 0)
        assert first["pages"].value == sum(r.pages for r in reports) > 0
        assert first["documents"].value == sum(r.documents for r in reports)
        assert first["engine"].value == "cpu"
        counts = (len(materializations(instance, DOLMA)), len(materializations(instance, CHUNKS)))
    assert outputs(legacy / "ws") == kept

    # Again (in this process: the collection's shard size is now fixed in its spec): nothing changes.
    assert main(["migrate-shards", "--collection", "legacy"]) == 0
    assert table_row(capsys.readouterr().out, "legacy") == ["legacy", "3", "0", "0", "1", "0", "0"]
    with dg.DagsterInstance.get() as instance:
        assert (len(materializations(instance, DOLMA)), len(materializations(instance, CHUNKS))) == counts

    # The command a user ran before: it converts the one missing group, in the one shard that holds it.
    assert main(["run", "pdfs", "--workspace", "ws", "--collection", "legacy", "--engine", "cpu", "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert has_row(printed, "groups run", 1) and has_row(printed, "shards run", 1), printed
    assert has_row(printed, "groups done", 5), printed
    after = outputs(legacy / "ws")
    assert set(after) == set(kept) | {Path(workspace.output_path(groups[2])).name}
    assert {name: after[name] for name in kept} == kept
    with dg.DagsterInstance.get() as instance:
        assert set(shards) <= instance.get_materialized_partitions(DOLMA)
        assert len(materializations(instance, DOLMA)) == counts[0] + 1  # s000001's run, nothing else


def test_planning_carries_a_collection_over(legacy):
    """page_groups migrates a collection that still has page-group keys (every collection planned before shards)."""
    with dg.DagsterInstance.get() as instance:
        run_job(
            load_definitions(),
            "convert_collection",
            instance,
            partition_key="legacy",
            asset_selection=[dg.AssetKey("page_groups")],
        )
        assert instance.get_dynamic_partitions(page_group_partitions.name) == []
        shards = instance.get_dynamic_partitions(shard_partitions.name)
        assert shards and set(shards) <= instance.get_materialized_partitions(DOLMA)  # all 5 groups were converted
        migrated = [r for r in materializations(instance, DOLMA) if "migrated_from" in r.asset_materialization.metadata]
        assert sorted(r.partition_key for r in migrated) == sorted(shards)


def test_the_keys_of_a_collection_no_longer_registered_are_removed(legacy, capsys):
    """Nothing can convert them, and while any page-group key is left the page-groups sensor waits for a migration."""
    with dg.DagsterInstance.get() as instance:
        instance.add_dynamic_partitions(page_group_partitions.name, [page_group_key("gone", "0123abcd")])
    assert main(["migrate-shards"]) == 0
    assert table_row(capsys.readouterr().out, "gone")[-1] == "1"  # old keys removed
    with dg.DagsterInstance.get() as instance:
        assert instance.get_dynamic_partitions(page_group_partitions.name) == []
