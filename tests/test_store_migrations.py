"""Opening databases: migrations, schema versions, SQLite settings, and errors worth reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text

from conftest_store import aid_document
from wirecoder.errors import StoreError
from wirecoder.store import Store, migrations
from wirecoder.store.migrations import Migration
from wirecoder.store.schema import metadata, schema_version

pytest_plugins = ["conftest_store"]


def versions(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return list(conn.execute(select(schema_version.c.version)
                                 .order_by(schema_version.c.version)).scalars())


def test_fresh_database_is_at_the_latest_version(store: Store) -> None:
    assert store.schema_version == migrations.latest_version()
    assert versions(store) == [m.version for m in migrations.MIGRATIONS]
    with store.engine.connect() as conn:
        assert set(metadata.tables) <= set(inspect(conn).get_table_names())


def test_reopening_is_a_no_op(store_url: str) -> None:
    with Store.open(store_url) as first:
        first.store_document(aid_document())
        before = versions(first)
    with Store.open(store_url) as second:
        assert versions(second) == before
        assert second.get_document("aid-1") is not None


def test_newer_database_is_refused(store_url: str) -> None:
    with Store.open(store_url) as store, store.engine.begin() as conn:
        conn.execute(insert(schema_version).values(
            version=99, description="from the future", applied_at=text("CURRENT_TIMESTAMP"),
            coder_version="wirecoder-9.0"))
    with pytest.raises(StoreError, match=r"schema version 99.*up to \d+: upgrade wirecoder"):
        Store.open(store_url)


def test_pending_steps_are_applied_in_order(store_url: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(store_url) as store:
        store.store_document(aid_document())
    applied: list[int] = []

    def step(version: int) -> Migration:
        def apply(conn: object) -> None:
            applied.append(version)
            conn.exec_driver_sql(  # type: ignore[attr-defined]
                f"ALTER TABLE articles ADD COLUMN extra_{version} TEXT")
        return Migration(version, f"add extra_{version}", apply)

    latest = migrations.latest_version()
    a, b = latest + 1, latest + 2
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step(a), step(b)))
    with Store.open(store_url) as store:
        assert store.schema_version == b and applied == [a, b]
        assert versions(store) == [*range(1, latest + 1), a, b]
        assert store.get_document("aid-1") is not None
    with Store.open(store_url) as store:
        assert applied == [a, b]  # nothing left to do


def test_tables_of_another_program_are_not_taken_over(store_url: str) -> None:
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE articles (id INTEGER)")
    engine.dispose()
    with pytest.raises(StoreError, match="not made by wirecoder"):
        Store.open(store_url)


def test_sqlite_settings(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000


def test_a_bare_path_means_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Store.open(str(path)) as store:
        assert store.location == str(path.resolve())
        store.store_document(aid_document())
    assert path.exists()


def test_in_memory_database(tmp_path: Path) -> None:
    with Store.open("sqlite://") as store:
        store.store_document(aid_document())
        assert store.get_document("aid-1") is not None


def test_missing_folder_names_path_and_remedy(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "w.db"
    with pytest.raises(StoreError) as info:
        Store.open(f"sqlite:///{path}")
    message = str(info.value)
    assert str(path) in message and "exists and is writable" in message


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite, just some text " * 200)
    with pytest.raises(StoreError, match=r"cannot open database .*notes\.db"):
        Store.open(str(path))


def test_unreachable_server_hides_the_password() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("postgresql+psycopg://someone:s3cret@127.0.0.1:1/nowhere?connect_timeout=2")
    message = str(info.value)
    assert "s3cret" not in message and "server is running" in message


def test_unknown_driver_and_bad_url() -> None:
    with pytest.raises(StoreError, match="no database driver"):
        Store.open("postgresql+nosuchdriver://u@localhost/db")
    for url in ("://nothing", "postgresql://u@host:port/db"):
        with pytest.raises(StoreError, match="not a database URL"):
            Store.open(url)


V2_COLUMNS = {"quotes": "kind", "amounts": "value_high", "dates": "value_end",
              "places": "relative"}


def test_a_version_1_database_is_brought_to_version_2(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v1.db'}"
    with Store.open(url) as store:
        store.store_document(aid_document())
    # Turn it back into what version 1 created: no v2 columns, no doc_actors, stamped 1.
    engine = create_engine(url)
    with engine.begin() as conn:
        for table in ("quotes", "amounts", "dates", "places"):
            for column in {"quotes": ["kind"], "amounts": ["value_high", "si_value", "si_unit"],
                           "dates": ["value_end"], "places": ["kind", "relative"]}[table]:
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("DROP TABLE doc_actors")
        conn.exec_driver_sql("DELETE FROM schema_version WHERE version > 1")
    engine.dispose()

    with Store.open(url) as store:
        assert versions(store) == [1, 2]
        with store.engine.connect() as conn:
            insp = inspect(conn)
            for table, column in V2_COLUMNS.items():
                assert column in {c["name"] for c in insp.get_columns(table)}
            assert insp.has_table("doc_actors")
        kept = store.get_document("aid-1")
        assert kept is not None and kept.events
        assert all(q.kind == "direct" for q in kept.quotes)


def test_version_2_fields_round_trip(store: Store) -> None:
    from wirecoder.document import Actor, Amount, DateExpr, Place, Quote

    doc = aid_document("ext-1")
    doc.quotes.append(Quote("term", 0, 4, kind="term"))
    doc.amounts.append(Amount(36, 0, 4, value_high=40, unit="foot", si_value=10.97,
                              si_unit="m"))
    doc.dates.append(DateExpr("2019-2021", "2019", "year", 0, 4, value_end="2021"))
    doc.places.append(Place("Kyiv", "Kyiv", 0, 4, country="UKR", kind="city",
                            relative="15 miles from Kyiv"))
    doc.actors.append(Actor("NATO", 0, 4, code="IGO", org="NATO"))
    store.store_document(doc)
    again = store.get_document("ext-1")
    assert again is not None
    assert again.to_contract() == doc.to_contract()
