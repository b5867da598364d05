"""Reading each input format: txt, json, jsonl, html, and sniffing when the name does not tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest import read_inputs, split_date_line

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_all(*paths: Path | str, **options: object) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], Options(**options)))  # type: ignore[arg-type]


def only_article(records: list[Article | Reject]) -> Article:
    assert len(records) == 1, records
    assert isinstance(records[0], Article), records[0]
    return records[0]


def test_txt_is_whole_file_with_date_line() -> None:
    path = FIXTURES / "wire_article.txt"
    article = only_article(read_all(path))
    assert article.text == path.read_bytes().decode("utf-8")
    assert article.dateline == "2023-04-21"
    assert article.doc_id == "wire_article"
    assert article.origin == str(path)
    start = article.text.index("GENEVA")
    assert article.text[start:start + 6] == "GENEVA"
    assert article.warnings == []


def test_txt_keeps_crlf_and_doc_id_is_stem(tmp_path: Path) -> None:
    path = tmp_path / "000_5066661fc9359fff.txt"
    path.write_bytes(b"date 2020-02-29\r\n\r\nLIMA, Peru -- Fishermen blocked a port.\r\n")
    article = only_article(read_all(path))
    assert article.text == "date 2020-02-29\r\n\r\nLIMA, Peru -- Fishermen blocked a port.\r\n"
    assert article.doc_id == "000_5066661fc9359fff"
    assert article.dateline == "2020-02-29"


@pytest.mark.parametrize(("first_line", "expected"), [
    ("date 2023-04-21", "2023-04-21"),
    ("   date   2023-04-21   ", "2023-04-21"),
    ("\tdate 2023-04-21\r", "2023-04-21"),
    ("dated 2023-04-21", None),
    ("date 21 April 2023", None),
    ("KYIV, Ukraine --", None),
])
def test_date_line_forms(first_line: str, expected: str | None) -> None:
    date, body_start = split_date_line(first_line + "\nBody text.")
    assert date == expected
    assert body_start == (len(first_line) + 1 if expected else 0)


def test_invalid_calendar_date_line_warns(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2023-02-30\nThe talks ended without agreement.\n")
    article = only_article(read_all(path))
    assert article.dateline is None
    assert any("date" in w for w in article.warnings)


def test_default_dateline_fills_missing_dates(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("Rebels seized a town in the north, residents said.\n")
    article = only_article(read_all(undated, FIXTURES / "wire_article.txt",
                                    default_dateline="1999-12-31")[:1])
    assert article.dateline == "1999-12-31"
    dated = only_article(read_all(FIXTURES / "wire_article.txt", default_dateline="1999-12-31"))
    assert dated.dateline == "2023-04-21"


def test_jsonl_fields_and_origins() -> None:
    path = FIXTURES / "articles.jsonl"
    records = read_all(path)
    assert all(isinstance(r, Article) for r in records)
    first, second, third = records
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(third, Article)
    assert (first.doc_id, first.dateline, first.title, first.source) == (
        "W-1", "2021-03-08", "Council passes budget", "Example Wire")
    assert second.dateline == "2021-03-09"  # ISO datetime cut to its date
    assert second.url == "https://example.org/w-2"
    assert third.doc_id == "3"  # str() of a numeric id
    assert third.language == "en"
    assert [r.origin for r in records] == [f"{path}:1", f"{path}:2", f"{path}:4"]  # blank line 3


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-04-21", "2023-04-21"),
    ("2023-04-21T23:30:00-05:00", "2023-04-21"),
    ("2023-04-21T10:00:00Z", "2023-04-21"),
    ("2023-04-21 10:00:00", "2023-04-21"),
    ("2023-04-21T10:00:00.123456789+00:00", "2023-04-21"),
    ("20230421", "2023-04-21"),
])
def test_json_date_normalised(tmp_path: Path, value: str, expected: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(f'{{"text": "Troops withdrew from the town.", "date": "{value}"}}')
    assert only_article(read_all(path)).dateline == expected


@pytest.mark.parametrize("value", ['"last Tuesday"', '"2023-13-45"', "20230421", "[2023]"])
def test_unparseable_json_date_warns(tmp_path: Path, value: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(f'{{"text": "Troops withdrew from the town.", "date": {value}}}')
    article = only_article(read_all(path))
    assert article.dateline is None
    assert len(article.warnings) == 1 and "date" in article.warnings[0]


def test_json_array_and_hash_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text('[{"text": "Strikers marched in the capital."},\n'
                    ' {"id": "B-2", "text": "A ceasefire took hold overnight."},\n 5]')
    first, second, third = read_all(path)
    assert isinstance(first, Article) and len(first.doc_id) == 16  # content hash
    assert first.origin == f"{path}[0]"
    assert isinstance(second, Article) and second.doc_id == "B-2"
    assert isinstance(third, Reject) and third.reason == "not-an-article"


@pytest.mark.parametrize("obj", ['{"id": "x"}', '{"text": ""}', '{"text": "  "}',
                                 '{"text": 12}', '"just a string"'])
def test_json_without_text_is_not_an_article(tmp_path: Path, obj: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(obj)
    (reject,) = read_all(path)
    assert isinstance(reject, Reject) and reject.reason == "not-an-article"


def test_invalid_jsonl_line_among_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Talks resumed in Doha."}\n'
                    '{"id": "b", "text": "unterminated\n'
                    '\n'
                    '{"id": "c", "text": "The embassy reopened."}\n')
    good_a, bad, good_c = read_all(path)
    assert isinstance(good_a, Article) and good_a.doc_id == "a"
    assert isinstance(bad, Reject) and bad.reason == "invalid-json"
    assert bad.origin == f"{path}:2" and bad.detail
    assert isinstance(good_c, Article) and good_c.doc_id == "c" and good_c.origin == f"{path}:4"


def test_invalid_json_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"text": "The vote was delayed.",')
    (reject,) = read_all(path)
    assert isinstance(reject, Reject) and reject.reason == "invalid-json"
    assert "line 1" in reject.detail


def test_json_lines_in_a_json_file_are_read_per_line(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.json"
    path.write_text('{"text": "Aid reached the city."}\n{"text": "Shelling resumed at dawn."}\n')
    records = read_all(path)
    assert [r.text for r in records if isinstance(r, Article)] == [
        "Aid reached the city.", "Shelling resumed at dawn."]


def test_html_main_text_and_metadata() -> None:
    article = only_article(read_all(FIXTURES / "page.html"))
    assert article.doc_id == "page"
    assert article.title == "Port workers end strike"
    assert article.dateline == "2022-11-02"
    assert article.url == "https://daily.example.com/2022/11/02/port-strike"
    assert article.source == "Example Daily"
    assert article.text.startswith("ROTTERDAM (Example) -- Dock workers")
    assert "\n\nThe agreement raises wages" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert "<" not in article.text


@pytest.mark.parametrize("html", [
    b"<html><body><div><p>unclosed <b>tags <table><tr><td>",
    b"<html><head><title>Nothing</title></head><body></body></html>",
    b"<<<<>>>>&&&;;; <html",
    b"<!DOCTYPE html><html><body>" + b"<div>" * 5000 + b"</body></html>",
])
def test_broken_html_does_not_crash(tmp_path: Path, html: bytes) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(html)
    records = read_all(path)
    assert len(records) == 1
    assert isinstance(records[0], Article | Reject)
    if isinstance(records[0], Reject):
        assert records[0].reason == "no-main-text"


@pytest.mark.parametrize(("content", "kind"), [
    (b'{"text": "One article on one line."}\n{"text": "And another."}\n', "jsonl"),
    (b'{\n  "text": "A pretty-printed article."\n}\n', "json"),
    (b'[{"text": "An article in an array."}]', "json"),
    (FIXTURES.joinpath("page.html").read_bytes(), "html"),
    (b"<Reuters> reported that talks had stalled.\n", "txt"),
    (b"Plain text about a flood in the delta.\n", "txt"),
])
def test_sniff_unknown_extension(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    records = read_all(path)
    assert records and all(isinstance(r, Article) for r in records), records
    first = records[0]
    assert isinstance(first, Article)
    if kind == "txt":
        assert first.text == content.decode()
    elif kind == "jsonl":
        assert len(records) == 2 and first.origin == f"{path}:1"
    elif kind == "html":
        assert first.title == "Port workers end strike"
    else:
        assert first.text.startswith("A")


def test_input_format_override(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text('{"text": "Read me as plain text."}')
    article = only_article(read_all(path, input_format="txt"))
    assert article.text == '{"text": "Read me as plain text."}'


def test_unknown_input_format_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some text.")
    (reject,) = read_all(path, input_format="pdf")
    assert isinstance(reject, Reject) and reject.reason == "unsupported"
