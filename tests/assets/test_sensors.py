"""Sensors against moto's S3 server and a real temporary Dagster instance.

Each tick goes through ``SensorDefinition.evaluate_tick`` (which also checks the run requests against
stand-in assets with the real keys and partitions), and :class:`Daemon` does what Dagster's sensor daemon
does with the result that matters here: keeps the cursor and registers requested dynamic partitions.
:class:`RunQueue` does what the daemon and the run queue do with the feeder's run requests.
"""

import shutil

import boto3
import dagster as dg
import pytest
from dagster._core.definitions.job_base import InMemoryJob
from dagster._core.events import DagsterEvent, DagsterEventType
from dagster._core.execution.api import execute_run
from dagster._core.remote_origin import RegisteredCodeLocationOrigin, RemoteJobOrigin, RemoteRepositoryOrigin
from dagster._core.storage.tags import PARTITION_NAME_TAG, RUN_KEY_TAG, SENSOR_NAME_TAG

from olmocr_assets.defs.collections.assets import page_groups, pdf_collection
from olmocr_assets.defs.collections.sensors import (
    PAGE_GROUPS,
    PDF_COLLECTION,
    build_s3_sensors,
    build_s3_source_sensor,
    s3_sensor_name,
)
from olmocr_assets.defs.ocr.sensors import (
    DOLMA_DOCUMENTS,
    PAGE_GROUPS_SENSOR_NAME,
    build_page_groups_sensor,
)
from olmocr_assets.lib.partitions import collection_partitions, page_group_partitions, shard_key, shard_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.storage.facade import Storage
from olmocr_core.work import s3_watch
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import read_manifest, write_manifest
from tests.support.dagster_run import QUIET, run_assets

# ------------------------------------------------------------------------------- stand-in assets


@dg.asset(key=PDF_COLLECTION, partitions_def=collection_partitions)
def pdf_collection_standin() -> None: ...


@dg.asset(key=PAGE_GROUPS, partitions_def=collection_partitions)
def page_groups_standin() -> None: ...


