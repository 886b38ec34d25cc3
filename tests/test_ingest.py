from sitrep.ingest import split_file


def test_one_document_per_plain_file_with_a_content_id():
    docs, rejected = split_file("/in/a.txt", b"some text")
    assert rejected == []
    assert [(d.fmt, d.source_uri, d.data) for d in docs] == [("txt", "/in/a.txt", b"some text")]
    again, _ = split_file("/elsewhere/renamed.txt", b"some text")
    assert again[0].document_id == docs[0].document_id


def test_jsonl_is_a_document_per_line_and_repeats_collapse():
    data = b'{"text": "one"}\n\n{"text": "two"}\n{"text": "one"}\n'
    docs, rejected = split_file("s3://b/p/feed.jsonl", data)
    assert rejected == []
    assert [d.data for d in docs] == [b'{"text": "one"}', b'{"text": "two"}']
    assert {d.fmt for d in docs} == {"json"}
    assert len({d.document_id for d in docs}) == 2


def test_html_suffixes_case_insensitive():
    docs, _ = split_file("page.HTM", b"<p>x</p>")
    assert docs[0].fmt == "html"


def test_unknown_format_is_rejected_with_the_reason():
    docs, rejected = split_file("/in/scan.pdf", b"%PDF")
    assert docs == []
    assert rejected[0].rules == ("unsupported_format",)
    assert rejected[0].source_uri == "/in/scan.pdf"
    assert rejected[0].document_id
