"""sitrep.storage against a local folder and a real S3 server (SeaweedFS)."""
from __future__ import annotations

import os

import pyarrow.fs as pafs
import pytest

from sitrep import storage
from sitrep.config import Settings


def all_names(uri: str) -> list[str]:
    """Every file under `uri`, hidden ones included (storage.list_files skips those)."""
    fs, path = storage.filesystem(uri)
    infos = fs.get_file_info(pafs.FileSelector(path, recursive=True, allow_not_found=True))
    return sorted(i.path[len(path) + 1:] for i in infos if i.type == pafs.FileType.File)


def test_write_read_overwrite(lake_uri):
    uri = storage.join(lake_uri, "a", "b.txt")
    assert not storage.exists(uri)
    storage.write_bytes(uri, b"one")
    assert storage.exists(uri)
    assert storage.read_bytes(uri) == b"one"
    storage.write_bytes(uri, b"two")
    assert storage.read_bytes(uri) == b"two"
    assert all_names(lake_uri) == ["a/b.txt"]  # no temp file left behind


def test_list_files_recursive_sorted_filtered(lake_uri):
    for rel in ["z.txt", "a/2.HTML", "a/1.txt", "a/b/c.jsonl", "a/.hidden.txt", "skip.md"]:
        storage.write_bytes(storage.join(lake_uri, rel), b"x")
    found = storage.list_files(lake_uri, (".txt", ".html", ".jsonl"))
    assert found == [
        storage.join(lake_uri, rel) for rel in ["a/1.txt", "a/2.HTML", "a/b/c.jsonl", "z.txt"]
    ]
    assert all(uri.startswith(lake_uri + "/") for uri in found)  # same scheme and style as given
    assert len(storage.list_files(lake_uri)) == 5
    assert storage.list_files(lake_uri + "/", (".md",)) == [storage.join(lake_uri, "skip.md")]


def test_a_single_file_lists_itself(lake_uri):
    uri = storage.join(lake_uri, "one.json")
    storage.write_bytes(uri, b"{}")
    assert storage.list_files(uri, (".txt",)) == [uri]


def test_missing_source_is_a_clear_error(lake_uri):
    missing = storage.join(lake_uri, "nope")
    with pytest.raises(storage.NotFound, match="nope.*does not exist"):
        storage.list_files(missing)
    with pytest.raises(storage.NotFound) as err:
        storage.read_bytes(missing)
    assert err.value.uri == missing
    assert isinstance(err.value, storage.StorageError)


def test_delete_file_folder_and_missing(lake_uri):
    for rel in ["d/1", "d/e/2", "keep"]:
        storage.write_bytes(storage.join(lake_uri, rel), b"x")
    storage.delete(storage.join(lake_uri, "keep"))
    storage.delete(storage.join(lake_uri, "d"))
    storage.delete(storage.join(lake_uri, "never-there"))
    assert all_names(lake_uri) == []
    assert not storage.exists(storage.join(lake_uri, "d"))


def test_missing_bucket(s3_lake):
    missing = "s3://no-such-bucket-" + s3_lake.split("/")[2][-8:] + "/x"
    assert not storage.exists(missing)
    with pytest.raises(storage.NotFound):
        storage.read_bytes(missing)


def test_s3_endpoint_and_region_come_from_settings_and_env(s3_server, s3_lake, monkeypatch):
    monkeypatch.delenv("SITREP_S3_ENDPOINT_URL")
    monkeypatch.setenv("AWS_REGION", "eu-west-3")
    settings = Settings(s3_endpoint_url=s3_server.endpoint_url)
    fs, path = storage.filesystem(s3_lake + "/x", settings)
    assert isinstance(fs, pafs.S3FileSystem)
    assert fs.region == "eu-west-3"
    assert path == s3_lake.removeprefix("s3://") + "/x"
    storage.write_bytes(s3_lake + "/x", b"via settings", settings)
    bucket, key = path.split("/", 1)
    body = storage.s3_client(settings).get_object(Bucket=bucket, Key=key)["Body"].read()
    assert body == b"via settings"


def test_s3_client_can_create_buckets(s3_lake):
    storage.s3_client().create_bucket(Bucket="made-by-sitrep-" + s3_lake.split("/")[2][-8:])
    assert storage.exists("s3://made-by-sitrep-" + s3_lake.split("/")[2][-8:])


def test_large_object_uses_multipart_and_round_trips(s3_lake):
    data = os.urandom(12 * 1024 * 1024)  # above pyarrow's 5 MiB part size
    uri = s3_lake + "/big.bin"
    storage.write_bytes(uri, data)
    assert storage.read_bytes(uri) == data


def test_refused_credentials_are_a_storage_error(s3_lake, monkeypatch):
    storage.write_bytes(s3_lake + "/x", b"secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    with pytest.raises(storage.StorageError, match="s3://.*/x") as err:
        storage.read_bytes(s3_lake + "/x")
    assert not isinstance(err.value, storage.NotFound)


def test_unsupported_scheme():
    with pytest.raises(storage.StorageError, match="unsupported scheme"):
        storage.filesystem("gs://bucket/x")
    with pytest.raises(storage.StorageError, match="no bucket"):
        storage.filesystem("s3://")


def test_local_write_is_atomic_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "f.bin"
    storage.write_bytes(str(target), b"old")
    renamed = []

    def failing_replace(src, dst):
        renamed.append(os.path.basename(src))
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(storage.StorageError, match="disk gone"):
        storage.write_bytes(str(target), b"new")
    assert renamed[0].startswith(".")  # hidden: pyarrow.dataset and list_files skip it
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_join():
    assert storage.join("s3://b/lake/", "t", "/p=1/", "f") == "s3://b/lake/t/p=1/f"
    assert storage.join("lake", "t") == "lake/t"
    assert storage.join("/", "t") == "/t"
    assert storage.join("lake") == "lake"
