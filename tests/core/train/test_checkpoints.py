"""From training checkpoints to release folders: LoRA merges, soups, prepare_model and copies to S3."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from olmocr_core.common.errors import ConfigError, ModelError, StorageError
from olmocr_core.engines.hf_chat import ChatEncoder, HfChatModel
from olmocr_core.formats.prompts import build_messages
from olmocr_core.models.files import COMPLETE_MARKER, copy_processor_files
from olmocr_core.models.source import weights_checksum
from olmocr_core.rendering import pdf
from olmocr_core.storage.facade import Storage
from olmocr_core.train.checkpoints import copy_model, merge_lora, prepare_model, soup
from tests.support import pdfgen
from tests.support.tiny_qwen import one_torch_thread

MAX_TOKENS = 16


# ----------------------------------------------------------------------------------------------- fixtures


def _save_model(model, like: Path, out_dir: Path) -> Path:
    model.save_pretrained(out_dir)
    copy_processor_files(like, out_dir)
    return out_dir


def _fresh_model(like: Path, out_dir: Path, seed: int, **text_config) -> Path:
    """A randomly initialised model with like's config (text_config entries changed) and processor files."""
    import torch
    from transformers import AutoConfig, AutoModelForImageTextToText

    config = AutoConfig.from_pretrained(like)
    for key, value in text_config.items():
        setattr(config.text_config, key, value)
    torch.manual_seed(seed)
    return _save_model(AutoModelForImageTextToText.from_config(config), like, out_dir)


def _checkpoint(run_dir: Path, step: int, *, complete: bool = True) -> Path:
    """An empty checkpoint-{step} folder laid out as the training loop writes it; returns its model/."""
    checkpoint = run_dir / f"checkpoint-{step}"
    (checkpoint / "model").mkdir(parents=True)
    if complete:
        (checkpoint / COMPLETE_MARKER).write_text("")
    return checkpoint / "model"


@pytest.fixture(scope="module")
def base(untrained_model_dir: Path) -> Path:
    return untrained_model_dir


@pytest.fixture(scope="module")
def other(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Same architecture as base, initialised from another seed: a second full fine-tune stand-in."""
    with one_torch_thread():
        return _fresh_model(base, _checkpoint(tmp_path_factory.mktemp("run-b"), 20), seed=99)


@pytest.fixture(scope="module")
def wider(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another architecture: the same model type with a wider MLP."""
    with one_torch_thread():
        return _fresh_model(base, tmp_path_factory.mktemp("wider") / "model", seed=5, intermediate_size=192)


@pytest.fixture(scope="module")
def adapter(base: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LoRA checkpoint on base, as a LoRA training run saves it: adapter, processor files, marker."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForImageTextToText

    with one_torch_thread():
        model = AutoModelForImageTextToText.from_pretrained(base, dtype="auto")
        lora = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "o_proj", "down_proj"])
        peft_model = get_peft_model(model, lora)
        torch.manual_seed(3)
        for name, parameter in peft_model.named_parameters():
            if "lora_B" in name:  # peft starts B at zero (a no-op adapter): make this one matter
                torch.nn.init.normal_(parameter, std=0.05)
        folder = _checkpoint(tmp_path_factory.mktemp("run-lora"), 10)
        peft_model.save_pretrained(folder)
        copy_processor_files(base, folder)
    return folder


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    document = pdfgen.write_digital(tmp_path_factory.mktemp("pdf"))
    return pdf.render_page_png(pdf.open_document(document), 1)


def _tensors(model_dir: Path) -> dict:
    from safetensors.torch import load_file

    tensors = {}
    for shard in sorted(model_dir.glob("*.safetensors")):
        tensors.update(load_file(shard))
    return tensors


# ------------------------------------------------------------------------------------------------- merge


