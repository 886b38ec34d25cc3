"""The flow end to end on a real Prefect API, into a local lake and a real S3 server."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest

from flows.etl import etl
from sitrep.config import SAMPLE_CORPUS

pytestmark = pytest.mark.usefixtures("prefect_api")

KEY = ("attacker", "weapon", "launched", "intercepted", "lost")
SHARED = Path(__file__).resolve().parents[2] / "shared"
EXPECTED = json.loads((Path(__file__).parent / "data" / "sample_corpus_expected.json").read_text())


def _read(path: str, filesystem: pafs.FileSystem | None = None) -> list[dict]:
    return ds.dataset(path, format="parquet", partitioning="hive",
                      filesystem=filesystem).to_table().to_pylist()


def _claim_keys(rows: list[dict]) -> list[tuple]:
    return sorted((Path(r["source_uri"]).name,) + tuple(r[k] for k in KEY) for r in rows)


def _expected_keys(entries: list[dict]) -> list[tuple]:
    return sorted((e["file"],) + tuple(e.get(k) for k in KEY) for e in entries)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> tuple[Path, dict]:
    lake = tmp_path_factory.mktemp("lake")
    return lake, etl(lake=str(lake))


@pytest.fixture(scope="module")
def sample_lake(sample_run) -> Path:
    return sample_run[0]


def test_sample_corpus_publishes_the_expected_claims(sample_lake):
    rows = _read(str(sample_lake / "air_attacks"))
    assert _claim_keys(rows) == _expected_keys(EXPECTED["published"])
    assert len({r["claim_id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["document_id"] and row["source_uri"] and row["evidence"]


def test_inconsistent_claim_is_quarantined_with_its_rule(sample_lake):
    quarantined = [r for r in _read(str(sample_lake / "quarantine")) if r["table"] == "air_attacks"]
    records = [json.loads(r["record"]) for r in quarantined]
    got = _claim_keys([{**rec, "source_uri": rec["source_uri"]} for rec in records])
    assert got == _expected_keys(EXPECTED["quarantined"])
    assert all("intercepted_plus_lost_le_launched" in r["rules"] for r in quarantined)
    published_files = {Path(r["source_uri"]).name for r in _read(str(sample_lake / "air_attacks"))}
    assert {Path(rec["source_uri"]).name for rec in records} <= published_files


def test_rerun_leaves_the_same_rows(tmp_path):
    etl(lake=str(tmp_path))
    first = _read(str(tmp_path / "air_attacks"))
    etl(lake=str(tmp_path))
    second = _read(str(tmp_path / "air_attacks"))
    assert len(second) == len(first)
    assert sorted(r["claim_id"] for r in second) == sorted(r["claim_id"] for r in first)
    assert len({r["claim_id"] for r in second}) == len(second)
    assert len(_read(str(tmp_path / "quarantine"))) == len(
        {r["quarantine_id"] for r in _read(str(tmp_path / "quarantine"))})


def test_s3_lake_gets_the_same_rows(sample_lake, s3_lake, s3_server):
    etl(lake=s3_lake)
    s3 = pafs.S3FileSystem(endpoint_override=s3_server.endpoint_url,
                           access_key=s3_server.access_key, secret_key=s3_server.secret_key,
                           region=s3_server.region)
    remote = _read(s3_lake.removeprefix("s3://") + "/air_attacks", filesystem=s3)
    local = _read(str(sample_lake / "air_attacks"))
    drop = lambda rows: sorted(rows, key=lambda r: r["claim_id"])  # noqa: E731
    assert drop(remote) == drop(local)
    assert {r["report_date"] for r in remote} == {r["report_date"] for r in local}


def test_s3_source_reads_the_same_documents(sample_lake, s3_lake, s3_server, tmp_path):
    import boto3

    client = boto3.client("s3", endpoint_url=s3_server.endpoint_url,
                          aws_access_key_id=s3_server.access_key,
                          aws_secret_access_key=s3_server.secret_key,
                          region_name=s3_server.region)
    bucket = s3_lake.removeprefix("s3://").split("/")[0]
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        client.put_object(Bucket=bucket, Key=f"landing/{path.name}", Body=path.read_bytes())
    lake = tmp_path / "lake"
    etl(source=f"s3://{bucket}/landing", lake=str(lake))
    assert _claim_keys(_read(str(lake / "air_attacks"))) == _claim_keys(
        _read(str(sample_lake / "air_attacks")))


def test_bad_documents_are_quarantined_and_the_run_goes_on(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "empty.txt").write_bytes(b"")
    (source / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (source / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (source / "records.jsonl").write_text('{"text": "no claims in this one."}\n{not json}\n',
                                          encoding="utf-8")
    (source / "good.txt").write_text(
        "Air force update\n\nUkraine's air force said on Tuesday that air defences shot down "
        "twenty-two of the 30 drones Russia launched overnight.\n", encoding="utf-8")
    summary = etl(source=str(source), lake=str(tmp_path / "lake"))
    rows = _read(str(tmp_path / "lake" / "air_attacks"))
    assert [(r["launched"], r["intercepted"]) for r in rows] == [(30, 22)]
    quarantined = _read(str(tmp_path / "lake" / "quarantine"))
    by_file = {Path(r["source_uri"]).name: r["rules"] for r in quarantined}
    assert set(by_file) == {"empty.txt", "binary.txt", "notes.pdf", "records.jsonl"}
    assert by_file["notes.pdf"] == ["unsupported_format"]
    assert summary["documents_quarantined"] == 4
    raw = list((tmp_path / "lake" / "_raw").rglob("*"))
    assert len([p for p in raw if p.is_file()]) == 6  # every document's bytes are kept


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not present")
def test_seeds_score_against_gold(tmp_path):
    etl(source=str(SHARED / "seeds"), lake=str(tmp_path))
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_air_attacks.py"), "--lake", str(tmp_path),
         "--gold", str(SHARED / "gold" / "seeds_air_attacks.jsonl"),
         "--corpus", str(SHARED / "seeds")],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]
    f1 = float(out.split("F1=")[1].split()[0])
    assert f1 >= 0.9, out


def test_run_summary_artifact_reports_the_run(sample_run):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["etl-run-summary"]),
            flow_run_id=ArtifactFilterFlowRunId(any_=[sample_run[1]["run_id"]])))
    assert len(found) == 1
    text = found[0].data
    published, quarantined = len(EXPECTED["published"]), len(EXPECTED["quarantined"])
    assert f"| air_attacks | {published + quarantined} | {published} |" in text
    assert "| air_attacks | intercepted_plus_lost_le_launched | 1 |" in text


def test_events_link_every_dated_published_claim(sample_lake):
    claims = {r["claim_id"]: r for r in _read(str(sample_lake / "air_attacks"))}
    events = _read(str(sample_lake / "air_attack_events"))
    assert events
    linked = [cid for e in events for cid in e["claim_ids"]]
    assert set(linked) <= set(claims) and len(linked) == len(set(linked))
    dated = {cid for cid, c in claims.items() if c["report_date"] != "unknown"}
    assert dated <= set(linked)  # every dated claim belongs to an event
