"""PLOVER contexts: the data file, its loader, and contexts on coded events."""

from __future__ import annotations

import json

import pytest

from wirecoder.coding.contexts import CONTEXTS_SCHEMA, ContextCues, load_contexts
from wirecoder.coding.plover import DataError, load_plover
from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources

OPTIONS = Options(stages=("sections", "nlp", "events"), detect_language=False)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(OPTIONS, Resources(Options()))


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="c", dateline="2024-05-02"))
    assert doc.skipped is None, doc.warnings
    return doc


def test_shipped_file_loads_and_uses_plover_names():
    cues = load_contexts()
    plover = load_plover()
    assert cues.version and cues.source.endswith("contexts.json")
    named = {c for contexts in cues.words.values() for c in contexts}
    assert named <= set(plover.contexts)
    assert {"military", "election", "economic", "legal"} <= named
    assert cues.words["tanks"] == ("military",)
    assert "election" in cues.words["ballot"]
    assert "economic" in cues.words["sanctions"]
    assert "legal" in cues.words["court"]
    assert ("cease", "-", "fire") in cues.phrases["cease"]  # hyphenated words as phrases


def _data(**overrides) -> dict:
    data = {"version": "t", "schema": CONTEXTS_SCHEMA,
            "contexts": {"military": {"words": ["tanks"], "phrases": ["armed forces"]}}}
    data.update(overrides)
    return data


@pytest.mark.parametrize(("overrides", "message"), [
    ({"contexts": {"sports": {"words": ["goal"]}}}, "unknown PLOVER context"),
    ({"contexts": {"military": {"words": ["armed forces"]}}}, "single tokens"),
    ({"contexts": {"military": {"phrases": ["tanks"]}}}, "two or more words"),
    ({"contexts": {"military": {"words": ["tanks"], "colour": "red"}}}, "unknown key"),
    ({"sector_contexts": {"XYZ": ["military"]}}, "unknown PLOVER sector"),
    ({"mode_contexts": {"aerial": ["space"]}}, "unknown value"),
    ({"max_contexts": 0}, "positive integer"),
    ({"schema": "other/1"}, "schema"),
])
def test_bad_files_are_rejected(overrides, message):
    with pytest.raises(DataError, match=message):
        ContextCues.from_data(_data(**overrides), "test.json")


def test_bad_file_on_disk_names_the_file(tmp_path):
    path = tmp_path / "contexts.json"
    path.write_text(json.dumps(_data(contexts={"nope": {"words": ["x"]}})), encoding="utf-8")
    with pytest.raises(DataError, match=str(path)):
        load_contexts(path)


@pytest.mark.parametrize(("text", "context"), [
    ("Canada imposed new trade sanctions on Belarus.", "economic"),
    ("Russia deployed tanks and missile launchers to the border with Finland.", "military"),
    ("Kenyan police arrested opposition activists before the election.", "election"),
    ("The court in Nairobi sentenced two Somali militants to life in prison.", "legal"),
    ("Iranian hackers attacked Israeli water systems in a cyber attack.", "cyber"),
])
def test_sentence_cues(pipeline, text, context):
    doc = code(pipeline, text)
    assert doc.events, text
    assert context in doc.events[0].context


def test_paragraph_cues_need_two_mentions(pipeline):
    one = code(pipeline, "The vote is due in June. Kenyan police arrested twelve activists.")
    assert "election" not in one.events[0].context
    two = code(pipeline, "The vote is due in June, and the ballot will be close. Kenyan police "
                         "arrested twelve activists.")
    assert "election" in two.events[0].context


def test_other_paragraphs_do_not_count(pipeline):
    doc = code(pipeline, "The vote is due in June, and the ballot will be close.\n\n"
                         "Kenyan police arrested twelve activists.")
    assert "election" not in doc.events[0].context


def test_mode_and_sector_contexts(pipeline):
    ev = code(pipeline, "Israeli warplanes bombed a camp in Gaza.").events[0]
    assert ev.context[0] == "military"


def test_no_cue_no_context(pipeline):
    ev = code(pipeline, "The Italian foreign minister met his Egyptian counterpart.").events[0]
    assert "military" not in ev.context and "economic" not in ev.context


def test_at_most_max_contexts(pipeline):
    text = ("Troops fired tear gas at election protesters outside the court, and hackers "
            "attacked the central bank as refugees fled the drought.")
    for ev in code(pipeline, text).events:
        assert len(ev.context) <= load_contexts().max_contexts
