"""Faults around collections and Dagster: planners updating one collection at once (local and moto S3), two
runs of the same page-group partition at once, and a Dagster run killed midway and run again.

The fault proxy (tests/support/fault_proxy.py) slows the scripted model server's answers, so concurrent runs
really overlap and a run can be killed while a group is converting.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import dagster as dg
import polars as pl
import pytest
from dagster import DagsterEventType
from dagster._serdes import serialize_value

from olmocr_assets.lib.partitions import shard_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_assets.lib.shards import shard_keys
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import add_new_to_manifest, manifest_rows, read_manifest
from olmocr_core.work.planning import plan_collection
from olmocr_core.work.workspace import Workspace
from tests.support.dagster_run import materialize_groups
from tests.support.fault_checks import assert_each_once, fault_figures, ledger, print_figures, wait_for
from tests.support.fault_proxy import FaultProxy, Rule
from tests.support.paths import REPO

CHECK_EVALUATION = DagsterEventType.ASSET_CHECK_EVALUATION
CHAT = "/chat/completions"


# ------------------------------------------------------------------------------ compare-and-swap updates


@pytest.fixture(params=["local", "s3"])
def root(request, tmp_path) -> str:
    """A folder, or a prefix in a fresh moto bucket."""
    if request.param == "local":
        return str(tmp_path / "root")
    return f"s3://{request.getfixturevalue('s3_bucket')}/root"


def test_concurrent_updates_of_one_object_lose_nothing(root):
    """16 writers appending to one file through Storage.update: every line survives (a plain
    read-then-write would keep only the last writer's view)."""
    path = f"{root}/log.txt"
    storage = Storage()
    start = threading.Barrier(16)

    def append(line: str) -> None:
        start.wait()
        for step in range(3):
            entry = f"{line}-{step}\n".encode()
            storage.update(path, lambda data, entry=entry: (data or b"") + entry)

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(append, [f"w{i}" for i in range(16)]))
    lines = storage.read_bytes(path).decode().split()
    assert sorted(lines) == sorted(f"w{i}-{s}" for i in range(16) for s in range(3))
    assert storage.update(path, lambda data: None) == storage.read_bytes(path)  # None: left as it is


def test_a_value_update_returns_what_it_stored_and_writes_nothing_unchanged(root):
    path = f"{root}/names.json"
    storage = Storage()
    codec = {"decode": lambda data: set(json.loads(data)), "encode": lambda v: json.dumps(sorted(v)).encode()}
    start = threading.Barrier(8)

    def add(name: str) -> set[str]:
        start.wait()
        return storage.update_value(path, lambda current: current | {name}, empty=set, **codec)

    with ThreadPoolExecutor(8) as pool:
        returned = list(pool.map(add, [f"w{i}" for i in range(8)]))
    stored = set(json.loads(storage.read_bytes(path)))
    assert stored == {f"w{i}" for i in range(8)}
    assert all(f"w{i}" in value and value <= stored for i, value in enumerate(returned))  # each as it wrote it
    before = storage.stat(path).etag_or_mtime
    assert storage.update_value(path, lambda current: current | {"w0"}, empty=set, **codec) == stored
    assert storage.stat(path).etag_or_mtime == before


def test_concurrent_planners_and_scans_keep_every_manifest_and_index_row(root, sample_pdfs):
    """Three planners of one collection at once, each first adding its own new PDFs to the manifest (as a
    sensor or a scan does), for three rounds: every PDF stays in the manifest once, is planned into
    exactly one group, and its sampled page count is kept."""
    storage = Storage()
    planners, rounds, per_round = 3, 3, 2
    names = [f"p{p}-r{r}-{i}.pdf" for p in range(planners) for r in range(rounds) for i in range(per_round)]
    pdf = sample_pdfs["multipage"].read_bytes()  # 5 pages
    for name in names:
        storage.write_bytes(f"{root}/pdfs/{name}", pdf)
    spec = CollectionSpec(
        name="race", workspace=f"{root}/ws", sources=(SourceSpec(f"{root}/pdfs/"),), pages_per_group=10
    )
    start = threading.Barrier(planners)

    def planner(p: int) -> None:
        start.wait()
        for r in range(rounds):
            mine = [storage.stat(f"{root}/pdfs/p{p}-r{r}-{i}.pdf") for i in range(per_round)]
            add_new_to_manifest(spec, storage, manifest_rows(mine, spec.sources[0].path))
            plan_collection(spec)

    with ThreadPoolExecutor(planners) as pool:
        list(pool.map(planner, range(planners)))

    manifest = read_manifest(spec, storage)
    expected = sorted(f"{root}/pdfs/{name}" for name in names)
    assert sorted(manifest["path"].to_list()) == expected  # every row, once
    index = Workspace(spec.workspace, storage).read_index()
    planned = sorted(path for group in index for path in group.paths)
    assert planned == expected  # every PDF in exactly one group
    assert len({g.group_id for g in index}) == len(index)
    assert manifest.filter(pl.col("pages").is_null()).is_empty()  # every sampled count kept
    assert set(manifest["pages"].to_list()) == {5}
    assert plan_collection(spec).new_groups == []  # a later planner finds nothing left
    print_figures(f"{planners} planners + scans on one collection at once ({'s3' if root.startswith('s3://') else 'local'})", len(names),
                  len(set(expected) - set(planned)), len(planned) - len(set(planned)), planners * rounds)  # fmt: skip


# --------------------------------------------------------------------------------------------- Dagster


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


@pytest.fixture
def slow_server(model_server):
    """The scripted model server behind the proxy, every answer 0.3 s late: a group takes seconds."""
    with FaultProxy(model_server.root, seed=3) as proxy:
        proxy.add(Rule("delay", delay_s=0.3, path_contains=CHAT))
        yield proxy


