"""The first event coder, on sentences written for these tests (not from any gold set)."""

from __future__ import annotations

import pytest

from wirecoder.config import Options
from wirecoder.document import BODY, CAPTION, Article, Document, Event, Section
from wirecoder.pipeline import Pipeline
from wirecoder.registry import get_stage
from wirecoder.resources import Resources
from wirecoder.stages.events import EventStage
from wirecoder.stages.nlp import NlpStage

OPTIONS = Options(stages=("sections", "nlp", "events"), detect_language=False)
DATE = "2024-03-14"


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str, date: str | None = DATE) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline=date))
    assert doc.skipped is None, doc.warnings
    check_offsets(doc)
    return doc


def check_offsets(doc: Document) -> None:
    text = doc.text
    for event in doc.events:
        for actor in event.actor + event.recipient:
            assert text[actor.start:actor.end] == actor.text
        for ev in event.evidence:
            assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
            assert text[ev.trigger_start:ev.trigger_end].strip()


def only(doc: Document) -> Event:
    assert len(doc.events) == 1, [(e.event, [a.text for a in e.actor]) for e in doc.events]
    return doc.events[0]


def codes(actors: list) -> list[str | None]:
    return [a.code for a in actors]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Kenyan police arrested twelve opposition activists in Nairobi on Friday.",
     "COERCE", "KEN", None),
    ("The Italian foreign minister met his Egyptian counterpart in Cairo on Tuesday.",
     "CONSULT", "ITA", "EGY"),
    ("Colombia's president praised Ecuador for its help in the search.",
     "SUPPORT", "COL", "ECU"),
    ("Pakistan accused India of violating the ceasefire along the border.",
     "ACCUSE", "PAK", "IND"),
    ("Thousands of Chilean students marched through Santiago to protest against tuition fees.",
     "PROTEST", "CHL", None),
    ("Canada imposed new sanctions on Belarus on Wednesday.", "SANCTION", "CAN", "BLR"),
    ("Argentina rejected a British proposal for talks on the islands.", "REJECT", "ARG", "GBR"),
    ("Japan delivered 10,000 tents to Turkey after the earthquake.", "AID", "JPN", "TUR"),
    ("Serbia threatened to cut off gas supplies to Kosovo.", "THREATEN", "SRB", "XKX"),
    ("Washington expelled two Russian diplomats on Thursday.", "SANCTION", "USA", "RUS"),
    ("Israeli warplanes struck targets in southern Lebanon overnight, the army said.",
     "ASSAULT", "ISR", None),
    ("Teachers in Ghana went on strike on Monday over unpaid salaries.", "PROTEST", "GHA", None),
])
def test_event_types(pipeline, text, event, actor, recipient):
    ev = only(code(pipeline, text))
    assert ev.event == event
    assert actor in codes(ev.actor)
    if recipient:
        assert recipient in codes(ev.recipient)


def test_event_record_fields(pipeline):
    doc = code(pipeline, "Canada imposed new sanctions on Belarus on Wednesday.")
    ev = only(doc)
    assert ev.event_id == "t:1"
    assert (ev.quad, ev.plover_score, ev.cameo_root) == (4, -6.0, "16")
    assert ev.date == DATE and ev.date_precision == "day"
    assert ev.location is None
    assert ev.section == "body"
    assert 0.0 <= ev.confidence <= 1.0
    assert doc.text[ev.evidence[0].trigger_start:ev.evidence[0].trigger_end] == "imposed"
    assert doc.text[ev.evidence[0].start:ev.evidence[0].end] == doc.text


def test_event_ids_in_text_order(pipeline):
    doc = code(pipeline, "Kenyan police arrested twelve activists on Friday. "
                         "Two days later, Kenyan riot police detained a student leader.")
    assert [e.event_id for e in doc.events] == ["t:1", "t:2"]
    assert doc.events[0].evidence[0].start < doc.events[1].evidence[0].start


def test_compound_actor_is_one_event(pipeline):
    ev = only(code(pipeline, "Denmark and Norway signed a fisheries agreement on Monday."))
    assert ev.event == "SUPPORT"
    assert codes(ev.actor) == ["DNK", "NOR"]
    assert [a.text for a in ev.actor] == ["Denmark", "Norway"]


