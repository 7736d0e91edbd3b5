"""The sensor that evaluates the assets' declarative automation (collection_report's condition)."""

import dagster as dg

# Declarative automation (collection_report's condition), evaluated by a sensor that runs from the start: a
# report is fresh without anyone turning anything on.
automation_sensor = dg.AutomationConditionSensorDefinition(
    "olmocr_automation_sensor",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Evaluates the assets' automation conditions: requests collection_report for a new collection "
    "and after its page groups were converted.",
)
