"""Plain-text articles: the whole file is the article, with an optional leading date line."""

from __future__ import annotations

import re

from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.dates import normalise_date

# CONTRACT §1: an optional first line " date 2023-04-21 " (spaces allowed around it).
DATE_LINE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


def split_date_line(text: str) -> tuple[str | None, int]:
    """Return the date written on a leading date line and the offset where the article after it
    begins; ``(None, 0)`` when the first line is not a date line."""
    newline = text.find("\n")
    first = text if newline == -1 else text[:newline]
    match = DATE_LINE.fullmatch(first)
    if match is None:
        return None, 0
    return match.group(1), len(text) if newline == -1 else newline + 1


def text_article(
    text: str, *, origin: str, doc_id: str = "", warnings: list[str] | None = None,
) -> Article | Reject:
    """One article whose ``text`` is ``text`` unchanged, date line included, so offsets index the
    file content as read."""
    notes = list(warnings or [])
    written, body_start = split_date_line(text)
    if not text[body_start:].strip():
        detail = "only a date line" if written else ""
        return Reject(origin=origin, reason="empty", detail=detail, doc_id=doc_id or None)
    dateline, problem = normalise_date(written)
    if problem:
        notes.append(f"date line: {problem}")
    return Article(text=text, doc_id=doc_id, dateline=dateline, origin=origin, warnings=notes)
