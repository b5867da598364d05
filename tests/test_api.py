"""The Python API: wirecoder.code(text, date=...) -> Document."""

from __future__ import annotations

import json

import wirecoder
from wirecoder.document import Document

TEXT = ("ATHENS, Greece -- Greece and Cyprus signed a defence cooperation agreement on Monday, "
        "the government said.\n\nA fisherman mends his nets in Piraeus, Greece, Monday, "
        "May 6, 2024. (AP Photo/Eleni Papa)\n")


def test_code_returns_a_document_with_offsets() -> None:
    doc = wirecoder.code(TEXT, date="2024-05-07", doc_id="api-1")
    assert isinstance(doc, Document)
    assert doc.doc_id == "api-1" and doc.article.dateline == "2024-05-07"
    kinds = {s.kind for s in doc.sections}
    assert {"dateline", "body", "caption"} <= kinds
    assert doc.events, "a signed agreement is an event"
    for event in doc.events:
        for actor in event.actor + event.recipient:
            assert TEXT[actor.start:actor.end] == actor.text
    data = doc.to_contract()
    assert json.loads(json.dumps(data))["doc_id"] == "api-1"


def test_code_without_date_and_id_uses_a_text_hash() -> None:
    doc = wirecoder.code("Chile and Peru held talks in Lima.")
    assert len(doc.doc_id) == 16 and doc.article.dateline is None
