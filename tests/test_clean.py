"""The clean stage end to end on small documents, plus the seeds and the sample corpus."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.clean import (
    MAX_PARAGRAPH_CHARS,
    bound_paragraph,
    bylines_trail,
    clean_document,
    drop_repeats,
    is_headline_like,
    split_posts,
    unglue_byline,
    unwrap_lines,
)
from sitrep.config import SAMPLE_CORPUS
from sitrep.decode import UnreadableDocument
from sitrep.ids import document_id
from sitrep.models import Document, Post, RawDocument

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the repo
EXPECTED = Path(__file__).parent / "data" / "sample_corpus_expected.json"
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "json"}


def raw(text: str | bytes, fmt: str = "txt", uri: str = "mem://doc") -> RawDocument:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return RawDocument(document_id(data), uri, fmt, data)


def clean(text: str | bytes, fmt: str = "txt") -> Document:
    return clean_document(raw(text, fmt))


TRAILING = """Stay up to date with notifications from The Independent

Liveupdated

Ukraine-Russia war live: Drones target Odesa as talks stall

Standfirst without a full stop

Nadia Rudenko,Tom Eyre
Monday 10 March 2025 11:00 GMT
Comments

Your support helps us to tell the story

Some invented appeal paragraph.

Your support makes all the difference.A summary sentence of the day so far.

A second summary sentence.

Port of Odesa hit by drones

Russia launched 30 drones at Odesa overnight, the governor said.

Twelve were shot down, he added.

Nadia Rudenko10 March 2025 10:40

Kremlin comments on ceasefire idea

The Kremlin said it was studying the proposal.

Tom Eyre 10 March 2025 09:05

Join our commenting forum