def planned_collection(instance, tmp_path, sample_pdfs, names) -> tuple[CollectionSpec, str, list[str], list[str]]:
    """A registered collection of ``names``, one PDF per group, planned, with its partitions registered.
    (spec, registry root, partition keys, source paths)."""
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in names:
        shutil.copy(sample_pdfs[name], folder / sample_pdfs[name].name)
    registry = str(tmp_path / "registry")
    spec = CollectionSpec(name="books", workspace=str(tmp_path / "ws"), sources=(SourceSpec(str(folder)),),
                          pages_per_group=1, groups_per_shard=3)  # fmt: skip
    PlatformResource(root=registry).registry().save(spec)
    sources = sorted(str(p) for p in folder.iterdir())
    add_new_to_manifest(spec, Storage(), manifest_rows((Storage().stat(p) for p in sources), str(folder)))
    plan = plan_collection(spec)
    keys = shard_keys(spec, len(plan.index))  # one shard: its groups convert in one run
    instance.add_dynamic_partitions(shard_partitions.name, keys)
    return spec, registry, keys, sources


def plan_of(spec: CollectionSpec) -> list:
    return spec.open_workspace().read_index()


def dolma_events(result) -> dict[str, dict]:
    return {e.partition: e.metadata for e in result.asset_materializations_for_node("dolma_documents")}


@pytest.mark.slow
def test_two_runs_of_one_partition_at_once_write_one_output(instance, slow_server, tmp_path, sample_pdfs):
    """A backfill retried while its first run still converts the same group: two run processes convert it
    at once, one output is written, whole, with each document once; the other run keeps it and says so."""
    spec, registry, keys, sources = planned_collection(instance, tmp_path, sample_pdfs, ["multipage"])
    slow_server.clear()
    slow_server.add(Rule("delay", delay_s=1.0, path_contains=CHAT))  # 5 pages: seconds for both to start
    runs = [run_process(instance, registry, slow_server.url, keys) for _ in range(2)]
    for run in runs:
        assert run.wait(timeout=300) == 0, run.stderr.read()[-3000:]
    assert slow_server.forwarded["POST"] == 2 * 5  # both runs converted all 5 pages: they overlapped
    found = assert_each_once(spec.open_workspace(), sources)
    assert len(found.outputs) == 1
    metadata = [run_materializations(instance, run_id)[keys[0]] for run_id in run_ids(instance)]
    # One wrote it, the other kept it and says so.
    assert sorted((m["groups_converted"].value, m["groups_already_done"].value) for m in metadata) == [(0, 1), (1, 0)]
    checks = [e for run_id in run_ids(instance) for e in instance.all_logs(run_id, of_type=CHECK_EVALUATION)]
    assert len(checks) == 2 and all(e.dagster_event.event_specific_data.passed for e in checks)
    fault_figures("two Dagster runs of one partition at once", len(found.written), found, sources, 1)


def run_process(instance, registry: str, server: str, keys: list[str]) -> subprocess.Popen:
    """A Dagster run of dolma_documents over ``keys`` in its own process, on the same instance."""
    command = [sys.executable, "-m", "tests.support.dagster_run", serialize_value(instance.get_ref()), registry,
               server, *keys]  # fmt: skip
    return subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, env={**os.environ, "OMP_NUM_THREADS": "1"})


def run_ids(instance) -> list[str]:
    return [run.run_id for run in instance.get_runs()]


def run_materializations(instance, run_id: str) -> dict[str, dict]:
    events = instance.all_logs(run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)
    return {e.dagster_event.partition: e.dagster_event.materialization.metadata for e in events}


@pytest.mark.slow
def test_a_dagster_run_killed_midway_is_resumed_without_redoing_groups(instance, slow_server, tmp_path, sample_pdfs):
    """The run process SIGKILLed while its second of three groups converts; the run launched again for the
    same partitions (a retried backfill) converts only what was not finished."""
    spec, registry, keys, sources = planned_collection(
        instance, tmp_path, sample_pdfs, ["digital", "multipage", "table"]
    )
    run = run_process(instance, registry, slow_server.url, keys)
    workspace = spec.open_workspace()
    try:
        wait_for(lambda: ledger(workspace).outputs, run)
        requests_then = slow_server.forwarded["POST"]
        wait_for(lambda: slow_server.forwarded["POST"] > requests_then, run)  # the next group is converting
        run.send_signal(signal.SIGKILL)
        assert run.wait(timeout=30) == -signal.SIGKILL
    finally:
        run.kill()
    done = ledger(workspace).outputs
    assert 0 < len(done) < len(plan_of(spec))

    slow_server.wait_idle()  # what the killed run had asked still reaches the server: not the re-run's
    requests_before = slow_server.forwarded["POST"]
    result = materialize_groups(instance, registry, slow_server.url, keys)
    assert result.success
    found = assert_each_once(workspace, sources)
    assert len(found.outputs) == len(plan_of(spec))
    assert {path: found.outputs[path] for path in done} == done  # finished groups untouched
    (shard,) = dolma_events(result).values()
    assert shard["groups_already_done"].value == len(done)  # and reported as done before
    # The shard's group table: | group | state | PDFs | documents | pages | errors |
    rows = [row.strip("| ").split(" | ") for row in shard["group_table"].value.splitlines()[2:]]
    pages_left = sum(int(row[4]) for row in rows if row[1] == "converted")
    assert slow_server.forwarded["POST"] - requests_before == pages_left  # only the rest was converted
    fault_figures("Dagster run process SIGKILLed midway, re-run", len(found.written), found, sources, 1)
