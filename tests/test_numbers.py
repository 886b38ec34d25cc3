"""Number parsing: digits, words, qualifiers, ranges and units."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.numbers import find_numbers, parse_number

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split()
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int, british_and: bool) -> str:
    """English words for 0 <= n < 1,000,000 ("three hundred and forty-five thousand ...")."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        return _TENS[n // 10 - 2] + ("-" + _SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        joiner = " and " if british_and else " "
        return _SMALL[n // 100] + " hundred" + (joiner + _words(rest, british_and) if rest else "")
    rest = n % 1000
    joiner = " and " if british_and and rest < 100 else " "
    return _words(n // 1000, british_and) + " thousand" + (joiner + _words(rest, british_and) if rest else "")


@pytest.mark.parametrize(
    "text, value",
    [
        ("34", 34),
        ("1,200", 1200),
        ("1 200", 1200),
        ("thirty-four", 34),
        ("Thirteen", 13),
        ("a hundred and twelve", 112),
        ("one thousand two hundred and fifty", 1250),
        ("a dozen", 12),
        ("two dozen", 24),
        ("both", 2),
        ("none", 0),
        ("4.5 million", 4_500_000),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "drones", "a", "dozens", "first", "hundred"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("approximately 100 drones", "approx"),
        ("about 60 drones", "approx"),
        ("nearly 50 missiles", "approx"),
        ("almost 200 missiles", "approx"),
        ("more than 40 missiles", "more_than"),
        ("over 90 missiles", "more_than"),
        ("at least 25 drones", "at_least"),
        ("up to 90 drones", "up_to"),
        ("fewer than 50 drones", "up_to"),
        ("less than 1,000 troops", "up_to"),
        ("no fewer than 30 drones", "at_least"),
        ("72 drones", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    (mention,) = find_numbers(text)
    assert mention.qualifier == qualifier
    assert text[mention.qualifier_start :].startswith(text.split()[0])


@pytest.mark.parametrize("text", ["between 40 and 50 drones", "40-50 drones", "40 to 50 drones"])
def test_ranges_are_one_mention_of_the_lower_bound(text: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.high, mention.qualifier) == (40, 50, "at_least")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("now about 15,000, according to Seoul", [(15000, None)]),  # punctuation after a grouped number
        ("between 11,000 and 15,000, according to officials", [(11000, 15000)]),
        ("11,000-15,000, Seoul said", [(11000, 15000)]),
        ("the total since February 2022 to 934,520", [(2022, None), (934520, None)]),  # a year starts no range
        ("1,234,5 is no grouped number", [(1, None)]),
        ("No one was hurt; no-one saw not one drone, but one fell", [(1, None)]),
    ],
)
def test_grouped_numbers_and_range_bounds(text: str, spans: list[tuple[int, int | None]]) -> None:
    assert [(m.value, m.high) for m in find_numbers(text)] == spans


@pytest.mark.parametrize(
    "text",
    [
        "more than 100 miles inside Russia",
        "1,500km from London",
        "weighing up to 1,500 kilograms",
        "$425 million in aid",
        "€2.5bn on defence",
        "a 4.2 per cent increase",
        "a 49% rise",
        "in 2023 from a supplier",
        "11,000 North Korean troops",
        "645,000 rounds of ammunition",
        "a 9-year-old boy",
        "a seven-month-old girl",
        "on November 21, Russia",
        "on 9 January",
        "at 09:35",
        "at 7.45am",
        "five and a half years",
        "its 1,000th day",
        "three people were injured",
    ],
)
def test_unit_bearing_numbers_are_not_counts(text: str) -> None:
    assert find_numbers(text)
    assert not any(m.is_count for m in find_numbers(text))


def test_model_names_are_not_numbers() -> None:
    assert find_numbers("Kh-101 and Shahed-136 drones, F-16s and an S-300") == []


def test_spans_and_several_mentions() -> None:
    text = "downed 34 out of eighty-one drones; 46 were lost"
    assert [(m.text, m.value) for m in find_numbers(text)] == [("34", 34), ("eighty-one", 81), ("46", 46)]
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text


def test_adjacent_number_words_stay_apart() -> None:
    assert [m.value for m in find_numbers("thirty forty")] == [30, 40]


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_number_words_round_trip(n: int, british_and: bool) -> None:
    assert parse_number(_words(n, british_and)) == n


@given(st.integers(min_value=0, max_value=999_999))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.text())
def test_find_numbers_never_raises(text: str) -> None:
    for m in find_numbers(text):
        assert 0 <= m.start < m.end <= len(text)


@pytest.mark.parametrize("text", ["Belarusian troops near the border: ~4,500", "≈ 4,500 troops", "troops~4,500"])
def test_a_tilde_or_approx_sign_makes_a_number_approximate(text: str) -> None:
    assert [(m.value, m.qualifier) for m in find_numbers(text)] == [(4500, "approx")]


@pytest.mark.parametrize(("text", "said"), [
    ("The enemy attacked with, er, seventy — sorry, seventy-four attack drones.", ["seventy-four"]),
    ("Air defence destroyed six of eight missiles — I'm sorry, six of nine.", ["six", "nine"]),
    ("We have three dead — no, I'm being told four, four people killed — and 12 injured.", ["four", "four", "12"]),
    ("shot down fifteen — I beg your pardon — eighteen drones", ["eighteen"]),
    ("says sixty drones were launched — sixty-six, I'm sorry, sixty-six drones — and two missiles", ["sixty-six", "two"]),
    ("two people were killed and eleven — seventeen, pardon me, seventeen were injured", ["two", "seventeen"]),
    # an apology that puts no figure in the place of one takes nothing back
    ("Russia launched 40 drones, sorry to say, and 30 were downed.", ["40", "30"]),
    ("Russia launched 40 drones - no missiles - overnight.", ["40"]),
])
def test_a_slip_put_right_at_once_is_taken_back(text: str, said: list[str]) -> None:
    assert [m.text for m in find_numbers(text)] == said


def test_another_dozen_is_twelve() -> None:
    assert [(m.value, m.text) for m in find_numbers("Another dozen were lost to jamming.")] == [(12, "dozen")]
    assert [m.value for m in find_numbers("a further dozen drones")] == [12]
    assert find_numbers("dozens were lost") == []
