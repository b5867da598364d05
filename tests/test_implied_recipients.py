"""Recipients the sentence does not name: the addressee of a quoted "you" on a visit, and the
organisation a membership is sought in (texts written for these tests)."""

from __future__ import annotations

import pytest

import wirecoder.stages.actors
import wirecoder.stages.quotes  # noqa: F401
from wirecoder.config import Options
from wirecoder.document import Article, Document, Event
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources

OPTIONS = Options(stages=("sections", "nlp", "actors", "quotes", "events"),
                  detect_language=False)
VISIT = ("Kenyan President Amani Otieno arrived in Accra on Monday on his first visit to Ghana "
         "since taking office.\n\n")


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline="2024-03-14"))
    for event in doc.events:
        for actor in event.actor + event.recipient:
            assert doc.text[actor.start:actor.end] == actor.text
    return doc


def of_type(doc: Document, event_type: str) -> Event:
    found = [e for e in doc.events if e.event == event_type]
    assert len(found) == 1, [(e.event, [a.text for a in e.actor]) for e in doc.events]
    return found[0]


def test_visitor_addresses_the_host(pipeline: Pipeline) -> None:
    doc = code(pipeline, VISIT + "\"Kenya stands with you,\" Otieno told a news conference.")
    support = of_type(doc, "SUPPORT")
    assert [(a.text, a.code) for a in support.recipient] == [("you", "GHA")]


def test_continued_quote_keeps_its_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, VISIT + "\"This is a good day,\" Otieno said. \"Kenya stands with you "
                                 "today and tomorrow.\"")
    assert [a.code for a in of_type(doc, "SUPPORT").recipient] == ["GHA"]


def test_host_addresses_the_visitor(pipeline: Pipeline) -> None:
    doc = code(pipeline, VISIT + "\"Ghana will always support you,\" Ghanaian President Kofi "
                                 "Boateng said.")
    support = of_type(doc, "AGREE")
    assert [(a.code, a.name) for a in support.recipient] == [("KEN", "Amani Otieno")]


def test_named_listener_wins_over_the_visit(pipeline: Pipeline) -> None:
    doc = code(pipeline, VISIT + "\"Kenya stands with you,\" Otieno told Nigerian officials.")
    assert [a.code for a in of_type(doc, "SUPPORT").recipient] == ["NGA"]


def test_no_visit_no_addressee(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Kenyan President Amani Otieno spoke in Nairobi on Monday.\n\n"
                         "\"Kenya stands with you,\" Otieno told a news conference.")
    assert all(not e.recipient for e in doc.events)


def test_membership_named_in_the_sentence(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Georgian President Nino Beridze said she was grateful for an "
                         "invitation to a European Union summit in June, but said her country "
                         "needs a clear path to becoming a member.")
    request = of_type(doc, "REQUEST")
    assert [(a.code, a.org) for a in request.recipient] == [("EUR", "European Union")]


def test_membership_from_an_earlier_sentence(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The African Union met in Addis Ababa on Monday.\n\nSomaliland's "
                         "president said his country needs a road map for becoming a member.")
    request = of_type(doc, "REQUEST")
    assert [a.org for a in request.recipient] == ["African Union"]


def test_membership_phrase_names_the_organisation(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The African Union met in Addis Ababa on Monday.\n\nThe Serbian "
                         "president said his country needs support for membership in the "
                         "European Union.")
    assert [a.code for a in of_type(doc, "REQUEST").recipient] == ["EUR"]


def test_membership_is_no_recipient_of_the_organisation_itself(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The European Union urged Georgian officials to pass reforms before "
                         "becoming a member.")
    request = of_type(doc, "REQUEST")
    assert "EUR" not in [a.code for a in request.recipient]
