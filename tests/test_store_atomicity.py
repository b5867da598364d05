"""One transaction per article: a failure or a killed process never leaves half an article."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table

from conftest_store import aid_document, numbered_documents
from wirecoder.store import Store, writer
from wirecoder.store.schema import quotes

pytest_plugins = ["conftest_store"]

TESTS_DIR = Path(__file__).parent


def test_failure_half_way_leaves_nothing_of_that_article(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = numbered_documents(2)
    for doc in earlier:
        store.store_document(doc)
    real_insert = writer.insert_rows

    def failing_insert(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
        if table is quotes:  # after the article, its events and their actors
            raise RuntimeError("disk on fire")
        real_insert(conn, table, rows)

    monkeypatch.setattr(writer, "insert_rows", failing_insert)
    doc = aid_document()
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.store_document(doc)

    assert store.get_document(doc.doc_id) is None
    assert store.query_events(doc_id=doc.doc_id) == []
    assert store.search_articles("Rasmussen") == []
    assert not store.has_article(doc.doc_id, doc.article.content_hash)
    stats = store.stats()
    assert stats["articles"] == 2
    assert stats["events"] == sum(len(d.events) for d in earlier)
    for kept in earlier:
        back = store.get_document(kept.doc_id)
        assert back is not None and back.to_contract() == kept.to_contract()

    monkeypatch.setattr(writer, "insert_rows", real_insert)
    assert store.store_document(doc) == "stored"


def test_failed_update_keeps_the_old_version(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    old = aid_document()
    store.store_document(old)
    new = aid_document(text=old.text + "\n\nA late paragraph.")

    def failing_insert(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
        raise RuntimeError("no space left")

    monkeypatch.setattr(writer, "insert_rows", failing_insert)
    with pytest.raises(RuntimeError):
        store.store_document(new)
    back = store.get_document(old.doc_id)
    assert back is not None and back.text == old.text
    assert back.to_contract() == old.to_contract()
    assert [h["doc_id"] for h in store.search_articles("Rasmussen")] == ["aid-1"]


WRITER_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from conftest_store import numbered_documents
    from wirecoder.store import Store

    store = Store.open({url!r})
    for doc in numbered_documents({count}, events_each={events_each}):
        print("begin", doc.doc_id, flush=True)
        store.store_document(doc)
        print("done", doc.doc_id, flush=True)
""")
CRASH_DOCS = 300
CRASH_EVENTS_EACH = 40
KILL_AFTER = 25


def test_killed_writer_leaves_whole_articles_and_a_rerun_completes(store_url: str) -> None:
    Store.open(store_url).close()  # schema in place before the writer starts
    script = WRITER_SCRIPT.format(tests=str(TESTS_DIR), url=store_url, count=CRASH_DOCS,
                                  events_each=CRASH_EVENTS_EACH)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    committed: list[str] = []
    try:
        for line in proc.stdout:
            what, doc_id = line.split()
            if what == "done":
                committed.append(doc_id)
            elif len(committed) == KILL_AFTER:
                break  # kill while the next article's transaction is under way
    finally:
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    assert len(committed) == KILL_AFTER, err
    assert proc.returncode == -signal.SIGKILL

    docs = numbered_documents(CRASH_DOCS, events_each=CRASH_EVENTS_EACH)
    with Store.open(store_url) as store:
        stored = {d.doc_id: d for d in store.iter_documents()}
        assert set(committed) <= set(stored)  # every reported commit survived
        assert len(stored) < CRASH_DOCS  # and the kill came before the end
        for doc in docs:
            if doc.doc_id in stored:
                assert len(stored[doc.doc_id].events) == len(doc.events)
                assert stored[doc.doc_id].to_contract() == doc.to_contract()
        assert store.stats()["events"] == sum(len(d.events) for d in stored.values())

        outcomes = Counter(store.store_document(doc) for doc in docs)
        assert outcomes == {"unchanged": len(stored), "stored": CRASH_DOCS - len(stored)}
        stats = store.stats()
        assert stats["articles"] == CRASH_DOCS
        assert stats["events"] == sum(len(d.events) for d in docs)


CONCURRENT_SCRIPT = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {tests!r})
    from conftest_store import numbered_documents
    from wirecoder.store import Store

    docs = numbered_documents({count})
    if {reverse}:
        docs.reverse()
    with Store.open({url!r}) as store:
        print(json.dumps([store.store_document(doc) for doc in docs]))
""")


def test_concurrent_writers_store_each_article_once(store_url: str) -> None:
    """Two processes open a new database and store the same articles in opposite orders."""
    count = 60
    procs = [subprocess.Popen(
        [sys.executable, "-c", CONCURRENT_SCRIPT.format(tests=str(TESTS_DIR), url=store_url,
                                                        count=count, reverse=reverse)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for reverse in (False, True)]
    outcomes: Counter[str] = Counter()
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outcomes.update(json.loads(out))
    assert outcomes == {"stored": count, "unchanged": count}
    with Store.open(store_url) as store:
        stats = store.stats()
        assert stats["articles"] == count
        assert stats["events"] == sum(len(d.events) for d in numbered_documents(count))
