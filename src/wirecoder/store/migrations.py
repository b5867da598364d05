"""Versioned schema migrations, applied when a store is opened.

``MIGRATIONS`` is the ordered list of numbered steps; ``schema_version`` holds one row per step
applied. A new database gets the latest schema (``schema.py``) in one go and is stamped with
every version; an older database gets the steps it lacks, in order, in one transaction. So each
step after the first must bring a database of the previous version to what ``schema.py`` now
describes (typically ALTER TABLE ... ADD COLUMN). A database newer than this code is refused
rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, inspect, select
from sqlalchemy.engine import Connection

from wirecoder import CODER_VERSION
from wirecoder.errors import StoreError
from wirecoder.store import fts
from wirecoder.store.engine import WRITE_OPTION
from wirecoder.store.schema import doc_actors, metadata, schema_version

# Any constant: serialises concurrent migrations on one PostgreSQL database.
_PG_LOCK_KEY = 0x77697265  # "wire"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def create_schema(conn: Connection) -> None:
    """Every table of ``schema.py`` plus the full-text index: the latest schema."""
    metadata.create_all(conn)
    fts.create_fulltext(conn)


def add_record_extensions(conn: Connection) -> None:
    """v2: quote kind, amount ranges and SI values, date ranges, place kind and relative
    location, and the doc_actors table."""
    columns = (
        ("quotes", "kind TEXT NOT NULL DEFAULT 'direct'"),
        ("amounts", "value_high DOUBLE PRECISION"),
        ("amounts", "si_value DOUBLE PRECISION"),
        ("amounts", "si_unit TEXT"),
        ("dates", "value_end TEXT"),
        ("places", "kind TEXT"),
        ("places", "relative TEXT"),
    )
    for table, column in columns:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column}")
    doc_actors.create(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "runs, articles with full-text index, sections, events, event_actors, quotes, "
                 "amounts, dates, places, rejects", create_schema),
    Migration(2, "quote kind, amount ranges and SI values, date ranges, place kind and "
                 "relative location, doc_actors", add_record_extensions),
)


def latest_version() -> int:
    return MIGRATIONS[-1].version


def current_version(conn: Connection) -> int | None:
    """The schema version of the database, or None when it holds no wirecoder tables yet."""
    if not inspect(conn).has_table(schema_version.name):
        return None
    return conn.execute(select(func.max(schema_version.c.version))).scalar()


def migrate(engine: Engine, where: str) -> int:
    """Bring the database to the latest version; return the version it is at afterwards."""
    with engine.connect() as conn:
        version = current_version(conn)
    _check_not_newer(version, where)
    if version == latest_version():
        return version
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        # Again under the lock: another process may have migrated meanwhile.
        version = current_version(conn)
        _check_not_newer(version, where)
        if version is None:
            _refuse_foreign_tables(conn, where)
            create_schema(conn)
            _stamp(conn, MIGRATIONS)
        else:
            pending = [m for m in MIGRATIONS if m.version > version]
            for step in pending:
                step.apply(conn)
            _stamp(conn, pending)
    return latest_version()


def _check_not_newer(version: int | None, where: str) -> None:
    if version is not None and version > latest_version():
        raise StoreError(
            f"E204 the database {where} has schema version {version}, but this wirecoder "
            f"({CODER_VERSION}) knows versions up to {latest_version()}: upgrade wirecoder "
            "(pip install -U wirecoder) to use it, or give another database")


def _refuse_foreign_tables(conn: Connection, where: str) -> None:
    existing = set(inspect(conn).get_table_names()) & set(metadata.tables)
    if existing:
        raise StoreError(
            f"E205 the database {where} has table(s) {', '.join(sorted(existing))} but no "
            "schema_version: it was not made by wirecoder; give another database")


def _stamp(conn: Connection, steps: list[Migration] | tuple[Migration, ...]) -> None:
    now = datetime.now(UTC)
    for step in steps:
        conn.execute(insert(schema_version).values(
            version=step.version, description=step.description, applied_at=now,
            coder_version=CODER_VERSION))
