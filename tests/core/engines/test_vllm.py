"""The real-vLLM tier: vLLM's CPU build serving the tiny Qwen2.5-VL, started and supervised by us."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from olmocr_core.cli.main import main
from olmocr_core.common.errors import EngineError
from olmocr_core.engines.config import EngineConfig
from olmocr_core.engines.hf_chat import HfChatModel
from olmocr_core.engines.open import open_engine
from olmocr_core.engines.openai_client import ClientSettings, OpenAiClient
from olmocr_core.formats.jsonl import decode_jsonl
from olmocr_core.formats.prompts import build_chat_request, build_messages
from olmocr_core.formats.response import parse_page_response
from olmocr_core.models.source import weights_checksum
from olmocr_core.rendering import pdf
from olmocr_core.storage.facade import Storage
from olmocr_core.train.validate import (
    AgreementThresholds,
    compare_traces,
    greedy_from_server,
    greedy_under_transformers,
)
from olmocr_core.work.groups import PageGroup, group_id
from olmocr_core.work.pipeline import process_group
from olmocr_core.work.workspace import Workspace
from tests.support.paths import REPO
from tests.support.vllm_fixtures import TINY_VLLM_ARGS

pytestmark = [pytest.mark.slow, pytest.mark.vllm]

SERVER_MODULE = "vllm.entrypoints.openai.api_server"


def server_processes(model_dir: Path) -> list[int]:
    """Live processes running a vLLM server for this model folder (zombies excluded)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if SERVER_MODULE in cmdline and str(model_dir) in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


def test_worker_with_a_managed_server_converts_real_pdfs(vllm_env, tiny_model_dir, shared_pdfs, tmp_path):
    workspace = tmp_path / "ws"
    pdfs = [str(shared_pdfs / "edgar.pdf"), str(shared_pdfs / "lots_of_sci_tables.pdf")]
    code = main(
        [
            *pdfs,
            "--workspace",
            str(workspace),
            "--engine",
            "vlm",
            "--model",
            str(tiny_model_dir),
            "--quiet",
            *TINY_VLLM_ARGS,
        ]
    )
    assert code == 0
    (output,) = (workspace / "results").glob("output_*.jsonl")
    documents = {d["metadata"]["Source-File"]: d for d in decode_jsonl(output.read_bytes(), str(output))}
    assert set(documents) == set(pdfs)
    tables = documents[pdfs[1]]
    assert tables["metadata"]["pdf-total-pages"] == 6
    assert tables["text"].count("Hello from the tiny model.") == 6
    assert tables["metadata"]["total-input-tokens"] > 0 and tables["metadata"]["total-fallback-pages"] == 0
    lineage = tables["metadata"]["lineage"]
    assert lineage["model_revision"] == weights_checksum(tiny_model_dir)
    assert lineage["server"] == "managed vLLM" and lineage["engine"] == "vlm"
    assert "(APIServer pid=" in (workspace / "logs" / "vllm-server.log").read_text()  # its log is in the workspace
    assert server_processes(tiny_model_dir) == []  # the server and its children are gone


def test_hf_and_vllm_give_the_same_greedy_tokens(
    vllm_env, untrained_model_dir, tiny_model_dir, shared_pdfs, tiny_server_options
):
    """Same page, same model, same dtype, temperature 0: transformers in process and vLLM agree.

    The trained model is sure of every token of its answer, so the production request (the client's chat
    against HfChatModel.generate) must give the same answer exactly. The untrained model's greedy answer is an
    arbitrary token sequence with spread-out probabilities, a strong check of the request (prompt, chat
    template, image processing, positions) on both sides: its tokens must agree up to any near tie (the two
    backends round floats differently, and a tie within 1e-5 may break either way) and its probabilities to 1e-4.
    """
    with pdf.open_document(shared_pdfs / "edgar.pdf") as document:
        png = pdf.render_page_png(document, 1)

    async def served_answer(model_dir: Path) -> tuple:
        config = EngineConfig(engine="vlm", model=str(model_dir), managed=tiny_server_options)
        async with open_engine(config) as engine:
            client = OpenAiClient(engine.managed_server.url)
            served = await client.chat(build_chat_request(png, temperature=0.0, max_tokens=48))
            await client.close()
            trace = await greedy_from_server(engine.managed_server.url, [png], max_tokens=48)
        return served, trace

    served, _ = asyncio.run(served_answer(tiny_model_dir))
    local = HfChatModel.load(tiny_model_dir).generate(build_messages(png), temperature=0.0, max_tokens=48)
    assert (served.prompt_tokens, served.completion_tokens) == (local.prompt_tokens, local.completion_tokens)
    assert (served.text, served.finish_reason) == (local.text, local.finish_reason)
    parse_page_response(served.text)  # the trained model's answer is a valid page

    _, untrained_served = asyncio.run(served_answer(untrained_model_dir))
    untrained_local = greedy_under_transformers(untrained_model_dir, [png], max_tokens=48)
    same_weights = AgreementThresholds(max_prob_gap=1e-4, near_tie_margin=1e-5)
    report = compare_traces(untrained_local, untrained_served, sides=("transformers", "vLLM"))
    assert report.passes(same_weights), report.to_markdown()
    assert report.matching_tokens >= 8  # the answers share a prefix before any tie


