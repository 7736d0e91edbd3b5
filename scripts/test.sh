#!/usr/bin/env bash
# Set up and run every test. Extra arguments go to pytest (e.g. -m "not slow" to skip the slow tier).
# The environment is requirements/test.lock (scripts/setup.sh test), vLLM's CPU build included
# (set SKIP_VLLM_INSTALL=1 to leave it out; its tests then skip themselves). Before the tests it
# prints the numeric stack's versions and the CPU's instruction sets (scripts/print_env.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/python scripts/print_env.py
.venv/bin/python -m pytest "$@"
