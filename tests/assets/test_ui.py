"""The Dagster UI as a user runs it. `dg dev` stops within 10 s of SIGTERM or SIGINT to its process group. In a
real browser (Playwright driving Debian's chromium) on a real `dagster-webserver` and `dagster-daemon` (the
embedded SQLite instance): a collection registered from the launchpad, materialized, its shards
backfilled, and the asset pages showing descriptions and metrics, as a new user would do it.

`UPDATE_SNAPSHOTS=1` also writes the two screenshots the README shows (docs/ui-asset-graph.png,
docs/ui-dolma-documents.png).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import yaml

from tests.support.paths import REPO
from tests.support.services import (
    LOCATION,
    REPOSITORY,
    Services,
    free_port,
    group_members,
    wait_for,
    write_instance_config,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = REPO / "samples"
DOCS = REPO / "docs"
COLLECTION = "ui-papers"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_dg_dev_stops_within_10_s_of_a_signal_to_its_process_group(tmp_path: Path, signum: signal.Signals):
    """`dg dev` runs the webserver, the daemon and a code server as its children, all in its process group (a
    terminal's Ctrl-C, or a supervisor's stop, reaches them all at once)."""
    home = tmp_path / "dagster_home"
    write_instance_config(home, None)
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    with (tmp_path / "dg-dev.log").open("wb") as log:
        dev = subprocess.Popen(
            [str(Path(sys.executable).with_name("dg")), "dev", "-p", str(port)],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        wait_for("dg dev's webserver", lambda: _serves(f"http://127.0.0.1:{port}/server_info"), 120)
        wait_for("the daemon beside it", lambda: "dagster.daemon" in (tmp_path / "dg-dev.log").read_text(), 60)
        sent = time.monotonic()
        os.killpg(dev.pid, signum)
        dev.wait(timeout=10)
        wait_for(
            "dg dev's process group to end",
            lambda: not group_members(dev.pid),
            max(0.1, sent + 10 - time.monotonic()),
            0.1,
        )
    except BaseException:
        print((tmp_path / "dg-dev.log").read_text()[-5000:])
        raise
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(dev.pid, signal.SIGKILL)
    assert dev.returncode == 0


def _serves(url: str) -> bool:
    try:
        return requests.get(url, timeout=5).ok
    except requests.ConnectionError:
        return False


@pytest.fixture(scope="module")
def ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path]]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"browser test: no chromium at {CHROMIUM} (Debian's package `chromium`; scripts/test.sh installs it)"
        )
    root = tmp_path_factory.mktemp("ui")
    home = root / "dagster_home"
    write_instance_config(home, None)
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "OLMOCR_GROUPS_PER_SHARD": "1",  # two PDFs, two groups, two shards: a backfill of two runs
        "OLMOCR_PLATFORM_ROOT": str(home / "olmocr"),
    }
    services = Services(home, env)
    try:
        services.start()
        yield services, root
    finally:
        services.kill()


def runs_of(services: Services, job: str) -> list[dict]:
    data = services.graphql(
        """query ($filter: RunsFilter) { runsOrError(filter: $filter) { ... on Runs { results { runId status } } } }""",
        {"filter": {"pipelineName": job}},
    )
    return data["runsOrError"]["results"]


def finished(services: Services, job: str, count: int) -> list[dict] | None:
    found = runs_of(services, job)
    failed = [run["runId"] for run in found if run["status"] in {"FAILURE", "CANCELED"}]
    if failed:
        raise AssertionError(f"{job} runs failed: {failed}")
    done = [run for run in found if run["status"] == "SUCCESS"]
    return done if len(done) >= count else None


def partitions(services: Services, asset: str) -> dict[str, list[str]]:
    data = services.graphql(
        """query ($key: AssetKeyInput!) { assetNodeOrError(assetKey: $key) { ... on AssetNode {
              assetPartitionStatuses { ... on DefaultPartitionStatuses {
                materializedPartitions unmaterializedPartitions failedPartitions } } } } }""",
        {"key": {"path": [asset]}},
    )
    return data["assetNodeOrError"]["assetPartitionStatuses"]


def test_a_collection_registered_materialized_and_backfilled_from_the_browser(ui):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect, sync_playwright

    services, root = ui
    pdfs = root / "pdfs"
    pdfs.mkdir()
    for pdf in ("digital.pdf", "table.pdf"):
        shutil.copy(SAMPLES / pdf, pdfs / pdf)
    repository = f"{REPOSITORY}@{LOCATION}"
    # The partition, as the UI's "Add a partition" dialog adds it.
    added = services.graphql(
        """mutation ($selector: RepositorySelector!, $key: String!) { addDynamicPartition(
              repositorySelector: $selector, partitionsDefName: "olmocr_collections", partitionKey: $key) {
              __typename } }""",
        {"selector": {"repositoryName": REPOSITORY, "repositoryLocationName": LOCATION}, "key": COLLECTION},
    )
    assert added["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess", added
    config = {
        "ops": {
            "pdf_collection": {
                "config": {"workspace": str(root / "workspace"), "sources": [{"path": str(pdfs)}], "pages_per_group": 1}
            }
        }
    }
    launchpad = (
        f"{services.url}/locations/{repository}/jobs/register_collection/playground/setup?"
        + urllib.parse.urlencode(
            {"config": yaml.safe_dump(config), "tags[0][key]": "dagster/partition", "tags[0][value]": COLLECTION}
        )
    )

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless=new"])
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(60_000)
        try:
            # Register: the register_collection job's launchpad with the collection's config, Launch Run.
            page.goto(launchpad)
            # A first visit greets with "Join the Dagster community": skipped, as a user would.
            with contextlib.suppress(PlaywrightTimeout):
                page.get_by_role("button", name="Skip").click(timeout=15_000)
            page.get_by_role("button", name="Launch Run").click()
            wait_for("the register_collection run", lambda: finished(services, "register_collection", 1), 120, 1)
            groups = wait_for(
                "two shards",
                lambda: len(partitions(services, "dolma_documents")["unmaterializedPartitions"]) == 2,
                30,
            )
            assert groups

            # Backfill: dolma_documents' Materialize button, the missing partitions, Launch backfill. No "Are you sure?"
            # about upstream assets never materialized (the model registry is not one).
            page.goto(f"{services.url}/assets/dolma_documents")
            expect(page.get_by_text("A shard of a collection").first).to_be_visible()
            page.locator("button", has_text="Materialize").first.click()
            page.get_by_role("button", name="Missing", exact=True).click()
            launch = page.locator("button", has_text=re.compile(r"Launch (backfill|\d+ runs?)"))
            expect(launch).to_be_visible()
            launch.click()
            expect(page.get_by_text("Are you sure?")).to_have_count(0)

            def backfilled() -> bool:
                statuses = partitions(services, "dolma_documents")
                if statuses["failedPartitions"]:
                    raise AssertionError(f"shards failed: {statuses['failedPartitions']}")
                return len(statuses["materializedPartitions"]) == 2

            wait_for("the backfill of both shards", backfilled, 150, 2)
            key = sorted(partitions(services, "dolma_documents")["materializedPartitions"])[0]

            # The partition's page: its groups and PDFs, speed and cost in the cpu engine's units.
            page.goto(f"{services.url}/assets/dolma_documents?view=partitions&partition={urllib.parse.quote(key)}")
            for shown in ("pages_per_second", "cpu_seconds", "usd_per_cpu_hour", "pdfs", "group_table", "engine"):
                expect(page.get_by_text(shown, exact=True).first).to_be_visible()
            expect(page.get_by_text(re.compile(r"(digital|table)\.pdf")).first).to_be_visible()
            shots = {"ui-dolma-documents.png": page.screenshot()}
            # The asset graph of the OCR group, with the models' group beside it.
            page.goto(f"{services.url}/locations/{repository}/asset-groups/ocr")
            expect(page.get_by_text("dolma_documents").first).to_be_visible()
            # Each node's live status arrives in batches; the screenshot waits for it, the test does not need it.
            with contextlib.suppress(AssertionError):
                expect(page.get_by_text("Loading...")).to_have_count(0, timeout=60_000)
            shots["ui-asset-graph.png"] = page.screenshot()
        except BaseException:
            page.screenshot(path=str(root / "failure.png"))
            print(f"the browser's last page: {page.url}; screenshot {root / 'failure.png'}")
            raise
        finally:
            browser.close()
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        for name, png in shots.items():
            (DOCS / name).write_bytes(png)
