#!/usr/bin/env bash
# Set up and run every test. Extra arguments go to pytest (e.g. -m "not slow" to skip the slow tier).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test,ocr
.venv/bin/python -m pytest "$@"
