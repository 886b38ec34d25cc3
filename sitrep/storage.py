"""Where bytes live: local folders and S3-compatible buckets, behind one pyarrow filesystem.

Every source read and lake write goes through here, so the S3 endpoint, region and
credentials are decided in one place. URIs are local paths or `s3://bucket/prefix`;
helpers take and return URIs in the caller's own style.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import boto3
import pyarrow as pa
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from pyarrow import fs as pafs

from sitrep.config import Settings

S3_SCHEME = "s3://"
DEFAULT_REGION = "us-east-1"


class StorageError(Exception):
    """A storage operation on `uri` failed; `cause` says why (one line, for the CLI)."""

    def __init__(self, uri: str, cause: object) -> None:
        self.uri = uri
        self.cause = cause
        super().__init__(f"{uri}: {cause}")


class NotFound(StorageError):
    """`uri` does not exist; retrying will not help."""


def is_s3(uri: str) -> bool:
    return uri.startswith(S3_SCHEME)


def region() -> str:
    """AWS_REGION, then AWS_DEFAULT_REGION; pyarrow would otherwise guess (and probe EC2)."""
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or DEFAULT_REGION


def filesystem(uri: str, settings: Settings | None = None) -> tuple[pafs.FileSystem, str]:
    """The filesystem holding `uri` and the path of `uri` inside it.

    S3 credentials come from the standard AWS chain (AWS_ACCESS_KEY_ID, ...); the endpoint
    only from settings, because pyarrow ignores AWS_ENDPOINT_URL(_S3).
    """
    if is_s3(uri):
        path = uri[len(S3_SCHEME):].strip("/")
        if not path:
            raise StorageError(uri, "no bucket in S3 URI")
        s3 = pafs.S3FileSystem(
            endpoint_override=(settings or Settings()).s3_endpoint_url,
            region=region(),
            allow_bucket_creation=True,
            allow_delayed_open=True,  # lets small writes be one PutObject, not a multipart upload
        )
        return s3, path
    if "://" in uri:
        raise StorageError(uri, "unsupported scheme: use a local path or s3://bucket/prefix")
    return pafs.LocalFileSystem(), os.path.abspath(os.path.expanduser(uri))


def s3_client(settings: Settings | None = None):
    """A boto3 S3 client on the same endpoint and region, for what pyarrow cannot do."""
    endpoint = (settings or Settings()).s3_endpoint_url
    # Path-style addressing: custom endpoints rarely resolve <bucket>.<host>.
    config = Config(s3={"addressing_style": "path"}) if endpoint else None
    return boto3.client("s3", endpoint_url=endpoint, region_name=region(), config=config)


def join(uri: str, *parts: str) -> str:
    """`uri` with `parts` appended, '/'-separated (valid for local paths and S3 keys)."""
    cleaned = [p.strip("/") for p in parts if p.strip("/")]
    return uri.rstrip("/") + "/" + "/".join(cleaned) if cleaned else uri


@contextmanager
def errors(uri: str) -> Iterator[None]:
    """Turn pyarrow/OS errors inside the block into StorageError naming `uri`."""
    try:
        yield
    except FileNotFoundError as exc:
        raise NotFound(uri, "does not exist") from exc
    except (OSError, pa.ArrowException) as exc:
        raise StorageError(uri, exc) from exc


def _info(fs: pafs.FileSystem, path: str, uri: str) -> pafs.FileInfo:
    with errors(uri):
        return fs.get_file_info(path)


def exists(uri: str, settings: Settings | None = None) -> bool:
    fs, path = filesystem(uri, settings)
    return _info(fs, path, uri).type != pafs.FileType.NotFound


def list_files(
    uri: str, suffixes: Iterable[str] = (), settings: Settings | None = None
) -> list[str]:
    """URIs of the files under `uri` (recursive, sorted), or `[uri]` when it is a file.

    `suffixes` filters by name ending, case-insensitively; empty means all. Hidden names
    (starting with ".", e.g. in-flight temp files) are skipped.
    """
    fs, path = filesystem(uri, settings)
    info = _info(fs, path, uri)
    if info.type == pafs.FileType.File:
        return [uri]
    if info.type != pafs.FileType.Directory:
        raise NotFound(uri, "does not exist")
    wanted = tuple(s.lower() for s in suffixes)
    with errors(uri):
        infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
    found = []
    for entry in infos:
        rel = entry.path[len(path):].strip("/")
        if entry.type != pafs.FileType.File or any(p.startswith(".") for p in rel.split("/")):
            continue
        if not wanted or entry.base_name.lower().endswith(wanted):
            found.append(join(uri, rel))
    return sorted(found)


def read_bytes(uri: str, settings: Settings | None = None) -> bytes:
    fs, path = filesystem(uri, settings)
    with errors(uri), fs.open_input_stream(path) as stream:
        return stream.read()


def write_bytes(uri: str, data: bytes, settings: Settings | None = None) -> None:
    """Write `data` so that readers see the old object or the new one, never a part.

    Locally: a hidden temp file in the same folder, fsync'd, then os.replace. On S3 a
    direct upload of the final key: one PUT below pyarrow's part size, a multipart upload
    above; S3 makes either visible only once complete.
    """
    fs, path = filesystem(uri, settings)
    with errors(uri):
        if isinstance(fs, pafs.LocalFileSystem):
            _write_local(path, data)
        else:
            with fs.open_output_stream(path) as stream:
                stream.write(data)


def _write_local(path: str, data: bytes) -> None:
    folder, name = os.path.split(path)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def create_exclusive(uri: str, data: bytes, settings: Settings | None = None) -> str | None:
    """Create `uri` holding `data` only if nothing is there yet: a token for `delete_if` when
    created, None when the object exists. One atomic step (a hard link locally, a conditional
    PUT `If-None-Match: *` on S3), so of two callers exactly one wins, and a reader never
    sees the object half written."""
    if not is_s3(uri):
        _, path = filesystem(uri, settings)
        with errors(uri):
            folder, name = os.path.split(path)
            os.makedirs(folder, exist_ok=True)
            tmp = os.path.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")
            with open(tmp, "xb") as out:
                out.write(data)
            try:
                os.link(tmp, path)  # complete content appears at once, or not at all
            except FileExistsError:
                return None
            finally:
                os.unlink(tmp)
        return _local_token(data)
    bucket, key = _bucket_key(uri)
    try:
        return s3_client(settings).put_object(Bucket=bucket, Key=key, Body=data, IfNoneMatch="*")["ETag"]
    except ClientError as exc:
        if _error_code(exc) in ("PreconditionFailed", "ConditionalRequestConflict"):
            return None
        raise StorageError(uri, exc) from exc
    except BotoCoreError as exc:
        raise StorageError(uri, exc) from exc


_GONE = ("NoSuchKey", "404")  # error codes of an object that is not there
T = TypeVar("T")


def _error_code(exc: ClientError) -> str | None:
    return exc.response.get("Error", {}).get("Code")


def _if_match(uri: str, client, token: str, act: Callable[..., T], lost: tuple[str, ...]) -> T | None:
    """`act(IfMatch=token)`, or None when the object is gone or another writer's version stands
    (the store answered with a code in `lost`). A store without conditional requests gets a
    HEAD compare, then `act()`: a short race, not a wrong one."""
    try:
        return act(IfMatch=token)
    except ClientError as exc:
        if _error_code(exc) in lost:
            return None
        if _error_code(exc) != "NotImplemented":
            raise StorageError(uri, exc) from exc
    except BotoCoreError as exc:
        raise StorageError(uri, exc) from exc
    bucket, key = _bucket_key(uri)
    try:
        if client.head_object(Bucket=bucket, Key=key)["ETag"] != token:
            return None
        return act()
    except ClientError as exc:
        if _error_code(exc) in _GONE:
            return None
        raise StorageError(uri, exc) from exc
    except BotoCoreError as exc:
        raise StorageError(uri, exc) from exc


def delete_if(uri: str, token: str, settings: Settings | None = None) -> bool:
    """Delete `uri` only if it still holds what `create_exclusive` wrote (its `token`);
    False when it is gone or another writer's object stands there now."""
    if not is_s3(uri):
        _, path = filesystem(uri, settings)
        try:
            with open(path, "rb") as fh:
                if _local_token(fh.read()) != token:
                    return False
            os.unlink(path)
        except FileNotFoundError:
            return False
        return True
    bucket, key = _bucket_key(uri)
    client = s3_client(settings)
    return _if_match(uri, client, token, lambda **cond: client.delete_object(Bucket=bucket, Key=key, **cond),
                     lost=("PreconditionFailed", *_GONE)) is not None


