"""Bad and awkward inputs become rejects or warnings, never exceptions; streams stay lazy."""

from __future__ import annotations

import gzip
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wirecoder.ingest as ingest
import wirecoder.ingest.sources as sources
from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.errors import REASONS, Reject
from wirecoder.ingest import read_inputs

STORY = "SANAA (Wire) -- Aid convoys reached the port city on Sunday, officials said.\n"


def read_all(*paths: Path | str, **options: object) -> list[Article | Reject]:
    return list(read_inputs([str(p) for p in paths], Options(**options)))  # type: ignore[arg-type]


def reasons(records: list[Article | Reject]) -> list[str]:
    return [r.reason if isinstance(r, Reject) else "article" for r in records]


def test_reject_reasons_are_documented() -> None:
    assert {"corrupt-gzip", "empty", "binary", "too-large", "unreadable"} <= set(REASONS)


def test_missing_path_is_rejected_in_place(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    records = read_all(tmp_path / "missing.txt", good)
    assert reasons(records) == ["not-found", "article"]
    assert isinstance(records[0], Reject) and records[0].origin == str(tmp_path / "missing.txt")


# --- gzip ---------------------------------------------------------------------------------------

def test_gzip_txt_uses_inner_name(tmp_path: Path) -> None:
    path = tmp_path / "x.txt.gz"
    path.write_bytes(gzip.compress(("date 2022-01-05\n" + STORY).encode()))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.doc_id == "x" and article.dateline == "2022-01-05"
    assert article.text == "date 2022-01-05\n" + STORY


def test_gzip_jsonl_and_magic_beats_extension(tmp_path: Path) -> None:
    lines = b'{"id": "g1", "text": "Talks opened."}\n{"id": "g2", "text": "Talks closed."}\n'
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(lines))
    disguised = tmp_path / "batch.jsonl"  # gzip data under a plain name: found by magic bytes
    disguised.write_bytes(gzip.compress(lines))
    for p in (path, disguised):
        records = read_all(p)
        assert [r.doc_id for r in records if isinstance(r, Article)] == ["g1", "g2"]


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data at all")
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    records = read_all(path, good)
    assert reasons(records) == ["corrupt-gzip", "article"]
    assert isinstance(records[0], Reject) and records[0].detail


def test_truncated_gzip_jsonl_keeps_lines_before_the_damage(tmp_path: Path) -> None:
    lines = b"".join(b'{"id": "%d", "text": "Line %d of a long file."}\n' % (i, i)
                     for i in range(5000))
    data = gzip.compress(lines)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = read_all(path)
    assert reasons(records)[-1] == "corrupt-gzip"
    assert len(records) > 1 and all(isinstance(r, Article) for r in records[:-1])


# --- directories --------------------------------------------------------------------------------

def test_directory_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "inner" / "d.txt").write_text("Story d.")
    (tmp_path / "b" / "c.txt").write_text("Story c.")
    (tmp_path / "a.txt").write_text("Story a.")
    (tmp_path / "e.jsonl").write_text('{"id": "e", "text": "Story e."}\n')
    (tmp_path / ".hidden.txt").write_text("Hidden story.")
    (tmp_path / ".git" / "config.txt").write_text("Not a story.")
    records = read_all(tmp_path)
    assert [r.doc_id for r in records] == ["a", "c", "d", "e"]  # b/c.txt < b/inner/d.txt
    assert all(isinstance(r, Article) for r in records)


