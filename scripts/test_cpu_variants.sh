#!/usr/bin/env bash
# The model-loading tests under each SIMD level a CPU may dispatch to: PyTorch's ATen kernels
# (ATEN_CPU_CAPABILITY) and oneDNN's (ONEDNN_MAX_CPU_ISA) capped at the baseline, at AVX2, and left at
# this machine's own. Each level builds its own tiny models and must pass: a test that holds at one
# level only asserts the machine, not the product. Extra arguments go to pytest (e.g. -x, -k grpo).
# Set up first (scripts/setup.sh test). About 25 minutes
# on a 2-core machine (8 per level).
set -uo pipefail
cd "$(dirname "$0")/.."
tests=(
  tests/core/engines/test_hf_chat.py tests/core/train/test_train_loop.py tests/core/train/test_checkpoints.py tests/core/train/test_muon.py
  tests/core/train/test_train_data.py tests/core/train/test_grpo.py tests/core/train/test_quantize.py tests/core/train/test_validate.py
  tests/core/engines/test_vllm.py tests/core/engines/test_vlm_engine.py tests/assets/test_model_assets.py
)
failed=()
for level in default avx2 native; do
  case "$level" in
    default) env=(ATEN_CPU_CAPABILITY=default ONEDNN_MAX_CPU_ISA=SSE41) ;;
    avx2) env=(ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2) ;;
    native) env=() ;;
  esac
  echo "== $level: $(env "${env[@]}" .venv/bin/python -c 'import torch; print("ATen", torch.backends.cpu.get_cpu_capability())')"
  started=$SECONDS
  env "${env[@]}" .venv/bin/python -m pytest -q -p no:cacheprovider "${tests[@]}" "$@" || failed+=("$level")
  echo "== $level: $((SECONDS - started)) s"
done
if ((${#failed[@]})); then
  echo "failed at: ${failed[*]}"
  exit 1
fi
echo "every level passed"
