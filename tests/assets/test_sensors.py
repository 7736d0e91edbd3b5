"""Sensors against moto's S3 server and a real temporary Dagster instance.

Each tick goes through ``SensorDefinition.evaluate_tick`` (which also checks the run requests against
stand-in assets with the real keys and partitions), and :class:`Daemon` does what Dagster's sensor daemon
does with the result that matters here: keeps the cursor and registers requested dynamic partitions.
"""

import boto3
import dagster as dg
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from olmocr_assets.defs.collections.sensors import (
    PAGE_GROUPS,
    PDF_COLLECTION,
    build_s3_sensors,
    build_s3_source_sensor,
    s3_sensor_name,
)
from olmocr_assets.defs.ocr.sensors import DOLMA_DOCUMENTS, PAGE_GROUPS_SENSOR_NAME, build_page_groups_sensor
from olmocr_assets.lib.partitions import collection_partitions, page_group_partitions
from olmocr_assets.lib.resources import PlatformResource
from olmocr_core.storage.facade import Storage
from olmocr_core.work import s3_watch
from olmocr_core.work.collections import CollectionSpec, SourceSpec
from olmocr_core.work.manifests import read_manifest, write_manifest

# ------------------------------------------------------------------------------- stand-in assets


@dg.asset(key=PDF_COLLECTION, partitions_def=collection_partitions)
def pdf_collection_standin() -> None: ...


@dg.asset(key=PAGE_GROUPS, partitions_def=collection_partitions)
def page_groups_standin() -> None: ...


@dg.asset(key=DOLMA_DOCUMENTS, partitions_def=page_group_partitions)
def dolma_documents_standin(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"groups": list(context.partition_keys)})


STANDINS = [pdf_collection_standin, page_groups_standin, dolma_documents_standin]


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
    for name in (collection_partitions.name, page_group_partitions.name):
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


# ------------------------------------------------------------------------------ page-groups sensor


def add_groups(instance: dg.DagsterInstance, names) -> list[str]:
    keys = [f"books/{name}" for name in names]
    instance.add_dynamic_partitions(page_group_partitions.name, keys)
    return keys


def ranged_keys(instance: dg.DagsterInstance, request: dg.RunRequest) -> list[str]:
    """The partitions a run launched with this request's range tags covers."""
    key_range = dg.PartitionKeyRange(
        request.tags[ASSET_PARTITION_RANGE_START_TAG], request.tags[ASSET_PARTITION_RANGE_END_TAG]
    )
    with dg.partition_loading_context(dynamic_partitions_store=instance):
        return list(page_group_partitions.get_partition_keys_in_range(key_range))


def test_page_groups_sensor_requests_new_groups_in_ranged_chunks_once(instance):
    daemon = Daemon(build_page_groups_sensor(max_groups_per_run=8), instance, {})
    assert daemon.tick().run_requests == []

    first = add_groups(instance, [f"g{i:02d}" for i in range(19)])
    requests = daemon.tick().run_requests

    assert [ranged_keys(instance, r) for r in requests] == [first[0:8], first[8:16], first[16:19]]
    assert all(r.asset_selection == [DOLMA_DOCUMENTS] and r.partition_key is None for r in requests)
    assert len({r.run_key for r in requests}) == 3

    more = add_groups(instance, ["a-sorts-first", "h1", "h2"])
    [request] = daemon.tick().run_requests
    assert ranged_keys(instance, request) == more
    assert daemon.tick().run_requests == []


def test_page_groups_sensor_skips_finished_groups_and_never_mixes_collections(instance):
    keys = [f"{collection}/{name}" for collection, name in
            [("books", "a"), ("books", "b"), ("books", "c"), ("papers", "d"), ("papers", "e"), ("books", "f")]]  # fmt: skip
    instance.add_dynamic_partitions(page_group_partitions.name, keys)
    for finished in ("books/b", "papers/e"):  # converted by `olmocr-platform run` or a backfill
        instance.report_runless_asset_event(dg.AssetMaterialization(DOLMA_DOCUMENTS, partition=finished))
    daemon = Daemon(build_page_groups_sensor(max_groups_per_run=8), instance, {})

    runs = [ranged_keys(instance, r) for r in daemon.tick().run_requests]

    assert runs == [["books/a"], ["books/c"], ["papers/d"], ["books/f"]]
    assert daemon.tick().run_requests == []


def test_page_groups_sensor_turned_on_after_everything_was_converted_requests_nothing(instance):
    for key in add_groups(instance, ["a", "b", "c"]):
        instance.report_runless_asset_event(dg.AssetMaterialization(DOLMA_DOCUMENTS, partition=key))
    result = Daemon(build_page_groups_sensor(), instance, {}).tick()
    assert result.run_requests == [] and result.skip_message == "no new page groups to convert"


def test_page_groups_sensor_spreads_a_large_backlog_over_ticks(instance):
    keys = add_groups(instance, [f"g{i:02d}" for i in range(10)])
    daemon = Daemon(build_page_groups_sensor(max_groups_per_run=3, max_runs_per_tick=2), instance, {})

    ticks = [[ranged_keys(instance, r) for r in daemon.tick().run_requests] for _ in range(3)]

    assert ticks == [[keys[0:3], keys[3:6]], [keys[6:9], keys[9:10]], []]


def test_ranged_request_runs_the_chunk_in_one_run(instance):
    add_groups(instance, ["x", "y", "z", "w"])
    [request] = Daemon(build_page_groups_sensor(max_groups_per_run=3), instance, {}).tick().run_requests[:1]

    result = dg.materialize([dolma_documents_standin], instance=instance, tags=request.tags)

    chunk = ["books/x", "books/y", "books/z"]
    materializations = result.asset_materializations_for_node("dolma_documents")
    assert sorted(m.partition for m in materializations) == chunk  # one run, the three groups
    assert all(m.metadata["groups"].value == chunk for m in materializations)


def test_page_groups_sensor_survives_deleted_partitions(instance):
    keys = add_groups(instance, ["a", "b", "c"])
    daemon = Daemon(build_page_groups_sensor(max_groups_per_run=8), instance, {})
    daemon.tick()
    instance.delete_dynamic_partition(page_group_partitions.name, keys[0])

    new = add_groups(instance, ["d"])
    [request] = daemon.tick().run_requests
    assert ranged_keys(instance, request) == new


# ------------------------------------------------------------------------------------------ all


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


def test_page_groups_sensor_restarted_between_ticks_requests_each_group_once(instance):
    """Groups registered in batches, a new sensor process at every tick with the stored cursor: every
    group is requested exactly once."""
    cursor, requested, registered = None, [], []
    for batch, count in enumerate((5, 0, 9, 1, 0, 12)):
        registered += add_groups(instance, [f"b{batch}-{i:02d}" for i in range(count)])
        restarted = Daemon(build_page_groups_sensor(max_groups_per_run=4, max_runs_per_tick=2), instance, {}, cursor)
        for request in restarted.tick().run_requests:
            requested += ranged_keys(instance, request)
        cursor = restarted.cursor
    while True:  # the backlog the per-tick cap left, by further restarted ticks
        restarted = Daemon(build_page_groups_sensor(max_groups_per_run=4, max_runs_per_tick=2), instance, {}, cursor)
        requests = restarted.tick().run_requests
        cursor = restarted.cursor
        if not requests:
            break
        for request in requests:
            requested += ranged_keys(instance, request)

    assert sorted(requested) == sorted(registered)  # none missed, none twice


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
