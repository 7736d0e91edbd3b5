"""Training and releasing olmOCR models, without Dagster: the same code runs in a GPU pod, a CLI or a test.
(Model folders and the registry of released models are in ``olmocr_core.models``.)

config       typed run configuration loaded from YAML (model, data, training)
data         page PDFs with markdown answers -> tokenized samples (prompt masked), with skip reasons
muon         the Muon optimizer with auxiliary Adam
loop         the SFT loop: accumulation, mixed precision, schedule, eval, checkpoints, resume, metrics
metrics      metrics.jsonl, the records both SFT and GRPO runs log (and wandb, and the caller's on_log)
train_state  optimizer, scheduler and RNG state saved without pickle (safetensors + JSON)
threads      torch thread counts for CPU training
grpo         GRPO with unit-test rewards (TRL's GRPOTrainer); rewards: the reward functions
checkpoints  LoRA merge, weight soups, self-contained model folders, copies to and from S3
quantize     FP8 quantization with llmcompressor
validate     vLLM against transformers: greedy tokens and their probabilities on the same pages
lifecycle    the steps between stages: registering runs, validating candidates, release lineage
"""