Comments
"""


class TestTrailingBylines:
    def test_posts_headlines_authors_timestamps(self):
        doc = clean(TRAILING)
        assert doc.title == "Ukraine-Russia war live: Drones target Odesa as talks stall"
        assert [(p.headline, p.author, p.timestamp) for p in doc.posts] == [
            (doc.title, "Nadia Rudenko, Tom Eyre", datetime(2025, 3, 10, 11, 0)),
            ("Port of Odesa hit by drones", "Nadia Rudenko", datetime(2025, 3, 10, 10, 40)),
            ("Kremlin comments on ceasefire idea", "Tom Eyre", datetime(2025, 3, 10, 9, 5)),
        ]

    def test_paragraphs_and_boilerplate(self):
        lead, odesa, kremlin = clean(TRAILING).posts
        assert lead.paragraphs == (
            "Standfirst without a full stop",
            "A summary sentence of the day so far.",
            "A second summary sentence.",
        )
        assert odesa.paragraphs == (
            "Russia launched 30 drones at Odesa overnight, the governor said.",
            "Twelve were shot down, he added.",
        )
        assert kremlin.paragraphs == ("The Kremlin said it was studying the proposal.",)

    def test_document_fields(self):
        doc = clean(TRAILING)
        assert (doc.published, doc.date_source) == (date(2025, 3, 10), "dateline")
        assert doc.publisher == "The Independent"
        assert doc.source_uri == "mem://doc"

    def test_first_post_without_a_summary_before_it(self):
        text = ("Live: drones over Kharkiv\nFirst post headline\nBody sentence one.\n"
                "Ola Berg7 March 2025 08:15\nSecond post headline\nBody two.\nOla Berg7 March 2025 07:00")
        doc = clean(text)
        assert [p.headline for p in doc.posts] == ["Live: drones over Kharkiv", "First post headline",
                                                   "Second post headline"]
        assert doc.posts[1].paragraphs == ("Body sentence one.",)
        assert doc.posts[0].paragraphs == ()


LEADING = """Live: air raid alerts across Ukraine
Intro sentence for the whole blog.
Ola Berg7 March 2025 09:00
Newest post headline
Newest post body.
Ola Berg7 March 2025 08:00
Older post headline
Older post body, first sentence.
Older post body, second sentence.
Older post body, third sentence."""


class TestLeadingBylines:
    def test_bylines_open_their_posts(self):
        doc = clean(LEADING)
        assert [(p.headline, p.paragraphs, p.timestamp) for p in doc.posts] == [
            ("Live: air raid alerts across Ukraine", ("Intro sentence for the whole blog.",), None),
            ("Newest post headline", ("Newest post body.",), datetime(2025, 3, 7, 9, 0)),
            ("Older post headline", ("Older post body, first sentence.", "Older post body, second sentence.",
                                     "Older post body, third sentence."), datetime(2025, 3, 7, 8, 0)),
        ]
        assert (doc.published, doc.date_source) == (date(2025, 3, 7), "post_timestamp")

    @pytest.mark.parametrize(
        ("n_lines", "byline_at", "trail"),
        [
            (10, [3, 6, 9], True),  # nothing after the last byline
            (14, [4, 8, 12], True),  # a stray line after it
            (12, [2, 5, 8], False),  # a whole post after it
            (5, [0], False),
            (5, [1], False),
            (6, [4], True),
        ],
    )
    def test_bylines_trail(self, n_lines, byline_at, trail):
        assert bylines_trail(n_lines, byline_at) is trail


class TestWithoutBylines:
    def test_one_post_headed_by_the_title(self):
        doc = clean("Headline of a plain article\nFirst paragraph.\n\nSecond paragraph.")
        assert doc.posts == (Post("Headline of a plain article", ("First paragraph.", "Second paragraph.")),)

    def test_leading_date_is_not_part_of_the_title(self):
        doc = clean(" date 2025-02-11 Ukraine war latest: drones over Sumy\nBody sentence.")
        assert doc.title == "Ukraine war latest: drones over Sumy"
        assert (doc.published, doc.date_source) == (date(2025, 2, 11), "leading_date")

    def test_no_title_when_first_line_is_a_sentence(self):
        doc = clean("Russia launched 12 drones overnight, the air force said.\nNo one was hurt.")
        assert doc.title is None
        assert doc.posts[0].paragraphs == ("Russia launched 12 drones overnight, the air force said.",
                                           "No one was hurt.")

    def test_date_in_the_title(self):
        doc = clean("Ukraine war latest, 9 March 2025: drones over Kyiv\nBody sentence.")
        assert (doc.published, doc.date_source) == (date(2025, 3, 9), "headline")

    def test_missing_date_is_none(self):
        doc = clean("Drones over Kherson\nDrones were shot down overnight, officials said.")
        assert (doc.published, doc.date_source) == (None, "unknown")
        assert doc.published != date.today()


class TestRepeats:
    def test_exact_and_near_exact_repeats_are_dropped(self):
        text = "\n".join([
            "Drone attack on Dnipro",
            "The air force said 40 of 55 drones were shot down and 9 were lost overnight.",
            "A paragraph in between.",
            "the air force said 40 of 55 drones were shot down -- and 9 were lost overnight",
            "Rescuers cleared rubble from the school yard on Tuesday morning after the attack",
            "Rescuers cleared rubble from the school yard on Tuesday morning after the attack (Reuters)",
        ])
        assert clean(text).posts[0].paragraphs == (
            "The air force said 40 of 55 drones were shot down and 9 were lost overnight.",
            "A paragraph in between.",
            "Rescuers cleared rubble from the school yard on Tuesday morning after the attack",
        )

    def test_similar_paragraphs_with_other_figures_are_kept(self):
        a = "Ukraine's air force said air defences shot down 52 of the 74 drones launched overnight at the north."
        b = "Ukraine's air force said air defences shot down 56 of the 74 drones launched overnight at the north."
        c = "Ukraine's air force said air defences shot down fifty of the 74 drones launched overnight at the north."
        assert clean(f"Drone report\n{a}\n{b}\n{c}").posts[0].paragraphs == (a, b, c)

    def test_repeat_across_posts_and_of_headlines(self):
        posts = [
            Post("Title", ("Why is Kyiv short of interceptors?", "Body one.")),
            Post("Why is Kyiv short of interceptors?", ("Why is Kyiv short of interceptors?", "Body one.", "New.")),
        ]
        assert drop_repeats(posts, "Title") == [
            Post("Title", ("Why is Kyiv short of interceptors?", "Body one.")),
            Post("Why is Kyiv short of interceptors?", ("New.",)),
        ]

    def test_title_repeated_as_first_paragraph(self):
        page = ("<html><head><title>Strike on Poltava | Kyiv Ledger</title></head><body>"
                "<h1>Strike on Poltava</h1><p>Body sentence.</p></body></html>")
        doc = clean(page, "html")
        assert doc.title == "Strike on Poltava"
        assert doc.posts == (Post("Strike on Poltava", ("Body sentence.",)),)
        assert doc.publisher == "Kyiv Ledger"

    def test_many_paragraphs_stay_fast_and_distinct(self):
        paragraphs = [f"Paragraph number {i} says the drone count was {i * 7} overnight." for i in range(5000)]
        doc = clean("Drone report\n" + "\n".join(paragraphs + paragraphs))
        assert doc.posts[0].paragraphs == tuple(paragraphs)


class TestFormats:
    def test_html_document(self):
        page = """<html><head><title>Drones over Sumy - Example</title>
        <meta property="article:published_time" content="2025-01-19T07:45:00+02:00">
        <meta name="author" content="Iryna Koval"><meta property="og:site_name" content="Example">
        </head><body><nav>Menu</nav><article><h1>Drones over Sumy</h1>
        <p>Russia launched 20 drones at Sumy.</p><p>Advertisement</p><p>Eight were downed.</p>
        </article></body></html>"""
        doc = clean(page, "html")
        assert doc.title == "Drones over Sumy - Example"
        assert (doc.published, doc.date_source) == (date(2025, 1, 19), "html_meta")
        assert doc.publisher == "Example"
        assert doc.posts[0].author == "Iryna Koval"
        assert doc.posts[0].paragraphs == (
            "Drones over Sumy", "Russia launched 20 drones at Sumy.", "Eight were downed.")

    def test_json_record(self):
        record = {"text": "Kyivâ€™s air defences downed 9 missiles.\n\nShare this article",
                  "title": "Missiles downed over Kyiv", "published": "2025-03-02T05:00:00Z",
                  "publisher": "Wire", "url": "https://wire.example/x"}
        doc = clean(json.dumps(record), "json")
        assert doc.title == "Missiles downed over Kyiv"
        assert doc.posts == (Post("Missiles downed over Kyiv", ("Kyiv’s air defences downed 9 missiles.",)),)
        assert (doc.published, doc.date_source) == (date(2025, 3, 2), "json")
        assert (doc.publisher, doc.url) == ("Wire", "https://wire.example/x")

    def test_json_record_without_date(self):
        doc = clean(json.dumps({"text": "Drones were downed over Kyiv overnight."}), "json")
        assert (doc.published, doc.date_source, doc.title) == (None, "unknown", None)

    def test_mojibake_in_text_file(self):
        doc = clean("Odesaâ€™s port hit\nThe portâ€™s cranes were damaged.".encode("utf-8"))
        assert doc.title == "Odesa’s port hit"
        assert doc.posts[0].paragraphs == ("The port’s cranes were damaged.",)

    @pytest.mark.parametrize(
        ("data", "fmt", "reason"),
        [
            (b"", "txt", "empty"),
            (b"\x00\x01\x02\x03binary\x00", "txt", "binary"),
            (b'{"title": "x"}', "json", "missing_text"),
            (b"not json", "json", "invalid_json"),
            (b"Advertisement\nShare this article\nComments", "txt", "no_content"),
        ],
    )
    def test_unreadable(self, data, fmt, reason):
        with pytest.raises(UnreadableDocument) as info:
            clean(data, fmt)
        assert info.value.reason == reason

    def test_same_bytes_same_document(self):
        assert clean(TRAILING) == clean(TRAILING)


def test_is_headline_like():
    assert is_headline_like("Why is Russia targeting power plants?")
    assert not is_headline_like("Francis writes:")
    assert not is_headline_like("A sentence that ends with a full stop.")


def test_a_short_paragraph_passes_whole():
    text = "Air defence downed 40 of 52 drones overnight, the air force said. Two were lost to jamming."
    assert bound_paragraph(text) == [text]


def test_an_overlong_paragraph_is_cut_after_sentences_then_clauses_then_spaces():
    sentences = "The governor said 12 drones were downed over the region. " * 3
    assert bound_paragraph(sentences.strip(), limit=100) == [
        "The governor said 12 drones were downed over the region.",
        "The governor said 12 drones were downed over the region.",
        "The governor said 12 drones were downed over the region.",
    ]
    clauses = "drones over Sumy, missiles over Kyiv; decoys over Lviv, bombers over the sea"
    assert bound_paragraph(clauses, limit=40) == ["drones over Sumy, missiles over Kyiv;",
                                                  "decoys over Lviv, bombers over the sea"]
    assert bound_paragraph("a" * 25, limit=10) == ["a" * 10, "a" * 10, "a" * 5]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,;!?\"")), min_size=1, max_size=400), st.integers(min_value=5, max_value=60))
def test_bound_paragraph_keeps_every_word_and_bounds_every_piece(text, limit):
    pieces = bound_paragraph(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


def test_a_page_without_line_breaks_is_cleaned_into_bounded_paragraphs_and_its_claims_still_read():
    """A feed flattened into one line: the claim inside is still found, in a paragraph of its own size."""
    from sitrep.air_attacks import extract_air_attacks

    filler = "Markets in the capital opened as usual and schools reported normal attendance. " * 60
    claim = "Russia launched 61 drones overnight and air defences shot down 47 of them, the air force said. "
    text = "Morning round-up\n\n" + filler + claim + filler
    doc = clean_document(raw(text.encode(), uri="flat.txt"))
    paragraphs = [p for post in doc.posts for p in post.paragraphs]
    assert len(paragraphs) > 1 and max(map(len, paragraphs)) <= MAX_PARAGRAPH_CHARS
    rows = extract_air_attacks(doc)
    assert [(r["launched"], r["intercepted"]) for r in rows] == [(61, 47)]


def test_split_posts_without_bylines_keeps_everything():
    assert split_posts(["a.", "b."], "T") == [Post("T", ("a.", "b."))]


def test_a_title_with_no_lead_heads_the_first_post_when_bylines_close_posts():
    """A blog page that opens with its newest post's headline: that post is dated by its own byline."""
    text = ("Kharkiv hit by glide bombs, governor says\n\nTwo people were hurt in the strike, Oleh Syniehubov said.\n\n"
            "Ada Brook 3 May 2025 06:15\n\nPoland sends engineers\n\nA team arrived on Friday.\n\nAda Brook 2 May 2025 21:40")
    posts = clean_document(raw(text.encode(), uri="blog.txt")).posts
    assert [(p.headline, p.timestamp) for p in posts] == [
        ("Kharkiv hit by glide bombs, governor says", datetime(2025, 5, 3, 6, 15)),
        ("Poland sends engineers", datetime(2025, 5, 2, 21, 40)),
    ]
    assert posts[0].paragraphs == ("Two people were hurt in the strike, Oleh Syniehubov said.",)


