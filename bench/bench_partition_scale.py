"""Partitions at scale: `dolma_documents` partitioned by shard (a fixed run of one collection's page groups, 48 by
default; docs/partition-grain.md) measured through the real services on PostgreSQL, beside the page-group grain
it replaced, measured by this script before shards at the sizes where that grain broke.

    .venv/bin/python bench/bench_partition_scale.py [--collections 20 --groups 100000] [--no-write]
    .venv/bin/python bench/bench_partition_scale.py --plan-only [--plan-pages 1000000000 --plan-collections 20]

`--grain shards` (the default, and the only grain the code location has now) reports, for `--collections`
collections of `--groups` page groups each (1 billion pages: 20 of 100,000 groups of 500 pages):
- planning: simulated manifests (one 500-page PDF per group, every page count known, so nothing is rendered)
  planned by `plan_collection` into real indexes, and the shard keys registered as `page_groups` does
  (`shard_keys`, `register_shards`); the shard cut itself is arithmetic on the index length;
- finding the shards that hold groups without an output (`waiting_groups_by_shard`, what `olmocr-platform run`
  reads), over every collection;
- GraphQL latency (median of 3, and the response size) of the queries the UI sends for the asset page
  (`partitionStats`), the partitions tab (the UI's `PartitionHealthQuery`: every key and the
  materialized/failed/materializing lists) and the backfill dialog (`partitionKeyConnection`);
- the `launchPartitionBackfill` mutation over all missing shards, then how fast the backfill daemon creates its
  runs (one per shard): when the first and the last appeared, or, past `--backfill-wait`, how many it had made
  and when all would be made at that rate;
- one tick of whatever `olmocr_page_groups_sensor` the code location holds, evaluated by the daemon (the tick
  record: timestamp to endTimestamp, its runs or skip reason);
- the peak RSS (VmHWM, summed over each service's process group) of dagster-webserver and dagster-daemon.

Runs never start: the run queue's `max_concurrent_runs` is 0, so what is measured is the orchestration, not OCR.
The page-group grain's column comes from `--compare` (bench/partition_scale_page_groups.json: this script's
earlier run on the same machine); `--grain page-groups` cannot run any more, as no asset is partitioned by page
group. `--plan-only` plans `--plan-pages` pages as groups of 500 across `--plan-collections` collections from
simulated manifests of small PDFs (no services): seconds and peak memory per collection.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
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
from results import REPO as BENCH_REPO
from results import machine, publish

from olmocr_assets.defs.ocr.sensors import PAGE_GROUPS_SENSOR_NAME
from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.shards import register_shards, shard_keys, waiting_groups_by_shard
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import MANIFEST_SCHEMA, add_new_to_manifest
from olmocr_core.work.planning import plan_collection
from olmocr_core.work.shards import DEFAULT_GROUPS_PER_SHARD

sys.path.insert(0, str(BENCH_REPO))  # the tests' services helpers: `tests` is not an installed package
from tests.support.services import (  # noqa: E402
    LOCATION,
    REPO,
    REPOSITORY,
    Services,
    group_members,
    postgres_cluster,
    wait_for,
    write_instance_config,
)

HEADING = "## Shard partitions at scale (PostgreSQL, real services), beside page-group partitions"
PLAN_HEADING = "## Planning a billion pages (simulated manifests)"
PAGES_PER_PDF = 500  # simulated: one PDF per 500-page group, so N groups are N manifest rows
GOAL_PAGE_S, GOAL_BACKFILL_S, SENSOR_TIMEOUT_S = 2.0, 60.0, 60.0
COMPARE = BENCH_REPO / "bench" / "partition_scale_page_groups.json"
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
  sensorState { id status ticks(limit: 5) { tickId status timestamp endTimestamp runIds skipReason
    error { message } } } } } }"""
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


