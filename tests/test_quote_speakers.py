"""Quote speakers that are no actors, listeners, named objects, acronyms and nominal frames.

Each article is written for these tests (not taken from a corpus); each test checks one general
pattern of speaker attribution.
"""

from __future__ import annotations

import pytest

import wirecoder.stages.quotes  # noqa: F401  (registers the stage)
from wirecoder.config import Options
from wirecoder.document import Article, Document, Quote
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources

OPTIONS = Options(stages=("sections", "nlp", "quotes"), detect_language=False)


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline="2024-03-14"))
    assert doc.skipped is None, doc.warnings
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text
    return doc


def quote(doc: Document, words: str) -> Quote:
    found = [q for q in doc.quotes if words in q.text]
    assert found, [(q.kind, q.text) for q in doc.quotes]
    return found[0]


def who(q: Quote) -> str | None:
    return (q.speaker.name or q.speaker.text) if q.speaker else None


# -- 1. documents, abstract nouns and negated subjects are no speakers -------------------------

def test_document_without_author_gives_no_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "A storm hit the coastal town of Hallam on Monday. Early reports said "
                         "dozens of boats had sunk in the harbour. According to local reports, "
                         "the ferry service was suspended.")
    assert quote(doc, "dozens of boats").speaker is None
    assert quote(doc, "the ferry service").speaker is None


def test_document_gives_its_named_author(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Stanford University data indicated that infections fell by half in May. "
                         "According to a 2021 Gallup poll, most voters support the measure.")
    assert "Stanford University" in quote(doc, "infections fell").speaker.text
    assert "Gallup" in quote(doc, "most voters").speaker.text


def test_negated_subject_gives_no_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The mayor spoke at the town hall. No councillor mentioned that the "
                         "bridge had been closed for a year.")
    assert quote(doc, "the bridge had been closed").speaker is None


def test_abstract_subject_of_reported_clause_is_no_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Senator Laura Bennett said the rule of law is what holds the country "
                         "together, and described the attack as \"shameful and cowardly.\"")
    assert who(quote(doc, "shameful and cowardly")) == "Laura Bennett"


# -- 2. listeners are no speakers --------------------------------------------------------------

def test_listener_of_speaking_to_is_not_the_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Prime Minister Arthur Kemble visited the flooded valley on Monday and "
                         "met rescue workers.\n\nSpeaking to Nadia Brooks of the Daily Courier, he "
                         "said, \"We will rebuild every house. Nobody will be left behind.\"")
    assert who(quote(doc, "We will rebuild")) == "Arthur Kemble"


def test_quote_after_the_listener_of_told(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Governor Helen Marsh told radio host Tom Avery \"if the dam fails, the "
                         "whole valley floods.\"")
    assert who(quote(doc, "the whole valley floods")) == "Helen Marsh"


# -- 3. the named object of call/describe is not the speaker -----------------------------------

def test_called_object_is_not_the_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Mayor Sandra Okafor spoke after the vote. Okafor called the plan a "
                         "\"disaster.\"")
    assert who(quote(doc, "disaster")) == "Sandra Okafor"


def test_pronoun_in_a_clause_under_the_speakers_clause(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Farmers protested in the capital. Senator Paul Greer gave a speech in "
                         "which he called the minister a \"climate vandal,\" citing the drought.")
    assert who(quote(doc, "climate vandal")) == "Paul Greer"


def test_continuation_fragments_keep_the_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Museum director Clara Hoffmann spoke at the ceremony. She described the "
                         "painter as \"a restless spirit for half a century\" who was \"one of the "
                         "boldest colourists of her time\" and \"never satisfied with a finished "
                         "canvas.\"")
    for words in ("a restless spirit", "boldest colourists", "never satisfied"):
        assert who(quote(doc, words)) == "Clara Hoffmann", words


# -- 4. acronyms introduced in brackets --------------------------------------------------------

def test_acronym_resolves_like_its_expansion(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The World Health Organization (WHO) opened an office in the city.\n\n"
                         "According to the WHO, cases of cholera doubled in the first half of the "
                         "year.")
    speaker = quote(doc, "cases of cholera").speaker
    assert speaker is not None and speaker.text == "the WHO"
    assert speaker.code == "UNO" and speaker.org == "WHO"


# -- 5. nominal speech frames ------------------------------------------------------------------

def test_part_of_a_possessed_tweet(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Senator Mark Dalton wrote about the strike. Part of Dalton's tweet "
                         "included the line, \"workers built this country and deserve better.\"")
    assert who(quote(doc, "workers built")) == "Mark Dalton"


def test_led_someone_to_express(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Criticism of the remark led Governor Ruth Alvarez to express \"I spoke "
                         "carelessly and I apologise.\"")
    assert who(quote(doc, "I spoke carelessly")) == "Ruth Alvarez"


def test_possessive_pronoun_statement_goes_to_its_issuer(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The government of Tonga issued a statement on the ruling: \"The court "
                         "has ignored our traditions.\" Their statement also read \"the decision "
                         "must be reviewed by parliament.\"")
    assert "government of Tonga" in quote(doc, "reviewed by parliament").speaker.text


def test_colon_clause_under_the_quote_verb(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The Harmon campaign reissued a statement it first released in May:  "
                         "\"The voters will decide this race. Nobody else will.\"")
    assert "Harmon campaign" in quote(doc, "The voters will decide").speaker.text


# -- 6. the clause before the colon names who "he" is ------------------------------------------

def test_colon_intro_names_the_pronoun_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, "\"We must stay neutral,\" said candidate Jo Fairley.\n\n"
                         "Candidate Dan Whitcombe agreed: \"We should bring our soldiers home\", "
                         "he argued. \"Other nations can settle their own disputes.\"")
    assert who(quote(doc, "bring our soldiers home")) == "Dan Whitcombe"
    assert who(quote(doc, "settle their own disputes")) == "Dan Whitcombe"