def test_times_alone_on_their_lines_open_posts_and_one_time_marks_none():
    """Blogs without bylines ("14:20 CET" over each post): each post gets its own headline; the posts keep the
    document's date, as a bare time names no day."""
    text = ("Ukraine live: Oslo adds air defence money\n\n14:20 CET\n\nNorway adds NOK 2bn\n\nNorway said it would give "
            "Ukraine NOK 2bn more for air defence.\n\n9.05 am\n\nNearly 300 clashes on the front\n\nThe General "
            "Staff counted 296 clashes over the past day.")
    posts = clean_document(raw(text.encode(), uri="blog.txt")).posts
    assert [p.headline for p in posts] == ["Ukraine live: Oslo adds air defence money", "Norway adds NOK 2bn",
                                           "Nearly 300 clashes on the front"]
    assert all(p.timestamp is None for p in posts)
    assert posts[2].paragraphs == ("The General Staff counted 296 clashes over the past day.",)
    one = clean_document(raw(b"Morning briefing\n\n07:30\n\nThe air force reported 40 drones.", uri="b.txt")).posts
    assert len(one) == 1 and "07:30" in one[0].paragraphs


def test_a_time_and_headline_on_one_line_open_posts_but_a_ticker_stays_one_post():
    """Al Jazeera's "09:55 GMT - Headline" lines head their posts; a ticker whose timed lines are the news itself
    ("07:12 | Air force: ...", nothing under them) is one post."""
    text = ("War live: drones over the south\n\n10:20 GMT - Mykolaiv governor: nine drones downed\n\nVitaliy Kim said "
            "nine drones were shot down over the region.\n\n09:05 GMT - Air force gives overnight figures\n\nThe air "
            "force said Russia launched 80 drones, 61 of which were shot down.")
    posts = clean_document(raw(text.encode(), uri="live.txt")).posts
    assert [p.headline for p in posts] == ["War live: drones over the south", "Mykolaiv governor: nine drones downed",
                                           "Air force gives overnight figures"]
    assert posts[2].paragraphs == ("The air force said Russia launched 80 drones, 61 of which were shot down.",)
    ticker = b"07:12 | Air force: 45 drones overnight, 30 downed\n\n07:20 | Odesa: port damaged, governor says"
    (post,) = clean_document(raw(ticker, uri="ticker.txt")).posts
    assert [post.headline, *post.paragraphs] == ["07:12 | Air force: 45 drones overnight, 30 downed",
                                                 "07:20 | Odesa: port damaged, governor says"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.name)
