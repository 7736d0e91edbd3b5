#!/usr/bin/env bash
# Set up and run every test. Extra arguments go to pytest (e.g. -m "not slow" to skip the slow tier,
# -m "not services" only the tier that starts dagster-webserver, dagster-daemon and PostgreSQL).
# The environment is requirements/test.lock (scripts/setup.sh test), vLLM's CPU build included
# (set SKIP_VLLM_INSTALL=1 to leave it out; its tests then skip themselves). Before the tests it
# prints the numeric stack's versions and the CPU's instruction sets (scripts/print_env.py).
set -euo pipefail
cd "$(dirname "$0")/.."
# The services tier (tests/assets/test_services.py, tests/assets/test_ui.py) starts its own cluster of Debian's
# PostgreSQL and drives the UI with Debian's chromium (browsers cannot be downloaded here): install them where they
# are missing and we may (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # A failed install (no registry) is not the tests' failure: those tests then skip and say why.
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } ||
      echo "could not install ${missing[*]}; the tests that need them skip" >&2
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
scripts/setup.sh test
.venv/bin/python scripts/print_env.py
.venv/bin/python -m pytest "$@"
