"""Event queries (every filter), full-text search and statistics."""

from __future__ import annotations

from datetime import date

import pytest

from conftest_store import aid_document, plain_document
from wirecoder.document import Article, Document
from wirecoder.errors import Reject
from wirecoder.store import FLAT_COLUMNS, Store, migrations

pytest_plugins = ["conftest_store"]


@pytest.fixture
def filled(store: Store) -> Store:
    """aid-1 (AID, ASSAULT, MOBILIZE), talks-1 (2 CONSULT by USA), a skipped article, rejects."""
    store.store_document(aid_document())
    store.store_document(plain_document(
        "talks-1", "Washington held talks with Beijing on trade tariffs.", 2,
        actor_code="USA", dateline="2024-02-02"))
    store.store_document(Document(article=Article(text="Texte en français.", doc_id="fr-1"),
                                  skipped="non-english"))
    store.record_reject(Reject("in/a.jsonl:2", "invalid-json"))
    return store


def ids(store: Store, **filters: object) -> list[str]:
    return [r["event_id"] for r in store.query_events(**filters)]  # type: ignore[arg-type]


def test_rows_are_flat_and_complete(filled: Store) -> None:
    rows = filled.query_events(doc_id="aid-1")
    assert [tuple(r) for r in rows] == [FLAT_COLUMNS] * 3
    aid = next(r for r in rows if r["event"] == "AID")
    assert aid["actor"] == "Lars Løkke Rasmussen" and aid["actor_codes"] == "DNK"
    assert aid["recipient"] == "Ukraine" and aid["recipient_codes"] == "UKR"
    assert aid["evidence"] == "Denmark's Foreign Minister"
    assert (aid["location"], aid["lat"], aid["lon"]) == ("Kyiv", 50.45, 30.52)
    assert aid["title"] == "Denmark sends aid" and aid["coder_version"] == "wirecoder-test"
    assert aid["mode"] == ["military"] and aid["status"] == "future"


def test_all_events_in_date_order_undated_last(filled: Store) -> None:
    assert ids(filled) == ["aid-1:1", "aid-1:0", "talks-1:0", "talks-1:1", "aid-1:2"]


def test_limit_and_offset(filled: Store) -> None:
    assert ids(filled, limit=2) == ["aid-1:1", "aid-1:0"]
    assert ids(filled, limit=2, offset=2) == ["talks-1:0", "talks-1:1"]
    assert ids(filled, offset=4) == ["aid-1:2"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"event_type": "AID"}, ["aid-1:0"]),
    ({"event_type": "assault"}, ["aid-1:1"]),
    ({"event_type": ["AID", "MOBILIZE"]}, ["aid-1:0", "aid-1:2"]),
    ({"status": "future"}, ["aid-1:0"]),
    ({"status": ["future", "asserted"], "doc_id": "aid-1"}, ["aid-1:1", "aid-1:0", "aid-1:2"]),
    ({"actor": "dnk"}, ["aid-1:0"]),  # code
    ({"actor": "ARMED forces"}, ["aid-1:1"]),  # organisation, any case
    ({"actor": "LARS"}, ["aid-1:0"]),  # person name
    ({"actor": "Ukraine"}, []),  # Ukraine is a recipient here
    ({"actor": "%"}, []),  # LIKE wildcards are taken literally
    ({"recipient": "ukr"}, ["aid-1:1", "aid-1:0"]),
    ({"recipient": "usa"}, []),
    ({"country": "DNK"}, ["aid-1:0"]),  # actor code
    ({"country": "rus"}, ["aid-1:1"]),
    ({"country": "UKR"}, ["aid-1:1", "aid-1:0", "aid-1:2"]),  # recipients, location, actor
    ({"country": "USA"}, ["talks-1:0", "talks-1:1"]),
    ({"date_from": "2023-04-20"}, ["aid-1:0", "talks-1:0", "talks-1:1"]),
    ({"date_to": "2023-04-20"}, ["aid-1:1", "aid-1:0"]),  # inclusive
    ({"date_from": date(2023, 4, 19), "date_to": date(2023, 4, 19)}, ["aid-1:1"]),
    ({"text": "tariffs"}, ["talks-1:0", "talks-1:1"]),
    ({"text": "shelling Kharkiv"}, ["aid-1:1", "aid-1:0", "aid-1:2"]),  # stemmed, all words
    ({"text": "tariffs Kharkiv"}, []),
    ({"text": "Texte"}, []),  # skipped article: no events
    ({"doc_id": "talks-1"}, ["talks-1:0", "talks-1:1"]),
    ({"doc_id": "nope"}, []),
    ({"actor": "russian", "recipient": "UKR", "event_type": "ASSAULT", "country": "UKR",
      "date_from": "2023-01-01", "status": "asserted", "text": "shelled"}, ["aid-1:1"]),
])
def test_filters(filled: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert ids(filled, **filters) == expected


def test_search_articles(filled: Store) -> None:
    hits = filled.search_articles("military aid")
    assert [h["doc_id"] for h in hits] == ["aid-1"]
    assert "[military]" in hits[0]["snippet"] and hits[0]["title"] == "Denmark sends aid"
    assert [h["doc_id"] for h in filled.search_articles("Denmark sends")] == ["aid-1"]
    assert filled.search_articles("tariff")[0]["doc_id"] == "talks-1"  # stemmed
    assert len(filled.search_articles("said", limit=1)) == 1
    assert filled.search_articles("") == []
    assert filled.search_articles("unicorns") == []


@pytest.mark.parametrize("query", ['NOT AND (', '"unbalanced', "NEAR(x y)", "a* OR -b",
                                   "title:kyiv", "'; DROP TABLE articles; --"])
def test_search_takes_any_text_without_syntax_errors(filled: Store, query: str) -> None:
    filled.search_articles(query)
    filled.query_events(text=query)
    assert filled.stats()["articles"] == 3


def test_stats(filled: Store) -> None:
    stats = filled.stats()
    assert stats["articles"] == 3 and stats["articles_coded"] == 2
    assert stats["skipped"] == {"non-english": 1}
    assert stats["rejects"] == {"invalid-json": 1}
    assert stats["events"] == 5
    assert stats["events_by_type"] == {"CONSULT": 2, "AID": 1, "ASSAULT": 1, "MOBILIZE": 1}
    assert stats["events_by_status"] == {"asserted": 4, "future": 1}
    assert stats["top_actors"][0] == {"code": "USA", "org": None, "name": None, "events": 2}
    assert len(stats["top_actors"]) == 4
    assert stats["schema_version"] == migrations.latest_version()
    assert stats["database"] and stats["url"]
    assert set(stats["coder_versions"]) == {"wirecoder-test", "wirecoder-0.1.0"}
    assert stats["runs"] == 0 and stats["recent_runs"] == []


def test_stats_of_an_empty_store(store: Store) -> None:
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["skipped"], stats["top_actors"]) == (
        0, 0, {}, [])


def test_iter_events_gives_evidence_text(filled: Store) -> None:
    records = list(filled.iter_events(event_type="ASSAULT"))
    assert [r.evidence_text for r in records] == [["Russian forces shelled Kharkiv"]]
    assert records[0].event.actor[0].org == "Russian Armed Forces"
    with pytest.raises(TypeError):
        filled.iter_events(colour="red")
