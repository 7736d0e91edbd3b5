"""olmocr-worker end to end: real PDFs, a real model server over HTTP, local and S3 workspaces."""

import asyncio
import json
import shutil

import boto3
import pytest

from olmocr_core.cli.main import main
from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient
from olmocr_core.engines.vlm import VlmEngine
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.rendering.pool import RenderPool
from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup, group_id
from olmocr_core.work.pipeline import process_group
from olmocr_core.work.workspace import Workspace

pytestmark = pytest.mark.slow

GOOD = ("digital", "multipage", "table", "png", "rotated")
BAD = {"truncated": "corrupt", "random_bytes": "not_a_pdf", "encrypted": "encrypted", "zero_pages": "empty"}


@pytest.fixture
def inputs(sample_pdfs, shared_pdfs, tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in (*GOOD, *BAD):
        shutil.copy(sample_pdfs[name], folder / sample_pdfs[name].name)
    shutil.copy(shared_pdfs / "edgar.pdf", folder / "edgar.pdf")
    return folder


def outputs(workspace):
    return sorted((workspace / "results").glob("output_*.jsonl"))


def test_worker_converts_a_folder_with_bad_pdfs(model_server, inputs, sample_pdfs, tmp_path, capsys):
    workspace = tmp_path / "ws"
    code = main(
        [
            str(inputs),
            "--workspace",
            str(workspace),
            "--server",
            model_server.url,
            "--pages-per-group",
            "500",
            "--markdown",
            "--quiet",
        ]
    )
    assert code == 0
    (output,) = outputs(workspace)  # 10 small PDFs, ~2 pages each: one group
    documents = decode_jsonl(output.read_bytes(), str(output))
    sources = sorted(d["metadata"]["Source-File"] for d in documents)
    good_names = {sample_pdfs[name].name for name in GOOD} | {"edgar.pdf"}
    assert sources == sorted(str(inputs / name) for name in good_names)
    group = output.name.removeprefix("output_").removesuffix(".jsonl")
    assert group == group_id(str(p) for p in inputs.iterdir())  # every path, bad ones too: olmOCR's id
    for document in documents:
        pages = document["metadata"]["pdf-total-pages"]
        assert document["text"].count("Hello from the tiny model.") == pages
        assert len(document["attributes"]["pdf_page_numbers"]) == pages
        assert document["metadata"]["total-fallback-pages"] == 0
        lineage = document["metadata"]["lineage"]
        assert lineage["engine"] == "vlm" and lineage["page_group"] == group and lineage["server"] == model_server.url
    multipage = next(d for d in documents if d["metadata"]["Source-File"].endswith("multipage.pdf"))
    assert multipage["metadata"]["pdf-total-pages"] == 5
    assert [span[2] for span in multipage["attributes"]["pdf_page_numbers"]] == [1, 2, 3, 4, 5]

    report = json.loads((workspace / "reports" / f"report_{group}.json").read_text())
    assert {e["source"]: e["kind"] for e in report["errors"]} == {
        str(inputs / sample_pdfs[n].name): k for n, k in BAD.items()
    }
    assert report["documents"] == len(documents) and report["pages"] == sum(
        d["metadata"]["pdf-total-pages"] for d in documents
    )
    assert report["attempts"] == {"1": report["pages"]}
    assert report["input_tokens"] > 0 and report["pages_per_second"] > 0
    assert (
        (workspace / "markdown" / str(inputs).lstrip("/") / "edgar.md")
        .read_text()
        .startswith("Hello from the tiny model.")
    )
    printed = capsys.readouterr().out
    assert "olmocr-worker summary" in printed and group[:12] in printed

    # A second run finds the group done: nothing is processed or rewritten.
    before = output.stat().st_mtime_ns
    assert main([str(inputs), "--workspace", str(workspace), "--server", model_server.url, "--quiet"]) == 0
    assert outputs(workspace) == [output] and output.stat().st_mtime_ns == before


def test_new_pdfs_join_new_groups_and_keep_old_ones(model_server, sample_pdfs, tmp_path):
    folder, workspace = tmp_path / "pdfs", tmp_path / "ws"
    folder.mkdir()
    shutil.copy(sample_pdfs["digital"], folder)
    assert main([str(folder), "--workspace", str(workspace), "--server", model_server.url, "--quiet"]) == 0
    (first,) = outputs(workspace)
    shutil.copy(sample_pdfs["table"], folder)
    assert main([str(folder), "--workspace", str(workspace), "--server", model_server.url, "--quiet"]) == 0
    second = [o for o in outputs(workspace) if o != first]
    assert len(second) == 1
    (document,) = decode_jsonl(second[0].read_bytes(), str(second[0]))
    assert document["metadata"]["Source-File"].endswith("table.pdf")  # only the new PDF was planned


def test_worker_over_s3(model_server, sample_pdfs, s3_bucket):
    s3 = boto3.client("s3")
    for name in ("digital", "multipage", "jpeg"):
        s3.upload_file(str(sample_pdfs[name]), s3_bucket, f"in/{sample_pdfs[name].name}")
    s3.put_object(Bucket=s3_bucket, Key="in/random.pdf", Body=sample_pdfs["random_bytes"].read_bytes())
    code = main(
        [
            f"s3://{s3_bucket}/in/",
            "--workspace",
            f"s3://{s3_bucket}/ws",
            "--server",
            model_server.url,
            "--output-format",
            "jsonl.zst",
            "--quiet",
        ]
    )
    assert code == 0
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=s3_bucket, Prefix="ws/")["Contents"]]
    (output_key,) = [k for k in keys if k.startswith("ws/results/")]
    assert output_key.endswith(".jsonl.zst") and "ws/work_index_list.csv.zstd" in keys
    documents = decode_jsonl(s3.get_object(Bucket=s3_bucket, Key=output_key)["Body"].read(), output_key)
    assert sorted(d["metadata"]["Source-File"] for d in documents) == sorted(
        f"s3://{s3_bucket}/in/{sample_pdfs[name].name}" for name in ("digital", "multipage", "jpeg")
    )
    report_key = next(k for k in keys if k.startswith("ws/reports/"))
    report = json.loads(s3.get_object(Bucket=s3_bucket, Key=report_key)["Body"].read())
    assert [e["source"] for e in report["errors"]] == [f"s3://{s3_bucket}/in/random.pdf"]


