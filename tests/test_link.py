"""The link stage: event dates, places, amounts and casualties from hand-built expression lists.

Documents are parsed and coded by the sections, nlp and events stages; the date, place and amount
lists are written here by hand, so these tests do not depend on the other stages' internals.
"""

from __future__ import annotations

from wirecoder.config import Options
from wirecoder.document import Amount, Article, DateExpr, Document, Event, Place
from wirecoder.pipeline import Pipeline
from wirecoder.registry import get_stage
from wirecoder.resources import Resources
from wirecoder.stages.events import EventStage
from wirecoder.stages.link import LinkStage, link_document
from wirecoder.stages.nlp import NlpStage
from wirecoder.stages.sections import SectionStage

DATELINE = "2024-03-14"
OPTIONS = Options(stages=("sections", "nlp", "events"), detect_language=False)


def coded(resources: Resources, text: str, dateline: str | None = DATELINE) -> Document:
    """Sections, parse and events; the parse stays on the document (unlike Pipeline.run)."""
    doc = Document(article=Article(text=text, doc_id="l", dateline=dateline))
    SectionStage(OPTIONS, resources).process(doc)
    NlpStage(OPTIONS, resources).process(doc)
    EventStage(OPTIONS, resources).process(doc)
    assert doc.skipped is None, doc.warnings
    return doc


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def date(doc: Document, needle: str, value: str, precision: str = "day") -> DateExpr:
    start, end = at(doc.text, needle)
    expr = DateExpr(text=needle, value=value, precision=precision, start=start, end=end)
    doc.dates.append(expr)
    return expr


def place(doc: Document, needle: str, country: str, lat: float = 0.0, lon: float = 0.0,
          nth: int = 0) -> Place:
    start, end = at(doc.text, needle, nth)
    found = Place(text=needle, name=needle, start=start, end=end, country=country, lat=lat,
                  lon=lon)
    doc.places.append(found)
    return found


def amount(doc: Document, needle: str, value: int) -> Amount:
    start, end = at(doc.text, needle)
    found = Amount(value=value, start=start, end=end)
    doc.amounts.append(found)
    return found


def link(resources: Resources, doc: Document) -> list[Event]:
    LinkStage(OPTIONS, resources).process(doc)
    return doc.events


def by_trigger(doc: Document, word: str) -> Event:
    for ev in doc.events:
        ev_trigger = doc.text[ev.evidence[0].trigger_start:ev.evidence[0].trigger_end]
        if ev_trigger == word:
            return ev
    raise AssertionError(f"no event triggered by {word!r}: "
                         f"{[(e.event, e.evidence[0].trigger_start) for e in doc.events]}")


def test_stage_is_registered_with_its_fields():
    assert get_stage("link") is LinkStage
    assert LinkStage.requires == ("events", "dates", "places", "amounts")
    assert LinkStage.assigns == ("events",)


def test_own_date_beats_the_sentence_date(resources):
    doc = coded(resources, "Officials said on Tuesday that Kenyan police arrested twelve "
                           "activists on Friday.")
    date(doc, "Tuesday", "2024-03-12")
    date(doc, "Friday", "2024-03-08")
    (ev,) = link(resources, doc)
    assert (ev.event, ev.date, ev.date_precision) == ("COERCE", "2024-03-08", "day")


def test_date_of_a_governing_verb(resources):
    doc = coded(resources, "Denmark and Norway announced on Monday that they plan to send "
                           "50 tanks to Ukraine next year.")
    date(doc, "Monday", "2024-03-11")
    (ev,) = link(resources, doc)
    assert ev.event == "AGREE"
    assert (ev.date, ev.date_precision) == ("2024-03-11", "day")


def test_month_precision_and_two_events_with_their_own_dates(resources):
    doc = coded(resources, "Germany agreed in January to send tanks to Ukraine, and Poland "
                           "imposed sanctions on Belarus in March.")
    date(doc, "January", "2024-01", "month")
    date(doc, "March", "2024-03", "month")
    events = link(resources, doc)
    agree = next(e for e in events if e.event == "AGREE")
    sanction = next(e for e in events if e.event == "SANCTION")
    assert (agree.date, agree.date_precision) == ("2024-01", "month")
    assert (sanction.date, sanction.date_precision) == ("2024-03", "month")


def test_sentence_date_when_the_event_has_none(resources):
    doc = coded(resources, "On Wednesday, as talks stalled, Serbian police detained "
                           "two journalists.")
    date(doc, "Wednesday", "2024-03-13")
    (ev,) = link(resources, doc)
    assert ev.date == "2024-03-13"


