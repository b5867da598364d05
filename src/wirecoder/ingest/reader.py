"""Read one input stream (a file, stdin, or either gzipped) into articles and rejects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.decode import decode_text
from wirecoder.ingest.feeds import read_feed
from wirecoder.ingest.html import html_article
from wirecoder.ingest.jsonio import read_json_document, read_json_lines
from wirecoder.ingest.sniff import (
    FORMATS,
    SNIFF_BYTES,
    UTF8_BOM,
    binary_reason,
    format_from_content,
    format_from_name,
    has_utf16_bom,
    is_gzip,
    name_stem,
    strip_gzip_suffix,
)
from wirecoder.ingest.streams import gunzip, iter_lines, prefixed, read_up_to
from wirecoder.ingest.text import text_article
from wirecoder.ingest.warc import is_warc, read_warc

# UTF-8 needs at most 4 bytes a character (+3 for a byte-order mark), so a text file larger than
# this cannot fit in max_chars and is rejected before it is read.
BYTES_PER_CHAR = 4
# Markup, scripts and inline images make pages far larger than their main text.
HTML_BYTES_PER_CHAR = 16
# A JSON string spends up to 6 bytes (\uXXXX) on one character; metadata adds a little.
JSON_BYTES_PER_CHAR = 6
JSON_LINE_SLACK = 64 * 1024


def read_stream(
    stream: BinaryIO, *, origin: str, name: str | None, size: int | None, options: Options,
) -> Iterator[Article | Reject]:
    """Articles and rejects from one byte stream. ``name`` (a file name, None for stdin) helps
    sniff the format and gives one-article files their doc_id; ``size`` is the byte size when
    known without reading. Raises CorruptGzipError or OSError; the caller turns them into rejects.
    """
    head = stream.read(SNIFF_BYTES)
    if is_gzip(head):
        stream = gunzip(prefixed(head, stream))
        name = strip_gzip_suffix(name) if name else None
        size = None
        head = stream.read(SNIFF_BYTES)
    stream = prefixed(head, stream)
    if len(head) < SNIFF_BYTES and not head.removeprefix(UTF8_BOM).strip():
        yield Reject(origin, "empty")
        return
    if has_utf16_bom(head):
        yield Reject(origin, "unsupported", "UTF-16 text; save it as UTF-8")
        return
    if options.input_format in (None, "warc") and (is_warc(head) or
                                                   format_from_name(name) == "warc"):
        # Before the binary test: archived responses may hold images and other bytes.
        yield from read_warc(stream, origin=origin, max_chars=options.max_chars,
                             max_record_bytes=HTML_BYTES_PER_CHAR * options.max_chars)
        return
    binary = binary_reason(head)
    if binary:
        yield Reject(origin, "binary", binary)
        return
    fmt = options.input_format or format_from_name(name) or format_from_content(head)
    if fmt not in FORMATS:
        yield Reject(origin, "unsupported",
                     f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
        return
    doc_id = name_stem(name) if name else ""
    max_chars = options.max_chars
    if fmt == "jsonl":
        line_limit = JSON_BYTES_PER_CHAR * max_chars + JSON_LINE_SLACK
        yield from read_json_lines(iter_lines(stream, line_limit), origin=origin,
                                   max_chars=max_chars, max_line_bytes=line_limit)
        return
    if fmt == "json":
        # A JSON document must be parsed whole; for inputs too big for memory use JSON lines.
        text, problem = decode_text(stream.read())
        yield from read_json_document(text, origin=origin, max_chars=max_chars,
                                      warnings=[problem] if problem else [])
        return
    per_char = HTML_BYTES_PER_CHAR if fmt in ("html", "feed") else BYTES_PER_CHAR
    data = _read_bounded(stream, size, per_char * max_chars + len(UTF8_BOM))
    if data is None:
        yield Reject(origin, "too-large", _too_large_bytes(size, max_chars), doc_id=doc_id or None)
        return
    if fmt == "html":
        yield html_article(data, origin=origin, doc_id=doc_id, max_chars=max_chars)
        return
    if fmt == "feed":
        yield from read_feed(data, origin=origin, max_chars=max_chars)
        return
    text, problem = decode_text(data)
    if len(text) > max_chars:
        yield Reject(origin, "too-large", f"{len(text):,} characters; max_chars is {max_chars:,}",
                     doc_id=doc_id or None)
        return
    yield text_article(text, origin=origin, doc_id=doc_id, warnings=[problem] if problem else [])


def _read_bounded(stream: BinaryIO, size: int | None, limit: int) -> bytes | None:
    if size is not None and size > limit:
        return None  # known too big: do not read it at all
    return read_up_to(stream, limit)


def _too_large_bytes(size: int | None, max_chars: int) -> str:
    what = f"{size:,} bytes" if size is not None else "input"
    return f"{what} too big to hold at most max_chars={max_chars:,} characters"
