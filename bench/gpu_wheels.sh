#!/usr/bin/env bash
# The wheels bench/gpu_check.py needs on the GPU machine (python 3.12, manylinux x86_64, no package registry),
# downloaded into .whl/ at the repository root, which the device tool carries (carry [".whl"]).
#
# That machine has torch, transformers, peft, accelerate, numpy, pillow, pyyaml and tqdm (see its package list);
# of what the check imports it lacks only PyMuPDF. PyMuPDF 1.28 rather than our pinned 2.0: the 2.0 wheel is
# 69 MB (over the 64 MiB a run may carry) and pulls pymupdf4llm and pymupdf-layout, which only the cpu engine
# uses; 1.28 is 26 MB with no dependencies and renders with the same calls. boto3 is not needed: olmocr_core
# imports it on first S3 use only. isal is optional (olmocr_core.rendering.pdf falls back to zlib's deflate).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
WHEELS=(pymupdf==1.28.2)
LIMIT_MIB=50  # what travels: these wheels and the working tree, under the device tool's 64 MiB

exclude=$(git rev-parse --git-path info/exclude)
grep -qxF /.whl/ "$exclude" 2>/dev/null || echo /.whl/ >>"$exclude"
rm -rf .whl
"$PYTHON" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 --platform manylinux1_x86_64 -d .whl "${WHEELS[@]}"
wheels=$(du -sb .whl | cut -f1)
tree=$(git ls-files -co --exclude-standard -z | du -cb --files0-from=- | tail -1 | cut -f1)
total_mib=$(((wheels + tree) / 1048576))
ls -l .whl
echo "wheels $((wheels / 1048576)) MiB + working tree $((tree / 1048576)) MiB = ${total_mib} MiB (limit ${LIMIT_MIB})"
if ((total_mib >= LIMIT_MIB)); then
    echo "too much to carry" >&2
    exit 1
fi
