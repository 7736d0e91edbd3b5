#!/usr/bin/env bash
# Create .venv at the project root and install the project with the given extras (default: ocr).
#   scripts/setup.sh            base + ocr: what the embedded default (CPU engine) needs
#   scripts/setup.sh test       + test tools, torch and transformers for the tiny test model
# torch is installed first, pinned, when an extra needs it: an unpinned torch resolved by pip
# pulls GBs of CUDA packages; TORCH_SPEC overrides the pin (e.g. on a GPU machine).
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-ocr}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
if [[ ",$extras," == *",test,"* || ",$extras," == *",train,"* ]]; then
  "${pip[@]}" "${TORCH_SPEC:-torch==2.13.0}"
fi
"${pip[@]}" -e ".[$extras]"
