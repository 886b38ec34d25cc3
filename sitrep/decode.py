"""Bytes to clean text: pick the encoding, repair mojibake, normalise, read HTML and JSON.

Everything here is a pure function of the input bytes. Input that cannot be turned into
text raises `UnreadableDocument` with a short machine-friendly `reason`, so the pipeline
can quarantine the document instead of publishing garbage.
"""
from __future__ import annotations

import codecs
import json
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser


class UnreadableDocument(Exception):
    """The input cannot be read as text; `reason` names why (e.g. `empty`, `binary`)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True)
class DecodedDocument:
    """Text of a document plus whatever metadata its container carried."""

    text: str
    title: str | None = None
    published: str | None = None  # the raw date string, parsed later by `dates`
    published_source: str | None = None  # "json", "html_meta" or "html_time"
    author: str | None = None
    url: str | None = None
    publisher: str | None = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newline, carriage return and form feed: text has
# almost none of them, binary data has plenty.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
# Share of UTF-8 errors among non-ASCII characters below which the input is taken to be
# UTF-8 with a few damaged bytes rather than a single-byte encoding.
_MAX_UTF8_ERROR_RATIO = 0.05
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _cp1252_char(byte: int) -> str:
    """How a byte looks when UTF-8 is misread as cp1252 (latin-1 for its five holes)."""
    raw = bytes([byte])
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


_CONTINUATION = "".join(_cp1252_char(b) for b in range(0x80, 0xC0))
_CONT_CLASS = "[" + re.escape(_CONTINUATION) + "]"
# A UTF-8 lead byte seen through cp1252 followed by the right number of continuation bytes.
_MOJIBAKE = re.compile(
    rf"[\xc2-\xdf]{_CONT_CLASS}|[\xe0-\xef]{_CONT_CLASS}{{2}}|[\xf0-\xf4]{_CONT_CLASS}{{3}}"
)


def _mojibake_bytes(s: str) -> bytes:
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out += ch.encode("latin-1")
    return bytes(out)


def _repair(match: re.Match[str]) -> str:
    try:
        return _mojibake_bytes(match.group()).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return match.group()


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 ("â€™" -> "’"), sequence by sequence.

    Only byte sequences that form valid UTF-8 are replaced, so genuine accented text
    ("café", "Zürich") is left alone.
    """
    return _MOJIBAKE.sub(_repair, text)


