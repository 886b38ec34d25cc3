"""The lake lock: one holder at a time, stale leases broken, only our own lease released;
locally and on a real S3 server (conditional PUT and DELETE)."""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from sitrep import storage
from sitrep.config import Settings
from sitrep.lock import LakeLocked, LeaseLost, lake_lock, lock_uri


def _settings(**overrides) -> Settings:
    return Settings(lock_poll_seconds=0.02, **overrides)


def test_create_exclusive_lets_exactly_one_writer_win(lake_uri):
    uri = storage.join(lake_uri, "_probe.json")
    tokens = [storage.create_exclusive(uri, f"{n}".encode(), Settings()) for n in range(3)]
    assert tokens[0] is not None and tokens[1:] == [None, None]
    assert storage.read_bytes(uri) == b"0"
    assert not storage.delete_if(uri, "not-the-token")
    assert storage.delete_if(uri, tokens[0]) and not storage.exists(uri)


def test_second_holder_waits_for_the_first(lake_uri):
    order: list[str] = []
    first_in = threading.Event()

    def hold(name: str, seconds: float) -> None:
        with lake_lock(lake_uri, name, _settings()):
            order.append(f"{name} in")
            first_in.set()
            time.sleep(seconds)
            order.append(f"{name} out")

    first = threading.Thread(target=hold, args=("a", 2.0))  # long enough that b sees it held even on a loaded machine
    first.start()
    first_in.wait(10)
    waited: list[dict] = []
    with lake_lock(lake_uri, "b", _settings(), on_wait=waited.append):
        order.append("b in")
    first.join()
    assert order == ["a in", "a out", "b in"]
    assert waited and waited[0]["owner"] == "a"
    assert not storage.exists(lock_uri(lake_uri))


def test_gives_up_with_a_clear_error(lake_uri):
    with lake_lock(lake_uri, "holder", _settings()):
        with pytest.raises(LakeLocked, match="locked by run holder"):
            with lake_lock(lake_uri, "impatient", _settings(lock_timeout_seconds=0.2)):
                pass


def test_stale_lease_of_a_dead_run_is_broken(lake_uri):
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    stale = {"owner": "dead", "acquired_at": past.isoformat(),
             "expires_at": (past + timedelta(hours=1)).isoformat()}
    storage.create_exclusive(lock_uri(lake_uri), json.dumps(stale).encode(), Settings())
    with lake_lock(lake_uri, "alive", _settings(lock_timeout_seconds=1)) as lease:
        held = json.loads(storage.read_bytes(lock_uri(lake_uri)))
        assert held["owner"] == lease["owner"] == "alive"


def test_replace_if_overwrites_only_the_version_it_names(lake_uri):
    uri = storage.join(lake_uri, "_probe.json")
    token = storage.create_exclusive(uri, b"first", Settings())
    assert storage.replace_if(uri, b"x", "not-the-token") is None and storage.read_bytes(uri) == b"first"
    second = storage.replace_if(uri, b"second", token)
    assert second is not None and storage.read_bytes(uri) == b"second"
    assert storage.replace_if(uri, b"third", token) is None  # the old version is gone
    assert storage.delete_if(uri, second)
    assert storage.replace_if(uri, b"fourth", second) is None and not storage.exists(uri)


def test_a_commit_longer_than_the_ttl_keeps_its_lease(lake_uri):
    settings = _settings(lock_ttl_seconds=1.5)  # renewed every 0.5 s; S3 calls may stall a while under load
    with lake_lock(lake_uri, "slow", settings) as lease:
        time.sleep(3.5)  # more than two TTLs: renewed, never stale
        with pytest.raises(LakeLocked, match="locked by run slow"):
            with lake_lock(lake_uri, "other", _settings(lock_ttl_seconds=1.5, lock_timeout_seconds=0.5)):
                pass
        held = json.loads(storage.read_bytes(lock_uri(lake_uri)))
        assert held["acquired_at"] == lease["acquired_at"] and held["expires_at"] > lease["expires_at"]
    assert not storage.exists(lock_uri(lake_uri))


def test_a_lease_broken_meanwhile_fails_the_holder_and_is_not_released_by_it(lake_uri):
    taken = b'{"owner": "third", "expires_at": "2999-01-01T00:00:00+00:00"}'
    with pytest.raises(LeaseLost, match="lease of run slow was broken"):
        with lake_lock(lake_uri, "slow", _settings(lock_ttl_seconds=0.3)):
            # as if the holder had frozen past its TTL: another run broke the lease and took the lake
            data, token = storage.read_with_token(lock_uri(lake_uri))
            assert storage.delete_if(lock_uri(lake_uri), token)
            storage.create_exclusive(lock_uri(lake_uri), taken, Settings())
            time.sleep(0.4)  # a renewal finds the lock no longer ours
    assert storage.read_bytes(lock_uri(lake_uri)) == taken  # not deleted by "slow"


@pytest.fixture
def store_without(monkeypatch):
    """A bucket on a store that answers NotImplemented to one conditional request (moto stands
    in for it: error paths only). Yields a function: (method, operation) -> the boto3 client."""
    import boto3
    from botocore.exceptions import ClientError
    from moto import mock_aws

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.delenv("SITREP_S3_ENDPOINT_URL", raising=False)
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="lake")
        monkeypatch.setattr(storage, "s3_client", lambda settings=None: client)

        def without(method: str, operation: str):
            real = getattr(client, method)

            def unconditional_only(**kwargs):
                if "IfMatch" in kwargs:
                    raise ClientError({"Error": {"Code": "NotImplemented"}}, operation)
                return real(**kwargs)

            setattr(client, method, unconditional_only)
            return client

        yield without


def test_release_on_a_store_without_conditional_delete_still_checks_the_owner(store_without):
    client = store_without("delete_object", "DeleteObject")
    client.put_object(Bucket="lake", Key="_lock.json", Body=b"theirs")
    assert not storage.delete_if("s3://lake/_lock.json", '"not-their-etag"', Settings())
    etag = client.head_object(Bucket="lake", Key="_lock.json")["ETag"]
    assert storage.delete_if("s3://lake/_lock.json", etag, Settings())
    assert "Contents" not in client.list_objects_v2(Bucket="lake")


def test_renewal_on_a_store_without_conditional_put_still_checks_the_version(store_without):
    client = store_without("put_object", "PutObject")
    etag = client.put_object(Bucket="lake", Key="_lock.json", Body=b"ours")["ETag"]
    assert storage.replace_if("s3://lake/_lock.json", b"x", '"not-our-etag"', Settings()) is None
    renewed = storage.replace_if("s3://lake/_lock.json", b"renewed", etag, Settings())
    assert renewed and renewed != etag
    assert client.get_object(Bucket="lake", Key="_lock.json")["Body"].read() == b"renewed"
