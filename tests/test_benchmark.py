"""The benchmark's scoring: matching by key fields, false and missed rows, field scores."""
from __future__ import annotations

import json

import pytest

from sitrep.benchmark import accuracy
from sitrep.benchmark import corpus as speed_corpus
from sitrep.benchmark.accuracy import evaluate
from sitrep.benchmark.scoring import (
    TABLE_BY_NAME,
    TABLES,
    field_agrees,
    match_case,
    score_table,
)

AIR = TABLE_BY_NAME["air_attacks"]
AID = TABLE_BY_NAME["aid_pledges"]


def air(launched=None, intercepted=None, lost=None, attacker="russia", weapon="drone", **extra):
    return {"attacker": attacker, "weapon": weapon, "launched": launched,
            "intercepted": intercepted, "lost": lost, **extra}


def test_exact_row_is_a_true_positive():
    res = match_case(AIR, "c", [air(100, 80, 15)], [air(100, 80, 15)])
    assert len(res.matched) == 1 and not res.missed and not res.false


def test_wrong_row_is_a_false_positive_and_the_gold_row_a_miss():
    res = match_case(AIR, "c", [air(100, 80, 15)], [air(100, 80, None)])
    assert res.false == [air(100, 80, None)]
    assert res.missed == [air(100, 80, 15)]
    score = score_table(AIR, [res])
    assert (score.rows.tp, score.rows.fp, score.rows.fn) == (0, 1, 1)
    assert score.rows.precision == 0.0 and score.rows.recall == 0.0 and score.rows.f1 == 0.0


def test_missed_row_is_a_false_negative():
    gold = [air(100, 80, 15), air(6, 4, attacker="russia", weapon="missile")]
    score = score_table(AIR, [match_case(AIR, "c", gold, [air(100, 80, 15)])])
    assert (score.rows.tp, score.rows.fp, score.rows.fn) == (1, 0, 1)
    assert score.rows.precision == 1.0 and score.rows.recall == 0.5
    assert score.rows.f1 == pytest.approx(2 / 3)


def test_extra_row_in_a_negative_case_is_a_false_positive():
    score = score_table(AIR, [match_case(AIR, "neg", [], [air(4198)])])
    assert (score.rows.tp, score.rows.fp, score.rows.fn) == (0, 1, 0)


def test_duplicate_prediction_matches_once():
    res = match_case(AIR, "c", [air(50)], [air(50), air(50)])
    assert len(res.matched) == 1 and len(res.false) == 1


def test_same_numbers_from_two_claimants_pair_by_claimant():
    gold = [air(50, claimant="Ukrainian air force"), air(50, claimant="Volodymyr Zelensky")]
    pred = [air(50, claimant="Zelensky"), air(50, claimant="air force")]
    score = score_table(AIR, [match_case(AIR, "c", gold, pred)])
    assert score.rows.tp == 2
    assert score.field_accuracy["claimant"] == (2, 2)


def test_vague_rows_are_not_scored():
    res = match_case(AIR, "c", [], [air(None, None, None)])
    assert not res.false and not res.predicted


def test_a_vague_gold_row_is_not_scored_either():
    """Labels should not list one ("dozens were wounded"); when one does, it is no miss."""
    res = match_case(AIR, "c", [air(None, None, None), air(12)], [air(None, None, None)])
    assert res.gold == [air(12)] and res.missed == [air(12)] and not res.false


def test_key_field_scores_count_values_per_case():
    gold = [air(100, 80, 15)]
    pred = [air(100, 80, None), air(7)]
    score = score_table(AIR, [match_case(AIR, "c", gold, pred)])
    launched = score.key_fields["launched"]
    assert (launched.tp, launched.fp, launched.fn) == (1, 1, 0)
    lost = score.key_fields["lost"]
    assert (lost.tp, lost.fp, lost.fn) == (0, 0, 1)