@dg.asset(key=DOLMA_DOCUMENTS, partitions_def=shard_partitions)
def dolma_documents_standin(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    """Converts nothing: fails when its run says so, and records as many groups as its run says it found."""
    if context.run.tags.get("test/fail"):
        raise RuntimeError("the shard's conversion failed")
    return dg.MaterializeResult(metadata={"groups": int(context.run.tags.get("test/groups", "1"))})


STANDINS = [pdf_collection_standin, page_groups_standin, dolma_documents_standin]
# Executed in this process, also for a run the test created before (RunQueue.run).
CONVERT_JOB = dg.define_asset_job("convert", selection=[DOLMA_DOCUMENTS], executor_def=dg.in_process_executor)
CONVERT = dg.Definitions(assets=STANDINS, jobs=[CONVERT_JOB]).resolve_job_def("convert")


class Clock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


class Daemon:
    """Ticks one sensor the way the sensor daemon would, feeding each tick's cursor into the next."""

    def __init__(self, sensor: dg.SensorDefinition, instance: dg.DagsterInstance, resources: dict, cursor=None):
        self.sensor = sensor
        self.instance = instance
        self.resources = resources
        self.cursor = cursor
        # The sensor must be in the definitions: they hold the asset job its run requests launch.
        self.defs = dg.Definitions(assets=STANDINS, sensors=[sensor])

    def tick(self):
        # With an instance_ref, as in a code server, run requests are checked against the dynamic
        # partitions the instance has plus those this tick requests.
        context = dg.build_sensor_context(
            instance=self.instance,
            instance_ref=self.instance.get_ref(),
            cursor=self.cursor,
            resources=self.resources,
            definitions=self.defs,
        )
        result = self.sensor.evaluate_tick(context)
        for request in result.dynamic_partitions_requests or ():
            self.instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        self.cursor = result.cursor
        return result


# ---------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def shared_instance():
    with dg.instance_for_test() as instance:  # about a second to create: one for the module
        yield instance


@pytest.fixture
def instance(shared_instance: dg.DagsterInstance) -> dg.DagsterInstance:
    """The module's instance without the dynamic partitions earlier tests registered."""
    for name in (collection_partitions.name, shard_partitions.name):
        for key in shared_instance.get_dynamic_partitions(name):
            shared_instance.delete_dynamic_partition(name, key)
    return shared_instance


@pytest.fixture
def platform(tmp_path) -> PlatformResource:
    return PlatformResource(root=str(tmp_path / "registry"))


@pytest.fixture
def spec(tmp_path, s3_bucket) -> CollectionSpec:
    return CollectionSpec(
        name="books",
        workspace=str(tmp_path / "workspace"),
        sources=(SourceSpec(f"s3://{s3_bucket}/incoming/"),),
        pages_per_group=100,  # 10 PDFs at the assumed 10 pages each
    )


def put(bucket: str, *keys: str) -> None:
    client = boto3.client("s3")
    for key in keys:
        client.put_object(Bucket=bucket, Key=key, Body=b"%PDF-1.4 " + key.encode())


def manifest_paths(spec: CollectionSpec) -> list[str]:
    return read_manifest(spec, Storage())["path"].to_list()


def new_pdfs(result) -> int:
    return sum(event.metadata["new_pdfs"].value for event in result.asset_events)


def s3_daemon(spec, instance, platform, *, cursor=None, **options) -> Daemon:
    sensor = build_s3_source_sensor(spec, spec.sources[0], **options)
    return Daemon(sensor, instance, {"platform": platform}, cursor)


def tick_until_cycle_ends(daemon: Daemon, limit: int = 20) -> list:
    """Tick until a tick reaches the end of the listing; return every tick's result."""
    results = []
    for _ in range(limit):
        results.append(daemon.tick())
        if '"after": null' in daemon.cursor:
            return results
    raise AssertionError("the listing never reached its end")


# -------------------------------------------------------------------------------- S3 source sensor


def test_first_tick_adds_documents_registers_collection_and_records_materialization(
    spec, s3_bucket, instance, platform
):
    documents = ["incoming/a.pdf", "incoming/B.PDF", "incoming/c.png", "incoming/d.JPG", "incoming/sub/e.jpeg"]
    put(s3_bucket, *documents, "incoming/notes.txt", "incoming/f.pdf.bak", "elsewhere/x.pdf")
    daemon = s3_daemon(spec, instance, platform)

    result = daemon.tick()

    assert manifest_paths(spec) == sorted(f"s3://{s3_bucket}/{key}" for key in documents)
    [event] = result.asset_events
    assert event.asset_key == PDF_COLLECTION and event.partition == "books"
    assert event.metadata["new_pdfs"].value == 5 and event.metadata["total_pdfs"].value == 5
    assert instance.get_dynamic_partitions(collection_partitions.name) == ["books"]
    assert platform.collection("books") == spec  # registered because it was absent
    assert result.run_requests == []  # 50 estimated pages of 100

    # The next tick starts a new listing cycle: nothing new, nothing recorded, partition not re-requested.
    again = daemon.tick()
    assert again.asset_events == [] and again.dynamic_partitions_requests == []
    assert len(manifest_paths(spec)) == 5


def test_each_tick_lists_at_most_max_keys_and_together_they_find_every_object_once(spec, s3_bucket, instance, platform):
    keys = [f"incoming/{i:03d}.pdf" for i in range(30)]
    put(s3_bucket, *keys)
    daemon = s3_daemon(spec, instance, platform, max_keys_per_tick=7)

    results = tick_until_cycle_ends(daemon)

    assert [new_pdfs(r) for r in results] == [7, 7, 7, 7, 2]
    assert manifest_paths(spec) == [f"s3://{s3_bucket}/{key}" for key in keys]
    # The next cycle lists them all again and adds none.
    assert sum(new_pdfs(r) for r in tick_until_cycle_ends(daemon)) == 0
    assert len(manifest_paths(spec)) == 30


def test_a_tick_stops_listing_at_its_time_limit(spec, s3_bucket, instance, platform, monkeypatch):
    monkeypatch.setattr(s3_watch, "_S3_MAX_KEYS", 5)  # S3 pages of 5 keys instead of 1000
    put(s3_bucket, *(f"incoming/{i:02d}.pdf" for i in range(12)))
    daemon = s3_daemon(spec, instance, platform, max_seconds_per_tick=0)  # out of time after one page

    results = tick_until_cycle_ends(daemon)

    assert [new_pdfs(r) for r in results] == [5, 5, 2]
    assert len(manifest_paths(spec)) == 12


def test_non_documents_count_against_the_cap_but_are_never_added(spec, s3_bucket, instance, platform):
    put(s3_bucket, *(f"incoming/{i:02d}.txt" for i in range(6)), "incoming/99.pdf")
    daemon = s3_daemon(spec, instance, platform, max_keys_per_tick=4)

    results = tick_until_cycle_ends(daemon)

    assert [new_pdfs(r) for r in results] == [0, 1]
    assert manifest_paths(spec) == [f"s3://{s3_bucket}/incoming/99.pdf"]


def test_objects_added_between_ticks_are_found_once_even_before_the_cursor(spec, s3_bucket, instance, platform):
    put(s3_bucket, *(f"incoming/m{i}.pdf" for i in range(8)))
    daemon = s3_daemon(spec, instance, platform, max_keys_per_tick=3)
    daemon.tick()  # lists m0..m2
    put(s3_bucket, "incoming/a-early.pdf", "incoming/z-late.pdf")  # before and after the cursor

    first_cycle = tick_until_cycle_ends(daemon)
    found = set(manifest_paths(spec))
    assert f"s3://{s3_bucket}/incoming/z-late.pdf" in found
    assert f"s3://{s3_bucket}/incoming/a-early.pdf" not in found  # behind the cursor: next cycle
    assert sum(new_pdfs(r) for r in first_cycle) == 6  # m3..m7 and z-late

    second_cycle = tick_until_cycle_ends(daemon)
    assert sum(new_pdfs(r) for r in second_cycle) == 1
    assert f"s3://{s3_bucket}/incoming/a-early.pdf" in manifest_paths(spec)
    assert len(manifest_paths(spec)) == 10


def test_glob_source_lists_its_literal_prefix_and_keeps_only_matches(spec, s3_bucket, instance, platform, tmp_path):
    put(s3_bucket, "scans/2024/a.pdf", "scans/2024/deep/b.pdf", "scans/2025/c.PDF", "scans/2025/d.txt", "other/e.pdf")
    glob_spec = CollectionSpec(
        name="scans", workspace=str(tmp_path / "scans"), sources=(SourceSpec(f"s3://{s3_bucket}/scans/*/*"),)
    )

    s3_daemon(glob_spec, instance, platform).tick()

    assert manifest_paths(glob_spec) == [f"s3://{s3_bucket}/scans/2024/a.pdf", f"s3://{s3_bucket}/scans/2025/c.PDF"]


def test_page_groups_requested_only_once_enough_pages_wait(spec, s3_bucket, instance, platform):
    clock = Clock()
    daemon = s3_daemon(spec, instance, platform, clock=clock, max_wait_seconds=600)
    put(s3_bucket, *(f"incoming/a{i}.pdf" for i in range(6)))
    assert daemon.tick().run_requests == []  # 60 of 100 estimated pages

    put(s3_bucket, *(f"incoming/b{i}.pdf" for i in range(3)))
    assert daemon.tick().run_requests == []  # 90
    put(s3_bucket, "incoming/c0.pdf")
    [request] = daemon.tick().run_requests  # 100

    assert request.asset_selection == [PAGE_GROUPS]
    assert request.partition_key == "books"
    assert request.run_key
    # Everything found was handed over: quiet ticks request nothing more.
    assert daemon.tick().run_requests == []
    clock.now += 3600
    assert daemon.tick().run_requests == []


def test_page_groups_requested_after_max_wait_for_a_few_pdfs(spec, s3_bucket, instance, platform):
    clock = Clock()
    daemon = s3_daemon(spec, instance, platform, clock=clock, max_wait_seconds=600)
    # A fresh cursor counts as waiting since its first tick (see test_lost_cursor_...): let that pass.
    assert daemon.tick().run_requests == []
    clock.now += 600
    [startup] = daemon.tick().run_requests

    put(s3_bucket, "incoming/only.pdf")
    clock.now += 10
    assert daemon.tick().run_requests == []  # found now; 10 of 100 pages
    clock.now += 599
    assert daemon.tick().run_requests == []
    clock.now += 1
    [request] = daemon.tick().run_requests  # the oldest waited 600 s

    assert request.partition_key == "books"
    assert request.run_key != startup.run_key
    clock.now += 3600
    assert daemon.tick().run_requests == []


def test_sampled_page_counts_in_the_manifest_replace_the_assumed_count(spec, s3_bucket, instance, platform):
    put(s3_bucket, "incoming/old.pdf")
    daemon = s3_daemon(spec, instance, platform)
    daemon.tick()
    manifest = read_manifest(spec, Storage())
    write_manifest(spec, manifest.with_columns(pages=50), Storage())  # as if page_groups sampled it

    put(s3_bucket, "incoming/new1.pdf", "incoming/new2.pdf")
    [request] = daemon.tick().run_requests  # 10 + 2 * 50 pages, not 10 + 2 * 10

    assert request.partition_key == "books"


def test_restarted_sensor_continues_from_the_stored_cursor(spec, s3_bucket, instance, platform):
    put(s3_bucket, *(f"incoming/{i:02d}.pdf" for i in range(20)))
    first = s3_daemon(spec, instance, platform, max_keys_per_tick=7)
    first.tick()

    # A new code server process: new sensor definition, new context, the cursor the daemon stored.
    restarted = s3_daemon(spec, instance, platform, cursor=first.cursor, max_keys_per_tick=7)
    results = tick_until_cycle_ends(restarted)

    assert [new_pdfs(r) for r in results] == [7, 6]
    assert len(manifest_paths(spec)) == 20


def test_lost_cursor_relists_without_duplicates_and_plans_what_was_left(spec, s3_bucket, instance, platform):
    put(s3_bucket, *(f"incoming/{i:02d}.pdf" for i in range(5)))
    clock = Clock()
    before = s3_daemon(spec, instance, platform, clock=clock, max_wait_seconds=600)
    tick_until_cycle_ends(before)  # 5 PDFs wait, below the threshold; then the cursor is lost

    after = s3_daemon(spec, instance, platform, clock=clock, max_wait_seconds=600)
    relisted = tick_until_cycle_ends(after)
    assert sum(new_pdfs(r) for r in relisted) == 0
    assert all(r.run_requests == [] for r in relisted)
    assert len(manifest_paths(spec)) == 5

    # The PDFs that were waiting are not forgotten: a planning run follows within max_wait.
    clock.now += 600
    [request] = after.tick().run_requests
    assert request.partition_key == "books"


def test_registered_spec_decides_where_the_manifest_is(spec, s3_bucket, instance, platform, tmp_path):
    registered = CollectionSpec(name="books", workspace=str(tmp_path / "registered"), sources=spec.sources)
    platform.registry().save(registered)
    put(s3_bucket, "incoming/a.pdf")

    s3_daemon(spec, instance, platform).tick()

    assert manifest_paths(registered) == [f"s3://{s3_bucket}/incoming/a.pdf"]
    assert manifest_paths(spec) == []
    assert platform.collection("books") == registered  # not overwritten


# ------------------------------------------------------------------------------------- the shard feeder


@pytest.fixture
def fresh_instance():
    """An instance of the test's own: the feeder reads every run and materialization of dolma_documents."""
    with dg.instance_for_test() as instance:
        yield instance


# A queued run needs the code location it came from, as the daemon's runs have.
ORIGIN = RemoteJobOrigin(
    RemoteRepositoryOrigin(RegisteredCodeLocationOrigin("olmocr_assets"), "__repository__"), "convert"
)


def outcome(fail: bool, groups: int) -> dict[str, str]:
    """Tags that tell the stand-in dolma_documents what its run does."""
    return {"test/groups": str(groups), **({"test/fail": "yes"} if fail else {})}


class RunQueue:
    """What the sensor daemon and the run queue do with run requests: :meth:`submit` creates each run as the daemon
    does (its tags; Dagster records its planned materialization) and enqueues it, skipping a run key the sensor
    already used; :meth:`run` starts queued runs and executes them here, as a run worker would."""

    def __init__(self, instance: dg.DagsterInstance):
        self.instance = instance
        self.queued: dict[str, dg.DagsterRun] = {}  # partition -> its queued run

    def submit(self, requests, *, by_sensor: bool = True) -> None:
        for request in requests:
            tags = {**request.tags, PARTITION_NAME_TAG: request.partition_key}
            if by_sensor:
                tags |= {RUN_KEY_TAG: request.run_key, SENSOR_NAME_TAG: PAGE_GROUPS_SENSOR_NAME}
                if self.instance.get_runs(filters=dg.RunsFilter(tags={RUN_KEY_TAG: request.run_key})):
                    continue
            run = self.instance.create_run_for_job(
                CONVERT,
                run_config=QUIET,
                tags=tags,
                asset_selection=set(request.asset_selection),
                remote_job_origin=ORIGIN,
            )
            self.instance.report_dagster_event(DagsterEvent.job_enqueue(run), run_id=run.run_id)
            self.queued[request.partition_key] = run

    def run(self, *keys: str, fail: bool = False, groups: int = 1) -> None:
        for key in keys:
            run = self.queued.pop(key)
            self.instance.add_run_tags(run.run_id, outcome(fail, groups))
            starting = DagsterEvent(event_type_value=DagsterEventType.RUN_STARTING.value, job_name=run.job_name)
            self.instance.report_dagster_event(starting, run_id=run.run_id)
            execute_run(InMemoryJob(CONVERT), self.instance.get_run_by_id(run.run_id), self.instance)

    def cancel(self, key: str) -> None:
        self.instance.report_run_canceled(self.queued.pop(key))


def convert(instance: dg.DagsterInstance, key: str, *, fail: bool = False, groups: int = 1) -> None:
    """A run the feeder did not request: `olmocr-platform run`, a backfill, a rerun from the UI."""
    CONVERT.execute_in_process(
        instance=instance, partition_key=key, tags=outcome(fail, groups), run_config=QUIET, raise_on_error=False
    )


def register(instance: dg.DagsterInstance, collection: str, shards: int) -> list[str]:
    keys = [shard_key(collection, number) for number in range(shards)]
    instance.add_dynamic_partitions(shard_partitions.name, keys)
    return keys


def feeder(instance: dg.DagsterInstance, cursor=None, **options) -> Daemon:
    return Daemon(build_page_groups_sensor(**options), instance, {}, cursor)


def shards_of(result) -> list[str]:
    return [request.partition_key for request in result.run_requests]


def status(instance: dg.DagsterInstance, key: str) -> dg.AssetPartitionStatus | None:
    return instance.get_status_by_partition(DOLMA_DOCUMENTS, [key], shard_partitions)[key]


def test_feeder_requests_each_new_shard_once_in_its_own_run_oldest_collection_first(fresh_instance):
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    daemon = feeder(instance)
    assert daemon.tick().skip_message == "no shards yet: a collection's shards appear when page_groups plans it"

    papers = register(instance, "papers", 2)  # registered first: converted first, whatever the names
    books = register(instance, "books", 3)
    result = daemon.tick()

    assert shards_of(result) == papers + books
    assert all(r.run_key == r.partition_key and r.asset_selection == [DOLMA_DOCUMENTS] for r in result.run_requests)
    queue.submit(result.run_requests)
    assert status(instance, books[0]) == dg.AssetPartitionStatus.IN_PROGRESS  # a queued run's shard
    again = daemon.tick()
    assert again.run_requests == []
    assert again.skip_message == "nothing to request: 0 of 5 shards converted, 5 in progress"

    queue.run(*papers, *books)
    assert daemon.tick().skip_message == "all 5 shards converted"


def test_feeder_turned_on_after_everything_was_converted_requests_nothing(fresh_instance):
    for key in register(fresh_instance, "books", 3):
        convert(fresh_instance, key)  # by `olmocr-platform run` or a backfill
    result = feeder(fresh_instance, cursor="a cursor of the sensor before shards").tick()
    assert result.run_requests == [] and result.skip_message == "all 3 shards converted"


def test_feeder_waits_for_the_migration_of_an_instance_from_before_shards(fresh_instance):
    instance = fresh_instance
    books = register(instance, "books", 2)
    instance.add_dynamic_partitions(page_group_partitions.name, ["books/0123abcd"])  # a key of the old grain
    result = feeder(instance).tick()
    assert result.run_requests == []
    assert "migrate-shards" in result.skip_message and "books/0123abcd" in result.skip_message
    instance.delete_dynamic_partition(page_group_partitions.name, "books/0123abcd")  # what the migration does last
    assert shards_of(feeder(instance).tick()) == books


def test_feeder_keeps_at_most_max_queued_shards_in_progress(fresh_instance):
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    keys = register(instance, "books", 8)
    backfill = dg.RunRequest(partition_key=keys[0], asset_selection=[DOLMA_DOCUMENTS])
    queue.submit([backfill], by_sensor=False)  # in progress, and counted, though the feeder did not request it
    daemon = feeder(instance, max_queued=4, max_runs_per_tick=2)

    first = daemon.tick()
    assert shards_of(first) == keys[1:3]  # at most 2 a tick
    queue.submit(first.run_requests)
    second = daemon.tick()
    assert shards_of(second) == keys[3:4]  # 3 in progress: room for 1
    queue.submit(second.run_requests)
    full = daemon.tick()
    assert full.run_requests == []
    assert full.skip_message == (
        "the queue is full: 4 shards in progress, at most 4; 4 shards wait (0 of 8 shards converted, 4 in progress)"
    )

    queue.run(keys[0], keys[2])
    assert shards_of(daemon.tick()) == keys[4:6]


def test_a_failed_shard_is_left_for_a_rerun_from_the_ui(fresh_instance):
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    keys = register(instance, "books", 2)
    daemon = feeder(instance)
    queue.submit(daemon.tick().run_requests)
    queue.run(keys[0], fail=True)
    queue.run(keys[1])
    assert status(instance, keys[0]) == dg.AssetPartitionStatus.FAILED

    result = daemon.tick()
    assert result.run_requests == []
    assert result.skip_message == (
        "nothing to request: 1 of 2 shards converted, 0 in progress, 1 failed (rerun them from the UI)"
    )
    convert(instance, keys[0])  # rerun from the UI
    assert daemon.tick().skip_message == "all 2 shards converted"


def test_a_canceled_shard_is_not_requested_again_nor_blocks_the_others(fresh_instance):
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    keys = register(instance, "books", 3)
    daemon = feeder(instance, max_runs_per_tick=1)
    for key in keys:
        [request] = daemon.tick().run_requests
        assert request.partition_key == key
        queue.submit([request])
        if key == keys[0]:
            queue.cancel(key)  # the daemon would skip its run key forever: the feeder passes over it
        else:
            queue.run(key)

    result = daemon.tick()
    assert result.run_requests == [] and status(instance, keys[0]) is None
    assert result.skip_message == (
        "1 shard waits because its run was requested before and ended without converting (canceled?): rerun from "
        "the UI (2 of 3 shards converted, 0 in progress)"
    )


def test_a_grown_tail_is_requested_again_once_for_its_new_groups(fresh_instance, tmp_path, sample_pdfs):
    """Real planning (pdf_collection and page_groups) grows the collection's one shard three times; the feeder
    requests it again after each growth, once, and only when its run could have missed the new groups."""
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    platform = PlatformResource(root=str(tmp_path / "registry"))
    spec = CollectionSpec(
        name="books", workspace=str(tmp_path / "ws"), sources=(SourceSpec(str(folder)),), pages_per_group=1,
        groups_per_shard=6,
    )  # fmt: skip
    platform.registry().save(spec)
    instance.add_dynamic_partitions(collection_partitions.name, ["books"])

    def plan(*names: str) -> dict:
        for name in names:
            shutil.copy(sample_pdfs["digital"], folder / f"{name}.pdf")  # one page: one PDF per group
        result = run_assets([pdf_collection, page_groups], {"platform": platform}, instance, partition_key="books")
        assert result.success
        [event] = result.asset_materializations_for_node("page_groups")
        return {name: value.value for name, value in event.metadata.items() if name.startswith("grown_shard")}

    daemon = feeder(instance)
    assert plan("a", "b", "c") == {}
    [tail] = daemon.tick().run_requests
    assert (tail.partition_key, tail.run_key) == ("books/s000000", "books/s000000")
    queue.submit([tail])
    queue.run("books/s000000", groups=3)

    assert plan("d") == {"grown_shard": "books/s000000", "grown_shard_groups": 4}
    [grown] = daemon.tick().run_requests
    assert (grown.partition_key, grown.run_key) == ("books/s000000", "books/s000000@4")
    assert daemon.tick().run_requests == []  # requested once
    queue.submit([grown])

    # It grows again while its run is queued: that run may read the index before or after; wait for it to end.
    assert plan("e") == {"grown_shard": "books/s000000", "grown_shard_groups": 5}
    waiting = daemon.tick()
    assert waiting.run_requests == []
    assert waiting.skip_message == (
        "nothing to request: 0 of 1 shard converted, 1 in progress, 1 grown tail to request again once its run ends"
    )
    queue.run("books/s000000", groups=4)  # it had read the index before
    [again] = daemon.tick().run_requests
    assert again.run_key == "books/s000000@5"
    queue.submit([again])
    queue.run("books/s000000", groups=5)

    # A lost cursor reads every planning again, but the shard was converted with all its groups since.
    assert feeder(instance).tick().skip_message == "all 1 shard converted"
    assert daemon.tick().skip_message == "all 1 shard converted"


def test_feeder_restarted_before_every_tick_requests_each_shard_once(fresh_instance):
    """Shards registered in batches, runs ending between ticks, a new sensor process at every tick with the stored
    cursor: every shard is requested exactly once and converted."""
    instance, queue = fresh_instance, RunQueue(fresh_instance)
    cursor, requested, registered = None, [], []
    for batch in [("books", 3), None, ("maps", 4), None, None, None, None, None]:
        registered += register(instance, *batch) if batch else []
        restarted = feeder(instance, cursor, max_queued=3, max_runs_per_tick=2)
        result = restarted.tick()
        cursor = restarted.cursor
        requested += shards_of(result)
        queue.submit(result.run_requests)
        queue.run(*list(queue.queued)[:1])  # the oldest run ends before the next tick

    assert sorted(requested) == sorted(registered)  # none missed, none twice
    assert result.skip_message == "all 7 shards converted"


def test_build_s3_sensors_watches_each_s3_source_and_loads_in_definitions(tmp_path):
    spec = CollectionSpec(
        name="books",
        workspace=str(tmp_path / "ws"),
        sources=(
            SourceSpec("s3://bucket-a/incoming/"),
            SourceSpec("s3://bucket-b/scans/*.pdf", profile="other"),
            SourceSpec("s3://bucket-a/lists/batch.txt"),  # read once by pdf_collection
            SourceSpec(str(tmp_path / "local")),
        ),
    )
    other = CollectionSpec(name="papers", workspace=str(tmp_path / "p"), sources=(SourceSpec("s3://bucket-c"),))

    sensors = [*build_s3_sensors([spec, other]), build_page_groups_sensor()]

    assert [s.name for s in sensors] == [
        "books__bucket_a_incoming_s3_sensor",
        "books__bucket_b_scans_pdf_s3_sensor",
        "papers__bucket_c_s3_sensor",
        PAGE_GROUPS_SENSOR_NAME,
    ]
    assert s3_sensor_name(spec, spec.sources[0]) == sensors[0].name
    assert all(s.description for s in sensors)
    defs = dg.Definitions(
        assets=STANDINS, sensors=sensors, resources={"platform": PlatformResource(root=str(tmp_path))}
    )
    assert len(defs.get_repository_def().sensor_defs) == 4


# ------------------------------------------------------------------------------ restarts between ticks


def test_s3_sensor_restarted_before_every_tick_behaves_as_if_never_restarted(
    spec, s3_bucket, instance, platform, tmp_path
):
    """Objects keep arriving; one sensor runs on, the other is a new process (new definition, new context,
    only the stored cursor) at every tick. Both find each PDF once and request planning at the same ticks."""
    twin = CollectionSpec(name="twin", workspace=str(tmp_path / "twin"), sources=spec.sources, pages_per_group=100)
    clock = Clock()
    steady = s3_daemon(twin, instance, platform, clock=clock, max_keys_per_tick=4, max_wait_seconds=600)
    cursor = None
    arrivals = [[f"incoming/{batch}-{i}.pdf" for i in range(n)] for batch, n in enumerate((3, 6, 0, 5, 1, 0, 0))]
    restarted_ticks, steady_ticks = [], []
    for keys in arrivals:
        put(s3_bucket, *keys)
        clock.now += 100
        restarted = s3_daemon(spec, instance, platform, cursor=cursor, clock=clock, max_keys_per_tick=4,
                              max_wait_seconds=600)  # fmt: skip
        result = restarted.tick()
        cursor = restarted.cursor
        restarted_ticks.append((new_pdfs(result), len(result.run_requests)))
        result = steady.tick()
        steady_ticks.append((new_pdfs(result), len(result.run_requests)))

    assert restarted_ticks == steady_ticks
    assert sum(new for new, _ in restarted_ticks) == 15  # each PDF found once
    assert sum(requests for _, requests in restarted_ticks) >= 1  # once 100 pages waited
    assert sorted(manifest_paths(spec)) == sorted(manifest_paths(twin)) and len(manifest_paths(spec)) == 15


def test_a_tick_lost_after_recording_its_pdfs_still_gets_them_planned(spec, s3_bucket, instance, platform):
    """The daemon dies mid-tick: the manifest got the new PDFs, but the tick's cursor and run request were
    never stored. The next tick, from the cursor before, hands those PDFs to planning all the same."""
    clock = Clock()
    daemon = s3_daemon(spec, instance, platform, clock=clock, max_wait_seconds=3600)
    clock.now += 4000
    daemon.tick()  # a fresh cursor's start-up planning request (see the lost-cursor test)
    clock.now += 30
    assert daemon.tick().run_requests == []
    stored = daemon.cursor

    put(s3_bucket, *(f"incoming/{i}.pdf" for i in range(10)))  # 100 assumed pages: a group's worth
    clock.now += 30
    [lost] = daemon.tick().run_requests  # ... but the daemon died before storing this result
    daemon.cursor = stored
    clock.now += 30

    retried = daemon.tick()
    assert new_pdfs(retried) == 0  # already in the manifest: not found again
    [request] = retried.run_requests
    assert request.partition_key == "books" and request.run_key != lost.run_key
    assert daemon.tick().run_requests == []  # handed over once
    assert len(manifest_paths(spec)) == 10


def test_the_feeder_needs_room_for_a_shard_and_says_how_it_works():
    with pytest.raises(ValueError, match="at least 1"):
        build_page_groups_sensor(max_queued=0)
    description = build_page_groups_sensor(max_queued=4, max_runs_per_tick=3).description
    assert "fewer than 4 shards are in progress" in description and "at most 3 a tick" in description
    assert "OLMOCR_QUEUED_SHARDS" in description and "rerun it from the UI" in description
