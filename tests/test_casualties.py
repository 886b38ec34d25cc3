"""Casualty claims: behaviours, the tuning set, the shared seeds, robustness and the suite."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.benchmark.accuracy import case_document
from sitrep.casualties import EXTRACTOR_VERSION, extract_casualties
from sitrep.schemas import CASUALTY_CLAIMS, to_table

from claim_cases import CASES, SEEDS, _doc, score_table, seed_documents

TABLE = "casualty_claims"
KEY = ("side", "population", "measure", "value", "low", "high", "qualifier", "vague_phrase", "period")


def _one(text: str) -> dict:
    rows = extract_casualties(_doc(text))
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------- rows


def test_rows_are_complete_records() -> None:
    doc = _doc("Moscow's troops took more than 1,800 casualties in one day, Kyiv's military claimed.")
    (row,) = extract_casualties(doc)
    assert list(row) == CASUALTY_CLAIMS.schema.names
    pa.Table.from_pylist([row], schema=CASUALTY_CLAIMS.schema)
    assert (row["document_id"], row["source_uri"], row["publisher"]) == (doc.document_id, doc.source_uri, "The Example")
    assert row["extractor_version"] == EXTRACTOR_VERSION
    assert row["evidence"] in doc.posts[0].body
    assert (row["report_date"], row["date_source"]) == ("2025-01-10", "article_date")
    assert {k: row[k] for k in KEY} == {
        "side": "russia", "population": "military", "measure": "casualties", "value": 1800, "low": None, "high": None,
        "qualifier": "more_than", "vague_phrase": None, "period": "day",
    }
    assert row["claimant"] == "Ukrainian military"


def test_claim_ids_are_stable_and_unique() -> None:
    doc = _doc(
        "A Russian strike on Kharkiv killed three people and injured 12 others, the governor said.",
        "Russia lost 1,230 troops over the past day, the General Staff said.",
    )
    first = [r["claim_id"] for r in extract_casualties(doc)]
    assert first == [r["claim_id"] for r in extract_casualties(doc)]
    assert len(set(first)) == len(first) == 3


def test_headline_and_body_are_one_claim() -> None:
    doc = _doc(
        "Putin's army loses 'record 1,950 soldiers' in a day",
        "Russian forces lost more than 1,950 soldiers over the past 24 hours, Ukraine's General Staff said.",
    )
    (row,) = extract_casualties(doc)
    assert (row["value"], row["qualifier"], row["period"]) == (1950, "more_than", "24 hours")
    assert row["claimant"] == "Ukrainian General Staff"


# ---------------------------------------------------------------- behaviours


def test_vague_amount_keeps_phrase() -> None:
    row = _one("Moscow's army lost up to a company of North Korean infantrymen near Sudzha, Mr Zelensky claimed.")
    assert (row["value"], row["vague_phrase"], row["qualifier"], row["measure"]) == (None, "a company", "up_to", "casualties")
    assert row["side"] == "north_korea" and row["population"] == "military"


def test_age_is_not_a_count_but_the_person_is() -> None:
    row = _one("A Ukrainian drone attack on a village in western Russia killed an 8-year-old girl, officials said.")
    assert (row["value"], row["side"], row["population"], row["measure"]) == (1, "russia", "civilian", "killed")


def test_killed_and_wounded_are_two_rows() -> None:
    rows = extract_casualties(_doc("Five people were killed and 23 wounded when a glide bomb hit Zaporizhzhia, governor Ivan Fedorov said."))
    assert sorted((r["measure"], r["value"]) for r in rows) == [("killed", 5), ("wounded", 23)]
    assert {r["claimant"] for r in rows} == {"Ivan Fedorov"} and {r["side"] for r in rows} == {"ukraine"}


def test_cumulative_and_daily_figures() -> None:
    rows = extract_casualties(_doc(
        "Russia has lost 790,000 troops since the start of the full-scale invasion, including 1,500 over the past day, "
        "Ukraine's General Staff said."
    ))
    assert sorted((r["value"], r["period"]) for r in rows) == [(1500, "day"), (790000, "since the invasion")]


def test_range_is_low_and_high() -> None:
    row = _one("Between 600,000 and 700,000 Russian troops have been killed or wounded, Western officials estimate.")
    assert (row["value"], row["low"], row["high"], row["qualifier"]) == (None, 600000, 700000, "range")


def test_enemy_is_the_other_side_of_the_claimant() -> None:
    row = _one("The enemy lost 1,150 personnel over the past day, the General Staff said.")
    assert row["side"] == "russia" and row["claimant"] == "Ukrainian General Staff"


@pytest.mark.parametrize(
    "text",
    [
        "Police held 180 protesters, and 64 police officers were injured in scuffles with demonstrators in Tbilisi.",
        "A Moscow court jailed a 58-year-old doctor for five years.",
        "Some 1,400 soldiers of the unit went absent without leave ahead of their first combat deployment.",
        "North Korea has deployed about 9,000 troops to the Bryansk region.",
        "Ukrainian forces destroyed 12 tanks and lost 2 km of ground near Kurakhove.",
        "Poland's security service arrested 14 people suspected of sabotage.",
        "The war has lasted 34 months, and 3 years of fighting have left the region in ruins.",
        "A drone hit a shop in Nikopol, but no one was injured, the governor said.",
        "Russian forces launched 80 drones; 62 were shot down and the other 18 were lost locally.",
        "Air defences downed 30 of 41 drones launched by Russian troops, and 11 were lost to countermeasures.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert extract_casualties(_doc(text)) == []


# ---------------------------------------------------------------- tuning set


def test_part_of_a_whole_is_the_figure() -> None:
    (row,) = extract_casualties(_doc(
        "About 3,000 of the roughly 11,000 soldiers Pyongyang sent have been killed or wounded, the NIS said."
    ))
    assert (row["side"], row["measure"], row["value"]) == ("north_korea", "casualties", 3000)


@pytest.mark.parametrize(
    "text, measure, value",
    [
        ("Roughly 2,500 of the North Korean soldiers in the Kursk region have been killed or wounded, Kyiv said.",
         "casualties", 2500),
        ("Some 450 of the North Korean troops deployed to Kursk have been killed, a lawmaker said after the briefing.",
         "killed", 450),
        ("More than 1,000 of the North Korean soldiers fighting near Sudzha were wounded, the NIS said.", "wounded", 1000),
    ],
)
def test_part_of_a_group_placed_somewhere_is_the_figure(text: str, measure: str, value: int) -> None:
    (row,) = extract_casualties(_doc(text))
    assert (row["side"], row["measure"], row["value"]) == ("north_korea", measure, value)


@pytest.mark.parametrize(
    "text, side, population",
    [
        ("Pyongyang has deployed some 12,000 troops to the Kursk region. Around 900 of them have been killed, Kyiv says.",
         "north_korea", "military"),
        ("Russia has lost about 1,300 soldiers in the past day. Roughly 400 of them were killed, the General Staff said.",
         "russia", "military"),
        ("A Russian glide bomb struck a shelter in Zaporizhzhia where 30 people were hiding. Nine of them were killed.",
         "ukraine", "civilian"),
        ("A Russian missile hit a shelter in Kharkiv where 30 people were hiding, and 12 of them were killed.",
         "ukraine", "civilian"),
    ],
)
def test_of_them_takes_the_side_of_the_people_it_refers_to(text: str, side: str, population: str) -> None:
    row = next(r for r in extract_casualties(_doc(text)) if r["measure"] == "killed")
    assert (row["side"], row["population"]) == (side, population)


def test_figures_joined_by_and_share_the_period() -> None:
    rows = extract_casualties(_doc(
        "Russian shelling killed three civilians and wounded 12 in the Kherson region over the past day, the governor said."
    ))
    assert sorted((r["measure"], r["value"], r["period"]) for r in rows) == [("killed", 3, "day"), ("wounded", 12, "day")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian losses in Kursk have exceeded 38,000 killed and wounded, Zelensky said.", ("russia", "casualties", 38000, "more_than")),
        ("An estimated 70,000 to 100,000 Ukrainian soldiers have been killed, Western officials say.", ("ukraine", "killed", None, "range")),
        ("The attack claimed the lives of seven people in Zaporizhzhia, the governor said.", ("ukraine", "killed", 7, "exact")),
        ("Of the 12,000 North Korean troops deployed to Kursk, some 300 have been killed, the NIS said.",
         ("north_korea", "killed", 300, "approx")),
        ("Ukraine's forces neutralised about 1,300 Russian soldiers over the past day, the General Staff said.",
         ("russia", "casualties", 1300, "approx")),
    ],
)
def test_more_ways_of_reporting_casualties(text: str, expected: tuple) -> None:
    rows = extract_casualties(_doc(text))
    assert expected in [(r["side"], r["measure"], r["value"], r["qualifier"]) for r in rows], rows


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received the bodies of 909 soldiers killed in the war from Russia on Friday.",
        "Russia returned the remains of 757 Ukrainians killed in the fighting, the coordination headquarters said.",
    ],
)
def test_bodies_returned_are_not_casualty_claims(text: str) -> None:
    assert extract_casualties(_doc(text)) == []


def test_tuning_set() -> None:
    precision, recall, failures = score_table(extract_casualties, TABLE, KEY)
    print(f"{TABLE}: P={precision:.3f} R={recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9, failures


def test_tuning_set_is_well_formed() -> None:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({c["id"] for c in cases}) == len(cases)
    tables = ("casualty_claims", "troop_deployments", "aid_pledges", "combat_clashes")
    assert all(sum(1 for c in cases if c["expected"][t]) >= 25 for t in tables)
    assert sum(1 for c in cases if not any(c["expected"].values())) >= 15  # negatives
    for case in cases:
        assert set(case["expected"]) == set(tables)
        for row in case["expected"][TABLE]:
            assert set(KEY) <= set(row), case["id"]


# ---------------------------------------------------------------- shared seeds


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seeds_give_sensible_claims() -> None:
    found = {number: extract_casualties(doc) for number, doc in seed_documents().items()}
    assert any(r["value"] == 2000 and r["qualifier"] == "more_than" and r["side"] == "russia" for r in found["000"])
    assert any(r["vague_phrase"] == "a battalion" and r["qualifier"] == "up_to" for r in found["001"])
    assert not found["003"] and not found["004"]  # sentences, arrests, police at protests, revenues


# ---------------------------------------------------------------- robustness

_VOCAB = (
    "Russia Russian Ukraine Ukrainian North Korean enemy General Staff said claimed according to , . ; : “ ” ( ) "
    "killed wounded injured lost losses casualties captured missing dead death toll rose to including of them "
    "troops soldiers people civilians a battalion dozens hundreds up to more than about between and 0 1 12 2,000 "
    "1,500 thirty-four a dozen 9-year-old boy km % $ 2024 over the past day since the invasion in Kursk region"
).split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB), max_size=40), st.text(max_size=60))
def test_never_raises_and_rows_fit_schema(words: list[str], noise: str) -> None:
    rows = extract_casualties(_doc(" ".join(words) + noise, " ".join(reversed(words))))
    to_table(CASUALTY_CLAIMS, rows)
    for row in rows:
        assert list(row) == CASUALTY_CLAIMS.schema.names
        assert row["value"] is not None or row["low"] is not None or row["vague_phrase"] is not None


# ---------------------------------------------------------------- suite


def _frame(rows: list[dict]) -> pd.DataFrame:
    return to_table(CASUALTY_CLAIMS, rows).to_pandas(types_mapper=pd.ArrowDtype)


def test_suite_passes_extracted_rows(validator) -> None:
    rows = extract_casualties(_doc(
        "Russia has lost 790,000 troops since the start of the invasion, including 1,500 over the past day, the General Staff said.",
        "Dozens of civilians were wounded in Odesa, officials said.",
        "Between 600,000 and 700,000 Russian troops have been killed or wounded.",
    ))
    outcome = validator.validate(TABLE, _frame(rows), date(2025, 2, 1))
    assert len(outcome.valid) == len(rows) == 4 and outcome.failed_rules == []


@pytest.mark.parametrize(
    "change, rule",
    [
        ({"claim_id": None}, "claim_id_present"),
        ({"evidence": None}, "evidence_present"),
        ({"evidence": ""}, "evidence_not_empty"),
        ({"value": -1}, "value_not_negative"),
        ({"value": None, "low": 12, "high": 10, "qualifier": "range"}, "low_le_high"),
        ({"side": "france"}, "side_known"),
        ({"population": "police"}, "population_known"),
        ({"measure": "arrested"}, "measure_known"),
        ({"qualifier": "roughly"}, "qualifier_known"),
        ({"report_date": "2021-05-01"}, "report_date_in_war_and_not_future"),
        ({"report_date": "2030-05-01"}, "report_date_in_war_and_not_future"),
        ({"value": None}, "has_a_count"),
    ],
)
def test_suite_catches_broken_rows(validator, change: dict, rule: str) -> None:
    good = _one("Russia lost 1,230 troops over the past day, the General Staff said.")
    broken = {**good, **change}
    if "claim_id" not in change:
        broken["claim_id"] = "broken"
    outcome = validator.validate(TABLE, _frame([good, broken]), date(2025, 2, 1))
    assert len(outcome.failed) == 1 and rule in outcome.failed_rules[0], outcome.failed_rules


def test_suite_catches_duplicate_ids(validator) -> None:
    good = _one("Russia lost 1,230 troops over the past day, the General Staff said.")
    outcome = validator.validate(TABLE, _frame([good, dict(good)]), date(2025, 2, 1))
    assert all("claim_id_unique" in rules for rules in outcome.failed_rules) and len(outcome.failed) == 2


def test_taken_to_hospital_is_wounded() -> None:
    rows = extract_casualties(_doc("Six people were rushed to hospital after a Russian drone hit a bus in Nikopol."))
    assert [(r["side"], r["population"], r["measure"], r["value"]) for r in rows] == [("ukraine", "civilian", "wounded", 6)]


@pytest.mark.parametrize(
    "text, side",
    [
        ("Ukrainian troops captured four wounded Russian soldiers near Siversk, the brigade said.", "russia"),
        ("Paratroopers took three injured North Korean soldiers prisoner in the Kursk region.", "north_korea"),
    ],
)
def test_captives_taken_wounded_are_captured(text: str, side: str) -> None:
    rows = extract_casualties(_doc(text))
    assert [(r["side"], r["measure"]) for r in rows] == [(side, "captured")]


@pytest.mark.parametrize(("text", "expected"), [
    # an aside between the counted people and their verb
    ("Three residents, an elderly couple and their neighbour, were injured when debris fell on Bucha, the mayor said.",
     [("ukraine", "civilian", "wounded", 3)]),
    # "wounds" as a verb beside "kills"
    ("A guided bomb on Kostiantynivka kills two people and wounds seven, the governor says.",
     [("ukraine", "civilian", "killed", 2), ("ukraine", "civilian", "wounded", 7)]),
    # a shooter's tally of "kills" is no one's deaths
    ("The sniper pair has been credited with 31 kills since the summer, their commander said.", []),
])
def test_asides_verbs_and_tallies(text: str, expected: list[tuple]) -> None:
    rows = extract_casualties(_doc(text))
    assert [(r["side"], r["population"], r["measure"], r["value"]) for r in rows] == expected


def test_a_breakdown_in_a_daily_report_is_part_of_the_total() -> None:
    rows = extract_casualties(_doc(
        "Russia's defence ministry said Ukraine lost as many as 980 troops over the past 24 hours, including up to 140 "
        "in the zone of its Centre group, in its daily report on Monday."))
    assert [(r["value"], r["qualifier"]) for r in rows] == [(980, "up_to")]


def test_a_headline_bound_of_the_bodys_range_is_that_range() -> None:
    doc = _doc("Seoul's spy agency put North Korean casualties at between 3,100 and 3,600 killed and wounded on Monday.",
               headline="North Korean losses now up to 3,600, Seoul says")
    assert [(r["low"], r["high"], r["value"]) for r in extract_casualties(doc)] == [(3100, 3600, None)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # any one word may say what work people did
    (("Four rail workers were injured when the depot in Fastiv was hit, the operator said.",),
     [("ukraine", "civilian", "wounded", 4, None)]),
    # a bare toll right after a sentence about a side's dead soldiers counts the same dead
    (("Researchers said they had identified 96,000 Russian servicemen killed in the war. Counting unreported deaths, they "
      "put the overall death toll at between 150,000 and 170,000.",),
     [("russia", "military", "killed", 96000, None), ("russia", "military", "killed", None, (150000, 170000))]),
    # ... but after civilians it stays a civilian toll
    (("A missile killed nine people in Sumy on Sunday, officials said. By evening the toll had risen to 11.",),
     [("ukraine", "civilian", "killed", 9, None), ("ukraine", "civilian", "killed", 11, None)]),
])
def test_worker_nouns_and_a_bare_toll_after_a_sides_soldiers(paragraphs: tuple, expected: list[tuple]) -> None:
    rows = extract_casualties(_doc(*paragraphs))
    got = [(r["side"], r["population"], r["measure"], r["value"], (r["low"], r["high"]) if r["low"] else None) for r in rows]
    assert got == expected


def test_a_recap_paragraph_restates_earlier_claims_whatever_place_or_claimant_it_names() -> None:
    doc = _doc("The Zaporizhzhia governor, Ivan Fedorov, said seven people were injured in the Polohy district.",
               "The Kharkiv mayor said four people were wounded in the Kyiv district of the city.",
               "Recap of the day: seven people injured in the Zaporizhzhia region, four in Kharkiv.")
    rows = extract_casualties(doc)
    assert sorted((r["measure"], r["value"]) for r in rows) == [("wounded", 4), ("wounded", 7)]
    # without the recap cue a second mention of another place stays a claim of its own
    doc = _doc("The Zaporizhzhia governor, Ivan Fedorov, said seven people were injured in the Polohy district.",
               "In a separate strike, seven people were injured in Nikopol, the Dnipropetrovsk governor said.")
    assert [r["value"] for r in extract_casualties(doc)] == [7, 7]


def test_a_summary_post_restates_and_one_of_the_counted_is_no_new_count() -> None:
    doc = case_document({"id": "b", "published": "2025-03-04", "text": (
        "Ukraine war live\n\nThe day so far\n\nThree people were killed in Odesa.\n\nJane Doe 4 March 2025 18:00\n\n"
        "Strike on Odesa\n\nThe Odesa governor said three people had been killed in the Prymorskyi district.\n\n"
        "Jane Doe 4 March 2025 08:00")})
    assert [(r["measure"], r["value"]) for r in extract_casualties(doc)] == [("killed", 3)]
    doc = _doc("Ukrainian troops captured three Russian soldiers near Vovchansk, the brigade said.",
               "One of the captured soldiers said he had been sent to the front after two weeks of training.")
    assert [(r["measure"], r["value"]) for r in extract_casualties(doc)] == [("captured", 3)]


def test_a_reduced_relative_between_soldiers_and_their_fate_and_a_share_of_a_whole() -> None:
    rows = extract_casualties(_doc("Some 2,300 North Korean soldiers serving in the Kursk region have been killed or wounded, "
                                   "Seoul's spy agency said."))
    assert [(r["side"], r["measure"], r["value"]) for r in rows] == [("north_korea", "casualties", 2300)]
    rows = extract_casualties(_doc("About a third of the 9,000 Russian conscripts sent to the border have been wounded, an "
                                   "official said."))
    assert [r["value"] for r in rows] == []


def test_he_in_a_later_sentence_is_the_person_named_before() -> None:
    rows = extract_casualties(_doc("The Sumy governor, Oleh Hryhorov, said four people were wounded in Shostka. All four "
                                   "were taken to hospital, he wrote on Telegram."))
    assert [(r["value"], r["claimant"]) for r in rows] == [(4, "Oleh Hryhorov")]


def test_a_part_of_the_wounded_and_a_storey_count_are_no_rows() -> None:
    rows = extract_casualties(_doc("Nine people were injured in Zaporizhzhia, three of whom are in a serious condition, "
                                   "the governor said. A nine-storey building was damaged."))
    assert [(r["measure"], r["value"]) for r in rows] == [("wounded", 9)]


@pytest.mark.parametrize(("text", "expected"), [
    # "N of them" after a group of soldiers named with their side: that side, not the striker's
    ("A Ukrainian drone strike hit a column of Russian paratroopers near Kursk, killing about 20 of them, the brigade said.",
     [("russia", "killed", 20)]),
    # a people noun's "from the brigade" between the count and its fate
    ("The 3rd Assault Brigade said six Ukrainian soldiers from the unit had been wounded in the attack.", [("ukraine", "wounded", 6)]),
    # civilians' casualties left by Russian fire are Ukraine's
    ("Russian shelling of Kherson left nine civilian casualties, the governor said.", [("ukraine", "casualties", 9)]),
    # a "liquidated" tally said to cover both killed and wounded; "both killed and wounded" counts no two
    ("The General Staff said its forces had liquidated 980 Russian soldiers over the past day, a figure covering both "
     "killed and wounded.", [("russia", "casualties", 980)]),
])
def test_sides_of_them_asides_civilians_and_liquidated_tallies(text: str, expected: list) -> None:
    assert [(r["side"], r["measure"], r["value"]) for r in extract_casualties(_doc(text))] == expected


def test_residents_of_a_named_place() -> None:
    rows = extract_casualties(_doc("Three residents of Shebekino were wounded when a drone hit a bus stop, the regional "
                                   "governor said."))
    assert [(r["measure"], r["value"], r["population"]) for r in rows] == [("wounded", 3, "civilian")]


@pytest.mark.parametrize(("text", "side"), [
    ("Russian units inflicted losses of up to 340 servicemen on the Ukrainian forces near Toretsk, the ministry said.",
     "ukraine"),
    ("Ukraine's 3rd Corps inflicted casualties of about 600 troops on Russian forces over the past day, it said.", "russia"),
])
def test_losses_inflicted_on_a_side_are_that_sides(text: str, side: str) -> None:
    assert [(r["side"], r["measure"]) for r in extract_casualties(_doc(text))] == [(side, "casualties")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Air defence: 64 hostile UAVs neutralised over the past day", []),
    ("Russian forces killed up to 14 Ukrainian drone operators near Lyman, the ministry claimed.", [("ukraine", "killed")]),
])
def test_weapons_neutralised_are_not_people_but_their_operators_are(text: str, expected: list) -> None:
    assert [(r["side"], r["measure"]) for r in extract_casualties(_doc(text))] == expected


def test_a_page_headline_a_post_headline_and_the_body_are_one_claim() -> None:
    doc = case_document({"id": "blog", "published": "2025-05-02", "text": (
        "Ukraine war live: two killed in Russia's Kursk region\n\nTwo killed in Rylsk\n\nTwo civilians were killed when a "
        "Ukrainian drone struck a car in Rylsk, the Kursk regional governor, Alexander Khinshtein, said.\n\n"
        "Anna Kovac 2 May 2025 10:15\n\nTalks resume\n\nNegotiators met again in Istanbul on Friday.\n\n"
        "Anna Kovac 2 May 2025 09:05")})
    assert [(r["side"], r["measure"], r["value"]) for r in extract_casualties(doc)] == [("russia", "killed", 2)]


def test_a_figure_named_with_the_restates_the_one_given_before() -> None:
    doc = _doc("A Ukrainian drone attack on the Moscow region overnight killed two people, Russian officials said.",
               "Governor Andrei Vorobyov said the two people had been killed in the town of Kashira.")
    assert [(r["side"], r["measure"], r["value"]) for r in extract_casualties(doc)] == [("russia", "killed", 2)]


def test_a_bare_figure_neutralised_after_a_sentence_about_drones_counts_drones() -> None:
    doc = _doc("Overnight the enemy launched 72 attack drones at the region, about 20 of them decoys. Our defenders "
               "neutralised 58.")
    assert extract_casualties(doc) == []


def test_a_heading_with_no_side_gives_way_to_its_bodys_sided_figure() -> None:
    doc = case_document({"id": "blog2", "published": "2026-03-11", "text": (
        "Russia-Ukraine war live\n\nThree killed in Odintsovo\n\nThree people were killed when a drone hit a house in "
        "Odintsovo, the Moscow region governor, Andrei Vorobyov, said.\n\nPriya Malhotra 11 March 2026 13:00\n\n"
        "Talks\n\nNegotiators met in Geneva.\n\nPriya Malhotra 11 March 2026 10:00")})
    assert [(r["side"], r["measure"], r["value"]) for r in extract_casualties(doc)] == [("russia", "killed", 3)]


def test_neutralised_of_the_drones_counts_drones_not_people() -> None:
    rows = extract_casualties(_doc(
        "Russia fired 240 UAVs and five missiles overnight, and air defence forces neutralised 201 of the UAVs and "
        "four of the missiles, the air force said."))
    assert rows == []


def test_a_bare_neutralised_figure_counts_the_drones_of_the_paragraph_before() -> None:
    rows = extract_casualties(_doc("During the night the enemy launched 71 strike drones, about 30 of them decoys.",
                                   "Our defenders neutralised 52."))
    assert rows == []


@pytest.mark.parametrize("text", [
    "The total includes 1,150 casualties that Russian forces suffered over the past day, the General Staff said.",
    "The figure includes 940 losses sustained by Russian troops in the last 24 hours, the General Staff said.",
])
def test_the_side_that_suffered_the_losses_named_after_them(text: str) -> None:
    assert _one(text)["side"] == "russia"


def test_the_attacker_of_a_strike_is_not_where_its_victims_were() -> None:
    rows = extract_casualties(_doc("The number of people killed in Russia's overnight drone strike on Odesa has risen to "
                                   "14, and 31 people were injured, the city's mayor said on Sunday."))
    assert {(r["side"], r["measure"], r["value"]) for r in rows} == {("ukraine", "killed", 14), ("ukraine", "wounded", 31)}


def test_children_named_as_part_of_a_toll_are_no_row_of_their_own() -> None:
    rows = extract_casualties(_doc("The UN monitoring mission said 180 civilians were killed and 860 injured in "
                                   "September, including 12 children killed."))
    assert sorted((r["measure"], r["value"]) for r in rows) == [("killed", 180), ("wounded", 860)]


def test_people_named_by_their_trade() -> None:
    rows = extract_casualties(_doc("Three electricians were injured overnight when Russian drones struck a substation in "
                                   "the Sumy region, the governor said."))
    assert [(r["side"], r["measure"], r["value"]) for r in rows] == [("ukraine", "wounded", 3)]


def test_the_wounded_of_a_strike_whose_attacker_the_sentence_before_names() -> None:
    rows = extract_casualties(_doc("The number of people killed in Russia's overnight drone attack on Dnipro has risen to "
                                   "nine, the governor said on Sunday. Another 40 people were injured, 12 of whom remain in "
                                   "hospital."))
    assert {(r["side"], r["measure"], r["value"]) for r in rows} == {("ukraine", "killed", 9), ("ukraine", "wounded", 40)}


def test_a_military_death_toll_counts_soldiers() -> None:
    row = _one("Ukraine's military death toll stood at between 60,000 and 75,000 by the spring, an independent estimate "
               "based on obituaries suggests.")
    assert (row["side"], row["population"], row["low"], row["high"]) == ("ukraine", "military", 60000, 75000)


def test_where_the_losses_were_taken_between_the_noun_and_its_figure() -> None:
    row = _one("Russian casualties in the battle for Avdiivka are estimated at about 16,000, the ministry said.")
    assert (row["side"], row["measure"], row["value"], row["qualifier"]) == ("russia", "casualties", 16000, "approx")
    row = _one("North Korean losses from the fighting in Russia's Belgorod region were put at some 1,200, officials said.")
    assert (row["side"], row["measure"], row["value"]) == ("north_korea", "casualties", 1200)


def test_captives_handed_to_interrogators_are_captured_but_exchanged_ones_are_not() -> None:
    row = _one("Three Russian soldiers were captured by Ukrainian paratroopers near Toretsk and handed over to the SBU "
               "for questioning, the brigade said.")
    assert (row["side"], row["measure"], row["value"]) == ("russia", "captured", 3)
    assert extract_casualties(_doc("Ukraine handed over 84 Russian soldiers in the latest prisoner swap.")) == []


def test_a_leads_officials_and_the_official_named_later_give_one_toll() -> None:
    rows = extract_casualties(_doc(
        "Russian missiles struck Poltava overnight, killing four people, local officials said.",
        "Governor Volodymyr Kohut said four people had been killed and 15 wounded when a missile hit a dormitory."))
    assert sorted((r["measure"], r["value"], r["claimant"]) for r in rows) == [
        ("killed", 4, "Volodymyr Kohut"), ("wounded", 15, "Volodymyr Kohut")]


def test_ages_and_the_hospitalised_among_the_wounded_are_no_counts() -> None:
    rows = extract_casualties(_doc("Three people were killed – two men aged 64 and 70 and a woman aged 39. Eleven were "
                                   "injured, and four of them remain in hospital, the governor said."))
    assert sorted((r["measure"], r["value"]) for r in rows) == [("killed", 3), ("wounded", 11)]


def test_a_forecast_toll_is_no_claim() -> None:
    assert extract_casualties(_doc("Analysts say Russia's killed and wounded could pass 1.2 million by next spring.")) == []
    assert extract_casualties(_doc("Ukraine's losses are expected to reach 80,000 by the end of the year, the report said.")) == []


def test_a_citys_share_of_its_regions_toll_and_victims_aged_in_a_list() -> None:
    rows = extract_casualties(_doc("Five people were killed and 31 injured in the Kharkiv region over the past day, the "
                                   "governor said. In Kharkiv itself, four were killed and 22 injured when a missile hit a "
                                   "school. In the Sumy region, two people were killed."))
    assert sorted((r["measure"], r["value"]) for r in rows) == [("killed", 2), ("killed", 5), ("wounded", 31)]
    rows = extract_casualties(_doc("Two men aged 52 and 67 were injured in Kherson, the governor said."))
    assert [(r["measure"], r["value"]) for r in rows] == [("wounded", 2)]
