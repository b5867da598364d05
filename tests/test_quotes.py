"""The quotes stage on articles written for these tests in several outlets' styles (not gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirecoder.stages.quotes  # noqa: F401  (registers the stage)
from wirecoder.coding.plover import DataError
from wirecoder.config import Options
from wirecoder.document import BODY, CREDIT, Article, Document, Quote, Section
from wirecoder.errors import ConfigError
from wirecoder.pipeline import Pipeline
from wirecoder.registry import get_stage
from wirecoder.resources import Resources
from wirecoder.speech.cues import SPEECH_CUES_SCHEMA, SpeechCues, load_speech_cues
from wirecoder.speech.marks import Paragraph, find_quotes
from wirecoder.stages.nlp import NlpStage
from wirecoder.stages.quotes import QuoteStage

OPTIONS = Options(stages=("sections", "nlp", "quotes"), detect_language=False)
DATE = "2024-03-14"


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline=DATE))
    assert doc.skipped is None, doc.warnings
    check_offsets(doc)
    return doc


def check_offsets(doc: Document) -> None:
    text = doc.text
    for quote in doc.quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.text == quote.text.strip()
        assert quote.kind in ("direct", "partial", "reported", "term")
        if quote.speaker is not None:
            speaker = quote.speaker
            assert text[speaker.start:speaker.end] == speaker.text


def quote(doc: Document, words: str, kind: str | None = None) -> Quote:
    found = [q for q in doc.quotes if words in q.text and (kind is None or q.kind == kind)]
    assert found, [(q.kind, q.text) for q in doc.quotes]
    return found[0]


def speaker_name(q: Quote) -> str | None:
    return (q.speaker.name or q.speaker.text) if q.speaker else None


# -- AP style: split quotes, "he said", surnames, two people ------------------------------------

AP_ARTICLE = """\
ROME (AP) — Italy's foreign minister, Paolo Ferretti, said Tuesday that his government would \
reopen its embassy in Tripoli within weeks.

"We have waited long enough," Ferretti said. "The Libyan people deserve a partner that is \
present, not one that watches from across the sea."

Libyan Prime Minister Salem Haddad welcomed the move and said Libya would guarantee the safety \
of foreign diplomats.

"Security in the capital has improved beyond what anyone expected a year ago," he said.

Ferretti added that Italian companies were ready to help rebuild the port of Misrata.
"""


def test_split_quote_around_the_speech_verb(pipeline: Pipeline) -> None:
    doc = code(pipeline, AP_ARTICLE)
    first = quote(doc, "We have waited long enough")
    second = quote(doc, "The Libyan people deserve")
    assert first.text == "We have waited long enough,"  # everything between the marks
    assert second.text.endswith("across the sea.")
    for q in (first, second):
        assert q.kind == "direct"
        assert q.cue == "said"
        assert speaker_name(q) == "Paolo Ferretti"  # the surname gets the full name
    assert first.speaker is not None and first.speaker.text == "Ferretti"


def test_he_said_goes_to_the_latest_speaker_not_the_first(pipeline: Pipeline) -> None:
    doc = code(pipeline, AP_ARTICLE)
    q = quote(doc, "Security in the capital")
    assert speaker_name(q) == "Salem Haddad"
    assert q.speaker is not None and q.speaker.code == "LBY"


def test_indirect_speech_is_a_reported_statement_with_its_clause(pipeline: Pipeline) -> None:
    doc = code(pipeline, AP_ARTICLE)
    opening = quote(doc, "reopen its embassy", kind="reported")
    assert opening.text == "his government would reopen its embassy in Tripoli within weeks"
    assert opening.cue == "said"
    assert speaker_name(opening) == "Paolo Ferretti"
    no_that = quote(doc, "guarantee the safety", kind="reported")  # "said Libya would ..."
    assert no_that.text == "Libya would guarantee the safety of foreign diplomats"
    assert speaker_name(no_that) == "Salem Haddad"
    added = quote(doc, "Italian companies", kind="reported")
    assert added.cue == "added"
    assert speaker_name(added) == "Paolo Ferretti"


# -- Reuters style, curly marks, "according to" -------------------------------------------------

REUTERS_ARTICLE = """\
GENEVA, March 3 (Reuters) - Talks on a prisoner exchange between Armenia and Azerbaijan made \
"real progress" on Monday, a senior Swiss diplomat said.

“Both delegations showed flexibility on the lists of names,” the mediator, Claudia Brunner, \
told reporters after the session. “Nobody left the room angry.”