def test_passive_agent_is_the_actor(pipeline):
    ev = only(code(pipeline, "The convoy was attacked by Somali militants near Mogadishu."))
    assert ev.event == "ASSAULT"
    assert codes(ev.actor) == ["SOM"]
    assert ev.actor[0].sector == "REB"
    assert ev.actor[0].text == "Somali militants"


def test_passive_without_agent_gives_no_event(pipeline):
    assert code(pipeline, "Three soldiers were killed near the border on Sunday.").events == []


@pytest.mark.parametrize("text", [
    "President Ruto said on Monday that the economy was recovering.",
    "The Ghanaian minister told reporters the figures would be published next week.",
    "The prime minister declined to comment.",
])
def test_reporting_verb_alone_gives_no_event(pipeline, text):
    assert code(pipeline, text).events == []


def test_urge_to_is_one_request_to_the_object(pipeline):
    ev = only(code(pipeline, "The Swedish government urged Turkey to release the detained "
                             "journalists."))
    assert ev.event == "REQUEST"
    assert codes(ev.actor) == ["SWE"] and ev.actor[0].sector == "GOV"
    assert codes(ev.recipient) == ["TUR"]
    assert ev.mode == ["yield"]
    assert ev.status == "asserted"


@pytest.mark.parametrize(("text", "event"), [
    ("Brazil did not sign the climate agreement.", "SUPPORT"),
    ("Hungary has never recognized Kosovo.", "SUPPORT"),
])
def test_negation(pipeline, text, event):
    ev = only(code(pipeline, text))
    assert (ev.event, ev.status) == (event, "negated")


def test_future_pledge_is_agree_pledged(pipeline):
    ev = only(code(pipeline, "Norway pledged to send 50 million dollars in aid to Malawi."))
    assert (ev.event, ev.status) == ("AGREE", "pledged")
    assert codes(ev.actor) == ["NOR"] and codes(ev.recipient) == ["MWI"]
    ev = only(code(pipeline, "Germany plans to deliver air defence systems to Poland."))
    assert (ev.event, ev.status) == ("AGREE", "pledged")


def test_future_cooperation_is_agree_future(pipeline):
    ev = only(code(pipeline, "The Chinese foreign minister will visit Paris next week."))
    assert (ev.event, ev.status) == ("AGREE", "future")
    assert ev.actor[0].role == "Foreign Minister" and codes(ev.recipient) == ["FRA"]


def test_denied_and_accidental(pipeline):
    ev = only(code(pipeline, "Moscow denied that its troops had attacked the village."))
    assert (ev.event, ev.status) == ("ASSAULT", "denied")
    assert codes(ev.actor) == ["RUS"] and ev.actor[0].text == "its troops"
    ev = only(code(pipeline, "Germany accidentally shot down a drone over the Baltic."))
    assert ev.status == "accidental"


def test_conditional_threat(pipeline):
    ev = only(code(pipeline, "North Korea warned that it would attack if the drills continued."))
    assert ev.event == "THREATEN"
    assert ev.status == "conditional"


@pytest.mark.parametrize("text", [
    "A meteor lit up the sky over Finland on Tuesday night, and residents heard a loud bang.",
    "Heavy rain flooded several villages in the north on Tuesday, killing three people.",
    "Floods killed 40 people in Bangladesh.",
    "The storm destroyed hundreds of homes along the coast.",
    "Real Madrid beat Barcelona 3-1 on Saturday to go top of the league.",
    "Shares in the company fell sharply after it reported weaker profits.",
    "Temperatures will rise above 40 degrees this week, forecasters warned.",
])
def test_no_political_event(pipeline, text):
    assert code(pipeline, text).events == []


def test_person_actor_keeps_name_and_role(pipeline):
    ev = only(code(pipeline, "Danish Foreign Minister Lars Lokke Rasmussen visited Kyiv on "
                             "Thursday."))
    actor = ev.actor[0]
    assert (actor.code, actor.sector, actor.role) == ("DNK", "GOV", "Foreign Minister")
    assert actor.name == "Lars Løkke Rasmussen"  # the canonical name (CONTRACT.md §2)
    assert ev.mode == ["visit"] and codes(ev.recipient) == ["UKR"]


