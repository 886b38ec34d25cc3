"""Air-attack claim extraction: behaviours, the labelled eval set, the shared seeds, robustness."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep import ids
from sitrep.air_attacks import EXTRACTOR_VERSION, extract_air_attacks
from sitrep.benchmark.accuracy import case_document
from sitrep.models import Document, Post
from sitrep.schemas import AIR_ATTACKS

CASES = Path(__file__).parent / "data" / "air_attack_cases.jsonl"
STRUCTURED_CASES = Path(__file__).parent / "data" / "air_attack_cases_structured.jsonl"  # summaries, lists, multi-sentence
PRECISION_CASES = Path(__file__).parent / "data" / "air_attack_cases_precision.jsonl"  # negatives and attribution traps
SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the repo
KEY = ("attacker", "weapon", "launched", "intercepted", "lost")


def _doc(*paragraphs: str, published: date | None = None, timestamp: datetime | None = None, headline=None) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        document_id=ids.document_id(text.encode()),
        source_uri="s3://bucket/in/doc.txt",
        title=None,
        published=published,
        posts=(Post(headline=headline, paragraphs=tuple(paragraphs), timestamp=timestamp),),
        publisher="The Example",
        url="https://example.org/live",
    )


def _keys(doc: Document) -> list[tuple]:
    return [tuple(r[k] for k in KEY) for r in extract_air_attacks(doc)]


def _score(predicted: list[tuple], expected: list[tuple]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of two multisets of claim keys."""
    tp = sum((Counter(predicted) & Counter(expected)).values())
    return tp, len(predicted) - tp, len(expected) - tp


# ---------------------------------------------------------------- rows


def test_rows_are_complete_air_attacks_records() -> None:
    doc = _doc("Ukrainian air defences shot down 30 of the 45 drones Russia launched overnight, the air force said.")
    (row,) = extract_air_attacks(doc)
    assert list(row) == AIR_ATTACKS.schema.names
    pa.Table.from_pylist([row], schema=AIR_ATTACKS.schema)  # types and nullability fit
    assert row["document_id"] == doc.document_id
    assert row["source_uri"] == doc.source_uri
    assert row["source_url"] == doc.url
    assert row["publisher"] == doc.publisher
    assert row["extractor_version"] == EXTRACTOR_VERSION
    assert row["evidence"] in doc.posts[0].body
    assert (row["launched"], row["intercepted"], row["qualifier"], row["claimant"]) == (45, 30, "exact", "Ukrainian air force")


def test_claim_ids_are_stable_and_unique() -> None:
    doc = _doc(
        "Russia launched 60 drones and 8 missiles overnight, the air force said.",
        "Russian air defences destroyed 12 Ukrainian drones, the Russian defence ministry said.",
    )
    first = [r["claim_id"] for r in extract_air_attacks(doc)]
    assert first == [r["claim_id"] for r in extract_air_attacks(doc)]
    assert len(set(first)) == len(first) == 3


@pytest.mark.parametrize(
    "timestamp, published, expected",
    [
        (datetime(2025, 1, 4, 9, 35), date(2025, 1, 5), "2025-01-04"),
        (None, date(2025, 1, 5), "2025-01-05"),
        (None, None, "unknown"),
    ],
)
def test_report_date(timestamp, published, expected) -> None:
    doc = _doc("Russia fired 20 missiles at Ukraine, the air force said.", published=published, timestamp=timestamp)
    assert [r["report_date"] for r in extract_air_attacks(doc)] == [expected]


def test_qualifier_only_describes_launched() -> None:
    (row,) = extract_air_attacks(_doc("At least 25 Ukrainian drones were destroyed over the Rostov region."))
    assert (row["launched"], row["intercepted"], row["qualifier"]) == (None, 25, None)


def test_never_raises_and_returns_nothing_for_an_empty_document() -> None:
    empty = Document(document_id="d", source_uri="d", title=None, published=None, posts=())
    assert extract_air_attacks(empty) == []
    assert extract_air_attacks(_doc("")) == []


# ---------------------------------------------------------------- behaviours


def test_neighbouring_sentences_merge_into_one_claim() -> None:
    doc = _doc(
        "Air defences shot down 52 out of 90 Russian drones overnight, the air force said.",
        "Of the remaining drones, 35 were \u201clost\u201d, a reference to electronic jamming.",
    )
    assert _keys(doc) == [("russia", "drone", 90, 52, 35)]


def test_of_the_total_then_parts() -> None:
    doc = _doc("Russia launched 140 drones overnight. Of the 140, 97 were downed and 38 were lost, the air force said.")
    assert _keys(doc) == [("russia", "drone", 140, 97, 38)]


def test_headline_and_body_repeat_is_one_row() -> None:
    doc = _doc(
        "Ukraine's air force said it downed 41 of 60 Russian drones overnight.",
        headline="Ukraine downs 41 Russian drones",
    )
    assert _keys(doc) == [("russia", "drone", 60, 41, None)]


def test_repeat_with_vaguer_claimant_later_is_one_row() -> None:
    doc = _doc(
        "Russia's air defences destroyed 19 Ukrainian drones overnight, the Russian defence ministry said.",
        "Elsewhere, talks on a ceasefire stalled.",
        "Sanctions were also discussed.",
        "Moscow said its air defences had destroyed 19 Ukrainian drones overnight.",
    )
    rows = extract_air_attacks(doc)
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows] == [("ukraine", 19, "Russian defence ministry")]


def test_same_numbers_from_different_claimants_are_two_rows() -> None:
    doc = _doc(
        "Vladimir Putin said Russia had launched 70 missiles at Ukraine.",
        "Volodymyr Zelensky said Russia had launched 70 missiles at Ukraine.",
    )
    assert sorted(r["claimant"] for r in extract_air_attacks(doc)) == ["Vladimir Putin", "Volodymyr Zelensky"]


def test_regional_breakdown_is_not_a_separate_claim() -> None:
    doc = _doc(
        "Russian air defences destroyed 21 Ukrainian drones overnight, the defence ministry said.",
        "Sixteen of the drones were shot down over the Bryansk region and one each over Kursk and Oryol.",
    )
    rows = extract_air_attacks(doc)
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows] == [("ukraine", 21, "Russian defence ministry")]


def test_several_weapons_are_one_row_each_with_types() -> None:
    doc = _doc("Russia fired 4 Kinzhal missiles, 12 Kalibr cruise missiles and 85 Shahed drones, the air force said.")
    rows = extract_air_attacks(doc)
    assert [(r["weapon"], r["weapon_type"], r["launched"]) for r in rows] == [
        ("missile", "Kinzhal", 4),
        ("missile", "Kalibr", 12),
        ("drone", "Shahed", 85),
    ]


def test_one_number_for_missiles_and_drones_is_mixed() -> None:
    doc = _doc("Russia launched nearly 150 missiles and drones at Ukraine, Zelensky said.")
    rows = extract_air_attacks(doc)
    assert [(r["weapon"], r["launched"], r["qualifier"]) for r in rows] == [("mixed", 150, "approx")]


def test_inconsistent_claims_are_kept_as_stated() -> None:
    doc = _doc("Air defences shot down 70 of the 60 drones Russia launched, with 15 more lost, the air force said.")
    assert _keys(doc) == [("russia", "drone", 60, 70, 15)]


@pytest.mark.parametrize(
    "sentence, lost",
    [
        ("Russia launched 50 drones; 30 were shot down and 12 were suppressed by electronic warfare.", 12),
        ("Russia launched 50 drones; 30 were shot down and 12 remain unaccounted for.", None),
        ("Russia launched 50 drones; 30 were shot down and 12 flew back to Russia.", None),
    ],
)
def test_lost_is_only_electronic_warfare(sentence: str, lost: int | None) -> None:
    assert _keys(_doc(sentence + " The Ukrainian air force said so.")) == [("russia", "drone", 50, 30, lost)]


def test_combined_shot_down_or_suppressed_counts_as_intercepted() -> None:
    doc = _doc("The air force said it had shot down or suppressed 44 of the 58 drones Russia launched.")
    assert _keys(doc) == [("russia", "drone", 58, 44, None)]


def test_targets_hit_go_to_the_claim() -> None:
    (row,) = extract_air_attacks(_doc("Russia fired 11 missiles at Kharkiv, hitting 4 sites, the governor said."))
    assert (row["launched"], row["hit"]) == (11, 4)


@pytest.mark.parametrize(
    "sentence, attacker",
    [
        ("Ukraine's air force said it destroyed 40 drones overnight.", "russia"),
        ("Russian forces shot down 9 drones near the border, the governor of the Bryansk region said.", "ukraine"),
        ("Nine drones were downed over the Belgorod region overnight, officials said.", "ukraine"),
        ("The air force said 25 drones were shot down.", "russia"),
        ("The Russian defence ministry said 25 drones were shot down.", "ukraine"),
        ("Air defences intercepted 3 Storm Shadow missiles, officials said.", "ukraine"),
    ],
)
def test_attacker_inferred_from_who_defends(sentence: str, attacker: str) -> None:
    assert [r["attacker"] for r in extract_air_attacks(_doc(sentence))] == [attacker]


def test_attacker_undeterminable_means_no_row() -> None:
    assert extract_air_attacks(_doc("Twelve drones were shot down overnight.")) == []


def test_claimant_of_a_quote_introduced_with_a_colon() -> None:
    doc = _doc(
        "President Vladimir Putin spoke in Minsk on Friday.",
        "Addressing officials, Putin said:",
        "\u201cThis morning our forces carried out a strike with 45 missiles and 70 drones.\u201d",
    )
    rows = extract_air_attacks(doc)
    assert {(r["attacker"], r["claimant"]) for r in rows} == {("russia", "Vladimir Putin")}


def test_claimant_he_is_the_last_speaker() -> None:
    doc = _doc(
        "Russia attacked Ukraine's energy grid overnight, President Volodymyr Zelensky said.",
        "In a video address, he said: \u201cThe enemy used 64 missiles and more than 100 drones.\u201d",
    )
    rows = extract_air_attacks(doc)
    assert [(r["weapon"], r["launched"], r["qualifier"], r["claimant"]) for r in rows] == [
        ("missile", 64, "exact", "Volodymyr Zelensky"),
        ("drone", 100, "more_than", "Volodymyr Zelensky"),
    ]


def test_claimant_named_in_an_apposition() -> None:
    doc = _doc("Roman Starovoit, governor of the Kursk region, said 17 Ukrainian drones had been destroyed.")
    assert [r["claimant"] for r in extract_air_attacks(doc)] == ["Roman Starovoit"]


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Suspilne, citing the head of the Sumy regional administration, Oleh Hryhorov, said 22 drones were downed.",
         "Oleh Hryhorov"),
        ("Russia sent 15 drones at Odesa overnight, Dumska reported, citing the regional governor, Oleh Kiper.", "Oleh Kiper"),
    ],
)
def test_an_outlet_citing_an_office_credits_the_person_named_beside_it(text: str, claimant: str) -> None:
    assert [r["claimant"] for r in extract_air_attacks(_doc(text))] == [claimant]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian drones struck a depot more than 600 miles inside Russian territory.",
        "The package is worth $400 million and includes missiles for air defence.",
        "Some 3,000 troops support the drone units.",
        "Russia can produce 300 drones a day, intelligence officials said.",
        "Russia could launch up to 1,000 drones in one night, analysts warned.",
        "Russia launched a massive drone attack on Odesa overnight.",
        "Drones cause 70 per cent of casualties.",
        "In 2024 Russia used drones on an unprecedented scale.",
        "Five people were hurt when debris from a downed drone fell on a house.",
    ],
)
def test_not_claims(sentence: str) -> None:
    assert extract_air_attacks(_doc(sentence)) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a revised figure stated as "its updated tally was": the figure it revises, not a launch count, nor "Its" as claimant
        (("The Russian defence ministry initially said 20 Ukrainian drones had been destroyed overnight. Its updated tally was 27.",),
         [("ukraine", "drone", None, 27, None)]),
        # a share in brackets beside a part: "61 (68%) of the 90"
        (("The air force said 61 (68%) of the 90 drones were shot down.",), [("russia", "drone", 90, 61, None)]),
        # one weapon named with an article is a part of a larger figure for the same role
        (("A drone was shot down near Kyiv as Russia sent 38 drones overnight; 30 were intercepted, the air force said.",),
         [("russia", "drone", 38, 30, None)]),
        # a third country's official reports its own drone; the launcher is named only in another reporter's clause
        (("Belarus's defence ministry said it downed a drone over the Gomel region; Ukraine's air force said Russia had launched 58 drones.",),
         [("russia", "drone", 58, None, None)]),
        # "initially said at least 40": a preliminary count the same claimant's full report raises
        (("The air force initially said at least 40 drones had been launched.",
          "In its morning summary the air force said Russia had launched 57 drones, of which 41 were shot down."),
         [("russia", "drone", 57, 41, None)]),
        # "put the number of injured at 14": a figure of something else revises no weapon count
        (("Russia fired 10 missiles at Kyiv, the air force said. Officials put the number of injured at 14.",),
         [("russia", "missile", 10, None, None)]),
    ],
)
def test_revisions_parts_and_third_countries(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    assert _keys(_doc(*paragraphs)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "August in figures: 4,100 drones, 140 missiles fired at Ukraine, according to an AFP count.",
        "Only 6% of the 1,000 ballistic missiles fired by Russia have been intercepted, analysts estimate.",
        "Russia fired 300 drones at Kyiv overnight, military analysts at a London think tank estimate.",
        "In trials, the new interceptor drone destroyed 9 of 10 target drones, its maker said.",
        "Investigators found chips from 12 countries in one drone downed near Kyiv.",
    ],
)
def test_not_claims_estimates_tallies_and_tests(sentence: str) -> None:
    assert extract_air_attacks(_doc(sentence)) == []


# ---------------------------------------------------------------- eval set


def _load_cases(path: Path = CASES) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("path", [CASES, STRUCTURED_CASES], ids=lambda p: p.stem)
def test_eval_set_is_large_and_varied_enough(path: Path) -> None:
    cases = _load_cases(path)
    assert len(cases) >= 60
    assert sum(1 for c in cases if not c["expected"]) >= 15
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.mark.parametrize("path", [CASES, STRUCTURED_CASES, PRECISION_CASES], ids=lambda p: p.stem)
def test_eval_set_precision_and_recall(path: Path) -> None:
    tp = fp = fn = 0
    failures = []
    for case in _load_cases(path):
        predicted = _keys(case_document(case))  # the real clean stage: live-blog posts split at their bylines
        expected = [tuple(e[k] for k in KEY) for e in case["expected"]]
        t, f, n = _score(predicted, expected)
        tp, fp, fn = tp + t, fp + f, fn + n
        if f or n:
            failures.append((case["id"], predicted, expected))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{path.stem}: P={precision:.3f} R={recall:.3f} tp={tp} fp={fp} fn={fn}")
    assert precision >= 0.95 and recall >= 0.95, failures


def test_eval_set_new_fields() -> None:
    """Where a case gives weapon_type, regions, time_window, scope, launch_site or dates, they match."""
    total = right = 0
    failures = []
    for case in _load_cases():
        rows = extract_air_attacks(case_document(case))
        for expected in case["expected"]:
            key = tuple(expected[k] for k in KEY)
            row = next((r for r in rows if tuple(r[k] for k in KEY) == key), None)
            for name, want in expected.items():
                if name in KEY or name in ("qualifier", "claimant") or row is None:
                    continue
                got = row[name].isoformat() if isinstance(row[name], datetime) else row[name]
                ok = sorted(got) == sorted(want) if name == "regions" else got == want
                total, right = total + 1, right + ok
                if not ok:
                    failures.append((case["id"], name, got, want))
    print(f"air_attack_cases fields: {right}/{total}")
    assert total >= 40 and right / total >= 0.95, failures


# ---------------------------------------------------------------- new fields


def test_date_source_and_publisher_apart_from_claimant() -> None:
    (row,) = extract_air_attacks(_doc("Russia fired 20 missiles at Ukraine, the air force said.", published=date(2025, 2, 3)))
    assert (row["report_date"], row["date_source"]) == ("2025-02-03", "article_date")
    assert (row["publisher"], row["claimant"]) == ("The Example", "Ukrainian air force")
    (row,) = extract_air_attacks(_doc("Russia fired 20 missiles at Ukraine, the air force said."))
    assert (row["report_date"], row["date_source"]) == ("unknown", "unknown")


def test_relative_dates_move_the_report_date() -> None:
    doc = _doc("Russian air defences destroyed 14 Ukrainian drones yesterday, the ministry said.", published=date(2025, 2, 3))
    (row,) = extract_air_attacks(doc)
    assert (row["report_date"], row["date_source"]) == ("2025-02-02", "relative")


def test_window_end_date_is_the_report_date() -> None:
    doc = _doc(
        "From 20:00 on 9 February to 07:00 on 10 February, air defences destroyed 33 Ukrainian UAVs, the ministry said.",
        published=date(2025, 2, 11),
    )
    (row,) = extract_air_attacks(doc)
    assert (row["window_start"], row["window_end"]) == (datetime(2025, 2, 9, 20), datetime(2025, 2, 10, 7))
    assert (row["report_date"], row["date_source"]) == ("2025-02-10", "relative")


def test_named_night() -> None:
    doc = _doc("Overnight into 20 March, the enemy attacked with 77 Shahed drones, the air force said.", published=date(2025, 3, 21))
    (row,) = extract_air_attacks(doc)
    assert (row["time_window"], row["window_end"], row["report_date"]) == (
        "overnight into March 20", datetime(2025, 3, 20), "2025-03-20"
    )


@pytest.mark.parametrize(
    "sentence, weapon_type",
    [
        ("Russia launched 40 Geran-2 drones at Ukraine, the air force said.", "Shahed"),
        ("Russia fired 2 Kh-31P missiles at Odesa, the navy said.", "Kh-31"),
        ("Russia fired 6 Kh-101 cruise missiles at Ukraine, the air force said.", "Kh-101"),
        ("Russia fired 3 Iskander-K missiles at Ukraine, the air force said.", "Iskander-K"),
        ("Russia fired 5 ballistic missiles at Ukraine, the air force said.", "ballistic"),
        ("Russia fired 2 Zircon missiles at Kyiv, the air force said.", "Zircon"),
    ],
)
def test_weapon_types_are_normalised(sentence: str, weapon_type: str) -> None:
    assert [r["weapon_type"] for r in extract_air_attacks(_doc(sentence))] == [weapon_type]


def test_regions_are_normalised_and_capitals_need_a_place_context() -> None:
    doc = _doc("Kyiv said Russian air defences had downed 26 Ukrainian drones over the Voronezh region, the Sea of Azov and "
               "Crimea, the Russian defence ministry said.")
    (row,) = extract_air_attacks(doc)
    assert row["regions"] == ["Voronezh", "Sea of Azov", "Crimea"]
    (row,) = extract_air_attacks(_doc("Russia fired 9 missiles at Ukraine, the air force said."))
    assert row["regions"] == []


def test_launch_sites_belong_to_their_own_count() -> None:
    doc = _doc("The enemy launched 3 Kalibr missiles from the Black Sea and 50 drones from the Kursk and Oryol regions, "
               "the air force said.")
    rows = extract_air_attacks(doc)
    assert [(r["weapon"], r["launched"], r["launch_site"]) for r in rows] == [
        ("missile", 3, "Black Sea"), ("drone", 50, "Kursk and Oryol regions")
    ]


@pytest.mark.parametrize(
    "sentence, scope",
    [
        ("Russia launched 80 drones at Ukraine overnight, the air force said.", "national"),
        ("Governor Oleh Syniehubov said Russia had launched 12 drones at the Kharkiv region.", "regional"),
        ("Air Command West said 7 Shahed drones were shot down over the Lviv region.", "regional"),
        ("Gladkov said 5 Ukrainian drones were destroyed over Belgorod.", "regional"),
        ("The Russian defence ministry said 40 Ukrainian drones were destroyed over the Kursk region.", "national"),
    ],
)
def test_scope(sentence: str, scope: str) -> None:
    assert [r["scope"] for r in extract_air_attacks(_doc(sentence))] == [scope]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("Russia launched 26 drones and 3 missiles overnight; air defences destroyed 20 drones and all three missiles, "
          "the air force said.",), [("russia", "drone", 26, 20, None), ("russia", "missile", 3, 3, None)]),
        (("Russia launched 12 Shahed drones at Sumy overnight. All 12 were shot down, the air force said.",),
         [("russia", "drone", 12, 12, None)]),
        (("Ukraine attacked the Bryansk region with 11 drones, all of which were destroyed, the governor said.",),
         [("ukraine", "drone", 11, 11, None)]),
        (("Russia fired 2 Kinzhal missiles at Kyiv; both were intercepted, the air force said.",),
         [("russia", "missile", 2, 2, None)]),
        (("Air defences destroyed a dozen Russian drones over the Odesa region, the air force said.",),
         [("russia", "drone", None, 12, None)]),
        (("Russia attacked with 74 drones, the air force said. Air defence neutralized 55 drones, "
          "14 imitator drones were locationally lost.",), [("russia", "drone", 74, 55, 14)]),  # a comma splice
        (("Russia pounds Kyiv with 315 kamikaze drones and ballistic missiles",
          "Russia launched 315 drones and seven missiles overnight, the air force said."),
         [("russia", "drone", 315, None, None), ("russia", "missile", 7, None, None)]),  # the headline's 315 is the drones'
    ],
)
def test_combined_reports(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _keys(_doc(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the start of the full-scale invasion, Russia has launched more than 40,000 drones at Ukraine.",
        "Ukraine's air force has shot down over 3,000 cruise missiles since February 2022, it said.",
        "Russia is producing some 170 Shahed drones a day, Ukrainian intelligence said.",
        "Analysts expect Russia to launch up to 2,000 drones in a single night next year.",
        "The factory assembled 600 Geran drones in March, the report said.",
        "Drone parts worth €40 million and 120 tonnes of explosives were seized.",
        "The drones flew 900 miles before hitting the plant, officials said.",
    ],
)
def test_not_claims_new(sentence: str) -> None:
    assert extract_air_attacks(_doc(sentence)) == []


def test_weapons_named_only_in_the_sentence_before() -> None:
    """ "N of them" with no figure open takes its weapon from the sentence before; "or so" is approximate;
    a present-tense relative clause on the counted weapons is a habit, not an attack."""
    doc = _doc("The enemy attacked Odesa region with attack drones overnight. Air defence destroyed 23 of them, Oleh Kiper said.")
    assert _keys(doc) == [("russia", "drone", None, 23, None)]
    (row,) = extract_air_attacks(_doc("Russia launched 100 or so drones overnight, the air force said."))
    assert (row["launched"], row["qualifier"]) == (100, "approx")
    assert extract_air_attacks(_doc("On some nights, more than half of the 100 drones Russia launches are decoys.")) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (("Officials said 30 drones attacked the Odesa region overnight and that 26 of them were shot down.",),
         [("russia", "drone", 30, 26, None)]),  # the passive verb after "and" has a subject of its own
        (("Twenty-five drones launched from the Kursk and Oryol regions were shot down, the air force said.",),
         [("russia", "drone", None, 25, None)]),  # a participle, then the main verb
        (("Russia launched 58 drones and one Iskander-M, the air force said. The missile was not intercepted. "
          "Fifty drones were downed; the rest were lost.",),
         [("russia", "drone", 58, 50, 8), ("russia", "missile", 1, 0, None)]),  # the rest of this sentence's claim
        (("The air force initially said 120 drones were launched. Later, it raised the number of drones to 131, "
          "saying 96 had been shot down.",), [("russia", "drone", 131, 96, None)]),
        (("The ministry said 49 Ukrainian drones were destroyed overnight.",
          "It later upped its count to 57, saying eight more had been downed near Moscow."),
         [("ukraine", "drone", None, 57, None)]),  # "eight more" is what the revision added
        (("Russia launched 4 Kh-101 missiles and 60 drones, the air force said. Air defences downed all Kh-101s and 41 drones.",),
         [("russia", "missile", 4, 4, None), ("russia", "drone", 60, 41, None)]),
        (("Russia first used Shahed drones in September 2022. Since then it has launched more than 35,000 of them.",), []),
        (("The alert began at 01:10. Since then, 34 drones have been shot down over Kyiv, the city administration said.",),
         [("russia", "drone", None, 34, None)]),
    ],
)
def test_long_text_patterns(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    assert _keys(_doc(*paragraphs)) == expected


def _blog(*posts: str) -> Document:
    """A live blog through the real clean stage: posts newest first, each closed by its byline."""
    return case_document({"id": "blog", "text": "\n\n".join(posts), "published": "2025-03-04"})


def test_update_post_with_other_figures_is_a_row_of_its_own() -> None:
    """benchmarks/README.md: only an update with the same figures is the same row; the events table
    records the revision between the two."""
    doc = _blog(
        "Ukraine war live",
        "Air force raises count\n\nThe air force has updated its figures. It now says Russia launched 146 drones, "
        "97 of which were shot down.\n\nJane Doe 4 March 2025 11:20",
        "Russia launched 138 drones\n\nRussia launched 138 drones overnight, the air force said; 91 were shot down and 39 "
        "were lost.\n\nJane Doe 4 March 2025 07:40",
    )
    assert sorted(_keys(doc)) == [("russia", "drone", 138, 91, 39), ("russia", "drone", 146, 97, None)]


def test_later_post_for_another_day_or_claimant_is_kept() -> None:
    doc = _blog(
        "Ukraine war live",
        "Overnight\n\nRussia launched 103 drones overnight, the air force now says; 77 were shot down.\n\n"
        "Jane Doe 5 March 2025 08:20",
        "Zelensky\n\nZelensky now says Russia used 140 drones overnight.\n\nJane Doe 4 March 2025 12:00",
        "Overnight\n\nRussia launched 138 drones overnight, the air force said; 91 were shot down.\n\n"
        "Jane Doe 4 March 2025 07:40",
    )
    assert sorted(_keys(doc)) == [("russia", "drone", 103, 77, None), ("russia", "drone", 138, 91, None),
                                  ("russia", "drone", 140, None, None)]


def test_signature_line_credits_a_list() -> None:
    doc = _doc("Night of 8 May:", "- 27 attack drones launched by the enemy", "- 22 shot down", "Odesa regional military administration")
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        (27, 22, "Odesa regional military administration")
    ]


