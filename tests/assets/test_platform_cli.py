"""`olmocr-platform run` end to end on the real PDFs, on a local Dagster instance, twice."""

import dagster as dg
import pytest

from olmocr_assets.cli import main
from olmocr_core.formats.jsonl import decode_jsonl
from tests.support.summary import has_row

pytestmark = pytest.mark.slow


def snapshot(workspace):
    return {
        p.relative_to(workspace): (p.stat().st_mtime_ns, p.read_bytes()) for p in workspace.rglob("*") if p.is_file()
    }


def test_run_twice_second_does_no_work(shared_pdfs, sample_pdfs, tmp_path, monkeypatch, capsys):
    home, workspace = tmp_path / "dagster_home", tmp_path / "gnarly"
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # created by the command
    args = ["run", str(shared_pdfs), "--workspace", str(workspace), "--pages-per-group", "10", "--quiet"]
    args += ["--groups-per-run", "2"]  # shards of 2 groups

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
        shards = -(-len(outputs) // 2)
        assert sorted(materialized) == [f"gnarly/s{n:06d}" for n in range(shards)] and shards > 1
        assert has_row(printed, "shards run", shards) and has_row(printed, "groups run", len(outputs))
        runs_before = len(instance.get_run_records())
        # Runs of the code location's named jobs, so the UI can re-execute them (not an ephemeral job).
        jobs = {record.dagster_run.job_name for record in instance.get_run_records()}
        assert jobs == {"convert_collection", "convert_page_groups"}
    before = snapshot(workspace)

    assert main(args) == 0
    assert has_row(capsys.readouterr().out, "groups run", 0)
    assert snapshot(workspace) == before  # not one file written again
    with dg.DagsterInstance.from_config(str(home)) as instance:
        dolma_runs = [
            r for r in instance.get_run_records()[: len(instance.get_run_records()) - runs_before]
            if r.dagster_run.job_name == "convert_page_groups"
        ]  # fmt: skip
        assert dolma_runs == []

    # A new PDF is planned into a new group: it alone is converted, in the shard that holds it.
    args[1:1] = [str(sample_pdfs["digital"])]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert has_row(printed, "groups run", 1) and has_row(printed, "shards run", 1)
    after = snapshot(workspace)
    assert {path: after[path] for path in before if path.parts[0] == "results"} == {
        path: value for path, value in before.items() if path.parts[0] == "results"
    }
    assert len(list((workspace / "results").glob("output_*.jsonl"))) == len(outputs) + 1


def test_a_collection_name_cannot_silently_switch_workspace(sample_pdfs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    pdf = str(sample_pdfs["digital"])
    assert main(["run", pdf, "--workspace", str(tmp_path / "a" / "out"), "--quiet", "--render-workers", "1"]) == 0
    assert main(["run", pdf, "--workspace", str(tmp_path / "b" / "out"), "--quiet"]) == 1
    assert "is registered with workspace" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_route_and_filter_flags_and_the_collections_settings(model_server, sample_pdfs, tmp_path, monkeypatch, capsys):
    """--route auto and --apply-filter on olmocr-platform run are saved with the collection; a later run without
    them uses the collection's settings, through the Dagster assets."""
    from olmocr_core.work.collections import CollectionRegistry
    from tests.core.routing.test_document_filter import GERMAN, write_text_pdf
    from tests.support import route_pages

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OLMOCR_PLATFORM_ROOT", str(tmp_path / "platform"))
    folder = tmp_path / "pdfs"
    folder.mkdir()
    write_text_pdf(folder / "german.pdf", GERMAN * 3)
    (folder / "image.png").write_bytes(sample_pdfs["png"].read_bytes())
    workspace = tmp_path / "routed"
    common = ["--workspace", str(workspace), "--server", model_server.url, "--render-workers", "1", "--quiet"]
    assert main(["run", str(folder), *common, "--route", "auto", "--apply-filter"]) == 0
    printed = capsys.readouterr().out
    assert "filtered documents" in printed and "pages cpu" in printed
    spec = CollectionRegistry(str(tmp_path / "platform")).load("routed")
    assert spec.route == "auto" and spec.apply_filter and spec.filter_languages == ("en",)
    (image,) = documents_in(workspace)
    assert image["attributes"]["olmocr_page_engine"][0][2] == "vlm"  # an image: the router sends it to the VLM

    route_pages.write_kind(folder, "plain", name="plain.pdf")  # arrives later: a clean text page
    assert main(["run", str(folder), *common]) == 0  # no flags: the collection's route and filter
    engines = {
        d["metadata"]["Source-File"].rsplit("/", 1)[-1]: d["attributes"]["olmocr_page_engine"]
        for d in documents_in(workspace)
    }
    assert set(engines) == {"image.png", "plain.pdf"}  # german.pdf filtered out, once
    assert engines["plain.pdf"][0][2] == "cpu"
    with dg.DagsterInstance.from_config(str(tmp_path / "home")) as instance:
        report = instance.get_latest_materialization_event(dg.AssetKey("collection_report")).asset_materialization
    assert report.metadata["filtered_documents"].value == 1 and report.metadata["pages_cpu"].value == 1
    assert report.metadata["pages_vlm"].value == 1 and report.metadata["share_off_gpu"].value == 0.5
    # The cpu page at the measured seconds of the one VLM page's group.
    assert report.metadata["accelerator_seconds_saved"].value > 0
    assert report.metadata["guard_send_back_rate"].value == 0.0


def documents_in(workspace):
    return [d for o in sorted((workspace / "results").glob("*.jsonl")) for d in decode_jsonl(o.read_bytes(), str(o))]