def test_organisations(pipeline):
    ev = only(code(pipeline, "NATO condemned the missile test on Sunday."))
    assert (ev.actor[0].code, ev.actor[0].org) == ("IGO", "NATO")
    ev = only(code(pipeline, "The Kremlin rejected the peace plan."))
    assert (ev.actor[0].code, ev.actor[0].org, ev.actor[0].sector) == ("RUS", "Kremlin", "GOV")


def test_earlier_mention_resolves_a_surname_and_pronoun(pipeline):
    doc = code(pipeline, "Danish Foreign Minister Lars Lokke Rasmussen visited Kyiv on Monday. "
                         "Rasmussen said he had discussed new aid with Ukrainian officials.")
    assert [e.event for e in doc.events] == ["CONSULT", "CONSULT"]
    second = doc.events[1].actor[0]
    assert (second.code, second.name) == ("DNK", "Lars Løkke Rasmussen")  # canonical name


def test_caption_events_are_marked(resources):
    body = "Kenyan police arrested twelve activists in Nairobi on Friday."
    caption = "Somali militants attacked a military base near Mogadishu on Tuesday."
    text = f"{body}\n\n{caption}\n"
    start = text.index(caption)
    doc = Document(article=Article(text=text, doc_id="cap", dateline=DATE), sections=[
        Section(BODY, 0, len(body)), Section(CAPTION, start, start + len(caption))])
    options = Options(detect_language=False)
    NlpStage(options, resources).process(doc)
    EventStage(options, resources).process(doc)
    check_offsets(doc)
    assert [(e.event, e.section) for e in doc.events] == [("COERCE", "body"),
                                                          ("ASSAULT", "caption")]


def test_stage_is_registered():
    stage = get_stage("events")
    assert stage is EventStage
    assert stage.requires == ("segments", "sentences")
    assert stage.assigns == ("events",)


def test_no_dateline_gives_no_date(pipeline):
    ev = only(code(pipeline, "Canada imposed new sanctions on Belarus.", date=None))
    assert ev.date is None and ev.date_precision is None


def test_mention_keys_sort_when_some_fields_are_unknown() -> None:
    # Regression: an actor without a code beside one with a code made sorting the keys fail.
    from wirecoder.coding.arguments import Mention
    from wirecoder.document import Actor

    mentions = [Mention(Actor("the ministry", 0, 12, sector="GOV"), True),
                Mention(Actor("Chile", 20, 25, code="CHL"), True)]
    assert sorted(m.key for m in mentions) == [("", "", ""), ("CHL", "", "")]


# -- argument selection: the patterns of issue #3 ------------------------------------------------

def test_relative_clause_subject(pipeline):
    doc = code(pipeline, "The envoy met Kenyan officials, who later detained two Somali "
                         "journalists.")
    coerce = [e for e in doc.events if e.event == "COERCE"]
    assert len(coerce) == 1 and codes(coerce[0].actor) == ["KEN"]


def test_said_that_keeps_the_reported_actor(pipeline):
    ev = only(code(pipeline, "Officials in Mogadishu said that Ethiopian troops had shelled "
                             "the town."))
    assert ev.event == "ASSAULT" and codes(ev.actor) == ["ETH"]


def test_coordinated_verbs_share_the_subject(pipeline):
    doc = code(pipeline, "Greek police detained ten migrants and deported them to Turkey.")
    assert [e.event for e in doc.events] == ["COERCE"] or \
        {e.event for e in doc.events} == {"COERCE"}
    assert all(codes(e.actor) == ["GRC"] for e in doc.events)


def test_transfer_recipient_is_the_to_phrase(pipeline):
    ev = only(code(pipeline, "Syria has offered its troops to Lebanon."))
    assert ev.event == "AGREE" and codes(ev.recipient) == ["LBN"]
    ev = only(code(pipeline, "Japan delivered 500 tents from its reserves to Nepal."))
    assert codes(ev.recipient) == ["NPL"]


def test_theme_owner_is_the_recipient(pipeline):
    ev = only(code(pipeline, "Lithuania expelled two Belarusian diplomats."))
    assert (ev.event, codes(ev.recipient)) == ("SANCTION", ["BLR"])


