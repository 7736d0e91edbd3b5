"""`olmocr-platform run` end to end on the real PDFs, on a local Dagster instance, twice."""

import dagster as dg
import pytest

from olmocr_assets.cli import main
from olmocr_core.formats.jsonl import decode_jsonl

pytestmark = pytest.mark.slow


def snapshot(workspace):
    return {
        p.relative_to(workspace): (p.stat().st_mtime_ns, p.read_bytes()) for p in workspace.rglob("*") if p.is_file()
    }


def test_run_twice_second_does_no_work(shared_pdfs, tmp_path, monkeypatch, capsys):
    home, workspace = tmp_path / "dagster_home", tmp_path / "gnarly"
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # created by the command
    args = ["run", str(shared_pdfs), "--workspace", str(workspace), "--pages-per-group", "10", "--quiet"]

    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "olmocr-platform: gnarly" in printed
    outputs = sorted((workspace / "results").glob("output_*.jsonl"))
    documents = [d for o in outputs for d in decode_jsonl(o.read_bytes(), str(o))]
    pdfs = sorted(str(p) for p in shared_pdfs.glob("*.pdf"))
    assert sorted(d["metadata"]["Source-File"] for d in documents) == pdfs
    assert sum(d["metadata"]["pdf-total-pages"] for d in documents) == 22
    assert all(d["metadata"]["lineage"]["engine"] == "cpu" for d in documents)
    assert (home / "dagster.yaml").exists()

    with dg.DagsterInstance.from_config(str(home)) as instance:
        materialized = instance.get_materialized_partitions(dg.AssetKey("dolma_documents"))
        assert len(materialized) == len(outputs) > 1  # several groups, each a partition
        runs_before = len(instance.get_run_records())
        # Runs of the code location's named jobs, so the UI can re-execute them (not an ephemeral job).
        jobs = {record.dagster_run.job_name for record in instance.get_run_records()}
        assert jobs == {"convert_collection", "convert_page_groups"}
    before = snapshot(workspace)

    assert main(args) == 0
    assert "│ groups run       │     0 │" in capsys.readouterr().out
    assert snapshot(workspace) == before  # not one file written again
    with dg.DagsterInstance.from_config(str(home)) as instance:
        dolma_runs = [
            r for r in instance.get_run_records()[: len(instance.get_run_records()) - runs_before]
            if r.dagster_run.job_name == "convert_page_groups"
        ]  # fmt: skip
        assert dolma_runs == []


def test_a_collection_name_cannot_silently_switch_workspace(sample_pdfs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    pdf = str(sample_pdfs["digital"])
    assert main(["run", pdf, "--workspace", str(tmp_path / "a" / "out"), "--quiet", "--render-workers", "1"]) == 0
    assert main(["run", pdf, "--workspace", str(tmp_path / "b" / "out"), "--quiet"]) == 1
    assert "is registered with workspace" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()
