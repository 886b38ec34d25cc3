"""Aid pledges: behaviours, the tuning set, the shared seeds, robustness and the suite."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from claim_cases import SEEDS, _doc, score_table, seed_documents

from sitrep.aid import CURRENCIES, EXTRACTOR_VERSION, extract_aid_pledges
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
        ("Oslo will send 2.4bn Norwegian kroner (about $220m) for Ukraine's air defence.", 2.4e9, "NOK", "exact"),
        ("Copenhagen unveiled military aid worth 900 million Danish kroner for Kyiv.", 900e6, "DKK", "exact"),
        ("Stockholm pledged 1.2 billion Swedish kronor in new support for Ukraine.", 1.2e9, "SEK", "exact"),
        ("Wellington announced NZ$16.5 million in additional support for Ukraine.", 16.5e6, "NZD", "exact"),
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
        "Kyiv's draft 2026 budget earmarks 2.8tn hryvnias for defence and security, the finance ministry said.",
        "Ukraine's government's budget allocates UAH 1.9tn to the army next year.",
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


def test_a_donor_that_follows_with_its_own_amount_pledges_it() -> None:
    rows = extract_aid_pledges(_doc(
        "Norway pledged 1.2 billion kroner for drones for Ukraine on Tuesday. "
        "Belgium followed on Thursday with €150 million, and Canada followed suit with C$90m."
    ))
    assert [(r["donor"], r["amount"], r["currency"]) for r in rows] == [
        ("norway", 1.2e9, "NOK"), ("belgium", 1.5e8, "EUR"), ("canada", 9e7, "CAD")]
    assert extract_aid_pledges(_doc("Ukraine's exports fell in May. Grain followed with $90m less.")) == []


def test_requests_are_not_pledges() -> None:
    assert extract_aid_pledges(_doc("Zelensky asked allies for another $20bn in air defence aid for Ukraine.")) == []


def test_deliberation_is_not_a_pledge_and_listed_donors_give_the_first() -> None:
    assert extract_aid_pledges(_doc("South Korea is weighing whether to send $100m in humanitarian aid to Ukraine.")) == []
    for text in ("Rome's coalition is still arguing over an extra €2bn package for Ukraine, officials said.",
                 "Ministers in Madrid are discussing a €1bn military aid package for Kyiv."):
        assert extract_aid_pledges(_doc(text)) == [], text
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


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Ireland will give Ukraine seventy-five million euros in non-lethal military support.", 75e6),
        ("Portugal has promised two hundred and fifty million euros for Ukraine's air defence.", 250e6),
        ("Italy approved one and a half billion euros in support for Ukraine's reconstruction.", 1.5e9),
    ],
)
def test_amounts_in_any_number_words(text: str, amount: float) -> None:
    assert _one(text)["amount"] == amount


def test_what_aid_pays_for_is_not_what_it_is() -> None:  # "gas", "deficit", "needs" after the amount: its purpose
    assert _one("Norway will give 1.5 billion kroner to Ukraine's Naftogaz to buy gas for the winter.")["amount"] == 1.5e9
    assert _one("Brussels will transfer €4.2bn to Kyiv to help cover Ukraine's budget deficit.")["amount"] == 4.2e9
    assert extract_aid_pledges(_doc("Ukraine needs $3bn to buy gas for the winter, Naftogaz said.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Germany will give Ukraine two more IRIS-T systems, each worth about €140m, the defence ministry said.",
        "Ukraine's partners supply 155mm shells to Kyiv at around €4,000 apiece.",
        "The US Treasury has frozen $1.2bn held by Russian oligarchs, money Ukraine wants transferred to Kyiv.",
        "EU leaders discussed using the €185bn in immobilised Russian assets held at Euroclear to finance Ukraine.",
        "Ukrainian soldiers on the front line receive up to 100,000 hryvnias a month, the defence ministry said.",
        "The IMF approved a $1.1bn loan to Egypt on Monday, days after agreeing a new programme for Ukraine.",
        "Zelensky called on the EU to approve the remaining €18bn for Ukraine before Christmas.",
        "Kyiv hopes to receive about $40bn from its partners next year, the finance minister said.",
        "Germany is now Ukraine's second-largest military donor, having committed about €28bn.",
        "Denmark's aid to Ukraine amounts to about 2% of its GDP, roughly DKK 55bn.",
    ],
)
def test_prices_assets_pay_other_recipients_hopes_and_records_are_not_pledges(text: str) -> None:
    assert extract_aid_pledges(_doc(text)) == []


def test_a_donors_share_of_a_whole_is_a_pledge_unless_it_is_delivery_progress() -> None:
    row = _one("The United States will contribute $20bn of the $50bn G7 loan to Ukraine.")
    assert (row["amount"], row["donor"]) == (20e9, "united_states")
    assert extract_aid_pledges(_doc("Only $2bn of the $8bn promised by Washington has arrived in Kyiv.")) == []


def test_instalments_and_the_programmes_they_are_drawn_from_are_not_new_pledges() -> None:
    def amounts(*paragraphs: str) -> list[float]:
        return [r["amount"] for r in extract_aid_pledges(_doc(*paragraphs))]

    assert amounts("The EU approved a €35bn loan for Ukraine. A first instalment of €10bn will be paid out in December.") == [35e9]
    assert amounts("The Commission paid Ukraine €3.1bn. The money is the fourth instalment of the €50bn Ukraine Facility.") == [3.1e9]
    assert amounts("Ukraine will receive $1bn from Japan under the $50bn G7 scheme.") == [1e9]
    assert amounts("Kyiv received a first tranche of €4.2bn from the EU's Ukraine Facility on Monday.") == [4.2e9]


def test_pledges_named_with_their_sum_are_new_but_aid_totalling_is_not() -> None:
    assert _one("Norway announced two new packages totalling NOK 7.5 billion for Ukraine's air defence.")["amount"] == 7.5e9
    assert extract_aid_pledges(_doc("Western aid to Ukraine, totalling roughly $250bn, has kept its economy afloat.")) == []


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


def test_the_validation_suite_knows_every_currency_a_row_can_carry() -> None:
    suite = json.loads((Path(__file__).parents[1] / "expectations" / "aid_pledges.json").read_text())
    (known,) = [e["kwargs"]["value_set"] for e in suite["expectations"] if e["meta"]["rule"] == "currency_known"]
    assert CURRENCIES <= set(known)


def test_a_headline_and_its_body_are_one_pledge_whatever_purpose_each_names() -> None:
    rows = extract_aid_pledges(_doc(
        "Canada will give Ukraine C$80m in grant aid to rebuild substations and heating plants, Ottawa said.",
        headline="Canada pledges C$80m for Ukraine's grid"))
    assert [(r["currency"], r["amount"]) for r in rows] == [("CAD", 80e6)]


@pytest.mark.parametrize(
    "text",
    [
        # the whole a pledge is funded from, named with a possessive
        "Britain will send Ukraine £90m of radars, paid for out of the UK's £3bn yearly military support.",
        "Korea will lend Ukraine $400m as part of the World Bank's $2bn recovery scheme.",
    ],
)
def test_the_whole_a_pledge_is_drawn_from_is_not_a_second_pledge(text: str) -> None:
    assert len(extract_aid_pledges(_doc(text))) == 1


@pytest.mark.parametrize(
    "text, kept",
    [
        # a comparison figure
        ("Austria will give Ukraine €60m in demining aid this year, compared with €45m last year.", [60e6]),
        # a sum over all donors, as trackers report it
        ("Fresh commitments to Ukraine reached only €8bn in the spring, counted across all donors.", []),
        # a proposal still awaiting approval; a government's own budget proposal is a pledge
        ("Brussels proposed a €30bn loan to Ukraine, but the scheme still needs unanimity among member states.", []),
        ("Finland's government proposed €200m in military aid for Ukraine in its spring budget.", [200e6]),
        # a goal; a donor's record in passing
        ("Nordic states set a goal of €10bn a year in support for Ukraine, without saying who pays what.", []),
        ("Denmark will give Ukraine 2bn kroner more, a ministry spokesman said; it has already spent 60bn kroner on aid.", [2e9]),
        # the programme a payment is drawn from; a part of the amount before it
        ("The IMF released $700m to Ukraine after reviewing its $15.5bn lending programme.", [700e6]),
        ("Norway set aside NOK 70bn for Ukraine through 2030, with NOK 10bn of that for this year.", [70e9]),
    ],
)
def test_comparisons_aggregates_proposals_goals_and_parts_are_not_pledges(text: str, kept: list[float]) -> None:
    assert [r["amount"] for r in extract_aid_pledges(_doc(text))] == kept


def test_a_headline_rounding_the_bodys_amount_is_the_same_pledge() -> None:
    rows = extract_aid_pledges(_doc(
        "Latvia announces €50m package for Ukraine",
        "Latvia will send Ukraine drones and ammunition worth €48.5m, its defence ministry said."))
    assert [(r["currency"], r["amount"]) for r in rows] == [("EUR", 48.5e6)]


def test_smaller_donors_are_named() -> None:
    assert _one("Wellington will send Ukraine a further NZ$3m in non-lethal aid.")["donor"] == "new_zealand"
    assert _one("Luxembourg pledged €12m for Ukraine's air defence.")["donor"] == "luxembourg"


@pytest.mark.parametrize("text", [
    # a donor's record in the perfect with its sum
    "Copenhagen has provided a total of DKK 70bn through its Ukraine fund since 2022, the ministry noted, and "
    "announced DKK 1.8bn for artillery shells for Ukraine on Thursday.",
    # a ranking names the other donor's figure
    "Germany announced €1.8bn in new military aid for Ukraine, staying ahead of France at €900m in this year's pledges.",
])
def test_records_and_rankings_are_not_new_pledges(text: str) -> None:
    rows = extract_aid_pledges(_doc(text))
    assert len(rows) == 1, rows
    assert rows[0]["amount"] in (1.8e9,)


def test_a_fronted_cumulative_phrase_makes_totals_until_a_new_pledges_verb() -> None:
    assert extract_aid_pledges(_doc(
        "Since the start of the war, Canada has provided about CAD 19bn to Ukraine, and Australia some AUD 1.5bn.")) == []
    rows = extract_aid_pledges(_doc(
        "So far this year, Denmark has given DKK 18bn to Ukraine, and on Tuesday it announced DKK 2bn more for drones."))
    assert [(r["currency"], r["amount"]) for r in rows] == [("DKK", 2e9)]


def test_a_recap_paragraph_restates_a_pledge_whatever_claimant_it_names() -> None:
    doc = _doc("The European Commission announced €120m in humanitarian aid for Ukraine's frontline regions.",
               "Key figures: 60 drones launched overnight, according to the air force; €120m of EU humanitarian aid.")
    assert [(r["currency"], r["amount"]) for r in extract_aid_pledges(doc)] == [("EUR", 120e6)]


def test_a_groups_joint_record_and_a_packages_contents_are_no_new_pledges() -> None:
    doc = _doc("Nordic governments have together committed about €21bn to Ukraine, according to a think tank's tracker.")
    assert extract_aid_pledges(doc) == []
    doc = _doc("Norway will give Ukraine a new package worth 12 billion Norwegian kroner, the government said.",
               "The package includes 3 billion kroner for air defence and ammunition.")
    assert [(r["currency"], r["amount"]) for r in extract_aid_pledges(doc)] == [("NOK", 12e9)]


def test_a_capitalised_scale_and_a_long_running_total() -> None:
    doc = _doc("Norway Pledges NOK 3 Billion for Ukraine's Air Defence",
               "Norway will give Ukraine an additional 3 billion Norwegian kroner, the government said. The package brings "
               "Norway's total military support for Ukraine this year to about 40 billion kroner, the minister said.")
    assert [(r["currency"], r["amount"]) for r in extract_aid_pledges(doc)] == [("NOK", 3e9)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Denmark will send a further 1.2 billion kroner in artillery ammunition to Ukraine, its defence minister said on Monday, taking "
     "Danish military aid this year to a new record of 19 billion kroner.", [("denmark", 1.2e9, "DKK")]),
    ("Austria will provide 300 million euros for Ukraine's energy grid between 2026 and 2030, the chancellery said.",
     [("austria", 3e8, "EUR")]),
    ("Austria has given 300 million euros for Ukraine's energy grid between 2022 and 2024, the chancellery said.", []),
])
def test_a_record_total_is_no_pledge_and_a_pledge_over_years_ahead_is(text: str, expected: list) -> None:
    assert [(r["donor"], r["amount"], r["currency"]) for r in extract_aid_pledges(_doc(text))] == expected


def test_spending_on_defence_is_no_pledge() -> None:
    assert extract_aid_pledges(_doc("Next year's spending on defence and security is planned at 2.7 trillion hryvnias, "
                                    "Ukraine's finance minister told parliament.")) == []


def test_promised_with_no_recipient_named_is_a_pledge_like_pledged() -> None:
    rows = extract_aid_pledges(_doc("Norway promised NOK 5bn and Sweden SEK 2bn at the Ramstein meeting on Friday."))
    assert sorted((r["currency"], r["amount"]) for r in rows) == [("NOK", 5e9), ("SEK", 2e9)]


@pytest.mark.parametrize("text", [
    "Britain said its military support this year would reach a total of £3.9 billion, its highest yet.",
    "EU institutions and member states have provided about €140 billion in financial, military and humanitarian support "
    "since February 2022, the Kiel Institute said.",
    "The money comes in addition to €2.1bn the Netherlands has already set aside for Ukraine this year.",
])
def test_totals_and_earlier_money_are_not_new_pledges(text: str) -> None:
    assert extract_aid_pledges(_doc(text)) == []


def test_icelandic_kronur_by_their_code_over_a_converted_amount() -> None:
    rows = extract_aid_pledges(_doc("Iceland will give Ukraine ISK 1.8bn (£10.3m) this year for military equipment, its "
                                    "foreign minister said."))
    assert [(r["currency"], r["amount"]) for r in rows] == [("ISK", 1.8e9)]


def test_pledges_that_bring_a_years_total_to_a_figure() -> None:
    doc = _doc("Sweden pledged 2 billion crowns and Finland €200m in new military aid for Ukraine on Tuesday.",
               "Taken together, the pledges bring military aid promised to Ukraine this year to more than $40 billion, "
               "NATO's secretary-general said.")
    assert sorted((r["amount"], r["currency"]) for r in extract_aid_pledges(doc)) == [(2e8, "EUR"), (2e9, "SEK")]


def test_crown_abbreviations_spans_of_years_pronoun_donors_and_paying_for_weapons() -> None:
    (row,) = extract_aid_pledges(_doc("Norway on Friday pledged NKr2bn ($190mn) to help Ukraine repair its grid."))
    assert (row["amount"], row["currency"]) == (2e9, "NOK")
    assert extract_aid_pledges(_doc("Between March 2022 and June 2025 Nordic countries gave €20bn to Ukraine; Britain "
                                    "gave about €14bn.")) == []
    rows = extract_aid_pledges(_doc("Danish Defence Minister Troels Lund Poulsen flew into Kyiv from Warsaw on Monday. "
                                    "He brought a new package worth 900 million kroner."))
    assert [(r["donor"], r["amount"]) for r in rows] == [("denmark", 9e8)]
    (row,) = extract_aid_pledges(_doc("The Netherlands will pay for $250 million worth of US air defence systems for "
                                      "Ukraine, the minister said."))
    assert (row["donor"], row["amount"]) == ("netherlands", 2.5e8)


def test_conversions_after_a_comma_programme_budgets_failed_deals_and_a_packages_parts_after_an_aside() -> None:
    rows = extract_aid_pledges(_doc("Sweden will contribute SEK 4 billion, around $380 million, to buy radars for Ukraine, "
                                    "the government said."))
    assert [(r["amount"], r["currency"]) for r in rows] == [(4e9, "SEK")]
    assert extract_aid_pledges(_doc("The money comes from the Ukraine support fund, whose budget for 2027 is €40bn.")) == []
    assert extract_aid_pledges(_doc("EU ministers failed to agree on a €90bn loan for Ukraine on Monday.")) == []
    rows = extract_aid_pledges(_doc("Washington announced a $300 million package for Ukraine. The package, drawn from "
                                    "Pentagon stocks, includes about $80 million worth of artillery rounds."))
    assert [r["amount"] for r in rows] == [3e8]


def test_items_of_a_pledge_list_under_its_heading() -> None:
    rows = extract_aid_pledges(_doc("Contact group: what was pledged", "Spain — €400m for air defence",
                                    "Denmark — DKK 1.5bn for artillery",
                                    "• Finland: €90m (about $97m) for ammunition, the minister said."))
    assert [(r["donor"], r["amount"], r["currency"]) for r in rows] == [
        ("spain", 4e8, "EUR"), ("denmark", 1.5e9, "DKK"), ("finland", 9e7, "EUR")]
    assert extract_aid_pledges(_doc("Budget 2026: the key lines", "Spain — €400m for roads",
                                    "Denmark — DKK 1.5bn for schools")) == []


def test_a_headline_line_left_in_the_body_says_the_pledge_loosely() -> None:
    # a live page's post: timestamp, headline, story; the headline line is one pledge with the story's, not a second
    doc = _doc("Feb. 3, 2025, 10:20 AM EST", "Sweden pledges $150 million to rebuild Ukraine's grid",
               "Sweden will give $150 million in grants to repair Ukraine's substations, Prime Minister Ulf Kristersson said.")
    rows = extract_aid_pledges(doc)
    assert [(r["donor"], r["amount"], r["claimant"]) for r in rows] == [("sweden", 150e6, "Ulf Kristersson")]
    # ... but says its own donor: another donor's equal sum below it is another pledge
    doc = _doc("Sweden will give Ukraine $150 million in grants for the grid",
               "Norway will give Ukraine $150 million for air defence, its defence minister said.")
    assert sorted(r["donor"] for r in extract_aid_pledges(doc)) == ["norway", "sweden"]


def test_a_later_sentence_giving_the_package_in_another_currency_is_a_conversion() -> None:
    doc = _doc("The Netherlands will give Ukraine a new €700m military aid package, its defence minister said. The package, "
               "worth about $760m, includes drones and ammunition.")
    assert [(r["amount"], r["currency"]) for r in extract_aid_pledges(doc)] == [(700e6, "EUR")]
    # ... but a package first named without a sum is worth what the next sentence says
    doc = _doc("Norway announced a new military aid package for Ukraine on Monday. The package, worth NOK 2bn, includes "
               "air defence.")
    assert [(r["amount"], r["currency"]) for r in extract_aid_pledges(doc)] == [(2e9, "NOK")]


@pytest.mark.parametrize("text", [
    "Kyiv's city council on Thursday approved an additional 900 million hryvnias from the city budget for shelters and "
    "backup power, Mayor Vitali Klitschko said.",
    "Taken together, partners have pledged more than $15bn for Ukraine's air defence this year, the co-chairs said.",
    "Japan has committed more than $12 billion in financial, humanitarian and recovery assistance to Ukraine since "
    "February 2022, the foreign ministry said.",
])
def test_budgets_sums_of_donors_and_long_totals_are_no_pledges(text: str) -> None:
    assert extract_aid_pledges(_doc(text)) == []


def test_ukraines_own_hryvnias_are_no_pledge() -> None:
    doc = _doc("Ukraine plans to make 4 million drones this year, the defence minister said, and the government has set "
               "aside 1.1tn hryvnias for weapons production.")
    assert extract_aid_pledges(doc) == []
