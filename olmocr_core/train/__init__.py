"""Training and releasing olmOCR models, without Dagster: the same code runs in a GPU pod, a CLI or a test.

config       typed run configuration loaded from YAML (model, data, training)
data         page PDFs with markdown answers -> tokenized samples (prompt masked), with skip reasons
muon         the Muon optimizer with auxiliary Adam
loop         the SFT loop: accumulation, mixed precision, schedule, eval, checkpoints, resume, metrics
checkpoints  LoRA merge, weight soups, self-contained model folders, copies to and from S3
quantize     FP8 dynamic quantization with llmcompressor
validate     vLLM against transformers: greedy tokens and their probabilities on the same pages
grpo         GRPO with unit-test rewards (TRL's GRPOTrainer)
"""