def test_merged_lora_answers_like_base_plus_adapter(base, adapter, page, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForImageTextToText

    merged_dir = merge_lora(adapter, tmp_path / "merged")
    assert (merged_dir / COMPLETE_MARKER).is_file()
    assert not (merged_dir / "adapter_config.json").exists()

    messages = build_messages(page)
    with one_torch_thread(), torch.inference_mode():
        merged = HfChatModel.load(merged_dir, device="cpu")  # loads on its own: config, weights, processor
        plain = AutoModelForImageTextToText.from_pretrained(base, dtype="auto").eval()
        plain_logits = plain(**merged.encoder.encode(messages)).logits
        unmerged = HfChatModel(
            PeftModel.from_pretrained(plain, adapter).eval(),
            ChatEncoder.load(adapter),
            model_name="base+adapter",
            device="cpu",
            revision="unmerged",
        )
        inputs = merged.encoder.encode(messages)
        merged_logits = merged.model(**inputs).logits
        unmerged_logits = unmerged.model(**inputs).logits
        merged_answer = merged.generate(messages, temperature=0.0, max_tokens=MAX_TOKENS)
        unmerged_answer = unmerged.generate(messages, temperature=0.0, max_tokens=MAX_TOKENS)

    # The adapter changes the model, and the merged weights change it the same way.
    assert (unmerged_logits - plain_logits).abs().max() > 1e-2
    torch.testing.assert_close(merged_logits, unmerged_logits, atol=1e-5, rtol=1e-5)
    assert merged_answer.completion_tokens > 0
    assert merged_answer == unmerged_answer


def test_merge_refuses_an_adapter_for_another_architecture(adapter, wider, tmp_path):
    with pytest.raises(ModelError) as error:
        merge_lora(adapter, tmp_path / "merged", base=wider)
    message = str(error.value)
    assert str(adapter) in message and str(wider) in message
    assert "does not fit" in message and "features" in message
    assert not (tmp_path / "merged").exists()
    assert [path.name for path in tmp_path.iterdir()] == []  # no staging folder left behind


# -------------------------------------------------------------------------------------------------- soup


def test_soup_is_the_exact_average(base, other, tmp_path):
    import torch

    out = soup([base, other], tmp_path / "soup")
    a, b, averaged = _tensors(base), _tensors(other), _tensors(out)
    assert averaged.keys() == a.keys()
    differing = 0
    for name, tensor in a.items():
        expected = ((tensor.float() + b[name].float()) / 2).to(tensor.dtype)
        assert averaged[name].dtype == tensor.dtype
        assert torch.equal(averaged[name], expected), name
        differing += not torch.equal(tensor, b[name])
    assert differing > len(a) // 2  # the two really are different models
    for name in ("config.json", "generation_config.json", "tokenizer.json", "preprocessor_config.json"):
        assert (out / name).read_bytes() == (base / name).read_bytes()
    assert (out / COMPLETE_MARKER).is_file()


def test_soup_refuses_mismatched_checkpoints(base, other, wider, adapter, tmp_path):
    from safetensors.torch import save_file

    out = tmp_path / "soup"
    with pytest.raises(ModelError, match=r"tensor \S+\.mlp\.(gate|up|down)_proj\.weight is F32 \(\d+, \d+\)") as error:
        soup([base, wider], out)
    assert f"checkpoint {wider} does not match {base}" in str(error.value)
    renamed = shutil.copytree(other, tmp_path / "renamed")
    config = json.loads((renamed / "config.json").read_text())
    (renamed / "config.json").write_text(json.dumps({**config, "architectures": ["Qwen2VLForConditionalGeneration"]}))
    with pytest.raises(ModelError, match=f"checkpoint {renamed} is a .*Qwen2VL.* a soup needs one architecture"):
        soup([base, renamed], out)
    lacking = shutil.copytree(other, tmp_path / "lacking")
    tensors = _tensors(lacking)
    dropped = sorted(tensors)[3]
    save_file({name: tensor for name, tensor in tensors.items() if name != dropped}, lacking / "model.safetensors")
    with pytest.raises(ModelError, match=f"checkpoint {lacking} does not match {base}: lacks tensors {dropped}$"):
        soup([base, lacking], out)
    with pytest.raises(ModelError, match="LoRA adapter: merge it into its base first"):
        soup([base, adapter], out)
    with pytest.raises(ModelError, match="at least two"):
        soup([base], out)
    assert not out.exists()


# ----------------------------------------------------------------------------------------------- prepare


def test_prepare_soup_merges_adapters_first(base, adapter, other, tmp_path):
    import torch
    from transformers import AutoModelForImageTextToText

    sources = [adapter.parent, other.parent]  # checkpoint-{step} folders, as a release candidate names them
    prepared = prepare_model(sources, "soup", tmp_path / "prepared")

    merged = _tensors(merge_lora(adapter, tmp_path / "merged"))
    second, souped = _tensors(other), _tensors(prepared.path)
    for name, tensor in merged.items():
        assert torch.equal(souped[name], ((tensor.float() + second[name].float()) / 2).to(tensor.dtype)), name

    loaded = AutoModelForImageTextToText.from_pretrained(prepared.path)
    assert prepared.parameters == sum(parameter.numel() for parameter in loaded.parameters())
    assert prepared.checksum == weights_checksum(prepared.path)
    assert prepared.size_bytes == sum(path.stat().st_size for path in prepared.path.iterdir())
    assert (prepared.method, prepared.sources) == ("soup", tuple(str(source) for source in sources))


def test_prepare_single_and_merge(base, adapter, other, tmp_path):
    single = prepare_model([other.parent], "single", tmp_path / "single")
    assert single.checksum == weights_checksum(other)
    merged = prepare_model([adapter.parent], "merge", tmp_path / "merge")
    assert merged.checksum not in (weights_checksum(base), single.checksum)
    assert merged.parameters == single.parameters

    with pytest.raises(ModelError, match="use method 'merge'"):
        prepare_model([adapter.parent], "single", tmp_path / "refused")
    with pytest.raises(ModelError, match="not a LoRA adapter"):
        prepare_model([other.parent], "merge", tmp_path / "refused")
    with pytest.raises(ConfigError, match="takes one checkpoint"):
        prepare_model([other.parent, adapter.parent], "single", tmp_path / "refused")
    with pytest.raises(ConfigError, match="'average'"):
        prepare_model([other.parent], "average", tmp_path / "refused")

    unfinished = _checkpoint(tmp_path / "run-c", 30, complete=False)
    shutil.copytree(other, unfinished, dirs_exist_ok=True)
    with pytest.raises(ModelError, match=f"checkpoint {unfinished.parent} is incomplete"):
        prepare_model([unfinished.parent], "single", tmp_path / "refused")
    assert not (tmp_path / "refused").exists()


def test_prepare_replaces_an_earlier_output_whole(base, other, tmp_path):
    out = tmp_path / "prepared"
    first = prepare_model([base], "single", out)
    second = prepare_model([other.parent], "single", out)
    assert first.checksum != second.checksum == weights_checksum(out)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["prepared"]


def test_a_failed_write_leaves_the_earlier_output(base, other, tmp_path, monkeypatch):
    import safetensors.torch

    out = tmp_path / "prepared"
    earlier = prepare_model([base], "single", out)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safetensors.torch, "save_file", disk_full)
    with pytest.raises(OSError, match="No space left"):
        prepare_model([base, other.parent], "soup", out)
    assert weights_checksum(out) == earlier.checksum and (out / COMPLETE_MARKER).is_file()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["prepared"]  # the staging folder is gone


