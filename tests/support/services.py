"""Real Dagster services for the `services` test tier: a PostgreSQL cluster of our own, an instance's
dagster.yaml, and `dagster-webserver` plus `dagster-daemon run` as two process groups, driven over GraphQL.

The two services run as separate processes, not `dagster dev`: each is its own process group, so a signal
to the group reaches the service and the code server and run workers it started (see ``Services.stop``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests
import yaml

from olmocr_assets.cli import INSTANCE_CONFIG
from tests.support.paths import REPO

BIN = Path(sys.executable).parent  # the environment's console scripts: dagster-webserver, dagster-daemon
LOCATION = "olmocr_platform"  # workspace.yaml's location_name
REPOSITORY = "__repository__"  # the repository a Definitions object becomes
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, check: Callable[[], T | None], timeout: float, interval: float = 0.5) -> T:
    """Poll ``check`` until it returns something truthy, for at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise TimeoutError(f"gave up after {timeout:g} s waiting for {what}")
        time.sleep(interval)


# ------------------------------------------------------------------------------------------ PostgreSQL


@dataclass(frozen=True)
class Postgres:
    """Where a running cluster listens: the `postgres_db` block of a dagster.yaml."""

    hostname: str
    port: int
    username: str
    db_name: str

    def storage_config(self) -> dict[str, Any]:
        # No password: the test cluster trusts connections from 127.0.0.1 (initdb --auth=trust).
        return {
            "postgres": {
                "postgres_db": {
                    "hostname": self.hostname,
                    "port": self.port,
                    "username": self.username,
                    "db_name": self.db_name,
                    # SQLAlchemy 2.1 serves a bare postgresql:// with psycopg 3, on which dagster-postgres 0.29.27
                    # fails ("the connection is closed"); psycopg2 is the driver it declares and works with.
                    "scheme": "postgresql+psycopg2",
                }
            }
        }


