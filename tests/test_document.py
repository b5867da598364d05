from __future__ import annotations

import json

from wirecoder.document import (
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

TEXT = "KYIV, Ukraine -- Denmark pledged 14 tanks to Ukraine on Thursday, the minister said."


def make_document() -> Document:
    art = Article(text=TEXT, doc_id="d1", dateline="2023-04-21", title="Tanks")
    dk = Actor("Denmark", 17, 24, code="DNK", sector="GOV")
    ua = Actor("Ukraine", 45, 52, code="UKR")
    event = Event(
        event_id="d1:0", event="AGREE", status="pledged", actor=[dk], recipient=[ua],
        evidence=[Evidence(17, 84, 25, 32)], date="2023-04-20", date_precision="day",
        location=EventLocation("Kyiv", "UKR", 50.45, 30.52), amounts=[0], quad=1,
        plover_score=2.5, cameo_root="03", confidence=0.8,
    )
    return Document(
        article=art,
        sections=[Section("dateline", 0, 13), Section("body", 17, len(TEXT))],
        events=[event],
        quotes=[Quote("tanks", 39, 44, speaker=dk, cue="said")],
        amounts=[Amount(14, 33, 41, qualifier=None, object="tanks")],
        dates=[DateExpr("Thursday", "2023-04-20", "day", 56, 64)],
        places=[Place("KYIV", "Kyiv", 0, 4, country="UKR", lat=50.45, lon=30.52)],
        warnings=["a note"],
        coder_version="test",
    )


def test_contract_shape() -> None:
    data = make_document().to_contract()
    for key in ("doc_id", "dateline", "sections", "events", "quotes", "amounts", "dates",
                "places", "warnings"):
        assert key in data
    assert data["sections"]["body"] == [[17, len(TEXT)]]
    assert data["sections"]["captions"] == []
    event = data["events"][0]
    assert event["actor"][0]["code"] == "DNK"
    assert TEXT[event["evidence"][0]["trigger_start"]:event["evidence"][0]["trigger_end"]] == (
        "pledged")
    json.dumps(data)  # serialisable


def test_contract_round_trip() -> None:
    doc = make_document()
    data = doc.to_contract()
    again = Document.from_contract(json.loads(json.dumps(data)), TEXT)
    assert again.to_contract() == data


def test_doc_id_defaults_to_text_hash() -> None:
    a, b = Article(text="same words"), Article(text="same words")
    assert a.doc_id == b.doc_id and len(a.doc_id) == 16
    assert Article(text="other words").doc_id != a.doc_id