def test_unreachable_server_fails_the_run_and_writes_nothing(sample_pdfs, tmp_path, capsys):
    from tests.support.model_fixtures import _free_port

    workspace = tmp_path / "ws"
    code = main(
        [
            str(sample_pdfs["digital"]),
            "--workspace",
            str(workspace),
            "--server",
            f"http://127.0.0.1:{_free_port()}/v1",
            "--server-startup-timeout",
            "2",
            "--quiet",
        ]
    )
    assert code == 1
    assert "did not come up within 2 s" in capsys.readouterr().err
    assert not (workspace / "results").exists()


def test_racing_workers_write_a_group_exactly_once(model_server, sample_pdfs, tmp_path):
    """Two workers given the same group: one output, whole; the other keeps it."""
    group = PageGroup(group_id([str(sample_pdfs["digital"])]), (str(sample_pdfs["digital"]),))
    workspace = Workspace(str(tmp_path / "ws"), Storage())

    async def race():
        pool = RenderPool(1)
        engines = [
            VlmEngine(OpenAiClient(model_server.url, settings=ClientSettings(max_tries=2)), pool) for _ in range(2)
        ]
        try:
            return await asyncio.gather(*(process_group(group, e, workspace, Storage()) for e in engines))
        finally:
            for engine in engines:
                await engine.close()
            pool.close()

    reports = asyncio.run(race())
    assert sorted(r.already_done for r in reports) == [False, True]
    output = tmp_path / "ws" / "results" / f"output_{group.group_id}.jsonl"
    assert len(decode_jsonl(output.read_bytes(), str(output))) == 1


