"""Decide what an input is from its name and its first bytes, without reading all of it."""

from __future__ import annotations

import json
import os
import re

FORMATS = ("txt", "json", "jsonl", "html", "feed", "warc")
GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes read up front for sniffing; large enough to hold the first line of most JSON-lines files.
SNIFF_BYTES = 64 * 1024
# The binary test looks at this much, like `file` and git do.
BINARY_SCAN_BYTES = 8 * 1024
# Share of control characters above which text is taken for binary data. Real text has almost
# none besides tab/newline/carriage return/form feed.
MAX_CONTROL_SHARE = 0.10

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed",
    ".warc": "warc",
}
_GZIP_SUFFIXES = (".gz", ".gzip")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
_FEED_TAG = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|main|section)[\s>/]",
    re.IGNORECASE,
)


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def strip_gzip_suffix(name: str) -> str:
    """``x.jsonl.gz`` -> ``x.jsonl``: the inner name tells the format of the decompressed data."""
    lower = name.lower()
    for suffix in _GZIP_SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def name_stem(name: str) -> str:
    """The doc_id of a one-article file: its name without directory, ``.gz`` and extension."""
    base = strip_gzip_suffix(os.path.basename(name))
    stem, _ = os.path.splitext(base)
    return stem or base


def format_from_name(name: str | None) -> str | None:
    if not name:
        return None
    _, ext = os.path.splitext(strip_gzip_suffix(name))
    return _EXTENSIONS.get(ext.lower())


def has_utf16_bom(head: bytes) -> bool:
    return head.startswith(UTF16_BOMS)


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` looks like binary data, or None when it looks like text."""
    sample = head[:BINARY_SCAN_BYTES]
    if b"\x00" in sample:
        return "contains NUL bytes"
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        return f"{controls} control characters in the first {len(sample)} bytes"
    return None


def format_from_content(head: bytes) -> str:
    start = head.removeprefix(UTF8_BOM).lstrip()
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        return _json_or_jsonl(start)
    if start.startswith(b"<") and _FEED_TAG.search(start[:4096]):
        return "feed"  # before HTML: a feed's items carry <title> and <p> too
    if start.startswith(b"<") and _HTML_TAG.search(start):
        return "html"
    return "txt"


def _json_or_jsonl(start: bytes) -> str:
    # A first line that is a whole object means one object per line; a pretty-printed object
    # leaves its first line unbalanced. A first line longer than the sniffed bytes is almost
    # always a long JSON-lines record, and the JSON-lines reader handles a lone object too.
    newline = start.find(b"\n")
    if newline == -1:
        return "jsonl"
    try:
        first = json.loads(start[:newline])
    except ValueError:
        return "json"
    return "jsonl" if isinstance(first, dict) else "json"
