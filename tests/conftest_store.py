"""Fixtures and hand-built documents for the store and export tests (no spaCy).

Loaded by ``pytest_plugins = ["conftest_store"]`` in those test modules. ``store_url`` runs each
test on SQLite and, when ``WIRECODER_TEST_PG_URL`` is set, on PostgreSQL too, each PostgreSQL
test in a fresh schema of its own (so concurrent runs on one database do not collide).

PYTEST_DONT_REWRITE: the test modules import this file before pytest loads it as a plugin.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from wirecoder.document import (
    BODY,
    CAPTION,
    CREDIT,
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
from wirecoder.store import Store

PG_ENV = "WIRECODER_TEST_PG_URL"
PG_URL = os.environ.get(PG_ENV)

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(
        not PG_URL, reason=f"set {PG_ENV}=postgresql+psycopg://user:pw@host/db to run")),
]


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def actor(text: str, needle: str, **fields: str | None) -> Actor:
    start, end = _span(text, needle)
    return Actor(text=needle, start=start, end=end, **fields)


def evidence(text: str, sentence: str, trigger: str) -> Evidence:
    start, end = _span(text, sentence)
    t_start, t_end = _span(text, trigger, start)
    return Evidence(start, end, t_start, t_end)


AID_TEXT = (
    "KYIV, Ukraine -- Denmark's Foreign Minister Lars Lokke Rasmussen said on Thursday that "
    "Denmark will send about $181 million in military aid to Ukraine.\n\n"
    "\"We stand with Ukraine,\" Rasmussen said in Kyiv.\n\n"
    "Russian forces shelled Kharkiv on Wednesday, killing 3 people, officials said.\n\n"
    "Photo: Ukrainian soldiers near Kharkiv. Credit: AP Photo"
)


def aid_document(doc_id: str = "aid-1", text: str = AID_TEXT,
                 dateline: str = "2023-04-21") -> Document:
    """A small, fully coded document touching every table."""
    t = text
    body_end = t.index("Photo:")
    caption_end = t.index("Credit:")
    dnk = actor(t, "Denmark's Foreign Minister Lars Lokke Rasmussen", code="DNK", sector="GOV",
                name="Lars Løkke Rasmussen", role="Foreign Minister")
    ukr = actor(t, "Ukraine", code="UKR")
    rus = actor(t, "Russian forces", code="RUS", sector="MIL", org="Russian Armed Forces")
    kharkiv = actor(t, "Kharkiv", code="UKR")
    amount = Amount(value=181000000, start=t.index("about"), end=t.index(" in military"),
                    currency="USD", qualifier="about", object="military aid")
    aid = Event(
        event_id=f"{doc_id}:0", event="AID",
        evidence=[evidence(t, "Denmark's Foreign Minister", "send")],
        status="future", mode=["military"], context=["military"], actor=[dnk],
        recipient=[ukr], date="2023-04-20", date_precision="day",
        location=EventLocation("Kyiv", "UKR", 50.45, 30.52), amounts=[0], quad=2,
        plover_score=7.4, cameo_root="07", confidence=0.83)
    assault = Event(
        event_id=f"{doc_id}:1", event="ASSAULT",
        evidence=[evidence(t, "Russian forces shelled Kharkiv", "shelled")],
        status="asserted", actor=[rus], recipient=[kharkiv], date="2023-04-19",
        date_precision="day", location=EventLocation("Kharkiv", "UKR"), dead=3, quad=4,
        plover_score=-10.0, cameo_root="19", confidence=0.9)
    caption = Event(
        event_id=f"{doc_id}:2", event="MOBILIZE",
        evidence=[evidence(t, "Ukrainian soldiers near Kharkiv", "near")],
        actor=[actor(t, "Ukrainian soldiers", code="UKR", sector="MIL")], confidence=0.4,
        section=CAPTION)
    quote_start, quote_end = _span(t, "\"We stand with Ukraine,\"")
    speaker = Actor(text="Rasmussen", start=t.index("Rasmussen said in"),
                    end=t.index("Rasmussen said in") + 9, code="DNK", name="Lars Løkke Rasmussen")
    return Document(
        article=Article(text=t, doc_id=doc_id, dateline=dateline, title="Denmark sends aid",
                        url=f"https://example.org/{doc_id}", source="example",
                        language="en", warnings=["a reader warning"]),
        sections=[Section(BODY, 0, body_end), Section(CAPTION, body_end, caption_end),
                  Section(CREDIT, caption_end, len(t))],
        events=[aid, assault, caption],
        quotes=[Quote(text=t[quote_start:quote_end], start=quote_start, end=quote_end,
                      speaker=speaker, cue="said"),
                Quote(text="officials said", start=t.index("officials"),
                      end=t.index("officials") + 14)],
        amounts=[amount],
        dates=[DateExpr("Thursday", "2023-04-20", "day", *_span(t, "Thursday")),
               DateExpr("Wednesday", "2023-04-19", "day", *_span(t, "Wednesday"))],
        places=[Place("Kyiv", "Kyiv", *_span(t, "Kyiv"), country="UKR", lat=50.45,
                      lon=30.52, geonameid=703448)],
        warnings=["a pipeline warning"],
        coder_version="wirecoder-test",
    )


def plain_document(doc_id: str, text: str, n_events: int, *, event: str = "CONSULT",
                   actor_code: str = "USA", dateline: str = "2024-01-01") -> Document:
    """A document with ``n_events`` one-actor events over its first word."""
    word_end = max(1, text.find(" ")) if " " in text else len(text)
    events = [
        Event(event_id=f"{doc_id}:{i}", event=event, evidence=[Evidence(0, len(text), 0, word_end)],
              actor=[Actor(text=text[:word_end], start=0, end=word_end, code=actor_code)],
              date=dateline, date_precision="day", confidence=0.5)
        for i in range(n_events)
    ]
    return Document(article=Article(text=text, doc_id=doc_id, dateline=dateline, title=doc_id),
                    sections=[Section(BODY, 0, len(text))], events=events,
                    coder_version="wirecoder-test")


def numbered_documents(count: int, events_each: int = 3) -> list[Document]:
    return [plain_document(f"doc-{i:04d}", f"Article number {i} about talks {i * 7}.",
                           1 + (i % events_each)) for i in range(count)]


def pg_schema_url(base: str, schema: str) -> str:
    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    assert PG_URL
    schema = f"wc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield pg_schema_url(PG_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    try:
        yield opened
    finally:
        opened.close()

