"""Sentence case for all-capitals lines: same length, names kept."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitrep.air_attacks.casing import as_published, is_shouted, sentence_case


def test_names_keep_their_capitals() -> None:
    assert sentence_case("KYIV MAYOR KLITSCHKO: RUSSIAN DRONES HIT TWO DISTRICTS. NO CASUALTIES") == (
        "Kyiv mayor Klitschko: Russian drones hit two districts. No casualties")


def test_a_short_or_mixed_case_line_is_not_shouted() -> None:
    assert not is_shouted("UPDATE 2")
    assert not is_shouted("Russia LAUNCHED 40 drones overnight")
    assert is_shouted("RUSSIA LAUNCHED 40 DRONES OVERNIGHT")


def test_evidence_maps_back_to_the_published_words() -> None:
    line = "AIR FORCE: 52 OF 70 DRONES DOWNED OVER KHARKIV. DEBRIS FELL IN TWO DISTRICTS"
    cased = sentence_case(line)
    assert as_published("52 of 70 drones downed over Kharkiv.", {cased: line}) == "52 OF 70 DRONES DOWNED OVER KHARKIV."


@given(st.text())
def test_sentence_case_keeps_the_length(text: str) -> None:
    assert len(sentence_case(text)) == len(text)
