"""Reading Documents back: a batch of articles and all of their rows, a few queries per batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, Table, select
from sqlalchemy.engine import Connection

from wirecoder.document import (
    Actor,
    Amount,
    Article,
    DateExpr,
    Document,
    Event,
    EventLocation,
    Evidence,
    Place,
    Quote,
    Section,
)
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


def load_documents(conn: Connection, doc_ids: Sequence[str]) -> list[Document]:
    """The stored documents among ``doc_ids``, in that order (missing ones left out)."""
    if not doc_ids:
        return []
    rows = {r.doc_id: r for r in conn.execute(
        select(articles).where(articles.c.doc_id.in_(doc_ids)))}
    children = {table.name: _children(conn, table, doc_ids)
                for table in (sections, quotes, amounts, dates, places, doc_actors)}
    doc_events = _events(conn, doc_ids)
    return [_document(rows[d], children, doc_events.get(d, [])) for d in doc_ids if d in rows]


def _children(conn: Connection, table: Table, doc_ids: Sequence[str]) -> dict[str, list[Row[Any]]]:
    grouped: dict[str, list[Row[Any]]] = defaultdict(list)
    stmt = (select(table).where(table.c.doc_id.in_(doc_ids))
            .order_by(table.c.doc_id, table.c.position))
    for row in conn.execute(stmt):
        grouped[row.doc_id].append(row)
    return grouped


def _events(conn: Connection, doc_ids: Sequence[str]) -> dict[str, list[Event]]:
    actors = actors_by_event(conn, select(events.c.event_id).where(events.c.doc_id.in_(doc_ids)))
    grouped: dict[str, list[Event]] = defaultdict(list)
    stmt = (select(events).where(events.c.doc_id.in_(doc_ids))
            .order_by(events.c.doc_id, events.c.ordinal))
    for row in conn.execute(stmt):
        grouped[row.doc_id].append(event_from_row(row, actors))
    return grouped


ActorsByEvent = dict[tuple[str, str], list[Actor]]


def actors_by_event(conn: Connection, event_ids: Iterable[str] | Any) -> ActorsByEvent:
    """Actors and recipients of the given events (a list, or a SELECT of event_ids)."""
    found: ActorsByEvent = defaultdict(list)
    stmt = (select(event_actors).where(event_actors.c.event_id.in_(event_ids))
            .order_by(event_actors.c.event_id, event_actors.c.role, event_actors.c.position))
    for r in conn.execute(stmt):
        found[(r.event_id, r.role)].append(Actor(
            text=r.text, start=r.start, end=r.end, code=r.code, org=r.org, sector=r.sector,
            name=r.name, role=r.role_title))
    return found


def event_from_row(row: Row[Any], actors: ActorsByEvent) -> Event:
    location = None
    if row.location_name is not None:
        location = EventLocation(name=row.location_name, country=row.location_country,
                                 lat=row.location_lat, lon=row.location_lon)
    return Event(
        event_id=row.event_id, event=row.event,
        evidence=[Evidence(**span) for span in row.evidence],
        status=row.status, mode=list(row.mode), context=list(row.context),
        actor=list(actors.get((row.event_id, "actor"), [])),
        recipient=list(actors.get((row.event_id, "recipient"), [])),
        date=row.date, date_precision=row.date_precision, location=location,
        amounts=list(row.amounts), dead=row.dead, injured=row.injured, arrested=row.arrested,
        size=row.size, quad=row.quad, plover_score=row.plover_score, cameo_root=row.cameo_root,
        confidence=row.confidence, section=row.section,
    )


def _document(row: Row[Any], children: dict[str, dict[str, list[Row[Any]]]],
              doc_events: list[Event]) -> Document:
    d = row.doc_id
    article = Article(
        text=row.text, doc_id=d, dateline=row.dateline, title=row.title, url=row.url,
        source=row.source, language=row.language, origin=row.origin)
    return Document(
        article=article,
        sections=[Section(s.kind, s.start, s.end) for s in children["sections"].get(d, [])],
        events=doc_events,
        quotes=[_quote(q) for q in children["quotes"].get(d, [])],
        amounts=[Amount(value=a.value_int if a.value_int is not None else a.value,
                        start=a.start, end=a.end, currency=a.currency, unit=a.unit,
                        qualifier=a.qualifier, object=a.object,
                        value_high=_int_if_whole(a.value_high), si_value=a.si_value,
                        si_unit=a.si_unit)
                 for a in children["amounts"].get(d, [])],
        dates=[DateExpr(text=x.text, value=x.value, precision=x.precision, start=x.start,
                        end=x.end, value_end=x.value_end) for x in children["dates"].get(d, [])],
        places=[Place(text=p.text, name=p.name, start=p.start, end=p.end, country=p.country,
                      lat=p.lat, lon=p.lon, geonameid=p.geonameid, kind=p.kind,
                      relative=p.relative)
                for p in children["places"].get(d, [])],
        actors=[Actor(text=a.text, start=a.start, end=a.end, code=a.code, org=a.org,
                      sector=a.sector, name=a.name, role=a.role_title)
                for a in children["doc_actors"].get(d, [])],
        # Article and pipeline warnings were stored as one list, as the contract shows them.
        warnings=list(row.warnings),
        skipped=row.skipped,
        coder_version=row.coder_version,
    )


def _quote(q: Row[Any]) -> Quote:
    speaker = None
    if q.speaker_text is not None:
        speaker = Actor(text=q.speaker_text, start=q.speaker_start, end=q.speaker_end,
                        code=q.speaker_code, org=q.speaker_org, sector=q.speaker_sector,
                        name=q.speaker_name, role=q.speaker_role)
    return Quote(text=q.text, start=q.start, end=q.end, speaker=speaker, cue=q.cue, kind=q.kind)


def _int_if_whole(value: float | None) -> float | int | None:
    # Range bounds are stored as doubles; counts ("36 to 40") read back as the ints they were.
    return int(value) if value is not None and float(value).is_integer() else value