According to the Armenian delegation, 34 detainees could be released before the end of the month.
"""


def test_curly_quotes_told_reporters(pipeline: Pipeline) -> None:
    doc = code(pipeline, REUTERS_ARTICLE)
    first = quote(doc, "Both delegations")
    second = quote(doc, "Nobody left the room angry.")
    assert first.text == "Both delegations showed flexibility on the lists of names,"
    assert first.cue == "told"
    assert speaker_name(first) == speaker_name(second) == "Claudia Brunner"
    assert second.kind == "direct"


def test_partial_quote_with_trailing_attribution(pipeline: Pipeline) -> None:
    doc = code(pipeline, REUTERS_ARTICLE)
    q = quote(doc, "real progress", kind="partial")
    assert q.text == "real progress"
    assert q.speaker is not None and "diplomat" in q.speaker.text


def test_according_to(pipeline: Pipeline) -> None:
    doc = code(pipeline, REUTERS_ARTICLE)
    q = quote(doc, "34 detainees", kind="reported")
    assert q.cue == "according to"
    assert q.text == "34 detainees could be released before the end of the month"
    assert q.speaker is not None and q.speaker.text == "the Armenian delegation"


COLON = """\
CANBERRA — Opposition leader Fiona Walsh criticised the budget on Tuesday: "This is a budget for \
the next election, not for the next generation."

"Households will see nothing from it until 2027."

The death toll from the storms, according to emergency officials, rose to nine overnight.

"It was like a wall of water," said a farmer who lost his herd.
"""


def test_colon_introduction_and_a_quote_paragraph_that_follows(pipeline: Pipeline) -> None:
    doc = code(pipeline, COLON)
    first = quote(doc, "This is a budget")
    assert (first.kind, first.cue, speaker_name(first)) == ("direct", None, "Fiona Walsh")
    follow = quote(doc, "Households will see nothing")  # no cue: the previous paragraph's speaker
    assert (follow.kind, speaker_name(follow)) == ("direct", "Fiona Walsh")


def test_according_to_inside_the_clause_and_inverted_said(pipeline: Pipeline) -> None:
    doc = code(pipeline, COLON)
    toll = quote(doc, "death toll", kind="reported")
    assert toll.text.startswith("The death toll from the storms")
    assert toll.text.endswith("rose to nine overnight")
    assert toll.speaker is not None and toll.speaker.text == "emergency officials"
    farmer = quote(doc, "wall of water")
    assert farmer.speaker is not None and "farmer" in farmer.speaker.text


# -- pronouns with two people, partial quotes after "called" ------------------------------------

TWO_PEOPLE = """\
WASHINGTON — Senator Maria Delgado and Governor Tom Reyes toured the flooded districts on \
Tuesday.

Reyes said the state had received only half of the promised federal funds.

Delgado called the delay "unacceptable" and said she would press the agency for answers. \
"Families are sleeping in school gyms," she said.

"We cannot rebuild bridges with press releases," he said.
"""


def test_pronouns_pick_the_right_person_of_two(pipeline: Pipeline) -> None:
    doc = code(pipeline, TWO_PEOPLE)
    assert speaker_name(quote(doc, "Families are sleeping")) == "Maria Delgado"
    # the latest speaker is Delgado, but "he" cannot be Maria: it is the governor
    assert speaker_name(quote(doc, "We cannot rebuild bridges")) == "Tom Reyes"


def test_called_it_gives_a_partial_quote_of_the_subject(pipeline: Pipeline) -> None:
    doc = code(pipeline, TWO_PEOPLE)
    q = quote(doc, "unacceptable")
    assert (q.kind, q.cue, speaker_name(q)) == ("partial", "called", "Maria Delgado")


# -- terms and scare quotes -------------------------------------------------------------------

TERMS = """\
TOKYO (AP) — Japan's defense minister announced plans on Friday to expand coastal missile units.

Tokyo has long rejected what Beijing calls its "core interests" in the East China Sea, and the \
so-called "gray zone" incidents near the islands have multiplied.

"We will defend every inch of our territory. Nobody should doubt our resolve," Minister Kenji \
Takeda told a news conference.
"""


def test_scare_quotes_and_names_are_terms_without_speaker(pipeline: Pipeline) -> None:
    doc = code(pipeline, TERMS)
    for words in ("core interests", "gray zone"):
        q = quote(doc, words)
        assert (q.kind, q.speaker, q.cue) == ("term", None, None)


def test_multi_sentence_quote_is_one_quote(pipeline: Pipeline) -> None:
    doc = code(pipeline, TERMS)
    q = quote(doc, "We will defend")
    assert q.text.endswith("Nobody should doubt our resolve,")
    assert (q.kind, q.cue, speaker_name(q)) == ("direct", "told", "Kenji Takeda")


# -- statements, tweets, "wrote" ----------------------------------------------------------------

STATEMENTS = """\
OTTAWA — Canada's health minister, Aisha Rahman, said in a statement that the vaccine program \
"has already saved thousands of lives" and would be extended to children.

