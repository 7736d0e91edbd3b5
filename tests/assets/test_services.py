"""The services tier: real `dagster-webserver` and `dagster-daemon` processes over the code location in
workspace.yaml, on two instances, the embedded SQLite default and PostgreSQL (dagster-postgres, as in
deploy/helm/values.yaml). Everything is driven as a user drives it: over the webserver's GraphQL API, with
the daemon's sensors, run queue and backfills doing the work. Skip locally with `-m "not services"`.

Per instance, in this order: a sensor-driven run from moto's S3, a backfill of missing shards, one run
each, that never overlap on the accelerator pool, then shutdown on SIGTERM and on SIGINT.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
import yaml

from olmocr_assets.defs.collections.sensors import s3_sensor_name
from olmocr_assets.defs.ocr.sensors import PAGE_GROUPS_SENSOR_NAME
from olmocr_assets.lib.defaults import ACCELERATOR_POOL
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceSpec, specs_from_yaml
from olmocr_core.work.workspace import Workspace
from tests.support.services import (
    LOCATION,
    REPO,
    REPOSITORY,
    Services,
    postgres_cluster,
    wait_for,
    write_instance_config,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]

GROUPS_PER_SHARD = 2  # OLMOCR_GROUPS_PER_SHARD for the services: four groups are two shards, two backfill runs
SAMPLES = REPO / "samples"
SENSOR_PDFS = [SAMPLES / "digital.pdf", SAMPLES / "table.pdf"]  # text layers: the CPU engine is quick
RUN_TERMINAL = {"SUCCESS", "FAILURE", "CANCELED"}
AUTOMATION_SENSOR = "olmocr_automation_sensor"
BACKFILL_RUNNING = {"REQUESTED", "CANCELING", "FAILING"}


@dataclass
class Deployment:
    """One instance with its services, and the S3-watched collection its $OLMOCR_COLLECTIONS declares."""

    kind: str
    services: Services
    watched: CollectionSpec
    bucket: str
    platform_root: Path

    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.services.graphql(query, variables)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def deployment(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, s3_server: str
) -> Iterator[Deployment]:
    """Per instance kind, a DAGSTER_HOME with its dagster.yaml (and, for postgres, a cluster of its own), the
    collections file, and both services started; everything stopped and removed after the module."""
    kind: str = request.param
    root = tmp_path_factory.mktemp(f"services-{kind}")
    with postgres_cluster() if kind == "postgres" else contextlib.nullcontext() as postgres:
        home = root / "dagster_home"
        write_instance_config(home, postgres.storage_config() if postgres else None)
        bucket = f"services-{kind}-{uuid.uuid4().hex[:12]}"
        boto3.client("s3").create_bucket(Bucket=bucket)
        # The sensor plans once a group's worth of pages waits: 1 page, so the first tick that sees a PDF.
        collections = {
            "collections": [
                {
                    "name": "s3-books",
                    "workspace": str(root / "s3-books"),
                    "pages_per_group": 1,
                    "sources": [{"path": f"s3://{bucket}/incoming/"}],
                }
            ]
        }
        collections_file = root / "collections.yaml"
        collections_file.write_text(yaml.safe_dump(collections))
        platform_root = home / "olmocr"
        env = {
            **os.environ,  # with s3_server's AWS_ENDPOINT_URL and fake credentials
            "DAGSTER_HOME": str(home),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            "OLMOCR_COLLECTIONS": str(collections_file),
            "OLMOCR_GROUPS_PER_SHARD": str(GROUPS_PER_SHARD),
            "OLMOCR_PLATFORM_ROOT": str(platform_root),
        }
        services = Services(home, env)
        try:
            services.start()
            [watched] = specs_from_yaml(collections_file.read_text())
            yield Deployment(kind, services, watched, bucket, platform_root)
        finally:
            services.kill()


@pytest.fixture
def running(request: pytest.FixtureRequest, deployment: Deployment) -> Iterator[Deployment]:
    """The deployment with both services up (restarted if the shutdown test stopped them); their logs
    are printed when the test fails."""
    deployment.services.ensure_started()
    failed_before = request.session.testsfailed
    yield deployment
    # The test's own report is counted before its fixtures are torn down.
    if request.session.testsfailed > failed_before:
        deployment.services.print_logs()


# ---------------------------------------------------------------------------------------- GraphQL


RUN_FIELDS = "runId status startTime endTime tags { key value } assetSelection { path }"


def runs(deployment: Deployment, tags: dict[str, str] | None = None) -> list[dict[str, Any]]:
    data = deployment.graphql(
        f"""query ($filter: RunsFilter) {{ runsOrError(filter: $filter) {{
              ... on Runs {{ results {{ {RUN_FIELDS} }} }} ... on PythonError {{ message }} }} }}""",
        {"filter": {"tags": [{"key": k, "value": v} for k, v in (tags or {}).items()]}},
    )
    return data["runsOrError"]["results"]


def run_errors(deployment: Deployment, run_id: str) -> list[str]:
    data = deployment.graphql(
        """query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { eventConnection { events {
              __typename ... on MessageEvent { level message } ... on ErrorEvent { error { message } } } } } } }""",
        {"runId": run_id},
    )
    events = data["runOrError"]["eventConnection"]["events"]
    return [
        f"{e['message']} {(e.get('error') or {}).get('message', '')}".strip()
        for e in events
        if e.get("level") == "ERROR"
    ]


def fail_on_failed_runs(deployment: Deployment, found: list[dict[str, Any]]) -> None:
    failed = [run for run in found if run["status"] in {"FAILURE", "CANCELED"}]
    if failed:
        details = {run["runId"]: run_errors(deployment, run["runId"]) for run in failed}
        raise AssertionError(f"runs failed: {json.dumps(details, indent=1)}")


def partition_statuses(deployment: Deployment, asset: str) -> dict[str, list[str]]:
    data = deployment.graphql(
        """query ($key: AssetKeyInput!) { assetNodeOrError(assetKey: $key) { ... on AssetNode {
              assetPartitionStatuses { ... on DefaultPartitionStatuses {
                materializedPartitions unmaterializedPartitions failedPartitions materializingPartitions } } } } }""",
        {"key": {"path": [asset]}},
    )
    return data["assetNodeOrError"]["assetPartitionStatuses"]


def set_sensor(deployment: Deployment, name: str, on: bool) -> None:
    selector = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "sensorName": name}
    if on:
        data = deployment.graphql(
            """mutation ($selector: SensorSelector!) { startSensor(sensorSelector: $selector) {
                  __typename ... on Sensor { sensorState { status } } ... on PythonError { message } } }""",
            {"selector": selector},
        )
        assert data["startSensor"]["__typename"] == "Sensor", data
        assert data["startSensor"]["sensorState"]["status"] == "RUNNING"
        return
    data = deployment.graphql(
        """query ($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) {
              ... on Sensor { sensorState { id } } } }""",
        {"selector": selector},
    )
    state_id = data["sensorOrError"]["sensorState"]["id"]
    data = deployment.graphql(
        """mutation ($id: String) { stopSensor(id: $id) {
              __typename ... on StopSensorMutationResult { instigationState { status } } } }""",
        {"id": state_id},
    )
    assert data["stopSensor"]["instigationState"]["status"] == "STOPPED", data


def step_spans(deployment: Deployment, run_ids: list[str], step: str) -> list[tuple[float, float, str]]:
    """(start, end, run id) of ``step`` in each run: the time it held its pool slot."""
    data = deployment.graphql(
        """query ($filter: RunsFilter) { runsOrError(filter: $filter) { ... on Runs { results {
              runId stepStats { stepKey status startTime endTime } } } } }""",
        {"filter": {"runIds": run_ids}},
    )
    return [
        (stats["startTime"], stats["endTime"], run["runId"])
        for run in data["runsOrError"]["results"]
        for stats in run["stepStats"]
        if stats["stepKey"] == step and stats["status"] == "SUCCESS"
    ]


def overlaps(spans: list[tuple[float, float, str]]) -> list[str]:
    """Each pair of (start, end, id) spans, in start order, where the later began before the earlier ended."""
    ordered = sorted(spans)
    return [
        f"{later} began {end - start:.1f} s before {earlier} ended"
        for (_, end, earlier), (start, _, later) in zip(ordered, ordered[1:], strict=False)
        if start < end
    ]


def run_tags(run: dict[str, Any]) -> dict[str, str]:
    return {tag["key"]: tag["value"] for tag in run["tags"]}


def collection_runs(deployment: Deployment, collection: str) -> list[dict[str, Any]]:
    """The runs of one collection: its own partition, or one of its shards."""

    def ours(value: str) -> bool:
        return value == collection or value.startswith(collection + "/")

    return [run for run in runs(deployment) if any(ours(value) for value in run_tags(run).values())]


# ---------------------------------------------------------------------------------------- outputs


def shard_keys(deployment: Deployment, collection: str) -> list[str]:
    statuses = partition_statuses(deployment, "dolma_documents")
    every = [*statuses["materializedPartitions"], *statuses["unmaterializedPartitions"]]
    every += [*statuses["failedPartitions"], *statuses["materializingPartitions"]]
    return sorted(key for key in every if key.startswith(collection + "/"))


def all_groups_written(workspace: str) -> bool:
    """Every planned group of the workspace has its output."""
    groups = Workspace(workspace, Storage()).read_index()
    return bool(groups) and all(Workspace(workspace, Storage()).is_done(g.group_id) for g in groups)


def documents(workspace: str) -> list[dict[str, Any]]:
    outputs = sorted((Path(workspace) / "results").glob("output_*.jsonl"))
    return [json.loads(line) for output in outputs for line in output.read_text().splitlines() if line]


# ------------------------------------------------------------------------------------------ tests


def test_pdfs_put_into_s3_become_dolma_documents_through_sensor_ticks_alone(running: Deployment):
    client = boto3.client("s3")
    for pdf in SENSOR_PDFS:
        client.upload_file(str(pdf), running.bucket, f"incoming/{pdf.name}")
    spec = running.watched
    s3_sensor = s3_sensor_name(spec, spec.sources[0])

    set_sensor(running, s3_sensor, on=True)
    try:
        # The S3 sensor's first tick finds both PDFs, a group's worth of pages, and requests planning.
        def planned() -> bool:
            found = runs(running, {"dagster/sensor_name": s3_sensor})
            fail_on_failed_runs(running, found)
            return bool(found) and all(run["status"] == "SUCCESS" for run in found)

        wait_for("the S3 sensor's page_groups run", planned, timeout=120, interval=1)
        # A sensor ticks when turned on, then every 30 s: turned on now, its first tick requests OCR of the
        # new groups (turned on with the other, it would wait up to 30 s more for its next tick).
        set_sensor(running, PAGE_GROUPS_SENSOR_NAME, on=True)

        def converted() -> list[str] | None:
            found = collection_runs(running, spec.name)
            fail_on_failed_runs(running, found)
            keys = shard_keys(running, spec.name)
            settled = all(run["status"] in RUN_TERMINAL for run in found)
            return keys if all_groups_written(spec.workspace) and settled else None

        keys = wait_for("Dolma outputs for every page group of s3-books", converted, timeout=150, interval=2)
    finally:
        set_sensor(running, s3_sensor, on=False)
        set_sensor(running, PAGE_GROUPS_SENSOR_NAME, on=False)

    assert keys == [f"{spec.name}/s000000"]  # pages_per_group 1: one PDF per group, both groups in one shard
    sources = sorted(doc["metadata"]["Source-File"] for doc in documents(spec.workspace))
    assert sources == sorted(f"s3://{running.bucket}/incoming/{pdf.name}" for pdf in SENSOR_PDFS)

    by_sensor: dict[str | None, list[dict[str, Any]]] = {}
    for run in collection_runs(running, spec.name):
        assert run["status"] == "SUCCESS"
        by_sensor.setdefault(run_tags(run).get("dagster/sensor_name"), []).append(run)
    # Nothing but the sensors launched runs: planning from the S3 sensor, OCR of the shard of both groups in one
    # run (one engine start) from the page-groups sensor, and collection_report from the automation sensor.
    assert set(by_sensor) - {AUTOMATION_SENSOR} == {s3_sensor, PAGE_GROUPS_SENSOR_NAME}
    assert all(r["assetSelection"] == [{"path": ["collection_report"]}] for r in by_sensor.get(AUTOMATION_SENSOR, []))
    assert {run_tags(r)["dagster/partition"] for r in by_sensor[s3_sensor]} == {spec.name}
    assert all(r["assetSelection"] == [{"path": ["page_groups"]}] for r in by_sensor[s3_sensor])
    [ocr_run] = by_sensor[PAGE_GROUPS_SENSOR_NAME]
    assert ocr_run["assetSelection"] == [{"path": ["dolma_documents"]}]
    materialized = partition_statuses(running, "dolma_documents")["materializedPartitions"]
    assert sorted(key for key in materialized if key.startswith(spec.name + "/")) == keys

    # The report is kept fresh without anyone asking: the automation sensor (running from the start) refreshes
    # it once the OCR run is done.
    [ocr_run] = by_sensor[PAGE_GROUPS_SENSOR_NAME]

    def report_refreshed() -> bool:
        found = [
            r
            for r in collection_runs(running, spec.name)
            if run_tags(r).get("dagster/sensor_name") == AUTOMATION_SENSOR
        ]
        fail_on_failed_runs(running, found)
        return any(r["status"] == "SUCCESS" and r["startTime"] >= ocr_run["endTime"] for r in found)

    wait_for("collection_report refreshed after the OCR run", report_refreshed, timeout=120, interval=2)


def test_backfill_of_missing_shards_runs_one_run_per_shard_one_at_a_time(
    running: Deployment, tmp_path: Path, shared_pdfs: Path
):
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    chosen = [
        SAMPLES / "digital.pdf",
        SAMPLES / "table.pdf",
        shared_pdfs / "edgar.pdf",
        shared_pdfs / "small_page_size.pdf",
    ]
    for pdf in chosen:
        shutil.copy(pdf, pdfs / pdf.name)
    spec = CollectionSpec(
        name="local-books", workspace=str(tmp_path / "workspace"), sources=(SourceSpec(str(pdfs)),), pages_per_group=1
    )
    # Registered as the UI does it: the partition added, then the register_collection job launched with the
    # collection's config (the launchpad's), which lists and plans its PDFs.
    added = running.graphql(
        """mutation ($selector: RepositorySelector!, $key: String!) { addDynamicPartition(
              repositorySelector: $selector, partitionsDefName: "olmocr_collections", partitionKey: $key) {
              __typename } }""",
        {"selector": {"repositoryName": REPOSITORY, "repositoryLocationName": LOCATION}, "key": spec.name},
    )
    assert added["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess", added
    config = {"workspace": spec.workspace, "sources": [{"path": str(pdfs)}], "pages_per_group": 1}
    launched = running.graphql(
        """mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) {
              __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message }
              ... on RunConfigValidationInvalid { errors { message } } } }""",
        {
            "params": {
                "selector": {
                    "repositoryLocationName": LOCATION,
                    "repositoryName": REPOSITORY,
                    "jobName": "register_collection",
                },
                "runConfigData": {"ops": {"pdf_collection": {"config": config}}},
                "executionMetadata": {"tags": [{"key": "dagster/partition", "value": spec.name}]},
            }
        },
    )
    assert launched["launchRun"]["__typename"] == "LaunchRunSuccess", launched
    registration = launched["launchRun"]["run"]["runId"]

    def registered() -> bool:
        [run] = [run for run in runs(running) if run["runId"] == registration]
        fail_on_failed_runs(running, [run])
        return run["status"] == "SUCCESS"

    wait_for("the register_collection run", registered, timeout=120, interval=1)

    # In the partitions' order (as registered).
    missing = partition_statuses(running, "dolma_documents")["unmaterializedPartitions"]
    missing = [key for key in missing if key.startswith(spec.name + "/")]
    assert missing == [f"{spec.name}/s000000", f"{spec.name}/s000001"]  # one PDF per group, two groups per shard
    data = running.graphql(
        """mutation ($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
              __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message } } }""",
        {
            "params": {
                "assetSelection": [{"path": ["dolma_documents"]}],
                "partitionNames": missing,
                # One converter process per run instead of one per core: each would load PyMuPDF's layout model.
                "runConfigData": {"resources": {"ocr": {"config": {"render_workers": 1}}}},
            }
        },
    )
    assert data["launchPartitionBackfill"]["__typename"] == "LaunchBackfillSuccess", data
    backfill_id = data["launchPartitionBackfill"]["backfillId"]

    def backfill_done() -> str | None:
        fail_on_failed_runs(running, runs(running, {"dagster/backfill": backfill_id}))
        status = running.graphql(
            """query ($id: String!) { partitionBackfillOrError(backfillId: $id) {
                  ... on PartitionBackfill { status } ... on PythonError { message } } }""",
            {"id": backfill_id},
        )["partitionBackfillOrError"]["status"]
        return None if status in BACKFILL_RUNNING else status

    assert wait_for(f"backfill {backfill_id}", backfill_done, timeout=240, interval=2) == "COMPLETED_SUCCESS"

    batches = runs(running, {"dagster/backfill": backfill_id})
    assert all(run["status"] == "SUCCESS" for run in batches)
    # One run per shard, each naming its one partition: no range for Dagster to resolve when it creates the run.
    assert sorted(run_tags(run)["dagster/partition"] for run in batches) == missing
    assert not any("dagster/asset_partition_range_start" in run_tags(run) for run in batches)

    # One accelerator: the pool holds one slot, and no two batches' dolma_documents steps (which hold it)
    # ran at once.
    limit = running.graphql(
        """query ($key: String!) { instance { concurrencyLimit(concurrencyKey: $key) { slotCount } } }""",
        {"key": ACCELERATOR_POOL},
    )
    assert limit["instance"]["concurrencyLimit"]["slotCount"] == 1
    steps = step_spans(running, [run["runId"] for run in batches], "dolma_documents")
    print(f"{running.kind} backfill runs: {sorted((r['startTime'], r['endTime']) for r in batches)}, steps: {steps}")
    assert len(steps) == len(batches)
    assert overlaps(steps) == []

    assert all_groups_written(spec.workspace)
    sources = sorted(doc["metadata"]["Source-File"] for doc in documents(spec.workspace))
    assert sources == sorted(str(pdfs / pdf.name) for pdf in chosen)
    assert not [k for k in partition_statuses(running, "dolma_documents")["unmaterializedPartitions"] if k in missing]

    # ... and no two runs of the pool overlapped either: with the pool's granularity "run" (what olmocr-platform
    # writes) the queue holds a run back until the pool has a slot for the whole run. Under "op" it counted a
    # started run against the pool only for its first seconds, and on a loaded machine runs overlapped.
    assert overlaps([(run["startTime"], run["endTime"], run["runId"]) for run in batches]) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_services_stop_within_10_s_of_a_signal_to_their_process_groups(running: Deployment, signum: signal.Signals):
    stopped = running.services.stop(signum, timeout=10)
    print(stopped)

    for name, result in stopped.items():
        assert result.exited_after is not None, f"dagster {name} still ran 10 s after {signum.name}"
        assert result.group_gone_after is not None, f"dagster {name}'s children outlived it by 10 s"
        assert result.group_gone_after <= 10
