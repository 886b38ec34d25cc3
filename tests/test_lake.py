"""sitrep.lake against a local folder and a real S3 server (SeaweedFS)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from sitrep import lake, storage
from sitrep.schemas import AIR_ATTACKS, QUARANTINE, UNKNOWN_DATE

DAY1, DAY2, DAY3 = "2025-01-02", "2025-01-03", "2025-01-04"


def claim(claim_id: str | None, document_id: str = "doc1", report_date: str = DAY1, **extra):
    row = dict.fromkeys(AIR_ATTACKS.schema.names)
    row.update(
        claim_id=claim_id,
        document_id=document_id,
        source_uri=f"corpus/{document_id}.txt",
        report_date=report_date,
        date_source="post_timestamp",
        attacker="russia",
        weapon="drone",
        launched=100,
        extractor_version="1",
    )
    row.update(extra)
    return row


def table(*rows: dict) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=AIR_ATTACKS.schema)


def parquet_bytes(t: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(t, sink)
    return sink.getvalue().to_pybytes()


def keys(t: pa.Table) -> list[str]:
    return sorted(t["claim_id"].to_pylist())


def dates(t: pa.Table) -> dict[str, str]:
    return {r["claim_id"]: str(r["report_date"]) for r in t.to_pylist()}


def files_under(uri: str) -> list[str]:
    """Every file below `uri` (hidden ones too), relative to it."""
    fs, path = storage.filesystem(uri)
    infos = fs.get_file_info(pafs.FileSelector(path, recursive=True, allow_not_found=True))
    return sorted(i.path[len(path) + 1:] for i in infos if i.type == pafs.FileType.File)


def part_file(day: str) -> str:
    return f"air_attacks/report_date={day}/part-0.parquet"


def plain_read(lake_uri: str) -> pa.Table:
    """What an analyst would do: pyarrow.dataset over the table, hive partitioning."""
    fs, path = storage.filesystem(lake_uri)
    return ds.dataset(
        f"{path}/air_attacks", format="parquet", partitioning="hive", filesystem=fs
    ).to_table()


def test_publish_then_read(lake_uri):
    rows = table(claim("c2"), claim("c1", report_date=DAY2), claim("c3", report_date=UNKNOWN_DATE))
    result = lake.publish(lake_uri, AIR_ATTACKS, rows)

    assert result.written == {DAY1: 1, DAY2: 1, UNKNOWN_DATE: 1}
    assert (result.rows_in, result.rows_before, result.rows_after) == (3, 0, 3)
    assert result.partition_uri(UNKNOWN_DATE) == f"{lake_uri}/air_attacks/report_date=unknown"
    assert files_under(lake_uri) == [part_file(d) for d in (DAY1, DAY2, UNKNOWN_DATE)]
    back = lake.read(lake_uri, AIR_ATTACKS)
    assert back.schema.equals(AIR_ATTACKS.schema)
    assert back.sort_by("claim_id").to_pylist() == rows.sort_by("claim_id").to_pylist()


def test_files_hold_no_partition_column_and_plain_readers_agree(lake_uri):
    rows = table(claim("b"), claim("a"), claim("c", report_date=UNKNOWN_DATE))
    lake.publish(lake_uri, AIR_ATTACKS, rows)
    fs, path = storage.filesystem(lake_uri)
    part = pq.read_table(f"{path}/{part_file(DAY1)}", filesystem=fs)
    assert part.schema.equals(AIR_ATTACKS.file_schema)
    assert part["claim_id"].to_pylist() == ["a", "b"]  # sorted by key

    assert dates(plain_read(lake_uri)) == {"a": DAY1, "b": DAY1, "c": UNKNOWN_DATE}


def test_publishing_twice_changes_nothing(lake_uri):
    rows = table(claim("c1"), claim("c2", report_date=DAY3))
    lake.publish(lake_uri, AIR_ATTACKS, rows)
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("other", document_id="doc2", report_date=DAY2)))
    fs, path = storage.filesystem(lake_uri)
    before = fs.get_file_info(f"{path}/{part_file(DAY1)}").mtime

    again = lake.publish(lake_uri, AIR_ATTACKS, rows, replace_documents={"doc1"})

    assert again.written == {} and again.deleted == ()
    assert again.unchanged == (DAY1, DAY3)  # the partitions it addressed, not DAY2
    assert again.rows_before == again.rows_after == 3
    assert fs.get_file_info(f"{path}/{part_file(DAY1)}").mtime == before
    assert keys(lake.read(lake_uri, AIR_ATTACKS)) == ["c1", "c2", "other"]
    assert plain_read(lake_uri).num_rows == 3


def test_replace_all_makes_the_table_exactly_the_rows(lake_uri):
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1"), claim("c2", report_date=DAY2)))
    result = lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1"), claim("c3", report_date=DAY3)),
                          replace_all=True)
    assert keys(lake.read(lake_uri, AIR_ATTACKS)) == ["c1", "c3"]
    assert result.deleted == (DAY2,)
    assert DAY1 in result.unchanged


def test_new_row_wins_for_the_same_key(lake_uri):
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1", launched=1)))
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1", launched=2), claim("c1", launched=3)))
    assert lake.read(lake_uri, AIR_ATTACKS)["launched"].to_pylist() == [3]


def test_same_key_in_another_partition_moves_without_replace(lake_uri):
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1")))
    result = lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1", report_date=DAY2)))
    assert result.deleted == (DAY1,) and result.written == {DAY2: 1}
    assert dates(plain_read(lake_uri)) == {"c1": DAY2}


def test_replaced_document_moves_to_another_partition_and_empty_partition_goes(lake_uri):
    first = table(claim("c1"), claim("c2"), claim("x", document_id="doc2"))
    lake.publish(lake_uri, AIR_ATTACKS, first)
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c3", report_date=DAY3)))

    # doc1 re-processed: c1 is now undated, c2 is gone, c3 is as before
    result = lake.publish(
        lake_uri,
        AIR_ATTACKS,
        table(claim("c1", report_date=UNKNOWN_DATE), claim("c3", report_date=DAY3)),
        replace_documents=["doc1"],
    )

    assert result.written == {DAY1: 1, UNKNOWN_DATE: 1}
    assert result.unchanged == (DAY3,)
    assert dates(lake.read(lake_uri, AIR_ATTACKS)) == {"c1": UNKNOWN_DATE, "c3": DAY3, "x": DAY1}

    # doc2's only row is replaced by nothing: its partition is deleted, folder and all
    result = lake.publish(lake_uri, AIR_ATTACKS, table(), replace_documents=["doc2"])
    assert result.deleted == (DAY1,) and result.written == {}
    assert files_under(lake_uri) == [part_file(DAY3), part_file(UNKNOWN_DATE)]
    assert not storage.exists(result.partition_uri(DAY1))
    assert dates(plain_read(lake_uri)) == {"c1": UNKNOWN_DATE, "c3": DAY3}


def test_readers_never_see_a_row_twice_while_rows_swap_partitions(lake_uri, monkeypatch):
    start = table(
        claim("x", report_date=DAY1), claim("y", report_date=DAY2), claim("z", report_date=DAY2)
    )
    lake.publish(lake_uri, AIR_ATTACKS, start)
    seen: list[list[str]] = []
    real_write = storage.write_bytes

    def write_and_look(uri, data, settings=None):
        real_write(uri, data, settings)
        seen.append(lake.read(lake_uri, AIR_ATTACKS)["claim_id"].to_pylist())

    monkeypatch.setattr(storage, "write_bytes", write_and_look)
    swapped = table(
        claim("x", report_date=DAY2), claim("y", report_date=DAY1), claim("w", report_date=DAY1)
    )
    lake.publish(lake_uri, AIR_ATTACKS, swapped, replace_documents=["doc1"])

    assert len(seen) >= 2
    for state in seen:
        assert len(state) == len(set(state)), state
    assert dates(lake.read(lake_uri, AIR_ATTACKS)) == {"w": DAY1, "x": DAY2, "y": DAY1}


def test_no_temp_files_and_one_file_per_partition_after_many_publishes(lake_uri):
    for i in range(4):
        rows = table(*(claim(f"c{j}", document_id=f"d{j}", launched=i) for j in range(5)))
        lake.publish(lake_uri, AIR_ATTACKS, rows)
    assert files_under(lake_uri) == [part_file(DAY1)]
    assert set(lake.read(lake_uri, AIR_ATTACKS)["launched"].to_pylist()) == {3}


def test_foreign_files_and_duplicate_rows_are_merged_away(lake_uri):
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1")))
    foreign = table(claim("c9"), claim("c1")).drop_columns(["report_date"])
    foreign_uri = f"{lake_uri}/air_attacks/report_date={DAY1}/other.parquet"
    storage.write_bytes(foreign_uri, parquet_bytes(foreign))
    assert keys(lake.read(lake_uri, AIR_ATTACKS)) == ["c1", "c1", "c9"]

    result = lake.publish(lake_uri, AIR_ATTACKS, table(claim("c2", report_date=DAY2)))

    assert result.written == {DAY1: 2, DAY2: 1}
    assert files_under(lake_uri) == [part_file(DAY1), part_file(DAY2)]
    assert keys(lake.read(lake_uri, AIR_ATTACKS)) == ["c1", "c2", "c9"]


def write_older_file(lake_uri: str, day: str, *rows: dict, lacking: list[str]) -> None:
    """A partition file as an older sitrep wrote it, before the `lacking` columns existed."""
    old = table(*rows).drop_columns(["report_date", *lacking])
    storage.write_bytes(f"{lake_uri}/{part_file(day)}", parquet_bytes(old))


def test_files_of_an_older_schema_are_upgraded_on_read_and_rewritten_at_the_next_publish(lake_uri):
    write_older_file(lake_uri, DAY1, claim("c1", launched=7, scope="national"), lacking=["date_source", "scope"])
    write_older_file(lake_uri, DAY3, claim("c3"), lacking=["date_source"])
    read = {r["claim_id"]: r for r in lake.read(lake_uri, AIR_ATTACKS).to_pylist()}
    assert read["c1"]["date_source"] == "unknown" and read["c1"]["scope"] is None
    assert read["c1"]["launched"] == 7 and read["c3"]["report_date"] == DAY3

    result = lake.publish(lake_uri, AIR_ATTACKS, table(claim("c2", report_date=DAY2)))

    assert result.written == {DAY1: 1, DAY2: 1, DAY3: 1}  # untouched, but in the old schema
    for day in (DAY1, DAY2, DAY3):
        data = storage.read_bytes(f"{lake_uri}/{part_file(day)}")
        assert pq.read_schema(pa.BufferReader(data)).equals(AIR_ATTACKS.file_schema)
    assert sorted(plain_read(lake_uri)["date_source"].to_pylist()) == ["post_timestamp", "unknown", "unknown"]
    again = lake.publish(lake_uri, AIR_ATTACKS, table(claim("c2", report_date=DAY2)))
    assert again.written == {} and sorted(again.unchanged) == [DAY2]


def test_an_older_file_lacking_a_column_no_upgrade_can_fill_is_named_in_the_error(lake_uri):
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1")))
    write_older_file(lake_uri, DAY2, claim("c2", report_date=DAY2), lacking=["source_uri"])
    with pytest.raises(lake.LakeSchemaError, match=r"report_date=2025-01-03.*source_uri"):
        lake.read(lake_uri, AIR_ATTACKS)


def test_read_of_a_missing_table_is_empty(lake_uri):
    empty = lake.read(lake_uri, AIR_ATTACKS)
    assert empty.num_rows == 0 and empty.schema.equals(AIR_ATTACKS.schema)


def test_quarantine_goes_through_the_same_publish(lake_uri):
    row = {
        "quarantine_id": "q1",
        "run_id": "r1",
        "run_date": "2025-03-01",
        "table": "air_attacks",
        "rules": ["launched_not_negative"],
        "record": json.dumps({"launched": -1}),
        "document_id": None,
        "source_uri": "corpus/a.txt",
        "quarantined_at": datetime(2025, 3, 1, 12, tzinfo=timezone.utc),
    }
    rows = pa.Table.from_pylist([row], schema=QUARANTINE.schema)
    lake.publish(lake_uri, QUARANTINE, rows, replace_documents=["doc1"])
    back = lake.read(lake_uri, QUARANTINE)
    assert back.schema.equals(QUARANTINE.schema)
    assert back.to_pylist() == [row]
    assert files_under(lake_uri) == ["quarantine/run_date=2025-03-01/part-0.parquet"]


def test_rows_must_fit_the_table(lake_uri):
    with pytest.raises(ValueError, match=r"missing \['weapon'\]"):
        lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1")).drop_columns(["weapon"]))
    loose = AIR_ATTACKS.schema.set(0, pa.field("claim_id", pa.string()))
    with pytest.raises(ValueError, match="null"):
        lake.publish(lake_uri, AIR_ATTACKS, pa.Table.from_pylist([claim(None)], schema=loose))
    with pytest.raises(ValueError, match="empty report_date"):
        lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1", report_date="")))
    assert files_under(lake_uri) == []


def test_raw_documents_are_written_once(lake_uri):
    assert lake.write_raw(lake_uri, "abc123", b"raw bytes") is True
    assert lake.write_raw(lake_uri, "abc123", b"raw bytes") is False
    assert storage.read_bytes(lake.raw_uri(lake_uri, "abc123")) == b"raw bytes"
    assert files_under(lake_uri) == ["_raw/abc123"]
    with pytest.raises(ValueError):
        lake.raw_uri(lake_uri, "../escape")


def test_write_json_only_outside_tables(lake_uri):
    uri = lake.write_json(lake_uri, "_runs/r1.json", {"run_id": "r1", "rows": 3})
    assert json.loads(storage.read_bytes(uri)) == {"rows": 3, "run_id": "r1"}
    for bad in ("air_attacks/x.json", "_runs/../air_attacks/x.json"):
        with pytest.raises(ValueError):
            lake.write_json(lake_uri, bad, {})
    # "_" areas do not disturb table readers
    lake.publish(lake_uri, AIR_ATTACKS, table(claim("c1")))
    assert lake.read(lake_uri, AIR_ATTACKS).num_rows == 1


def _concurrent_publishes(lake_uri: str, monkeypatch: pytest.MonkeyPatch, locked: bool) -> set[str]:
    """Two writers publish different claims into one partition; the store is slow, so both
    read the partition before either writes it (a barrier makes sure of it without the lock)."""
    import threading
    from contextlib import nullcontext

    from sitrep.config import Settings
    from sitrep.lock import lake_lock

    barrier = threading.Barrier(2, timeout=5)
    slow_replace = lake._replace_partition

    def replace(*args, **kwargs):
        if not locked:
            barrier.wait()  # both have read the partition's old rows
        return slow_replace(*args, **kwargs)

    monkeypatch.setattr(lake, "_replace_partition", replace)

    def writer(name: str) -> None:
        guard = lake_lock(lake_uri, name, Settings(lock_poll_seconds=0.02)) if locked else nullcontext()
        with guard:
            lake.publish(lake_uri, AIR_ATTACKS, table(claim(name, document_id=name)))

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return set(lake.read(lake_uri, AIR_ATTACKS)["claim_id"].to_pylist())


def test_commits_under_the_lake_lock_keep_both_writers_rows(lake_uri, monkeypatch):
    assert _concurrent_publishes(lake_uri, monkeypatch, locked=True) == {"a", "b"}


def test_without_the_lock_one_writers_rows_are_lost(tmp_path, monkeypatch):
    """Why the flow commits under the lock: read-modify-write of a partition loses updates."""
    assert len(_concurrent_publishes(str(tmp_path / "lake"), monkeypatch, locked=False)) == 1