def test_claim_ids_are_unique_even_for_identical_figures() -> None:
    doc = _doc(
        "Russia launched 40 drones overnight into Monday; 30 were shot down, the air force said.",
        "Elsewhere, diplomats met in Geneva. Talks continued. Nothing was agreed.",
        "Russia launched 40 drones overnight into Tuesday; 30 were shot down, the air force said.",
        published=date(2025, 3, 12),
    )
    ids_ = [r["claim_id"] for r in extract_air_attacks(doc)]
    assert len(ids_) == len(set(ids_))


# ---------------------------------------------------------------- shared seeds


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not available")
def test_seeds_against_gold() -> None:
    gold = [json.loads(line) for line in (SHARED / "gold" / "seeds_air_attacks.jsonl").read_text().splitlines() if line]
    predicted, required, optional = [], [], []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        lines = tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        doc = Document(ids.document_id(path.read_bytes()), str(path), None, None, (Post(None, lines),))
        predicted += [(path.name, *k) for k in _keys(doc)]
    for g in gold:
        (optional if g.get("optional") else required).append((g["file"], *(g[k] for k in KEY)))
    predicted = [p for p in predicted if p not in optional]
    tp, fp, fn = _score(predicted, required)
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"seeds: tp={tp} fp={fp} fn={fn} F1={f1:.3f}")
    assert f1 >= 0.9


# ---------------------------------------------------------------- robustness

_VOCAB = (
    "Russia Russian Ukraine Ukrainian Moscow Kyiv enemy air force defence ministry governor of the Kursk region "
    "he said says claimed according to : , . ; “ ” \" launched fired attacked with using shot down downed destroyed "
    "intercepted lost jammed suppressed unaccounted for flew back hit targets drones drone missiles missile UAVs "
    "Shahed Kalibr Kh-101 Iskander-M and or of them of which out of the other all both none one each including "
    "over at least up to more than about between 0 1 12 34 81 1,200 1 200 thirty-four a hundred and twelve a dozen "
    "miles km $ % per cent troops people 2024 overnight were was had been"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=60), st.lists(st.text(max_size=80), max_size=3))
def test_never_raises_on_arbitrary_text(words: list[str], noise: list[str]) -> None:
    paragraphs = [" ".join(words), *noise]
    doc = Document("d", "d", None, None, (Post(headline=" ".join(words[:8]) or None, paragraphs=tuple(paragraphs)),))
    for row in extract_air_attacks(doc):
        assert row["attacker"] in ("russia", "ukraine")
        assert row["weapon"] in ("drone", "missile", "mixed")
        assert any(row[k] is not None for k in ("launched", "intercepted", "lost"))


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # an air command's count of what came over its regions
    (("Air Command South said 26 Shahed drones entered the airspace over the Odesa and Mykolaiv regions overnight, "
      "and that 19 of them were destroyed.",), [(26, 19, None)]),
    # ... but drones that crossed into another country are no count of an attack
    (("Two Russian drones entered Romanian airspace overnight, the Romanian defence ministry said.",), []),
    # weapons that "accompanied" a strike were launched
    (("The missile attack was accompanied by 64 drones, of which 40 were downed and 21 lost locationally, the air force said.",),
     [(64, 40, 21)]),
    # a sentence with its own month is a total, even when "of them" points at weapons named before
    (("Russia's factories are thought to make about 2,400 Shaheds a month. In August alone, Russia fired more than "
      "5,500 of them at Ukraine, officials said.",), []),
])
def test_entered_accompanied_and_monthly_of_them(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 6, 1)))
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in rows] == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # an earlier attack as the subject, or recalled in a "when" clause, is no claim of this night
    (("Russia launched 70 drones overnight, the air force said. The previous record attack, in mid-June, involved 480 "
      "drones and 20 missiles.",), [(70, None, None)]),
    (("Russia launched 52 drones overnight, the air force said. That was well below the attack two days earlier, when "
      "Russia launched 310 drones.",), [(52, None, None)]),
    # a ratio is no count; "in 24 hours" is a period, not a ratio
    (("Only about one in five ballistic missiles is shot down, analysts say.",), []),
    (("Russia's defence ministry said it had destroyed 64 Ukrainian drones in 24 hours.",), [(None, 64, None)]),
    # a correction note quotes the wrong figure it replaces
    (("Correction: an earlier version of this report wrongly said 31 drones had been shot down.",
      "Ukraine's air force said 38 of 45 drones were shot down overnight."), [(45, 38, None)]),
    # debris is no launch count
    (("Romanian authorities said fragments of three drones were found near the Danube after the attack on Izmail.",), []),
    # "flew into" and "were flying over" a Ukrainian place are launches; a mayor's title may be long
    (("Around 20 drones were flying over Kyiv overnight, head of the Kyiv City Military Administration Tymur Tkachenko "
      "said, adding that 17 of them were shot down.",), [(20, 17, None)]),
])
def test_afternoon_rules(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in rows] == expected


def test_an_update_of_a_full_count_is_a_row_of_its_own_but_a_preliminary_mixed_count_is_not() -> None:
    rows = extract_air_attacks(_doc(
        "At 08:00 the air force said Russia had launched 84 drones, of which 61 were shot down and 17 lost to jamming.",
        "In an updated statement at 13:00 the air force said 66 of the 84 drones had been shot down and 15 lost.",
        published=date(2025, 7, 1)))
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in rows] == [(84, 61, 17), (84, 66, 15)]
    rows = extract_air_attacks(_doc(
        "In early figures the air force said it had detected about 300 air targets.",
        "Its full report said Russia had launched 262 drones and 21 missiles.", published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"]) for r in rows) == [("drone", 262), ("missile", 21)]


def test_a_later_posts_outcomes_complete_the_launch_count() -> None:
    doc = Document(
        document_id="blog", source_uri="mem://blog", title="Live", published=date(2025, 7, 1),
        posts=(
            Post(None, ("Russia fired five Kalibr missiles and 75 drones overnight, the air force said.",),
                 "A. Writer", datetime(2025, 7, 1, 7, 0)),
            Post(None, ("The air force said later that three of the Kalibr missiles were shot down. Of the drones, 58 "
                        "were downed and 11 were lost to electronic warfare.",), "A. Writer", datetime(2025, 7, 1, 8, 30)),
        ),
    )
    rows = extract_air_attacks(doc)
    assert sorted((r["weapon"], r["launched"], r["intercepted"], r["lost"]) for r in rows) == [
        ("drone", 75, 58, 11), ("missile", 5, 3, None)]


def test_a_relative_clause_does_not_take_the_count_from_its_passive_verb() -> None:
    rows = extract_air_attacks(_doc("All nine drones that flew towards Lviv were shot down, the regional administration said.",
                                    published=date(2025, 7, 1)))
    assert [(r["launched"], r["intercepted"]) for r in rows] == [(9, 9)]


def test_a_figure_answering_a_question_takes_its_noun_and_verb() -> None:
    rows = extract_air_attacks(_doc("How many missiles did Russia launch? Eleven, according to the air force.",
                                    published=date(2025, 7, 1)))
    assert [(r["weapon"], r["launched"], r["claimant"]) for r in rows] == [("missile", 11, "Ukrainian air force")]
    assert extract_air_attacks(_doc("Why does Russia launch so many drones? Analysts point to cheap production.",
                                    published=date(2025, 7, 1))) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the launcher of a relative clause is no interceptor: "the missiles Russia fired had been intercepted, along with ..."
    (("The air force said 14 of the 19 missiles Moscow launched overnight had been destroyed, along with 90 of 104 drones.",),
     [("russia", "missile", 19, 14, None, "Ukrainian air force"), ("russia", "drone", 104, 90, None, "Ukrainian air force")]),
    # a long colon label that names its source after "figures from"
    (("Ukraine live: the day so far",
      "One more look at the overnight numbers from Ukraine's air force: 52 of 67 drones downed and 11 lost."),
     [("russia", "drone", 67, 52, 11, "Ukrainian air force")]),
    # a count that "is N drones", and a contrast that opens the other side's claim
    (("Ukraine live: the day so far",
      "To recap, the air force's final count is 88 drones, with 61 downed and 20 lost, whereas Moscow says it shot down "
      "31 Ukrainian drones over Kursk."),
     [("russia", "drone", 88, 61, 20, "Ukrainian air force"), ("ukraine", "drone", None, 31, None, "Russian defence ministry")]),
    # "has revised its figures. It now says ...": the body that revised them; "not 120 as reported earlier" is no other reporter
    (("The air force has revised its figures. It now says 97 drones were launched, not 90 as first reported, and 70 were "
      "shot down.",), [("russia", "drone", 97, 70, None, "Ukrainian air force")]),
])
def test_interceptions_of_launched_missiles_recaps_and_revisions(paragraphs: tuple[str, ...], expected: list[tuple]) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    got = [(r["attacker"], r["weapon"], r["launched"], r["intercepted"], r["lost"], r["claimant"]) for r in rows]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_a_preliminary_count_with_outcomes_gives_way_to_the_same_claimants_fuller_report() -> None:
    doc = _blog(
        "Ukraine war live",
        "Air Command East has now released its final tally: 31 drones destroyed over the Dnipro and Kharkiv regions."
        "\n\nJane Doe 4 March 2025 10:30",
        "In an early update, Air Command East said roughly 25 drones had been shot down over the east, adding that the "
        "count was not yet final.\n\nJane Doe 4 March 2025 07:10",
    )
    assert _keys(doc) == [("russia", "drone", None, 31, None)]
    # the same figures from two claimants, or a lower "final" figure, are no raise: both rows stay
    doc = _blog(
        "Ukraine war live",
        "Air Command East has now released its final tally: 22 drones destroyed over the east.\n\nJane Doe 4 March 2025 10:30",
        "In an early update, Air Command East said 25 drones had been shot down over the east.\n\nJane Doe 4 March 2025 07:10",
    )
    assert sorted(_keys(doc)) == [("russia", "drone", None, 22, None), ("russia", "drone", None, 25, None)]


def test_weapons_launched_in_a_month_are_no_count_of_one_night() -> None:
    rows = extract_air_attacks(_doc("Most of the 340 drones launched in late April were decoys, the air force said.",
                                    published=date(2025, 7, 1)))
    assert rows == []


def test_a_source_line_under_labelled_figures_credits_them() -> None:
    rows = extract_air_attacks(_doc("OVERNIGHT IN NUMBERS", "Cruise missiles — launched 14, shot down 11",
                                    "Attack drones — launched 96, shot down 70, lost to jamming 19",
                                    "Source: Ukrainian Air Force, 07:45", published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"], r["intercepted"], r["lost"], r["claimant"]) for r in rows) == [
        ("drone", 96, 70, 19, "Ukrainian air force"), ("missile", 14, 11, None, "Ukrainian air force")]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "its own figures:" labels the launch counts after it
    (("Later the air force gave its own figures: 231 drones and 12 missiles. It said 190 of the drones were downed.",),
     [("drone", 231, 190, "Ukrainian air force"), ("missile", 12, None, "Ukrainian air force")]),
    # a body's name in quotes is still its name
    (('Units of Air Command "West" destroyed 17 drones over the Lviv and Volyn regions, the command said.',),
     [("drone", None, 17, "Air Command West")]),
    # "gave a lower figure, writing that ...": the one who gave it
    (("Belgorod governor Vyacheslav Gladkov gave a lower figure for his region, writing that 12 drones had been downed. "
      "A Kursk official said power was cut in two villages.",), [("drone", None, 12, "Vyacheslav Gladkov")]),
    # a body that "recorded" the weapons counts them; hits "recorded" in places name no one
    (("The air force also recorded 52 attack drones, 41 of which were shot down; hits were recorded in three locations.",),
     [("drone", 52, 41, "Ukrainian air force")]),
    # the record attack named with its date is another night's
    (("The biggest barrage of the war, on 7 September, involved 810 drones, officials recalled.",), []),
])
def test_figure_labels_quoted_bodies_given_figures_and_dated_records(paragraphs: tuple[str, ...], expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    got = sorted(((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in rows), key=str)
    assert got == sorted(expected, key=str)


def test_a_semicolon_item_is_not_counted_by_the_verb_of_the_item_before() -> None:
    rows = extract_air_attacks(_doc("Overnight tally: 88 drones launched, 61 downed and 19 lost to jamming; two Iskander-M "
                                    "missiles, neither intercepted, the air force said.", published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"], r["intercepted"], r["lost"]) for r in rows) == [
        ("drone", 88, 61, 19), ("missile", 2, 0, None)]


def test_a_partitive_of_a_missile_class_goes_to_the_row_of_that_class() -> None:
    rows = extract_air_attacks(_doc("Russia fired four KN-23 ballistic missiles and six Kalibr cruise missiles, the air force "
                                    "said. It said five of the cruise missiles and one of the ballistic missiles were shot "
                                    "down.", published=date(2025, 7, 1)))
    assert sorted((r["weapon_type"], r["launched"], r["intercepted"]) for r in rows) == [("KN-23", 4, 1), ("Kalibr", 6, 5)]


def test_a_rocket_systems_name_is_no_launch() -> None:
    rows = extract_air_attacks(_doc("Air defences destroyed two rockets of a multiple launch rocket system and 48 drones over "
                                    "the past day, Russia's defence ministry said.", published=date(2025, 7, 1)))
    assert [(r["attacker"], r["launched"], r["intercepted"]) for r in rows] == [("ukraine", None, 48)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "the one on <date>, ..., when Russia launched ...": the dated attack named for comparison
    (("Kyiv wants interceptors for nights like the one on 12 July, the heaviest so far, when Russia fired 640 drones.",), []),
    # a figure said to be made up
    (("A screenshot that said Russia had launched 350 drones overnight was forged, the air force said.",), []),
    # a headline's rounded mixed figure over the body's drones and two missile types
    (("Russia fires nearly 500 drones and missiles at Ukraine",
      "Russia launched 452 drones, 30 Kalibr cruise missiles and 9 Iskander-M ballistic missiles, the air force said."),
     [("drone", 452), ("missile", 30), ("missile", 9)]),
    # the parent body named before a command is not the claimant
    (("The air force's Western Air Command said separately that its units had destroyed 12 drones over the Lviv region.",),
     [("drone", None)]),
])
def test_dated_comparisons_fakes_rounded_mixed_headlines_and_commands(paragraphs: tuple[str, ...], expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 10, 1)))
    assert sorted(((r["weapon"], r["launched"]) for r in rows), key=str) == sorted(expected, key=str)
    if rows and rows[0]["launched"] is None:
        assert rows[0]["claimant"] == "Western Air Command"


def test_a_hurled_missile_counts_one_and_failing_to_intercept_any_is_zero() -> None:
    rows = extract_air_attacks(_doc("Russia hurled an Iskander-M missile at Sumy on Friday, the governor said.",
                                    published=date(2025, 7, 1)))
    assert [(r["weapon"], r["launched"]) for r in rows] == [("missile", 1)]
    rows = extract_air_attacks(_doc("Russia launched four Kh-59 missiles at Zaporizhzhia; air defences could not shoot down "
                                    "any of them, the air force said.", published=date(2025, 7, 1)))
    assert [(r["launched"], r["intercepted"]) for r in rows] == [(4, 0)]


def test_a_headlines_round_figure_over_the_bodys_exact_one_is_the_same_claim() -> None:
    rows = extract_air_attacks(_doc("Russia launched 417 drones and 31 missiles at Ukraine overnight, the air force said.",
                                    headline="Russia fires some 420 drones and 30 missiles at Ukraine",
                                    published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"]) for r in rows) == [("drone", 417), ("missile", 31)]


def test_a_regional_count_does_not_complete_a_headline_the_body_states_exactly() -> None:
    rows = extract_air_attacks(_doc(
        "Russia launched 118 drones and two Iskander-M missiles at Ukraine overnight, mainly at the Kharkiv region, the "
        "air force said. Air defences downed 90 drones and one of the missiles.",
        "The Kharkiv governor, Oleh Syniehubov, said 11 drones had been shot down over the region.",
        headline="Russia fires nearly 120 drones and two missiles at Ukraine's east", published=date(2025, 7, 1)))
    assert sorted(((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in rows), key=str) == [
        ("drone", 118, 90, "Ukrainian air force"), ("drone", None, 11, "Oleh Syniehubov"),
        ("missile", 2, 1, "Ukrainian air force")]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "neither of which could be intercepted" closes the count it follows
    (("Russia struck Poltava with three Iskander-M missiles, none of which could be intercepted, the air force said.",),
     [("missile", 3, 0, "Ukrainian air force")]),
    # an exact first count revised to other exact figures: two rows (the labelling rule), "initially" or not
    (("The air force initially said Russia had launched 81 drones and that 60 had been shot down. Later it revised the "
      "figures to 86 drones launched and 63 shot down.",),
     [("drone", 81, 60, "Ukrainian air force"), ("drone", 86, 63, "Ukrainian air force")]),
    # drones that violated a neighbour's airspace are no count of the attack
    (("Romania's defence ministry said three drones had violated Romanian airspace overnight and one was shot down.",), []),
    # Russia strikes with its S-300 air defence missiles
    (("Russia fired six S-300 air defence missiles at Kharkiv overnight, the air force said.",),
     [("missile", 6, None, "Ukrainian air force")]),
    # "According to the governor of X, Name, ...": the person
    (("According to the governor of the Kursk region, Alexander Khinshtein, 14 drones were destroyed overnight.",),
     [("drone", None, 14, "Alexander Khinshtein")]),
    # "with reference to" cites the source
    (("As Ukrinform reports with reference to the Air Force, Russia attacked with 58 drones overnight; 41 were downed.",),
     [("drone", 58, 41, "Ukrainian air force")]),
    # a fronted "Of the N drones," is the whole its parts come from
    (('"Of the 52 drones, we destroyed 40," the spokesman of the air force said.',),
     [("drone", 52, 40, "Ukrainian air force")]),
])
def test_relative_nones_revised_pairs_neighbours_sams_apposed_and_cited_sources(paragraphs: tuple, expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    got = sorted(((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in rows), key=str)
    assert got == sorted(expected, key=str)


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Russia launched 35 drones and one Kalibr missile overnight, the air force said. The missile and 22 of the drones "
      "were shot down.",), [("drone", 35, 22), ("missile", 1, 1)]),
    (("Russia launched 50 drones and one Kinzhal missile overnight, the air force said. It did not say whether the missile "
      "was intercepted.",), [("drone", 50, None), ("missile", 1, None)]),
    (("Russia fired one Oreshnik missile and 20 drones at Dnipro, the air force said. The Oreshnik was not intercepted.",),
     [("drone", 20, None), ("missile", 1, 0)]),
])
def test_the_one_missile_downed_with_others_not_said_or_not_intercepted(paragraphs: tuple, expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"], r["intercepted"]) for r in rows) == expected


def test_a_headlines_regional_office_is_the_official_the_body_names_with_it() -> None:
    rows = extract_air_attacks(_doc("Ivan Fedorov, the head of the Zaporizhzhia regional military administration, said "
                                    "seven drones had been shot down over the region.",
                                    headline="Zaporizhzhia governor: seven drones downed", published=date(2025, 7, 1)))
    assert [(r["intercepted"], r["claimant"]) for r in rows] == [(7, "Ivan Fedorov")]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a fronted "In addition to / Besides N drones," shares the main verb
    (("Besides 24 drones, Russian forces fired three Iskander-M missiles at Sumy overnight, the air force said.",),
     [("drone", 24, None), ("missile", 3, None)]),
    # "half of them were shot down"
    (("Russia launched 64 drones at the Odesa region, and half of them were shot down, the governor said.",),
     [("drone", 64, 32)]),
    # another night's figure named for comparison
    (("Russia launched 52 drones overnight, 40 of which were downed, the air force said. That was well short of the 120 "
      "drones launched the previous night.",), [("drone", 52, 40)]),
    # a subject opening with an article and another count
    (("A single Kalibr missile and 16 drones were launched at Ukraine overnight, the air force said.",),
     [("drone", 16, None), ("missile", 1, None)]),
])
def test_fronted_besides_halves_previous_nights_and_a_leading_article(paragraphs: tuple, expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    assert sorted((r["weapon"], r["launched"], r["intercepted"]) for r in rows) == expected


def test_official_lists_launched_then_downed_with_emoji_bullets_and_inline_items() -> None:
    numbered = _doc("During the night the enemy struck with missiles and drones. Launched:",
                    "1. Kalibr cruise missiles – 8;", "2. Shahed attack UAVs and decoys – 64.",
                    "As of 08:30, the following were shot down/suppressed:", "1. Kalibr cruise missiles – 7;",
                    "2. UAVs – 50.", published=date(2025, 7, 1))
    assert sorted((r["weapon_type"], r["launched"], r["intercepted"]) for r in extract_air_attacks(numbered)) == [
        ("Kalibr", 8, 7), ("Shahed", 64, 50)]
    emoji = _doc("Overnight, the enemy attacked with:", "🔸 2 Iskander-M ballistic missiles;",
                 "🔸 70 Shahed strike UAVs.", "Shot down/suppressed: Iskander-M — 1; UAVs — 55.",
                 published=date(2025, 7, 1))
    assert sorted((r["weapon_type"], r["launched"], r["intercepted"]) for r in extract_air_attacks(emoji)) == [
        ("Iskander-M", 2, 1), ("Shahed", 70, 55)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Russia launched 38 drones overnight, 30 of which were downed, the air force said. It was a smaller attack than the "
      "night before, when Russia launched 71 drones.",), [(38, 30, None)]),
    (("Russia launched 60 drones overnight; 41 were shot down, and most of the rest were lost from radar, the air force "
      "said.",), [(60, 41, None)]),
])
def test_the_night_before_and_most_of_the_rest(paragraphs: tuple, expected: list) -> None:
    rows = extract_air_attacks(_doc(*paragraphs, published=date(2025, 7, 1)))
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in rows] == expected


def test_a_bodys_statement_is_the_body() -> None:
    rows = extract_air_attacks(_doc('"Air defence systems destroyed 33 Ukrainian drones over the past night," the Russian '
                                    "defence ministry's statement said.", published=date(2025, 7, 1)))
    assert [(r["intercepted"], r["claimant"]) for r in rows] == [(33, "Russian defence ministry")]


def test_a_body_named_bare_after_its_sided_name_tells_the_attacker() -> None:
    rows = extract_air_attacks(_doc("The Russian defence ministry reported on Friday that 310 Ukrainian drones had been "
                                    "destroyed over the past seven days.",
                                    "In the latest night, the ministry said, 47 drones were shot down over six regions.",
                                    published=date(2025, 6, 6)))
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows] == [("ukraine", 47, "Russian defence ministry")]
    # with no sided name in the post, whose drones they were stays untold
    assert extract_air_attacks(_doc("In the latest night, the ministry said, 47 drones were shot down over six regions.",
                                    published=date(2025, 6, 6))) == []


