"""Page-group partitions at scale: the current grain (one `dolma_documents` partition per ~500-page group, one
dynamic partitions definition for every collection) measured through the real services on PostgreSQL.

    .venv/bin/python bench/bench_partition_scale.py [--sizes 100000,300000] [--million] [--no-write]
    .venv/bin/python bench/bench_partition_scale.py --plan-only [--plan-pages 1000000000 --plan-collections 20]

For each size N (cumulative: the collection grows from one size to the next) it reports
- planning: a simulated manifest (every PDF's page count known, so nothing is rendered) planned by
  `plan_collection`, and the groups registered by `page_groups`' own `_register_groups` (batches of 1,000);
  beside it, the same number of keys inserted raw in batches of 10,000 into a throwaway definition;
- GraphQL latency (median of 3, and the response size) of the queries the UI sends for the asset page
  (`partitionStats`, as the asset page and catalog show it), the partitions tab (the UI's `PartitionHealthQuery`:
  every key and the materialized/failed/materializing lists) and the backfill dialog (`partitionKeyConnection`);
- the `launchPartitionBackfill` mutation over all partitions, then how fast the backfill daemon creates its
  ranged runs (one per GROUPS_PER_RUN groups): when the first and the last appeared, or, past `--backfill-wait`,
  how many it had made and when all would be made at that rate;
- the page-groups sensor's tick (the daemon's tick record: timestamp to endTimestamp);
- the peak RSS (VmHWM, summed over each service's process group) of dagster-webserver and dagster-daemon.

Runs never start: the run queue's `max_concurrent_runs` is 0, so what is measured is the orchestration, not OCR.
`--plan-only` plans `--plan-pages` pages as groups of 500 across `--plan-collections` collections from simulated
manifests (no services): seconds and peak memory per collection.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import multiprocessing
import os
import re
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dagster as dg
import polars as pl
import yaml
from results import machine, publish

from olmocr_assets.defs.collections.assets import _register_groups
from olmocr_assets.defs.ocr.sensors import PAGE_GROUPS_SENSOR_NAME
from olmocr_assets.lib.partitions import GROUPS_PER_RUN, page_group_key, page_group_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import MANIFEST_SCHEMA, add_new_to_manifest
from olmocr_core.work.planning import plan_collection
from tests.support.services import (
    LOCATION,
    REPO,
    REPOSITORY,
    Services,
    group_members,
    postgres_cluster,
    wait_for,
    write_instance_config,
)

HEADING = "## Page-group partitions at scale (current grain, PostgreSQL, real services)"
PLAN_HEADING = "## Planning a billion pages (simulated manifests)"
PAGES_PER_PDF = 100  # simulated: 5 PDFs per 500-page group, so N groups are 5 N manifest rows
RAW_BATCH = 10_000
GOAL_PAGE_S, GOAL_BACKFILL_S, SENSOR_TIMEOUT_S = 2.0, 60.0, 60.0
BACKFILL_WAIT_S = 300.0  # how long to watch the backfill daemon create runs at one size

ASSET = {"path": ["dolma_documents"]}
ASSET_PAGE_QUERY = """query AssetPage($assetKey: AssetKeyInput!) { assetNodeOrError(assetKey: $assetKey) {
  ... on AssetNode { id partitionDefinition { description type }
    partitionStats { numMaterialized numMaterializing numPartitions numFailed } } } }"""
# The Dagster UI's PartitionHealthQuery (js_modules/.../usePartitionHealthData.tsx), single-dimension fragment.
PARTITIONS_TAB_QUERY = """query PartitionHealthQuery($assetKey: AssetKeyInput!) { assetNodeOrError(assetKey: $assetKey) {
  ... on AssetNode { id partitionKeysByDimension { name type partitionKeys }
    assetPartitionStatuses { ... on DefaultPartitionStatuses {
      materializedPartitions materializingPartitions failedPartitions } } } } }"""
BACKFILL_DIALOG_QUERY = """query Keys($assetKey: AssetKeyInput!) { assetNodeOrError(assetKey: $assetKey) {
  ... on AssetNode { id partitionKeyConnection(limit: 100, ascending: false) { results hasMore } } } }"""
QUERIES = {
    "asset page": ASSET_PAGE_QUERY,
    "partitions tab": PARTITIONS_TAB_QUERY,
    "backfill dialog": BACKFILL_DIALOG_QUERY,
}
LAUNCH_BACKFILL = """mutation ($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message } } }"""
BACKFILL_STATUS = """query ($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status } } }"""
CANCEL_BACKFILL = """mutation ($id: String!) { cancelPartitionBackfill(backfillId: $id) { __typename } }"""
SENSOR_STATE = """query ($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor {
  sensorState { id status ticks(limit: 5) { tickId status timestamp endTimestamp runIds error { message } } } } } }"""
START_SENSOR = """mutation ($s: SensorSelector!) { startSensor(sensorSelector: $s) { __typename } }"""
STOP_SENSOR = """mutation ($id: String) { stopSensor(id: $id) { __typename } }"""


# ------------------------------------------------------------------------------------------ simulated collections


def simulated_rows(collection: str, start: int, count: int, pages_per_pdf: int = PAGES_PER_PDF) -> pl.DataFrame:
    """``count`` manifest rows with their page counts known (planning then renders nothing)."""
    return pl.DataFrame({"i": pl.int_range(start, start + count, eager=True)}).select(
        pl.format("s3://corpus/{}/{}.pdf", pl.lit(collection), pl.col("i").cast(pl.String).str.zfill(10)).alias("path"),
        pl.lit(f"s3://corpus/{collection}/").alias("source"),
        pl.lit(1_000_000, pl.Int64).alias("size"),
        pl.lit("etag").alias("etag_or_mtime"),
        pl.lit(pages_per_pdf, pl.Int32).alias("pages"),
        pl.lit(datetime.datetime.now(datetime.UTC)).cast(MANIFEST_SCHEMA["found_at"]).alias("found_at"),
    )


def grow_collection(spec: CollectionSpec, pdfs_before: int, pdfs_after: int) -> tuple[float, float, list[str]]:
    """Add PDFs to the collection's manifest and plan them: (seconds to add, seconds to plan, every group key)."""
    storage = Storage()
    started = time.perf_counter()
    add_new_to_manifest(spec, storage, simulated_rows(spec.name, pdfs_before, pdfs_after - pdfs_before))
    added = time.perf_counter()
    plan = plan_collection(spec)
    planned = time.perf_counter()
    return added - started, planned - added, [page_group_key(spec.name, g.group_id) for g in plan.index]