def test_dateline_when_the_sentence_has_no_date(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists.")
    (ev,) = link(resources, doc)
    assert (ev.date, ev.date_precision) == (DATELINE, "day")
    doc = coded(resources, "Kenyan police arrested twelve activists.", dateline=None)
    (ev,) = link(resources, doc)
    assert (ev.date, ev.date_precision) == (None, None)


def test_date_in_another_sentence_is_not_used(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists.\n\nThe report was "
                           "published on Monday.")
    date(doc, "Monday", "2024-03-11")
    (ev,) = link(resources, doc)
    assert ev.date == DATELINE


def test_news_day_of_the_lead_dates_later_undated_events(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists on Tuesday.\n\n"
                           "The Ugandan government condemned the arrests.")
    date(doc, "Tuesday", "2024-03-12")
    first, second = link(resources, doc)
    assert first.date == second.date == "2024-03-12"
    assert second.date_precision == "day"


def test_an_old_lead_date_is_no_news_day(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists in January.\n\n"
                           "The Ugandan government condemned the arrests.")
    date(doc, "January", "2024-01", "month")
    _, second = link(resources, doc)
    assert second.date == DATELINE


def test_an_old_date_makes_an_asserted_event_historical(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists in 2019.")
    date(doc, "2019", "2019", "year")
    (ev,) = link(resources, doc)
    assert (ev.date, ev.date_precision, ev.status) == ("2019", "year", "historical")
    doc = coded(resources, "Kenyan police arrested twelve activists on Friday.")
    date(doc, "Friday", "2024-03-08")
    (ev,) = link(resources, doc)
    assert ev.status == "asserted"


def test_place_attached_to_the_trigger(resources):
    doc = coded(resources, "Officials in Mombasa said Kenyan police arrested twelve activists "
                           "in Nairobi.")
    place(doc, "Mombasa", "KEN", -4.05, 39.67)
    place(doc, "Nairobi", "KEN", -1.29, 36.82)
    (ev,) = link(resources, doc)
    assert ev.location is not None
    assert (ev.location.name, ev.location.country) == ("Nairobi", "KEN")
    assert (ev.location.lat, ev.location.lon) == (-1.29, 36.82)


def test_visit_destination_is_the_location(resources):
    doc = coded(resources, "The Danish foreign minister paid a visit to Kyiv on Thursday.")
    place(doc, "Kyiv", "UKR", 50.45, 30.52)
    (ev,) = link(resources, doc)
    assert ev.event == "CONSULT" and ev.location is not None and ev.location.name == "Kyiv"


def test_attack_target_is_the_location(resources):
    doc = coded(resources, "Sudanese rebels shelled Juba on Sunday.")
    place(doc, "Juba", "SSD", 4.85, 31.58)
    (ev,) = link(resources, doc)
    assert ev.event == "ASSAULT" and ev.location is not None and ev.location.name == "Juba"


def test_recipient_country_is_not_a_location(resources):
    doc = coded(resources, "Canada imposed new sanctions on Belarus.")
    place(doc, "Belarus", "BLR")
    (ev,) = link(resources, doc)
    assert ev.location is None


def test_sentence_place_when_the_event_has_none(resources):
    doc = coded(resources, "During a rally in Lagos, Nigerian police detained two journalists.")
    place(doc, "Lagos", "NGA", 6.45, 3.4)
    (ev,) = link(resources, doc)
    assert ev.event == "COERCE"
    assert ev.location is not None and ev.location.name == "Lagos"


def test_article_place_as_the_last_resort(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists.")
    dateline_place = Place(text="NAIROBI", name="Nairobi", start=0, end=0, country="KEN",
                           lat=-1.29, lon=36.82)
    link_document(doc, article_place=dateline_place)
    assert doc.events[0].location is not None
    assert doc.events[0].location.name == "Nairobi"


def test_amounts_in_the_clause_and_casualties(resources):
    doc = coded(resources, "Somali militants killed 12 soldiers and wounded 30 others near "
                           "Mogadishu, officials said, a week after 5 people died in floods.")
    amount(doc, "12", 12)
    amount(doc, "30", 30)
    amount(doc, "5", 5)
    events = link(resources, doc)
    assault = [e for e in events if e.event == "ASSAULT"]
    assert assault
    merged_dead = {e.dead for e in assault} - {None}
    merged_injured = {e.injured for e in assault} - {None}
    assert merged_dead == {12} and merged_injured == {30}
    assert all(2 not in e.amounts for e in events)  # "5 people died in floods" is no one's


def test_casualty_kind_from_the_amounts_stage_is_used(resources):
    doc = coded(resources, "Police in Harare arrested 40 protesters on Saturday.")
    amount(doc, "40", 40)
    link_document(doc, casualty_kind=lambda a, d: "arrested")
    (ev,) = doc.events
    assert ev.amounts == [0] and ev.arrested == 40 and ev.dead is None


def test_protest_size(resources):
    doc = coded(resources, "About 5000 students marched through Santiago to protest against "
                           "tuition fees.")
    amount(doc, "5000", 5000)
    events = link(resources, doc)
    protest = next(e for e in events if e.event == "PROTEST")
    assert protest.size == 5000


def test_link_stage_in_a_pipeline(resources, monkeypatch):
    """Wired after the events stage (and the stages that set dates, places and amounts)."""
    from wirecoder.registry import register_stage
    from wirecoder.stages.base import Stage

    @register_stage("test-values")
    class HandValues(Stage):
        requires = ("segments",)
        assigns = ("dates", "places", "amounts")

        def process(self, doc: Document) -> None:
            date(doc, "Friday", "2024-03-08")
            place(doc, "Nairobi", "KEN")

    options = Options(stages=("sections", "nlp", "test-values", "events", "link"),
                      detect_language=False)
    pipeline = Pipeline.from_options(options, resources)
    doc = pipeline.code(Article(text="Kenyan police arrested twelve activists in Nairobi on "
                                     "Friday.", doc_id="p", dateline=DATELINE))
    (ev,) = doc.events
    assert ev.date == "2024-03-08" and ev.location is not None
    assert ev.location.name == "Nairobi"


def test_events_without_a_parse_keep_the_dateline(resources):
    doc = coded(resources, "Kenyan police arrested twelve activists.")
    doc.segments = []
    link_document(doc)
    assert doc.events[0].date == DATELINE


def test_nlp_then_events_directly(resources):
    """The stages also run one by one on hand-sectioned documents."""
    text = "Kenyan police arrested twelve activists in Nairobi."
    doc = Document(article=Article(text=text, doc_id="d", dateline=DATELINE))
    from wirecoder.document import BODY, Section

    doc.sections = [Section(BODY, 0, len(text))]
    NlpStage(OPTIONS, resources).process(doc)
    EventStage(OPTIONS, resources).process(doc)
    place(doc, "Nairobi", "KEN")
    LinkStage(OPTIONS, resources).process(doc)
    assert doc.events[0].location is not None
