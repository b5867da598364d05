"""Web pages: main text and metadata extracted with trafilatura (offline; nothing is fetched)."""

from __future__ import annotations

from typing import Any

from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.dates import normalise_date


def _extract(data: bytes) -> dict[str, Any] | None:
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    # Bytes, not decoded text: trafilatura honours the page's declared charset.
    result = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_images=False,
        include_links=False, include_formatting=False,
    )
    if result is None:
        return None
    # trafilatura 1.x returns a dict, 2.x a Document.
    return result if isinstance(result, dict) else result.as_dict()


def _main_text(extracted: str, title: str | None) -> str:
    """Paragraphs separated by blank lines, as in wire text files, so later stages treat both
    alike. A first line repeating the headline is dropped: the headline is in ``title``."""
    paragraphs = [line.strip() for line in extracted.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and paragraphs[0].casefold() == title.strip().casefold():
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def html_article(data: bytes, *, origin: str, doc_id: str, max_chars: int) -> Article | Reject:
    """An article whose ``text`` is the extracted main text (not the HTML), so every offset
    refers to that extracted text."""
    try:
        fields = _extract(data)
    except Exception as exc:  # noqa: BLE001  (third-party parser, arbitrary markup: a reject)
        return Reject(origin, "no-main-text", f"HTML could not be parsed ({type(exc).__name__})",
                      doc_id=doc_id or None)
    title = (fields or {}).get("title") or None
    text = _main_text((fields or {}).get("text") or "", title)
    if fields is None or not text:
        return Reject(origin, "no-main-text", doc_id=doc_id or None)
    if len(text) > max_chars:
        return Reject(origin, "too-large", f"{len(text):,} characters; max_chars is {max_chars:,}",
                      doc_id=doc_id or None)
    dateline, problem = normalise_date(fields.get("date"))
    return Article(
        text=text, doc_id=doc_id, dateline=dateline, title=title,
        url=fields.get("url") or None,
        source=fields.get("sitename") or fields.get("hostname") or None,
        origin=origin, warnings=[problem] if problem else [],
    )
