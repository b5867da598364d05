"""The Store: open a database, write coded documents one transaction each, read them back."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import ColumnElement, Engine, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from wirecoder import CODER_VERSION
from wirecoder.document import Document
from wirecoder.errors import Reject, StoreError
from wirecoder.store import engine as engines
from wirecoder.store import fts, migrations, reader, writer
from wirecoder.store.queries import (
    EventFilter,
    EventRecord,
    StrOrMany,
    flat_row,
    iter_event_records,
)
from wirecoder.store.schema import articles, rejects, runs
from wirecoder.store.stats import store_stats
from wirecoder.store.writer import StoreOutcome

PAGE_SIZE = 200  # documents read per batch by iter_documents


class Store:
    """A wirecoder database. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, engine: Engine, url: str, location: str, schema_version: int) -> None:
        self.engine = engine
        self.url = url  # password hidden
        self.location = location  # file path for SQLite, else the URL
        self.schema_version = schema_version
        self._writer = engine.execution_options(**{engines.WRITE_OPTION: True})

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at ``url``.

        ``url`` is any SQLAlchemy URL (``sqlite:///path.db``, ``postgresql+psycopg://...``) or
        a bare file path, which means SQLite.
        """
        parsed = engines.parse_url(url)
        shown = engines.display_url(parsed)
        engine = engines.create_store_engine(parsed)
        try:
            version = migrations.migrate(engine, shown)
        except StoreError:
            engine.dispose()
            raise
        except engines.DATABASE_ERRORS as exc:
            engine.dispose()
            raise StoreError(f"E203 cannot open database {shown}: {_reason(exc)}; "
                             f"{engines.open_hint(parsed)}") from exc
        return cls(engine, shown, engines.location(parsed), version)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # --- writing -------------------------------------------------------------------------

    def start_run(self, command: str, options: dict[str, Any]) -> int:
        """Record the start of a run (an ingest, say); returns its id for the rows it writes."""
        with self._write() as conn:
            run_id = conn.execute(insert(runs).values(
                started_at=_now(), coder_version=CODER_VERSION, command=command,
                options=options).returning(runs.c.id)).scalar_one()
        return int(run_id)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self._write() as conn:
            done = conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished_at=_now(), counts=counts))
            if done.rowcount != 1:
                raise StoreError(f"E206 no run {run_id} in {self.url}; start_run() gives the id")

    def store_document(self, doc: Document, run_id: int | None = None, *,
                       replace: bool = False) -> StoreOutcome:
        """Store ``doc`` and all of its rows in one transaction: all of them or none.

        Returns "stored", "unchanged" (same doc_id and text already stored; ``replace=True``
        rewrites it anyway, e.g. after a coder upgrade, and returns "updated"), "updated"
        (same doc_id, other text: old rows replaced) or "duplicate" (a coded article with another
        doc_id has this text; nothing written).
        """
        version = doc.coder_version or CODER_VERSION
        try:
            with self._write() as conn:
                return writer.write_document(conn, doc, run_id, version, _now(), replace=replace)
        except IntegrityError:
            pass  # another process stored this doc_id since our check (PostgreSQL): retry
        try:
            with self._write() as conn:
                return writer.write_document(conn, doc, run_id, version, _now(), replace=replace)
        except IntegrityError as exc:
            raise StoreError(f"E207 cannot store article {doc.doc_id!r}: {_reason(exc)} "
                             "(are two of its events given the same event_id?)") from exc

    def has_article(self, doc_id: str, content_hash: str) -> bool:
        """Whether this doc_id is stored with this text (so coding it again can be skipped)."""
        with self._read() as conn:
            found = conn.execute(select(articles.c.doc_id).where(
                articles.c.doc_id == doc_id, articles.c.content_hash == content_hash)).first()
        return found is not None

    def record_reject(self, reject: Reject, run_id: int | None = None) -> None:
        """Record an input that could not be read as an article, with its reason."""
        with self._write() as conn:
            conn.execute(insert(rejects).values(
                run_id=run_id, origin=reject.origin, reason=reject.reason,
                detail=reject.detail or "", doc_id=reject.doc_id, coder_version=CODER_VERSION,
                recorded_at=_now()))

    def delete_document(self, doc_id: str) -> bool:
        """Remove an article and everything coded from it; False when it was not stored."""
        with self._write() as conn:
            if not conn.execute(select(articles.c.doc_id).where(
                    articles.c.doc_id == doc_id)).first():
                return False
            writer.delete_document(conn, doc_id)
        return True

    # --- reading -------------------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        with self._read() as conn:
            found = reader.load_documents(conn, [doc_id])
        return found[0] if found else None

    def iter_documents(self, *, doc_ids: Iterable[str] | None = None, run_id: int | None = None,
                       source: str | None = None, skipped: bool | None = None,
                       dateline_from: str | None = None, dateline_to: str | None = None,
                       text: str | None = None, limit: int | None = None) -> Iterator[Document]:
        """Stored documents in doc_id order, read a page at a time; every filter must hold.

        ``skipped``: True for skipped articles only, False for coded ones only. ``text``:
        full-text search over title and text.
        """
        a = articles.c
        where: list[ColumnElement[bool]] = []
        if doc_ids is not None:
            where.append(a.doc_id.in_(list(doc_ids)))
        if run_id is not None:
            where.append(a.run_id == run_id)
        if source is not None:
            where.append(a.source == source)
        if skipped is not None:
            where.append(a.skipped.is_not(None) if skipped else a.skipped.is_(None))
        if dateline_from:
            where.append(a.dateline >= dateline_from)
        if dateline_to:
            where.append(a.dateline <= dateline_to)
        if text:
            where.append(a.doc_id.in_(fts.matching_doc_ids(self.engine.dialect.name, text)))
        last: str | None = None
        remaining = limit
        while remaining is None or remaining > 0:
            page = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
            # Keyset paging: no read transaction is held while the caller works on a page.
            stmt = select(a.doc_id).where(*where).order_by(a.doc_id).limit(page)
            if last is not None:
                stmt = stmt.where(a.doc_id > last)
            with self._read() as conn:
                ids = list(conn.execute(stmt).scalars())
                docs = reader.load_documents(conn, ids)
            yield from docs
            if len(ids) < page:
                return
            last = ids[-1]
            if remaining is not None:
                remaining -= len(ids)

    def iter_events(self, **filters: Any) -> Generator[EventRecord, None, None]:
        """Matching events with their article's doc_id, dateline, title, url and evidence text.

        Filters are those of :meth:`query_events`. Holds one read transaction while iterating.
        """
        f = EventFilter(**filters)  # here, not in the generator: bad filters fail at once
        return self._iter_events(f)

    def _iter_events(self, f: EventFilter) -> Generator[EventRecord, None, None]:
        with self._read() as conn:
            yield from iter_event_records(conn, f)

    def query_events(self, *, event_type: StrOrMany = None, actor: str | None = None,
                     recipient: str | None = None, country: str | None = None,
                     date_from: str | date | None = None, date_to: str | date | None = None,
                     status: StrOrMany = None, text: str | None = None,
                     doc_id: str | None = None, limit: int | None = None,
                     offset: int = 0) -> list[dict[str, Any]]:
        """Flat rows (see ``queries.FLAT_COLUMNS``) of the events matching every filter.

        ``actor``/``recipient``: code, organisation or name, case-insensitive substring.
        ``country``: code of an actor, a recipient or the location. ``date_from``/``date_to``:
        inclusive ISO dates. ``text``: full-text search over the article. Ordered by date.
        """
        f = EventFilter(event_type=event_type, actor=actor, recipient=recipient,
                        country=country, date_from=date_from, date_to=date_to, status=status,
                        text=text, doc_id=doc_id, limit=limit, offset=offset)
        with self._read() as conn:
            return [flat_row(r) for r in iter_event_records(conn, f)]

    def search_articles(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching the words of ``query``, best first: doc_id, title, dateline,
        snippet (matched words in [brackets])."""
        with self._read() as conn:
            return fts.search(conn, query, limit)

    def stats(self) -> dict[str, Any]:
        """Articles, skips and rejects by reason, events by type and status, top actors,
        runs, coder versions, and where the database is."""
        with self._read() as conn:
            return store_stats(conn, self.url, self.location)


def _now() -> datetime:
    return datetime.now(UTC)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0]