def test_a_whole_figure_listed_with_shares_of_other_weapons_takes_their_verb() -> None:
    rows = extract_air_attacks(_doc("Russia fired 240 drones, nine ballistic missiles and five cruise missiles overnight, "
                                    "Ukraine's air force said.",
                                    "It said 201 drones, six of the ballistic missiles and four of the cruise missiles were "
                                    "destroyed.", published=date(2025, 9, 3)))
    assert sorted((r["weapon"], r["weapon_type"], r["launched"], r["intercepted"]) for r in rows) == [
        ("drone", None, 240, 201), ("missile", "ballistic", 9, 6), ("missile", "cruise", 5, 4)]


def test_all_the_missiles_of_a_class_downed_alongside_a_share_of_another() -> None:
    rows = extract_air_attacks(_doc("Russia launched four ballistic missiles and six cruise missiles at Kyiv region, the air "
                                    "force said. Two of the ballistic missiles were intercepted, as well as all the cruise "
                                    "missiles.", published=date(2025, 10, 2)))
    assert sorted((r["weapon_type"], r["launched"], r["intercepted"]) for r in rows) == [("ballistic", 4, 2), ("cruise", 6, 6)]


def test_a_later_statement_of_its_own_does_not_credit_the_figures_before_it() -> None:
    rows = extract_air_attacks(_doc("Russia sent 93 drones against Ukraine overnight, the air force said on Sunday. Of "
                                    "these, 61 were destroyed.",
                                    "A further 25 drones were lost from radar. Two apartment blocks in Kremenchuk were "
                                    "damaged by falling debris, the city's mayor Vitaliy Maletskyi said.",
                                    published=date(2025, 11, 9)))
    assert [(r["launched"], r["intercepted"], r["lost"], r["claimant"]) for r in rows] == [
        (93, 61, 25, "Ukrainian air force")]


@pytest.mark.parametrize(("text", "expected"), [
    # an earlier attack named as a yardstick: neither its figures nor its date are the claim's
    ("Russia fired 350 drones and 11 missiles at Ukraine overnight, its third-largest attack after the 810 drones "
     "launched on 7 September, the air force said.", [("drone", 350, "2025-10-12"), ("missile", 11, "2025-10-12")]),
    ("Only a few drones crossed into Ukraine overnight, a steep fall from the 190 drones and six missiles fired the "
     "night before, the air force said.", []),
    ("U.S.-made ATACMS missiles were not used, but the Russian defence ministry said it shot down three U.K.-made Storm "
     "Shadow missiles and 19 drones.", [("missile", 3, "2025-10-12"), ("drone", 19, "2025-10-12")]),
])
def test_yardsticks_and_abbreviated_makers(text: str, expected: list) -> None:
    rows = extract_air_attacks(_doc(text, published=date(2025, 10, 12)))
    assert [(r["weapon"], r["launched"] or r["intercepted"], r["report_date"]) for r in rows] == expected


def test_he_after_a_paragraph_whose_last_sentence_names_the_official() -> None:
    rows = extract_air_attacks(_doc("A woman was hurt and two houses burned as Russian troops shelled Marhanets on Sunday. "
                                    "Vladyslav Haivanenko, head of the Marhanets city military administration, reported this on Telegram.",
                                    "Air defences downed 11 drones over the district overnight, he added.",
                                    published=date(2025, 9, 1)))
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows] == [("russia", 11, "Vladyslav Haivanenko")]


def test_a_later_paragraph_crediting_the_figures_names_the_claimant() -> None:
    rows = extract_air_attacks(_doc("Russia struck Ukraine overnight with 88 drones. Air defences downed 70 of them.",
                                    "These figures were released by Ukraine's air force early on Tuesday.",
                                    published=date(2025, 9, 2)))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in rows] == [(88, 70, "Ukrainian air force")]


def test_a_month_named_before_when_is_a_total_of_that_month() -> None:
    assert extract_air_attacks(_doc("The heaviest month of the year was March, when the air force counted more than 4,500 "
                                    "drones.", published=date(2025, 9, 2))) == []


def test_a_night_recalled_with_its_year_long_before_the_article_is_history() -> None:
    doc = _doc("Two years on, the night of 25 November 2024, when Russia sent 188 drones against Ukraine, is still "
               "remembered in Ternopil.", "Overnight, Russia launched 64 drones, the air force said.",
               published=date(2026, 11, 26))
    assert [(r["launched"], r["report_date"]) for r in extract_air_attacks(doc)] == [(64, "2026-11-26")]


def test_a_weekly_total_listed_with_a_word_number_is_no_nights_claim() -> None:
    doc = _doc("Russia's defence ministry said on Sunday that its forces had downed 1,240 Ukrainian drones, seven Neptune "
               "missiles, and 15 HIMARS rockets over the past week.", published=date(2025, 6, 16))
    assert extract_air_attacks(doc) == []


def test_weapons_directed_at_a_region_were_launched() -> None:
    doc = _doc("As many as 35 Shahed drones were directed at the Sumy region overnight, the regional governor Oleh "
               "Hryhorov said.", published=date(2025, 6, 1))
    assert [(r["launched"], r["qualifier"], r["claimant"]) for r in extract_air_attacks(doc)] == [(35, "up_to", "Oleh Hryhorov")]


def test_a_post_reproduced_under_a_line_naming_its_channel_has_that_claimant() -> None:
    doc = _doc("Message on the Telegram channel of the Kharkiv Regional Military Administration:",
               "The enemy attacked the Kupiansk district with drones, damaging a shop.",
               "During the night, air defence destroyed 6 UAVs over the region.")
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        ("russia", 6, "Kharkiv Regional Military Administration")]


def test_all_of_a_missile_class_downed_fills_the_rows_of_that_class() -> None:
    doc = _doc("Russia launched three Kinzhal missiles and eleven Kalibr missiles overnight, the air force said. All of the "
               "cruise missiles were intercepted, while none of the ballistic missiles were stopped.", published=date(2025, 3, 3))
    rows = {r["weapon_type"]: (r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)}
    assert rows == {"Kinzhal": (3, 0), "Kalibr": (11, 11)}


@pytest.mark.parametrize("yardstick", [
    "the biggest attack since the 740-drone onslaught of 12 June",
    "topping the previous record of 728 drones on 9 July",
    "the largest since the attack on 14 May",
    "fewer than in the attack on 2 March",
])
def test_the_date_of_an_earlier_attack_named_as_a_yardstick_is_not_the_claims(yardstick: str) -> None:
    doc = _doc(f"Russia sent 611 drones at Ukraine overnight, the air force said, {yardstick}.", published=date(2025, 8, 20))
    assert [(r["launched"], r["report_date"]) for r in extract_air_attacks(doc)] == [(611, "2025-08-20")]


def test_an_aside_on_how_the_source_spoke_does_not_hide_it() -> None:
    doc = _doc("A Ukrainian air force officer, speaking on condition of anonymity, said 17 of the 20 missiles fired "
               "overnight had been downed.", published=date(2025, 4, 4))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        (20, 17, "Ukrainian air force")]


def test_a_time_before_a_pronoun_subject_leaves_the_pronoun_to_resolve() -> None:
    doc = _doc("Shelling damaged a power line near Sudzha, Kursk governor Alexander Khinshtein said on Friday.",
               "Later that evening he wrote that air defence units had downed 9 drones over the region.",
               published=date(2025, 6, 6))
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        ("ukraine", 9, "Alexander Khinshtein")]


def test_air_defences_that_detected_and_destroyed_drones_are_no_claimant() -> None:
    doc = _doc("Air defence units detected and destroyed 23 UAVs over the Belgorod region, governor Vyacheslav Gladkov "
               "said.", published=date(2025, 6, 6))
    assert [(r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [(23, "Vyacheslav Gladkov")]


def _rows(*paragraphs: str, published: date | None = date(2025, 6, 10)) -> list[tuple]:
    return [(r["attacker"], r["weapon"], r["launched"], r["intercepted"], r["lost"])
            for r in extract_air_attacks(_doc(*paragraphs, published=published))]


@pytest.mark.parametrize(("paragraphs", "launched"), [
    (("Russia attacked with four missiles and 70 drones on the night of 9 June, the air force said.",
      "By comparison, on the night of 6 June Russia sent two missiles and 120 drones."), [4, 70]),
    (("Strikes hit the power grid in three regions overnight, officials said.",
      "The biggest attack so far took place on 8 May, when Russia launched 700 drones and 40 missiles, the air force "
      "said."), []),
    (("May was the heaviest month yet: over the month, Russia fired 5,100 drones and 170 missiles, by Reuters' count of "
      "air force reports.",), []),
    (("Ukraine's air force says it has intercepted 61 Kinzhal missiles since the full-scale invasion began, out of about "
      "95 launched.",), []),
])
def test_comparisons_records_months_and_their_totals_are_no_claims(paragraphs: tuple, launched: list) -> None:
    assert sorted(r[2] for r in _rows(*paragraphs)) == launched


def test_air_defences_that_detected_and_destroyed_drones_intercepted_them() -> None:
    assert _rows("Kursk governor Alexander Khinshtein said 21 Ukrainian drones had been detected and destroyed over the "
                 "region.") == [("ukraine", "drone", None, 21, None)]


def test_a_first_count_raised_in_the_same_sentence_gives_way() -> None:
    rows = _rows("The air force first said Russia had fired 80 drones, but in a later update on Tuesday it raised the figure "
                 "to 93. Of those, 71 were shot down and 19 were lost to jamming, it said.")
    assert rows == [("russia", "drone", 93, 71, 19)]


def test_a_list_with_a_dual_missile_type_stays_one_list() -> None:
    rows = _rows("The air force said Russia launched two Iskander-M missiles, four Kh-59/69 missiles and 101 drones. It "
                 "said air defences downed one Iskander-M missile, all four Kh-59/69 missiles and 77 drones, and that 20 "
                 "drones were lost to jamming.")
    assert sorted(r[2:] for r in rows) == [(2, 1, None), (4, 4, None), (101, 77, 20)]


def test_a_lone_missile_and_an_elliptic_were() -> None:
    rows = _rows("A single Iskander-M missile was launched at the Sumy region overnight along with 41 drones, the air force "
                 "said. The missile was not intercepted; 35 of the drones were.")
    assert sorted(r[1:4] for r in rows) == [("drone", 41, 35), ("missile", 1, 0)]


def test_a_target_named_at_length_before_with() -> None:
    rows = _rows("Ukraine struck the Afipsky oil refinery in the south of Russia's Krasnodar region with at least 20 drones "
                 "overnight, a Ukrainian security source said.")
    assert rows == [("ukraine", "drone", 20, None, None)]


def test_figures_repeated_after_a_colon_by_another_claimant_are_a_full_claim() -> None:
    rows = _rows("The air force said 51 of the 73 drones launched overnight had been downed and 18 lost to jamming.",
                 "Hours later, Defence Minister Denys Shmyhal repeated the numbers in a Telegram post: 73 drones overnight, "
                 "51 of them downed and 18 lost to jamming.")
    assert rows == [("russia", "drone", 73, 51, 18), ("russia", "drone", 73, 51, 18)]


def test_a_share_given_by_the_officials_of_an_unattributed_count_completes_it() -> None:
    rows = _rows("Russia launched about 90 drones at Ukraine overnight, and Ukrainian officials said around 60 of the drones "
                 "were shot down.")
    assert rows == [("russia", "drone", 90, 60, None)]


def test_another_claimant_that_gave_the_same_totals_is_a_claim_of_its_own() -> None:
    rows = _rows("Russia fired 140 drones and 12 missiles overnight, President Volodymyr Zelensky said.",
                 "The air force gave the same totals, saying 140 drones and 12 missiles had been launched, and said 118 of "
                 "the drones and 9 of the missiles were shot down.")
    assert sorted(rows, key=str) == sorted([("russia", "drone", 140, None, None), ("russia", "missile", 12, None, None),
                                            ("russia", "drone", 140, 118, None), ("russia", "missile", 12, 9, None)], key=str)


def test_a_pronoun_after_a_sentence_that_ends_with_said_is_the_sayer_not_the_next_words() -> None:
    doc = _doc("Two people were hurt in Odesa, Oleh Kiper, head of the regional military administration, said. Air defense "
               "destroyed seven drones over the city, he added.", published=date(2025, 6, 6))
    assert [(r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [(7, "Oleh Kiper")]


def test_all_but_a_few_of_a_long_described_total_and_a_record_dated_with_an_abbreviated_month() -> None:
    doc = _doc("All but four of the 52 Shahed drones launched at the Odesa and Mykolaiv regions overnight were shot down, "
               "the air force said on Monday, well short of the record 810 drones launched on Sept. 7.",
               published=date(2025, 10, 13))
    assert [(r["launched"], r["intercepted"], r["report_date"]) for r in extract_air_attacks(doc)] == [(52, 48, "2025-10-13")]


@pytest.mark.parametrize("text", [
    "The air force on Monday dismissed as fake a Telegram account bearing its emblem, which had said Russia fired 280 "
    "drones overnight.",
    "The busiest night so far was August 14, when the air force reported 620 drones and 22 missiles.",
    "Intelligence officials warned that Russia now has enough missiles for a strike involving up to 90 missiles.",
])
def test_fakes_a_months_record_night_and_a_stock_sized_by_a_strike_are_no_claims(text: str) -> None:
    assert extract_air_attacks(_doc(text, published=date(2025, 9, 1))) == []


def test_a_bracketed_lost_figure_does_not_take_the_listed_share_before_it() -> None:
    rows = _rows("Air force summary", "Destroyed:", "— Kalibr cruise missiles: 5 of 6;",
                 "— Shahed-type drones: 64 of 90 (another 19 lost to jamming).")
    assert sorted(r[2:] for r in rows) == [(6, 5, None), (90, 64, 19)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Air defences shot down two-thirds of the 60 drones Russia launched overnight, the air force said.", (60, 40, None)),
    ("Half of the 36 drones Russia sent overnight were downed and the other half were lost to jamming, the air force "
     "said.", (36, 18, 18)),
    ("Of the 84 drones Russia launched overnight, a quarter were lost locationally and the rest were shot down, the air "
     "force said.", (84, 63, 21)),
    ("Russia fired 12 ballistic missiles overnight, and only one in four was intercepted, the air force said.", (12, 3, None)),
    # a percentage is no count, nor is a hedged share, nor a share that is no whole number
    ("Air defences shot down 75% of the 60 drones Russia launched overnight, the air force said.", (60, None, None)),
    ("About two-thirds of the 60 drones Russia launched overnight were shot down, the air force said.", (60, None, None)),
    ("Air defences shot down two-thirds of the 50 drones Russia launched overnight, the air force said.", (50, None, None)),
])
def test_an_exact_share_of_a_stated_total_is_a_count(text: str, expected: tuple) -> None:
    assert [r[2:] for r in _rows(text)] == [expected]


def test_not_one_shot_down_is_none_intercepted() -> None:
    assert [r[2:] for r in _rows("Russia launched six Kinzhal missiles overnight, and not one was shot down, the air "
                                "force said.")] == [(6, 0, None)]


def test_emoji_marked_lists_and_a_marked_heading_of_outcomes() -> None:
    rows = _rows("On the night of 9 June, the enemy attacked with:", "🚀 6 Kalibr cruise missiles (from the Black Sea)",
                 "🛩 88 Shahed-type attack UAVs", "✅ As of 08:30, shot down/suppressed:", "▪️ 5 Kalibr", "▪️ 70 UAVs")
    assert sorted(r[2:4] for r in rows) == [(6, 5), (88, 70)]


@pytest.mark.parametrize(("paragraphs", "launched"), [
    (("Ukraine launched one of its biggest drone attacks on Russia overnight, officials in Moscow said.",), []),
    (("The record was set on 9 July, when, the air force said, Russia sent 728 drones in one night.",), []),
    # a first count the same claimant corrects downwards gives way too
    (("The air force has corrected its overnight figure: Russia launched 62 drones, not the 82 it first reported, and 50 "
      "of them were shot down.", "In its first count, the air force said Russia had launched 82 drones overnight."), [62]),
])
def test_which_attack_a_record_and_a_corrected_first_count(paragraphs: tuple, launched: list) -> None:
    assert [r[2] for r in _rows(*paragraphs)] == launched


def test_a_fronted_of_the_missiles_names_the_bare_count_after_it() -> None:
    rows = _rows("Russia launched 212 drones and 14 missiles at Ukraine overnight, the air force said. Of the missiles, 11 "
                 "were shot down, while 180 drones were downed or suppressed.")
    assert sorted(r[1:4] for r in rows) == [("drone", 212, 180), ("missile", 14, 11)]


def test_drones_used_in_the_operation_the_sentence_before_sided() -> None:
    rows = _rows("Ukrainian drones struck an oil depot in Russia's Bryansk region overnight. At least 25 drones were used in "
                 "the operation, a source in Ukraine's military intelligence said.")
    assert rows == [("ukraine", "drone", 25, None, None)]


def test_a_headlines_hedged_number_downed_over_the_bodys_exact_one_is_one_claim() -> None:
    doc = _doc("Air defences intercepted and destroyed 57 Ukrainian drones over eight regions overnight, the defence "
               "ministry said.", headline="Almost 60 Ukrainian drones downed over Russia, Moscow says",
               published=date(2025, 6, 2))
    assert [r["intercepted"] for r in extract_air_attacks(doc)] == [57]


def test_a_governors_count_after_while_with_an_apposed_name_and_a_locally_lost_figure() -> None:
    rows = _rows("Russia's defence ministry said it had destroyed 38 Ukrainian drones overnight, while the governor of the "
                 "Bryansk region, Alexander Bogomaz, said 9 drones had been shot down over the region.")
    assert sorted(r[3] for r in rows) == [9, 38]
    rows = _rows('Russia attacked with 64 drones overnight, the air force said, adding that 41 were downed and 19 were '
                 '"locally lost".')
    assert rows == [("russia", "drone", 64, 41, 19)]


def test_the_largest_came_on_a_date_is_a_record() -> None:
    assert _rows("The largest came on June 29, when Russia launched 537 drones and missiles.") == []


def test_figures_credited_at_the_end_of_their_own_paragraph() -> None:
    doc = _doc("A fire broke out at a depot in Mykolaiv after an overnight drone attack, local officials said.",
               "Fifty-one Shahed drones were launched during the night, 40 of which were shot down. These figures were "
               "published by Ukraine's air force on Telegram.", published=date(2025, 3, 3))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [(51, 40, "Ukrainian air force")]


def test_a_type_fielded_by_one_side_outranks_the_place_it_was_downed_over() -> None:
    rows = _rows("Russia's defence ministry said on Monday that its air defences had destroyed four ATACMS missiles over "
                 "the Zaporizhzhia region.")
    assert rows == [("ukraine", "missile", None, 4, None)]


def test_a_lone_missile_fired_and_shot_down_and_none_of_the_missiles_intercepted() -> None:
    assert _rows("A single Iskander-M missile was fired by Russia at Poltava, and air defences shot it down, the air force "
                 "said.") == [("russia", "missile", 1, 1, None)]
    rows = _rows("Russia sent 60 drones and two Kinzhal missiles overnight. Air defences downed 44 of the drones, while "
                 "none of the missiles could be intercepted, the air force said.")
    assert sorted(r[1:4] for r in rows) == [("drone", 60, 44), ("missile", 2, 0)]


def test_a_later_count_of_weapons_and_a_time_before_the_subject() -> None:
    rows = _rows("Zelensky said Russia fired 80 missiles and 190 drones. The air force later gave a count of 84 missiles "
                 "and 201 drones, saying 70 of the missiles and 160 of the drones had been destroyed.")
    assert sorted(r[1:4] for r in rows) == [("drone", 190, None), ("drone", 201, 160), ("missile", 80, None),
                                            ("missile", 84, 70)]
    doc = _doc("A day later the ministry said it had destroyed 19 Ukrainian drones over the Kursk region.",
               published=date(2025, 3, 3))
    assert [r["claimant"] for r in extract_air_attacks(doc)] == ["Russian defence ministry"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty-four missiles and 61 drones were aimed at Ukraine's gas facilities overnight, the energy ministry said.",
     [("drone", 61, None, None), ("missile", 24, None, None)]),
    ("All 19 attack drones and four of the six missiles that Russia launched overnight were destroyed, the army said.",
     [("drone", 19, 19, None), ("missile", 6, 4, None)]),
    ("A single Kinzhal missile was fired at the Starokostiantyniv airfield and shot down, the air force said.",
     [("missile", 1, 1, None)]),
    ("According to the air force, 48 of the 70 drones Russia launched overnight were destroyed, while jamming prevented "
     "another 19 from reaching their targets.", [("drone", 70, 48, 19)]),
    ("The air force said Russia launched 52 drones and two missiles. Both missiles were downed near Kyiv; of the drones, "
     "40 were shot down and 9 were lost to jamming.", [("drone", 52, 40, 9), ("missile", 2, 2, None)]),
])
def test_restructured_claims_passives_relatives_and_fronted_shares(text: str, expected: list) -> None:
    assert sorted(r[1:] for r in _rows(text)) == expected


def test_a_claim_waiting_for_its_total_stays_open_past_another_weapons_sentence() -> None:
    rows = _rows("Air defences shot down 38 of the drones overnight. Neither of the two Kinzhal missiles was intercepted. "
                 "In total the enemy launched 55 attack UAVs, the air force said.")
    assert sorted(r[1:4] for r in rows) == [("drone", 55, 38), ("missile", 2, 0)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Fifty attack UAVs and three Kalibr missiles, fired from the Black Sea, were used by the enemy overnight.",
      "Our defenders brought down 41 of the drones. None of the missiles was intercepted."),
     [("russia", "drone", 50, 41, None), ("russia", "missile", 3, 0, None)]),
    (("Forty-four Shahed drones were launched by Russia overnight from Bryansk and Kursk, and 30 of them were shot "
      "down, the air force said.",), [("russia", "drone", 44, 30, None)]),
    (("Of the 70 drones Russia sent overnight, jamming kept 15 from reaching their targets and 50 were shot down, the "
      "air force said.",), [("russia", "drone", 70, 50, 15)]),
])
def test_a_launch_aside_a_passive_agent_before_russian_launch_sites_and_drones_kept_from_targets(paragraphs, expected) -> None:
    assert sorted(_rows(*paragraphs), key=str) == sorted(expected, key=str)


def test_drones_that_took_part_in_the_operation_are_the_side_of_the_place_hit() -> None:
    rows = _rows("A source in Ukraine's military intelligence told reporters that the service's drones hit an oil depot in "
                 "Russia's Voronezh region overnight. At least 20 long-range drones took part in the operation, the source "
                 "said.")
    assert rows == [("ukraine", "drone", 20, None, None)]


def test_the_single_missile_fired_and_shot_down() -> None:
    rows = _rows("The air force said the single Iskander-M missile Russia fired overnight at Poltava had been shot down.")
    assert rows == [("russia", "missile", 1, 1, None)]


def test_a_bare_count_caused_to_be_lost() -> None:
    rows = _rows("The air force said Russia had attacked with 57 drones. Forty of them were shot down and jamming caused 12 "
                 "more to be lost, it said.")
    assert rows == [("russia", "drone", 57, 40, 12)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("A lone Iskander-M missile and thirty-one drones were fired at Ukraine overnight, the air force said.",),
     [("russia", "missile", 1, None, None), ("russia", "drone", 31, None, None)]),
    (("The air force later gave a fuller count of seventy-two drones and three cruise missiles.",),
     [("russia", "drone", 72, None, None), ("russia", "missile", 3, None, None)]),
    (("President Zelensky repeated the numbers: eighty drones and six missiles, most aimed at the south.",),
     [("russia", "drone", 80, None, None), ("russia", "missile", 6, None, None)]),
])
def test_counts_written_in_words_fill_the_same_slots_as_digits(paragraphs, expected) -> None:
    assert sorted(_rows(*paragraphs), key=str) == sorted(expected, key=str)


