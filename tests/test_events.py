"""Reconciling air-attack claims into events, on hand-built tables."""
from __future__ import annotations

import json

from sitrep.events import event_id, period_of, reconcile
from sitrep.schemas import AIR_ATTACK_EVENTS, AIR_ATTACKS, to_table

_n = 0


def claim(**kw) -> dict:
    global _n
    _n += 1
    row = {
        "claim_id": f"c{_n:03d}", "document_id": f"d{_n:03d}", "source_uri": f"s3://b/doc{_n:03d}.txt",
        "report_date": "2025-03-07", "date_source": "article_date", "attacker": "russia",
        "weapon": "drone", "time_window": "overnight", "claimant": "Ukrainian air force",
        "extractor_version": "1",
    }
    row.update(kw)
    return row


def events(*claims: dict) -> list[dict]:
    out = reconcile(to_table(AIR_ATTACKS, list(claims)))
    assert out.schema.equals(AIR_ATTACK_EVENTS.schema)
    return out.to_pylist()


def test_two_outlets_same_attack_make_one_event():
    a = claim(launched=74, intercepted=52, lost=19, source_uri="s3://b/bbc.txt")
    b = claim(launched=74, intercepted=52, lost=19, source_uri="s3://b/reuters.txt")
    (ev,) = events(a, b)
    assert ev["n_reports"] == 2
    assert (ev["launched"], ev["intercepted"], ev["lost"]) == (74, 52, 19)
    assert ev["claim_ids"] == sorted([a["claim_id"], b["claim_id"]])
    assert ev["sources"] == ["s3://b/bbc.txt", "s3://b/reuters.txt"]
    assert ev["claimants"] == ["Ukrainian air force"]
    assert ev["period"] == "night" and ev["revisions"] is None


def test_disagreeing_claimants_keep_min_and_max_and_official_figure_wins():
    official = claim(launched=74, intercepted=52)
    other = claim(launched=90, intercepted=60, claimant="Volodymyr Zelensky")
    (ev,) = events(other, official)
    assert (ev["launched"], ev["intercepted"]) == (74, 52)  # the air force, not the largest
    assert (ev["launched_min"], ev["launched_max"]) == (74, 90)
    assert (ev["intercepted_min"], ev["intercepted_max"]) == (52, 60)
    assert ev["claimants"] == ["Ukrainian air force", "Volodymyr Zelensky"]


def test_without_official_claimant_the_largest_launched_wins():
    (ev,) = events(claim(launched=40, claimant="Oleh Kiper"), claim(launched=55, claimant="Zelensky"))
    assert ev["launched"] == 55


def test_missing_figure_taken_from_next_report():
    (ev,) = events(claim(launched=100, intercepted=None), claim(launched=None, intercepted=70, claimant="Zelensky"))
    assert (ev["launched"], ev["intercepted"]) == (100, 70)


def test_regional_claims_are_linked_but_do_not_override():
    national = claim(launched=74, intercepted=52, scope="national")
    regional = claim(launched=None, intercepted=300, scope="regional", claimant="Oleh Syniehubov")
    (ev,) = events(national, regional)
    assert ev["n_reports"] == 2 and regional["claim_id"] in ev["claim_ids"]
    assert ev["intercepted"] == 52
    assert (ev["intercepted_min"], ev["intercepted_max"]) == (52, 52)


def test_unknown_date_forms_no_event():
    assert events(claim(report_date="unknown", launched=10)) == []
    (ev,) = events(claim(report_date="unknown", launched=10), claim(launched=20))
    assert ev["n_reports"] == 1 and ev["launched"] == 20


def test_event_ids_are_stable_and_distinct():
    first = events(claim(launched=10), claim(weapon="missile", launched=3))
    second = events(claim(weapon="missile", launched=5), claim(launched=11))
    assert {e["event_id"] for e in first} == {e["event_id"] for e in second}
    assert len({e["event_id"] for e in first}) == 2
    drone = next(e for e in first if e["weapon"] == "drone")
    assert drone["event_id"] == event_id("russia", "2025-03-07", "night", "drone")


