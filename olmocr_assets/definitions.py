"""The Dagster code location. Assets arrive with the asset-graph issue; for now it loads empty."""

import dagster as dg

defs = dg.Definitions(assets=[])