def plan_simulated(spec: CollectionSpec, groups: int) -> list[str]:
    """Write a manifest of ``groups`` 500-page PDFs and plan it into the collection's index: its shard keys."""
    add_new_to_manifest(spec, Storage(), simulated_rows(spec.name, 0, groups))
    return shard_keys(spec, len(plan_collection(spec).index))


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
    """Turn the page-groups sensor (whichever the code location holds) on until its first tick has begun, then off (so no second tick overlaps what is
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
    return {
        "seconds": tick["endTimestamp"] - tick["timestamp"],
        "runs": len(tick["runIds"]),
        "skip_reason": tick["skipReason"],
    }


def backfill(services: Services, instance: dg.DagsterInstance, expected: int, wait_s: float) -> dict[str, Any]:
    """Launch a backfill of every partition of dolma_documents (none is materialized: all are missing) over GraphQL:
    the mutation's seconds, then how fast the backfill daemon creates its ``expected`` runs (one per shard), for at
    most ``wait_s``; then cancel it. Its runs are queued and never start."""
    started = time.perf_counter()
    launched = time.time()
    data = services.graphql(LAUNCH_BACKFILL, {"params": {"assetSelection": [ASSET], "allPartitions": True}})
    launch_s = time.perf_counter() - started
    result = data["launchPartitionBackfill"]
    if result["__typename"] != "LaunchBackfillSuccess":
        raise RuntimeError(f"launchPartitionBackfill: {result}")
    backfill_id = result["backfillId"]
    filters = dg.RunsFilter(tags={"dagster/backfill": backfill_id})
    with contextlib.suppress(TimeoutError):
        wait_for(f"backfill {backfill_id}'s runs", lambda: instance.get_runs_count(filters) >= expected, wait_s, 2)
    waited = time.time() - launched
    runs = instance.get_runs_count(filters)
    first = instance.get_run_records(filters, limit=1, ascending=True)
    first_after = first[0].create_timestamp.timestamp() - launched if first else None
    services.graphql(CANCEL_BACKFILL, {"id": backfill_id})
    # Canceling cancels its queued runs; wait for that (its time is a figure, and the daemon's RSS is read after).
    cancel_started = time.perf_counter()

    def canceled() -> bool:
        data = services.graphql(BACKFILL_STATUS, {"id": backfill_id})["partitionBackfillOrError"]
        return data["status"] not in {"REQUESTED", "CANCELING"}

    try:
        wait_for(f"backfill {backfill_id} to be canceled", canceled, wait_s, 2)
        cancel_s = time.perf_counter() - cancel_started
    except TimeoutError:
        cancel_s = None  # still canceling its runs when we stopped waiting
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
        "cancel_wait_s": wait_s,
    }


def measure_shards(
    collections: int, groups: int, groups_per_shard: int, backfill_wait_s: float, workdir: Path
) -> dict[str, Any]:
    """``collections`` collections of ``groups`` page groups each, cut into shards of ``groups_per_shard``, through
    the services: every figure of the table's shard column."""
    row: dict[str, Any] = {
        "collections": collections,
        "groups": collections * groups,
        "groups_per_shard": groups_per_shard,
    }
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
        registry = PlatformResource(root=str(platform_root)).registry()
        specs = [
            CollectionSpec(
                name=f"c{i:02d}",
                workspace=str(workdir / f"c{i:02d}"),
                sources=(SourceSpec(f"s3://corpus/c{i:02d}/"),),
                groups_per_shard=groups_per_shard,
            )
            for i in range(collections)
        ]
        for spec in specs:
            registry.save(spec)
        services = Services(home, env)
        with dg.DagsterInstance.from_config(str(home)) as instance:
            try:
                services.start(timeout=300)
                # Before any key: what memory would stay at if it did not grow with the partitions.
                row["webserver_start_mib"] = process_peak_mib(services.started[0].process.pid)
                row["daemon_start_mib"] = process_peak_mib(services.started[1].process.pid)
                started = time.perf_counter()
                keys = [key for spec in specs for key in plan_simulated(spec, groups)]
                row["plan_s"] = time.perf_counter() - started
                row["partitions"] = len(keys)
                started = time.perf_counter()
                register_shards(instance, keys)
                row["register_s"] = time.perf_counter() - started
                registered = len(instance.get_dynamic_partitions(shard_partitions.name))
                assert registered == len(keys), (registered, len(keys))
                started = time.perf_counter()
                waiting = [waiting_groups_by_shard(spec) for spec in specs]
                row["waiting_s"] = time.perf_counter() - started
                assert sum(len(w) for w in waiting) == len(keys)  # nothing is converted: every shard waits
                for name, query in QUERIES.items():
                    row[name] = time_query(services, query)
                row["sensor"] = sensor_tick(services)
                row["backfill"] = backfill(services, instance, len(keys), backfill_wait_s)
                row["webserver_mib"] = process_peak_mib(services.started[0].process.pid)
                row["daemon_mib"] = process_peak_mib(services.started[1].process.pid)
                print(row, flush=True)
            except BaseException:
                services.print_logs()
                raise
            finally:
                services.kill()
    return row


