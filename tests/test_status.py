"""Event status from tense, modals, negation, conditions and cue words (sentences written here)."""

from __future__ import annotations

import pytest

from wirecoder.config import Options
from wirecoder.document import STATUSES, Article, Document, Event
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources

OPTIONS = Options(stages=("sections", "nlp", "events"), detect_language=False)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(OPTIONS, Resources(Options()))


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="s", dateline="2024-05-02"))
    assert doc.skipped is None, doc.warnings
    return doc


def only(doc: Document) -> Event:
    assert len(doc.events) == 1, [(e.event, e.status) for e in doc.events]
    return doc.events[0]


@pytest.mark.parametrize(("text", "event", "status"), [
    ("Kenyan police arrested twelve opposition activists on Friday.", "COERCE", "asserted"),
    ("Norway pledged to send 50 million dollars in aid to Malawi.", "AGREE", "pledged"),
    ("The Chinese foreign minister will visit Paris next week.", "AGREE", "future"),
    ("Kenyan police arrested twelve opposition activists in 2019.", "COERCE", "historical"),
    ("Last year, Kenyan police arrested twelve opposition activists.", "COERCE",
     "historical"),
    ("Chile could expel the Bolivian ambassador, the minister said.", "SANCTION",
     "hypothetical"),
    ("North Korea warned that it would attack if the drills continued.", "THREATEN",
     "conditional"),
    ("Brazil did not sign the climate agreement.", "SUPPORT", "negated"),
    ("Hungary has never recognized Kosovo.", "SUPPORT", "negated"),
    ("Turkish police routinely detain Kurdish journalists.", "COERCE", "habitual"),
    ("Germany accidentally shot down a Polish drone over the Baltic.", "ASSAULT",
     "accidental"),
    ("Moscow denied that its troops had attacked the village.", "ASSAULT", "denied"),
    ("Congolese rebels allegedly attacked a United Nations convoy near Goma.", "ASSAULT",
     "claimed"),
])
def test_status(pipeline, text, event, status):
    ev = only(code(pipeline, text))
    assert (ev.event, ev.status) == (event, status)
    assert ev.status in STATUSES


def test_future_cooperation_is_agree_and_keeps_its_status(pipeline):
    ev = only(code(pipeline, "Japan will send rescue teams to Turkey."))
    assert (ev.event, ev.status) == ("AGREE", "future")
    assert [a.code for a in ev.recipient] == ["TUR"]


def test_refused_future_cooperation_is_reject(pipeline):
    ev = only(code(pipeline, "Hungary says it will not accept any more refugees."))
    assert (ev.event, ev.status) == ("REJECT", "asserted")
    assert [a.code for a in ev.actor] == ["HUN"]


def test_failure_is_not_a_refusal(pipeline):
    doc = code(pipeline, "The two parties could not reach an agreement on the budget.")
    assert all(e.event != "REJECT" for e in doc.events)


def test_cooperation_held_hostage_is_a_threat(pipeline):
    ev = only(code(pipeline, "Nigeria announced that it will withdraw its troops from Chad "
                             "unless the rebels agree to a ceasefire."))
    assert ev.event == "THREATEN" and ev.status == "conditional"


def test_the_condition_is_part_of_the_threat(pipeline):
    """ "if Ukraine attempts to recapture ..." is the threat's condition, not an event, and
    its subject is the threat's target."""
    ev = only(code(pipeline, "The Russian president warned that Moscow would strike back if "
                             "Ukraine attacked Crimea."))
    assert ev.event == "THREATEN"
    assert [a.code for a in ev.recipient] == ["UKR"]


def test_coordinated_clause_with_its_own_subject_is_independent(pipeline):
    doc = code(pipeline, "Germany agreed in January to send tanks to Ukraine, and Poland "
                         "imposed sanctions on Belarus in March.")
    statuses = {e.event: e.status for e in doc.events}
    assert statuses == {"AGREE": "pledged", "SANCTION": "asserted"}


def test_coordinated_verbs_share_modality(pipeline):
    doc = code(pipeline, "Iran will meet the European envoys and sign the deal.")
    assert doc.events and all(e.status == "future" for e in doc.events)


@pytest.mark.parametrize("text", [
    "The party did not say whom it would support in the runoff.",
    "It is unclear whether Serbia will recognize Kosovo.",
    "The government spent twice as much as the donors had pledged.",
])
def test_unasserted_clauses_give_no_event(pipeline, text):
    assert code(pipeline, text).events == []


def test_earlier_this_month_is_historical(pipeline):
    ev = only(code(pipeline, "Earlier this month, Finland expelled two Russian diplomats."))
    assert (ev.event, ev.status) == ("SANCTION", "historical")