def test_a_summary_list_with_its_figures_in_words() -> None:
    text = ("During the night the enemy attacked with missiles and drones.\n\nLaunched:\n🔸 Kalibr cruise missiles — four\n"
            "🔸 Shahed drones — sixty-three\n\nShot down/suppressed: Kalibr — three; UAVs — 50.\n\nUkrainian Air Force")
    rows = extract_air_attacks(case_document({"id": "t", "text": text, "published": "2025-06-10"}))
    assert sorted((r["weapon"], r["launched"], r["intercepted"]) for r in rows) == [("drone", 63, 50), ("missile", 4, 3)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Russia sent a ballistic missile at Sumy late on Tuesday, the regional head said.",), [("russia", "missile", 1, None, None)]),
    (("An Iskander-M missile was sent by Russia at Kryvyi Rih in the evening, the mayor said.",),
     [("russia", "missile", 1, None, None)]),
    (("Russian air defence units neutralised a Neptune missile over the past day, the defence ministry said.",),
     [("ukraine", "missile", None, 1, None)]),
    (("Russia launched one Kh-59 missile and 30 drones, the air force said. Ukrainian forces brought down the Kh-59 "
      "missile and 12 drones.",), [("russia", "missile", 1, 1, None), ("russia", "drone", 30, 12, None)]),
    (("Russia fired six ballistic missiles and two cruise missiles overnight, the air force said. Four of the ballistic "
      "missiles were brought down, along with both cruise missiles.",),
     [("russia", "missile", 6, 4, None), ("russia", "missile", 2, 2, None)]),
    (("A single Kinzhal missile was launched at Lviv overnight with 25 drones, the air force said. The missile was not "
      "brought down; 20 of the drones were.",), [("russia", "missile", 1, 0, None), ("russia", "drone", 25, 20, None)]),
    (("Russia hit Ukraine with hundreds of attack drones and 35 missiles overnight, officials said.",),
     [("russia", "missile", 35, None, None)]),
])
def test_other_verbs_for_a_single_weapon_and_for_downing(paragraphs, expected) -> None:
    assert sorted(_rows(*paragraphs), key=str) == sorted(expected, key=str)


def test_a_list_with_brought_down_and_lost_labels_does_not_raise() -> None:
    text = ("Overnight the enemy struck with:\n🚀 6 Kalibr cruise missiles\n🛩 90 attack UAVs\n\n✅ Brought down/suppressed:\n"
            "▪️ 5 Kalibr\n▪️ 70 UAVs\n\n📡 Another 15 UAVs were locationally lost.")
    rows = extract_air_attacks(case_document({"id": "t", "text": text, "published": "2025-07-03"}))
    assert sorted((r["weapon"], r["launched"], r["intercepted"], r["lost"]) for r in rows) == [
        ("drone", 90, 70, 15), ("missile", 6, 5, None)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # "of them" after a count of assaults is a part of the assaults, even with drones in the paragraph before
    (("Russia's defence ministry said 52 Ukrainian drones had been destroyed over nine regions.",
      "Ukrainian troops repelled 95 Russian assaults in the past day, the General Staff said, 30 of them near Kupiansk."),
     [("ukraine", "drone", None, 52, None)]),
    # a day's figures in waves are one attack's
    (("Russia launched 64 drones in two waves overnight, the air force said; 50 of them were shot down.",),
     [("russia", "drone", 64, 50, None)]),
    # another paragraph about the other side's attack starts a claim of its own
    (("Russia's defence ministry said on Monday it had downed 44 Ukrainian drones over the Bryansk and Kursk regions.",
      "During the night the enemy attacked with 150 Shahed drones. As of 09:00, 121 had been shot down."),
     [("ukraine", "drone", None, 44, None), ("russia", "drone", 150, 121, None)]),
    # a governor's count for the region is the governor's claim, not a part of "the Russian military"'s total
    (("Russia's military said its air defences had destroyed 96 Ukrainian drones over the past 24 hours.",
      "Voronezh governor Alexander Gusev said air defence had downed seven drones over the region overnight."),
     [("ukraine", "drone", None, 96, None), ("ukraine", "drone", None, 7, None)]),
    # "one of largest" names which attack, not how many
    (("Kyiv mayor Vitali Klitschko said air defences destroyed 15 drones over the capital overnight.",
      "Russia launches one of largest attacks of the war"), [("russia", "drone", None, 15, None)]),
])
def test_neighbouring_reports_in_one_document_stay_apart(paragraphs, expected) -> None:
    assert sorted(_rows(*paragraphs), key=str) == sorted(expected, key=str)


def test_claimants_of_other_paragraphs_are_not_borrowed() -> None:
    navy = "Ukraine's navy said Russia had moved two warships into the Black Sea."
    rows = extract_air_attacks(_doc("Russia launched 58 drones overnight, of which 41 were shot down.", navy))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in rows] == [(58, 41, None)]
    rows = extract_air_attacks(_doc(
        "Russia launched 58 drones overnight, of which 41 were shot down.",
        "Ukraine's navy said Russia had moved two Kalibr carriers into the Black Sea with a salvo of up to 16 missiles, "
        "and warned of a strike in the coming days."))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in rows] == [(58, 41, None)]


def test_an_unattributed_launch_count_after_a_governors_local_figure_is_another_report() -> None:
    text = ("\"Over the night, nine Shaheds were shot down over Odesa region,\" wrote Oleh Kiper, head of the Odesa regional "
            "military administration, on Telegram.\n\nThe occupiers attacked Kherson with 14 drones overnight. Ten were "
            "shot down, regional governor Oleksandr Prokudin said.")
    rows = extract_air_attacks(case_document({"id": "t", "text": text, "published": "2025-07-09"}))
    assert sorted((r["launched"] or 0, r["intercepted"]) for r in rows) == [(0, 9), (14, 10)]


def test_of_them_after_weapons_named_without_a_count_takes_those_weapons() -> None:
    rows = _rows("Thirty-one drones targeted the Sumy region overnight, the governor said.",
                 "Russia struck Dnipro with ballistic missiles overnight, the mayor said. There were three of them. None "
                 "was intercepted.")
    assert sorted(rows, key=str) == [("russia", "drone", 31, None, None), ("russia", "missile", 3, 0, None)]


def test_an_own_launch_count_does_not_complete_the_other_sides_count_of_the_downed() -> None:
    rows = _rows("Russia's defence ministry said 41 Ukrainian drones had been destroyed over Russian territory overnight.",
                 "According to a source in Ukraine's security service, Ukrainian forces used at least 30 long-range drones in "
                 "the attack on the Engels air base.")
    assert sorted(rows, key=str) == [("ukraine", "drone", 30, None, None), ("ukraine", "drone", None, 41, None)]


def test_a_lost_line_of_a_summary_list_joins_that_lists_drones() -> None:
    text = ("Russia's defence ministry said its forces had shot down two Storm Shadow missiles and 30 drones over Crimea.\n\n"
            "In the night of 2 May, the enemy carried out a combined strike.\n\nLaunched:\n🔹 Kh-101 cruise missiles — 12\n"
            "🔹 Shahed strike UAVs and decoy drones — 300\n\nShot down/suppressed: Kh-101 — 10; UAVs — 250.\n\n"
            "Locationally lost: 30 decoy drones.")
    rows = extract_air_attacks(case_document({"id": "t", "text": text, "published": "2025-05-02"}))
    assert sorted((r["attacker"], r["weapon"], r["launched"] or 0, r["intercepted"], r["lost"] or 0) for r in rows) == [
        ("russia", "drone", 300, 250, 30), ("russia", "missile", 12, 10, 0),
        ("ukraine", "drone", 0, 30, 0), ("ukraine", "missile", 0, 2, 0)]


def test_a_yardstick_after_the_answer_no_is_no_claim_and_nothing_completes_it() -> None:
    rows = _rows("Was it the heaviest attack so far? No. The heaviest, in late May, involved 540 drones.",
                 "The mayor of Belgorod said the city had come under drone attack overnight. Air defences shot down six "
                 "drones, he said.")
    assert rows == [("ukraine", "drone", None, 6, None)]


def test_of_them_after_the_other_sides_drones_takes_those_drones() -> None:
    rows = _rows("According to the Ukrainian Air Force, Russian forces launched 3 Kh-59 guided missiles and 110 Shahed drones "
                 "overnight. Ukrainian forces shot down 64 drones, and 20 decoy drones were lost to electronic warfare.",
                 "Bryansk governor Alexander Bogomaz said Ukrainian drones had attacked the region overnight. Twelve of them "
                 "were destroyed by air defences, he said, and a substation was damaged.")
    assert sorted(rows, key=str) == [("russia", "drone", 110, 64, 20), ("russia", "missile", 3, None, None),
                                     ("ukraine", "drone", None, 12, None)]


@pytest.mark.parametrize("separator", [",", " ", "\u202f", "\u00a0", ""])
def test_a_months_record_is_no_claim_however_its_thousands_are_written(separator: str) -> None:
    assert _rows(f"Russia fired a record 5{separator}812 long-range drones at Ukraine in August, a Reuters tally showed.") == []


def test_a_lone_missile_fired_and_neutralised() -> None:
    rows = _rows("A single Iskander-M missile was fired by Russia at the Poltava airfield and neutralised, the air force said.")
    assert rows == [("russia", "missile", 1, 1, None)]


def test_of_them_refers_back_over_a_paragraph_break_as_wire_copy_writes() -> None:
    assert _rows("During the night the enemy attacked Kharkiv with attack drones.",
                 "Air defence units destroyed 14 of them over the city, the mayor said.") == [("russia", "drone", None, 14, None)]
    # a sentence with weapons of its own does not reach back past its paragraph
    assert _rows("Poland scrambles jets as drones cross its border",
                 "Poland's army said 12 drones had entered Polish airspace overnight and that 3 of them had been shot down.") == []


def test_drones_launched_alongside_the_missiles_of_the_paragraph_before_are_the_same_attackers() -> None:
    rows = _rows("None of the five Iskander-M ballistic missiles fired by Russia overnight was intercepted, Ukraine's air "
                 "force said.", "Of the 57 drones launched alongside them, 40 were downed and 14 were 'locationally lost'.")
    assert sorted(rows, key=str) == [("russia", "drone", 57, 40, 14), ("russia", "missile", 5, 0, None)]


def test_a_news_agency_relays_the_claim_it_reports() -> None:
    doc = case_document({"id": "t", "published": "2025-06-03", "text": (
        "Overnight, Russian forces attacked Ukraine with ninety-two Shahed drones, the Ukrainian Air Force reported on "
        "Telegram. Sixty of them were shot down and twenty were lost locationally, Interfax-Ukraine reports.")})
    rows = extract_air_attacks(doc)
    assert [(r["launched"], r["intercepted"], r["lost"], r["claimant"]) for r in rows] == [(92, 60, 20, "Ukrainian air force")]
    quoting = extract_air_attacks(_doc("Seventy of the 88 drones Russia launched overnight were shot down, the Ukrinform "
                                       "agency reported, quoting the Ukrainian air force."))
    assert [r["claimant"] for r in quoting] == ["Ukrainian air force"]


def test_a_relays_heading_lends_no_claimant() -> None:
    rows = extract_air_attacks(_doc("TASS reported two defence ministry bulletins on Monday.",
                                    "From 8am to 2pm, 12 Ukrainian drones were destroyed."))
    assert [r["intercepted"] for r in rows] == [12] and rows[0]["claimant"] in (None, "Russian defence ministry")


def test_a_similar_dated_attack_is_a_yardstick_and_a_corrected_first_figure_no_claim() -> None:
    assert _rows("It was the fourth strike on the power grid this month.",
                 "In a comparable attack on March 2, Russia fired more than 60 missiles at power plants, Ukrenergo said.") == []
    rows = _rows("Russia launched 87 drones overnight, the air force said on Friday, correcting an earlier report in which it "
                 "had put the number at 78. Of those, 60 were shot down, it said.")
    assert rows == [("russia", "drone", 87, 60, None)]


def test_a_participle_describing_one_weapon_does_not_govern_the_next_count() -> None:
    rows = _rows("The defence ministry in Moscow said it had intercepted four ATACMS missiles fired at the Kursk region and "
                 "27 Ukrainian drones over the Black Sea.")
    assert sorted(rows, key=str) == [("ukraine", "drone", None, 27, None), ("ukraine", "missile", None, 4, None)]


def test_a_full_report_replaces_the_preliminary_figures_and_a_weapon_is_no_claimant() -> None:
    rows = _rows("Early on Friday the air force said on Telegram that, according to preliminary data, at least 30 Russian drones "
                 "had been shot down overnight.",
                 "Its full report, published at 11:00, said Russia had launched 84 Shahed and decoy drones. Of them, 62 were "
                 "shot down and 15 were locationally lost, the air force said.")
    assert rows == [("russia", "drone", 84, 62, 15)]
    claimants = [r["claimant"] for r in extract_air_attacks(_doc(
        "The air force's summary, posted at 09:00, said Russia had launched 73 Shahed drones overnight."))]
    assert claimants == [None] or claimants == ["Ukrainian air force"]


def test_a_pronoun_after_a_fronted_time_is_the_sayer() -> None:
    rows = extract_air_attacks(_doc("Kursk governor Alexander Khinshtein posted updates through the night. By six in the "
                                    "morning he had reported 17 drones shot down in total."))
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows] == [("ukraine", 17, "Alexander Khinshtein")]


def test_a_raised_figure_with_its_outcomes_in_the_same_sentence_replaces_the_first() -> None:
    rows = _rows("The air force initially said Russia had launched 95 drones overnight. In a later statement it raised the "
                 "figure to 118, saying 90 had been shot down and 21 lost from radar.")
    assert rows == [("russia", "drone", 118, 90, 21)]


@pytest.mark.parametrize("yardstick", [
    "The last major attack on Odesa, on 3 March, involved 140 drones, according to the air force.",
    "The record, set on 9 July, involved 728 drones and 13 missiles, the air force said.",
    "It was a quiet night, in contrast with the record night of 7 September, when Russia launched 810 drones.",
    "The night was calmer than the one before, when the air force counted 310 drones.",
    "The attack was much smaller than the massive strike of 12 August, when Russian forces fired 400 drones and 35 "
    "missiles at Lviv.",
    "By the air force's count, it was the second-largest attack of the war, behind 7 September (810 drones) and ahead "
    "of July 9 (728 drones).",
    "Monitors at an independent group counted 2,300 drones fired at the Odesa, Mykolaiv and Kherson regions in August.",
])
def test_earlier_attacks_named_as_yardsticks(yardstick: str) -> None:
    assert _rows(yardstick) == []


@pytest.mark.parametrize("paragraphs, expected", [
    (("The night in numbers: 312 drones and 25 missiles of various types, by the count of Ukraine's air force. Of "
      "those, 280 drones and 19 missiles were shot down.",),
     [("russia", "drone", 312, 280, None), ("russia", "missile", 25, 19, None)]),
    (("By the standards of this winter, last night was quiet: 71 drones and a single Iskander-M, according to "
      "Ukraine's air force, which said 50 of the drones were brought down and the missile was not.",),
     [("russia", "drone", 71, 50, None), ("russia", "missile", 1, 0, None)]),
    (("The air force's figures, 188 drones and seven missiles, of which 160 drones and five missiles were downed, "
      "made it the largest attack this month.",),
     [("russia", "drone", 188, 160, None), ("russia", "missile", 7, 5, None)]),
])
def test_figures_set_out_without_a_verb_are_the_attacks_size(paragraphs: tuple, expected: list) -> None:
    assert sorted(_rows(*paragraphs), key=str) == sorted(expected, key=str)


def test_a_tally_with_no_verb_is_its_bodys_claim_beside_another_claimants() -> None:
    doc = _doc("President Volodymyr Zelensky said on Monday that Russia had fired some 300 drones and about 20 "
               "missiles. The air force's tally, published later, was more exact: 296 drones and 23 missiles, of which "
               "270 drones and 17 missiles were destroyed.", published=date(2025, 11, 17))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 300, None, "Volodymyr Zelensky"), ("missile", 20, None, "Volodymyr Zelensky"),
                    ("drone", 296, 270, "Ukrainian air force"), ("missile", 23, 17, "Ukrainian air force")}


def test_a_headline_of_bare_figures_is_no_claim_of_its_own() -> None:
    doc = _doc("Russia launched 88 drones and two Iskander-M missiles from the Kursk region overnight, the air force said.",
               headline="Air force: 88 drones and two Iskanders", published=date(2025, 5, 2))
    rows = [(r["weapon_type"], r["launched"], r["launch_site"]) for r in extract_air_attacks(doc)]
    assert sorted(rows, key=str) == [("Iskander-M", 2, "Kursk region"), (None, 88, None)]


@pytest.mark.parametrize("yardstick", [
    "For context: the previous largest attack, on 4 July, involved 539 drones and 11 missiles.",
    "The single largest night so far came on 7 September, when the air force counted 810 drones and 13 missiles.",
    "The governor said Ukrainian forces had attacked the region with 412 drones during that week.",
])
def test_earlier_and_longer_periods_in_analysis_prose(yardstick: str) -> None:
    assert _rows(yardstick) == []


def test_drones_directed_at_a_region_were_launched() -> None:
    rows = _rows("The enemy directed 90 attack drones at the Kyiv region overnight, and two-thirds of them were shot "
                 "down by air defence, Mykola Kalashnyk said.")
    assert rows == [("russia", "drone", 90, 60, None)]


def test_all_but_n_of_one_type_leaves_the_other_types_alone() -> None:
    rows = _rows("Russia fired seven Kinzhal missiles and 35 drones at the Kyiv region early on Sunday. All but three of "
                 "the Kinzhals were shot down, the air force said.")
    assert sorted(rows, key=str) == [("russia", "drone", 35, None, None), ("russia", "missile", 7, 4, None)]


def test_another_claimant_puts_a_long_described_number_at_a_figure() -> None:
    doc = _doc("Russia's defence ministry said its air defences destroyed 210 Ukrainian drones over nine regions overnight, "
               "54 of them over the Moscow region. Moscow mayor Sergei Sobyanin put the number shot down on the approach "
               "to the capital at 41.", published=date(2025, 5, 7))
    rows = {(r["attacker"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("ukraine", 210, "Russian defence ministry"), ("ukraine", 41, "Sergei Sobyanin")}


def test_an_update_with_other_exact_figures_is_a_row_of_its_own() -> None:
    rows = _rows("In its 07:30 update, Ukraine's air force said 61 of the 75 drones launched overnight had been shot down.",
                 "In a 10:15 update, it said 66 of the 75 had been shot down.")
    assert sorted(rows) == [("russia", "drone", 75, 61, None), ("russia", "drone", 75, 66, None)]


def test_a_source_in_a_sides_agency_speaks_for_its_own_strike() -> None:
    rows = _rows("Up to 30 drones took part in the overnight attack on an airfield in Russia's Voronezh region, a source in "
                 "Ukraine's military intelligence said.")
    assert rows == [("ukraine", "drone", 30, None, None)]
    doc = _doc("Ukraine's SBU hit an oil depot in the Bryansk region, source says",
               "A source in the SBU said 25 drones were used in the overnight operation.", published=date(2025, 2, 2))
    assert [(r["attacker"], r["launched"]) for r in extract_air_attacks(doc)] == [("ukraine", 25)]


def test_the_parts_of_an_earlier_attack_named_as_a_yardstick_are_no_claim() -> None:
    rows = _rows("It was a far smaller attack than the one on May 2, when the ministry reported 280 drones downed, 60 of "
                 "them over the Moscow region.")
    assert rows == []


def test_a_quote_that_opens_with_bare_figures_gives_the_launch() -> None:
    doc = _doc("\"Thirty drones and three Kinzhal missiles against the Kyiv region tonight. Our air defence shot down two "
               "of the Kinzhals,\" President Volodymyr Zelensky wrote.", published=date(2025, 1, 9))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 30, None, "Volodymyr Zelensky"), ("missile", 3, 2, "Volodymyr Zelensky")}


def test_a_record_night_that_remains_the_largest_is_a_yardstick() -> None:
    assert _rows("The largest single attack of the war remains the night of 9 July, when Russia launched 728 drones and "
                 "13 missiles, according to the air force.") == []


def test_a_ratio_in_a_clause_of_its_own_does_not_take_the_subjects_count() -> None:
    rows = _rows("Twenty drones targeted Chernihiv overnight and only one in four was shot down, the city's mayor said.")
    assert rows == [("russia", "drone", 20, 5, None)]


def test_a_body_of_a_side_is_no_place_but_a_target_named_before_military_targets_is() -> None:
    rows = _rows("More than 80 long-range drones were launched at the Ryazan refinery and military targets in three "
                 "Russian regions, a source in Ukraine's security service said.")
    assert rows == [("ukraine", "drone", 80, None, None)]


def test_a_night_dated_weeks_before_the_report_beside_a_ranking_is_a_yardstick() -> None:
    doc = _doc("Alerts sounded across the east overnight, but no figures had been published by noon. The attack of 12 "
               "October, in which Russia launched 420 drones and 30 missiles, remains the largest this month.",
               published=date(2025, 10, 25))
    assert extract_air_attacks(doc) == []
    doc = _doc("The air force reported on 2 March that Russia had launched 80 drones, 61 of which were shot down.",
               published=date(2025, 4, 10))
    assert [(r["launched"], r["intercepted"], r["report_date"]) for r in extract_air_attacks(doc)] == [(80, 61, "2025-03-02")]


def test_a_dated_record_after_since_the_does_not_date_the_claim() -> None:
    doc = _doc("Russia fired 402 drones overnight, the most since the record 728 drones launched on 9 July, the air force "
               "said.", published=date(2025, 9, 20))
    assert [(r["launched"], r["report_date"]) for r in extract_air_attacks(doc)] == [(402, "2025-09-20")]


def test_one_sentence_paragraphs_take_the_side_and_sayer_of_the_lead() -> None:
    doc = _doc("A Russian drone strike on Mykolaiv damaged a power substation on Friday night, the regional governor said.",
               "Air defences shot down 14 drones over the region.", published=date(2025, 6, 7))
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        ("russia", 14, "regional governor")]
    doc = _doc("Russia launched drones and missiles at Ukraine overnight, the air force said.", "There were 83 drones.",
               "Of the drones, 61 were downed.", published=date(2025, 6, 7))
    assert [(r["attacker"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        ("russia", 83, 61, "Ukrainian air force")]


def test_a_type_named_as_the_downed_one_and_a_hedged_rest() -> None:
    rows = _rows("The air force said Russia fired one Kinzhal missile and two Kh-22 cruise missiles. The Kinzhal was shot "
                 "down over the Kyiv region; neither Kh-22 was intercepted.")
    assert sorted(rows, key=str) == [("russia", "missile", 1, 1, None), ("russia", "missile", 2, 0, None)]
    rows = _rows("The enemy attacked with 98 means of air attack, the air force said. In total, 80 air targets were shot "
                 "down; the rest did not reach their targets or are being clarified.")
    assert rows == [("russia", "mixed", 98, 80, None)]


def test_a_month_total_and_what_came_along_with_it() -> None:
    assert _rows("Russia launched 4,870 drones at Ukraine in September, along with 140 missiles, according to an analysis "
                 "of air force reports.") == []
    assert _rows("During the same week, Russia used about 900 attack drones and nearly 30 missiles, the president said.") == []


def test_parts_of_totals_by_type_and_a_share_that_opens_the_sentence() -> None:
    rows = _rows("The air force said 12 of 14 Kh-101 missiles and five of six Kalibr missiles were destroyed, but only two "
                 "of nine Iskander-M missiles were intercepted.")
    assert sorted(rows) == [("russia", "missile", 6, 5, None), ("russia", "missile", 9, 2, None),
                            ("russia", "missile", 14, 12, None)]
    rows = _rows("Russia launched 12 missiles and 70 drones at Ukraine overnight, the air force said. Half of the missiles "
                 "and 55 of the drones were shot down, it said.")
    assert sorted(rows) == [("russia", "drone", 70, 55, None), ("russia", "missile", 12, 6, None)]


def test_a_first_count_put_initially_gives_way() -> None:
    assert _rows("Russia attacked Ukraine overnight with 96 drones, the air force said, after initially putting the number "
                 "at 64.") == [("russia", "drone", 96, None, None)]
    # the first count before its correction, in any of the spellings: the correction takes its role and noun
    assert _rows("The air force first put the number of drones at 58, before correcting it to 66 later in the morning. "
                 "Forty of them were shot down, it said.") == [("russia", "drone", 66, 40, None)]
    assert _rows("Ukraine's air force originally put the number of missiles at eleven, before raising it to 13. Nine "
                 "were destroyed.") == [("russia", "missile", 13, 9, None)]
    # "originally"/"initially" before the verb belongs to no claimant's name
    doc = _doc("The ministry originally said 61 Ukrainian drones had been destroyed over the Bryansk region.",
               published=date(2025, 11, 1))
    assert [r["claimant"] for r in extract_air_attacks(doc)] == ["Russian defence ministry"]


def test_weapons_listed_with_along_with_share_the_downing_verb() -> None:
    assert sorted(_rows("Russia's defence ministry said its air defences had downed 37 Ukrainian drones over three regions, along "
                        "with two Neptune missiles.")) == [("ukraine", "drone", None, 37, None), ("ukraine", "missile", None, 2, None)]
    assert sorted(_rows("The air force said it had shot down 88% of the 250 drones Russia launched overnight, as well as all "
                        "three cruise missiles.")) == [("russia", "drone", 250, None, None), ("russia", "missile", 3, 3, None)]
    # ... not the verb of a relative clause before them
    assert sorted(_rows("Russia launched 31 Kh-101 missiles, 28 of which were shot down, along with 99 Shahed drones, of which "
                        "54 were downed.")) == [("russia", "drone", 99, 54, None), ("russia", "missile", 31, 28, None)]


def test_a_bare_count_does_not_take_the_weapon_named_after_a_semicolon() -> None:
    doc = _doc("Air force: 47 of 63 Russian drones downed overnight",
               "In an update at 11:30, it said 47 of the 63 had been downed and 9 had been lost from radar; both ballistic "
               "missiles fired at Dnipro hit their targets.", published=date(2025, 12, 20))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["lost"]) for r in extract_air_attacks(doc)}
    assert ("drone", 63, 47, 9) in rows and not any(w == "missile" and launched == 63 for w, launched, _, _ in rows)