def shards_table(row: dict[str, Any], earlier: dict[str, Any]) -> str:
    """The shard grain's figures (this run) beside the page-group grain's (``earlier``: the --compare file) and the
    goals."""

    def seconds(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}" if value < 10 else f"{value:,.0f}"

    old = [earlier["sizes"][size] for size in sorted(earlier["sizes"], key=int)]
    header = (
        ["measure"]
        + [f"page groups: {r['partitions']:,} (earlier run)" for r in old]
        + [f"shards: {row['partitions']:,} (this run)", "goal"]
    )
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(old) + 1) + " --- |"]

    def add(label: str, cells: list[str], mine: str, goal: str = "") -> None:
        lines.append(f"| {label} | " + " | ".join(cells + [mine, goal]) + " |")

    def runs_created(b: dict[str, Any]) -> str:
        return f"{b['runs']:,} in {b['waited_s']:,.0f} s"

    def per_minute(b: dict[str, Any]) -> str:
        return f"{60 * b['runs'] / (b['waited_s'] - b['first_run_after_s']):,.0f}" if b["runs"] > 1 else "-"

    def cancel(b: dict[str, Any]) -> str:
        return seconds(b["cancel_s"]) if b["cancel_s"] is not None else f"not done in {b['cancel_wait_s']:,.0f}"

    b = row["backfill"]
    plan = earlier["plan_only"]
    add("page groups (500 pages each)", [f"{r['groups']:,}" for r in old], f"{row['groups']:,}")
    add("`dolma_documents` partitions", [f"{r['partitions']:,}" for r in old], f"{row['partitions']:,}", "< 100,000")
    add(
        "plan the PDFs into groups (`plan_collection`, s)",
        ["-" for _ in old],
        f"{seconds(row['plan_s'])} ({row['collections']} collections, one PDF per group)",
    )
    add(
        f"  planning {plan['pages']:,} pages of 10-page PDFs (`--plan-only`, s, peak MiB)",
        ["" for _ in old],
        f"{plan['plan_s']:,} s, {plan['peak_rss_mib']:,} MiB (earlier run)",
    )
    add(
        "register the keys as `page_groups` does (s)",
        [f"{seconds(r['register_s'])} ({r['new_keys']:,} new)" for r in old],
        f"{seconds(row['register_s'])} (all {row['partitions']:,})",
    )
    add(
        "shards with groups to convert, every collection (`waiting_groups_by_shard`, s)",
        ["-" for _ in old],
        seconds(row["waiting_s"]),
    )
    goals = {"asset page": f"< {GOAL_PAGE_S:g} s"}
    for name in QUERIES:
        add(
            f"GraphQL {name} (s, median of 3)",
            [seconds(r[name][0]) for r in old],
            seconds(row[name][0]),
            goals.get(name, ""),
        )
        add("  response (MiB)", [f"{r[name][1]:.1f}" for r in old], f"{row[name][1]:.1f}")

    def compare(label: str, value: Callable[[dict[str, Any]], str], goal: str = "") -> None:
        """A row of one figure of the backfill, for the earlier grain's sizes and for this run."""
        add(label, [value(r["backfill"]) for r in old], value(b), goal)

    compare(
        "`launchPartitionBackfill` of all missing work (s)",
        lambda r: seconds(r["launch_s"]),
        f"< {GOAL_BACKFILL_S:g} s",
    )
    compare("  runs to create (page groups: one per 24 groups; shards: one per shard)", lambda r: f"{r['expected']:,}")
    compare("  first run created after (s)", lambda r: seconds(r["first_run_after_s"]))
    compare("  runs created in the time waited", runs_created)
    compare("  runs created per minute, from the first", per_minute)
    compare(
        "  all created after (s; projected at that rate where not all were)",
        lambda r: seconds(r["all_runs_s"] or r["projected_s"]),
    )
    compare("  canceled, its queued runs with it, after (s)", cancel)
    sensor = row["sensor"]
    add(
        "page-groups sensor tick (s)",
        [seconds(r["sensor"]["seconds"]) for r in old],
        seconds(sensor["seconds"]),
        f"well inside {SENSOR_TIMEOUT_S:g} s",
    )
    add(
        "  runs it requested",
        [str(r["sensor"]["runs"]) for r in old],
        f"{sensor['runs']}" + (f" (skipped: {sensor['skip_reason']})" if sensor["skip_reason"] else ""),
    )
    for service in ("webserver", "daemon"):
        add(
            f"dagster-{service} peak RSS (MiB; shards: at start, then at the end)",
            [f"{r[f'{service}_mib']:,.0f}" for r in old],
            f"{row[f'{service}_start_mib']:,.0f}, then {row[f'{service}_mib']:,.0f}",
            "flat",
        )
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
    parser.add_argument("--grain", choices=["shards", "page-groups"], default="shards")
    parser.add_argument("--collections", type=int, default=20, help="collections, each of --groups page groups")
    parser.add_argument("--groups", type=int, default=100_000, help="page groups (500 pages) per collection")
    parser.add_argument("--groups-per-shard", type=int, default=DEFAULT_GROUPS_PER_SHARD)
    parser.add_argument("--compare", type=Path, default=COMPARE, help="the page-group grain's figures (JSON)")
    parser.add_argument("--backfill-wait", type=float, default=BACKFILL_WAIT_S, help="seconds to watch the backfill")
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
    if args.grain == "page-groups":
        parser.error(
            "--grain page-groups: no asset is partitioned by page group any more (dolma_documents is by shard, "
            f"GROUPS_PER_RUN is gone); that grain's figures, measured by this script before shards, are in {COMPARE}"
        )
    earlier = json.loads(args.compare.read_text())
    with tempfile.TemporaryDirectory(prefix="olmocr-scale-") as workdir:
        row = measure_shards(args.collections, args.groups, args.groups_per_shard, args.backfill_wait, Path(workdir))
    publish(HEADING, services_report(row, earlier, os.getloadavg()), write=not args.no_write)


