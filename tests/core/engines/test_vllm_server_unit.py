"""The managed server's command, metrics parsing and model resolution, without starting vLLM."""

import json

import boto3
import pytest

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.vllm_server import VllmServerConfig, parse_metrics
from olmocr_core.models.files import COMPLETE_MARKER
from olmocr_core.models.source import (
    download_model_folder,
    locate_model,
    model_revision,
    resolve_model,
    weights_checksum,
)
from olmocr_core.storage.facade import Storage

METRICS = """# HELP vllm:num_requests_running Number of requests in model execution batches.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="olmocr"} 3.0
vllm:num_requests_running{engine="1",model_name="olmocr"} 2.0
vllm:num_requests_waiting{engine="0",model_name="olmocr"} 7.0
vllm:prompt_tokens_total{engine="0",model_name="olmocr"} 1.75e+03
vllm:generation_tokens_total{engine="0",model_name="olmocr"} 700.0
vllm:generation_tokens_created{engine="0",model_name="olmocr"} 1.7e+09
vllm:request_success_total{engine="0",finished_reason="stop",model_name="olmocr"} 4.0
vllm:request_success_total{engine="0",finished_reason="length",model_name="olmocr"} 1.0
python_gc_objects_collected_total{generation="0"} 1234.0
"""


def test_metrics_are_summed_over_engines():
    metrics = parse_metrics(METRICS)
    assert metrics.running == 5.0 and metrics.waiting == 7.0
    assert metrics.prompt_tokens == 1750.0 and metrics.generation_tokens == 700.0
    assert metrics.finished == 5.0  # summed over finish reasons too
    assert parse_metrics("").waiting == 0.0


def test_command_has_olmocr_settings_and_pass_through_args():
    config = VllmServerConfig(
        model="/models/olmocr",
        gpu_memory_utilization=0.8,
        tensor_parallel_size=2,
        data_parallel_size=4,
        extra_args=("--enforce-eager",),
        python="/venv/bin/python",
    )
    cmd = config.command(30024)
    assert cmd[:3] == ["/venv/bin/python", "-m", "vllm.entrypoints.openai.api_server"]
    flags = dict(zip(cmd[3::2], cmd[4::2], strict=False))
    assert flags["--model"] == "/models/olmocr" and flags["--served-model-name"] == "olmocr"
    assert flags["--host"] == "127.0.0.1" and flags["--port"] == "30024"
    assert flags["--max-model-len"] == "16384"
    assert flags["--tensor-parallel-size"] == "2" and flags["--data-parallel-size"] == "4"
    assert json.loads(flags["--limit-mm-per-prompt"]) == {"image": 1, "video": 0}
    assert flags["--gpu-memory-utilization"] == "0.8"
    assert cmd[-1] == "--enforce-eager"
    assert "--gpu-memory-utilization" not in VllmServerConfig(model="m").command(1)


def fake_checkpoint(folder, weights=b"weights"):
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(weights)
    return folder


def test_local_folder_resolves_with_a_weights_checksum(tmp_path):
    a = fake_checkpoint(tmp_path / "a")
    b = fake_checkpoint(tmp_path / "b", b"other weights")
    resolved = resolve_model(str(a))
    assert resolved.path == a and resolved.revision == weights_checksum(a)
    assert resolved.revision != weights_checksum(b)
    assert resolved.lineage() == {"model": str(a), "model_revision": resolved.revision}


def test_bad_local_models_are_clear_errors(tmp_path):
    with pytest.raises(EngineError, match="holds no"):
        resolve_model(str(tmp_path))
    with pytest.raises(EngineError, match="is not a folder"):
        resolve_model(str(tmp_path / "missing"))


def test_locating_a_model_reads_no_weights(tmp_path):
    # The managed engine locates first and hashes while vLLM loads: locating must not hash.
    (tmp_path / "config.json").write_text("{}")
    assert locate_model(str(tmp_path)) == tmp_path.resolve()
    with pytest.raises(EngineError, match="holds no"):
        model_revision(str(tmp_path), tmp_path)


def test_hub_id_without_a_hub_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EngineError, match="could not be fetched from the hub"):
        resolve_model("allenai/no-such-model-here")


