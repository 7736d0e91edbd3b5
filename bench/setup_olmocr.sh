#!/usr/bin/env bash
# olmOCR 0.4.27 (base install, no GPU extras) in its own virtualenv for side-by-side benchmarks.
# Separate because it would downgrade packages our .venv pins (huggingface_hub, rich, filelock, httpx).
# Its renderer also needs poppler's pdfinfo/pdftoppm: on Debian, apt-get install -y poppler-utils.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv-olmocr"
python="${PYTHON:-$here/../.venv/bin/python}"

"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "olmocr==0.4.27"
"$venv/bin/python" -c "import olmocr.pipeline, olmocr.version; print('olmocr', olmocr.version.VERSION)"

command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null \
  || echo "warning: pdftoppm/pdfinfo not found; install poppler-utils (apt-get install -y poppler-utils)" >&2
