"""Engines for the store: SQLite as the embedded default, PostgreSQL (or any SQLAlchemy URL).

SQLite connections run in WAL mode (readers never block the writer), with foreign keys on and a
busy timeout, and SQLAlchemy emits ``BEGIN`` itself: the sqlite3 module's legacy transaction
handling would otherwise leave SELECTs and DDL outside the transaction. Write transactions begin
with ``BEGIN IMMEDIATE`` so two writer processes queue on the busy timeout instead of failing
when one upgrades a read lock.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from wirecoder.errors import StoreError

BUSY_TIMEOUT_SECONDS = 30.0
# Execution option that write transactions set (see module docstring).
WRITE_OPTION = "wirecoder_write"
# Errors that mean "the database cannot be used", whatever the layer that raised them.
DATABASE_ERRORS: tuple[type[Exception], ...] = (SQLAlchemyError, sqlite3.Error, OSError)


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL; a bare path means an SQLite file."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"E201 {url!r} is not a database URL ({exc}); give a file path, "
                         "sqlite:///path.db or postgresql+psycopg://user:pw@host/db") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        # The driver wirecoder installs is psycopg 3; SQLAlchemy's default is psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def location(url: URL) -> str:
    """Where the data lives, for people: the file path for SQLite, else the URL sans password."""
    if url.get_backend_name() == "sqlite" and not is_memory(url):
        return str(Path(url.database or "").resolve())
    return display_url(url)


def open_hint(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        if is_memory(url):
            return "check the SQLite installation"
        folder = Path(url.database or "").resolve().parent
        return (f"check that the folder {folder} exists and is writable, and that the file "
                "is an SQLite database (or give a new file name)")
    return ("check that the server is running and that host, port, user, password and "
            "database name in the URL are right")


def _to_json(value: Any) -> str:
    # Run options may hold paths or tuples: store them as text rather than fail the run.
    return json.dumps(value, default=str)


def create_store_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True, json_serializer=_to_json)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"E202 no database driver for {display_url(url)} ({exc}); for "
                         "PostgreSQL use postgresql+psycopg://... and install psycopg: "
                         "pip install 'wirecoder[postgres]'") from exc


def _sqlite_engine(url: URL) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_SECONDS}}
    if is_memory(url):
        # One shared connection, or every checkout would see its own empty database.
        kwargs = {"connect_args": {"check_same_thread": False}, "poolclass": StaticPool}
    engine = create_engine(url, json_serializer=_to_json, **kwargs)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see _sqlite_on_begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        # In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