# ------------------------------------------------------------------------------------------ services


def process_peak_mib(pgid: int) -> float:
    """Peak RSS (VmHWM) summed over the live processes of a process group: the service and its code server."""
    total_kib = 0
    for pid in group_members(pgid):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
        total_kib += int(found.group(1)) if found else 0
    return total_kib / 1024


def time_query(services: Services, query: str, repeats: int = 3) -> tuple[float, float]:
    """(median seconds, response MiB) of one GraphQL query over HTTP."""
    import requests

    seconds, size = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        response = requests.post(
            f"{services.url}/graphql", json={"query": query, "variables": {"assetKey": ASSET}}, timeout=1800
        )
        seconds.append(time.perf_counter() - started)
        response.raise_for_status()
        body = response.json()
        if body.get("errors"):
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        size = len(response.content)
    return statistics.median(seconds), size / 2**20


def sensor_tick(services: Services) -> dict[str, Any]:
    """Turn the page-groups sensor on until its first tick has begun, then off (so no second tick overlaps what is
    measured next), and wait for that tick to end: its seconds and the runs it requested."""
    selector = {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "sensorName": PAGE_GROUPS_SENSOR_NAME}

    def state() -> dict[str, Any]:
        return services.graphql(SENSOR_STATE, {"s": selector})["sensorOrError"]["sensorState"]

    seen = {tick["tickId"] for tick in state()["ticks"]}

    def new_tick(done: bool) -> dict[str, Any] | None:
        new = [t for t in state()["ticks"] if t["tickId"] not in seen]
        if done:
            new = [t for t in new if t["status"] != "STARTED" and t["endTimestamp"]]
        return new[-1] if new else None  # newest first: the last is the first tick since turned on

    services.graphql(START_SENSOR, {"s": selector})
    try:
        wait_for("the page-groups sensor's tick to begin", lambda: new_tick(done=False), timeout=300, interval=0.5)
    finally:
        services.graphql(STOP_SENSOR, {"id": state()["id"]})
    tick = wait_for("the page-groups sensor's tick", lambda: new_tick(done=True), timeout=1200, interval=1)
    if tick["status"] == "FAILURE":
        raise RuntimeError(f"sensor tick failed: {tick['error']}")
    return {"seconds": tick["endTimestamp"] - tick["timestamp"], "runs": len(tick["runIds"])}


