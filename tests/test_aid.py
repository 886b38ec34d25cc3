"""Aid pledges: behaviours, the tuning set, the shared seeds, robustness and the suite."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from claim_cases import SEEDS, _doc, score_table, seed_documents

from sitrep.aid import EXTRACTOR_VERSION, extract_aid_pledges
from sitrep.schemas import AID_PLEDGES, to_table

TABLE = "aid_pledges"
KEY = ("donor", "recipient", "amount", "currency", "qualifier")


def _one(text: str) -> dict:
    rows = extract_aid_pledges(_doc(text))
    assert len(rows) == 1, rows
    return rows[0]


def test_rows_are_complete_records() -> None:
    doc = _doc("Mr Kirby said the US had unveiled $4.7bn in new military and budget support for Ukraine last week.")
    (row,) = extract_aid_pledges(doc)
    assert list(row) == AID_PLEDGES.schema.names
    pa.Table.from_pylist([row], schema=AID_PLEDGES.schema)
    assert row["extractor_version"] == EXTRACTOR_VERSION and row["evidence"] in doc.posts[0].body
    assert {k: row[k] for k in (*KEY, "amount_text", "aid_type")} == {
        "donor": "united_states", "recipient": "ukraine", "amount": 4.7e9, "currency": "USD", "qualifier": "exact",
        "amount_text": "$4.7bn", "aid_type": "mixed",
    }


def test_bracketed_conversion_is_one_row() -> None:
    row = _one("Germany will give Ukraine a further €1.8bn (£1.5bn) in military aid, its defence ministry said.")
    assert (row["amount"], row["currency"], row["amount_text"], row["donor"]) == (1.8e9, "EUR", "€1.8bn (£1.5bn)", "germany")
    assert row["aid_type"] == "military"


@pytest.mark.parametrize(
    "text, amount, currency, qualifier",
    [
        ("Japan pledged 4.5 billion dollars in financial support for Kyiv.", 4.5e9, "USD", "exact"),
        ("Norway has committed at least 15 billion kroner in aid to Ukraine.", 15e9, "NOK", "at_least"),
        ("Canada will provide C$500 million in military aid to Ukraine.", 500e6, "CAD", "exact"),
        ("The EU disbursed a €4.1bn tranche to Ukraine.", 4.1e9, "EUR", "exact"),
        ("Ukraine has received more than $60bn in military assistance from Washington.", 60e9, "USD", "more_than"),
    ],
)
def test_amounts_are_normalised(text: str, amount: float, currency: str, qualifier: str) -> None:
    row = _one(text)
    assert (row["amount"], row["currency"], row["qualifier"]) == (amount, currency, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Sales at the largest 100 weapons makers climbed to $598 billion, driven by the wars in Ukraine and Gaza.",
        "Finland is spending at least €1.1bn (£0.9bn) on its border defence system as the war in Ukraine goes on.",
        "Poland will spend about $48bn on its own defence next year as the war in Ukraine rages.",
        "Ukraine earned about $800m a year in transit fees for Russian gas.",
        "The EU froze €210bn of Russian assets after the invasion of Ukraine.",
        "The World Bank estimates the cost of rebuilding Ukraine at $524bn.",
        "Germany will deliver Gepard anti-aircraft guns and more armoured vehicles to Ukraine in January.",
        "Putin approved record 2025 military spending of 13.5 trillion roubles as the war in Ukraine goes on.",
    ],
)
def test_not_aid(text: str) -> None:
    assert extract_aid_pledges(_doc(text)) == []


def test_parts_conversions_and_totals_are_not_pledges() -> None:  # benchmarks/README.md: breakdowns, totals
    doc = _doc(
        "The US Congress approved a $61bn aid package for Ukraine, including $13.8bn for Kyiv to buy American weapons.",
        "The EU will give Ukraine €1.4bn, or about $1.5bn, in fresh military support, the Commission said.",
        "With the latest tranche, EU support for Ukraine now totals €134bn.",
    )
    assert sorted((r["amount"], r["currency"]) for r in extract_aid_pledges(doc)) == [(1.4e9, "EUR"), (61e9, "USD")]


def test_amount_in_words_and_kroner_by_nearest_country() -> None:
    (row,) = extract_aid_pledges(_doc(
        "Norway will contribute three billion kroner to a Danish-led scheme to buy weapons for Ukraine."
    ))
    assert (row["amount"], row["currency"], row["donor"]) == (3e9, "NOK", "norway")


def test_pledge_in_a_sentence_about_ukraine_only_through_the_one_before() -> None:
    (row,) = extract_aid_pledges(_doc(
        "The Netherlands on Monday announced a new military support package for Ukraine. "
        "The package, worth €350 million, includes drones and ammunition."
    ))
    assert (row["amount"], row["donor"]) == (3.5e8, "netherlands")
    assert extract_aid_pledges(_doc("Ukraine's parliament passed the 2025 budget. It allocates $54bn for defence.")) == []


def test_requests_are_not_pledges() -> None:
    assert extract_aid_pledges(_doc("Zelensky asked allies for another $20bn in air defence aid for Ukraine.")) == []


def test_deliberation_is_not_a_pledge_and_listed_donors_give_the_first() -> None:
    assert extract_aid_pledges(_doc("South Korea is weighing whether to send $100m in humanitarian aid to Ukraine.")) == []
    row = _one("Denmark, Sweden and Norway jointly pledged a $500m package of weapons for Ukraine.")
    assert row["donor"] == "denmark"


def test_a_tranche_is_not_joined_by_the_programme_it_is_drawn_from() -> None:
    rows = extract_aid_pledges(_doc("The EU paid out a €3bn tranche of its €50bn Ukraine Facility for Ukraine on Friday."))
    assert [r["amount"] for r in rows] == [3e9]


@pytest.mark.parametrize(
    "text",
    [
        "Sweden will send SEK 2bn in new air defence aid to Ukraine, on top of the SEK 5bn pledged in spring.",
        "Italy announced €300m for Ukraine's energy grid, in addition to the €1bn it promised at the Rome conference.",
    ],
)
def test_an_earlier_pledge_named_beside_the_new_one_is_not_a_second_pledge(text: str) -> None:
    assert len(extract_aid_pledges(_doc(text))) == 1


def test_tuning_set() -> None:
    precision, recall, failures = score_table(extract_aid_pledges, TABLE, KEY)
    print(f"{TABLE}: P={precision:.3f} R={recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9, failures


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seeds_give_sensible_claims() -> None:
    rows = [(number, r["donor"], r["amount"], r["currency"])
            for number, doc in seed_documents().items() for r in extract_aid_pledges(doc)]
    assert rows == [("001", "united_states", 5.9e9, "USD")]  # not Poland's own defence, not arms revenues


_VOCAB = (
    "$ € £ 5.9bn 2.5bn ( ) 100 million billion dollars euros kroner at least more than up to Germany US EU Japan "
    "pledged announced aid assistance package loan military humanitarian for to Ukraine Kyiv revenues budget gas "
    "said , . ; (£2.1bn)"
).split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB), max_size=40), st.text(max_size=60))
def test_never_raises_and_rows_fit_schema(words: list[str], noise: str) -> None:
    rows = extract_aid_pledges(_doc(" ".join(words) + noise, " ".join(reversed(words))))
    to_table(AID_PLEDGES, rows)
    assert all(list(r) == AID_PLEDGES.schema.names and r["amount"] > 0 for r in rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return to_table(AID_PLEDGES, rows).to_pandas(types_mapper=pd.ArrowDtype)


def test_suite_passes_extracted_rows(validator) -> None:
    rows = extract_aid_pledges(_doc(
        "Germany will give Ukraine a further €1.8bn (£1.5bn) in military aid.",
        "Japan pledged 4.5 billion dollars in financial support for Kyiv.",
        "The World Bank approved $1.5bn in additional financing for Ukraine.",
    ))
    outcome = validator.validate(TABLE, _frame(rows), date(2025, 2, 1))
    assert len(outcome.valid) == len(rows) == 3 and outcome.failed_rules == []


@pytest.mark.parametrize(
    "change, rule",
    [
        ({"claim_id": None}, "claim_id_present"),
        ({"evidence": ""}, "evidence_not_empty"),
        ({"amount": 0.0}, "amount_positive"),
        ({"amount": None}, "amount_present"),
        ({"currency": "XYZ"}, "currency_known"),
        ({"currency": None}, "currency_present"),
        ({"qualifier": "range"}, "qualifier_known"),
        ({"aid_type": "moral"}, "aid_type_known"),
        ({"donor": "United States"}, "donor_is_snake_case"),
        ({"report_date": "2030-01-01"}, "report_date_in_war_and_not_future"),
    ],
)
def test_suite_catches_broken_rows(validator, change: dict, rule: str) -> None:
    good = _one("Japan pledged 4.5 billion dollars in financial support for Kyiv.")
    broken = {**good, **change, "claim_id": change.get("claim_id", "broken")}
    outcome = validator.validate(TABLE, _frame([good, broken]), date(2025, 2, 1))
    assert len(outcome.failed) == 1 and rule in outcome.failed_rules[0], outcome.failed_rules