Rahman tweeted on Thursday: "Proud of every nurse who made this possible."

The opposition health critic, Mark Lefebvre, wrote on X that the program was "months late and \
millions over budget."

Later, Lefebvre added: "We will demand a full audit."
"""


def test_said_in_a_statement_tweeted_wrote_added(pipeline: Pipeline) -> None:
    doc = code(pipeline, STATEMENTS)
    statement = quote(doc, "has already saved", kind="partial")
    assert statement.cue == "said in a statement"
    assert speaker_name(statement) == "Aisha Rahman"
    tweet = quote(doc, "Proud of every nurse")
    assert (tweet.kind, tweet.cue, speaker_name(tweet)) == ("direct", "tweeted", "Aisha Rahman")
    wrote = quote(doc, "months late")
    assert (wrote.kind, wrote.cue, speaker_name(wrote)) == ("partial", "wrote", "Mark Lefebvre")
    added = quote(doc, "full audit")
    assert (added.cue, speaker_name(added)) == ("added", "Mark Lefebvre")


# -- a quote over two paragraphs ----------------------------------------------------------------

TWO_PARAGRAPHS = """\
NAIROBI, Kenya (AP) — Kenyan Interior Minister David Ochieng warned Thursday that the government \
would not tolerate violence during the protests.

"We have a duty to protect lives and property. Those who break the law will be arrested, \
whoever they are.

"Nobody is above the law," Ochieng said.

Opposition spokesman Peter Odhiambo said the warning was "pure intimidation."
"""


def test_quote_continued_over_paragraphs(pipeline: Pipeline) -> None:
    doc = code(pipeline, TWO_PARAGRAPHS)
    first = quote(doc, "We have a duty")
    second = quote(doc, "Nobody is above the law")
    # one piece per paragraph, no paragraph break and no mark inside either
    assert first.text.endswith("whoever they are.")
    assert "\n" not in first.text and '"' not in first.text
    assert second.text == "Nobody is above the law,"
    for q in (first, second):  # the attribution in the last paragraph covers the first
        assert (q.kind, q.cue, speaker_name(q)) == ("direct", "said", "David Ochieng")
    assert speaker_name(quote(doc, "pure intimidation", kind="partial")) == "Peter Odhiambo"


# -- group speakers, "it said" ------------------------------------------------------------------

GROUPS = """\
BERLIN — The German and Polish foreign ministers said Monday they would set up a joint border \
task force. "We will act together, and we will act quickly," they said in a joint statement.

The European Commission said it welcomed the initiative. "The task force could receive funding \
from the migration budget," it said.
"""


def test_they_said_is_the_group(pipeline: Pipeline) -> None:
    doc = code(pipeline, GROUPS)
    q = quote(doc, "We will act together")
    assert q.cue == "said in a statement"
    assert q.speaker is not None
    assert q.speaker.text == "The German and Polish foreign ministers"


def test_it_said_is_the_organisation(pipeline: Pipeline) -> None:
    doc = code(pipeline, GROUPS)
    q = quote(doc, "could receive funding")
    assert q.speaker is not None and q.speaker.text == "The European Commission"


# -- British style and nesting ------------------------------------------------------------------

BRITISH = """\
LONDON — Britain's foreign secretary summoned the Iranian ambassador on Wednesday over the \
detention of two aid workers.

‘This is a matter of the utmost seriousness,’ Foreign Secretary Helen Marsh told MPs. ‘We will \
not rest until they are home.’

Tehran has accused the pair of spying, a charge their families don't accept.
"""

NESTED = """\
MANILA (AP) — Philippine Coast Guard spokesman Jay Tarriela said Chinese vessels fired water \
cannon at a supply boat near the shoal on Saturday.

