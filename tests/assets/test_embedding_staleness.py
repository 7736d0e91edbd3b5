"""A new embedding model makes the chunks and embeddings stale and leaves the OCR fresh: `embedding_model` is an
observed external asset whose data version is the model's revision, on a real Dagster instance with the tiny
sentence-transformer."""

import dagster as dg
import pytest
from dagster._core.definitions.data_version import StaleStatus
from dagster._utils.test.data_versions import get_stale_status_resolver  # what the UI asks, over an instance

from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.search_resources import EmbeddingResource
from tests.assets.test_search_assets import written_collection
from tests.support.dagster_run import ASSETS as CODE_LOCATION
from tests.support.dagster_run import run_assets
from tests.support.tiny_embedder import build_tiny_embedder

pytestmark = pytest.mark.slow  # loads a (tiny) model

ASSETS = ["dolma_documents", "document_chunks", "document_embeddings"]


def observe(instance, platform, model) -> dg.ExecuteInProcessResult:
    result = run_assets(
        ["embedding_model"], {"platform": platform, "embedding": EmbeddingResource(model=model)}, instance
    )
    assert result.success
    return result


def statuses(instance, key) -> dict[str, tuple[StaleStatus, list[str]]]:
    """Each asset's stale status for the shard, with its root causes as the UI shows them."""
    resolver = get_stale_status_resolver(instance, CODE_LOCATION)
    found = {}
    for name in ASSETS:
        asset_key = dg.AssetKey(name)
        causes = [
            f"{c.key.asset_key.to_user_string()} {c.reason}" for c in resolver.get_stale_root_causes(asset_key, key)
        ]
        found[name] = (resolver.get_status(asset_key, key), causes)
    return found


def test_a_new_embedding_model_marks_chunks_and_embeddings_stale_not_the_ocr(tiny_embedder_dir, tmp_path):
    platform = PlatformResource(root=str(tmp_path / "registry"))
    model_a, model_b = str(tiny_embedder_dir), str(build_tiny_embedder(tmp_path / "model-b", seed=1))
    with dg.DagsterInstance.ephemeral() as instance:
        # A shard of one group, its OCR output as the conversion leaves it, then model A observed and the shard
        # embedded.
        (key,) = written_collection(instance, platform, tmp_path, ["g1"], converted=["g1"])
        instance.report_runless_asset_event(dg.AssetMaterialization("dolma_documents", partition=key))
        observed = observe(instance, platform, model_a).asset_observations_for_node("embedding_model")
        record = instance.get_latest_data_version_record(dg.AssetKey("embedding_model"))
        revision_a = record.event_log_entry.tags["dagster/data_version"]
        assert observed[0].metadata["model"].value == model_a and len(revision_a) == 64  # the weights' sha256
        resources = {
            "platform": platform,
            "embedding": EmbeddingResource(model=model_a, chunk_tokens=24, chunk_overlap=4),
        }
        result = run_assets(["document_chunks", "document_embeddings"], resources, instance, partition_key=key)
        assert result.success
        (embedded,) = result.asset_materializations_for_node("document_embeddings")
        # The materialization records which model version it was made with.
        assert embedded.tags["dagster/input_data_version/embedding_model"] == revision_a
        assert embedded.metadata["embedding_model_revision"].value == revision_a
        assert {name: s for name, (s, _) in statuses(instance, key).items()} == dict.fromkeys(ASSETS, StaleStatus.FRESH)

        # The same model observed again: nothing changes.
        observe(instance, platform, model_a)
        assert {name: s for name, (s, _) in statuses(instance, key).items()} == dict.fromkeys(ASSETS, StaleStatus.FRESH)

        # Model B: other weights, another revision; the chunks (cut in its tokens) and the vectors are stale.
        observe(instance, platform, model_b)
        found = statuses(instance, key)
        assert found["dolma_documents"] == (StaleStatus.FRESH, [])
        for name in ("document_chunks", "document_embeddings"):
            status, causes = found[name]
            assert status == StaleStatus.STALE and causes == ["embedding_model has a new data version"], name
