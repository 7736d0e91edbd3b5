"""The resources every domain's assets and sensors ask for, built from the deployment's environment."""

import dagster as dg

from olmocr_assets.lib.environment import resources_from_env


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources=resources_from_env())