def test_complement_recipient(pipeline):
    ev = only(code(pipeline, "Iran has offered to negotiate with Saudi Arabia."))
    assert ev.event == "AGREE" and codes(ev.recipient) == ["SAU"]


def test_nominal_events(pipeline):
    ev = only(code(pipeline, "Ghana announced a donation of vaccines to Togo."))
    assert ev.event in ("AID", "AGREE") and codes(ev.actor) == ["GHA"]
    ev = only(code(pipeline, "Qatar launched a mediation effort between Ethiopia and Eritrea."))
    assert ev.event == "CONSULT"
    assert set(codes(ev.actor)) | set(codes(ev.recipient)) >= {"ETH", "ERI", "QAT"}


def test_meeting_of_a_body_with_a_partner(pipeline):
    ev = only(code(pipeline, "The Kenyan president attended a meeting of the African Union "
                             "with the Ugandan foreign minister."))
    assert set(codes(ev.actor)) == {"KEN", "UGA"}
    assert ev.recipient and ev.recipient[0].text == "the African Union"


def test_joint_exercise_of_two_countries_is_cooperation(pipeline):
    ev = only(code(pipeline, "Indian and French warships began five days of war games in "
                             "the Arabian Sea."))
    assert ev.event == "COOPERATE" and {"IND", "FRA"} <= set(codes(ev.actor))


def test_domestic_act_targets_the_country_where_it_happens(pipeline):
    ev = only(code(pipeline, "Serbia lifted the curfew in Kosovo."))
    assert (ev.event, codes(ev.recipient)) == ("CONCEDE", ["XKX"])


def test_a_reported_need_is_a_request(pipeline):
    ev = only(code(pipeline, "The Moldovan president said his country needs more air "
                             "defence systems."))
    assert ev.event == "REQUEST" and ev.mode == ["assist"]


def test_reporting_verb_over_must_is_a_request(pipeline):
    ev = only(code(pipeline, "The Red Cross said Sudan must open the border crossings."))
    assert ev.event == "REQUEST" and codes(ev.recipient) == ["SDN"]


def test_recipient_carried_to_a_later_transfer(pipeline):
    doc = code(pipeline, "Denmark announced on Monday that it will provide Ukraine with "
                         "howitzers. Last month, Norway agreed to send 20 tanks.")
    later = doc.events[-1]
    assert codes(later.actor) == ["NOR"] and codes(later.recipient) == ["UKR"]


def test_attack_without_a_named_attacker(pipeline):
    ev = only(code(pipeline, "Three Malian soldiers were killed by a roadside bomb near Gao."))
    assert ev.event == "ASSAULT" and ev.actor[0].code == "UNK"
    assert codes(ev.recipient) == ["MLI"]
    assert ev.confidence < 0.6


@pytest.mark.parametrize("text", [
    "A gas explosion killed four people in a restaurant in Mombasa.",
    "Wildfires destroyed hundreds of homes on the island.",
    "A bus carrying pilgrims plunged into a ravine, killing 22 people.",
    "The Pope visited the earthquake zone on Sunday.",
    "President Ruto flew to Mombasa on Monday.",
])
def test_no_responsible_actor_no_event(pipeline, text):
    assert code(pipeline, text).events == []


def test_one_attack_one_event(pipeline):
    ev = only(code(pipeline, "Gunmen attacked a police post in Burkina Faso, killing four "
                             "officers."))
    assert ev.event == "ASSAULT" and len(ev.evidence) == 2


def test_confidence_ranks_main_clause_first(pipeline):
    doc = code(pipeline, "Pakistan condemned the attack after Indian troops shelled a "
                         "village in Kashmir.")
    assert doc.events
    top = max(doc.events, key=lambda e: e.confidence)
    assert all(0.0 <= e.confidence <= 1.0 for e in doc.events)
    assert top.event in ("ACCUSE", "ASSAULT")


def test_claimed_responsibility(pipeline):
    ev = only(code(pipeline, "Al-Shabaab claimed responsibility for the attack on the army "
                             "base."))
    assert (ev.event, ev.status) == ("ASSAULT", "claimed")
    assert codes(ev.actor) == ["SOM"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Three Malian soldiers were killed by a roadside bomb near Gao.", "explosives"),
    ("Burundian militiamen armed with machetes attacked a refugee camp.", "primitive"),
    ("Two Palestinian suicide bombers killed 23 people in Tel Aviv.", "suicide-attack"),
])
def test_assault_mode_from_the_means(pipeline, text, mode):
    ev = only(code(pipeline, text))
    assert ev.event == "ASSAULT" and ev.mode == [mode]


