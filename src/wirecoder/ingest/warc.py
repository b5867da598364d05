"""WARC web archives: each archived HTML response becomes one article (main text extracted)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import BinaryIO

from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.dates import normalise_date
from wirecoder.ingest.html import html_article

WARC_MAGIC = b"WARC/"


def is_warc(head: bytes) -> bool:
    return head.lstrip(b"\r\n").startswith(WARC_MAGIC)


def read_warc(stream: BinaryIO, *, origin: str, max_chars: int,
              max_record_bytes: int) -> Iterator[Article | Reject]:
    """Articles from the HTML responses of a WARC (other records are skipped silently: requests,
    metadata, images and scripts are not news). Raises OSError/ValueError on a broken archive;
    the caller turns that into a reject after the records read so far."""
    from warcio.archiveiterator import ArchiveIterator  # only WARC inputs need it

    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = record.http_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        where = f"{origin}@{url or record.rec_headers.get_header('WARC-Record-ID')}"
        body = record.content_stream().read(max_record_bytes + 1)
        if len(body) > max_record_bytes:
            yield Reject(where, "too-large", f"the page exceeds {max_record_bytes:,} bytes")
            continue
        # An archived page's id is its URL: the same page archived twice is the same article.
        doc_id = hashlib.sha256(url.encode()).hexdigest()[:16] if url else ""
        item = html_article(body, origin=where, doc_id=doc_id, max_chars=max_chars)
        if isinstance(item, Article):
            item.url = item.url or url or None
            if item.dateline is None:
                # The capture date stands in when the page names no publication date.
                item.dateline, _ = normalise_date(record.rec_headers.get_header("WARC-Date"))
        yield item