def test_a_source_in_a_where_clause_reports_its_own_news_not_the_figures() -> None:
    doc = _doc("The air force said Russia had launched 61 drones and two Iskander-M missiles. Neither of the missiles was "
               "intercepted; both hit Sumy Oblast, where governor Oleh Hryhorov reported damage to a farm.",
               published=date(2025, 4, 17))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 61, None, "Ukrainian air force"), ("missile", 2, 0, "Ukrainian air force")}


def test_a_count_given_after_a_colon_is_the_launch() -> None:
    assert sorted(_rows("The air force later gave its own count: 512 drones and decoys and 38 missiles of various types. Of "
                        "those, 470 drones and 30 missiles were shot down, it said.")) == [
        ("russia", "drone", 512, 470, None), ("russia", "missile", 38, 30, None)]


def test_a_share_after_but_or_that_and_a_military_intelligence_source_s_own_drones() -> None:
    assert _rows("Russia also fired 12 Kalibr cruise missiles from the Black Sea, but only one in four was intercepted, the "
                 "navy said.") == [("russia", "missile", 12, 3, None)]
    assert _rows("The governor said nine cruise missiles had been fired at the region and that only one in three was "
                 "intercepted.") == [("russia", "missile", 9, 3, None)]
    assert _rows("About 20 drones were used in the strike on the refinery, a source in Ukraine's military intelligence (HUR) "
                 "told Reuters.") == [("ukraine", "drone", 20, None, None)]


def test_yardsticks_named_by_comparison_by_an_abbreviated_date_or_after_a_day() -> None:
    for yardstick in ("It was the smallest attack since Nov. 3, when Russia launched 61 drones.",
                      "That is fewer than the 420 drones launched on 12 June.",
                      "It came a day after one of the largest attacks of the war, in which Russia fired 590 drones."):
        assert _rows("Russia launched 45 drones overnight, the air force said. " + yardstick) == [
            ("russia", "drone", 45, None, None)], yardstick
    assert _rows("Russia launched 45 drones overnight, the air force said. The last attack on a similar scale, on Friday "
                 "night, involved 390 drones.") == [("russia", "drone", 45, None, None)]
    assert _rows("Russia launched 45 drones overnight, the air force said. The largest single attack, on the night of "
                 "Sept. 7, involved 810 drones.", published=date(2025, 9, 10)) == [("russia", "drone", 45, None, None)]
    assert _rows("Russia launched 700 drones overnight, the air force said. Only two nights in the war have seen more drones: "
                 "7 September, when the air force counted 810, and 9 July, when it counted 728.",
                 published=date(2025, 12, 20)) == [("russia", "drone", 700, None, None)]
    assert _rows("Russia's defence ministry says its air defences have shot down more than 250 Storm Shadows since the "
                 "first deliveries.") == []


def test_the_side_that_reports_an_attack_is_not_its_attacker() -> None:
    doc = _doc("Ukraine reports 152-drone attack", published=date(2025, 3, 22))
    assert [(r["attacker"], r["launched"]) for r in extract_air_attacks(doc)] == [("russia", 152)]
    assert _rows("Russia said it downed 44 Ukrainian drones over the Kursk region.") == [("ukraine", "drone", None, 44, None)]


def test_an_outlet_s_own_correction_and_an_attack_hours_before_are_no_claims() -> None:
    assert _rows("Correction: in our 08:15 post we wrote that Russia had launched 150 drones overnight.") == []
    assert _rows("Russia launched 210 drones overnight, the air force said. The attack came less than 24 hours after Russia "
                 "fired a record 650 drones at Ukraine.") == [("russia", "drone", 210, None, None)]


def test_weapons_that_struck_and_a_later_sentence_saying_none_was_downed() -> None:
    assert _rows("Four Russian drones struck a power substation in Chernihiv overnight, the mayor said. None of the drones "
                 "was intercepted, he said.") == [("russia", "drone", 4, 0, None)]
    assert _rows("Two Russian ballistic missiles hit the centre of Poltava on Monday, the governor said. Neither missile was "
                 "shot down, he said.") == [("russia", "missile", 2, 0, None)]
    assert _rows("Two ballistic missiles hit the city centre, the mayor said. Neither was intercepted, he said.") == [
        ("russia", "missile", 2, 0, None)]
    # ... not weapons of another kind
    assert sorted(_rows("Russia launched 40 drones at Kharkiv, the mayor said. None of the missiles was intercepted.")) == [
        ("russia", "drone", 40, None, None), ("russia", "missile", None, 0, None)]


def test_a_full_report_after_a_preliminary_outcome_is_no_part_of_it() -> None:
    rows = _rows("Air defence shot down at least 30 Russian drones overnight, according to preliminary data, the air force "
                 "reported early on Sunday.",
                 "In its full report, the air force said the enemy had attacked with 84 Shahed-type drones. As of 09:00, 62 "
                 "had been shot down, while 17 were locationally lost.")
    assert rows == [("russia", "drone", 84, 62, 17)]


def test_a_source_whose_verb_counts_something_else_says_nothing_of_the_drones() -> None:
    doc = _doc("Russia launches 133 drones overnight, General Staff reports 151 clashes",
               "Russia launched 133 attack drones against Ukraine overnight, the Air Force reported. Air defence downed 97 of "
               "them.", published=date(2025, 2, 20))
    assert [(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        (133, 97, "Ukrainian air force")]


def test_an_open_question_and_the_count_an_update_replaced() -> None:
    assert _rows("Russia launched 122 drones and three Iskander-M missiles at Ukraine overnight, the air force said. It did not "
                 "say whether any of the three missiles had been intercepted.") == [
        ("russia", "drone", 122, None, None), ("russia", "missile", 3, None, None)]
    assert sorted(_rows(
        "Russia fired 480 drones and 40 missiles at Ukraine overnight, the air force said. Air defences shot down 430 drones "
        "and 25 missiles, it said in a statement, updating a preliminary count issued early in the morning that had put the "
        "number of drones at more than 300.")) == [("russia", "drone", 480, 430, None), ("russia", "missile", 40, 25, None)]


def test_a_first_estimate_and_a_rounded_total_of_typed_missiles_give_way() -> None:
    rows = _rows("The air force's first estimate put the attack at about 200 drones and more than 30 missiles, figures it "
                 "said would be refined. Its full report counted 214 drones and 33 missiles.")
    assert sorted(rows) == [("russia", "drone", 214, None, None), ("russia", "missile", 33, None, None)]
    rows = _rows("Russia fired more than 200 drones and over a dozen missiles at Ukraine overnight, the air force said. "
                 "It said Russia had launched nine Iskander-M ballistic missiles and five Kh-101 cruise missiles.")
    assert sorted(r[2] for r in rows if r[1] == "missile") == [5, 9]


def test_drones_used_in_the_speaker_s_operation_are_its_side_s() -> None:
    assert _rows("President Volodymyr Zelensky said on Sunday that 96 drones had been used in the operation, which hit three "
                 "air bases.") == [("ukraine", "drone", 96, None, None)]
    doc = _doc("Zelensky: 96 drones used in Operation Cobweb", published=date(2025, 6, 2))
    assert [(r["attacker"], r["launched"]) for r in extract_air_attacks(doc)] == [("ukraine", 96)]


def test_a_quoted_list_of_weapons_with_no_verb_is_the_night_s_launch() -> None:
    doc = _doc('"Fifty-eight drones, again at our power plants," President Volodymyr Zelensky wrote on X.',
               published=date(2025, 2, 10))
    assert [(r["weapon"], r["launched"], r["claimant"]) for r in extract_air_attacks(doc)] == [
        ("drone", 58, "Volodymyr Zelensky")]
    doc = _doc('"They chose the holiday on purpose. Almost 80 missiles, including ballistic ones, and over 90 attack drones," '
               'Volodymyr Zelensky wrote.', published=date(2024, 12, 25))
    rows = {(r["weapon"], r["launched"], r["qualifier"]) for r in extract_air_attacks(doc)}
    assert rows == {("missile", 80, "approx"), ("drone", 90, "more_than")}
    # ... after a label inside the quote, or as a later sentence of a quote the paragraph opened before it
    doc = _doc('"Another night of terror: 19 ballistic missiles, 12 cruise missiles and 380 drones against our cities," '
               'Foreign Minister Andrii Sybiha wrote on X.', published=date(2025, 11, 6))
    assert sorted((r["weapon_type"] or "", r["launched"]) for r in extract_air_attacks(doc)) == [
        ("", 380), ("ballistic", 19), ("cruise", 12)]
    doc = _doc('Governor Oleh Kiper posted at dawn: "Massive attack on the region. 27 drones, 2 Kalibr missiles. 22 drones '
               'and both missiles destroyed."', published=date(2025, 4, 9))
    assert sorted((r["weapon"], r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)) == [
        ("drone", 27, 22), ("missile", 2, 2)]
    # not a headline's list, whose body tells what became of the weapons
    doc = _doc("48 drones and two Neptunes, says Russia",
               "The Russian defence ministry said air defences destroyed 48 Ukrainian drones and two Neptune missiles.",
               published=date(2025, 8, 16))
    assert {(r["weapon"], r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)} == {
        ("drone", None, 48), ("missile", None, 2)}
    assert _rows('"Ukraine needs 25 more Patriot missiles," Zelensky said.') == []


def test_a_striking_service_counts_its_own_side_s_drones() -> None:
    # the SBU reports its own strikes, not the other side's: a launch count it gives is Ukraine's
    assert _rows("Ukraine's SBU security service said its long-range drones struck the Novokuibyshevsk refinery overnight. "
                 "A source in the SBU said more than 35 drones had taken part in the operation.") == [
        ("ukraine", "drone", 35, None, None)]
    doc = _doc("SBU: 64 drones used against the Engels airfield",
               "Ukraine's SBU security service said 64 drones had been used against the Engels airfield.",
               published=date(2025, 6, 1))
    assert [(r["attacker"], r["launched"], r["claimant"]) for r in extract_air_attacks(doc)] == [("ukraine", 64, "SBU")]


def test_the_figure_a_correction_replaced_in_its_which_clause_is_no_claim() -> None:
    assert _rows("Russia fired three Kinzhal missiles at Ukraine overnight, and all three were shot down, the air force said, "
                 "correcting its first statement, which had put the number of Kinzhals launched at five.") == [
        ("russia", "missile", 3, 3, None)]


def test_a_first_count_told_after_the_one_that_stands_and_the_exact_figure_of_a_round_one() -> None:
    assert _rows("The Ukrainian Air Force reported that Russian forces launched 96 drones, and that 70 were downed. The Air "
                 "Force initially reported that 91 drones had been launched before updating the count.") == [
        ("russia", "drone", 96, 70, None)]
    doc = _doc('President Volodymyr Zelensky said in the morning that Russia had sent "about 150 drones" overnight. In his '
               'evening address he gave the full figures: "Last night the Russians used 146 attack drones and two ballistic '
               'missiles against our people."', published=date(2025, 7, 4))
    rows = {(r["weapon"], r["launched"], r["qualifier"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 146, "exact"), ("missile", 2, "exact")}
    # an earlier attack named as "the previous largest" is a yardstick, whatever the noun it leaves out
    assert _rows("Zelensky called it one of the largest attacks of the war. The previous largest, on June 29, involved 477 "
                 "drones and 60 missiles.", published=date(2025, 7, 10)) == []


def test_a_headline_left_in_the_body_under_a_timestamp_rounds_like_a_headline() -> None:
    doc = _doc("March 3, 2025, 8:10 AM EST", "Russia fires 300 drones and 20 missiles at Ukraine overnight",
               "Russia launched 296 drones and 21 missiles at Ukraine overnight, the air force said, and 260 of the drones "
               "were shot down.", published=date(2025, 3, 3))
    rows = {(r["weapon"], r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 296, 260), ("missile", 21, None)}


def test_a_body_of_a_side_named_with_capitals_is_no_place_and_a_lone_preliminary_outcome_stands() -> None:
    assert _rows("A source in Ukraine's Security Service (SBU) told AFP the service had launched about 60 drones at the "
                 "Saratov refinery overnight.") == [("ukraine", "drone", 60, None, None)]
    # preliminary outcomes with no fuller report are the claim's; a count said earlier and replaced is not
    assert _rows("Russia launched 71 drones at Ukraine overnight, the air force said. According to preliminary data, 52 of "
                 "them were shot down; 14 more were locationally lost.") == [("russia", "drone", 71, 52, 14)]


def test_an_outcome_after_a_sentence_about_other_weapons_completes_the_launch_count() -> None:
    doc = _doc("Russia launched 118 attack drones against Ukraine overnight, Ukraine's air force reported.",
               "The drones came from Kursk and Bryansk. Russia also fired two Iskander-M missiles from Crimea; neither was "
               "intercepted.",
               "Air defence shot down or suppressed 85 drones, while 27 were locationally lost, the air force said.",
               published=date(2025, 11, 8))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["lost"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 118, 85, 27), ("missile", 2, 0, None)}
    # ... but not another claimant's, nor a figure of the same sentence
    doc = _doc("Ukraine said it had hit three Russian airfields with 52 drones, while Russia said it had downed 47 of them.")
    assert len(extract_air_attacks(doc)) == 2


def test_a_source_named_at_the_end_of_a_background_clause_and_a_share_that_borrows_the_verb() -> None:
    doc = _doc("Norway will give Ukraine NOK 2bn for air defence, its prime minister said on Friday, hours after Russia "
               "launched 212 drones and 9 missiles at Ukraine, according to Ukraine's air force.",
               "The air force said 190 of the drones and 6 of the missiles had been shot down.", published=date(2025, 11, 8))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 212, 190, "Ukrainian air force"), ("missile", 9, 6, "Ukrainian air force")}
    assert _rows("Russia launched 90 drones and 12 Kh-101 missiles at Ukraine overnight, the air force said. It said 80% "
                 "of the drones had been shot down, as had three-quarters of the missiles.") == [
        ("russia", "drone", 90, None, None), ("russia", "missile", 12, 9, None)]


def test_weapons_launched_and_downed_in_one_breath_and_records_beaten() -> None:
    assert _rows("Three cruise missiles had been launched at Lviv and destroyed, the governor, Maksym Kozytskyi, said."
                 ) == [("russia", "missile", 3, 3, None)]
    assert _rows("Three cruise missiles were launched at Lviv and two were destroyed, the governor said.") == [
        ("russia", "missile", 3, 2, None)]
    assert _rows("Russia launches biggest barrage yet, surpassing March record of 604 drones") == []
    assert _rows("Russia fired 72 drones overnight, the air force said, the largest attack this month after the 3 May "
                 "strike that involved 110 drones. Air defences shot down 61 of them.") == [("russia", "drone", 72, 61, None)]


def test_the_date_a_ranking_counts_from_neither_dates_nor_voids_the_claim_it_ranks() -> None:
    doc = _doc("Russia used nine glide bombs and 14 drones against Sumy, the governor, Oleh Hryhorov, said, in the heaviest "
               "attack on the city since 3 March, when 20 drones and two missiles struck it.", published=date(2025, 7, 2))
    rows = [(r["weapon"], r["launched"], r["report_date"]) for r in extract_air_attacks(doc)]
    assert rows == [("drone", 14, "2025-07-02")]


def test_a_ticker_names_its_source_after_the_time_and_a_headline_update_is_a_row_of_its_own() -> None:
    doc = _doc("07:40 — Air force: 44 of 52 Russian drones shot down overnight.",
               "11:05 — Air force revises its overnight count: Russia launched 57 drones, of which 47 were shot down.",
               published=date(2025, 2, 3))
    rows = {(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {(52, 44, "Ukrainian air force"), (57, 47, "Ukrainian air force")}


def test_a_running_count_is_a_row_beside_the_count_before_it() -> None:
    # a mayor's count through the night: each figure is a claim, the later total no correction of the first
    doc = _doc("The mayor of Moscow, Sergei Sobyanin, said at 00:50 that four drones flying towards the city had been shot down.",
               "In a later post he said the number downed since midnight had reached 13.", published=date(2025, 9, 3))
    assert sorted(r["intercepted"] for r in extract_air_attacks(doc)) == [4, 13]
    doc = _doc("Sergei Sobyanin, the mayor of Moscow, said air defences had destroyed nine drones approaching the capital. By "
               "morning the number of drones shot down on the approach to the city since the evening had risen to 22.",
               published=date(2025, 9, 3))
    assert sorted(r["intercepted"] for r in extract_air_attacks(doc)) == [9, 22]
    assert _rows("Sobyanin posted eleven updates overnight, bringing the number of drones he said had been shot down on "
                 "approach to Moscow to 38.") == [("ukraine", "drone", None, 38, None)]
    # ... but a death toll that rises is no count of weapons
    assert _rows("The number of people killed in the missile strike on Dnipro has risen to 14, the governor said.") == []


def test_the_same_totals_from_another_claimant_are_its_claim_too() -> None:
    doc = _doc("Russia fired 390 drones and 28 missiles at Ukraine overnight, President Volodymyr Zelensky said.",
               "The air force gave the same totals, saying that 350 of the drones and 20 of the missiles had been shot "
               "down.", published=date(2025, 11, 1))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 390, None, "Volodymyr Zelensky"), ("missile", 28, None, "Volodymyr Zelensky"),
                    ("drone", 390, 350, "Ukrainian air force"), ("missile", 28, 20, "Ukrainian air force")}
    doc = _doc("Russia struck the grid with 300 drones and 30 missiles, the president said.",
               "Ukraine's air force gave the same figures, 300 drones and 30 missiles, in its own report. It said 270 of "
               "the drones and 25 of the missiles had been shot down.", published=date(2025, 11, 1))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert ("drone", 300, 270, "Ukrainian air force") in rows and ("missile", 30, 25, "Ukrainian air force") in rows
    # the weapons its sentence gives no figure of are the other claimant's totals too, and so is a bare restatement
    doc = _doc("Russia launched 61 drones and two ballistic missiles at Ukraine overnight, President Volodymyr Zelensky said. The air force "
               "gave the same figures, adding that 47 of the drones had been shot down.", published=date(2025, 11, 1))
    rows = {(r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 61, None, "Volodymyr Zelensky"), ("missile", 2, None, "Volodymyr Zelensky"),
                    ("drone", 61, 47, "Ukrainian air force"), ("missile", 2, None, "Ukrainian air force")}
    doc = _doc("Russia attacked Ukraine with 75 Shahed drones overnight, the air force said.",
               "Governor Oleh Kiper reported the same figures. Two people were injured in Odesa.", published=date(2025, 11, 1))
    rows = {(r["weapon"], r["launched"], r["claimant"]) for r in extract_air_attacks(doc)}
    assert rows == {("drone", 75, "Ukrainian air force"), ("drone", 75, "Oleh Kiper")}
    assert all("75" in r["evidence"] for r in extract_air_attacks(doc))


def test_a_preliminary_count_does_not_add_to_a_claim_and_the_full_report_does() -> None:
    rows = _rows("Russia attacked Ukraine overnight with 96 Shahed drones and two Iskander-M missiles, the air force said.",
                 "In a preliminary update early in the morning, the air force had said at least 30 drones were shot down.",
                 "In its full report, it said 71 of the drones were destroyed and 18 were locationally lost. Neither of "
                 "the missiles was intercepted, it said.")
    assert sorted(rows) == [("russia", "drone", 96, 71, 18), ("russia", "missile", 2, 0, None)]
    rows = _rows("Russia launched at least 60 drones overnight, according to preliminary air force figures. In its full "
                 "morning report the air force put the total at 67, saying 50 had been shot down and 11 lost to jamming.")
    assert rows == [("russia", "drone", 67, 50, 11)]


def test_a_figure_set_aside_keeps_the_claim_open() -> None:
    rows = _rows("Russia launched 131 drones at Ukraine overnight, the air force said on Tuesday.",
                 "The air force initially said 110 drones had been launched, before raising the figure in a later "
                 "statement. In that statement it said 98 of the drones had been shot down and 25 lost from radar.")
    assert rows == [("russia", "drone", 131, 98, 25)]


def test_a_morning_statement_and_a_noon_update_are_two_rows() -> None:
    doc = _doc("Ukraine's air force said Friday that Russia had attacked the country overnight with 80 drones.",
               "In its morning statement, the air force said 58 of the 80 drones had been shot down.",
               "In an updated statement shortly after noon, it said 66 of the drones had been downed and nine had been "
               "lost to electronic warfare.", headline="Ukraine says it downed 66 of 80 Russian drones",
               published=date(2025, 3, 28))
    rows = sorted((r["launched"], r["intercepted"], r["lost"]) for r in extract_air_attacks(doc))
    assert rows == [(80, 58, None), (80, 66, 9)]


def test_a_single_missile_that_was_not_intercepted() -> None:
    rows = _rows("Russia fired a single Iskander-M missile at Dnipro shortly after midnight; it was not intercepted and "
                 "hit an industrial site, the regional governor said.")
    assert rows == [("russia", "missile", 1, 0, None)]


def test_a_headlines_comma_between_kinds_counts_both_and_an_attack_it_followed_is_a_yardstick() -> None:
    doc = _doc("Russia launched about 120 drones and missiles at Ukraine overnight, the air force said.",
               headline="Russia Fires About 120 Drones, Missiles at Ukraine", published=date(2025, 2, 11))
    assert [(r["weapon"], r["launched"]) for r in extract_air_attacks(doc)] == [("mixed", 120)]
    doc = _doc("The barrage followed an Oct. 30 attack in which, according to Ukrainian officials, Russia fired 60 missiles "
               "and 200 drones.", published=date(2025, 11, 12))
    assert extract_air_attacks(doc) == []


def test_a_preliminary_missile_count_gives_way_to_the_full_reports_types() -> None:
    rows = _rows("According to preliminary information from the air force, Russia launched at least 30 missiles overnight.",
                 "In its full report, the air force said Russia had fired 22 Kh-101 cruise missiles and 12 Kalibr missiles; "
                 "19 of the Kh-101s and 10 of the Kalibrs were shot down.")
    assert sorted(rows) == [("russia", "missile", 12, 10, None), ("russia", "missile", 22, 19, None)]


def test_a_share_of_the_ballistic_ones() -> None:
    rows = _rows("Russian forces launched four cruise missiles and nine ballistic missiles, the air force said. Patriot "
                 "systems shot down six of the ballistic ones.")
    assert sorted(rows) == [("russia", "missile", 4, None, None), ("russia", "missile", 9, 6, None)]


def test_a_later_paragraphs_share_of_the_drones_after_a_local_paragraph() -> None:
    rows = _rows("Russia launched 41 drones at Ukraine overnight, the air force said on Wednesday.",
                 "In Kryvyi Rih, a drone hit an apartment block, injuring three people, the city's mayor said. A fire was "
                 "put out by morning.",
                 "Air defence units destroyed 30 of the drones, while six were lost to electronic warfare, the air force said.")
    assert rows == [("russia", "drone", 41, 30, 6)]