def test_unreadable_file_in_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    real_open = open

    def guarded_open(path: str, *args: object, **kwargs: object) -> object:
        if path.endswith("a.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    records = read_all(tmp_path)
    assert reasons(records) == ["unreadable", "article"]
    assert isinstance(records[0], Reject) and "Permission denied" in records[0].detail


def test_unreadable_subdirectory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "z.txt").write_text(STORY)
    real_scandir = os.scandir

    def guarded_scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(sources.os, "scandir", guarded_scandir)
    assert reasons(read_all(tmp_path)) == ["unreadable", "article"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_real_permissions(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    assert reasons(read_all(path)) == ["unreadable"]


# --- stdin --------------------------------------------------------------------------------------

class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(("data", "expected"), [
    (STORY.encode(), [STORY]),
    (b'{"text": "First."}\n{"text": "Second."}\n', ["First.", "Second."]),
    (gzip.compress(b'[{"text": "Zipped."}]'), ["Zipped."]),
])
def test_stdin_sniffs_format(monkeypatch: pytest.MonkeyPatch, data: bytes,
                             expected: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    records = read_all("-")
    assert [r.text for r in records if isinstance(r, Article)] == expected
    first = records[0]
    assert isinstance(first, Article)
    assert first.origin is not None and first.origin.startswith("<stdin>")
    assert len(first.doc_id) == 16  # no file name: a content hash


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    assert reasons(read_all("-")) == ["empty"]


# --- content problems ---------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"date 2023-01-01\n\n",
])
def test_empty_inputs(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert reasons(read_all(path)) == ["empty"]


@pytest.mark.parametrize("name", ["empty.json", "empty.jsonl", "empty.html"])
def test_empty_structured_inputs(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\n\n")
    assert reasons(read_all(path)) == ["empty"]


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    bytes([1, 2, 3, 4, 5, 6, 14, 15, 16]) * 200 + b"some text",
])
def test_binary_inputs(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    (reject,) = read_all(path)
    assert isinstance(reject, Reject) and reject.reason == "binary" and reject.detail


def test_utf16_is_unsupported_with_hint(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(STORY.encode("utf-16"))
    (reject,) = read_all(path)
    assert isinstance(reject, Reject) and reject.reason == "unsupported"
    assert "UTF-8" in reject.detail


def test_cp1252_decoded_with_warning(tmp_path: Path) -> None:
    text = ("The minister\u2019s \u201cfinal offer\u201d \u2013 worth \u20ac2 million \u2013 "
            "was refused.")
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.text == text
    assert article.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_latin1_last_resort(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Caf\xe9 owners protested \x81 the new tax.")  # 0x81 is undefined in cp1252
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.text == "Caf\u00e9 owners protested \x81 the new tax."
    assert article.warnings == ["not valid UTF-8; decoded as latin-1"]


def test_cp1252_jsonl_line_warns_only_on_that_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Plain line."}\n{"text": "Caf\xe9 line."}\n')
    first, second = read_all(path)
    assert isinstance(first, Article) and first.warnings == []
    assert isinstance(second, Article) and second.text == "Caf\u00e9 line."
    assert second.warnings == ["not valid UTF-8; decoded as cp1252"]


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2021-06-01\n" + STORY.encode())
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert article.text == "date 2021-06-01\n" + STORY and article.dateline == "2021-06-01"


def test_twenty_megabyte_text_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    line = b"Wire copy repeated to fill a very large file for testing limits.\n"
    with path.open("wb") as handle:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    after = tmp_path / "after.txt"
    after.write_text(STORY)
    records = read_all(path, after)
    assert reasons(records) == ["too-large", "article"]
    reject = records[0]
    assert isinstance(reject, Reject)
    assert "bytes" in reject.detail and "2,000,000" in reject.detail
    assert reject.doc_id == "dump"


def test_too_large_after_decoding(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 150)
    (reject,) = read_all(path, max_chars=100)
    assert isinstance(reject, Reject) and reject.reason == "too-large"
    assert "150 characters" in reject.detail and "100" in reject.detail


def test_too_large_gzip_and_json_items(tmp_path: Path) -> None:
    zipped = tmp_path / "big.txt.gz"
    zipped.write_bytes(gzip.compress(b"y" * 1000))
    lines = tmp_path / "items.jsonl"
    lines.write_text('{"text": "%s"}\n{"text": "short"}\n' % ("z" * 200))
    assert reasons(read_all(zipped, lines, max_chars=100)) == ["too-large", "too-large", "article"]


def test_jsonl_line_longer_than_any_article_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge-line.jsonl"
    path.write_text('{"text": "%s"}\n{"text": "after"}\n' % ("w" * 5000))
    records = read_all(path, max_chars=100)
    assert reasons(records) == ["too-large", "article"]
    assert records[0].origin == f"{path}:1"


def test_stream_is_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b"".join(b'{"text": "Article number %d."}\n' % i for i in range(200_000))
    stdin = FakeStdin(lines)
    monkeypatch.setattr(sys, "stdin", stdin)
    stream = read_inputs(["-"], Options())
    first = next(stream)
    assert isinstance(first, Article) and first.text == "Article number 0."
    assert stdin.buffer.tell() < len(lines) // 4  # only the first chunk has been read


def test_unexpected_error_becomes_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(ingest, "read_stream", explode)
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    (reject,) = read_all(path)
    assert isinstance(reject, Reject) and reject.reason == "unreadable" and "boom" in reject.detail


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600) | st.text(max_size=300).map(str.encode),
       suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".dat", ".txt.gz"]))
def test_any_bytes_give_records_not_exceptions(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for record in read_all(path):
        assert isinstance(record, Article) or record.reason in REASONS
        if isinstance(record, Article):
            assert record.text.strip()