def test_non_key_fields_scored_only_where_gold_gives_them():
    gold = [air(10, qualifier="exact", weapon_type="Shahed")]
    pred = [air(10, qualifier="approx", weapon_type="Shahed", claimant="x")]
    score = score_table(AIR, [match_case(AIR, "c", gold, pred)])
    assert score.field_accuracy["qualifier"] == (0, 1)
    assert score.field_accuracy["weapon_type"] == (1, 1)
    assert score.field_accuracy["claimant"] == (0, 0)


def test_aid_matches_on_currency_and_amount_not_donor():
    gold = [{"donor": "UK", "amount": 2.26e9, "currency": "GBP"}]
    pred = [{"donor": "united_kingdom", "amount": 2260000000.0000002, "currency": "gbp"}]
    score = score_table(AID, [match_case(AID, "c", gold, pred)])
    assert score.rows.tp == 1
    assert score.field_accuracy["donor"] == (1, 1)


def test_field_agreement_rules():
    assert field_agrees("claimant", "Ukrainian air force", "Ukraine's air force")
    assert not field_agrees("claimant", "Ukrainian air force", "Russian defence ministry")
    assert field_agrees("location", "Kursk region", "the Kursk oblast")
    assert field_agrees("period", "24 hours", "past day")
    assert field_agrees("qualifier", None, None) and not field_agrees("qualifier", "exact", None)


def test_evaluate_runs_the_extractors_over_documents():
    case = {"id": "t1", "text": "x", "published": None,
            "expected": {"air_attacks": [air(3, 3)], "aid_pledges": []}}

    def fake_air(doc):
        return [air(3, 3), air(9)]

    def broken_aid(doc):
        raise RuntimeError("boom")

    scores, errors = evaluate([case], {"air_attacks": fake_air, "aid_pledges": broken_aid},
                              document=lambda c: object())
    assert (scores["air_attacks"].rows.tp, scores["air_attacks"].rows.fp) == (1, 1)
    assert scores["aid_pledges"].rows.tp == 0
    assert errors == ["t1: aid_pledges: RuntimeError: boom"]


def test_case_document_goes_through_the_clean_stage():
    doc = accuracy.case_document({"id": "c", "text": "Headline here\n\nRussia launched 5 drones.",
                                   "published": "2025-03-01"})
    assert doc.published.isoformat() == "2025-03-01"
    assert any("5 drones" in p for post in doc.posts for p in post.paragraphs)


def test_eval_set_is_well_formed():
    cases = accuracy.load_cases("all")
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert set(c["expected"]) == {t.name for t in TABLES}
        for name, rows in c["expected"].items():
            for row in rows:
                assert set(TABLE_BY_NAME[name].keys) <= set(row), (c["id"], name)
        json.dumps(c)
    air_rows = sum(len(c["expected"]["air_attacks"]) for c in cases)
    assert air_rows >= 150


def test_vary_numbers_keeps_digit_counts():
    import random
    out = speed_corpus.vary_numbers("launched 147 drones, 9 missiles", random.Random(1))
    assert [len(t) for t in out.split() if t.rstrip(",").isdigit()] == [3, 1]


# ---------------------------------------------------------------- speed corpus


def _sizes(corpus):
    return [len(d.text.encode("utf-8")) for d in corpus.documents]


def test_speed_corpus_is_deterministic_and_seeded():
    a = speed_corpus.build_corpus(0.3, seed=3)
    b = speed_corpus.build_corpus(0.3, seed=3)
    assert [d.text for d in a.documents] == [d.text for d in b.documents]
    assert a.paragraphs == b.paragraphs
    c = speed_corpus.build_corpus(0.3, seed=4)
    assert [d.text for d in a.documents] != [d.text for d in c.documents]


def test_speed_corpus_has_the_size_asked_in_article_sized_documents():
    lo, hi = speed_corpus.DOC_BYTES
    corpus = speed_corpus.build_corpus(0.5, seed=1)
    sizes = _sizes(corpus)
    assert 500_000 <= sum(sizes) < 500_000 + hi
    assert corpus.n_bytes == sum(sizes)
    assert all(lo <= s <= hi for s in sizes), (min(sizes), max(sizes))
    assert len(sizes) >= 500_000 // hi