def test_seed_articles_clean(path):
    doc = clean_document(raw(path.read_bytes(), uri=str(path)))
    lines = [line for p in doc.posts for line in (p.headline or "", *p.paragraphs)]
    assert doc.title and doc.posts
    assert doc.publisher == "The Independent"
    assert "Comments" not in lines
    for furniture in ("Your support", "commenting forum", "refresh the page", "Notifications",
                      "Liveupdated", "Independent Premium", "Your donation"):
        assert not any(furniture in line for line in lines)
    stamps = [p.timestamp for p in doc.posts[1:]]
    if len(doc.posts) > 1:  # live blogs split at bylines: newest first, all stamped
        assert all(stamps) and stamps == sorted(stamps, reverse=True)
    if doc.date_source == "unknown":
        assert doc.published is None


def test_sample_corpus_cleans_with_the_expected_dates():
    spec = json.loads(EXPECTED.read_text(encoding="utf-8"))
    expected = spec["published"] + spec["quarantined"]
    dates: dict[str, set[str]] = {}
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        chunks = path.read_bytes().splitlines() if path.suffix == ".jsonl" else [path.read_bytes()]
        for chunk in filter(bytes.strip, chunks):
            doc = clean_document(raw(chunk, FORMATS[path.suffix], str(path)))
            assert doc.posts and any(p.paragraphs for p in doc.posts)
            dates.setdefault(path.name, set()).add(str(doc.published or "unknown"))
    assert set(dates) == {row["file"] for row in expected}
    for row in expected:
        assert row["report_date"] in dates[row["file"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("By Ruth Adams, March 8, 2025, 09:10", "By Ruth Adams, March 7, 2025, 22:40"),
        ("8 Mar 2025, 09:10 · Ruth Adams", "7 Mar 2025, 22:40 · Ruth Adams"),
        ("Posted at 09:10, 8 March 2025, by Ruth Adams", "Posted at 22:40, 7 March 2025, by Ruth Adams"),
    ],
)
def test_other_outlets_bylines_split_posts_and_date_them(first, second):
    doc = clean("Ukraine war live\n\nKharkiv hit\n\nDrones struck a warehouse overnight.\n\n" + first
                + "\n\nTalks in Riyadh\n\nDelegations met for five hours.\n\n" + second)
    assert [(p.headline, p.author, p.timestamp) for p in doc.posts if p.timestamp] == [
        ("Kharkiv hit", "Ruth Adams", datetime(2025, 3, 8, 9, 10)),
        ("Talks in Riyadh", "Ruth Adams", datetime(2025, 3, 7, 22, 40)),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Published at 09:10 GMT 8 March 2025", "Published at 22:40 GMT 7 March 2025"),
        ("8 Mar 2025 - 09:10 GMT", "7 Mar 2025 - 22:40 GMT"),
        ("March 8, 2025 at 9:10 a.m. ET", "March 7, 2025 at 10:40 p.m. ET"),
    ],
)
def test_stamps_without_authors_split_posts_and_date_them(first, second):
    # the page's own dateline first, then posts each opened by a time and date and no author
    doc = clean("Ukraine war live\n\nSaturday 8 March 2025 10:00 GMT\n\n" + first
                + "\n\nKharkiv hit\n\nDrones struck a warehouse overnight.\n\n" + second
                + "\n\nTalks in Riyadh\n\nDelegations met for five hours.\n\nThe next round is due in April.")
    assert [(p.headline, p.author, p.timestamp) for p in doc.posts if p.timestamp and p.headline != doc.title] == [
        ("Kharkiv hit", None, datetime(2025, 3, 8, 9, 10)),
        ("Talks in Riyadh", None, datetime(2025, 3, 7, 22, 40)),
    ]
    assert not any(first in p.paragraphs or second in p.paragraphs for p in doc.posts)


