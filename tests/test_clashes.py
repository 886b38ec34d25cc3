"""Combat clashes: behaviours, the tuning set, the shared seeds, robustness and the suite."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from claim_cases import SEEDS, _doc, score_table, seed_documents

from sitrep.clashes import EXTRACTOR_VERSION, extract_combat_clashes
from sitrep.schemas import COMBAT_CLASHES, to_table

TABLE = "combat_clashes"
KEY = ("value", "low", "high", "qualifier", "vague_phrase", "period", "location")


def _one(text: str) -> dict:
    rows = extract_combat_clashes(_doc(text))
    assert len(rows) == 1, rows
    return rows[0]


def test_rows_are_complete_records() -> None:
    doc = _doc("Kyiv's military said on Monday that more than 180 combat clashes had taken place in the previous 24 hours.")
    (row,) = extract_combat_clashes(doc)
    assert list(row) == COMBAT_CLASHES.schema.names
    pa.Table.from_pylist([row], schema=COMBAT_CLASHES.schema)
    assert row["extractor_version"] == EXTRACTOR_VERSION and row["evidence"] in doc.posts[0].body
    assert {k: row[k] for k in KEY} == {
        "value": 180, "low": None, "high": None, "qualifier": "more_than", "vague_phrase": None,
        "period": "24 hours", "location": None,
    }
    assert row["claimant"] == "Ukrainian military"


def test_general_staff_daily_count() -> None:
    row = _one("The General Staff counted 152 combat engagements along the front on Wednesday.")
    assert (row["value"], row["period"], row["location"], row["claimant"]) == (152, "day", None, "Ukrainian General Staff")


def test_direction_share_of_a_total_is_not_a_row() -> None:  # benchmarks/README.md: per-direction breakdown
    rows = extract_combat_clashes(_doc(
        "A total of 211 combat engagements were recorded over the past day, including 63 in the Pokrovsk sector."
    ))
    assert [(r["value"], r["location"], r["period"]) for r in rows] == [(211, None, "24 hours")]


def test_direction_figure_alone_is_a_row_with_location() -> None:
    (row,) = extract_combat_clashes(_doc("Around 40 combat clashes took place in the Kupiansk direction on Saturday."))
    assert (row["value"], row["location"]) == (40, "Kupiansk")


def test_headline_and_body_are_one_claim() -> None:
    doc = _doc(
        "Kyiv's army logs over 170 clashes in one day",
        "The Ukrainian military said more than 170 combat clashes had taken place over the past 24 hours.",
    )
    (row,) = extract_combat_clashes(doc)
    assert row["period"] == "24 hours"


def test_words_and_number_of() -> None:
    assert _one("There were one hundred and twelve clashes on Wednesday.")["value"] == 112
    assert _one("The number of combat clashes rose to 245 on Thursday, the General Staff said.")["value"] == 245


@pytest.mark.parametrize(
    "text",
    [
        "The battle for Bakhmut lasted ten months, one of the longest battles of the war.",
        "Some protesters fought with police, and 57 officers needed treatment after the clashes.",
        "Russian forces launched 62 assaults in the Pokrovsk direction.",
        "The company has fought 12 legal battles with regulators.",
    ],
)
def test_not_clash_counts(text: str) -> None:
    assert extract_combat_clashes(_doc(text)) == []


def test_direction_count_beside_the_front_wide_total_is_its_breakdown() -> None:
    rows = extract_combat_clashes(_doc(
        "The General Staff reported 57 combat engagements in the Pokrovsk direction and 184 engagements across the "
        "entire front during the past day."
    ))
    assert [r["value"] for r in rows] == [184]


@pytest.mark.parametrize(
    "text, period",
    [
        ("Ukrainian forces fought Russian troops in 143 combat engagements on December 3, the General Staff said.", "day"),
        ("Since midnight, the Russians have attacked Ukrainian positions 87 times, the General Staff said.", "day"),
        ("Throughout the day, 121 combat engagements occurred along the front, the General Staff said.", "day"),
    ],
)
def test_a_named_day_is_the_period(text: str, period: str) -> None:
    assert _one(text)["period"] == period


@pytest.mark.parametrize(
    "text, value",
    [
        ("Over the last day the occupiers tried 31 times to break through our defences near Lyman, the army said.", 31),
        ("The enemy attempted seventeen times to storm Ukrainian positions around Toretsk in the past 24 hours.", 17),
        ("Near Kupiansk, Russian units were trying 12 times to advance on Tuesday, according to the General Staff.", 12),
    ],
)
def test_tries_counted_in_times_are_clashes(text: str, value: int) -> None:
    assert _one(text)["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Russia tried 5 times to attack the bridge with drones this month, the navy said.",
        "Engineers tried 40 times to restart the reactor's cooling pumps before the dam burst.",
    ],
)
def test_tries_that_are_not_ground_attacks_are_not_clashes(text: str) -> None:
    assert extract_combat_clashes(_doc(text)) == []


def _rows(*paragraphs: str) -> list[tuple]:
    return [(r["value"], r["period"], r["location"]) for r in extract_combat_clashes(_doc(*paragraphs))]


def test_attacks_counted_with_the_part_still_ongoing_are_clashes() -> None:
    assert _rows("Since the start of the day, the enemy has carried out 74 assaults, of which 11 are still ongoing.") == [(74, "day", None)]
    assert _rows("Over the past day, Russian troops launched 142 attacks; 19 of them are still continuing.") == [(142, "24 hours", None)]
    assert _rows("The enemy launched 30 assaults near Pokrovsk; fighting there is still ongoing.") == []


def test_direction_list_under_a_total_is_its_breakdown_unless_another_claimant_gives_it() -> None:
    total = "Over the past day, 163 combat clashes were recorded, the General Staff said."
    assert _rows(total, "Pokrovsk direction: 41 combat clashes took place near Kotlyne.") == [(163, "24 hours", None)]
    assert _rows(total, "Khortytsia group spokesman Viktor Trehubov said 52 clashes had taken place in the Kramatorsk direction.") == [
        (163, "24 hours", None), (52, None, "Kramatorsk")]


def test_direction_list_without_a_total_keeps_each_direction() -> None:
    assert _rows("In the Kramatorsk direction, 12 combat clashes took place near Chasiv Yar. "
                 "In the Toretsk direction, Ukrainian defenders repelled 15 attacks.") == [(12, None, "Kramatorsk"), (15, None, "Toretsk")]
    assert _rows("Ukrainian troops repelled 21 attacks near Kupiansk and 17 near Lyman over the past day.") == [
        (21, "24 hours", "Kupiansk"), (17, "24 hours", "Lyman")]
    assert _rows("In the Pokrovsk direction, the enemy has attacked 31 times; 6 clashes are still ongoing.") == [(6, None, "Pokrovsk")]


def test_label_values_and_a_later_figure_in_the_next_sentence() -> None:
    assert _rows("Combat clashes over the past 24 hours: 178. Enemy air strikes: 64.") == [(178, "24 hours", None)]
    assert _rows("Combat engagements since the start of the day – 96, the General Staff said.") == [(96, "day", None)]
    assert _rows("By 16:00, 64 combat clashes had taken place since the start of the day. By the evening, the number had risen to 118.") == [
        (64, "day", None), (118, "day", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's air defence repelled three attacks overnight, the city's military administration said.",
        "The Black Sea Fleet repelled five attacks by Ukrainian naval drones near Sevastopol.",
        "Russian forces attacked Bilopillia 30 times with drones and artillery on Sunday.",
        "Ukrainian forces fought an average of 175 engagements a day last month.",
        "Russian troops attacked Ukrainian lines three times as often in November as in August.",
    ],
)
def test_air_and_sea_attacks_averages_and_multipliers_are_not_clashes(text: str) -> None:
    assert extract_combat_clashes(_doc(text)) == []


def test_tuning_set() -> None:
    precision, recall, failures = score_table(extract_combat_clashes, TABLE, KEY)
    print(f"{TABLE}: P={precision:.3f} R={recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9, failures


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seeds_give_sensible_claims() -> None:
    rows = [(number, r["value"], r["qualifier"])
            for number, doc in seed_documents().items() for r in extract_combat_clashes(doc)]
    # headline and body: one claim; attacks repelled are clashes (benchmarks/README.md)
    assert rows == [("000", 200, "more_than"), ("001", 2, "exact")]


_VOCAB = (
    "combat clashes engagements battles firefights there were more than about between and 200 145 dozens "
    "over the past 24 hours on Tuesday in the Pokrovsk direction along the front line including number of rose to "
    "General Staff said , . ; km % 2024"
).split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB), max_size=40), st.text(max_size=60))
def test_never_raises_and_rows_fit_schema(words: list[str], noise: str) -> None:
    rows = extract_combat_clashes(_doc(" ".join(words) + noise, " ".join(reversed(words))))
    to_table(COMBAT_CLASHES, rows)
    assert all(list(r) == COMBAT_CLASHES.schema.names for r in rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return to_table(COMBAT_CLASHES, rows).to_pandas(types_mapper=pd.ArrowDtype)


def test_suite_passes_extracted_rows(validator) -> None:
    rows = extract_combat_clashes(_doc(
        "The General Staff counted 152 combat engagements along the front on Wednesday.",
        "Dozens of clashes were reported in the Kharkiv region overnight.",
        "Between 120 and 140 combat clashes happen every day, the commander said.",
    ))
    outcome = validator.validate(TABLE, _frame(rows), date(2025, 2, 1))
    assert len(outcome.valid) == len(rows) == 3 and outcome.failed_rules == []


@pytest.mark.parametrize(
    "change, rule",
    [
        ({"claim_id": None}, "claim_id_present"),
        ({"evidence": None}, "evidence_present"),
        ({"value": -3}, "value_not_negative"),
        ({"value": None, "low": 140, "high": 120, "qualifier": "range"}, "low_le_high"),
        ({"qualifier": "many"}, "qualifier_known"),
        ({"report_date": "2019-01-01"}, "report_date_in_war_and_not_future"),
        ({"value": None}, "has_a_count"),
    ],
)
def test_suite_catches_broken_rows(validator, change: dict, rule: str) -> None:
    good = _one("The General Staff counted 152 combat engagements along the front on Wednesday.")
    broken = {**good, **change, "claim_id": change.get("claim_id", "broken")}
    outcome = validator.validate(TABLE, _frame([good, broken]), date(2025, 2, 1))
    assert len(outcome.failed) == 1 and rule in outcome.failed_rules[0], outcome.failed_rules


@pytest.mark.parametrize(
    "text, period",
    [
        ("In the past 24 hours, 171 combat clashes took place, the General Staff reported on Sunday morning.", "24 hours"),
        ("Over the past day, 171 clashes were recorded, the General Staff noted on Sunday.", "24 hours"),
        ("Of the 171 combat clashes reported on Sunday, 40 were near Pokrovsk, the General Staff said.", "day"),
    ],
)
def test_a_day_dating_the_report_is_not_the_period(text: str, period: str) -> None:
    (row,) = extract_combat_clashes(_doc(text))
    assert (row["value"], row["period"]) == (171, period)


def test_a_headline_rounding_the_bodys_count_is_the_same_claim() -> None:
    rows = extract_combat_clashes(_doc(
        "About 150 clashes on the front in a day",
        "The General Staff said 148 combat engagements took place over the past day."))
    assert [r["value"] for r in rows] == [148]


def test_attacks_repelled_counted_in_times() -> None:
    (row,) = extract_combat_clashes(_doc("Ukrainian units repelled Russian assaults nine times near Siversk over the past day."))
    assert (row["value"], row["location"]) == (9, "Siversk")
    assert extract_combat_clashes(_doc("Air defence repelled drone attacks nine times overnight.")) == []


def test_a_calendar_months_total_has_period_month() -> None:
    assert _rows("The General Staff counted about 4,900 combat clashes in September, an average of 163 a day.") == [
        (4900, "month", None)]
    assert _rows("There were 171 combat clashes on September 14, the General Staff said.") == [(171, "day", None)]


def test_a_directions_repelled_attacks_in_a_where_clause_are_the_totals_breakdown() -> None:
    doc = _doc("The General Staff reported 171 combat clashes over the past day. Fighting was fiercest in the Lyman "
               "direction, where Ukrainian forces repelled 39 Russian assaults, and in the Siversk direction.")
    assert [r["value"] for r in extract_combat_clashes(doc)] == [171]


def test_a_fronted_month_without_a_comma_makes_a_monthly_total() -> None:
    rows = extract_combat_clashes(_doc("In October the General Staff counted 4,910 combat clashes, the second most this year."))
    assert [(r["value"], r["period"]) for r in rows] == [(4910, "month")]


def test_a_directions_count_after_with_under_the_days_total_is_its_breakdown() -> None:
    doc = _doc("There were 162 combat clashes along the front over the past day, the General Staff said.",
               "Fighting was fiercest in the Kostiantynivka direction, with 38 clashes, followed by Pokrovsk with 31.")
    assert [(r["value"], r["location"]) for r in extract_combat_clashes(doc)] == [(162, None)]


def test_times_the_value_is_no_count_of_attacks() -> None:
    doc = _doc("Economists reckoned the drones used in the attack cost Russia about $250m, roughly five times the value "
               "of what they destroyed.")
    assert extract_combat_clashes(doc) == []


def test_an_emoji_label_and_a_directions_ongoing_clashes_there() -> None:
    doc = _doc("⚔️ Combat clashes over the past day: 188",
               "The Pokrovsk direction remains the hottest, where the enemy attacked 41 times; 12 clashes are still "
               "ongoing there.")
    assert [(r["value"], r["period"]) for r in extract_combat_clashes(doc)] == [(188, "24 hours")]


def test_the_wars_tally_of_engagements_is_no_clash_count() -> None:
    doc = _doc("Ukrainian troops have fought more than 200,000 combat engagements since the start of the full-scale "
               "invasion, the army chief said.")
    assert extract_combat_clashes(doc) == []


def test_attempts_to_storm_made_are_counted_like_tries() -> None:
    doc = _doc("Over the past day, Russian troops made 29 attempts to storm Ukrainian positions near Lyman, the General "
               "Staff said.")
    assert [(r["value"], r["period"]) for r in extract_combat_clashes(doc)] == [(29, "24 hours")]


def test_attempts_with_a_time_phrase_before_their_aim() -> None:
    doc = _doc("In the Lyman direction, the enemy made 22 attempts over the past day to advance on Ukrainian positions, the "
               "General Staff said.")
    assert [r["value"] for r in extract_combat_clashes(doc)] == [22]


def test_a_daily_average_does_not_set_the_period_of_the_total() -> None:
    doc = _doc("Over the past week the army recorded 1,085 combat clashes, an average of 155 a day, its commander said.")
    assert [(r["value"], r["period"]) for r in extract_combat_clashes(doc)] == [(1085, "week")]


def test_a_direction_named_first_is_a_part_of_the_days_total() -> None:
    rows = _rows("As of 08:00, 176 combat clashes had taken place along the front over the past day, the General Staff said.",
                 "In the Pokrovsk direction, Ukrainian defenders stopped 49 assaults; in the Lyman direction, 17.")
    assert [r[0] for r in rows] == [176]


@pytest.mark.parametrize("text, period", [
    ("In March as a whole, Ukrainian troops repelled 4,480 Russian assaults, the General Staff said.", "month"),
    ("In August alone, the General Staff counted 5,030 combat clashes.", "month"),
    ("The General Staff recorded 1,140 combat engagements along the front in the week to Sunday.", "week"),
    ("There were 1,215 combat clashes over the past seven days, the General Staff said.", "week"),
])
def test_a_month_as_a_whole_and_a_week_to_a_day_are_periods(text: str, period: str) -> None:
    assert _one(text)["period"] == period