def test_wire_copy_figures_in_less_usual_forms() -> None:
    rows = _rows("The enemy attacked Ukraine with 98 means of air attack - strike drones and missiles, the air force said.",
                 "As of 09:00, air defence had shot down or suppressed 81 air targets.")
    assert rows == [("russia", "mixed", 98, 81, None)]
    rows = _rows("Russia launched two S-300 surface-to-air guided missiles and 45 drones at Ukraine overnight, the air force "
                 "said.")
    assert sorted(rows) == [("russia", "drone", 45, None, None), ("russia", "missile", 2, None, None)]
    rows = _rows("Russia launched 180 drones, 20 missiles and one Oreshnik missile at Ukraine overnight, the air force said. "
                 "The Oreshnik, which struck the Lviv region, was not intercepted.")
    assert ("russia", "missile", 1, 0, None) in rows


def test_a_headline_missile_total_the_body_gives_by_type_and_an_outlet_dateline() -> None:
    doc = _doc("(Bloomberg) -- Russia launched 90 drones, six Kh-101 cruise missiles and four Iskander-M missiles "
               "overnight, the air force said.", headline="Russia attacks Ukraine with 90 drones, 10 missiles",
               published=date(2025, 3, 9))
    rows = sorted((r["weapon_type"] or "", r["launched"], r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("", 90, "Ukrainian air force"), ("Iskander-M", 4, "Ukrainian air force"),
                    ("Kh-101", 6, "Ukrainian air force")]


def test_a_quote_of_figures_with_a_comment_after_a_dash() -> None:
    doc = _doc("\"Forty missiles and 150 drones against our energy — this is Russia's answer to talk of peace,\" "
               "President Volodymyr Zelensky said.", published=date(2026, 1, 20))
    assert sorted((r["weapon"], r["launched"]) for r in extract_air_attacks(doc)) == [("drone", 150), ("missile", 40)]


def test_a_hedged_first_update_and_the_full_report_that_follows() -> None:
    rows = _rows("Russia attacked Ukraine with 77 drones overnight, the air force said.",
                 "In a first update shortly after dawn, the air force said at least 30 drones had been shot down. Its full "
                 "report later in the morning put the number downed at 51, and said a further 19 drones had been lost to "
                 "electronic warfare.")
    assert rows == [("russia", "drone", 77, 51, 19)]


def test_a_count_corrected_in_a_later_post_replaces_the_first() -> None:
    doc = Document(
        document_id="d", source_uri="s3://bucket/in/blog.txt", title="Russia-Ukraine war live", published=date(2024, 9, 29),
        posts=(
            Post(headline="Air force corrects overnight figure", timestamp=datetime(2024, 9, 29, 12, 20),
                 paragraphs=("Ukraine's air force has corrected its overnight count to 98 drones, after initially putting "
                             "the number at 91. It said 70 of them had been shot down and 24 lost to electronic warfare.",)),
            Post(headline="Air force: 91 drones overnight", timestamp=datetime(2024, 9, 29, 7, 40),
                 paragraphs=("The air force said Russia had launched 91 drones at Ukraine overnight.",)),
        ),
    )
    assert [(r["launched"], r["intercepted"], r["lost"]) for r in extract_air_attacks(doc)] == [(98, 70, 24)]


def test_a_bylines_surname_is_no_first_name_of_the_next_posts_sayer() -> None:
    text = ("Ukraine war: drones over Moscow\n\nRussia says 60 drones downed\n\nRussia's defence ministry said 60 "
            "Ukrainian drones had been destroyed overnight.\n\nPosted at 09:30, 11 March 2025, by Laura Greaves\n\n"
            "Sobyanin: 40 drones downed near Moscow\n\nThe mayor of Moscow, Sergei Sobyanin, says air defences shot down "
            "40 drones flying towards the city.\n\nPosted at 08:10, 11 March 2025, by Laura Greaves")
    rows = extract_air_attacks(case_document({"id": "x", "text": text, "published": "2025-03-11"}))
    assert {r["claimant"] for r in rows if r["intercepted"] == 40} == {"Sergei Sobyanin"}


def test_a_regional_official_named_after_the_office_is_one_claimant_with_it() -> None:
    doc = _doc("A dozen Ukrainian drones were shot down over the Belgorod region overnight, the governor, Vyacheslav "
               "Gladkov, said.", headline="Belgorod governor: 12 drones downed", published=date(2025, 5, 2))
    rows = [(r["intercepted"], r["scope"]) for r in extract_air_attacks(doc)]
    assert rows == [(12, "regional")]
    doc = _doc("Eleven Ukrainian drones were shot down over the Kursk region, the governor, Alexander Khinshtein, said.",
               headline="Kursk governor: 11 drones downed", published=date(2025, 5, 2))
    assert [(r["intercepted"], r["scope"]) for r in extract_air_attacks(doc)] == [(11, "regional")]
    doc = _doc("Nine Ukrainian drones were shot down over the Voronezh region, the governor, Alexander Gusev, said.",
               headline="Voronezh governor: 9 drones downed", published=date(2025, 5, 2))
    assert [r["intercepted"] for r in extract_air_attacks(doc)] == [9]
    doc = _doc("A dozen Ukrainian drones were shot down over the Saratov region, the governor, Roman Busargin, said.",
               headline="Saratov governor: 12 drones downed", published=date(2025, 5, 2))
    assert [(r["intercepted"], r["scope"]) for r in extract_air_attacks(doc)] == [(12, "regional")]


def test_a_pronoun_sayer_of_the_figure_replaced_is_the_same_reporter() -> None:
    rows = _rows("Ukraine's air force has revised its overnight figures. Russia launched 360 drones, it now says, rather than "
                 "the 390 it reported this morning; 300 of them were shot down and 41 were lost to electronic warfare.")
    assert rows == [("russia", "drone", 360, 300, 41)]


def test_a_share_that_opens_a_list_of_outcomes() -> None:
    rows = _rows("The attack involved 30 Kh-101 cruise missiles, six Kalibr missiles and four ballistic missiles, the air "
                 "force said. Of these, 25 of the Kh-101s, five Kalibrs and two of the ballistic missiles were shot down.")
    assert sorted(rows) == [("russia", "missile", 4, 2, None), ("russia", "missile", 6, 5, None),
                            ("russia", "missile", 30, 25, None)]


def test_a_weeks_figures_across_the_week() -> None:
    assert _rows("Across the week, Russia launched some 1,200 drones and 48 missiles against Ukraine, according to a tally "
                 "of air force reports.") == []


def test_wire_outcomes_given_as_shares_of_which_and_a_later_loss() -> None:
    assert _rows("Russia launched 63 drones at Ukraine overnight, two-thirds of which were shot down by air defence, the "
                 "air force said.") == [("russia", "drone", 63, 42, None)]
    rows = _rows("Russia launched 84 Shahed drones at Ukraine overnight, 61 of which were shot down, the air force said.",
                 "In Odesa, debris from a downed drone damaged a warehouse, the regional governor said.",
                 "The air force said 17 of the drones had been lost from radar, likely because of electronic warfare.")
    assert rows == [("russia", "drone", 84, 61, 17)]


def test_a_night_before_named_as_the_bigger_attack_and_a_quote_of_figures_in_one_night() -> None:
    assert _rows("Russia launched 150 drones overnight, the air force said. The attack was smaller than Saturday night's, "
                 "when Russia launched 380 drones and 20 missiles.") == [("russia", "drone", 150, None, None)]
    doc = _doc("\"Two ballistic missiles and 90 drones against our people in one night,\" President Volodymyr Zelensky "
               "said in his evening address.", published=date(2025, 1, 16))
    assert sorted((r["weapon"], r["launched"]) for r in extract_air_attacks(doc)) == [("drone", 90), ("missile", 2)]


def test_a_headline_under_the_title_takes_no_sayer_from_the_title() -> None:
    text = ("Ukraine war: Russia says it repelled drone attack on Crimea\n\nOdesa: five Shaheds downed, one injured\n\nFive "
            "Shahed drones were shot down over the Odesa region overnight, the regional governor, Oleh Kiper, says.\n\n"
            "Published at 08:55 GMT 23 October 2024")
    rows = extract_air_attacks(case_document({"id": "x", "text": text, "published": "2024-10-23"}))
    assert [(r["intercepted"], r["claimant"]) for r in rows] == [(5, "Oleh Kiper")]


def test_a_headline_share_of_a_whole_and_a_share_of_the_downed() -> None:
    doc = _doc("Russia launched 60 drones at Ukraine overnight, the air force said, and two-thirds of them were shot down.",
               headline="Air force: two-thirds of 60 drones shot down", published=date(2025, 3, 24))
    assert [(r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)] == [(60, 40)]
    rows = _rows("The air force said two-thirds of the 9 missiles were also destroyed, mostly over the Kyiv region.",)
    assert rows == [] or rows == [("russia", "missile", 9, 6, None)]
    doc = _doc("Ukraine's air force says mobile fire groups accounted for about a third of the 66 Shaheds shot down on "
               "Tuesday night.", published=date(2025, 6, 26))
    assert [(r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)] == [(None, 66)]


def test_outcomes_confirmed_or_reported_in_the_passive_and_a_correction_clause() -> None:
    assert _rows("The air force said 41 of the 45 drones had been confirmed as downed and three had been lost to "
                 "electronic warfare.") == [("russia", "drone", 45, 41, 3)]
    assert _rows("A total of 120 attack drones were launched at Ukraine overnight by Russian forces, according to the air "
                 "force.", "88 were reported shot down, and 27 were lost locationally, the air force said.") == [
        ("russia", "drone", 120, 88, 27)]
    assert _rows("Russia attacked Ukraine with 61 drones overnight, the air force said, correcting an initial figure of "
                 "55, and 47 of them were shot down.") == [("russia", "drone", 61, 47, None)]
    rows = _rows("Russia launched 90 drones and three ballistic missiles overnight, the air force said. None of the "
                 "missiles were intercepted; it did not say where they struck.")
    assert sorted(rows) == [("russia", "drone", 90, None, None), ("russia", "missile", 3, 0, None)]


def test_figures_opening_a_sentence_with_their_source_and_a_second_verb_of_one_subject() -> None:
    doc = _doc("408 drones and 31 missiles, by the count of Ukraine's air force. Of these, 380 drones and 25 missiles were "
               "shot down or suppressed.", headline="The night in numbers", published=date(2026, 3, 5))
    assert sorted((r["weapon"], r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)) == [
        ("drone", 408, 380), ("missile", 31, 25)]
    doc = _doc("Russia fired four ballistic missiles at Odesa overnight, the governor said.",
               "The air force also put the number of ballistic missiles at four and said none of them had been "
               "intercepted.", published=date(2025, 7, 8))
    rows = [(r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)]
    assert (4, 0, "Ukrainian air force") in rows and len(rows) == 2


def test_the_defenders_count_of_the_downed_is_no_outcome_of_the_attackers_own_launch_count() -> None:
    text = ("Ukrainian drones hit Saratov oil depot, source says\n\nUkrainian drones struck an oil depot in Russia's "
            "Saratov region overnight on Oct. 19, a source in Ukraine's Security Service (SBU) told the Kyiv Independent."
            "\n\nMore than 30 drones were used in the overnight operation, the source said, speaking on condition of "
            "anonymity.\n\nRussia's Defence Ministry claimed that 35 Ukrainian drones had been shot down over six regions "
            "overnight, without mentioning Saratov.")
    rows = {(r["attacker"], r["launched"], r["intercepted"])
            for r in extract_air_attacks(case_document({"id": "x", "text": text, "published": "2025-10-19"}))}
    assert rows == {("ukraine", 30, None), ("ukraine", None, 35)}


def _full(*paragraphs: str) -> list[tuple]:
    return [(r["attacker"], r["weapon"], r["weapon_type"], r["launched"], r["intercepted"], r["lost"], r["claimant"])
            for r in extract_air_attacks(_doc(*paragraphs, published=date(2025, 10, 3)))]


def test_a_quoted_run_of_figures_with_its_attribution_after_it() -> None:
    assert _full('"Over 500 drones and nearly 45 missiles of different types, including ballistic ones," President '
                 "Volodymyr Zelensky wrote of the overnight attack, urging allies to speed up deliveries.") == [
        ("russia", "drone", None, 500, None, None, "Volodymyr Zelensky"),
        ("russia", "missile", None, 45, None, None, "Volodymyr Zelensky")]


def test_a_share_of_a_counted_type_in_a_list_of_outcomes_is_an_outcome() -> None:
    rows = _full("The air force said Russia had launched 21 cruise missiles, four Kinzhal missiles and 90 drones, and "
                 "that 17 of the cruise missiles, all four Kinzhals and 66 of the drones had been destroyed.")
    assert [(w, t, launched, downed) for _, w, t, launched, downed, _, _ in rows] == [
        ("missile", "cruise", 21, 17), ("missile", "Kinzhal", 4, 4), ("drone", None, 90, 66)]
    # a breakdown of the launched is not: "three of them Kinzhals"
    rows = _full("Thirty missiles were fired at Ukraine overnight, four of them Kinzhals, and 22 were shot down, "
                 "the air force said.")
    assert [(w, launched, downed) for _, w, _, launched, downed, _, _ in rows] == [("missile", 30, 22)]


def test_he_after_a_sentence_that_ends_with_a_day_is_the_person_before() -> None:
    rows = _full("Seven drones were shot down over Poltava overnight, governor Volodymyr Kohut said on Tuesday. He "
                 "said the region had been attacked by nine drones in all.")
    assert rows == [("russia", "drone", None, 9, 7, None, "Volodymyr Kohut")]


def test_destroyed_and_suppressed_is_one_outcome_and_a_command_named_in_single_quotes() -> None:
    assert _full("Air defences destroyed and suppressed 23 Ukrainian drones over the Voronezh region overnight, "
                 "governor Alexander Gusev said.") == [
        ("ukraine", "drone", None, None, 23, None, "Alexander Gusev")]
    assert [r[-1] for r in _full("Units of Air Command 'East' shot down 14 Shahed drones over the Dnipropetrovsk "
                                 "region overnight, the command said.")] == ["Air Command East"]


def test_newer_types_and_a_launch_from_a_sides_own_stock() -> None:
    assert _full("Kyiv launched six of its new Flamingo cruise missiles at an arms plant in the Oryol region, the "
                 "General Staff said.")[0][2:4] == ("Flamingo", 6)
    assert _full("The ministry said air defences had intercepted three Tochka-U missiles over the Belgorod region.")[0][
        2:5] == ("Tochka-U", None, 3)


def test_a_first_hedged_count_of_the_downed_gives_way_to_the_full_report() -> None:
    rows = _full("The air force initially said at least 70 drones had been downed overnight. Its full report later "
                 "said Russia had launched 112 drones, of which 86 were shot down and 19 were lost from radar.")
    assert rows == [("russia", "drone", None, 112, 86, 19, "Ukrainian air force")]


def test_a_threads_shorthand_for_the_air_force_continues_its_claim() -> None:
    rows = _full("1/ Per the air force, Russia sent 412 drones and nine Kalibr missiles overnight.",
                 "2/ The AF says 260 drones were shot down and 130 were lost to EW. Seven Kalibrs were destroyed.")
    assert rows == [("russia", "drone", None, 412, 260, 130, "Ukrainian air force"),
                    ("russia", "missile", "Kalibr", 9, 7, None, "Ukrainian air force")]


def test_an_irbm_is_a_missile_of_its_own_and_either_or_outcomes_are_unknown() -> None:
    rows = _full("The air force said Russian forces launched one IRBM from the Astrakhan region, one Kinzhal missile "
                 "and five Kh-101 cruise missiles at Kryvyi Rih. It said four of the Kh-101s were shot down; it did not "
                 "say whether the IRBM or the Kinzhal was intercepted.")
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in rows] == [
        ("IRBM", 1, None), ("Kinzhal", 1, None), ("Kh-101", 5, 4)]


@pytest.mark.parametrize("text", [
    "The bottom line: August was the worst month of the year for drone strikes, with more than 5,200 launched.",
    "The ministry said its air defences had destroyed 940 Ukrainian drones over the course of the week.",
    "The week so far, according to the air force: 1,300 drones and 41 missiles.",
])
def test_a_months_or_weeks_total_is_no_attack(text: str) -> None:
    assert _full(text) == []


def test_figures_after_a_colon_that_names_their_source() -> None:
    rows = _full("Last night alone, according to the air force: 164 drones and two Iskander-M ballistic missiles. 120 drones "
                 "were shot down and 31 were lost to jamming.")
    assert [(w, t, launched, downed, lost) for _, w, t, launched, downed, lost, _ in rows] == [
        ("drone", None, 164, 120, 31), ("missile", "Iskander-M", 2, None, None)]


def test_rockets_fired_from_launchers_listed_between_downed_weapons_give_no_launch_verb() -> None:
    rows = _full("The ministry said air defences had downed three ATACMS missiles, eight rockets fired from HIMARS "
                 "launchers and 45 drones over the past day.")
    assert [(w, launched, downed) for _, w, _, launched, downed, _, _ in rows] == [("missile", None, 3), ("drone", None, 45)]


def test_a_body_that_listed_the_figures_is_their_claimant() -> None:
    rows = _full("Russia fired six Kalibr missiles from the Black Sea overnight, and all six were shot down, navy "
                 "spokesman Dmytro Pletenchuk said.",
                 "The air force's daily report also listed six Kalibr missiles launched and six destroyed.")
    assert [r[-1] for r in rows] == ["Dmytro Pletenchuk", "Ukrainian air force"]


def test_one_attack_dated_last_week_is_a_claim_and_the_one_quoted_after_an_office_is_named() -> None:
    rows = _full("Russia fired three KN-23 missiles at Zaporizhzhia in a single strike last week, and none of them was "
                 "intercepted, Yonhap quoted Kyrylo Budanov, the head of military intelligence, as saying.")
    assert rows == [("russia", "missile", "KN-23", 3, 0, None, "Kyrylo Budanov")]
    rows = _full("RIA quoted the governor of the Kursk region, Alexander Khinshtein, as saying that 11 drones had been "
                 "shot down overnight.")
    assert [r[-1] for r in rows] == ["Alexander Khinshtein"]
    assert _full("Russia fired 1,400 drones in attacks last week, the president said.") == []


def test_a_share_listed_after_the_verbs_first_object() -> None:
    rows = _full("Russia launched 90 drones and 24 missiles overnight, the air force said. Air defences brought down "
                 "most of the drones and three-quarters of the missiles.")
    assert [(w, launched, downed) for _, w, _, launched, downed, _, _ in rows] == [("drone", 90, None), ("missile", 24, 18)]


def test_every_sentence_of_a_quote_is_the_speakers_named_after_it() -> None:
    rows = _full("Russia launched 61 drones overnight, 50 of which were shot down, the air force said.",
                 '"Of 61 drones, 50 were destroyed. My thanks to every air defence crew," President Volodymyr Zelensky '
                 "wrote on Telegram.")
    assert [(launched, downed, who) for _, _, _, launched, downed, _, who in rows] == [
        (61, 50, "Ukrainian air force"), (61, 50, "Volodymyr Zelensky")]


def test_the_date_of_a_yardstick_after_since_is_not_the_claims() -> None:
    doc = _doc("Governor Alexander Gusev said on Tuesday that 17 drones had been destroyed over the Voronezh region "
               "overnight, the most since 30 drones were shot down on April 2.", published=date(2025, 6, 10))
    assert [(r["intercepted"], r["report_date"]) for r in extract_air_attacks(doc)] == [(17, "2025-06-10")]


def test_a_month_in_which_and_a_bodys_own_drones() -> None:
    assert _full("The night's strike capped a month in which Russia fired more than 4,900 drones and 160 missiles, by "
                 "an AFP count of air force reports.") == []
    rows = _full("Ukraine's General Staff said more than 80 of its long-range drones were used against the refinery "
                 "at Ryazan overnight.")
    assert [(a, w, launched) for a, w, _, launched, _, _, _ in rows] == [("ukraine", "drone", 80)]


def test_a_total_put_without_a_verb_of_its_own_before_of_which_and_a_press_service() -> None:
    rows = _full("Russia attacked the Mykolaiv region with up to 30 drones, governor Vitaliy Kim said.",
                 "The air force's morning summary put the nationwide total at 118 drones and decoys, of which 91 were "
                 "shot down or suppressed.")
    assert [(launched, downed, who) for _, _, _, launched, downed, _, who in rows] == [
        (30, None, "Vitaliy Kim"), (118, 91, "Ukrainian air force")]
    rows = _full("Units of Air Command South destroyed 12 attack drones over the Odesa region overnight, the command's "
                 "press service reported.")
    assert [r[-1] for r in rows] == ["Air Command South"]


def test_a_launch_site_in_a_possessive_is_not_where_the_drones_were_downed() -> None:
    rows = _full("Russia launched 71 drones and three Iskander-M missiles at Ukraine overnight, the air force said.",
                 "The missiles were launched from Russia's Belgorod Oblast and the drones from the directions of Kursk "
                 "and Bryansk, according to the report. By 09:00, 52 drones had been shot down and 14 were lost.")
    assert [(a, w, launched, downed, lost) for a, w, _, launched, downed, lost, _ in rows] == [
        ("russia", "drone", 71, 52, 14), ("russia", "missile", 3, None, None)]


def test_an_outlet_citing_the_speakers_own_channel_and_drones_used_in_the_operation_the_sentence_opened_with() -> None:
    rows = _full("Volodymyr Zelensky said on Saturday that Russia had used about 300 drones overnight, RIA reported, "
                 "citing his Telegram channel.")
    assert [r[-1] for r in rows] == ["Volodymyr Zelensky"]
    rows = _full("Ukrainian drones hit a fuel depot in Russia's Bryansk region overnight, officials said, while a source "
                 "in the SBU said about 50 drones had been used in the operation.")
    assert [(a, launched) for a, _, _, launched, _, _, _ in rows] == [("ukraine", 50)]


def test_drones_that_flew_over_a_region_and_a_yardstick_from_last_month() -> None:
    rows = _full("At least 16 Shahed drones flew over the Sumy region, 11 of which were shot down, the governor said.")
    assert [(launched, downed) for _, _, _, launched, downed, _, _ in rows] == [(16, 11)]
    assert _full("It was the biggest attack on the region since the spring, surpassing the 40 drones Russia said it had "
                 "downed there last September.") == []


def test_a_lone_missile_also_shot_down_and_a_semicolon_list_item_with_its_own_outcome() -> None:
    rows = _full("Russia attacked overnight with 30 Shahed drones and one Kh-59 missile, the air force said. Twenty-two "
                 "of the drones were shot down; the missile was also shot down, it said.")
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in rows] == [("Shahed", 30, 22), ("Kh-59", 1, 1)]
    rows = _full("The air force said Russia fired 40 Kh-101 missiles, of which 36 were shot down; eight Kalibr missiles, "
                 "all of which were destroyed; and four Kinzhal missiles, two of which were intercepted.")
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in rows] == [
        ("Kh-101", 40, 36), ("Kalibr", 8, 8), ("Kinzhal", 4, 2)]


def test_a_bullets_verbless_count_with_a_time_word_and_figures_a_second_claimant_put_at() -> None:
    rows = _full("Key developments:", "• Air force: 93 drones overnight, 70 downed, 18 locationally lost.")
    assert [(launched, downed, lost) for _, _, _, launched, downed, lost, _ in rows] == [(93, 70, 18)]
    rows = _full("Russia launched about 120 drones and several missiles overnight, Zelensky said.",
                 "The air force later put the figures at 126 drones and nine missiles; 101 drones and seven missiles "
                 "were shot down.")
    assert [(w, launched, downed, who) for _, w, _, launched, downed, _, who in rows] == [
        ("drone", 120, None, "Zelensky"), ("drone", 126, 101, "Ukrainian air force"),
        ("missile", 9, 7, "Ukrainian air force")]


def test_items_under_an_intro_that_ends_with_with_and_labels_with_a_bracketed_type_or_a_place() -> None:
    rows = _full("Overnight, the enemy attacked the Zaporizhzhia region with",
                 "- 23 Shahed-type UAVs", "- 2 Iskander-M missiles")
    assert [(t, launched) for _, _, t, launched, _, _, _ in rows] == [("Shahed", 23), ("Iskander-M", 2)]
    rows = _full("Air force: overnight figures", "Cruise missiles (Kh-101): 8 | shot down: 6",
                 "Shahed UAVs over the Odesa and Mykolaiv regions: 31 — 27 shot down")
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in rows] == [("Kh-101", 8, 6), ("Shahed", 31, 27)]