def test_attacker_date_period_and_weapon_separate_events():
    evs = events(
        claim(launched=10),
        claim(attacker="ukraine", intercepted=30, claimant="Russian defence ministry"),
        claim(report_date="2025-03-08", launched=12),
        claim(time_window="day", launched=5),
        claim(weapon="missile", launched=4),
    )
    assert len(evs) == 5


def test_revision_by_the_same_claimant_is_recorded():
    first = claim(claim_id="a1", launched=74, intercepted=52)
    later = claim(claim_id="a2", launched=74, intercepted=58, lost=16)
    (ev,) = events(later, first)
    revisions = json.loads(ev["revisions"])
    assert revisions == [{"claimant": "Ukrainian air force", "field": "intercepted", "from": 52, "to": 58,
                          "claim_id": "a2"}]
    assert ev["n_reports"] == 2


def test_revisions_follow_publication_time_not_claim_ids():
    from datetime import datetime

    later = claim(claim_id="a1", launched=74, intercepted=58, reported_at=datetime(2025, 3, 7, 11, 5))
    first = claim(claim_id="a2", launched=74, intercepted=52, reported_at=datetime(2025, 3, 7, 8, 10))
    (ev,) = events(later, first)
    assert json.loads(ev["revisions"]) == [{"claimant": "Ukrainian air force", "field": "intercepted",
                                            "from": 52, "to": 58, "claim_id": "a1"}]


def test_weapon_type_rows_of_one_report_are_summed_not_revisions():
    iskander = claim(document_id="d", weapon="missile", weapon_type="Iskander-M", launched=4, intercepted=1)
    kh101 = claim(document_id="d", weapon="missile", weapon_type="Kh-101", launched=20, intercepted=18)
    (ev,) = events(iskander, kh101)
    assert (ev["launched"], ev["intercepted"]) == (24, 19)
    assert ev["revisions"] is None and ev["n_reports"] == 2


def test_russian_ministry_is_official_for_ukrainian_attacks():
    gov = claim(attacker="ukraine", intercepted=40, claimant="Vyacheslav Gladkov")
    mod = claim(attacker="ukraine", intercepted=35, claimant="Russian defence ministry")
    (ev,) = events(gov, mod)
    assert ev["intercepted"] == 35


def test_period_rules():
    assert period_of("overnight") == "night"
    assert period_of("overnight into February 8") == "night"
    assert period_of(None) == "night"
    assert period_of("24 hours") == "day"
    assert period_of("day") == "day"


def test_empty_table():
    assert reconcile(to_table(AIR_ATTACKS, [])).num_rows == 0


def test_single_type_report_is_a_part_of_the_whole_class_count():
    whole = claim(weapon="missile", launched=127, intercepted=102)
    kinzhal = claim(weapon="missile", weapon_type="Kinzhal", launched=6, intercepted=6)
    (ev,) = events(whole, kinzhal)
    assert (ev["launched"], ev["launched_min"], ev["launched_max"]) == (127, 127, 127)
    assert ev["revisions"] is None and ev["n_reports"] == 2


def test_a_named_night_and_overnight_from_the_next_morning_are_one_event():
    from datetime import date

    from sitrep.air_attacks import extract_air_attacks
    from sitrep.models import Document, Post

    def doc(name: str, text: str) -> Document:
        return Document(name, f"s3://b/{name}.txt", None, date(2025, 3, 19), (Post(None, (text,)),))

    rows = extract_air_attacks(doc("wire", "Russia launched 160 drones at Ukraine on Tuesday night, the air force said."))
    rows += extract_air_attacks(doc("blog", "Russia attacked with 160 drones overnight, Ukraine's air force said on Wednesday."))
    assert [r["report_date"] for r in rows] == ["2025-03-19", "2025-03-19"]
    (ev,) = reconcile(to_table(AIR_ATTACKS, rows)).to_pylist()
    assert ev["n_reports"] == 2 and ev["launched"] == 160
