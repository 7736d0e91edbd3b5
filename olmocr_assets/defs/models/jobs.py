"""Named jobs of the model lifecycle (what `olmocr-platform train` and `release` run), re-executable from the UI.

A job's assets share one partitions definition, so training is two jobs: each dataset's training data, then
the run."""

import dagster as dg

prepare_training_data = dg.define_asset_job(
    "prepare_training_data",
    selection=dg.AssetSelection.assets("training_data"),
    description="A training dataset run through its pipeline and summarized (one dataset partition).",
)
train_model = dg.define_asset_job(
    "train_model",
    selection=dg.AssetSelection.assets("sft_checkpoint"),
    description="A supervised fine-tuning run (one training-run partition), after its datasets' training data.",
)
release_model = dg.define_asset_job(
    "release_model",
    selection=dg.AssetSelection.assets("prepared_model", "fp8_model", "released_model"),
    description="A release candidate prepared, quantized to FP8, validated (blocking checks) and released.",
)
train_grpo = dg.define_asset_job(
    "train_grpo",
    selection=dg.AssetSelection.assets("grpo_checkpoint"),
    description="A GRPO run (one GRPO-run partition, e.g. a seed) from an SFT run's final checkpoint.",
)