def test_a_period_review_heading_and_a_barrage_that_remains_the_largest() -> None:
    assert _full("August in numbers (our count of air force reports)", "Drones launched in August: 5,100",
                 "Missiles: 180, of which 40% intercepted") == []
    rows = _full("Week in review: night by night", "Tuesday night: Russia launched 96 drones; 70 were shot down.",
                 "Missiles over the week: 44")
    assert [(launched, downed) for _, _, _, launched, downed, _, _ in rows] == [(96, 70)]
    rows = _full("The weekend attack: Saturday's barrage of 700 drones remains the largest of the war. Overnight into "
                 "Monday the air force counted 120 drones, 95 of which were shot down.")
    assert [(launched, downed) for _, _, _, launched, downed, _, _ in rows] == [(120, 95)]


def test_a_figure_first_said_then_replaced_and_a_commands_own_figures_under_its_intro() -> None:
    rows = _full("Russia launched 96 drones overnight, the air force said, after initially saying at least 40 had been "
                 "shot down. In its full report, it said 71 of the drones were shot down and 18 were lost.")
    assert [(launched, downed, lost) for _, _, _, launched, downed, lost, _ in rows] == [(96, 71, 18)]
    rows = _full("Air Command South, which covers the Odesa, Mykolaiv and Kherson regions, posted its own figures:",
                 "Shahed UAVs detected: 31", "Destroyed: 24")
    assert [(launched, downed, who) for _, _, _, launched, downed, _, who in rows] == [(31, 24, "Air Command South")]


def test_an_update_with_another_figure_adds_a_row_instead_of_replacing_the_first() -> None:
    rows = _full("The defence ministry said at 8 a.m. that 41 Ukrainian drones had been destroyed overnight over the Kursk "
                 "and Oryol regions.",
                 "In an update three hours later, it said air defences had shot down another 15 drones over the Kursk "
                 "region during the morning.")
    assert [(a, downed) for a, _, _, _, downed, _, _ in rows] == [("ukraine", 41), ("ukraine", 15)]


def test_a_yardstick_short_of_a_dated_record_does_not_date_tonights_attack() -> None:
    rows = extract_air_attacks(_doc(
        "Russia sent 414 drones and 22 missiles at Ukraine overnight, the air force said on Friday, a heavy barrage "
        "though well short of the record attack of 12 March, when Russia launched 800 drones.",
        "Air defences downed 350 of the drones and 18 of the missiles, it said.", published=date(2025, 6, 20)))
    assert [(r["weapon"], r["launched"], r["intercepted"], r["report_date"]) for r in rows] == [
        ("drone", 414, 350, "2025-06-20"), ("missile", 22, 18, "2025-06-20")]


def test_a_headline_floor_over_the_storys_exact_figure_is_no_claim_of_its_own() -> None:
    doc = case_document({"id": "x", "published": "2025-04-02", "text": (
        "Russia sends more than 150 drones at Ukraine's south\n\n"
        "Russia sent 208 drones and four ballistic missiles towards the Odesa and Mykolaiv regions overnight, the air "
        "force said on Wednesday.")})
    assert [(r["weapon"], r["launched"], r["qualifier"]) for r in extract_air_attacks(doc)] == [
        ("drone", 208, "exact"), ("missile", 4, "exact")]
    doc = case_document({"id": "x", "published": "2025-04-02", "text": (  # too far above the floor to be its rounding
        "Russia sends more than 100 drones at Ukraine's south\n\n"
        "Russia sent 208 drones towards the Odesa region overnight, the air force said on Wednesday.")})
    assert [(r["launched"], r["qualifier"]) for r in extract_air_attacks(doc)] == [(100, "more_than"), (208, "exact")]


def test_weapons_that_struck_with_none_of_them_downed_were_all_launched() -> None:
    assert _full("Three cruise missiles struck the port of Izmail before dawn, the regional governor said, adding that "
                 "none of them had been shot down.") == [("russia", "missile", "cruise", 3, 0, None, "regional governor")]
    assert _full("Two drones hit a warehouse in Sumy; neither was intercepted, the mayor said.") == [
        ("russia", "drone", None, 2, 0, None, "mayor")]


def test_a_share_of_one_missile_type_beside_another_and_a_share_that_borrows_the_verb() -> None:
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in _full(
        "Russia fired 12 cruise missiles and six ballistic missiles at the west overnight, the air force said. Ten of the "
        "cruise missiles were downed, but only one in three of the ballistic missiles was intercepted.")] == [
        ("cruise", 12, 10), ("ballistic", 6, 2)]
    assert [(w, launched, downed) for _, w, _, launched, downed, _, _ in _full(
        "Russia launched 40 drones and 12 cruise missiles overnight, the air force said. Roughly 90% of the drones were "
        "destroyed, as were three-quarters of the missiles.")] == [("drone", 40, None), ("missile", 12, 9)]


def test_a_fronted_of_these_before_a_list_of_parts_that_share_one_verb() -> None:
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in _full(
        "The air force said Russia launched 212 drones, nine Kalibr cruise missiles and three Iskander-M ballistic "
        "missiles. Of these, 190 drones, eight of the cruise missiles and one of the ballistic missiles were destroyed.")] == [
        (None, 212, 190), ("Kalibr", 9, 8), ("Iskander-M", 3, 1)]


def test_a_figure_in_words_opening_a_sentence_is_no_claimant() -> None:
    assert _full("The air force said Russia had launched 75 drones and three Kh-59 missiles overnight. Forty-one of the "
                 "drones were shot down, it said; it did not say whether the missiles had been intercepted.") == [
        ("russia", "drone", None, 75, 41, None, "Ukrainian air force"),
        ("russia", "missile", "Kh-59", 3, None, None, "Ukrainian air force")]


def test_a_body_that_listed_the_weapons_and_a_wire_dateline_that_is_no_claimant() -> None:
    assert [(t, launched, downed) for _, _, t, launched, downed, _, _ in _full(
        "Russia attacked overnight with missiles and drones, the air force said. It listed 4 Kinzhal aeroballistic "
        "missiles and 19 Kh-101 cruise missiles. Air defences destroyed 3 Kinzhals and 17 Kh-101s, it said.")] == [
        ("Kinzhal", 4, 3), ("Kh-101", 19, 17)]
    assert _full("ANKARA - Russia's defence ministry said on Tuesday that its air defences had destroyed 37 Ukrainian "
                 "drones over the Kursk region.") == [("ukraine", "drone", None, None, 37, None, "Russian defence ministry")]


def test_a_hedged_first_count_gives_way_to_the_same_claimants_fuller_one() -> None:
    # a floor the same claimant's count of the night exceeds: "at least 41", told after the "93"
    rows = _rows("Ukraine's air force said Russia had launched 93 drones overnight, of which 70 were shot down.",
                 "In its first message of the night, shortly after 1am, the air force said Russia had sent \"at least 41 "
                 "drones\" towards Kyiv and Cherkasy.")
    assert rows == [("russia", "drone", 93, 70, None)]
    # a first count of the downed alone, said to be a floor, then the ministry's full statement
    rows = _rows("Russia's defence ministry first said that at least 20 Ukrainian drones had been shot down over Kursk.",
                 "Its later statement said air defences had destroyed 44 drones over six regions overnight.")
    assert rows == [("ukraine", "drone", None, 44, None)]
    # a headline's "raising preliminary count" names the count replaced, not the one it gives
    doc = _doc("Russia's defence ministry said on Sunday that at least 25 Ukrainian drones had been destroyed over southern "
               "Russia, according to preliminary figures. In a fuller statement later in the day, it said 39 drones had been "
               "destroyed over the Belgorod, Bryansk and Oryol regions.",
               headline="Moscow says 39 Ukrainian drones downed, raising preliminary count", published=date(2025, 5, 2))
    assert [(r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)] == [(None, 39)]


@pytest.mark.parametrize(("sentence", "downed"), [
    ("Vyacheslav Gladkov, governor of the Belgorod region bordering Ukraine, said nine drones were shot down over the region "
     "on Sunday.", 9),
    ("Roman Starovoit, the governor of the Kursk region, which borders Ukraine, said 14 drones had been destroyed over the "
     "region.", 14),
])
def test_the_neighbour_a_region_is_described_by_is_not_the_governors_side(sentence: str, downed: int) -> None:
    assert _rows(sentence) == [("ukraine", "drone", None, downed, None)]


@pytest.mark.parametrize("yardstick", [
    "It was smaller than the record strike of Sept. 7, when Russia fired 810 drones and 13 missiles.",
    "That was well below the record barrage of Oct. 5, when Russia fired 810 drones and 13 missiles.",
])
def test_an_earlier_attack_dated_with_an_abbreviated_month_is_a_yardstick(yardstick: str) -> None:
    rows = _rows("Russia launched 214 drones at Ukraine overnight, the air force said.", yardstick)
    assert rows == [("russia", "drone", 214, None, None)]


def test_the_same_period_as_a_week_is_no_attack_but_the_same_day_is() -> None:
    assert _rows("In the past seven days, Russian troops made 1,180 assaults on Ukrainian positions, the commander in chief "
                 "said. Over the same period, Russia sent roughly 1,340 drones and 52 missiles against Ukrainian towns.") == []
    assert _rows("Defenders fought off 980 attacks this month, the General Staff said.",
                 "During that period Russia also launched more than 4,000 drones, President Zelensky said.") == []
    assert _rows("Ukrainian troops repelled 1,090 assaults over the past week, the commander said. In the same seven days "
                 "Russia launched about 1,200 drones at Ukrainian towns, the president said.") == []
    rows = _rows("Over the past 24 hours there were 163 combat clashes, the General Staff said. In the same period, air "
                 "defence units shot down 45 Russian drones, it said.")
    assert rows == [("russia", "drone", None, 45, None)]


def test_the_other_sides_trade_is_no_place_attacked() -> None:
    rows = _rows("\"Last night the Russians sent 310 drones and 19 missiles at our towns,\" Zelensky said in his evening "
                 "address, urging partners to agree a ban on Russian gas exports.")
    assert sorted(rows) == [("russia", "drone", 310, None, None), ("russia", "missile", 19, None, None)]
    rows = _rows("\"Tonight the Russians launched 95 drones against our cities,\" President Zelensky said, calling for sanctions "
                 "on Russian oil.")
    assert rows == [("russia", "drone", 95, None, None)]
    # a place named by what stands on it is still one
    rows = _rows("Kyiv launched around 120 drones at Russian oil depots overnight, a source in the SBU said.")
    assert rows == [("ukraine", "drone", 120, None, None)]


@pytest.mark.parametrize("yardstick", [
    "The attack was smaller than that of the previous night, when the air force had counted 104 drones.",
    "It was a lighter raid compared with the preceding night, when Russia sent 104 drones.",
])
def test_the_night_before_set_beside_tonight_is_a_yardstick(yardstick: str) -> None:
    rows = _rows("Russia attacked Ukraine with 61 drones overnight, the air force said.", yardstick)
    assert rows == [("russia", "drone", 61, None, None)]


@pytest.mark.parametrize("period", ["Over the whole of March", "Across the entire month"])
def test_a_whole_months_total_is_no_attack(period: str) -> None:
    rows = _rows("Russia launched 73 drones at Ukraine overnight, the air force said.",
                 f"{period}, Russia launched 4,120 long-range drones and 187 missiles, according to air force data.")
    assert rows == [("russia", "drone", 73, None, None)]


def test_the_record_set_beside_tonight_is_a_yardstick_with_the_list_it_heads() -> None:
    rows = _rows("Russia sent 52 drones against Ukraine overnight, 38 of which were downed, the air force said, well short of "
                 "the record 810 drones and 13 missiles of early September.")
    assert rows == [("russia", "drone", 52, 38, None)]


@pytest.mark.parametrize("people", [
    "Nine residents were hurt, three of them critically, the mayor said.",
    "Five children were among the wounded, two of them in a serious condition.",
])
def test_a_share_of_people_after_a_drone_attack_is_no_drone_count(people: str) -> None:
    # (a range launched is no figure, so the share of people would be the first count of the claim)
    assert _rows("Between 30 and 40 drones attacked Zaporizhzhia overnight, governor Ivan Fedorov said, about a third of "
                 f"which were shot down. {people}") == []


@pytest.mark.parametrize("correction", [
    "Revised count\n\nThe air force now says Russia launched 81 drones, not 88 as it said in the morning. Of them, 60 were "
    "shot down and 15 were lost to jamming, it said.",
    "Revised count\n\nRussia launched 81 drones overnight, not the 88 the air force had initially reported; 60 were shot "
    "down and 15 lost to jamming.",
])
def test_a_later_post_naming_the_figure_it_replaces_removes_that_post_s_row(correction: str) -> None:
    doc = _blog(
        "Ukraine war live",
        f"{correction}\n\nJane Doe 4 March 2025 12:10",
        "Strike on Poltava\n\nA drone hit a grain silo in Poltava, the governor said.\n\nJane Doe 4 March 2025 10:00",
        "88 drones overnight\n\nRussia attacked Ukraine with 88 drones overnight, Ukraine's air force said.\n\n"
        "Jane Doe 4 March 2025 08:05",
    )
    assert _keys(doc) == [("russia", "drone", 81, 60, 15)]


def test_drones_that_flew_back_into_russia_do_not_make_the_outcomes_russias_target() -> None:
    rows = _rows("Russia launched 64 drones overnight, the air force said.",
                 "Of these, 41 were shot down and 17 were lost from radar; two flew back into Russian airspace.")
    assert rows == [("russia", "drone", 64, 41, 17)]


def test_none_of_a_sum_of_typed_missiles_goes_to_each_type() -> None:
    rows = _rows("The air force said four Kh-22 missiles and three Kh-32s had been launched from the Sea of Azov. \"Our "
                 "systems have no answer to them, and none of the seven was shot down,\" the spokesman said.")
    assert sorted(rows) == [("russia", "missile", 3, 0, None), ("russia", "missile", 4, 0, None)]


@pytest.mark.parametrize("outcome", [
    "Air defence was unable to intercept it.",
    "Our air defence could not bring it down.",
    "The crews failed to intercept it, the mayor said.",
])
def test_a_single_missile_defence_could_not_stop(outcome: str) -> None:
    rows = _rows("The enemy struck the port with one Iskander-M ballistic missile at noon, mayor Ihor Terekhov said. " + outcome)
    assert rows == [("russia", "missile", 1, 0, None)]


def test_defences_unable_to_stop_the_missiles_of_a_claim() -> None:
    rows = _rows("Russia fired three ballistic missiles at Sumy on Tuesday, the regional governor said; air defence was "
                 "unable to intercept them.")
    assert rows == [("russia", "missile", 3, 0, None)]


def test_a_list_items_head_before_a_colon_is_the_number_launched() -> None:
    rows = _rows("Air force: overnight attack on Odesa",
                 "• 4 Kalibr cruise missiles, fired from the Black Sea: 3 shot down",
                 "• 88 Shahed-type drones: 61 shot down, 20 locationally lost")
    assert sorted(rows) == [("russia", "drone", 88, 61, 20), ("russia", "missile", 4, 3, None)]


def test_each_night_of_a_two_night_sentence_takes_its_own_outcomes() -> None:
    doc = _doc("Russia sent 95 drones at Ukraine overnight into Saturday, the air force said, and then launched 58 drones "
               "on Saturday night.",
               "Overnight into Sunday, 41 drones were shot down and 12 were lost to jamming, the air force said.",
               published=date(2025, 3, 9))
    rows = sorted((r["launched"], r["intercepted"], r["lost"], r["report_date"]) for r in extract_air_attacks(doc))
    assert rows == [(58, 41, 12, "2025-03-09"), (95, None, None, "2025-03-08")]


def test_respective_outcomes_of_two_nights_of_one_weapon() -> None:
    rows = _rows("Russia launched 64 drones at Ukraine on Friday night and 90 on Saturday night, the air force said on Sunday, "
                 "adding that 50 and 71 of them had been shot down respectively.")
    assert sorted(rows) == [("russia", "drone", 64, 50, None), ("russia", "drone", 90, 71, None)]


def test_the_previous_high_is_a_yardstick_with_every_weapon_it_lists() -> None:
    rows = _rows("Russia fired 540 drones and 33 missiles at Ukraine overnight, the air force said. The previous high, "
                 "recorded in early September, was 520 drones and 45 missiles.",
                 "Air defences downed 497 of the drones and 21 of the missiles, it said.")
    assert sorted(rows) == [("russia", "drone", 540, 497, None), ("russia", "missile", 33, 21, None)]


def test_a_key_events_bullet_with_a_source_label_is_no_heading_for_the_next_bullet() -> None:
    doc = _doc("Key developments:",
               "- General Staff: 1,402 combat clashes in the past week",
               "- Russia fires 81 drones, three missiles overnight",
               "Russia launched 81 drones and three Iskander-M missiles at Ukraine overnight, the air force said. Of the "
               "drones, 60 were shot down. None of the missiles was intercepted.",
               published=date(2025, 6, 9))
    rows = sorted((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 81, 60, "Ukrainian air force"), ("missile", 3, 0, "Ukrainian air force")]


def test_the_ministrys_updated_count_of_the_downed_is_a_row_beside_its_first() -> None:
    rows = _rows("Russia's defence ministry said at 08:00 Moscow time that air defences had destroyed 52 Ukrainian drones "
                 "overnight. In an updated statement at noon, the ministry said 67 drones had been destroyed overnight.")
    assert sorted(rows) == [("ukraine", "drone", None, 52, None), ("ukraine", "drone", None, 67, None)]
    # a hedged first figure is still replaced
    rows = _rows("Russia's defence ministry said at 08:00 that at least 40 Ukrainian drones had been destroyed overnight. "
                 "In an updated statement at noon, the ministry said 67 drones had been destroyed overnight.")
    assert rows == [("ukraine", "drone", None, 67, None)]


