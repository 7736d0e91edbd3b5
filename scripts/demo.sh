#!/usr/bin/env bash
# Set up and run the main job on the embedded default: the CPU engine converts the sample PDFs
# into Dolma documents in ./workspace/demo (results/, reports/, markdown/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh ocr
.venv/bin/olmocr-worker samples/ --workspace workspace/demo --markdown "$@"
