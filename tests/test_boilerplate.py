"""Boilerplate removal: rule kinds, glued boilerplate, publishers, the rules file itself."""
from __future__ import annotations

import json

import pytest

from sitrep.boilerplate import DEFAULT_RULES, RULES_FILE, compile_rules, strip_boilerplate

REAL = "Ukraine’s air force said 31 of 45 drones were downed over the Mykolaiv region."


def lines(text: str) -> list[str]:
    return [line for line in strip_boilerplate(text).text.split("\n") if line]


class TestGluedBoilerplate:
    def test_closing_line_glued_before_real_text(self):
        assert lines(f"Your support makes all the difference.{REAL}") == [REAL]

    def test_closing_line_glued_after_boilerplate_paragraph(self):
        text = (
            "The Independent is trusted by Americans because of reasons we made up for "
            "this test, paid for by those who can afford it.Your support makes all the difference.\n"
            + REAL
        )
        assert lines(text) == [REAL]

    def test_real_text_before_glued_newsletter_prompt(self):
        assert lines(f"{REAL}Sign up to our newsletter.") == [REAL]

    def test_other_publisher_appeal_glued_to_real_text(self):
        text = ("Independent journalism from Ukraine needs you. We invented this sentence. "
                f"Become a Ledger member today.{REAL}")
        assert lines(text) == [REAL]

    def test_phrase_inside_a_sentence_is_not_cut(self):
        text = "The mayor told volunteers your support makes all the difference. They cheered."
        assert lines(text) == [text]


class TestDonationAppeal:
    def test_block_with_any_paragraphs_inside(self):
        text = "\n".join([
            "Your support helps us to tell the story",
            "",
            "A paragraph of appeal text this test made up.",
            "Another paragraph asking for money, also made up.",
            "",
            f"Your support makes all the difference.{REAL}",
            "Next real paragraph.",
        ])
        stripped = strip_boilerplate(text)
        assert lines(text) == [REAL, "Next real paragraph."]
        assert stripped.fired["independent.donation_block"] == 1
        assert stripped.publisher == "The Independent"

    def test_block_without_end_only_drops_its_heading(self):
        text = "Your support helps us to tell the story\nA real paragraph about Kherson.\n" + REAL
        assert lines(text) == ["A real paragraph about Kherson.", REAL]

    def test_appeal_paragraphs_without_heading(self):
        text = "\n".join([
            "From reproductive rights to climate change, words this test invented, from the messaging.",
            "At such a critical moment in US history, more invented words, both sides of the story.",
            REAL,
        ])
        assert lines(text) == [REAL]


class TestPageFurniture:
    @pytest.mark.parametrize(
        "line",
        [
            "Stay up to date with notifications from The Independent",
            "Notifications can be managed in browser preferences.",
            "Please refresh the page or navigate to another page on the site to be logged in",
            "Thank you for registering",
            "Join our commenting forum",
            "Join thought-provoking conversations and whatever follows",
            "Comments",
            "COMMENTS:",
            "Liveupdated",
            "Independent Premium",
            "Want to bookmark your favourite articles? Start a subscription.",
            "Advertisement",
            "Share this article",
            "Read more: How air defence works",
            "Sign up to our daily briefing",
            "© 2025 Example Media Ltd",
            "Posted on Leave a comment",
            "(AFP/Getty)",
        ],
    )
    def test_furniture_line_is_dropped(self, line):
        assert lines(f"{line}\n{REAL}") == [REAL]

    @pytest.mark.parametrize(
        "line",
        [
            "Comments by the defence minister drew criticism in Kyiv.",
            "Advertisement boards near the station were damaged by debris.",
            "Share prices of arms makers rose 4% on Monday.",
            "Live ammunition was found at the site, police said.",
        ],
    )
    def test_real_lines_that_share_a_word_are_kept(self, line):
        assert lines(line) == [line]

    def test_title_suffix_is_cut(self):
        assert lines("Drones hit Odesa port – The Independent") == ["Drones hit Odesa port"]
        assert lines("Drones hit Odesa port | Kyiv Ledger") == ["Drones hit Odesa port"]

    def test_paragraph_breaks_survive(self):
        assert strip_boilerplate("One.\n\nAdvertisement\n\nTwo.").text == "One.\n\n\nTwo."


class TestPublisher:
    def test_publisher_whose_rules_fire_most(self):
        text = "Ledger Live\nSign up to the Ledger Morning Brief today\nThe Kyiv Ledger is a reader-funded newsroom.\nComments\n" + REAL
        assert strip_boilerplate(text).publisher == "Kyiv Ledger"

    def test_generic_rules_name_no_publisher(self):
        stripped = strip_boilerplate(f"Advertisement\n{REAL}\nShare this article")
        assert stripped.publisher is None
        assert stripped.fired == {"generic.advertising": 1, "generic.share_widgets": 1}

    def test_clean_text_fires_nothing(self):
        stripped = strip_boilerplate(REAL)
        assert (stripped.text, stripped.fired, stripped.publisher) == (REAL, {}, None)


class TestRulesAreData:
    def test_a_new_publisher_needs_no_code(self):
        rules = compile_rules({
            "generic": [],
            "publishers": [{
                "name": "Dnipro Daily",
                "rules": [
                    {"name": "dd.label", "exact": ["Dnipro Daily Live"]},
                    {"name": "dd.promo", "phrase": ["Download the Dnipro Daily app."]},
                    {"name": "dd.related", "line_regex": r"related: .{0,80}"},
                ],
            }],
        })
        text = f"Dnipro Daily Live\nRelated: whatever\nDownload the Dnipro Daily app.{REAL}"
        stripped = strip_boilerplate(text, rules)
        assert stripped.text == REAL
        assert stripped.publisher == "Dnipro Daily"

    @pytest.mark.parametrize(
        "rule",
        [
            {"exact": ["x"]},  # no name
            {"name": "two.kinds", "exact": ["x"], "prefix": ["y"]},
            {"name": "no.kind", "why": "nothing to match"},
            {"name": "bad.regex", "cut": "(unclosed"},
            {"name": "bad.span", "span": {"start": "only a start"}},
            {"name": "empty.list", "exact": []},
        ],
    )
    def test_bad_rules_are_rejected(self, rule):
        with pytest.raises(ValueError):
            compile_rules({"generic": [rule]})

    def test_duplicate_names_are_rejected(self):
        rule = {"name": "same", "exact": ["x"]}
        with pytest.raises(ValueError):
            compile_rules({"generic": [rule, dict(rule)]})

    def test_rules_file_rules_are_named_and_explained(self):
        spec = json.loads(RULES_FILE.read_text(encoding="utf-8"))
        entries = spec["generic"] + [r for p in spec["publishers"] for r in p["rules"]]
        assert all(r.get("name") and r.get("why") for r in entries)
        assert len(DEFAULT_RULES.rules) == len(entries)
        assert len(spec["publishers"]) >= 2