def test_speed_corpus_builds_without_shared_seeds(tmp_path):
    corpus = speed_corpus.build_corpus(0.2, seed=0, seeds_dir=tmp_path / "no-such-dir")
    assert corpus.seeds_dir is None and speed_corpus.SEED not in corpus.paragraphs
    assert sum(_sizes(corpus)) >= 200_000
    shares = corpus.paragraphs
    assert shares[speed_corpus.CLAIM_CASE] and shares[speed_corpus.SAMPLE] and shares[speed_corpus.FURNITURE]
    assert "not found" in corpus.describe()


def test_speed_corpus_is_live_blogs_the_clean_stage_reads():
    from sitrep.clean import clean_document

    corpus = speed_corpus.build_corpus(0.1, seed=2, seeds_dir=None)
    doc = clean_document(corpus.documents[0].raw(0))
    assert doc.title and len(doc.posts) > 5
    bylined = [p for p in doc.posts if p.author and p.timestamp]
    assert len(bylined) >= len(doc.posts) - 2
    assert not any("Your support" in p for post in doc.posts for p in post.paragraphs)
    # most text is not from claim cases
    total = sum(corpus.paragraphs.values())
    assert corpus.paragraphs[speed_corpus.CLAIM_CASE] / total < 0.3


def test_copies_of_a_paragraph_are_new_strings_of_the_same_length():
    import random
    text = ("Russia launched 96 drones at Kharkiv overnight, and the air force said on Monday that "
            "most of them were shot down over the north of the country.")
    piece = speed_corpus._piece(text, "x")
    rng = random.Random(5)
    copies = [speed_corpus._vary(piece, rng) for _ in range(200)]
    assert len(set(copies)) > 190
    assert all(len(c) == len(text) and len(c.encode("utf-8")) == piece.nbytes for c in copies)
    for c in copies[:20]:
        assert c.startswith("Russia launched ") and len(c.split()[2]) == 2  # two digits stay two
        assert len(c.split()) == len(text.split())


def test_speed_corpus_reports_repeated_lines():
    corpus = speed_corpus.build_corpus(0.3, seed=0, seeds_dir=None)
    assert 0 < corpus.text_lines and 0 <= corpus.repeated_lines < corpus.text_lines
    assert "repeating an earlier one exactly" in corpus.describe()


def test_dense_profile_is_tiny_claim_documents():
    corpus = speed_corpus.build_corpus(0.1, seed=0, profile="dense")
    sizes = _sizes(corpus)
    assert sum(sizes) >= 100_000 and sum(sizes) / len(sizes) < 2_000
    assert all(d.fmt == "json" for d in corpus.documents)
    with pytest.raises(ValueError):
        speed_corpus.build_corpus(0.1, profile="sparse")


def test_cli_bench_speed_prints_composition_and_ratio(capsys):
    from sitrep.cli import main
    assert main(["bench", "speed", "--mb", "0.05", "--profile", "dense"]) == 0
    out = capsys.readouterr().out
    assert "from claim cases" in out and "ratio extraction / re pass" in out


def test_cli_bench_accuracy_exits_zero(capsys):
    from sitrep.cli import main
    assert main(["bench", "accuracy", "--split", "tune", "--table", "air_attacks"]) == 0
    out = capsys.readouterr().out
    assert "air_attacks" in out and "F1" in out


def test_cases_are_chosen_by_id_prefix():
    cases = [{"id": i} for i in ("aa-1", "s7-b01", "s9-a01", "s9-t01")]
    assert [c["id"] for c in accuracy.select_cases(cases, only=["s9-"])] == ["s9-a01", "s9-t01"]
    assert [c["id"] for c in accuracy.select_cases(cases, exclude=["s7-", "s9-"])] == ["aa-1"]
    assert [c["id"] for c in accuracy.select_cases(cases, only=["s9-"], exclude=["s9-t"])] == ["s9-a01"]


def test_cli_bench_accuracy_on_a_subset(capsys):
    from sitrep.cli import main
    assert main(["bench", "accuracy", "--split", "tune", "--only", "s8-", "--table", "troop_deployments"]) == 0
    out = capsys.readouterr().out
    assert "ids s8-*" in out and "troop_deployments" in out
