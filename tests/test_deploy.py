"""The deployment on a real `prefect server start`: through a process worker, and served on a
short schedule; the run's stages, artifacts, data-quality event and automation as the UI sees them."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pyarrow.dataset as ds
import pytest

from sitrep.config import SAMPLE_CORPUS
from sitrep.schemas import TABLES

REPO = Path(__file__).resolve().parents[1]
SERVER_START_TIMEOUT = 120.0
RUN_TIMEOUT = 300.0
GOOD_POST = ("Overnight attack\n\nRussia launched 40 drones at Ukraine overnight, the air force said "
             "on Monday. Air defences shot down 31 of them and nine were lost to jamming.\n")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(what: str, ready: Callable[[], object], timeout: float, proc: subprocess.Popen | None = None,
          log: Path | None = None) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: process exited {proc.returncode}\n{log.read_text()[-3000:] if log else ''}")
        try:
            found = ready()
        except (OSError, httpx.HTTPError):
            found = None
        if found:
            return found
        time.sleep(0.5)
    pytest.fail(f"no {what} after {timeout:.0f}s\n{log.read_text()[-3000:] if log else ''}")


class Server:
    def __init__(self, url: str, home: Path) -> None:
        self.url, self.home = url, home
        self.env = {**os.environ, "PREFECT_API_URL": url, "PREFECT_HOME": str(home),
                    "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        self.http = httpx.Client(base_url=url, timeout=30)

    def cli(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run([sys.executable, "-m", "prefect", *args], cwd=REPO, env=self.env,
                              capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        return done.stdout

    def client(self):
        """Prefect's own client on this server (the session's test harness is another API)."""
        from prefect.client.orchestration import SyncPrefectClient

        return SyncPrefectClient(api=self.url)


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory) -> Iterator[Server]:
    """`prefect server start` (SQLite) via infra/local/prefect-server.sh on a free port."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    log = home / "server.log"
    env = {**os.environ, "SITREP_PREFECT_PORT": str(port), "PREFECT_HOME": str(home),
           # schedule runs promptly (default: every 60 s) so the serve test is short
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2"}
    env.pop("PREFECT_API_URL", None)
    with log.open("w") as out:
        proc = subprocess.Popen(["bash", str(REPO / "infra" / "local" / "prefect-server.sh")], env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    try:
        _wait("Prefect API", lambda: urllib.request.urlopen(f"{url}/health", timeout=2).status == 200,
              SERVER_START_TIMEOUT, proc, log)
        yield Server(url, home)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _artifacts(server: Server, flow_run_id: str) -> list[dict]:
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with server.client() as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return [a.model_dump(mode="json") for a in found]


def test_deployment_runs_through_a_worker(prefect_server: Server, tmp_path: Path):
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    source, lake = tmp_path / "landing", tmp_path / "lake"
    shutil.copytree(SAMPLE_CORPUS, source)  # holds one self-contradictory claim: DQ fails
    prefect_server.cli("work-pool", "create", "sitrep-process", "--type", "process")
    prefect_server.cli("--no-prompt", "deploy", "--all")
    prefect_server.cli("automation", "create", "--from-file",
                       str(REPO / "infra" / "automations" / "data-quality-failed.yaml"))
    with prefect_server.client() as client:
        deployment = client.read_deployment_by_name("etl/sitrep-etl")
        assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
        run = client.create_flow_run_from_deployment(
            deployment.id, parameters={"source": str(source), "lake": str(lake)})
    worker_log = tmp_path / "worker.log"
    with worker_log.open("w") as out:
        worker = subprocess.run([sys.executable, "-m", "prefect", "worker", "start", "--pool",
                                 "sitrep-process", "--run-once"], cwd=REPO, env=prefect_server.env,
                                stdout=out, stderr=subprocess.STDOUT, timeout=RUN_TIMEOUT)
    assert worker.returncode == 0, worker_log.read_text()[-3000:]

    with prefect_server.client() as client:
        finished = client.read_flow_run(run.id)
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
    assert finished.state.is_completed(), worker_log.read_text()[-3000:]
    names = {t.name for t in tasks}
    assert names == {"discover", "load state", "ingest batch 0", "clean batch 0", "extract batch 0",
                     "validate", *(f"publish {t}" for t in TABLES), "reconcile events", "save state",
                     "record run"}, names

    summary = json.loads(next((lake / "_runs").glob(f"run_date=*/{run.id}.json")).read_text())
    air = ds.dataset(lake / "air_attacks", format="parquet", partitioning="hive").to_table()
    assert summary["rows_published"]["air_attacks"] == air.num_rows > 0
    assert summary["data_quality"] == "failed"
    artifacts = _artifacts(prefect_server, str(run.id))
    by_type: dict[str, list[dict]] = {}
    for artifact in artifacts:
        by_type.setdefault(artifact["type"], []).append(artifact)
    markdown = next(a for a in by_type["markdown"] if a["key"] == "etl-run-summary")["data"]
    assert f"| claims published | {summary['claims_published']} |" in markdown
    assert f"| air_attacks | {summary['rows_extracted']['air_attacks']} | {air.num_rows} |" in markdown
    assert "intercepted_plus_lost_le_launched" in markdown
    tables = {a["key"]: json.loads(a["data"]) if isinstance(a["data"], str) else a["data"]
              for a in by_type["table"]}
    assert len(tables["air-attacks-published"]) == air.num_rows
    quality = {row["table"]: row for row in tables["sitrep-data-quality"]}
    assert quality["air_attacks"]["status"] == "failed" and quality["air_attacks"]["rows_quarantined"] == 1
    assert quality["casualty_claims"]["status"] == "passed"
    # Prefect stores link artifacts as markdown links "[text](link)", without a key
    links = [a["data"] for a in by_type["markdown"] if a["key"] is None and a["data"].startswith("[")]
    written = sum(min(len(parts), 20) for parts in summary["partitions_written"].values())
    assert len(links) == written > 0
    assert any(f"(file://{lake}/air_attacks/report_date=" in link for link in links), links[:3]
    assert [a["data"] for a in by_type["progress"]] == [100.0]

    def events() -> list[dict]:  # the server persists events asynchronously
        return prefect_server.http.post("/events/filter", json={
            "filter": {"event": {"name": ["sitrep.data-quality.failed"]},
                       "related": {"id": [f"prefect.flow-run.{run.id}"]}}, "limit": 10}).json()["events"]
    found = _wait("data-quality event", events, 60)
    assert len(found) == 1
    events = found
    assert events[0]["payload"]["expectations_failed"] == ["air_attacks.intercepted_plus_lost_le_launched"]

    def paused() -> bool:
        with prefect_server.client() as client:
            return client.read_deployment(deployment.id).paused
    _wait("automation pausing the deployment after the data-quality failure", paused, 60)


def test_served_deployment_runs_on_its_schedule(prefect_server: Server, tmp_path: Path):
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName, FlowRunFilter
    from prefect.client.schemas.filters import FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType

    source, lake = tmp_path / "landing", tmp_path / "lake"
    source.mkdir()
    (source / "post.txt").write_text(GOOD_POST, encoding="utf-8")
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        serve = subprocess.Popen(
            [sys.executable, "-m", "sitrep.cli", "serve", "--interval", "5", "--name", "served-test",
             "--source", str(source), "--lake", str(lake)],
            cwd=tmp_path, env={**prefect_server.env, "PREFECT_RUNNER_POLL_FREQUENCY": "2"},
            stdout=out, stderr=subprocess.STDOUT)

    def completed_scheduled_run():
        with prefect_server.client() as client:
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["served-test"])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))))
        return [r for r in runs if r.auto_scheduled]

    try:
        runs = _wait("completed scheduled run of the served deployment", completed_scheduled_run,
                     RUN_TIMEOUT, serve, log)
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(timeout=30)
        except subprocess.TimeoutExpired:
            serve.kill()
    assert runs[0].parameters == {"source": str(source), "lake": str(lake)}
    air = ds.dataset(lake / "air_attacks", format="parquet", partitioning="hive").to_table()
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in air.to_pylist()] == [(40, 31, 9)]