_SPACE_CHARS = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Only what needs changing: runs of spaces and exotic spaces (matching every single
# space would make this the slowest step).
_SPACES = re.compile(rf" ?[{_SPACE_CHARS}][ {_SPACE_CHARS}]*| {{2,}}[ {_SPACE_CHARS}]*")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, one kind of space and newline, no invisible characters, at most one blank line.

    Paragraph structure (single and double newlines) is kept: later stages split on it.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _looks_utf16(data: bytes) -> str | None:
    """Codec of BOM-less UTF-16 text (mostly ASCII): NULs in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0) / half
    odd_nuls = sample[1::2].count(0) / half
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_bytes(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableDocument("undecodable", f"{codec} with BOM: {exc.reason}") from exc
    if b"\x00" in data:
        codec = _looks_utf16(data)
        if codec is None:
            raise UnreadableDocument("binary", "contains NUL bytes")
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise UnreadableDocument("undecodable", f"{codec}: {exc.reason}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    non_ascii = len(_NON_ASCII.findall(lenient))
    if lenient.count("\ufffd") <= _MAX_UTF8_ERROR_RATIO * non_ascii:
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument("undecodable", "neither UTF-8 nor cp1252") from exc


def bytes_to_text(data: bytes) -> str:
    """Decode bytes of unknown encoding to normalised text, or raise `UnreadableDocument`."""
    if not data.strip():
        raise UnreadableDocument("empty", "no bytes" if not data else "only whitespace")
    text = _decode_bytes(data)
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > _MAX_CONTROL_RATIO * len(text):
        raise UnreadableDocument("binary", f"{controls} control characters")
    text = normalize_text(fix_mojibake(text))
    if not text:
        raise UnreadableDocument("empty", "only whitespace after decoding")
    return text


_BLOCK_TAGS = frozenset(
    "address article blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section table tbody thead tr ul".split()
)
_DROPPED_TAGS = frozenset(
    "script style nav header footer aside form noscript template svg iframe button select".split()
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
_META_PUBLISHED = frozenset(
    {"article:published_time", "og:published_time", "datepublished", "date", "dc.date",
     "dcterms.created", "pubdate", "publish-date"}
)


class _TextExtractor(HTMLParser):
    """Collects visible text as paragraphs plus title, date, author, url and site name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.time: str | None = None
        self.canonical: str | None = None
        self._dropped: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and attr.get("content") and key not in self.meta:
                self.meta[key] = attr["content"]
        elif tag == "time" and self.time is None and attr.get("datetime"):
            self.time = attr["datetime"]
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.canonical = self.canonical or attr.get("href") or None
        elif tag == "title" and not self._dropped and not self.title_parts:
            self._in_title = True  # the page title, not an <svg><title> icon label
        if tag in _DROPPED_TAGS and tag not in _VOID_TAGS:
            self._dropped.append(tag)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._dropped:
            while self._dropped.pop() != tag:
                pass
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._dropped:
            self.parts.append(_HTML_WHITESPACE.sub(" ", data))


_HTML_WHITESPACE = re.compile(r"\s+")


def _first(mapping: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((mapping[k].strip() for k in keys if mapping.get(k, "").strip()), None)


def html_to_text(html: str) -> DecodedDocument:
    """Visible text of an HTML page, block elements as paragraphs, page furniture dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    published = _first(parser.meta, tuple(k for k in parser.meta if k in _META_PUBLISHED))
    title = normalize_text(" ".join(parser.title_parts)) or _first(parser.meta, ("og:title",))
    return DecodedDocument(
        text=normalize_text("".join(parser.parts)),
        title=title or None,
        published=published or parser.time,
        published_source="html_meta" if published else ("html_time" if parser.time else None),
        author=_first(parser.meta, ("author", "article:author")),
        url=parser.canonical or _first(parser.meta, ("og:url",)),
        publisher=_first(parser.meta, ("og:site_name", "publisher")),
    )


_LOOKS_HTML = re.compile(r"<(?:p|div|br|h[1-6]|article|section|li)\b[^>]*>", re.IGNORECASE)


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = normalize_text(str(value))
    return text or None


def json_record(text: str) -> DecodedDocument:
    """One JSON object with a `text` field and optional url, title, published, publisher."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableDocument("invalid_json", f"line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(record, dict):
        raise UnreadableDocument("invalid_json", f"expected an object, got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise UnreadableDocument("missing_text", "no non-empty string field 'text'")
    # Feeds often ship the article body as HTML inside the JSON string.
    if _LOOKS_HTML.search(body):
        body_text = html_to_text(body).text
    else:
        body_text = normalize_text(fix_mojibake(body))
    if not body_text:
        raise UnreadableDocument("missing_text", "field 'text' has no visible text")
    published = _optional_str(record, "published")
    return DecodedDocument(
        text=body_text,
        title=_optional_str(record, "title"),
        published=published,
        published_source="json" if published else None,
        author=_optional_str(record, "author"),
        url=_optional_str(record, "url"),
        publisher=_optional_str(record, "publisher"),
    )


def decode(data: bytes, fmt: str) -> DecodedDocument:
    """Turn a document's bytes into text and metadata according to its format."""
    text = bytes_to_text(data)
    if fmt == "txt":
        return DecodedDocument(text=text)
    if fmt == "html":
        decoded = html_to_text(text)
        if not decoded.text:
            raise UnreadableDocument("empty", "HTML without visible text")
        return decoded
    if fmt == "json":
        return json_record(text)
    raise UnreadableDocument("unsupported_format", repr(fmt))
