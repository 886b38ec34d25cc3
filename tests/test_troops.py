"""Troop deployments: behaviours, the tuning set, the shared seeds, robustness and the suite."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from claim_cases import SEEDS, _doc, score_table, seed_documents

from sitrep.claims_common import locations
from sitrep.schemas import TROOP_DEPLOYMENTS, to_table
from sitrep.troops import EXTRACTOR_VERSION, extract_troop_deployments

TABLE = "troop_deployments"
KEY = ("country", "deployed_to", "value", "low", "high", "qualifier", "vague_phrase")


def _one(*paragraphs: str) -> dict:
    rows = extract_troop_deployments(_doc(*paragraphs))
    assert len(rows) == 1, rows
    return rows[0]


def test_rows_are_complete_records() -> None:
    doc = _doc("Pyongyang is reported to have sent between 9,000-11,000 soldiers to help Moscow's army.")
    (row,) = extract_troop_deployments(doc)
    assert list(row) == TROOP_DEPLOYMENTS.schema.names
    pa.Table.from_pylist([row], schema=TROOP_DEPLOYMENTS.schema)
    assert row["extractor_version"] == EXTRACTOR_VERSION and row["evidence"] in doc.posts[0].body
    assert {k: row[k] for k in KEY} == {
        "country": "north_korea", "deployed_to": "russia", "value": None, "low": 9000, "high": 11000,
        "qualifier": "range", "vague_phrase": None,
    }
    assert row["claimant"] is None  # "is reported to" names nobody


def test_stationed_with_location_and_claimant() -> None:
    row = _one("Kyiv and its allies believe roughly 9,500 North Korean soldiers are based in Kursk.")
    assert (row["value"], row["qualifier"], row["location"], row["country"]) == (9500, "approx", "Kursk", "north_korea")


def test_assigned_troops_and_claimant() -> None:
    row = _one("A spokesman for Ukraine's military intelligence said 1,800 more North Korean soldiers had been "
               "assigned to Russian airborne brigades.")
    assert (row["value"], row["country"], row["deployed_to"]) == (1800, "north_korea", "russia")
    assert row["claimant"] == "Ukrainian military intelligence"


def test_vague_and_repeated_claims() -> None:
    doc = _doc(
        "Thousands of North Korean troops have arrived in Russia, Seoul says",
        "Thousands of North Korean troops have arrived in Russia, South Korea's spy agency said on Friday.",
    )
    (row,) = extract_troop_deployments(doc)
    assert (row["value"], row["vague_phrase"], row["qualifier"]) == (None, "Thousands", "vague")
    assert row["claimant"] == "South Korean intelligence"


def test_country_sending_troops_abroad() -> None:
    row = _one("France has sent up to 2,000 troops to Romania, officials said.")
    assert (row["country"], row["value"], row["qualifier"]) == ("france", 2000, "up_to")


@pytest.mark.parametrize(
    "text",
    [
        "France could send up to 20,000 troops to Ukraine after a ceasefire.",
        "Planners sketched a brigade of about 5,000 soldiers that would be sent to Estonia in a crisis.",
        "Berlin is weighing a contingent of 2,000 troops which might later be stationed in Lithuania.",
        "London has drafted plans for 12,000 troops who could eventually be deployed along the Dnipro.",
    ],
)
def test_hypothetical_forces_are_not_deployments(text: str) -> None:  # benchmarks/README.md: "could send" is a negative
    assert extract_troop_deployments(_doc(text)) == []


def test_a_relative_clause_about_troops_already_there_is_no_hypothesis() -> None:
    row = _one("About 11,000 North Korean soldiers, who will be rotated out in spring, are fighting in the Kursk region.")
    assert (row["country"], row["value"]) == ("north_korea", 11000)


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,400 soldiers of the unit went absent without leave ahead of their first combat deployment.",
        "Two Pacific navies held joint drills with about 1,500 troops practising beach landings.",
        "Around 1,000 North Korean troops were killed or wounded within a week, Seoul said.",
        "There is reportedly just one translator for every 25 soldiers.",
        "Russia lost 1,200 troops over the past day, the General Staff said.",
        "Nato's exercise involves 90,000 troops from 31 countries.",
    ],
)
def test_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The number of North Korean troops in Russia has risen to about 14,000, Ukrainian intelligence said.", (14000, None, None)),
        ("Russian forces near Sumy now number about 50,000–52,000, Zelensky said.", (None, 50000, 52000)),
        ("A 12,000-strong North Korean contingent is now fighting alongside Russian troops in Kursk.", (12000, None, None)),
        ("North Korean troops – about 11,000 of them – have been deployed to the Kursk region.", (11000, None, None)),
        ("Pyongyang has dispatched another 3,000 or so soldiers to Russia, Seoul said.", (3000, None, None)),
    ],
)
def test_troops_named_around_the_figure(text: str, expected: tuple) -> None:
    row = _one(text)
    assert (row["value"], row["low"], row["high"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian forces are massing near Kupiansk, where Ukraine's military estimates about 30,000 troops have gathered.",
         ("russia", 30000, None, None)),
        ("Ukraine's 3rd Assault Brigade, some 4,000 strong, has been redeployed to the Kharkiv region.", ("ukraine", 4000, None, None)),
        ("Russia has about half a million troops in occupied Ukraine, officials said.", ("russia", 500000, None, None)),
        ("An estimated 30,000 to 40,000 Russian troops have gathered near Kharkiv.", ("russia", None, 30000, 40000)),
        ("Belarus has moved 5,000 troops to its border. Minsk puts the number at around 6,000 now.", ("belarus", 5000, None, None)),
        ("North Korea has deepened its ties with Russia. It has sent about 3,000 more troops to Kursk.", ("north_korea", 3000, None, None)),
        ("South Korea's spy agency said the North had dispatched around 1,500 special forces to Russia.", ("north_korea", 1500, None, None)),
        ("The Kremlin has doubled its troops in Belarus to 2,000, Kyiv said.", ("russia", 2000, None, None)),
    ],
)
def test_more_ways_of_naming_troops_and_their_country(text: str, expected: tuple) -> None:
    rows = extract_troop_deployments(_doc(text))
    assert expected in [(r["country"], r["value"], r["low"], r["high"]) for r in rows], rows


@pytest.mark.parametrize(
    "text",
    [
        "Russia mobilised 300,000 reservists in the autumn of 2022.",
        "France has offered to lead a reassurance force of up to 20,000 troops in Ukraine.",
        "The Pentagon has put 8,500 troops on heightened alert for possible deployment to Europe.",
        "About 20,000 more North Korean troops are expected to be deployed next year, analysts say.",
        "About 300 German engineers are in Kyiv to help repair power plants.",
        "Russia deploys about 100 soldiers per kilometre of front, analysts estimate.",
    ],
)
def test_raised_offered_alerted_expected_and_civilian_counts_are_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


def test_location_of_a_border_region_and_of_part_of_a_country() -> None:
    assert _one("North Korea has deployed about 12,000 troops in the Russian border region of Kursk.")["location"] == "Kursk region"
    assert _one("Russia now has more than 500,000 troops in eastern Ukraine, Kyiv said.")["location"] == "eastern Ukraine"


def test_running_total_of_the_deployment_just_named() -> None:
    rows = extract_troop_deployments(_doc(
        "North Korea has sent a further 1,500 troops to Russia, bringing the number deployed to about 12,000, Seoul said."
    ))
    assert sorted((r["country"], r["value"]) for r in rows) == [("north_korea", 1500), ("north_korea", 12000)]


def test_more_of_the_troops_of_the_sentence_before() -> None:
    rows = extract_troop_deployments(_doc(
        "North Korea has sent troops to Russia to fight in Kursk. It has sent 3,000 more since January, Seoul says."
    ))
    assert [(r["country"], r["value"]) for r in rows] == [("north_korea", 3000)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moldova says Russian soldiers guard depots in Transnistria, where about fifteen hundred of them are stationed.",
         [("russia", 1500, "Transnistria")]),
        ("Minsk has sent 2,000 more troops to the border, on top of some 5,000 positioned there in May.",
         [("belarus", 2000, "border"), ("belarus", 5000, "border")]),
        ("Fresh units have arrived, bringing the Russian grouping near Kupiansk to about 45,000 men, Kyiv said.",
         [("russia", 45000, "Kupiansk")]),
        ("Belarus has massed 3,000 soldiers near its border with Ukraine's Zhytomyr region.", [("belarus", 3000, "Zhytomyr region")]),
        ("About 800 Dutch troops are stationed in Lithuania.", [("netherlands", 800, "Lithuania")]),
        ("Russia now has 6,000 troops near Sumy, up from about 4,000 stationed there in spring.", [("russia", 6000, "Sumy")]),
    ],
)
def test_referred_earlier_and_levelled_counts_and_their_places(text: str, expected: list) -> None:
    rows = extract_troop_deployments(_doc(text))
    assert [(r["country"], r["value"], r["location"]) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mobilisation has brought Ukraine's army to about 900,000 men, officials said.",
        "Russia has pulled out about 5,000 troops from the Kherson region, officials said.",
        "Seoul believes Pyongyang is weighing sending up to 30,000 more troops to Russia.",
        "Before the invasion, Russia massed about 190,000 troops on Ukraine's borders in the winter of 2021-22.",
        "Germany's chancellor said a deployment of 10,000 troops would be premature.",
        "Moscow maintains that 30,000 Ukrainian soldiers were encircled in the Kursk region.",
    ],
)
def test_withdrawn_hypothetical_past_and_encircled_troops_are_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("So we assess that approximately 8,000 of those North Korean soldiers are now in the Kursk Oblast.",
         ("north_korea", 8000, "Kursk region")),
        ("The enemy has redeployed up to 2,000 marines to the Kursk region, the General Staff of the Armed Forces of Ukraine said.",
         ("russia", 2000, "Kursk region")),
        ("The occupiers have concentrated about 25,000 troops in the Zaporizhzhia direction, a spokesman said.",
         ("russia", 25000, "Zaporizhzhia")),
        ("The Belarusian defence ministry said it had moved about 4,000 troops to the Gomel region.", ("belarus", 4000, "Gomel region")),
        ("The North has sent about 6,000 more troops to Russia's Kursk region, the NIS said.", ("north_korea", 6000, "Kursk region")),
        ("Russia has amassed an estimated 50,000 troops near the northeastern city of Sumy, Zelensky said.", ("russia", 50000, "Sumy")),
        ("Poland has deployed around 5,000 soldiers to its border with Belarus, the minister said.",
         ("poland", 5000, "border with Belarus")),
    ],
)
def test_pronouns_enemies_and_speaking_institutions_name_whose_troops(text: str, expected: tuple) -> None:
    row = _one(text)
    assert (row["country"], row["value"], row["location"]) == expected


@pytest.mark.parametrize(
    "text, published",
    [
        ("Germany has begun stationing a brigade in Lithuania, with about 4,800 troops expected to be based there by 2027.", None),
        ("In 2022, Russia massed some 190,000 troops along Ukraine's borders before launching its invasion.", date(2025, 2, 24)),
    ],
)
def test_forecast_and_dated_past_deployments_are_not_deployments(text: str, published: date | None) -> None:
    assert extract_troop_deployments(_doc(text, published=published)) == []


def test_a_recent_year_is_still_now() -> None:
    row = _one("North Korea sent about 11,000 troops to Russia in 2024, Seoul said.")
    assert (row["country"], row["value"]) == ("north_korea", 11000)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("Pyongyang's soldiers are fighting alongside Russian units in Kursk. Some 3,000 more arrived last month.",),
         ("north_korea", 3000, "Kursk")),
        (("North Korea has deepened its ties with Moscow. Analysts say they go beyond arms. About 12,000 of its soldiers "
          "are now in Russia.",), ("north_korea", 12000, "Russia")),
        (("NK troops in Kursk: 11,000 and counting",), ("north_korea", 11000, "Kursk")),
        (("How many North Korean troops are in Russia?", "About 11,000, according to Seoul, most of them in Kursk."),
         ("north_korea", 11000, "Kursk")),
        (("Belarus has been moving units towards the Ukrainian border. Ukraine's border guard service says the build-up "
          "now involves as many as 20,000 personnel.",), ("belarus", 20000, "Ukrainian border")),
        (("Poland has deployed 17,000 soldiers to its eastern border.",), ("poland", 17000, "eastern border")),
        (("Where are the North Korean troops deployed?", "Most of the roughly 11,000 soldiers are in the Kursk region."),
         ("north_korea", 11000, "Kursk region")),
        (("Belarusian units have moved closer to the border with Ukraine. Minsk calls it a routine rotation. Kyiv puts "
          "their number at around 5,000.",), ("belarus", 5000, "border with Ukraine")),
        (("North Korean troop numbers in Russia hit 15,000, Kyiv says",), ("north_korea", 15000, "Russia")),
        (("Russian paratroopers have been moved to the Kursk border. They number about 5,000, Kyiv says.",), ("russia", 5000, "Kursk")),
        (("Has Belarus moved troops to the border?", "Yes. Minsk says about 5,000 soldiers are now there."), ("belarus", 5000, None)),
        (("Russia has halved its troops in Transnistria to about 1,000, Moldovan officials said.",),
         ("russia", 1000, "Transnistria")),
    ],
)
def test_troops_named_in_earlier_sentences_questions_and_headings(paragraphs: tuple, expected: tuple) -> None:
    row = _one(*paragraphs)
    assert (row["country"], row["value"], row["location"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 200 Nepalis are serving in the Russian army, Kathmandu says.", ("nepal", 200, None)),
        ("Russia's Africa Corps has about 2,000 personnel in Libya.", ("russia", 2000, "Libya")),
    ],
)
def test_foreign_fighters_and_forces_abroad(text: str, expected: tuple) -> None:
    row = _one(text)
    assert (row["country"], row["value"], row["location"]) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("How many North Korean troops have been killed?", "About 4,000, according to Seoul."),
        ("How many troops could North Korea send?", "Up to 100,000, analysts say."),
        ("Russian troops killed in Kursk: 2,000",),
        ("About 500 Cubans were recruited to fight in Ukraine.",),
        ("Some 2,000 Indians live in Kursk.",),
    ],
)
def test_questions_headings_recruits_and_civilians_are_not_deployments(paragraphs: tuple) -> None:
    assert extract_troop_deployments(_doc(*paragraphs)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("troops near its border with Ukraine's Chernihiv region", "Chernihiv region"),
        ("massed near the north-eastern city of Sumy", "Sumy"),
        ("troops in Kursk Oblast", "Kursk region"),
        ("troops in the breakaway region of Transnistria", "Transnistria region"),
        ("stationed in Moldova's breakaway Transnistria region", "Transnistria region"),
        ("in border areas of the Bryansk region", "Bryansk region"),
        ("on the eastern bank of the Oskil River", "Oskil river"),
        ("gathered north of Kharkiv", "Kharkiv"),
        ("in the south-western Zaporizhzhia region", "Zaporizhzhia region"),
    ],
)
def test_one_location_vocabulary(text: str, expected: str) -> None:  # the form every extractor's `location` takes
    assert [name for _, name in locations(text)] == [expected]


def test_of_places_only_a_region_or_river() -> None:
    assert locations("after the capture of Pokrovsk") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang is preparing to send up to 15,000 more troops to Russia, Seoul says.",
        "The Netherlands will deploy around 200 soldiers to Lithuania this year, the Dutch defence ministry said.",
        "Poland is to station an extra 10,000 soldiers on its eastern border, the minister said.",
        "Some 2,000 soldiers from the 101st Airborne Division will deploy to Romania this month, the Pentagon said.",
        "Around 10,000 Ukrainian recruits are being trained in Germany this year, the Bundeswehr said.",
        "Russia has pulled roughly 15,000 troops out of the Kherson region, Kyiv said.",
        "Moscow stationed some 40,000 troops in Chechnya during the 1990s.",
    ],
)
def test_deployments_to_come_trainees_withdrawals_and_past_decades_are_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Around 1,500 Russian troops will remain in Transnistria, Moscow said.", ("russia", 1500, "approx")),
        ("Russia has pulled 3,000 troops back from Kursk to the Zaporizhzhia front, Kyiv said.", ("russia", 3000, "exact")),
        ("Russia has moved some 40 tanks and 1,500 troops to the Kursk region.", ("russia", 1500, "approx")),
        ("Russia has moved 40 tanks and 1,500 troops to the Kursk region.", ("russia", 1500, "exact")),
        ("Thousands of Russian troops — as many as 20,000 — have gathered near Vovchansk.", ("russia", 20000, "up_to")),
        ("Seoul says the North has sent 3,000 more, bringing the total deployed to Russia to 14,000.", ("north_korea", 3000, "exact")),
        ("Rybar writes that the enemy has moved about 5,000 personnel to the Kupiansk direction.", ("ukraine", 5000, "approx")),
    ],
)
def test_bounds_refinements_totals_and_the_enemy_of_a_russian_channel(text: str, expected: tuple) -> None:
    rows = extract_troop_deployments(_doc(text))
    assert expected in [(r["country"], r["value"], r["qualifier"]) for r in rows], rows
    assert not any(r["vague_phrase"] for r in rows)  # "Thousands ... — as many as 20,000 —" is one claim


@pytest.mark.parametrize(
    "paragraphs, location",
    [
        (("Russia masses 50,000 troops for summer push", "The build-up is concentrated around Pokrovsk, commanders say."), "Pokrovsk"),
        (("N. Korea sends 1,500 special forces to Russia", "The troops were flown to Vladivostok."), "Vladivostok"),
        # losses in Kursk do not place them; the country they were sent to does
        (("Kim sends 3,000 more troops to Russia", "The reinforcements follow heavy losses in Kursk."), "Russia"),
    ],
)
def test_a_headings_figure_is_placed_by_the_body_sentence_that_places_it(paragraphs: tuple, location: str | None) -> None:
    (row,) = extract_troop_deployments(_doc(*paragraphs))
    assert row["location"] == location


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("Russia's grouping near Sumy, which Ukrainian commanders estimate at about 52,000 troops, is advancing.",),
         ("russia", 52000, "Sumy")),
        (("Russia keeps reinforcing its grouping near Pokrovsk. Ukrainian commanders say it now numbers about 110,000 men.",),
         ("russia", 110000, "Pokrovsk")),
        (("North Korean troops are back on the front line in Kursk. Seoul believes there are roughly 11,000 of them.",),
         ("north_korea", 11000, "Kursk")),
        (("Pyongyang has sent a fresh contingent to Russia. The new group, about 3,000 strong, reached Vladivostok in May.",),
         ("north_korea", 3000, "Vladivostok")),
        (("The Russian build-up near Kupiansk now numbers some 30,000, Ukrainian commanders say.",), ("russia", 30000, "Kupiansk")),
        (("North Korea has sent troops to Russia again.", "Seoul's spy agency said about 2,000 had arrived in the Kursk region."),
         ("north_korea", 2000, "Kursk region")),
        (("Ukraine's General Staff counts up to 8,000 Russian troops on the Lyman axis.",), ("russia", 8000, "Lyman")),
        (("Pyongyang has also dispatched some 500 drone specialists to Russia, Ukrainian military intelligence said.",),
         ("north_korea", 500, "Russia")),
        (("Belarus masses 7,000 troops, says Kyiv", "By Anna Koval in Kyiv", "The troops have been positioned in the Brest region."),
         ("belarus", 7000, "Brest region")),
    ],
)
def test_figures_apart_from_their_troops(paragraphs: tuple, expected: tuple) -> None:
    row = _one(*paragraphs)
    assert (row["country"], row["value"], row["location"]) == expected


def test_a_running_total_in_the_next_sentence_continues_its_deployment() -> None:
    rows = extract_troop_deployments(_doc(
        "Pyongyang has deployed around 3,000 additional soldiers to Russia, Seoul said. That brings the total to about 14,000."))
    assert sorted((r["country"], r["value"]) for r in rows) == [("north_korea", 3000), ("north_korea", 14000)]


@pytest.mark.parametrize(
    "text",
    [
        "Paris and London have sketched a force, perhaps 20,000 strong, that would deploy to Ukraine after a ceasefire.",
        "The build-up of Russian drones at the Kursk airfields now numbers some 3,000, Kyiv says.",
        "Russia's army is the biggest in Europe. It now numbers 1.5 million men.",
        "About 300 Chinese specialists are in Russia to service machine tools, a trade official said.",
        "The North has shipped 3,000 more shells to Russia. That brings the total to 12,000.",
        "North Korea is training special forces at camps outside Pyongyang. There are about 1,200 of them, an official said.",
    ],
)
def test_look_alikes_of_figures_apart_from_their_troops(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


def test_tuning_set() -> None:
    precision, recall, failures = score_table(extract_troop_deployments, TABLE, KEY)
    print(f"{TABLE}: P={precision:.3f} R={recall:.3f}")
    assert precision >= 0.9 and recall >= 0.9, failures


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seeds_give_sensible_claims() -> None:
    found = {number: extract_troop_deployments(doc) for number, doc in seed_documents().items()}
    assert any((r["low"], r["high"], r["country"]) == (10000, 12000, "north_korea") for r in found["004"])
    assert any(r["value"] == 2000 and r["country"] == "north_korea" for r in found["004"])
    assert any(r["value"] == 11000 and r["location"] == "Kursk" for r in found["001"])
    assert not any(r["value"] in (1700, 50) for r in found["001"])  # deserters
    assert not found["003"]  # joint drills far from the war, "one interpreter for 30 soldiers"


_VOCAB = (
    "North Korean Russian Ukrainian Pyongyang Russia Ukraine troops soldiers servicemen deployed dispatched sent "
    "stationed assigned to in Kursk region between and - 10,000 12,000 about more than up to thousands a battalion "
    "killed drills AWOL said according to , . ; “ ” km % 2024 additional"
).split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCAB), max_size=40), st.text(max_size=60))
def test_never_raises_and_rows_fit_schema(words: list[str], noise: str) -> None:
    rows = extract_troop_deployments(_doc(" ".join(words) + noise, " ".join(reversed(words))))
    to_table(TROOP_DEPLOYMENTS, rows)
    assert all(list(r) == TROOP_DEPLOYMENTS.schema.names for r in rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    return to_table(TROOP_DEPLOYMENTS, rows).to_pandas(types_mapper=pd.ArrowDtype)


def test_suite_passes_extracted_rows(validator) -> None:
    rows = extract_troop_deployments(_doc(
        "Pyongyang has sent between 9,000 and 11,000 soldiers to Russia.",
        "Thousands of North Korean soldiers are stationed in the Kursk region, Kyiv says.",
        "Roughly 10,500 North Korean soldiers are deployed in Kursk, the Pentagon said.",
    ))
    outcome = validator.validate(TABLE, _frame(rows), date(2025, 2, 1))
    assert len(outcome.valid) == len(rows) == 3 and outcome.failed_rules == []


@pytest.mark.parametrize(
    "change, rule",
    [
        ({"claim_id": None}, "claim_id_present"),
        ({"evidence": ""}, "evidence_not_empty"),
        ({"value": -5}, "value_not_negative"),
        ({"value": None, "low": 12000, "high": 10000, "qualifier": "range"}, "low_le_high"),
        ({"qualifier": "lots"}, "qualifier_known"),
        ({"country": "North Korea"}, "country_is_snake_case"),
        ({"report_date": "2030-01-01"}, "report_date_in_war_and_not_future"),
        ({"value": None}, "has_a_count"),
    ],
)
def test_suite_catches_broken_rows(validator, change: dict, rule: str) -> None:
    good = _one("North Korea has sent about 11,000 troops to Russia, Seoul said.")
    broken = {**good, **change, "claim_id": change.get("claim_id", "broken")}
    outcome = validator.validate(TABLE, _frame([good, broken]), date(2025, 2, 1))
    assert len(outcome.failed) == 1 and rule in outcome.failed_rules[0], outcome.failed_rules


def test_fewer_than_is_an_upper_bound() -> None:
    from sitrep.claims_common import find_counts

    assert [(c.value, c.qualifier) for c in find_counts("fewer than 1,000 troops, not less than 900 troops")] == [
        (1000, "up_to"), (900, "at_least")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Russian forces near Sumy: ~48,000",), ("russia", 48000, "Sumy")),  # a table's approximate figure
        (("Belarusian troops at the border now ~5,000, says Kyiv",), ("belarus", 5000, None)),  # a label, its verb left out
        (("Minsk adds 1,000 soldiers to its border grouping, Kyiv says",), ("belarus", 1000, None)),
        (("Crimea is home to an estimated 25,000 Russian troops, Kyiv says.",), ("russia", 25000, "Crimea")),
        (("Romania now hosts some 1,000 French soldiers.",), ("france", 1000, "Romania")),
        (("About 400 Russian marines have taken up positions near Kherson.",), ("russia", 400, "Kherson")),
        (("A unit of 600 Chechen fighters set off for the Kursk region on Monday, Kadyrov said.",), ("russia", 600, None)),
        (("Some 80 Iranian drone instructors are in occupied Crimea, Kyiv says.",), ("iran", 80, "Crimea")),
        (("The Russian presence in Transnistria has grown to about 1,800, Chisinau says.",), ("russia", 1800, "Transnistria")),
        (("Kyiv's tally of Russian troops near Pokrovsk stands at 100,000.",), ("russia", 100000, "Pokrovsk")),
        (("Belarus's grouping, put at 6,000 by Kyiv, is stationed near Mozyr.",), ("belarus", 6000, None)),
        (("Poland's contingent in Lithuania is about 700-strong.",), ("poland", 700, "Lithuania")),
        (("The US has about 20,000 troops in Poland, up from 4,500 in 2021.",), ("united_states", 20000, "Poland")),
    ],
)
def test_labels_hosts_positions_and_sizes_unseen_before(paragraphs: tuple, expected: tuple) -> None:
    row = _one(*paragraphs)
    assert (row["country"], row["value"]) == expected[:2]
    if expected[2] is not None:
        assert row["location"] == expected[2]


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has offered a battalion of about 800 soldiers for a future mission in Ukraine.",
        "In Soviet times, Moscow kept some 60,000 troops in Mongolia.",
        "During the Cold War the US kept about 300,000 troops in Germany.",
        "Russia added 20,000 troops to its armed forces this year.",
        "Some 300 Indian nationals are fighting for Russia, New Delhi said.",
    ],
)
def test_offers_past_eras_raised_troops_and_nationals_are_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


def test_a_figure_dated_after_the_text_is_a_target_but_until_a_year_is_now() -> None:
    def rows(text: str) -> list:
        return [(r["country"], r["value"]) for r in extract_troop_deployments(_doc(text))]

    assert rows("The Dutch battalion in Lithuania is to grow to about 1,200 troops by 2027, the ministry said.") == []
    assert rows("About 2,500 British troops in Estonia will stay until 2027, London said.") == [("united_kingdom", 2500)]


def test_a_headline_bound_of_the_bodys_range_is_one_deployment() -> None:
    doc = _doc("Kyiv's intelligence service said between 6,000 and 8,000 North Korean soldiers had been moved to the "
               "Belgorod region.", headline="At least 6,000 more North Korean troops sent to Belgorod")
    assert [(r["low"], r["high"], r["value"]) for r in extract_troop_deployments(doc)] == [(6000, 8000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills named after the attribution are the day's news, not what the troops are there for
        ("Britain keeps about 900 soldiers stationed at Tapa in Estonia, the defence ministry said, ahead of war games "
         "involving 12,000 troops from eight nations next month.", ("united_kingdom", 900)),
        ("Roughly 1,200 Spanish troops are at their base near Adazi, Latvia.", ("spain", 1200)),  # "at their base near"
        ("Some 1,800 former Wagner mercenaries have been moved to the Bryansk region, Kyiv's intelligence said.",
         ("russia", 1800)),
        # a colon's elaboration counts the troops its clause names: "... reached X: N of them"
        ("Belarusian units have taken up positions near Mozyr, Ukraine's border guards say: about 4,000 of them.",
         ("belarus", 4000)),
        # the relative clause's sender, not the country helped nor the one that sizes the force
        ("The brigade Belarus has sent to help Moscow hold the Bryansk region, which Ukrainian officers now put at "
         "some 3,000 soldiers, is dug in.", ("belarus", 3000)),
    ],
)
def test_drills_in_the_news_bases_former_fighters_elaborations_and_relative_senders(text: str, expected: tuple) -> None:
    row = _one(text)
    assert (row["country"], row["value"]) == expected


def test_drills_the_troops_are_sent_for_still_exclude_them() -> None:
    text = "Belarus moved 2,000 troops to its western border for joint exercises with Russia, Minsk said."
    assert extract_troop_deployments(_doc(text)) == []


def test_a_force_under_discussion_is_no_deployment() -> None:
    text = ("Paris and London are sketching a mission that could go to Ukraine after a truce, with officials weighing a "
            "contingent of some 12,000 soldiers.")
    assert extract_troop_deployments(_doc(text)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "says the figure is about N": the troops of the sentence before, whose noun phrase names their country
    (("Seoul's spy agency puts the number of North Korean troops in the Kursk region at about 10,000.",
      "Kyiv's military intelligence says the figure is closer to 13,000."),
     [("north_korea", 10000), ("north_korea", 13000)]),
    # a relative clause's target date is its own figure's
    (("Roughly 700 Dutch soldiers are now based at Rukla, as part of a battalion which is to grow to 1,500 troops by 2028.",),
     [("netherlands", 700)]),
    # a past peak, and a completed tour, are not now
    (("At the peak of the operation last autumn, Kyiv had some 10,000 troops inside the Belgorod region.",), []),
    (("A French battalion of about 900 soldiers ended its six-month rotation in Estonia and flew home on Friday.",), []),
])
def test_figures_referred_back_relative_dates_past_peaks_and_completed_tours(paragraphs: tuple, expected: list) -> None:
    rows = extract_troop_deployments(_doc(*paragraphs))
    assert [(r["country"], r["value"]) for r in rows] == expected


def test_the_country_troops_were_sent_to_is_their_place_when_nothing_nearer_is_named() -> None:
    assert _one("Norway has sent about 400 soldiers to Lithuania, its defence ministry said.")["location"] == "Lithuania"
    assert _one("Pyongyang sent 2,000 more troops to Russia's Kursk region.")["location"] == "Kursk region"


def test_before_the_2022_invasion_is_past() -> None:
    assert extract_troop_deployments(_doc("Ahead of the February 2022 invasion... Before the 2022 invasion, about 35,000 "
                                          "Russian soldiers were stationed in Belarus.")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a gapped second figure shares the first's troops and verb
    ("Moscow has massed roughly 60,000 troops near Sumy and about 25,000 near Kharkiv, Zelensky said.",
     [("russia", 60000), ("russia", 25000)]),
    # fled, or home after a finished tour: not deployed
    ("Around 300 Russian conscripts fled their units near Belgorod last week, a rights group said.", []),
    ("Some 2,000 Belarusian soldiers who finished their rotation at the border have gone back to their bases.", []),
])
def test_gapped_figures_fugitives_and_finished_tours(text: str, expected: list) -> None:
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(_doc(text))] == expected


def test_home_after_a_rotation_and_an_armys_size_are_no_deployments() -> None:
    assert extract_troop_deployments(_doc("About 900 paratroopers of Russia's 7th division have returned to Novorossiysk "
                                          "after completing their rotation near Kherson, state media said.")) == []
    assert extract_troop_deployments(_doc("Poland's armed forces now number about 200,000 soldiers, the minister said.")) == []


def test_small_groups_infiltrating_are_no_deployment() -> None:
    assert extract_troop_deployments(_doc("Russian units are advancing near Siversk in groups of three to five soldiers, "
                                          "the brigade's spokesman said.")) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # losses or encirclement in a coordinated clause are that clause's, not the count's
    (("Zelensky said about 11,000 North Korean troops were in the Kursk region and that some had been killed near Sudzha.",),
     [("north_korea", 11000)]),
    # "The force numbers ...": the force a sentence before named, and whose it is
    (("Russia has gathered a large force opposite the Chernihiv region, Kyiv says.", "Speaking in Kyiv, a Ukrainian "
      "general said units had been moved there for weeks.", "The force now numbers about 30,000 troops, he said."),
     [("russia", 30000)]),
    # home after a rotation, and a build-up before February 2022, are not now
    (("About 800 Dutch soldiers returned to their barracks in Oirschot last week after completing a six-month rotation in "
      "Lithuania.",), []),
    (("In the weeks before February 2022, Russia massed some 30,000 troops in Belarus.",), []),
])
def test_coordinated_clauses_named_forces_rotations_and_the_pre_war_build_up(paragraphs: tuple, expected: list) -> None:
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(_doc(*paragraphs))] == expected


def test_a_second_sources_size_of_the_troops_named_before() -> None:
    doc = _doc("Zelensky said on Monday that about 13,000 North Korean soldiers were in the Kursk region and that dozens "
               "had been killed near Sudzha.",
               "Seoul's intelligence service put the number lower, telling lawmakers that roughly 10,000 remained in the "
               "region.")
    assert sorted(r["value"] for r in extract_troop_deployments(doc)) == [10000, 13000]
    assert {r["country"] for r in extract_troop_deployments(doc)} == {"north_korea"}


@pytest.mark.parametrize("paragraphs", [
    # the group a sentence before named by its noun, with a reporting country's adjective before the figure
    ("A second batch of North Korean soldiers has reached the Bryansk region, Ukrainian officials said on Friday.",
     "Ukrainian defence intelligence believes that the second batch, which began arriving last week, numbers around "
     "2,300 troops."),
    # no sentence names the group by that noun: the troops the nearest sentence names
    ("Kyiv says North Korean troops have been moved away from the front in the Bryansk region.",
     "A Ukrainian army spokesman told Polish radio that the contingent, which he estimated at roughly 6,000 soldiers, "
     "is now training behind the lines."),
])
def test_the_group_referred_back_to_is_the_sender_not_the_reporting_country(paragraphs: tuple) -> None:
    assert {r["country"] for r in extract_troop_deployments(_doc(*paragraphs))} == {"north_korea"}


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Moscow has moved its 20th Motor Rifle Division from the Zaporizhzhia front towards Kupiansk, a Ukrainian spokesman "
      "said on Monday.", "The division, which Kyiv says lost much of its armour last year, now numbers around 7,000 troops."),
     [("russia", 7000)]),
    (("Russia has sent reinforcements to the outskirts of Kostiantynivka, Ukrainian officers said.",
      "The new units number about 3,500 soldiers, one of the officers told reporters."), [("russia", 3500)]),
    # a plan for the group is no size of it now
    (("About 700 Dutch soldiers are now based at a new camp in Lithuania, the Dutch defence ministry said.",
      "The battalion is expected to grow to 1,200 troops by 2027."), [("netherlands", 700)]),
])
def test_the_size_of_a_unit_the_sentence_before_moved(paragraphs: tuple, expected: list) -> None:
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(_doc(*paragraphs))] == expected


@pytest.mark.parametrize("text", [
    "Around 1,200 Polish soldiers who served in Latvia have completed their rotation and returned to their bases, the "
    "Polish army said on Friday.",
    "Russia has withdrawn some 4,000 troops from its bridgehead on the left bank near Kherson, a Ukrainian military "
    "spokesman said, after weeks of losses to Ukrainian artillery.",
    "Russia has pulled around 2,500 troops back from the islands in the Dnipro delta, Ukraine's southern command said, "
    "after heavy losses to drones.",
])
def test_troops_gone_home_or_pulled_back_are_not_deployed(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Pyongyang has dispatched 800 engineers and 3,000 railway construction troops to the Bryansk region, a Russian "
      "official said.",), [("north_korea", 800), ("north_korea", 3000)]),
    (("Russia has moved roughly 3,000 troops to the Huliaipole sector and another 2,000 towards Orikhiv this month, a "
      "Ukrainian commander said.",), [("russia", 3000), ("russia", 2000)]),
    (("Russia has brought two airborne divisions, some twelve thousand men altogether, to the outskirts of Kostiantynivka, "
      "Ukrainian officers said.",), [("russia", 12000)]),
    (("A new Chechen battalion reached the Kursk region last week, Russian war bloggers said.",
      "Ukrainian intelligence put its strength at roughly 700."), [("russia", 700)]),
    (("Moscow's commanders admit that Ukrainian troops still hold parts of the Belgorod region, estimating their number at "
      "around 3,000.",), [("ukraine", 3000)]),
])
def test_unit_adjectives_elided_destinations_brought_units_its_size_and_held_ground(paragraphs: tuple, expected: list) -> None:
    assert sorted((r["country"], r["value"]) for r in extract_troop_deployments(_doc(*paragraphs))) == sorted(expected)


def test_a_second_estimate_after_while_sizes_the_senders_troops() -> None:
    doc = _doc("Ukrainian commanders said on Friday that Russia had gathered about 30,000 troops near Huliaipole, while a "
               "Western diplomat in Kyiv put the figure at nearer 25,000.")
    assert sorted((r["country"], r["value"]) for r in extract_troop_deployments(doc)) == [("russia", 25000), ("russia", 30000)]


def test_the_unit_moved_the_sentence_before_has_so_many_troops() -> None:
    doc = _doc("Russia has shifted a motor rifle regiment towards the border near Sudzha. The regiment has about 2,200 "
               "troops, a Ukrainian border guard spokesman said.")
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(doc)] == [("russia", 2200)]


@pytest.mark.parametrize(("text", "expected"), [
    # the country given only by a dotted abbreviation after "from"
    ("Roughly 3,100 paratroopers from the U.S. Army's 173rd Airborne Brigade have landed in Latvia, American officials "
     "said.", [("united_states", 3100, "Latvia")]),
    # a second count placed after its own figure, with an adjective before the town
    ("Ukraine has sent about 4,000 troops to the edge of Kupiansk and another 1,200 towards nearby Borova, a brigade "
     "spokesman said.", [("ukraine", 1200, "Borova"), ("ukraine", 4000, "Kupiansk")]),
    # the plan in the relative clause has its own date; the figure now is still a deployment
    ("About 900 Swedish soldiers are now based in Finland as part of a battalion that Stockholm intends to double by "
     "2028, the Swedish armed forces said.", [("sweden", 900, "Finland")]),
    ("Some 600 Ukrainian marines have crossed the river to the village of Kozachi Laheri, their commander said.",
     [("ukraine", 600, "Kozachi Laheri")]),
])
def test_dotted_origins_second_destinations_plans_of_the_unit_and_villages(text: str, expected: list) -> None:
    rows = extract_troop_deployments(_doc(text))
    assert sorted((r["country"], r["value"], r["location"]) for r in rows) == sorted(expected)


def test_troops_back_in_their_own_country_are_not_deployed() -> None:
    doc = _doc("The final 450 Belgian soldiers who spent the winter in Romania flew back to Belgium on Saturday, the "
               "Belgian army said.")
    assert extract_troop_deployments(doc) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the country given by an army's own name
    (("Roughly 650 troops of the Bundeswehr's 122nd Infantry Battalion have reached Lithuania, Vilnius said.",),
     [("germany", 650, "Lithuania")]),
    (("Units of the KPA's 94th Brigade, numbering about 2,500 soldiers, have been sent to Russia's Bryansk region, "
      "a Ukrainian intelligence officer said.",), [("north_korea", 2500, "Bryansk region")]),
    (("A 3,000-strong group of paratroopers from Russia's 106th Airborne Division has been moved to the Siversk "
      "direction, Kyiv said.",), [("russia", 3000, "Siversk")]),
    (("Lukashenko has sent up to 900 special operations troops to the Gomel region, Ukraine's border service said.",),
     [("belarus", 900, "Gomel region")]),
    (("Some 1,500 members of the BARS volunteer reserve have been sent to the Bryansk region, a Russian outlet said.",),
     [("russia", 1500, "Bryansk region")]),
    # a unit the sentence before gave to its owner ("its"), though another side's forces are named after it
    (("Ukraine has moved its 47th Mechanised Brigade to the Sumy region, where Russian troops have attacked in recent "
      "days, the brigade said.", "The brigade now numbers about 4,500 soldiers, a spokesman said."),
     [("ukraine", 4500, "Sumy region")]),
    # no country named: a side's own border or units
    (("About 800 conscripts have been sent to guard the border in Russia's Kursk region, their mothers told reporters.",),
     [("russia", 800, "Kursk region")]),
])
def test_armies_by_name_units_given_to_their_owner_and_troops_guarding_their_own_side(paragraphs: tuple, expected: list) -> None:
    rows = extract_troop_deployments(_doc(*paragraphs))
    assert sorted((r["country"], r["value"], r["location"]) for r in rows) == sorted(expected)


@pytest.mark.parametrize("text", [
    "About 1,300 soldiers of the US 1st Armored Division returned to Fort Bliss, Texas, on Friday after completing a "
    "rotation in Lithuania, the Army said.",
    "A permanent Dutch battalion in Lithuania, of about 1,000 troops, would cost some €400m a year, a government "
    "study estimated.",
])
def test_troops_back_at_a_home_fort_and_a_costed_force_are_not_deployed(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


def test_an_aside_naming_the_units_side_does_not_hide_the_unit_moved_before() -> None:
    doc = _doc("Moscow has shifted its 98th Airborne Division from Kherson to the Bakhmut area, Ukrainian officials said.",
               "The division, one of Russia's best-equipped formations, has about 6,500 paratroopers, they added.")
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(doc)] == [("russia", 6500)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In Latvia the lead falls to Canada, which currently has around 2,100 soldiers at Camp Adazi.", [("canada", 2100)]),
    ("Paris plans to grow its Romanian contingent into a full brigade of about 5,000 troops by the end of 2028.", []),
])
def test_a_country_that_has_troops_as_antecedent_and_a_target_by_the_end_of_a_year(text: str, expected: list) -> None:
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(_doc(text))] == expected


def test_casualties_mentioned_after_adding_that_belong_to_another_clause() -> None:
    doc = _doc("Some 3,000 North Korean soldiers have been sent to Russia's Belgorod region, Seoul's spy agency said, "
               "adding that some had been killed near Sudzha.")
    assert [(r["country"], r["value"]) for r in extract_troop_deployments(doc)] == [("north_korea", 3000)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Moscow has moved three motorised rifle regiments from Kherson to the Zaporizhzhia front, Kyiv said.",
      "Together the three regiments number about 4,500 soldiers, a Ukrainian spokesman added."), [("russia", 4500)]),
    (("Some 1,500 Ukrainian national guardsmen have been deployed along the border with Belarus, the guard said.",),
     [("ukraine", 1500)]),
    (("Pyongyang has sent another 2,000 soldiers to Russia, Seoul said, bringing the total it has deployed in Russia to "
      "about 13,000.",), [("north_korea", 2000), ("north_korea", 13000)]),
    (("About 800 Belarusian soldiers who had been stationed near the Polish border for most of the year have returned "
      "to their permanent bases after completing their rotation, Minsk said.",), []),
])
def test_plural_units_referred_back_guardsmen_a_total_it_has_deployed_and_a_completed_tour(paragraphs: tuple, expected: list) -> None:
    assert sorted((r["country"], r["value"]) for r in extract_troop_deployments(_doc(*paragraphs))) == sorted(expected)


def test_a_group_sized_later_is_the_movers_not_the_sayers() -> None:
    rows = extract_troop_deployments(_doc(
        "Ukraine's border guard service said on Monday that Russia has moved its 106th Guards Airborne Division from Tula "
        "to the Belgorod region.",
        "The division, one of Russia's best-known units, numbers about 7,000 paratroopers, the service said."))
    assert [(r["country"], r["value"]) for r in rows] == [("russia", 7000)]


@pytest.mark.parametrize("text", [
    "Pyongyang has agreed to send a further 4,000 soldiers to the Kursk region, Seoul's spy agency said.",
    "Estonian intelligence said Moscow intends to grow its forces near the border by some 20,000 troops within five years.",
    "Finnish officials said Russia planned to expand its army in the Karelia region by about 15,000 troops.",
])
def test_agreements_and_growth_of_an_army_are_not_deployments(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []


def test_the_sources_of_a_figure_are_not_troops() -> None:
    rows = extract_troop_deployments(_doc("Kyiv has moved two brigades, some 4,000 soldiers, to the Kupiansk sector, "
                                          "according to three Ukrainian officers."))
    assert [(r["country"], r["value"]) for r in rows] == [("ukraine", 4000)]


def test_fighting_with_the_enemy_is_not_serving_with_it() -> None:
    rows = extract_troop_deployments(_doc("Some 12,000 North Korean soldiers are stationed in Russia's Kursk region, "
                                          "Seoul's spy agency said, adding that hundreds had died in fighting with "
                                          "Ukrainian forces."))
    assert [(r["country"], r["deployed_to"], r["value"]) for r in rows] == [("north_korea", "russia", 12000)]


@pytest.mark.parametrize("text", [
    "About 2,000 Russian soldiers from the grouping of forces in the Bryansk region have returned to their bases in "
    "Smolensk after completing their rotation, the ministry said.",
    "Some 400 Danish soldiers who served eight months with NATO's battlegroup in Latvia returned home on Friday.",
    "About 900 Belarusian servicemen and 80 pieces of equipment have moved to the Brest training ground for a snap "
    "combat-readiness check, the Belarusian defence ministry said.",
])
def test_troops_back_from_a_tour_or_in_a_snap_check_are_not_deployed(text: str) -> None:
    assert extract_troop_deployments(_doc(text)) == []