def replace_if(uri: str, data: bytes, token: str, settings: Settings | None = None) -> str | None:
    """Overwrite `uri` with `data` only if it still holds the version `token` names: the new
    token, or None when it is gone or another writer's object stands there now. On S3 one
    conditional PUT (`If-Match`); locally a compare then an atomic replace (a short race)."""
    if not is_s3(uri):
        try:
            current = read_bytes(uri, settings)
        except NotFound:
            return None
        if _local_token(current) != token:
            return None
        _, path = filesystem(uri, settings)
        with errors(uri):
            _write_local(path, data)
        return _local_token(data)
    bucket, key = _bucket_key(uri)
    client = s3_client(settings)
    return _if_match(uri, client, token, lambda **cond: client.put_object(Bucket=bucket, Key=key, Body=data, **cond)["ETag"],
                     lost=("PreconditionFailed", "ConditionalRequestConflict", *_GONE))


def read_with_token(uri: str, settings: Settings | None = None) -> tuple[bytes, str]:
    """An object's bytes and the token `delete_if` needs to delete exactly this version."""
    if not is_s3(uri):
        data = read_bytes(uri, settings)
        return data, _local_token(data)
    bucket, key = _bucket_key(uri)
    try:
        got = s3_client(settings).get_object(Bucket=bucket, Key=key)
        return got["Body"].read(), got["ETag"]
    except ClientError as exc:
        if _error_code(exc) in _GONE:
            raise NotFound(uri, "does not exist") from exc
        raise StorageError(uri, exc) from exc
    except BotoCoreError as exc:
        raise StorageError(uri, exc) from exc


def _local_token(data: bytes) -> str:
    """A local object's version token (S3 uses its ETag): the hash of its bytes."""
    return hashlib.sha256(data).hexdigest()


def _bucket_key(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len(S3_SCHEME):].partition("/")
    return bucket, key


def delete(uri: str, settings: Settings | None = None) -> None:
    """Delete a file, or a folder with everything under it; a missing URI is no error."""
    fs, path = filesystem(uri, settings)
    kind = _info(fs, path, uri).type
    with errors(uri):
        if kind == pafs.FileType.File:
            fs.delete_file(path)
        elif kind == pafs.FileType.Directory:
            fs.delete_dir(path)