def test_guided_decoding_makes_a_random_model_answer_in_format(
    vllm_env, untrained_model_dir, sample_pdfs, tiny_server_options
):
    with pdf.open_document(sample_pdfs["digital"]) as document:
        png = pdf.render_page_png(document, 1)

    async def ask(guided: bool):
        config = EngineConfig(engine="vlm", model=str(untrained_model_dir), managed=tiny_server_options)
        async with open_engine(config) as engine:
            client = OpenAiClient(engine.managed_server.url)
            try:
                return [
                    await client.chat(build_chat_request(png, temperature=0.0, max_tokens=160, guided_decoding=g))
                    for g in (False, True)
                ]
            finally:
                await client.close()

    free, guided = asyncio.run(ask(True))
    assert not free.text.startswith("---\nprimary_language: ")
    assert guided.text.startswith("---\nprimary_language: ")
    assert "\nis_rotation_valid: " in guided.text and "\nrotation_correction: " in guided.text


def test_sigkill_mid_group_restarts_the_server_and_loses_nothing(
    vllm_env, tiny_model_dir, shared_pdfs, tiny_server_options, tmp_path
):
    paths = tuple(
        str(shared_pdfs / name) for name in ("form_on_later_pages.pdf", "lots_of_sci_tables.pdf", "edgar.pdf")
    )
    group = PageGroup(group_id(paths), paths)
    workspace = Workspace(str(tmp_path / "ws"), Storage())
    config = EngineConfig(
        engine="vlm",
        model=str(tiny_model_dir),
        managed=tiny_server_options,
        client=ClientSettings(max_tries=12, backoff_initial_s=0.5, backoff_max_s=8),
        render_workers=1,
    )

    async def run() -> tuple:
        async with open_engine(config) as engine:
            server = engine.managed_server
            first_pid, done = server.pid, []

            def on_page(page) -> None:
                done.append(page)
                if len(done) == 3:
                    os.kill(first_pid, signal.SIGKILL)

            report = await process_group(group, engine, workspace, Storage(), on_page=on_page)
            return report, server.restarts, first_pid, server.pid, server.metrics

    report, restarts, first_pid, second_pid, metrics = asyncio.run(run())
    assert restarts == 1 and second_pid != first_pid
    assert report.pages == 10 + 6 + 1 and report.fallback_pages == 0 and report.errors == []
    output = Path(workspace.output_path(group.group_id))
    documents = decode_jsonl(output.read_bytes(), str(output))
    assert sorted(d["metadata"]["Source-File"] for d in documents) == sorted(paths)  # each once, none lost
    assert all(d["text"].count("Hello from the tiny model.") == d["metadata"]["pdf-total-pages"] for d in documents)
    assert metrics.generation_tokens > 0  # read from the restarted server's /metrics
    assert server_processes(tiny_model_dir) == []


def test_a_model_folder_that_cannot_load_fails_fast_and_clearly(
    vllm_env, tiny_model_dir, tiny_server_options, tmp_path
):
    broken = tmp_path / "broken-model"
    shutil.copytree(tiny_model_dir, broken)
    config = json.loads((broken / "config.json").read_text())
    config["text_config"]["num_hidden_layers"] = "two"
    (broken / "config.json").write_text(json.dumps(config))

    async def start() -> None:
        async with open_engine(EngineConfig(engine="vlm", model=str(broken), managed=tiny_server_options)) as engine:
            await engine.until_ready()

    started = time.monotonic()
    with pytest.raises(EngineError, match=r"exited with code \d+ before it was ready") as failure:
        asyncio.run(start())
    assert time.monotonic() - started < EngineConfig().server_startup_timeout_s / 3
    assert str(broken) in str(failure.value) and "last lines of" in str(failure.value)
    assert server_processes(broken) == []


def _server_port(model_dir: Path, timeout_s: float = 120) -> int:
    """Wait for the worker's vLLM server to answer; return its port."""
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for pid in server_processes(model_dir):
            args = (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")
            port = int(args[args.index(b"--port") + 1])
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2):
                    return port
            except OSError:
                pass
        time.sleep(0.5)
    raise AssertionError("the worker's vLLM server never answered")


def test_signals_to_the_worker_take_its_server_down(vllm_env, tiny_model_dir, shared_pdfs, tmp_path):
    """SIGTERM: the worker stops cleanly (exit 130) with its server. SIGKILL: the kernel takes the server."""
    import subprocess
    import sys

    folder = tmp_path / "pdfs"
    folder.mkdir()
    for copy in range(12):  # 120 pages: still running when the signal comes
        shutil.copy(shared_pdfs / "form_on_later_pages.pdf", folder / f"form_{copy}.pdf")
    command = [sys.executable, "-m", "olmocr_core.cli.main", str(folder), "--workspace", str(tmp_path / "ws"), "--engine", "vlm",
               "--model", str(tiny_model_dir), "--pages-per-group", "30", "--workers", "1", "--quiet", *TINY_VLLM_ARGS]  # fmt: skip
    for sig, expected_code in ((signal.SIGTERM, 130), (signal.SIGKILL, -signal.SIGKILL)):
        worker = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
        try:
            _server_port(tiny_model_dir)
            worker.send_signal(sig)
            assert worker.wait(timeout=60) == expected_code, worker.stderr.read()
        finally:
            worker.kill()
        deadline = time.monotonic() + 20
        while server_processes(tiny_model_dir) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert server_processes(tiny_model_dir) == []
