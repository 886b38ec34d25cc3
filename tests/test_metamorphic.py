"""`sitrep bench metamorphic`: the rewrites keep a case's facts, and the check finds a rule that knew one wording."""
from __future__ import annotations

import random
import re

from sitrep.benchmark import metamorphic
from sitrep.benchmark.metamorphic import (
    counts_in_words,
    joined_paragraphs,
    sayer_first,
    sentence_paragraphs,
    spell,
    synonyms,
    typography,
    with_another_report,
    with_unrelated_item,
)

EMPTY = {"air_attacks": [], "casualty_claims": [], "troop_deployments": [], "aid_pledges": [], "combat_clashes": []}


class Always(random.Random):
    """A random source whose every draw says yes (0.0) and picks the first choice."""

    def random(self) -> float:
        return 0.0

    def choice(self, seq):  # type: ignore[override]
        return seq[0]


def case(case_id: str, text: str, **rows: list[dict]) -> dict:
    return {"id": case_id, "text": text, "published": "2025-03-12", "expected": {**EMPTY, **rows}}


def air(launched=None, intercepted=None, lost=None, attacker="russia", claimant="Ukrainian air force") -> dict:
    return {"attacker": attacker, "weapon": "drone", "launched": launched, "intercepted": intercepted, "lost": lost,
            "claimant": claimant}


def test_spell_writes_counts_as_copy_editors_do() -> None:
    assert [spell(n) for n in (7, 40, 46, 100, 236)] == [
        "seven", "forty", "forty-six", "one hundred", "two hundred and thirty-six"]


def test_counts_in_words_rewrites_labelled_counts_only() -> None:
    c = case("a", "On 12 March at 09:00, Russia launched 46 Kh-101 missiles and 3 drones in 2025; 40 were shot down.",
             air_attacks=[air(46, 40)])
    new = counts_in_words(c, Always())
    assert new["text"] == ("On 12 March at 09:00, Russia launched forty-six Kh-101 missiles and 3 drones in 2025; forty "
                           "were shot down.")
    assert new["expected"] == c["expected"]
    starts = counts_in_words(case("b", "40 drones were shot down.", air_attacks=[air(None, 40)]), Always())
    assert starts["text"] == "Forty drones were shot down."
    assert counts_in_words(case("c", "No figures were given."), Always()) is None


def test_wordings_change_the_text_and_keep_the_labels() -> None:
    c = case("a", 'Russia launched 50 drones; air defences shot down 41, the "air force" said.', air_attacks=[air(50, 41)])
    new = synonyms(c, Always())
    assert new["text"] == 'Russia fired 50 UAVs; air defence units downed 41, the "air force" said.'
    typo = typography(case("b", "It's 1,200 drones, \"a record\".\nMore later."), Always())
    assert typo["text"] == "It’s 1\u202f200\u00a0drones, “a record”.\r\nMore later."
    assert new["expected"] == c["expected"]


def test_unrelated_items_are_negatives_appended_to_articles_not_to_live_blogs() -> None:
    negative = case("neg", "Russia could launch up to 1,000 drones a night by the summer, analysts said.")
    other = case("other", "Russia launched 30 drones overnight.", air_attacks=[air(30)])
    article = case("art", "Russia launched 50 drones overnight, the air force said.", air_attacks=[air(50)])
    new = with_unrelated_item(article, Always(), [other, negative, article])
    assert new["text"] == article["text"] + "\n\n" + negative["text"] and new["expected"] == article["expected"]
    blog = case("blog", "War live\n\nJane Doe 4 March 2025 09:35\n\nRussia launched 50 drones.", air_attacks=[air(50)])
    assert with_unrelated_item(blog, Always(), [negative]) is None


def test_another_report_is_the_other_sides_and_adds_its_rows() -> None:
    ours = case("ua", "Russia launched 50 drones overnight, the air force said.", air_attacks=[air(50)])
    same_side = case("gov", "Russia launched 9 drones at Sumy, the governor said.", air_attacks=[air(9, claimant="governor")])
    theirs = case("ru", "Russia's defence ministry said it downed 20 Ukrainian drones.",
                  air_attacks=[air(None, 20, attacker="ukraine", claimant="Russian defence ministry")])
    new = with_another_report(ours, Always(), [same_side, theirs])
    assert new["text"].endswith(theirs["text"])
    assert new["expected"]["air_attacks"] == ours["expected"]["air_attacks"] + theirs["expected"]["air_attacks"]


def _digits_only(doc) -> list[dict]:
    """An extractor that knows one wording: '<digits> drones' launched."""
    text = " ".join(p for post in doc.posts for p in post.paragraphs)
    return [{"attacker": "russia", "weapon": "drone", "launched": int(m.group(1)), "intercepted": None, "lost": None}
            for m in re.finditer(r"\b(\d+) drones", text)]


def test_check_finds_the_rule_that_only_knew_digits() -> None:
    cases = [case("a", "Russia launched 46 drones overnight.", air_attacks=[air(46)]),
             case("b", "Russia launched 1,046 drones overnight.", air_attacks=[air(1046)])]
    [result] = metamorphic.check(cases, {"air_attacks": _digits_only}, ["words"], seed=1)
    assert (result.rewritten, result.right_before) == (1, 1)
    assert [(table, case_id) for table, case_id, _ in result.broken] == [("air_attacks", "a")]
    print(metamorphic.format_results([result]))


def test_sayer_first_moves_a_closing_sayer_to_the_front_of_its_sentence_only() -> None:
    c = case("a", "Air defences downed 30 drones. Russia launched 41 drones overnight, the air force said on Monday.",
             air_attacks=[air(41, 30)])
    assert sayer_first(c, Always())["text"] == (
        "Air defences downed 30 drones. The air force said on Monday that Russia launched 41 drones overnight.")
    inside = case("b", "Debris fell after Russia launched 41 drones, the mayor said.")
    assert sayer_first(inside, Always()) is None


def test_paragraph_breaks_added_and_lost() -> None:
    c = case("a", "Russia launched 41 drones. Air defences downed 30 of them.\n\nDebris fell in Kyiv.", air_attacks=[air(41, 30)])
    assert sentence_paragraphs(c, Always())["text"] == (
        "Russia launched 41 drones.\n\nAir defences downed 30 of them.\n\nDebris fell in Kyiv.")
    assert joined_paragraphs(c, Always())["text"] == "Russia launched 41 drones. Air defences downed 30 of them. Debris fell in Kyiv."
    headed = case("b", "Drones downed overnight\n\nRussia launched 41 drones.\n\nAir defences downed 30.")
    assert joined_paragraphs(headed, Always())["text"] == "Drones downed overnight\n\nRussia launched 41 drones. Air defences downed 30."
    listed = case("c", "Launched:\n- 41 drones\n\nShot down: 30.")
    assert joined_paragraphs(listed, Always()) is None