def backfill(services: Services, instance: dg.DagsterInstance, size: int, wait_s: float) -> dict[str, Any]:
    """Launch a backfill of every partition of dolma_documents over GraphQL: the mutation's seconds, then how fast
    the backfill daemon creates its ranged runs (one per GROUPS_PER_RUN groups), for at most ``wait_s``; then
    cancel it. Its runs are queued and never start."""
    started = time.perf_counter()
    launched = time.time()
    data = services.graphql(LAUNCH_BACKFILL, {"params": {"assetSelection": [ASSET], "allPartitions": True}})
    launch_s = time.perf_counter() - started
    result = data["launchPartitionBackfill"]
    if result["__typename"] != "LaunchBackfillSuccess":
        raise RuntimeError(f"launchPartitionBackfill: {result}")
    backfill_id = result["backfillId"]
    filters = dg.RunsFilter(tags={"dagster/backfill": backfill_id})
    expected = -(-size // GROUPS_PER_RUN)
    with contextlib.suppress(TimeoutError):
        wait_for(f"backfill {backfill_id}'s runs", lambda: instance.get_runs_count(filters) >= expected, wait_s, 2)
    waited = time.time() - launched
    runs = instance.get_runs_count(filters)
    first = instance.get_run_records(filters, limit=1, ascending=True)
    first_after = first[0].create_timestamp.timestamp() - launched if first else None
    services.graphql(CANCEL_BACKFILL, {"id": backfill_id})
    # Canceling cancels its queued runs; wait for that, so the next size is measured on a quiet daemon.
    cancel_started = time.perf_counter()

    def canceled() -> bool:
        data = services.graphql(BACKFILL_STATUS, {"id": backfill_id})["partitionBackfillOrError"]
        return data["status"] not in {"REQUESTED", "CANCELING"}

    with contextlib.suppress(TimeoutError):
        wait_for(f"backfill {backfill_id} to be canceled", canceled, wait_s, 2)
    cancel_s = time.perf_counter() - cancel_started
    # Runs per second once the daemon had started creating them: what the rest would take at that rate.
    rate = runs / (waited - first_after) if first_after is not None and runs > 1 else None
    return {
        "launch_s": launch_s,
        "first_run_after_s": first_after,
        "runs": runs,
        "expected": expected,
        "waited_s": waited,
        "all_runs_s": waited if runs >= expected else None,
        "projected_s": first_after + expected / rate if rate else None,
        "cancel_s": cancel_s,
    }


def measure_services(
    sizes: list[int], backfill_wait_s: float, workdir: Path, on_size: Callable[[list[dict[str, Any]]], None]
) -> list[dict[str, Any]]:
    """Every size in turn through the services; ``on_size`` gets the rows so far after each (a long run that
    fails at its largest size keeps the smaller ones)."""
    rows = []
    with postgres_cluster() as postgres:
        home = workdir / "dagster_home"
        config = write_instance_config(home, postgres.storage_config())
        settings = yaml.safe_load(config.read_text())
        # Runs are created and queued but never launched: the orchestration is measured, not OCR.
        settings["concurrency"]["runs"] = {"max_concurrent_runs": 0}
        config.write_text(yaml.safe_dump(settings, sort_keys=False))
        platform_root = home / "olmocr"
        env = {
            **os.environ,
            "DAGSTER_HOME": str(home),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            "OLMOCR_PLATFORM_ROOT": str(platform_root),
        }
        env.pop("OLMOCR_COLLECTIONS", None)
        spec = CollectionSpec(
            name="bench", workspace=str(workdir / "bench"), sources=(SourceSpec("s3://corpus/bench/"),)
        )
        PlatformResource(root=str(platform_root)).registry().save(spec)
        services = Services(home, env)
        with dg.DagsterInstance.from_config(str(home)) as instance:
            try:
                services.start(timeout=300)
                pdfs = 0
                for size in sizes:
                    row: dict[str, Any] = {"partitions": size}
                    target = size * (500 // PAGES_PER_PDF)
                    row["manifest_s"], row["plan_s"], keys = grow_collection(spec, pdfs, target)
                    pdfs = target
                    started = time.perf_counter()
                    _register_groups(instance, keys)
                    row["register_s"] = time.perf_counter() - started
                    new = len(keys) - (rows[-1]["partitions"] if rows else 0)
                    row["new_keys"] = new
                    raw = [f"raw/{size}/{i}" for i in range(new)]
                    started = time.perf_counter()
                    for start in range(0, len(raw), RAW_BATCH):
                        instance.add_dynamic_partitions("bench_raw_insert", raw[start : start + RAW_BATCH])
                    row["raw_register_s"] = time.perf_counter() - started
                    registered = len(instance.get_dynamic_partitions(page_group_partitions.name))
                    assert registered == size == len(keys), (registered, size, len(keys))
                    for name, query in QUERIES.items():
                        row[name] = time_query(services, query)
                    row["sensor"] = sensor_tick(services)
                    row["backfill"] = backfill(services, instance, size, backfill_wait_s)
                    row["webserver_mib"] = process_peak_mib(services.started[0].process.pid)
                    row["daemon_mib"] = process_peak_mib(services.started[1].process.pid)
                    print(row, flush=True)
                    rows.append(row)
                    on_size(rows)
            except BaseException:
                services.print_logs()
                raise
            finally:
                services.kill()
    return rows


def services_section(rows: list[dict[str, Any]]) -> str:
    def seconds(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}" if value < 10 else f"{value:,.0f}"

    header = ["measure"] + [f"{row['partitions']:,}" for row in rows]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * len(rows)]

    def add(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    add("plan the new PDFs (`plan_collection`, s)", [seconds(r["plan_s"]) for r in rows])
    add("register new keys as `page_groups` does (batches of 1,000, s)", [seconds(r["register_s"]) for r in rows])
    add(f"  the same number raw, batches of {RAW_BATCH:,} (s)", [seconds(r["raw_register_s"]) for r in rows])
    add("  keys added at this step", [f"{r['new_keys']:,}" for r in rows])
    for name in QUERIES:
        add(f"GraphQL {name} (s, median of 3)", [seconds(r[name][0]) for r in rows])
        add("  response (MiB)", [f"{r[name][1]:.1f}" for r in rows])
    add("`launchPartitionBackfill` all partitions (s)", [seconds(r["backfill"]["launch_s"]) for r in rows])
    add("backfill daemon: first run created after (s)", [seconds(r["backfill"]["first_run_after_s"]) for r in rows])
    add(
        "backfill daemon: runs to create (one per GROUPS_PER_RUN groups)",
        [f"{r['backfill']['expected']:,}" for r in rows],
    )
    add("  all created after (s)", [seconds(r["backfill"]["all_runs_s"]) for r in rows])
    add(
        "  created in the time waited",
        [f"{r['backfill']['runs']:,} in {r['backfill']['waited_s']:,.0f} s" for r in rows],
    )
    add("  all created after, at that rate (s)", [seconds(r["backfill"]["projected_s"]) for r in rows])
    add("  canceled, its queued runs with it, after (s)", [seconds(r["backfill"]["cancel_s"]) for r in rows])
    add("page-groups sensor tick (s)", [seconds(r["sensor"]["seconds"]) for r in rows])
    add("  runs it requested", [str(r["sensor"]["runs"]) for r in rows])
    add("dagster-webserver peak RSS (MiB)", [f"{r['webserver_mib']:,.0f}" for r in rows])
    add("dagster-daemon peak RSS (MiB)", [f"{r['daemon_mib']:,.0f}" for r in rows])
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ planning a billion pages


def _plan_one(args: tuple[str, str, int, int]) -> tuple[float, float, int, float, float]:
    """In a fresh process (its peak RSS is this collection's alone): write the simulated manifest, plan it."""
    name, root, pdfs, pages_per_pdf = args
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the interpreter and its imports
    spec = CollectionSpec(name=name, workspace=f"{root}/{name}", sources=(SourceSpec(f"s3://corpus/{name}/"),))
    started = time.perf_counter()
    add_new_to_manifest(spec, Storage(), simulated_rows(name, 0, pdfs, pages_per_pdf))
    manifest_s = time.perf_counter() - started
    started = time.perf_counter()
    plan = plan_collection(spec)
    plan_s = time.perf_counter() - started
    return manifest_s, plan_s, len(plan.index), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, baseline


def plan_billion(pages: int, collections: int, pages_per_pdf: int) -> str:
    pdfs = pages // pages_per_pdf // collections
    results = []
    with tempfile.TemporaryDirectory(prefix="olmocr-plan-") as root:
        context = multiprocessing.get_context("spawn")
        for i in range(collections):
            with context.Pool(1, maxtasksperchild=1) as pool:
                results.append(pool.apply(_plan_one, ((f"c{i:02d}", root, pdfs, pages_per_pdf),)))
            print(f"collection {i + 1}/{collections}: {results[-1]}", flush=True)
    groups = sum(r[2] for r in results)
    rows = [
        "| collections | PDFs each | pages in all | groups in all | manifest write s (sum) | plan s (sum) | plan s (slowest collection) | peak RSS MiB (largest collection) | of which the process at start |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {collections} | {pdfs:,} | {pdfs * pages_per_pdf * collections:,} | {groups:,} | {sum(r[0] for r in results):,.0f} "
        f"| {sum(r[1] for r in results):,.0f} | {max(r[1] for r in results):.1f} | {max(r[3] for r in results):,.0f} "
        f"| {max(r[4] for r in results):,.0f} |",
    ]
    return "\n".join(
        [
            PLAN_HEADING,
            "",
            f"Machine: {machine()} (2 cores shared with three other sessions: timings are noisy).",
            "",
            f"{pages:,} pages as {collections} collections of {pdfs:,} PDFs of {pages_per_pdf} pages, every page count "
            "known in the manifest (nothing rendered). Each collection is planned by `plan_collection` in a fresh "
            "process, as `page_groups` plans one collection partition per run: manifest written, then planned into "
            "groups of 500 pages (olmOCR's rule and sha1 ids) and appended to the workspace's index.",
            "",
            *rows,
            "",
            "Run: `.venv/bin/python bench/bench_partition_scale.py --plan-only`.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,300000", help="partition counts, ascending, comma-separated")
    parser.add_argument("--million", action="store_true", help="also measure 1,000,000 partitions")
    parser.add_argument("--backfill-wait", type=float, default=BACKFILL_WAIT_S, help="seconds to wait per backfill")
    parser.add_argument("--plan-only", action="store_true", help="only plan a billion pages (no services)")
    parser.add_argument("--plan-pages", type=int, default=1_000_000_000)
    parser.add_argument("--plan-collections", type=int, default=20)
    parser.add_argument("--plan-pages-per-pdf", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    # A SIGTERM ends the benchmark through its cleanup: the services and the PostgreSQL cluster are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.plan_only:
        section = plan_billion(args.plan_pages, args.plan_collections, args.plan_pages_per_pdf)
        publish(PLAN_HEADING, section, write=not args.no_write)
        return
    sizes = sorted({int(s) for s in args.sizes.split(",")} | ({1_000_000} if args.million else set()))

    def publish_rows(rows: list[dict[str, Any]]) -> None:
        publish(HEADING, services_report(rows), write=not args.no_write)

    with tempfile.TemporaryDirectory(prefix="olmocr-scale-") as workdir:
        measure_services(sizes, args.backfill_wait, Path(workdir), publish_rows)


def services_report(rows: list[dict[str, Any]]) -> str:
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}: 2 cores shared with three other sessions, PostgreSQL, dagster-webserver and "
            "dagster-daemon all on them, so timings are noisy and slower than a deployment's.",
            "",
            "One collection grows to each size in turn (simulated manifests of 100-page PDFs, 5 per group); the "
            "instance's run queue holds every run (max_concurrent_runs 0), so nothing converts.",
            "",
            services_section(rows),
            "",
            f"Goals: the asset page under {GOAL_PAGE_S:g} s, a backfill over all missing work launched under "
            f"{GOAL_BACKFILL_S:g} s, a sensor tick well inside its {SENSOR_TIMEOUT_S:g} s timeout.",
            "",
            "Run: `.venv/bin/python bench/bench_partition_scale.py [--million]`.",
            "",
        ]
    )


if __name__ == "__main__":
    main()