def test_a_lone_stamp_opens_its_post():
    # the first post's stamp is the page's dateline; the one further down opens the older post under it
    doc = clean("Drones over the capital: live\n\n12 March 2025, 07:02\n\nMinistry: drones destroyed overnight\n\n"
                "The ministry said its air defences destroyed drones over six regions.\n\nDebris fell on a parking lot.\n\n"
                "No one was hurt.\n\n11 March 2025, 23:10\n\n"
                "Mayor: attack repelled\n\nThe mayor said two drones flying towards the city were shot down.")
    dated = {x[:12]: p.timestamp for p in doc.posts for x in p.paragraphs if " said " in x}
    assert dated == {"The ministry": datetime(2025, 3, 12, 7, 2), "The mayor sa": datetime(2025, 3, 11, 23, 10)}


def test_hard_wrapped_sentences_are_joined_again():
    doc = clean("Drones hit Chernihiv overnight\n\nby Anna Kovalenko\n\nRussia sent 53 drones and two Iskander missiles\n"
                "against Ukraine overnight, the air force said in its\nmorning statement.\n"
                "Local officials said a school was damaged.\nNo one was hurt.")
    paragraphs = [x for p in doc.posts for x in p.paragraphs]
    assert ("Russia sent 53 drones and two Iskander missiles against Ukraine overnight, the air force said in its "
            "morning statement.") in paragraphs
    assert "Local officials said a school was damaged." in paragraphs  # a full stop ends the line: kept apart


def test_a_headline_is_not_joined_to_its_stamp():
    assert unwrap_lines("Two killed in a drone strike on a bus, governor says\npublished at 09:45 BST") == (
        "Two killed in a drone strike on a bus, governor says\npublished at 09:45 BST")


def test_a_byline_glued_to_the_last_paragraph_still_closes_its_post():
    doc = clean("Ukraine war live\n\nDrones downed over Kursk\n\nThe ministry said 24 drones were downed overnight.Jane Roe "
                "25 March 2025 00:40\n\nTalks go on\n\nDelegations met again in Riyadh.Jane Roe 24 March 2025 22:15")
    assert [(p.headline, p.timestamp, p.paragraphs) for p in doc.posts if p.timestamp] == [
        ("Drones downed over Kursk", datetime(2025, 3, 25, 0, 40), ("The ministry said 24 drones were downed overnight.",)),
        ("Talks go on", datetime(2025, 3, 24, 22, 15), ("Delegations met again in Riyadh.",)),
    ]
    assert unglue_byline("The count rose to 25 March 2025 00:40") == ["The count rose to 25 March 2025 00:40"]
