"""Writing one Document: its rows for every table, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import Connection

from wirecoder.document import Actor, Document, Event
from wirecoder.store import fts
from wirecoder.store.schema import (
    amounts,
    articles,
    dates,
    doc_actors,
    event_actors,
    events,
    places,
    quotes,
    sections,
)

StoreOutcome = Literal["stored", "unchanged", "updated", "duplicate"]
Rows = list[dict[str, Any]]
_INT64 = range(-(2**63), 2**63)


def write_document(conn: Connection, doc: Document, run_id: int | None, coder_version: str,
                   now: datetime, *, replace: bool = False) -> StoreOutcome:
    """Store ``doc`` unless it is already there; the caller commits or rolls back.

    Same doc_id and content: "unchanged" (or replaced when ``replace``). Same doc_id, other
    content: the old rows are replaced, "updated". New doc_id whose text a coded article already
    has: "duplicate", nothing written. Otherwise "stored".
    """
    content_hash = doc.article.content_hash
    stored_hash = conn.execute(
        select(articles.c.content_hash).where(articles.c.doc_id == doc.doc_id)).scalar()
    if stored_hash is not None:
        if stored_hash == content_hash and not replace:
            return "unchanged"
        delete_document(conn, doc.doc_id)
        _insert_document(conn, doc, run_id, coder_version, now)
        return "updated"
    if is_duplicate(conn, content_hash, doc.doc_id):
        return "duplicate"
    _insert_document(conn, doc, run_id, coder_version, now)
    return "stored"


def is_duplicate(conn: Connection, content_hash: str, doc_id: str) -> bool:
    """Whether a coded (not skipped) article with another doc_id already has this text.

    "Another" matters under PostgreSQL's READ COMMITTED: a concurrent writer may commit this
    very doc_id between our look-up by id and this query; that is "unchanged" (found on the
    retry after the insert conflicts), not a duplicate.
    """
    found = conn.execute(select(articles.c.doc_id).where(
        articles.c.content_hash == content_hash, articles.c.skipped.is_(None),
        articles.c.doc_id != doc_id).limit(1))
    return found.first() is not None


def delete_document(conn: Connection, doc_id: str) -> None:
    fts.unindex_article(conn, doc_id)
    conn.execute(delete(articles).where(articles.c.doc_id == doc_id))  # children cascade


def _insert_document(conn: Connection, doc: Document, run_id: int | None, coder_version: str,
                     now: datetime) -> None:
    for table, rows in document_rows(doc, run_id, coder_version, now):
        insert_rows(conn, table, rows)
    fts.index_article(conn, doc.doc_id, doc.article.title, doc.text)


def insert_rows(conn: Connection, table: Table, rows: Rows) -> None:
    if rows:
        conn.execute(insert(table), rows)


def document_rows(doc: Document, run_id: int | None, coder_version: str,
                  now: datetime) -> list[tuple[Table, Rows]]:
    """The rows of every table for ``doc``, parents first. Skipped documents get no events."""
    art = doc.article
    version = {"coder_version": coder_version}
    article_row = {
        "doc_id": art.doc_id, "content_hash": art.content_hash, "text": art.text,
        "title": art.title, "url": art.url, "source": art.source, "dateline": art.dateline,
        "language": art.language, "origin": art.origin, "skipped": doc.skipped,
        "warnings": list(art.warnings) + list(doc.warnings), "run_id": run_id,
        "stored_at": now, **version,
    }
    tables: list[tuple[Table, Rows]] = [(articles, [article_row])]
    if doc.skipped:
        return tables
    own = {"doc_id": art.doc_id, **version}
    coded = doc.events
    tables += [
        (sections, [{**own, "position": i, "kind": s.kind, "start": s.start, "end": s.end}
                    for i, s in enumerate(doc.sections)]),
        (events, [_event_row(e, i, own) for i, e in enumerate(coded)]),
        (event_actors, [_actor_row(a, e.event_id, role, i, version)
                        for e in coded
                        for role, actors in (("actor", e.actor), ("recipient", e.recipient))
                        for i, a in enumerate(actors)]),
        (quotes, [{**own, "position": i, "text": q.text, "start": q.start, "end": q.end,
                   "cue": q.cue, "kind": q.kind, **_speaker_columns(q.speaker)}
                  for i, q in enumerate(doc.quotes)]),
        (amounts, [{**own, "position": i, "value": float(a.value),
                    "value_int": a.value if isinstance(a.value, int) and a.value in _INT64
                    else None,
                    "currency": a.currency, "unit": a.unit, "qualifier": a.qualifier,
                    "object": a.object, "start": a.start, "end": a.end,
                    "value_high": a.value_high, "si_value": a.si_value, "si_unit": a.si_unit}
                   for i, a in enumerate(doc.amounts)]),
        (dates, [{**own, "position": i, "text": d.text, "value": d.value,
                  "precision": d.precision, "start": d.start, "end": d.end,
                  "value_end": d.value_end}
                 for i, d in enumerate(doc.dates)]),
        (places, [{**own, "position": i, "text": p.text, "name": p.name, "country": p.country,
                   "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "start": p.start,
                   "end": p.end, "kind": p.kind, "relative": p.relative}
                  for i, p in enumerate(doc.places)]),
        (doc_actors, [{**own, "position": i, "text": a.text, "start": a.start, "end": a.end,
                       "code": a.code, "org": a.org, "sector": a.sector, "name": a.name,
                       "role_title": a.role}
                      for i, a in enumerate(doc.actors)]),
    ]
    return tables


def _event_row(e: Event, ordinal: int, own: dict[str, Any]) -> dict[str, Any]:
    loc = e.location
    return {
        **own, "event_id": e.event_id, "ordinal": ordinal, "event": e.event,
        "status": e.status, "mode": list(e.mode), "context": list(e.context), "date": e.date,
        "date_precision": e.date_precision,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
        "dead": e.dead, "injured": e.injured, "arrested": e.arrested, "size": e.size,
        "quad": e.quad, "plover_score": e.plover_score, "cameo_root": e.cameo_root,
        "confidence": e.confidence, "section": e.section,
        "evidence": [{"start": v.start, "end": v.end, "trigger_start": v.trigger_start,
                      "trigger_end": v.trigger_end} for v in e.evidence],
        "amounts": list(e.amounts),
    }


def _actor_row(a: Actor, event_id: str, role: str, position: int,
               version: dict[str, str]) -> dict[str, Any]:
    return {"event_id": event_id, "role": role, "position": position, "text": a.text,
            "start": a.start, "end": a.end, "code": a.code, "org": a.org, "sector": a.sector,
            "name": a.name, "role_title": a.role, **version}


_NO_SPEAKER: dict[str, Any] = {f"speaker_{k}": None for k in (
    "text", "start", "end", "code", "org", "sector", "name", "role")}


def _speaker_columns(speaker: Actor | None) -> dict[str, Any]:
    if speaker is None:
        return _NO_SPEAKER
    return {"speaker_text": speaker.text, "speaker_start": speaker.start,
            "speaker_end": speaker.end, "speaker_code": speaker.code,
            "speaker_org": speaker.org, "speaker_sector": speaker.sector,
            "speaker_name": speaker.name, "speaker_role": speaker.role}
