"""RSS and Atom feeds: one article per entry, from the entry's full content or its summary."""

from __future__ import annotations

import hashlib
import html
import re
import time
from collections.abc import Iterator
from typing import Any

from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.dates import normalise_date

# Block-level tags end a paragraph; other tags are dropped.
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>",
                    re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_BREAK = "\x00"  # paragraph boundary while whitespace inside paragraphs is folded


def html_fragment_text(fragment: str) -> str:
    """Plain text of an entry's HTML, paragraphs separated by blank lines as in wire text.
    Line breaks inside a paragraph are the feed's wrapping, not paragraph ends."""
    text = html.unescape(_TAG.sub("", _BLOCK.sub(_BREAK, fragment)))
    blocks = (_SPACES.sub(" ", block).strip() for block in text.split(_BREAK))
    return "\n\n".join(block for block in blocks if block)


def _entry_text(entry: Any) -> str:
    # Full content when the feed carries it, else the summary (many feeds give only that).
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    raw = max(contents, key=len) if contents else entry.get("summary", "") or ""
    return html_fragment_text(raw)


def _entry_date(entry: Any) -> object:
    # feedparser parses RFC 822 and ISO dates alike into UTC struct_time; fall back to the raw
    # string when it could not.
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
        if entry.get(key):
            return entry[key]
    return None


def read_feed(data: bytes, *, origin: str, max_chars: int) -> Iterator[Article | Reject]:
    import feedparser  # only feed inputs need it

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Reject(origin, "no-main-text",
                     f"no feed entries ({type(problem).__name__})" if problem else
                     "no feed entries")
        return
    source = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        link = entry.get("link") or None
        key = entry.get("id") or link
        doc_id = str(key) if key else ""
        text = _entry_text(entry)
        if not text:
            yield Reject(where, "empty", "the entry has no content or summary",
                         doc_id=doc_id or None)
            continue
        if len(text) > max_chars:
            yield Reject(where, "too-large", f"{len(text):,} characters; max_chars is "
                         f"{max_chars:,}", doc_id=doc_id or None)
            continue
        dateline, problem = normalise_date(_entry_date(entry))
        yield Article(
            text=text, doc_id=doc_id or hashlib.sha256(text.encode()).hexdigest()[:16],
            dateline=dateline, title=(entry.get("title") or "").strip() or None, url=link,
            source=source, origin=where, warnings=[problem] if problem else [])