def test_the_other_sides_answer_with_saying_is_its_own_claim() -> None:
    doc = _doc("Ukraine's General Staff said on Monday it had used 74 drones in strikes on a refinery in the Volgograd region.",
               "Russia's defence ministry offered a different version, saying its air defences had intercepted 51 Ukrainian "
               "drones over six regions.", published=date(2025, 9, 1))
    rows = sorted((r["launched"] or 0, r["intercepted"] or 0, r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [(0, 51, "Russian defence ministry"), (74, 0, "Ukrainian General Staff")]


def test_a_second_claimant_giving_the_same_totals_with_outcomes_is_a_row_of_its_own() -> None:
    doc = _doc("Russia launched 210 drones and nine missiles at Ukraine overnight, President Volodymyr Zelensky said.",
               "The air force, giving the same totals, said 187 of the drones and seven of the missiles had been shot down.",
               published=date(2025, 4, 3))
    rows = sorted((r["weapon"], r["launched"], r["intercepted"] or 0, r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 210, 0, "Volodymyr Zelensky"), ("drone", 210, 187, "Ukrainian air force"),
                    ("missile", 9, 0, "Volodymyr Zelensky"), ("missile", 9, 7, "Ukrainian air force")]


def test_a_correction_with_a_time_after_its_figure() -> None:
    rows = _rows("The air force first said 90 drones had been launched, then revised the figure to 97 two hours later, "
                 "saying 70 had been shot down and 20 lost.")
    assert rows == [("russia", "drone", 97, 70, 20)]


def test_a_headlines_passive_place_is_the_target_not_the_launcher() -> None:
    doc = _doc("\"Over the past night, air defence systems destroyed 37 Ukrainian drones over the Moscow region,\" Russia's "
               "defence ministry said.", headline="Moscow targeted in drone attack; ministry says 37 downed",
               published=date(2025, 3, 11))
    assert [(r["attacker"], r["intercepted"]) for r in extract_air_attacks(doc)] == [("ukraine", 37)]


def test_drones_flying_towards_a_region_are_the_count_launched_at_it() -> None:
    rows = _rows("Air Command East said about 25 drones had been flying towards the eastern regions overnight, and 19 of "
                 "them had been shot down.")
    assert rows == [("russia", "drone", 25, 19, None)]


def test_an_attack_that_tonights_followed_is_a_yardstick_with_its_list() -> None:
    rows = _rows("Russia launched 64 drones at Ukraine overnight, the air force said. That came after an attack on Saturday "
                 "night involving 140 drones and four ballistic missiles.")
    assert rows == [("russia", "drone", 64, None, None)]


def test_a_leads_hedged_count_of_the_downed_gives_way_to_the_same_claimants_exact_one() -> None:
    rows = _rows("Russia says it has shot down more than 150 Ukrainian drones overnight, the largest such attack this year.",
                 "The Russian defence ministry said air defences had destroyed 163 drones over eight regions.")
    assert rows == [("ukraine", "drone", None, 163, None)]
    # another claimant's exact figure is a claim of its own, and leaves the hedged one standing
    rows = _rows("Russia says it has shot down more than 150 Ukrainian drones overnight.",
                 "Moscow's mayor Sergei Sobyanin said 160 drones had been downed on approach to the city.")
    assert sorted(rows) == [("ukraine", "drone", None, 150, None), ("ukraine", "drone", None, 160, None)]


def test_the_night_befores_barrage_named_by_its_figure_is_a_yardstick() -> None:
    rows = _rows("Russia launched 120 drones overnight, the air force said. The attack was far smaller than the previous "
                 "night's massive barrage of 310 drones and 12 missiles.")
    assert rows == [("russia", "drone", 120, None, None)]


def test_a_missile_that_struck_and_was_not_intercepted_was_launched() -> None:
    rows = _rows("One Russian Iskander-M missile struck an industrial site in Kharkiv and was not intercepted, governor Oleh "
                 "Syniehubov said.")
    assert rows == [("russia", "missile", 1, 0, None)]


def test_weapons_named_then_said_to_be_what_a_side_sent() -> None:
    rows = _rows("Speaking in his nightly video, President Volodymyr Zelensky said: \"Six Iskanders and roughly 150 drones - "
                 "that is what Russia sent at Kharkiv and Dnipro overnight, while its envoys talk of a ceasefire.\"")
    assert sorted(rows) == [("russia", "drone", 150, None, None), ("russia", "missile", 6, None, None)]


def test_a_sayer_after_the_figure_with_a_figure_of_its_own_does_not_claim_the_first() -> None:
    doc = _doc("Ukraine says Russia launched 95 drones, Russia claims downing 41 Ukrainian drones",
               published=date(2025, 6, 6))
    rows = sorted((r["attacker"], r["launched"] or 0, r["intercepted"] or 0, r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("russia", 95, 0, "Ukrainian military"), ("ukraine", 0, 41, "Russian defence ministry")]


def test_most_of_a_count_downed_gives_the_count_launched_only() -> None:
    rows = _rows("Ukraine says most of 118 Russian drones downed overnight")
    assert rows == [("russia", "drone", 118, None, None)]


def test_totals_given_as_figures_and_an_earlier_weekdays_attack_as_yardstick() -> None:
    rows = _rows("Ukraine's air force later gave the totals as 212 drones and 17 missiles, saying 180 of the drones and nine "
                 "of the missiles had been shot down.")
    assert sorted(rows) == [("russia", "drone", 212, 180, None), ("russia", "missile", 17, 9, None)]
    rows = _rows("Russia launched 88 drones overnight, the air force said.",
                 "The attack was smaller than Tuesday's, when Russia fired 41 missiles and 230 drones at Ukraine.")
    assert rows == [("russia", "drone", 88, None, None)]


def test_a_rising_count_of_the_injured_is_no_revision_of_the_drones() -> None:
    rows = _rows("Mayor Ihor Terekhov on Telegram: \"Russia attacked the city overnight with at least 23 Shahed drones and "
                 "two guided aerial bombs. Four people were killed. The number of injured has risen to 38, including two "
                 "children.\"")
    assert rows == [("russia", "drone", 23, None, None)]


def test_a_leads_round_figure_in_words_gives_way_to_the_exact_count() -> None:
    rows = _rows("Russia said on Monday it had downed more than a hundred Ukrainian drones overnight.",
                 "The defence ministry said 108 drones had been destroyed over 12 regions.")
    assert rows == [("ukraine", "drone", None, 108, None)]


def test_the_last_item_of_a_downed_list_with_a_describing_participle_was_downed() -> None:
    rows = _rows("Russia's defence ministry said its air defences had destroyed two Neptune missiles, six HIMARS rockets and "
                 "58 drones launched by Ukraine over the past day.")
    assert sorted(rows) == [("ukraine", "drone", None, 58, None), ("ukraine", "missile", None, 2, None)]


def test_a_share_of_a_family_named_without_its_variant_is_no_share_of_the_cruise_missiles() -> None:
    rows = _rows("Russia launched 212 drones, 20 Kh-101 cruise missiles and six Iskander-M ballistic missiles overnight, the "
                 "air force said. Air defences destroyed 190 of the drones, 18 of the cruise missiles and two of the Iskanders.")
    assert sorted(rows) == [("russia", "drone", 212, 190, None), ("russia", "missile", 6, 2, None),
                            ("russia", "missile", 20, 18, None)]


def test_weapons_fired_whose_outcome_is_left_open_were_launched() -> None:
    rows = _rows("Of the 96 drones Russia launched overnight, 71 were shot down, the air force said. It did not say whether "
                 "any of the four Kalibr missiles fired at Odesa were intercepted.")
    assert sorted(rows) == [("russia", "drone", 96, 71, None), ("russia", "missile", 4, None, None)]


def test_drones_that_attacked_and_a_share_of_them_downed() -> None:
    rows = _rows("The mayor Ihor Terekhov said 16 drones attacked Kharkiv overnight and a quarter of them were shot down.")
    assert rows == [("russia", "drone", 16, 4, None)]


def test_drones_that_took_part_in_an_overnight_strike_were_launched() -> None:
    rows = _rows("Ukraine's Unmanned Systems Forces said about 45 of their drones had taken part in an overnight strike on an "
                 "oil depot in Russia's Bryansk region.")
    assert rows == [("ukraine", "drone", 45, None, None)]


def test_a_second_claimant_citing_the_same_figures_with_saying_is_a_claim_of_its_own() -> None:
    doc = _doc("Russia launched 118 drones and four ballistic missiles overnight, the air force reported. Air defence units "
               "shot down 90 of the drones.",
               "President Volodymyr Zelensky cited the same numbers in a post on X, saying Russia had sent \"118 attack "
               "drones and four ballistic missiles\" against Ukrainian cities.", published=date(2025, 3, 14))
    rows = sorted((r["weapon"], r["launched"], r["intercepted"] or 0, r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 118, 0, "Volodymyr Zelensky"), ("drone", 118, 90, "Ukrainian air force"),
                    ("missile", 4, 0, "Ukrainian air force"), ("missile", 4, 0, "Volodymyr Zelensky")]


def test_news_that_came_a_day_after_an_attack_reports_that_attack() -> None:
    rows = _rows("The announcement came a day after Russia fired 39 missiles and 410 drones at Ukraine, according to the "
                 "Ukrainian air force, which said it had downed 33 of the missiles and 380 of the drones.")
    assert sorted(rows) == [("russia", "drone", 410, 380, None), ("russia", "missile", 39, 33, None)]
    # an attack that came a day after another names that other as a yardstick
    rows = _rows("Russia launched 70 drones at Ukraine overnight, the air force said. The attack came a day after Russia "
                 "fired 39 missiles and 410 drones.")
    assert rows == [("russia", "drone", 70, None, None)]


def test_another_claimant_putting_the_total_at_a_quoted_figure() -> None:
    doc = _doc("Russia attacked Ukraine overnight with 208 drones and 11 Kh-101 cruise missiles, the air force said.",
               "Later, President Volodymyr Zelensky put the total at \"about 220 drones and missiles\".",
               published=date(2025, 4, 25))
    rows = sorted((r["weapon"], r["launched"], r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 208, "Ukrainian air force"), ("missile", 11, "Ukrainian air force"),
                    ("mixed", 220, "Volodymyr Zelensky")]


def test_the_side_that_reports_a_barrage_is_not_its_attacker() -> None:
    rows = _rows("Ukraine's military said the barrage included 212 drones and nine missiles.")
    assert sorted(rows) == [("russia", "drone", 212, None, None), ("russia", "missile", 9, None, None)]
    # ... but the side that says "it" did something is its subject
    assert _rows("Ukraine said it had struck an oil depot in Russia with 35 drones.") == [("ukraine", "drone", 35, None, None)]


def test_none_of_the_s300s_counts_air_defence_missiles_by_their_plural() -> None:
    rows = _rows("Russia fired four S-300 missiles at Kharkiv and 52 drones across Ukraine overnight, the air force said. "
                 "It downed 40 of the drones, but none of the S-300s could be intercepted.")
    assert sorted(rows) == [("russia", "drone", 52, 40, None), ("russia", "missile", 4, 0, None)]


def test_a_time_after_a_sentence_break_is_no_claimant() -> None:
    doc = _doc("The Kursk governor said on Telegram that 11 drones had been shot down overnight, citing preliminary "
               "information. At 7 a.m., he said 34 drones had been shot down over the region.", published=date(2025, 8, 3))
    rows = [(r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)]
    assert rows == [(34, "Kursk governor")]


def test_he_after_an_office_one_person_holds_is_that_office() -> None:
    doc = _doc("The Bryansk governor said on Telegram that 16 drones had been downed over the region overnight.",
               "He later said 29 drones had been downed in all, after a second wave.", published=date(2025, 9, 2))
    rows = [(r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)]
    assert (29, "Bryansk governor") in rows


def test_a_record_the_claimant_reported_on_an_earlier_night_does_not_date_tonights_count() -> None:
    doc = _doc("Russia's defence ministry said on Thursday it had downed 61 Ukrainian drones overnight, well below the "
               "record 337 it reported on the night of March 11.", published=date(2025, 8, 14))
    rows = [(r["intercepted"], r["report_date"]) for r in extract_air_attacks(doc)]
    assert rows == [(61, "2025-08-14")]


def test_an_article_in_a_list_of_figures_is_an_item_of_the_list() -> None:
    doc = _doc("Russia fired 410 drones, 21 Kh-101 cruise missiles and three Iskander-M ballistic missiles overnight, the "
               "air force said.",
               "Air defences downed 377 drones, nineteen Kh-101s and a single Iskander-M, it said.", published=date(2025, 11, 3))
    rows = sorted((r["weapon_type"] or "", r["launched"], r["intercepted"]) for r in extract_air_attacks(doc))
    assert rows == [("", 410, 377), ("Iskander-M", 3, 1), ("Kh-101", 21, 19)]


def test_the_missile_too_was_shot_down() -> None:
    rows = _rows("Russia launched 64 drones and one Kinzhal missile overnight, the air force said. Fifty of the drones were "
                 "destroyed. The missile, too, was shot down.")
    assert sorted(rows) == [("russia", "drone", 64, 50, None), ("russia", "missile", 1, 1, None)]


def test_a_launch_site_the_body_names_stays_with_the_headline_row_it_joins() -> None:
    doc = _doc("Russia launched 93 drones from the Kursk and Oryol regions overnight, the air force said; 70 were downed.",
               headline="Ukraine downs 70 of 93 Russian drones", published=date(2025, 5, 6))
    assert [(r["launched"], r["launch_site"]) for r in extract_air_attacks(doc)] == [(93, "Kursk and Oryol regions")]


def test_a_missile_fired_at_a_city_that_was_not_intercepted_is_one_launched_none_downed() -> None:
    rows = _rows("Russia launched 47 drones overnight, 31 of which were shot down, the air force said. An Iskander-M missile "
                 "fired at Poltava was not intercepted and hit a gas facility, it said.")
    assert sorted(rows) == [("russia", "drone", 47, 31, None), ("russia", "missile", 1, 0, None)]


def test_the_sayer_of_a_death_toll_does_not_adopt_the_attack_before_it() -> None:
    doc = _doc("Russia sent 212 drones and 14 missiles against Ukraine overnight. Three people were killed and 18 injured "
               "in Zhytomyr, the regional governor said.",
               "The air force said 190 of the drones and 11 of the missiles had been shot down.", published=date(2025, 9, 21))
    rows = sorted((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 212, 190, "Ukrainian air force"), ("missile", 14, 11, "Ukrainian air force")]


def test_a_named_persons_visit_that_came_after_an_attack_reports_that_attack() -> None:
    rows = _rows("Macron's visit came two days after Russia launched 315 drones and 11 missiles at Ukraine, according to "
                 "the air force.")
    assert sorted(rows) == [("russia", "drone", 315, None, None), ("russia", "missile", 11, None, None)]


def test_and_that_opens_a_clause_with_its_own_verb() -> None:
    rows = _rows("The Sumy governor said 31 drones had attacked the region and that about two-thirds of them had been "
                 "shot down.")
    assert [r[2] for r in rows] == [31]


def test_the_single_missile_of_a_type_downed_beside_drones() -> None:
    rows = _rows("Russia launched 64 drones, three Iskander-M ballistic missiles and one Kh-31P missile overnight, the air "
                 "force said. Fifty of the drones and the single Kh-31P were shot down. None of the Iskander-M missiles was "
                 "intercepted.")
    assert sorted(rows) == [("russia", "drone", 64, 50, None), ("russia", "missile", 1, 1, None),
                            ("russia", "missile", 3, 0, None)]


def test_a_generic_and_a_named_missile_type_listed_side_by_side_are_two_rows() -> None:
    rows = _rows("Russia fired nine ballistic missiles and three Kinzhals at Ukraine overnight, along with 95 drones, the air "
                 "force said.")
    assert sorted(r[2] for r in rows) == [3, 9, 95]


def test_two_single_missiles_of_one_class_listed_apart_are_two_rows() -> None:
    rows = _rows("Russia struck Kharkiv with one ballistic missile launched from the Belgorod region, one Kinzhal missile "
                 "and five Kh-101 cruise missiles, the air force said.")
    assert sorted(r[2] for r in rows) == [1, 1, 5]
    rows = _rows("Russia struck Kharkiv with one ballistic missile, one Kinzhal missile and five Kh-101 cruise missiles, "
                 "the air force said.")
    assert sorted(r[2] for r in rows) == [1, 1, 5]


def test_a_regional_count_that_is_part_of_the_national_total_downed() -> None:
    doc = _doc("Russia's defence ministry said 17 drones had been destroyed over the Bryansk region, part of the 95 it "
               "reported downed nationwide overnight.", published=date(2025, 7, 8))
    assert [(r["launched"], r["intercepted"]) for r in extract_air_attacks(doc)] == [(None, 95)]


def test_both_targets_hit_is_no_count_of_weapons() -> None:
    rows = _rows("Ukrainian drones struck a refinery in the Saratov region and an oil depot in the Tambov region overnight, "
                 "officials on both sides said.",
                 "Russia's Defence Ministry said 61 Ukrainian drones had been destroyed over six regions.",
                 "Ukraine's General Staff said its forces had hit both facilities.")
    assert rows == [("ukraine", "drone", None, 61, None)]


def test_a_habit_of_another_clause_does_not_void_the_count() -> None:
    rows = _rows("Kyiv rarely comments on Moscow's figures and does not usually confirm strikes, but its air force said "
                 "Russia had launched 58 drones overnight, 41 of which were downed.")
    assert rows == [("russia", "drone", 58, 41, None)]
    # a habit in the count's own clause still makes it no single attack
    assert _rows("Russia usually launches about 100 drones a night, the air force said.") == []


def test_a_claim_that_came_days_after_an_attack_leaves_that_attack_a_claim() -> None:
    rows = _rows("Moscow said it had destroyed 74 Ukrainian drones overnight.",
                 "The statement came three days after Kyiv said Russia had fired 302 drones at Ukraine, 270 of which were "
                 "downed.")
    assert sorted(rows) == [("russia", "drone", 302, 270, None), ("ukraine", "drone", None, 74, None)]


def test_since_the_start_of_the_attack_is_tonight() -> None:
    rows = _rows("Kharkiv's mayor said air defences had destroyed 23 drones over the city since the start of the attack.")
    assert [r[3] for r in rows] == [23]
    assert _rows("Air defences have destroyed 23,000 drones since the start of the invasion, the mayor said.") == []


def test_a_quote_that_opens_with_figures_for_this_night() -> None:
    rows = _rows('"Nearly 300 drones and 18 missiles this night," Zelensky wrote on X. "Not all of them were stopped."')
    assert sorted(r[2] for r in rows) == [18, 300]


def test_a_weekday_after_said_is_no_sayer_for_a_pronoun() -> None:
    doc = _doc("Russia struck Odesa overnight with three ballistic missiles and about 30 drones, the regional governor, "
               "Oleh Kiper, said Friday. All three missiles were shot down, he said.", published=date(2025, 6, 13))
    assert {r["claimant"] for r in extract_air_attacks(doc)} == {"Oleh Kiper"}


def test_sanctions_against_moscow_name_no_place_attacked() -> None:
    rows = _rows('"Two hundred drones and nine missiles in one night," Zelensky said, urging the EU to adopt new sanctions '
                 'against Moscow.')
    assert sorted(rows) == [("russia", "drone", 200, None, None), ("russia", "missile", 9, None, None)]


def test_others_after_a_share_of_one_weapon_are_that_weapons() -> None:
    rows = _rows("Russia fired nine ballistic missiles and 141 drones overnight, the air force said. Only one in three of "
                 "the missiles was intercepted, it said, while two-thirds of the drones were shot down and 31 others were "
                 "lost to jamming.")
    assert sorted(rows) == [("russia", "drone", 141, 94, 31), ("russia", "missile", 9, 3, None)]


def test_the_attackers_sayer_of_a_later_part_says_nothing_of_its_attack() -> None:
    doc = _doc("Russia pounds Ukraine's grid with 380 drones, 31 missiles; Moscow says it downed ATACMS",
               "Russia launched 380 drones and 31 missiles at Ukraine overnight, the air force said, adding that 341 "
               "drones and 22 missiles were shot down.", published=date(2025, 11, 8))
    rows = sorted((r["weapon"], r["launched"], r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc))
    assert rows == [("drone", 380, 341, "Ukrainian air force"), ("missile", 31, 22, "Ukrainian air force")]


def test_as_it_had_reported_earlier_is_the_same_reporters_aside() -> None:
    rows = _rows("The air force revised its figures for the overnight attack, saying Russia had launched 93 drones, not 89 "
                 "as it had reported earlier, and that 71 had been shot down.")
    assert rows == [("russia", "drone", 93, 71, None)]


def test_figures_set_between_dashes_after_the_same_figures_are_launched() -> None:
    rows = _rows("Kyiv's air force gave its figures - 22 missiles and 96 drones - and said that 17 of the missiles and 80 "
                 "of the drones had been destroyed.")
    assert sorted(rows) == [("russia", "drone", 96, 80, None), ("russia", "missile", 22, 17, None)]


def test_drones_and_no_missiles_count_only_drones() -> None:
    assert _rows("Russia launched 64 drones and no missiles overnight, the air force said.") == [
        ("russia", "drone", 64, None, None)]


def test_a_bare_count_after_boats_is_not_of_aerial_drones() -> None:
    rows = _rows("Russia's defence ministry said 52 Ukrainian drones had been destroyed over Crimea overnight.",
                 "In Sevastopol, the governor said uncrewed boats had tried to reach the bay and three had been destroyed.")
    assert rows == [("ukraine", "drone", None, 52, None)]


def test_the_missiles_were_intercepted_downs_all_of_the_open_claim() -> None:
    rows = _rows("Russia attacked Ukraine overnight with 41 drones and three Kalibr cruise missiles, the air force said. "
                 "Thirty drones were shot down; the missiles were intercepted over the Mykolaiv region.")
    assert sorted(rows) == [("russia", "drone", 41, 30, None), ("russia", "missile", 3, 3, None)]
    # ... but not what was left unsaid
    rows = _rows("Russia launched 41 drones and three Kalibr missiles, the air force said, but it did not say whether the "
                 "missiles were intercepted.")
    assert ("russia", "missile", 3, None, None) in rows


def test_a_quote_that_labels_its_figures_before_a_colon() -> None:
    rows = _rows('"Yet another night of terror: 31 missiles and 77 drones against our cities," Zelensky wrote on X.')
    assert sorted(rows) == [("russia", "drone", 77, None, None), ("russia", "missile", 31, None, None)]


def test_both_hit_and_neither_was_intercepted_after_the_weapons_that_struck() -> None:
    rows = _rows("Two Iskander-M missiles struck an industrial site in Dnipro overnight, the regional governor said. Both "
                 "hit the same workshop, and neither was intercepted, he said.")
    assert rows == [("russia", "missile", 2, 0, None)]


def test_a_record_strike_of_a_date_when_is_a_yardstick() -> None:
    rows = _rows("Russia launched 38 missiles and 415 drones overnight, the air force said. It was the largest attack since "
                 "Russia's record strike of July 8 to 9, when it launched 741 drones and missiles.")
    assert sorted(rows) == [("russia", "drone", 415, None, None), ("russia", "missile", 38, None, None)]


def test_both_missiles_fired_at_a_region_were_also_destroyed() -> None:
    rows = _rows("Russia attacked Ukraine with 57 drones and two Kh-59 missiles overnight, the air force said. Both missiles "
                 "fired at the Poltava region were also destroyed, it said.")
    assert ("russia", "missile", 2, 2, None) in rows


def test_weapons_that_flew_at_a_city_were_launched_at_it() -> None:
    rows = _rows('"About 60 drones and four missiles flew towards Dnipro overnight," the regional governor said.')
    assert sorted(rows) == [("russia", "drone", 60, None, None), ("russia", "missile", 4, None, None)]


def test_a_place_alone_then_the_whole_in_total() -> None:
    rows = _rows("Russia sent 120 drones against Ukraine overnight, the air force said. Thirty were downed over the Odesa "
                 "region alone and 85 in all, while 20 were lost to jamming.")
    assert rows == [("russia", "drone", 120, 85, 20)]


def test_a_dated_lead_paragraph_gives_its_sayer_to_the_figures_under_it() -> None:
    doc = _doc("On the night of March 3 (from 18:00 on March 2), Russia attacked Ukraine with drones and missiles, the air "
               "force reported.", "The enemy used two Kh-59 missiles and 64 Shahed drones.", published=date(2025, 3, 3))
    assert {r["claimant"] for r in extract_air_attacks(doc)} == {"Ukrainian air force"}


def test_a_headlines_bare_figure_is_the_bodys_count_of_the_other_side() -> None:
    doc = _doc("Air defence forces destroyed 41 Ukrainian drones overnight, the Defence Ministry said.",
               headline="Overnight: 41 drones", published=date(2025, 8, 2))
    assert _keys(doc) == [("ukraine", "drone", None, 41, None)]


def test_one_of_the_sea_drones_is_no_aerial_count() -> None:
    rows = _rows("The ministry said Black Sea Fleet forces destroyed four uncrewed boats and air defences shot down nine "
                 "Ukrainian drones over Crimea.", "The governor said one of the sea drones was destroyed near the coast.")
    assert rows == [("ukraine", "drone", None, 9, None)]


def test_none_intercepted_in_the_next_one_sentence_paragraph() -> None:
    rows = _rows("Three Russian Iskander-M missiles hit the port of Izmail on Tuesday, the regional governor said.",
                 "None of the missiles was intercepted, he said.")
    assert rows == [("russia", "missile", 3, 0, None)]


def test_a_missile_after_rockets_in_a_list_of_the_downed() -> None:
    rows = _rows("Russian air defences destroyed 30 Ukrainian drones, four HIMARS rockets, a Storm Shadow missile and two "
                 "guided bombs, the ministry said.")
    assert sorted(rows, key=str) == [("ukraine", "drone", None, 30, None), ("ukraine", "missile", None, 1, None)]


def test_last_night_alone_labels_a_quotes_figures() -> None:
    rows = _rows('"Last night alone, about 60 attack drones. Most of them were shot down," Zelensky wrote on Telegram.')
    assert rows == [("russia", "drone", 60, None, None)]
    rows = _rows("Russia launched more than 900 drones this week, Zelensky said. Last night alone - more than 80 drones and "
                 "three missiles.")
    assert ("russia", "drone", 80, None, None) in rows and ("russia", "missile", 3, None, None) in rows


def test_a_transcripts_speaker_labels_are_its_claimants() -> None:
    doc = _doc("ANCHOR: How big was the attack last night?",
               "MYKOLA PETRENKO, AIR FORCE SPOKESMAN: Good morning. Forty-one drones came in from the north and east. We "
               "took down thirty of them.",
               "ANCHOR: And the rest?", "PETRENKO: Eleven were lost from radar.", published=date(2025, 4, 2))
    rows = extract_air_attacks(doc)
    assert [(r["launched"], r["intercepted"], r["lost"], r["claimant"]) for r in rows] == [(41, 30, 11, "Mykola Petrenko")]


def test_a_platform_or_possessive_is_no_persons_name() -> None:
    doc = _doc("Kursk governor Alexander Khinshtein on Telegram: Nine UAVs were destroyed over the region overnight.",
               published=date(2025, 4, 2))
    assert [r["claimant"] for r in extract_air_attacks(doc)] == ["Alexander Khinshtein"]
    doc = _doc("Fourteen drones were downed on approach to the capital, according to Sergei Sobyanin's Telegram channel.",
               published=date(2025, 4, 2))
    assert [r["claimant"] for r in extract_air_attacks(doc)] == ["Sergei Sobyanin"]


def test_a_headlines_administration_is_its_heads_claim() -> None:
    doc = _doc("Air defences destroyed 35 air targets over Kyiv during the night, the head of the Kyiv city military "
               "administration, Tymur Tkachenko, said.", headline="Kyiv military administration: 35 air targets destroyed",
               published=date(2025, 4, 2))
    assert [(r["intercepted"], r["claimant"]) for r in extract_air_attacks(doc)] == [(35, "Tymur Tkachenko")]


def test_all_capitals_flashes_are_read_and_quoted_as_published() -> None:
    flash = "21:05 RUSSIAN DEFENCE MINISTRY: 31 UKRAINIAN DRONES DESTROYED OVER BRYANSK AND KURSK REGIONS IN TWO HOURS"
    doc = _doc(flash, "21:20 DRONES DOWNED 17 MORE OVER TULA - MAYOR", published=date(2025, 6, 1))
    rows = extract_air_attacks(doc)
    assert [(r["attacker"], r["intercepted"], r["claimant"]) for r in rows][:1] == [
        ("ukraine", 31, "Russian defence ministry")]
    assert rows[0]["evidence"] == flash  # the words as published, not the recased ones read


def test_a_wire_flash_names_its_source_after_a_hyphen() -> None:
    rows = extract_air_attacks(_doc("Air defences destroy 64 Ukrainian drones over seven regions overnight - defence ministry",
                                    published=date(2025, 6, 1)))
    assert [(r["intercepted"], r["claimant"]) for r in rows] == [(64, "Russian defence ministry")]
    # ... but a hyphen before anything else names no one
    rows = extract_air_attacks(_doc("Russia launched 40 drones at Odesa - a record for the port", published=date(2025, 6, 1)))
    assert [r["claimant"] for r in rows] == [None]


def test_a_weekday_is_no_claimant() -> None:
    doc = _doc("The air force first said Russia had launched 40 drones overnight. In an update at 11:00 on Saturday it "
               "revised the figures, saying 47 drones had been launched and 38 downed.", published=date(2025, 8, 16))
    assert {r["claimant"] for r in extract_air_attacks(doc)} == {"Ukrainian air force"}


@pytest.mark.parametrize("second", [
    "Neither of the Kh-59 missiles, which were fired from over the Belgorod region, was intercepted.",
    "None of the Kh-59s - missiles that carry a 310kg warhead - were intercepted.",
])
def test_none_downed_past_an_aside(second: str) -> None:
    rows = _rows("Russia launched 61 drones and two Kh-59 guided missiles overnight, the air force said.", second)
    assert ("russia", "missile", 2, 0, None) in rows


def test_the_missile_had_also_been_shot_down() -> None:
    rows = _rows("Russia launched 57 drones and one Iskander-K cruise missile overnight, the air force said. It said 42 of "
                 "the drones were shot down, and that the missile had also been shot down.")
    assert sorted(rows) == [("russia", "drone", 57, 42, None), ("russia", "missile", 1, 1, None)]


def test_the_largest_since_a_dated_attack_when_is_a_yardstick() -> None:
    rows = _rows("Russia launched a massive attack on western Ukraine on Sunday, the largest since the 7 September attack, "
                 "when 810 drones and missiles were fired, the air force said.")
    assert rows == []


def test_none_intercepted_after_a_sentence_between() -> None:
    rows = _rows("Two Russian Iskander-M missiles struck the centre of Chernihiv on Monday, the regional governor said. "
                 "Six children were among the wounded.", "Neither missile was intercepted, the governor said.")
    assert rows == [("russia", "missile", 2, 0, None)]


def test_a_newsrooms_label_is_no_speaker() -> None:
    for label in ("BREAKING NEWS", "KEY POINTS", "UPDATE"):
        doc = _doc(f"{label}: Russia launched 50 drones at Kyiv overnight. Air defences shot down 40.",
                   published=date(2025, 4, 2))
        assert [r["claimant"] for r in extract_air_attacks(doc)] == [None]
