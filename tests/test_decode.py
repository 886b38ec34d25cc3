"""Bytes to text: encodings, mojibake, normalisation, HTML and JSON containers."""
from __future__ import annotations

import json

import pytest

from sitrep.decode import (
    UnreadableDocument,
    bytes_to_text,
    decode,
    fix_mojibake,
    html_to_text,
    json_record,
    normalize_text,
)

SENTENCE = "Air defences over Lviv downed eleven drones, the governor’s office said."


def _reason(data: bytes, fmt: str = "txt") -> str:
    with pytest.raises(UnreadableDocument) as info:
        decode(data, fmt)
    return info.value.reason


class TestEncodings:
    def test_plain_utf8(self):
        assert bytes_to_text(SENTENCE.encode("utf-8")) == SENTENCE

    def test_utf8_bom_is_dropped(self):
        assert bytes_to_text(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")) == SENTENCE

    @pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
    def test_utf16_with_bom(self, codec):
        bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
        assert bytes_to_text(bom + SENTENCE.encode(codec)) == SENTENCE

    def test_utf16_without_bom(self):
        assert bytes_to_text(SENTENCE.encode("utf-16-le")) == SENTENCE

    def test_cp1252_fallback(self):
        data = "Kherson’s mayor said “nobody was hurt” – again.".encode("cp1252")
        assert bytes_to_text(data) == "Kherson’s mayor said “nobody was hurt” – again."

    def test_mostly_utf8_with_a_damaged_byte(self):
        text = "Zaporizhzhia – Kryvyi Rih – Dnipro’s “front” " * 20
        data = text.encode("utf-8") + b"\xff tail"
        decoded = bytes_to_text(data)
        assert decoded.startswith("Zaporizhzhia – Kryvyi Rih")
        assert decoded.endswith("\ufffd tail")


class TestMojibake:
    @pytest.mark.parametrize(
        ("broken", "fixed"),
        [
            ("Russiaâ€™s drones", "Russia’s drones"),
            ("â€œlostâ€\x9d to jamming", "“lost” to jamming"),
            ("the 5 km â€“ 8 km zone", "the 5 km – 8 km zone"),
            ("cafÃ© in ZÃ¼rich", "café in Zürich"),
            ("Â£2bn", "£2bn"),
        ],
    )
    def test_repairs_utf8_read_as_cp1252(self, broken, fixed):
        assert fix_mojibake(broken) == fixed

    def test_leaves_genuine_accents_alone(self):
        text = "São Paulo, naïve, Dnipró, Ærø, ½ of the fleet"
        assert fix_mojibake(text) == text

    def test_mojibake_in_bytes_is_repaired(self):
        data = "Kyivâ€™s air force".encode("utf-8")
        assert bytes_to_text(data) == "Kyiv’s air force"


class TestNormalisation:
    def test_nfc_spaces_invisible_and_line_endings(self):
        raw = "Odesa\u00a0port  was\u200b hit.\r\n\r\n\r\n\r\nCafe\u0301 closed.\rEnd\u2028line"
        assert normalize_text(raw) == "Odesa port was hit.\n\nCafé closed.\nEnd\nline"

    @pytest.mark.parametrize(
        ("raw", "clean"),
        [("a \u2003 b", "a b"), ("a  \u2003b", "a b"), ("x \t\t y", "x y"), ("\xa0lead", "lead")],
    )
    def test_runs_of_mixed_spaces_become_one(self, raw, clean):
        assert normalize_text(raw) == clean

    def test_keeps_single_and_double_newlines(self):
        assert normalize_text("a\nb\n\nc") == "a\nb\n\nc"


class TestUnreadable:
    @pytest.mark.parametrize("data", [b"", b"   \n\t \r\n"])
    def test_empty(self, data):
        assert _reason(data) == "empty"

    def test_nul_bytes_are_binary(self):
        assert _reason(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00") == "binary"

    def test_many_control_characters_are_binary(self):
        assert _reason(bytes(range(1, 32)) * 20 + b"some text") == "binary"

    def test_undecodable(self):
        # bytes that are neither UTF-8 nor defined in cp1252
        assert _reason(b"drones \x81\x8d\x90\x9d overnight") == "undecodable"

    def test_is_an_exception_with_reason_and_detail(self):
        error = UnreadableDocument("binary", "contains NUL bytes")
        assert isinstance(error, Exception)
        assert (error.reason, error.detail) == ("binary", "contains NUL bytes")
        assert str(error) == "binary: contains NUL bytes"

    def test_unknown_format(self):
        assert _reason(b"text", "pdf") == "unsupported_format"


PAGE = """<!doctype html><html><head>
<title>Drones hit Sumy overnight | Example News</title>
<meta property="article:published_time" content="2025-02-03T05:10:00+02:00">
<meta name="author" content="Iryna Koval">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/sumy">
<style>p { color: red }</style><script>var drones = 999;</script>
</head><body>
<header><p>Site header text</p></header><nav>Home | World</nav>
<article><h1>Drones hit Sumy overnight</h1>
<p>Russia launched 40 drones at Sumy,<br>the regional administration said.</p>
<p>Damage&nbsp;was reported at a &quot;school&quot; &amp; a clinic.</p>
<aside>Most read: something else</aside>
<ul><li>First point</li><li>Second point</li></ul>
<form><input name="q"><button>Search</button></form>
</article><footer>Footer text</footer></body></html>"""


class TestHtml:
    def test_text_is_visible_blocks_only(self):
        doc = html_to_text(PAGE)
        assert doc.text.split("\n\n") == [
            "Drones hit Sumy overnight",
            "Russia launched 40 drones at Sumy,\nthe regional administration said.",
            'Damage was reported at a "school" & a clinic.',
            "First point",
            "Second point",
        ]
        for hidden in ("999", "color", "Site header", "Home", "Most read", "Search", "Footer"):
            assert hidden not in doc.text

    def test_metadata(self):
        doc = html_to_text(PAGE)
        assert doc.title == "Drones hit Sumy overnight | Example News"
        assert (doc.published, doc.published_source) == ("2025-02-03T05:10:00+02:00", "html_meta")
        assert doc.author == "Iryna Koval"
        assert doc.publisher == "Example News"
        assert doc.url == "https://news.example/sumy"

    def test_time_element_when_no_meta_date(self):
        doc = html_to_text('<p><time datetime="2024-12-24">Christmas Eve</time> strike</p>')
        assert (doc.published, doc.published_source) == ("2024-12-24", "html_time")
        assert doc.text == "Christmas Eve strike"

    def test_icon_titles_are_not_the_page_title(self):
        doc = html_to_text("<body><svg><title>share icon</title></svg><p>Text</p></body>")
        assert (doc.title, doc.text) == (None, "Text")

    def test_html_without_date(self):
        doc = html_to_text("<p>No date here.</p>")
        assert (doc.published, doc.published_source, doc.title) == (None, None, None)

    def test_html_with_only_scripts_is_empty(self):
        assert _reason(b"<html><script>x()</script></html>", "html") == "empty"

    def test_decode_html_bytes(self):
        doc = decode(PAGE.encode("utf-8"), "html")
        assert doc.text.startswith("Drones hit Sumy overnight")


class TestJson:
    def test_record_with_all_fields(self):
        record = {
            "text": "First paragraph.\n\nSecond paragraph.",
            "url": "https://wire.example/a",
            "title": "A title",
            "published": "2025-01-02T03:04:05Z",
            "publisher": "Wire",
        }
        doc = decode(json.dumps(record).encode(), "json")
        assert doc.text == "First paragraph.\n\nSecond paragraph."
        assert (doc.url, doc.title, doc.publisher) == ("https://wire.example/a", "A title", "Wire")
        assert (doc.published, doc.published_source) == ("2025-01-02T03:04:05Z", "json")

    def test_only_text(self):
        doc = json_record('{"text": "Just text."}')
        assert (doc.text, doc.title, doc.published, doc.url, doc.publisher) == (
            "Just text.", None, None, None, None)

    def test_escaped_mojibake_in_json_is_repaired(self):
        doc = json_record(json.dumps({"text": "Kyivâ€™s mayor"}))
        assert doc.text == "Kyiv’s mayor"

    def test_html_body_inside_json(self):
        doc = json_record(json.dumps({"text": "<p>One.</p><p>Two.</p><script>x</script>"}))
        assert doc.text == "One.\n\nTwo."

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (b'{"text": "unterminated', "invalid_json"),
            (b'["text"]', "invalid_json"),
            (b'{"title": "no text"}', "missing_text"),
            (b'{"text": "   "}', "missing_text"),
            (b'{"text": 42}', "missing_text"),
        ],
    )
    def test_bad_records(self, data, reason):
        assert _reason(data, "json") == reason