def postgres_bindir() -> Path | None:
    """The newest installed PostgreSQL's binaries (Debian keeps initdb and pg_ctl off PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@contextlib.contextmanager
def postgres_cluster(username: str = "dagster", db_name: str = "dagster") -> Iterator[Postgres]:
    """A new cluster in a temp dir on a free 127.0.0.1 port, its socket in that dir; stopped and removed after.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user. The dir is made
    with tempfile, not pytest's tmp_path: pytest's are private to root and the server could not enter them.
    """
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (scripts/test.sh installs Debian's postgresql when run as root)")
    as_user: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="olmocr-pg-"))
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL as an unprivileged user")
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres", "postgres")
    data, log = base / "data", base / "postgres.log"
    port = free_port()
    pg_ctl = [*as_user, str(bindir / "pg_ctl"), "-D", str(data)]
    try:
        subprocess.run(
            [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", username, "--auth=trust", "-E", "UTF8"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} -c fsync=off"
        subprocess.run([*pg_ctl, "-l", str(log), "-o", options, "-w", "-t", "60", "start"], check=True, timeout=90)
        createdb = [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", username, db_name]
        subprocess.run(createdb, check=True, capture_output=True, timeout=60)
        yield Postgres("127.0.0.1", port, username, db_name)
    except BaseException:
        if log.exists():
            print(f"--- PostgreSQL log ({log}) ---\n{log.read_text(errors='replace')}")
        raise
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "-w", "-t", "30", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------------------------------------ instance


def write_instance_config(home: Path, storage: Mapping[str, Any] | None) -> Path:
    """DAGSTER_HOME's dagster.yaml: the pool settings `olmocr-platform` writes for a new instance, the queued
    run coordinator (the daemon launches runs, as in a deployment), and ``storage`` (None: embedded SQLite)."""
    config: dict[str, Any] = yaml.safe_load(INSTANCE_CONFIG)
    config["run_coordinator"] = {
        "module": "dagster._core.run_coordinator",
        "class": "QueuedRunCoordinator",
    }
    config["telemetry"] = {"enabled": False}
    if storage is not None:
        config["storage"] = dict(storage)
    home.mkdir(parents=True, exist_ok=True)
    path = home / "dagster.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


# ------------------------------------------------------------------------------------------ services


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes in process group ``pgid``, read from /proc."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended while we looked
            continue
        # Fields after the parenthesised command name: state ppid pgrp ...
        state, _ppid, pgrp = text.rsplit(")", 1)[1].split()[:3]
        if int(pgrp) == pgid and state != "Z":
            members.append(int(stat.parent.name))
    return members


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    log: Path

    def alive(self) -> bool:
        return self.process.poll() is None


@dataclass
class Stopped:
    """How one service ended after the signal: seconds until its own process exited, and until its whole
    process group (code server, run workers) was gone; None when that did not happen in time."""

    exited_after: float | None
    group_gone_after: float | None
    returncode: int | None


@dataclass
class Services:
    """dagster-webserver and dagster-daemon on one DAGSTER_HOME, each in its own process group."""

    home: Path
    env: dict[str, str]
    port: int = field(default_factory=free_port)
    started: list[Service] = field(default_factory=list)

    @property
    def logs(self) -> Path:
        # Beside DAGSTER_HOME, not in it: the instance may keep files of its own under $DAGSTER_HOME/logs.
        return self.home.parent / "service-logs"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> None:
        self.started = []
        self.logs.mkdir(exist_ok=True)
        workspace = str(REPO / "workspace.yaml")
        try:
            self._spawn("webserver", ["dagster-webserver", "-h", "127.0.0.1", "-p", str(self.port), "-w", workspace])
            # The daemon starts once the webserver serves, i.e. has created the instance's storage: two processes
            # creating a new SQLite storage at once both stamp its schema version, and the location then fails
            # to load ("alembic_version has more than one head").
            wait_for("the webserver's /server_info", self._server_info, timeout)
            self._spawn("daemon", ["dagster-daemon", "run", "-w", workspace])
            wait_for("the code location to load in the webserver", self._location_loaded, timeout)
            wait_for("the daemon's sensor, run queue and backfill daemons", self._daemons_healthy, timeout)
        except BaseException:
            self.print_logs()
            raise

    def _spawn(self, name: str, command: list[str]) -> None:
        log = self.logs / f"{name}.log"
        with log.open("ab") as out:
            process = subprocess.Popen(
                [str(BIN / command[0]), *command[1:]],
                cwd=REPO,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: the shutdown test signals the whole group
            )
        self.started.append(Service(name, process, log))

    def ensure_started(self) -> None:
        """Start both services again if a test stopped them (the shutdown test does)."""
        if self.started and all(service.alive() for service in self.started):
            return
        self.kill()
        self.port = free_port()  # the old one may linger in TIME_WAIT
        self.start()

    def _server_info(self) -> bool:
        for service in self.started:
            if not service.alive():
                raise RuntimeError(f"dagster {service.name} exited with {service.process.returncode}")
        try:
            return requests.get(f"{self.url}/server_info", timeout=5).ok
        except requests.ConnectionError:
            return False

    def _location_loaded(self) -> bool:
        data = self.graphql(
            """{ workspaceOrError { ... on Workspace { locationEntries {
                   name locationOrLoadError { __typename ... on PythonError { message } } } } } }"""
        )
        for entry in data["workspaceOrError"]["locationEntries"]:
            loaded = entry["locationOrLoadError"]
            if entry["name"] == LOCATION and loaded:
                if loaded["__typename"] == "PythonError":
                    raise RuntimeError(f"code location failed to load: {loaded['message']}")
                return loaded["__typename"] == "RepositoryLocation"
        return False

    def _daemons_healthy(self) -> bool:
        data = self.graphql("{ instance { daemonHealth { allDaemonStatuses { daemonType required healthy } } } }")
        statuses = data["instance"]["daemonHealth"]["allDaemonStatuses"]
        needed = {"SENSOR", "QUEUED_RUN_COORDINATOR", "BACKFILL"}
        return needed <= {s["daemonType"] for s in statuses if s["healthy"]}

    def graphql(self, query: str, variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
        response = requests.post(
            f"{self.url}/graphql", json={"query": query, "variables": dict(variables or {})}, timeout=60
        )
        if not response.ok:
            raise RuntimeError(f"GraphQL answered HTTP {response.status_code}: {response.text[:4000]}")
        body = response.json()
        if body.get("errors"):
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def print_logs(self) -> None:
        """The services' logs (every start appends to the same files), for a failing test's report."""
        for log in sorted(self.logs.glob("*.log")):
            text = log.read_text(errors="replace")
            print(f"--- {log}, last 20000 characters ---\n{text[-20000:]}")

    def stop(self, signum: int, timeout: float = 10) -> dict[str, Stopped]:
        """Send ``signum`` to each service's process group at once; measure how long each takes to end."""
        sent = time.monotonic()
        for service in self.started:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(service.process.pid, signum)
        results = {}
        for service in self.started:
            results[service.name] = self._await_end(service, sent, timeout)
        self.kill()
        return results

    @staticmethod
    def _await_end(service: Service, sent: float, timeout: float) -> Stopped:
        deadline = sent + timeout
        exited_after = gone_after = None
        with contextlib.suppress(subprocess.TimeoutExpired):
            service.process.wait(timeout=max(0.0, deadline - time.monotonic()))
            exited_after = time.monotonic() - sent
        if exited_after is not None:
            with contextlib.suppress(TimeoutError):
                wait_for(
                    f"{service.name}'s process group to end",
                    lambda: not group_members(service.process.pid),
                    max(0.0, deadline - time.monotonic()),
                    interval=0.1,
                )
                gone_after = time.monotonic() - sent
        return Stopped(exited_after, gone_after, service.process.returncode)

    def kill(self) -> None:
        """SIGKILL whatever is left of both process groups (teardown, or after a failed stop)."""
        for service in self.started:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(service.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                service.process.wait(timeout=10)
