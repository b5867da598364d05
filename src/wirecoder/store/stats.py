"""What a store holds, as a JSON-ready summary (``wirecoder stats``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection

from wirecoder.store.migrations import current_version
from wirecoder.store.schema import articles, event_actors, events, rejects, runs

TOP_ACTORS = 10
RECENT_RUNS = 5


def store_stats(conn: Connection, url: str, location: str) -> dict[str, Any]:
    articles_total = _count(conn, articles.c.doc_id)
    skipped = _counts(conn, articles.c.skipped, articles.c.skipped.is_not(None))
    return {
        "database": location,
        "url": url,
        "schema_version": current_version(conn),
        "articles": articles_total,
        "articles_coded": articles_total - sum(skipped.values()),
        "skipped": skipped,
        "rejects": _counts(conn, rejects.c.reason),
        "events": _count(conn, events.c.event_id),
        "events_by_type": _counts(conn, events.c.event),
        "events_by_status": _counts(conn, events.c.status),
        "top_actors": _top_actors(conn),
        "runs": _count(conn, runs.c.id),
        "recent_runs": _recent_runs(conn),
        "coder_versions": _counts(conn, articles.c.coder_version),
    }


def _count(conn: Connection, column: ColumnElement[Any]) -> int:
    return int(conn.execute(select(func.count(column))).scalar() or 0)


def _counts(conn: Connection, column: ColumnElement[Any],
            where: ColumnElement[bool] | None = None) -> dict[str, int]:
    """Rows per value of ``column``, most frequent first."""
    n = func.count().label("n")
    stmt = select(column, n).group_by(column).order_by(n.desc(), column)
    if where is not None:
        stmt = stmt.where(where)
    return {str(value): int(count) for value, count in conn.execute(stmt)}


def _top_actors(conn: Connection) -> list[dict[str, Any]]:
    """Actors (not recipients) by number of events, grouped by code, organisation and name."""
    a = event_actors.c
    n = func.count(func.distinct(a.event_id)).label("events")
    stmt = (select(a.code, a.org, a.name, n).where(a.role == "actor")
            .group_by(a.code, a.org, a.name)
            .order_by(n.desc(), a.code, a.org, a.name).limit(TOP_ACTORS))
    return [dict(row._mapping) for row in conn.execute(stmt)]


def _recent_runs(conn: Connection) -> list[dict[str, Any]]:
    stmt = select(runs).order_by(runs.c.id.desc()).limit(RECENT_RUNS)
    return [{**row._mapping, "started_at": _iso(row.started_at),
             "finished_at": _iso(row.finished_at)} for row in conn.execute(stmt)]


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite keeps no zone; the store writes UTC
        value = value.replace(tzinfo=UTC)
    return value.isoformat()