def test_embedded_default_converts_with_the_cpu_engine(sample_pdfs, tmp_path):
    """No --server: the cpu engine (PyMuPDF layout markdown), real and offline."""
    from tests.support.pdfgen import DIGITAL_TEXT, MULTIPAGE_TEXTS, TABLE_HEADER

    workspace = tmp_path / "ws"
    pdfs = [str(sample_pdfs[name]) for name in ("digital", "multipage", "table", "encrypted")]
    assert main([*pdfs, "--workspace", str(workspace), "--render-workers", "1", "--quiet"]) == 0
    (output,) = outputs(workspace)
    documents = {d["metadata"]["Source-File"]: d for d in decode_jsonl(output.read_bytes(), str(output))}
    assert set(documents) == set(pdfs[:3])
    assert DIGITAL_TEXT in documents[pdfs[0]]["text"]
    multipage = documents[pdfs[1]]
    for number, text in enumerate(MULTIPAGE_TEXTS, start=1):
        start, end, page = multipage["attributes"]["pdf_page_numbers"][number - 1]
        assert page == number and text in multipage["text"][start:end]
    table = documents[pdfs[2]]
    assert table["attributes"]["is_table"] == [True]
    assert all(cell in table["text"] for cell in TABLE_HEADER)
    assert all(d["metadata"]["lineage"]["engine"] == "cpu" for d in documents.values())
    report = json.loads(next((workspace / "reports").iterdir()).read_text())
    assert [e["kind"] for e in report["errors"]] == ["encrypted"]


def test_a_worker_dying_as_its_output_lands_has_written_the_report_and_markdown(sample_pdfs, tmp_path, monkeypatch):
    # The output marks the group done, so a retry would never write what was missing after it.
    class Killed(Exception):
        pass

    write_if_absent = Storage.write_if_absent

    def then_die(self, path, data):
        created = write_if_absent(self, path, data)
        if "/results/output_" in path:
            raise Killed(path)
        return created

    monkeypatch.setattr(Storage, "write_if_absent", then_die)
    workspace = tmp_path / "ws"
    pdfs = [str(sample_pdfs[name]) for name in ("digital", "encrypted")]
    with pytest.raises(Killed):
        main([*pdfs, "--workspace", str(workspace), "--render-workers", "1", "--markdown", "--quiet"])
    assert len(outputs(workspace)) == 1
    (report,) = (workspace / "reports").iterdir()
    assert [(e["source"], e["kind"]) for e in json.loads(report.read_text())["errors"]] == [(pdfs[1], "encrypted")]
    assert [p.name for p in (workspace / "markdown").rglob("*.md")] == [sample_pdfs["digital"].with_suffix(".md").name]


def test_hf_engine_runs_the_model_in_process(tiny_model_dir, shared_pdfs, tmp_path):
    from olmocr_core.models.source import weights_checksum

    workspace = tmp_path / "ws"
    edgar = str(shared_pdfs / "edgar.pdf")
    assert (
        main([edgar, "--workspace", str(workspace), "--engine", "hf", "--model", str(tiny_model_dir), "--quiet"]) == 0
    )
    (output,) = outputs(workspace)
    (document,) = decode_jsonl(output.read_bytes(), str(output))
    assert document["text"] == "Hello from the tiny model."
    assert document["metadata"]["total-input-tokens"] > 0
    lineage = document["metadata"]["lineage"]
    assert lineage["engine"] == "hf" and lineage["model_revision"] == weights_checksum(tiny_model_dir)


def test_unknown_arguments_are_refused_unless_a_managed_server_takes_them(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["x.pdf", "--workspace", str(tmp_path), "--server", "http://127.0.0.1:1/v1", "--enforce-eager"])
    assert exit_info.value.code == 2
    assert "--enforce-eager" in capsys.readouterr().err


def test_a_model_and_a_released_model_together_are_refused(sample_pdfs, tmp_path, capsys):
    # Loading one and naming the other in every document's lineage would mislabel the outputs.
    workspace = tmp_path / "ws"
    argv = [str(sample_pdfs["digital"]), "--workspace", str(workspace), "--engine", "vlm", "--quiet"]
    assert main([*argv, "--model", str(tmp_path / "other"), "--released-model", "tiny-v1"]) == 1
    err = capsys.readouterr().err
    assert "released_model 'tiny-v1' both name the model to load" in err and "give one" in err
    assert not (workspace / "results").exists()