def test_ordered_to_stop_publishing(pipeline):
    ev = only(code(pipeline, "Nicaragua's government ordered the opposition newspaper La Prensa "
                             "to suspend publication."))
    assert ev.event == "COERCE" and codes(ev.actor) == ["NIC"]
    assert ev.recipient and "La Prensa" in ev.recipient[0].text


def test_protest_takes_in_its_demand(pipeline):
    ev = only(code(pipeline, "Hundreds of Algerian students staged a hunger strike to demand "
                             "the resignation of the Algerian president."))
    assert ev.event == "PROTEST" and ev.mode == ["hunger"]
    assert codes(ev.recipient) == ["DZA"] and len(ev.evidence) == 2


def test_veto_of_a_state_is_reject(pipeline):
    ev = only(code(pipeline, "Turkey blocked Sweden from joining NATO."))
    assert (ev.event, codes(ev.actor), codes(ev.recipient)) == ("REJECT", ["TUR"], ["SWE"])
    ev = only(code(pipeline, "Police stopped protesters from marching to the parliament."))
    assert ev.event == "COERCE"


def test_group_pronoun_keeps_every_member(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Chile and Peru criticised the new fishing rules on Monday. They also "
                         "urged Ecuador to withdraw them.")
    request = [e for e in doc.events if e.event == "REQUEST"]
    assert request and {a.code for a in request[0].actor} == {"CHL", "PER"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a person owning a deed done to people is its victim
    ("Kenyan police defended Okonkwo's arrest by officers in Nairobi on Monday.", ["KEN"],
     ["Okonkwo"]),
    # an "of" phrase names the victim: the owner is the one who acted
    ("Kenya's arrest of Ugandan opposition activists angered Kampala.", ["KEN"], None),
])
def test_possessor_of_a_deed_done_to_people(resources, text, actor, recipient):
    import wirecoder.stages.actors  # noqa: F401  (registers the stage)
    with_actors = Pipeline.from_options(
        Options(stages=("sections", "nlp", "actors", "events"), detect_language=False),
        resources)
    doc = code(with_actors, "Kenyan President Amani Otieno spoke on Monday about opposition "
                            "leader Tom Okonkwo.\n\n" + text)
    found = [e for e in doc.events if e.event == "COERCE"]
    assert found, [(e.event, [a.text for a in e.actor]) for e in doc.events]
    assert codes(found[0].actor) == actor
    if recipient:
        assert [a.text for a in found[0].recipient] == recipient
    assert not any(a.text.startswith("Okonkwo") for a in found[0].actor)


@pytest.mark.parametrize(("text", "sector"), [
    ("Kenyan police arrested a 25-year-old man in Nairobi on Friday.", "CVL"),
    ("Kenyan police detained the suspect in Nairobi on Friday.", "CRM"),
])
def test_unnamed_people_are_recipients(pipeline, text, sector):
    event = only(code(pipeline, text))
    assert event.event == "COERCE" and [a.sector for a in event.recipient] == [sector]


def test_receiving_an_award_is_no_meeting(pipeline):
    assert not code(pipeline, "The pilot received the Hero of the Soviet Union in 1961.").events


@pytest.mark.parametrize("text", [
    "The US State Department offered a one million US dollar reward for the fugitive.",
    "Kenyan lawmakers condemned the Soviet-style raid on the newspaper.",
])
def test_a_currency_or_manner_names_no_owner(pipeline, text):
    for event in code(pipeline, text).events:
        assert not any(a.text in ("US", "Soviet") for a in event.actor + event.recipient)


def test_the_parties_between_which_an_actor_mediates_are_recipients(pipeline):
    event = only(code(pipeline, "Qatar brokered a ceasefire between Israel and Hamas on "
                                "Friday."))
    assert codes(event.actor) == ["QAT"] and codes(event.recipient) == ["ISR", "PSE"]
