"""Event queries: one filter object, streamed event records, and flat rows for tables and CSV."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, or_, select
from sqlalchemy.engine import Connection

from wirecoder.document import Actor, Event
from wirecoder.store import fts
from wirecoder.store.reader import actors_by_event, event_from_row
from wirecoder.store.schema import articles, event_actors, events

StrOrMany = str | Sequence[str] | None
EVIDENCE_JOINER = " … "
NAMES_JOINER = "; "

# Keys of a flat event row, in column order (CSV, Parquet, `wirecoder events`).
FLAT_COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "event", "mode", "context", "status",
    "actor", "actor_codes", "recipient", "recipient_codes", "location", "location_country",
    "lat", "lon", "dead", "injured", "arrested", "size", "quad", "plover_score", "cameo_root",
    "confidence", "evidence", "section", "title", "dateline", "url", "coder_version",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; every given criterion must hold.

    ``event_type`` and ``status`` take one value or several. ``actor``/``recipient`` match the
    code, organisation or name of any actor/recipient (case-insensitive substring); ``country``
    is an exact code of an actor, a recipient or the event's location; ``date_from``/``date_to``
    are inclusive; ``text`` is a full-text search over the article's title and text.
    """

    event_type: StrOrMany = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    date_from: str | date | None = None
    date_to: str | date | None = None
    status: StrOrMany = None
    text: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(slots=True)
class EventRecord:
    """A stored event with the article facts that exports and listings show beside it."""

    event: Event
    doc_id: str
    dateline: str | None
    title: str | None
    url: str | None
    coder_version: str
    evidence_text: list[str] = field(default_factory=list)


def event_select(f: EventFilter, dialect: str) -> Select[Any]:
    stmt = (select(events, articles.c.title, articles.c.dateline, articles.c.url)
            .join(articles, articles.c.doc_id == events.c.doc_id)
            .where(*_conditions(f, dialect))
            .order_by(events.c.date.asc().nulls_last(), events.c.doc_id, events.c.ordinal))
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return stmt.offset(f.offset) if f.offset else stmt


def _conditions(f: EventFilter, dialect: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.event_type:
        where.append(events.c.event.in_([t.upper() for t in _many(f.event_type)]))
    if f.status:
        where.append(events.c.status.in_([s.lower() for s in _many(f.status)]))
    if f.actor:
        where.append(_participant("actor", f.actor))
    if f.recipient:
        where.append(_participant("recipient", f.recipient))
    if f.country:
        code = f.country.upper()
        where.append(or_(events.c.location_country == code, exists().where(
            event_actors.c.event_id == events.c.event_id, event_actors.c.code == code)))
    if f.date_from:
        where.append(events.c.date >= _iso(f.date_from))
    if f.date_to:
        where.append(events.c.date <= _iso(f.date_to))
    if f.doc_id:
        where.append(events.c.doc_id == f.doc_id)
    if f.text:
        where.append(events.c.doc_id.in_(fts.matching_doc_ids(dialect, f.text)))
    return where


def _many(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _iso(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else value


def _participant(role: str, needle: str) -> ColumnElement[bool]:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return exists().where(
        event_actors.c.event_id == events.c.event_id, event_actors.c.role == role,
        or_(*(column.ilike(pattern, escape="\\")
              for column in (event_actors.c.code, event_actors.c.org, event_actors.c.name))))


def iter_event_records(conn: Connection, f: EventFilter, chunk: int = 500
                       ) -> Iterator[EventRecord]:
    """Matching events in date order, read ``chunk`` at a time (never all in memory)."""
    result = conn.execution_options(yield_per=chunk).execute(event_select(f, conn.dialect.name))
    for rows in result.partitions():
        event_ids = [r.event_id for r in rows]
        actors = actors_by_event(conn, event_ids)
        texts: dict[str, str] = {doc_id: text for doc_id, text in conn.execute(
            select(articles.c.doc_id, articles.c.text).where(
                articles.c.doc_id.in_({r.doc_id for r in rows})))}
        for row in rows:
            event = event_from_row(row, actors)
            text = texts.get(row.doc_id, "")
            yield EventRecord(
                event=event, doc_id=row.doc_id, dateline=row.dateline, title=row.title,
                url=row.url, coder_version=row.coder_version,
                evidence_text=[text[span.start:span.end] for span in event.evidence])


def flat_row(record: EventRecord) -> dict[str, Any]:
    """One event as a flat row (keys: ``FLAT_COLUMNS``); lists of actors joined by "; "."""
    e = record.event
    loc = e.location
    return {
        "event_id": e.event_id, "doc_id": record.doc_id, "date": e.date,
        "date_precision": e.date_precision, "event": e.event, "mode": list(e.mode),
        "context": list(e.context), "status": e.status,
        "actor": _names(e.actor), "actor_codes": _codes(e.actor),
        "recipient": _names(e.recipient), "recipient_codes": _codes(e.recipient),
        "location": loc.name if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "dead": e.dead, "injured": e.injured, "arrested": e.arrested, "size": e.size,
        "quad": e.quad, "plover_score": e.plover_score, "cameo_root": e.cameo_root,
        "confidence": e.confidence, "evidence": EVIDENCE_JOINER.join(record.evidence_text),
        "section": e.section, "title": record.title, "dateline": record.dateline,
        "url": record.url, "coder_version": record.coder_version,
    }


def _names(actors: list[Actor]) -> str:
    return NAMES_JOINER.join(a.name or a.org or a.text for a in actors)


def _codes(actors: list[Actor]) -> str:
    return NAMES_JOINER.join(a.code or "" for a in actors)