"They used what they describe as 'law enforcement measures' against a civilian boat. That is not \
law enforcement, it is harassment," Tarriela said.
"""


def test_single_quote_style(pipeline: Pipeline) -> None:
    doc = code(pipeline, BRITISH)
    first = quote(doc, "utmost seriousness")
    assert first.text == "This is a matter of the utmost seriousness,"
    second = quote(doc, "We will not rest")
    assert speaker_name(first) == speaker_name(second) == "Helen Marsh"
    assert not [q for q in doc.quotes if "t accept" in q.text and q.kind != "reported"]


def test_nested_single_quotes_belong_to_the_outer_quote(pipeline: Pipeline) -> None:
    doc = code(pipeline, NESTED)
    quoted = [q for q in doc.quotes if q.kind != "reported"]
    assert len(quoted) == 1
    assert "'law enforcement measures'" in quoted[0].text
    assert speaker_name(quoted[0]) == "Jay Tarriela"


# -- sections ----------------------------------------------------------------------------------

def test_credits_yield_no_quotes(resources: Resources) -> None:
    body = 'The mayor said the bridge would reopen. "It is safe," she said.'
    credit = 'Reporting by Ana Ruiz; editing by "Tom" Berger'
    text = f"{body}\n\n{credit}\n"
    doc = Document(article=Article(text=text, doc_id="c", dateline=DATE),
                   sections=[Section(BODY, 0, len(body)),
                             Section(CREDIT, len(body) + 2, len(body) + 2 + len(credit))])
    options = Options(stages=("nlp", "quotes"), detect_language=False)
    for stage in (NlpStage(options, resources), QuoteStage(options, resources)):
        stage.process(doc)
    check_offsets(doc)
    assert [q.text for q in doc.quotes if q.kind == "direct"] == ["It is safe,"]
    assert all(q.end <= len(body) for q in doc.quotes)


def test_stage_is_registered_with_its_fields() -> None:
    stage = get_stage("quotes")
    assert stage is QuoteStage
    assert stage.requires == ("segments", "sentences", "sections")
    assert stage.assigns == ("quotes",)


# -- quote marks in raw text (no parse) ---------------------------------------------------------

def spans(text: str) -> list[str]:
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        paragraphs.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    return [text[s.start:s.end] for s in find_quotes(text, paragraphs)]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "yes" and "no".', ["yes", "no"]),
    ("“Curly,” she said, “and more.”", ["Curly,", "and more."]),
    ("It's Ukraine's turn, the ministers' plan says.", []),
    ("The 12\" screen and the 5'10\" player.", []),
    ('"One paragraph\n\n"and the next," he said.', ["One paragraph", "and the next,"]),
    ('"Left open\n\nA new paragraph without a mark.', ["Left open"]),
    ("‘Single,’ he said, ‘in the British style.’", ["Single,", "in the British style."]),
    ("He called it \"the 'Leopard' plan\" today.", ["the 'Leopard' plan"]),
    ('"Missing close, he said. "New quote."', ["Missing close, he said.", "New quote."]),
    ('An empty "" pair.', []),
])
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_continued_pieces_share_a_group() -> None:
    text = '"First part\n\n"second part," she said. "Third."'
    paragraphs = [Paragraph(0, 11), Paragraph(13, len(text))]
    found = find_quotes(text, paragraphs)
    assert [s.group for s in found][:2] == [found[0].group] * 2
    assert found[1].continued and not found[0].continued
    assert found[0].close_mark is None
    assert found[2].group != found[0].group


# -- the cue file -------------------------------------------------------------------------------

def test_shipped_cues_load() -> None:
    cues = load_speech_cues()
    assert cues.verb("say") is not None and cues.verb("say").cue == "said"
    assert cues.verb("point", "out") is not None
    assert cues.verb("think") is None  # cognition is not speech
    assert ("according", "to") in cues.prepositions


@pytest.mark.parametrize(("data", "where"), [
    ({"version": "1", "schema": "other"}, "schema"),
    ({"version": "1", "schema": SPEECH_CUES_SCHEMA, "verbs": []}, "verbs"),
    ({"version": "1", "schema": SPEECH_CUES_SCHEMA,
      "verbs": [{"lemma": "say", "cue": ""}]}, "verbs[0] (say)"),
    ({"version": "1", "schema": SPEECH_CUES_SCHEMA,
      "verbs": [{"lemma": "say", "cue": "said", "reported": "yes"}]}, "verbs[0] (say)"),
    ({"version": "1", "schema": SPEECH_CUES_SCHEMA,
      "verbs": [{"lemma": "say", "cue": "said", "tense": "past"}]}, "verbs[0]"),
    ({"version": "1", "schema": SPEECH_CUES_SCHEMA, "verbs": [{"lemma": "say", "cue": "said"}],
      "gender": {"male": ["alex"], "female": ["Alex"]}}, "gender"),
])
def test_bad_cue_files_name_the_entry(data: dict, where: str) -> None:
    with pytest.raises(DataError) as err:
        SpeechCues.from_data(data, "cues.json")
    assert isinstance(err.value, ConfigError)
    assert "cues.json" in str(err.value) and where in str(err.value)


def test_bad_cue_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "speech_cues.json"
    path.write_text(json.dumps({"version": "1", "schema": SPEECH_CUES_SCHEMA, "verbs": "say"}))
    with pytest.raises(ConfigError, match=r"speech_cues\.json"):
        load_speech_cues(path)
