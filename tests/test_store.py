"""Writing and reading documents: outcomes, round trips, skipped documents, rejects, runs."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest_store import aid_document, numbered_documents, plain_document
from wirecoder import CODER_VERSION
from wirecoder.document import (
    BODY,
    CAPTION,
    SECTION_KINDS,
    STATUSES,
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
from wirecoder.errors import Reject, StoreError
from wirecoder.store import Store, repository

pytest_plugins = ["conftest_store"]


def assert_round_trip(store: Store, doc: Document) -> None:
    back = store.get_document(doc.doc_id)
    assert back is not None
    assert back.text == doc.text
    assert back.to_contract() == doc.to_contract()


def test_round_trip_of_a_full_document(store: Store) -> None:
    doc = aid_document()
    doc.article.origin = "inbox/aid.json:3"
    assert store.store_document(doc) == "stored"
    assert_round_trip(store, doc)
    back = store.get_document(doc.doc_id)
    assert back is not None
    assert back.article.origin == "inbox/aid.json:3"
    assert back.amounts[0].value == 181000000 and isinstance(back.amounts[0].value, int)
    assert back.sections == doc.sections
    assert back.events[0].actor[0].role == "Foreign Minister"


def test_missing_document_is_none(store: Store) -> None:
    assert store.get_document("nope") is None


def test_same_document_twice_is_unchanged(store: Store) -> None:
    doc = aid_document()
    assert store.store_document(doc) == "stored"
    before = store.stats()
    assert store.store_document(doc) == "unchanged"
    after = store.stats()
    assert (after["articles"], after["events"]) == (before["articles"], before["events"]) == (1, 3)
    assert store.has_article(doc.doc_id, doc.article.content_hash)
    assert not store.has_article(doc.doc_id, "0" * 64)
    assert not store.has_article("other", doc.article.content_hash)


def test_replace_rewrites_an_unchanged_document(store: Store) -> None:
    doc = aid_document()
    store.store_document(doc)
    doc.events = doc.events[:1]
    doc.coder_version = "wirecoder-9"
    assert store.store_document(doc, replace=True) == "updated"
    assert_round_trip(store, doc)
    assert store.stats()["events"] == 1


def test_changed_text_updates_and_replaces_old_rows(store: Store) -> None:
    store.store_document(aid_document())
    new = plain_document("aid-1", "Completely different words about negotiations.", 2)
    assert store.store_document(new) == "updated"
    assert_round_trip(store, new)
    stats = store.stats()
    assert (stats["articles"], stats["events"]) == (1, 2)
    assert store.search_articles("Rasmussen") == []
    assert [r["doc_id"] for r in store.search_articles("negotiations")] == ["aid-1"]


def test_same_text_under_another_id_is_a_duplicate(store: Store) -> None:
    store.store_document(aid_document("first"))
    assert store.store_document(aid_document("second")) == "duplicate"
    assert store.get_document("second") is None
    assert store.stats()["articles"] == 1


def test_skipped_document_is_an_article_row_without_events(store: Store) -> None:
    doc = Document(article=Article(text="Le Danemark enverra une aide militaire à l'Ukraine.",
                                   doc_id="fr-1", dateline="2023-04-21", language="fr",
                                   warnings=["language: fr"]),
                   skipped="non-english", coder_version="wirecoder-test")
    assert store.store_document(doc) == "stored"
    back = store.get_document("fr-1")
    assert back is not None and back.skipped == "non-english" and back.events == []
    assert back.to_contract() == doc.to_contract()
    # Skipped articles do not make later articles with the same text "duplicates".
    again = Document(article=Article(text=doc.text, doc_id="fr-2"), skipped="non-english")
    assert store.store_document(again) == "stored"
    stats = store.stats()
    assert stats["skipped"] == {"non-english": 2}
    assert stats["articles_coded"] == 0


def test_skipped_document_stores_no_events_even_if_it_has_some(store: Store) -> None:
    doc = aid_document()
    doc.skipped = "too-large"
    store.store_document(doc)
    back = store.get_document(doc.doc_id)
    assert back is not None and back.events == [] and back.skipped == "too-large"
    assert store.stats()["events"] == 0


def test_rejects_are_counted_by_reason(store: Store) -> None:
    run_id = store.start_run("ingest", {"paths": ["inbox"]})
    store.record_reject(Reject("inbox/a.jsonl:3", "invalid-json", "Expecting value"), run_id)
    store.record_reject(Reject("inbox/b.bin", "binary"), run_id)
    store.record_reject(Reject("inbox/a.jsonl:9", "invalid-json", doc_id="x"))
    assert store.stats()["rejects"] == {"invalid-json": 2, "binary": 1}


def test_runs_are_recorded(store: Store) -> None:
    first = store.start_run("ingest", {"paths": ["a"], "stages": ["nlp"], "out": Path("x")})
    second = store.start_run("ingest", {})
    assert second > first
    store.store_document(aid_document(), first)
    store.finish_run(first, {"stored": 1})
    stats = store.stats()
    assert stats["runs"] == 2
    recent = {r["id"]: r for r in stats["recent_runs"]}
    assert recent[first]["counts"] == {"stored": 1}
    assert recent[first]["options"] == {"paths": ["a"], "stages": ["nlp"], "out": "x"}
    assert recent[first]["coder_version"] == CODER_VERSION
    assert recent[first]["finished_at"] is not None and recent[second]["finished_at"] is None
    with pytest.raises(StoreError, match="no run 999"):
        store.finish_run(999, {})


def test_coder_version_defaults_to_the_running_coder(store: Store) -> None:
    doc = aid_document()
    doc.coder_version = None
    store.store_document(doc)
    back = store.get_document(doc.doc_id)
    assert back is not None and back.coder_version == CODER_VERSION
    assert store.stats()["coder_versions"] == {CODER_VERSION: 1}


def test_text_databases_refuse_is_replaced_keeping_offsets(store: Store, store_url: str) -> None:
    text = "Lone \ud800 surrogate and a NUL \x00 here."
    doc = plain_document("odd", text, 1)
    doc.warnings = ["odd \x00 warning \ud83d"]
    assert store.store_document(doc) == "stored"
    back = store.get_document("odd")
    assert back is not None and len(back.text) == len(text)
    expected = text.replace("\ud800", "\ufffd")
    if store_url.startswith("postgresql"):
        expected = expected.replace("\x00", "\ufffd")
    assert back.text == expected
    assert store.has_article("odd", doc.article.content_hash)  # hash of the text as read


def test_iter_documents_filters_and_pages(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repository, "PAGE_SIZE", 2)
    run_id = store.start_run("ingest", {})
    docs = numbered_documents(5)
    for doc in docs:
        store.store_document(doc, run_id)
    aid = aid_document()
    store.store_document(aid)
    skipped = Document(article=Article(text="Texte en français.", doc_id="zz-fr"),
                       skipped="non-english", coder_version="wirecoder-test")
    store.store_document(skipped)

    def ids(**filters: object) -> list[str]:
        return [d.doc_id for d in store.iter_documents(**filters)]  # type: ignore[arg-type]

    all_ids = sorted([d.doc_id for d in docs] + ["aid-1", "zz-fr"])
    assert ids() == all_ids
    assert ids(limit=3) == all_ids[:3]
    assert ids(run_id=run_id) == [d.doc_id for d in docs]
    assert ids(skipped=True) == ["zz-fr"]
    assert "zz-fr" not in ids(skipped=False)
    assert ids(source="example") == ["aid-1"]
    assert ids(dateline_from="2023-01-01", dateline_to="2023-12-31") == ["aid-1"]
    assert ids(doc_ids=["doc-0003", "aid-1", "missing"]) == ["aid-1", "doc-0003"]
    assert ids(text="Rasmussen") == ["aid-1"]
    got = {d.doc_id: d for d in store.iter_documents()}
    for doc in [*docs, aid, skipped]:
        assert got[doc.doc_id].to_contract() == doc.to_contract()


def test_delete_document(store: Store) -> None:
    store.store_document(aid_document())
    assert store.delete_document("aid-1")
    assert not store.delete_document("aid-1")
    stats = store.stats()
    assert (stats["articles"], stats["events"]) == (0, 0)
    assert store.search_articles("Rasmussen") == []


def test_two_events_with_one_id_fail_cleanly(store: Store) -> None:
    doc = plain_document("clash", "Leaders met in Paris.", 2)
    doc.events[1].event_id = doc.events[0].event_id
    with pytest.raises(StoreError, match="clash"):
        store.store_document(doc)
    assert store.get_document("clash") is None


# --- property-based round trip -------------------------------------------------------------

_counter = itertools.count()
_chars = st.characters(codec="utf-8", exclude_characters="\x00")  # no lone surrogates
_words = st.text(_chars, max_size=12)
_maybe_words = st.none() | _words
_finite = st.floats(allow_nan=False, allow_infinity=False)
_int64 = st.integers(-(2**63), 2**63 - 1)
_small = st.none() | st.integers(0, 10**12)


@st.composite
def spans(draw: st.DrawFn, length: int) -> tuple[int, int]:
    start = draw(st.integers(0, length))
    return start, draw(st.integers(start, length))


@st.composite
def actors(draw: st.DrawFn, text: str) -> Actor:
    start, end = draw(spans(len(text)))
    return Actor(text=text[start:end], start=start, end=end, code=draw(_maybe_words),
                 org=draw(_maybe_words), sector=draw(_maybe_words), name=draw(_maybe_words),
                 role=draw(_maybe_words))


@st.composite
def events(draw: st.DrawFn, text: str, doc_id: str, ordinal: int) -> Event:
    evidence = []
    for _ in range(draw(st.integers(0, 2))):
        start, end = draw(spans(len(text)))
        t_start, t_end = draw(spans(len(text)))
        evidence.append(Evidence(start, end, t_start, t_end))
    location = draw(st.none() | st.builds(EventLocation, _words, _maybe_words,
                                           st.none() | _finite, st.none() | _finite))
    return Event(
        event_id=f"{doc_id}:{ordinal}", event=draw(st.sampled_from(["AID", "ASSAULT", "X"])),
        evidence=evidence, status=draw(st.sampled_from(STATUSES)),
        mode=draw(st.lists(_words, max_size=2)), context=draw(st.lists(_words, max_size=2)),
        actor=draw(st.lists(actors(text), max_size=2)),
        recipient=draw(st.lists(actors(text), max_size=2)),
        date=draw(_maybe_words), date_precision=draw(st.none() | st.just("day")),
        location=location, amounts=draw(st.lists(st.integers(0, 5), max_size=3)),
        dead=draw(_small), injured=draw(_small), arrested=draw(_small), size=draw(_small),
        quad=draw(st.none() | st.integers(-4, 4)), plover_score=draw(st.none() | _finite),
        cameo_root=draw(_maybe_words), confidence=draw(_finite),
        section=draw(st.sampled_from([BODY, CAPTION])))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(_chars, max_size=80))
    doc_id = "h"  # made unique per example by unique_names()
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=4)))
    bounds = [0, *cuts, len(text)]
    sections = [Section(draw(st.sampled_from(SECTION_KINDS)), a, b)
                for a, b in itertools.pairwise(bounds)]

    def quote() -> Quote:
        start, end = draw(spans(len(text)))
        return Quote(text[start:end], start, end, speaker=draw(st.none() | actors(text)),
                     cue=draw(_maybe_words))

    def amount() -> Amount:
        start, end = draw(spans(len(text)))
        return Amount(value=draw(_int64 | _finite), start=start, end=end,
                      currency=draw(_maybe_words), unit=draw(_maybe_words),
                      qualifier=draw(_maybe_words), object=draw(_maybe_words))

    def place() -> Place:
        start, end = draw(spans(len(text)))
        return Place(text[start:end], draw(_words), start, end, draw(_maybe_words),
                     draw(st.none() | _finite), draw(st.none() | _finite),
                     draw(st.none() | _int64))

    def date_expr() -> DateExpr:
        start, end = draw(spans(len(text)))
        return DateExpr(text[start:end], draw(_words), "day", start, end)

    def some(make: object) -> list[object]:
        return [make() for _ in range(draw(st.integers(0, 2)))]  # type: ignore[operator]

    return Document(
        article=Article(text=text, doc_id=doc_id, dateline=draw(_maybe_words),
                        title=draw(_maybe_words), url=draw(_maybe_words),
                        source=draw(_maybe_words), language=draw(_maybe_words),
                        warnings=draw(st.lists(_words, max_size=2))),
        sections=sections,
        events=[draw(events(text, doc_id, i)) for i in range(draw(st.integers(0, 3)))],
        quotes=some(quote), amounts=some(amount), places=some(place),  # type: ignore[arg-type]
        dates=some(date_expr), warnings=draw(st.lists(_words, max_size=2)),  # type: ignore[arg-type]
        coder_version=draw(st.sampled_from(["wirecoder-0.1.0", "wirecoder-test"])),
    )


def unique_names(doc: Document) -> None:
    """A fresh doc_id and a unique tail: examples are neither updates nor duplicates."""
    n = next(_counter)
    doc.article.doc_id = f"h{n}"
    doc.article.text += f" #{n}"
    for i, event in enumerate(doc.events):
        event.event_id = f"h{n}:{i}"


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents())
def test_round_trip_property(store: Store, doc: Document) -> None:
    unique_names(doc)
    assert store.store_document(doc) == "stored"
    assert_round_trip(store, doc)
    assert store.store_document(doc) == "unchanged"