def services_report(row: dict[str, Any], earlier: dict[str, Any], load: tuple[float, float, float]) -> str:
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}: 2 cores shared with three other sessions (load average at the end "
            f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} over 1 / 5 / 15 min), PostgreSQL, dagster-webserver and "
            "dagster-daemon all on them, so timings are noisy and slower than a deployment's.",
            "",
            f"Shards: {row['collections']} collections of {row['groups'] // row['collections']:,} page groups of 500 "
            f"pages ({row['groups'] * 500:,} pages), planned from simulated manifests into real indexes, cut into "
            f"shards of {row['groups_per_shard']} groups (each collection has its own tail shard); the instance's "
            "run queue holds every run (max_concurrent_runs 0), so nothing converts. The sensor row is one tick of "
            "the `olmocr_page_groups_sensor` this code location holds, evaluated by the daemon. The page-group "
            "columns are **not re-run** (no asset is partitioned by page group any more): they are this script's "
            f"earlier run on the same machine, before shards ({earlier['source']}); there one collection grew to "
            "each size, and its sensor requested 100 runs of 24 groups a tick.",
            "",
            shards_table(row, earlier),
            "",
            f"Goals: the asset page under {GOAL_PAGE_S:g} s, a backfill over all missing work launched under "
            f"{GOAL_BACKFILL_S:g} s, a sensor tick well inside its {SENSOR_TIMEOUT_S:g} s timeout, the services' "
            "memory flat as pages grow.",
            "",
            "Run: `.venv/bin/python bench/bench_partition_scale.py` (`--collections 20 --groups 100000` by default).",
            "",
        ]
    )


if __name__ == "__main__":
    main()
