"""The air_attacks suite: each rule catches what it names and passes what it should."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from sitrep.schemas import AIR_ATTACKS, to_table
from sitrep.validation import SuiteError, Validator

TODAY = date(2026, 11, 23)


def _row(**kw) -> dict:
    base = dict(claim_id="c1", document_id="d1", source_uri="/in/a.txt", report_date="2025-01-04",
                attacker="russia", weapon="drone", launched=81, intercepted=34, lost=46,
                qualifier="exact", claimant="Ukrainian air force", evidence="sentence",
                extractor_version="1")
    return {**base, **kw}


def _validate(validator: Validator, rows: list[dict]):
    frame = to_table(AIR_ATTACKS, rows).to_pandas(types_mapper=pd.ArrowDtype)
    return validator.validate("air_attacks", frame, TODAY)


@pytest.mark.parametrize(
    "change, rule",
    [
        (dict(launched=60, intercepted=70, lost=15), "intercepted_plus_lost_le_launched"),
        (dict(intercepted=-1), "intercepted_not_negative"),
        (dict(attacker="belarus"), "attacker_known"),
        (dict(weapon="artillery"), "weapon_known"),
        (dict(evidence=""), "evidence_not_empty"),
        (dict(evidence=None), "evidence_present"),
        (dict(report_date="2021-12-31"), "report_date_in_war_and_not_future"),
        (dict(report_date="2026-11-24"), "report_date_in_war_and_not_future"),
        (dict(launched=None, intercepted=None, lost=None), "has_a_count"),
    ],
)
def test_each_rule_names_the_row_it_catches(validator, change, rule):
    outcome = _validate(validator, [_row(), _row(claim_id="c2", **change)])
    assert outcome.valid["claim_id"].tolist() == ["c1"]
    assert outcome.failed["claim_id"].tolist() == ["c2"]
    assert rule in outcome.failed_rules[0]
    assert not outcome.rules[rule]["success"]


def test_unknown_launched_and_unknown_date_pass(validator):
    outcome = _validate(validator, [_row(launched=None, qualifier=None, report_date="unknown")])
    assert len(outcome.valid) == 1 and outcome.failed_rules == []


def test_duplicate_claim_ids_are_both_quarantined(validator):
    outcome = _validate(validator, [_row(), _row()])
    assert len(outcome.valid) == 0
    assert outcome.failed_rules == [("claim_id_unique",), ("claim_id_unique",)]


def test_empty_batch_validates(validator):
    outcome = _validate(validator, [])
    assert len(outcome.valid) == 0 and outcome.failed_rules == []


def test_a_broken_suite_is_a_clear_error(tmp_path):
    (tmp_path / "air_attacks.json").write_text('{"expectations": [{"type": "no_such", "kwargs": {}}]}')
    with pytest.raises(SuiteError, match="air_attacks.json"):
        Validator(tmp_path)
