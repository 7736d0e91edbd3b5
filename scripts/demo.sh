#!/usr/bin/env bash
# Set up and run the main job on the embedded default: the sample PDFs become a collection whose
# page groups are materialized as Dagster assets (CPU engine, local workspace ./workspace/demo, local
# Dagster instance in $DAGSTER_HOME, default ./.dagster_home). `dg dev` then shows the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh demo
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/.dagster_home}"
.venv/bin/olmocr-platform run samples/ --workspace workspace/demo --collection samples --markdown "$@"