# -------------------------------------------------------------------------------------------------- copy


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_copy_model_to_s3_and_back(s3_bucket, other, tmp_path):
    prepared = prepare_model([other.parent], "single", tmp_path / "prepared")
    url = f"s3://{s3_bucket}/models/candidate"
    storage = Storage()
    storage.write_bytes(f"{url}/stale-shard.safetensors", b"from an older model")

    copy_model(str(prepared.path), url, storage)
    copy_model(url + "/", str(tmp_path / "back"), storage)
    copy_model(str(prepared.path), str(tmp_path / "local-copy"), storage)

    assert weights_checksum(tmp_path / "back") == prepared.checksum
    assert _files(tmp_path / "back") == _files(prepared.path) == _files(tmp_path / "local-copy")
    assert not storage.exists(f"{url}/stale-shard.safetensors")


def test_interrupted_copy_is_refused(s3_bucket, other, tmp_path, monkeypatch):
    prepared = prepare_model([other.parent], "single", tmp_path / "prepared")
    url = f"s3://{s3_bucket}/models/candidate"
    storage = Storage()
    copy_model(str(prepared.path), url, storage)  # a complete copy, then a second one dies half way

    client = storage.s3_client
    upload_file, calls = client.upload_file, []

    def dies_on_second_file(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise ConnectionError("connection lost")
        return upload_file(*args, **kwargs)

    monkeypatch.setattr(client, "upload_file", dies_on_second_file)
    with pytest.raises(ConnectionError):
        copy_model(str(prepared.path), url, storage)
    monkeypatch.undo()

    assert not storage.exists(f"{url}/{COMPLETE_MARKER}")
    with pytest.raises(ModelError, match="incomplete"):
        copy_model(url, str(tmp_path / "back"), storage)
    assert not (tmp_path / "back").exists()

    (prepared.path / COMPLETE_MARKER).unlink()  # a local folder without its marker is refused the same way
    with pytest.raises(ModelError, match=f"model {prepared.path} is incomplete"):
        copy_model(str(prepared.path), f"s3://{s3_bucket}/other", storage)


def test_copy_model_reports_storage_failures(other, tmp_path, s3_server):
    prepared = prepare_model([other.parent], "single", tmp_path / "prepared")
    with pytest.raises(StorageError, match="no-such-bucket-here"):
        copy_model(str(prepared.path), "s3://no-such-bucket-here/model", Storage())