def test_s3_model_is_copied_once_to_the_cache(s3_bucket, tmp_path):
    s3 = boto3.client("s3")
    s3.put_object(Bucket=s3_bucket, Key="models/m1/config.json", Body=b"{}")
    s3.put_object(Bucket=s3_bucket, Key="models/m1/model.safetensors", Body=b"weights")
    s3.put_object(Bucket=s3_bucket, Key="models/m1/sub/tokenizer.json", Body=b"{}")
    s3.put_object(Bucket=s3_bucket, Key="models/m1/empty/", Body=b"")  # a console's folder placeholder
    first = resolve_model(f"s3://{s3_bucket}/models/m1", cache_dir=tmp_path)
    assert (first.path / "sub" / "tokenizer.json").read_bytes() == b"{}"
    assert list(tmp_path.iterdir()) == [first.path]  # staged and renamed: nothing else left in the cache
    assert first.revision == weights_checksum(first.path)
    s3.delete_object(Bucket=s3_bucket, Key="models/m1/model.safetensors")  # a second resolve must not fetch
    assert resolve_model(f"s3://{s3_bucket}/models/m1/", cache_dir=tmp_path).path == first.path
    with pytest.raises(EngineError, match="no objects under"):
        resolve_model(f"s3://{s3_bucket}/models/none", cache_dir=tmp_path)


def test_a_model_copy_that_finishes_second_keeps_the_first(s3_bucket, tmp_path):
    # Two workers on one machine copying the same model: the one already loading it keeps its files.
    s3 = boto3.client("s3")
    s3.put_object(Bucket=s3_bucket, Key="models/m2/model.safetensors", Body=b"new weights")
    target = fake_checkpoint(tmp_path / "cached", b"weights being loaded")
    (target / COMPLETE_MARKER).write_text("complete\n")
    download_model_folder(Storage(), f"s3://{s3_bucket}/models/m2/", target, replace=False)
    assert (target / "model.safetensors").read_bytes() == b"weights being loaded"
    assert list(tmp_path.iterdir()) == [target]
    download_model_folder(Storage(), f"s3://{s3_bucket}/models/m2/", target)
    assert (target / "model.safetensors").read_bytes() == b"new weights"


def test_server_meter_shows_live_queue_and_token_rate(monkeypatch):
    from olmocr_core.cli import console
    from olmocr_core.engines.vllm_server import ManagedVllmServer, ServerMetrics

    clock = iter([100.0, 102.0])
    monkeypatch.setattr(console.time, "monotonic", lambda: next(clock))
    server = ManagedVllmServer(VllmServerConfig(model="m", port=1))
    meter = console.ServerMeter(server)
    server.metrics = ServerMetrics(running=4, waiting=2, generation_tokens=6000)
    assert meter.line() == "server: 4 running, 2 waiting, 3,000 tokens/s"


def test_worker_flags_and_dagster_resource_mean_the_same_engine():
    from olmocr_assets.lib.resources import OcrEngineResource
    from olmocr_core.cli.flags import engine_config
    from olmocr_core.cli.main import build_parser

    flags = ["a.pdf", "--workspace", "s3://b/ws", "--engine", "vlm", "--model", "s3://b/models/olmocr",
             "--max-page-retries", "3", "--guided-decoding", "--max-concurrent-requests", "64",
             "--gpu-memory-utilization", "0.9", "--tensor-parallel-size", "2", "--server-max-restarts", "1"]  # fmt: skip
    args, unknown = build_parser().parse_known_args([*flags, "--enforce-eager"])
    from_cli = engine_config(args, unknown)
    resource = OcrEngineResource(
        engine="vlm",
        model="s3://b/models/olmocr",
        max_page_retries=3,
        guided_decoding=True,
        max_concurrent_requests=64,
        gpu_memory_utilization=0.9,
        tensor_parallel_size=2,
        server_max_restarts=1,
        vllm_args=["--enforce-eager"],
    )
    from_resource = resource.engine_config()
    assert from_cli.managed.log_dir is None  # an s3 workspace: the server log goes to a temp folder
    assert from_cli == from_resource
    assert (
        from_cli.kind == "vlm"
        and from_cli.vlm.max_page_retries == 3
        and from_cli.managed.extra_args == ("--enforce-eager",)
    )


def test_urls_shown_anywhere_carry_no_credentials():
    from olmocr_core.engines.openai_client import redact_url

    assert redact_url("https://user:s3cret@llm.example.com:8443/v1?token=abc") == "https://llm.example.com:8443/v1"
    assert redact_url("http://127.0.0.1:30024/v1") == "http://127.0.0.1:30024/v1"


def test_a_model_key_cannot_write_outside_the_cache(s3_bucket, tmp_path):
    s3 = boto3.client("s3")
    s3.put_object(Bucket=s3_bucket, Key="models/evil/model.safetensors", Body=b"w")
    s3.put_object(Bucket=s3_bucket, Key="models/evil/../../../escaped.txt", Body=b"x")
    with pytest.raises(EngineError, match="outside the model folder"):
        resolve_model(f"s3://{s3_bucket}/models/evil", cache_dir=tmp_path / "cache")
    assert not list(tmp_path.rglob("escaped.txt"))
