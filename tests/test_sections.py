"""Tests for the sections stage: which paragraphs are body, captions, credits, subheads, bylines
and datelines, with exact offsets. All fixture articles are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.config import Options
from wirecoder.document import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    DATELINE,
    SUBHEAD,
    Article,
    Document,
    Section,
)
from wirecoder.errors import ConfigError
from wirecoder.resources import Resources
from wirecoder.stages.sections import (
    SectionStage,
    load_section_cues,
    paragraph_spans,
    place_dateline,
    split_sections,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


def labelled(text: str) -> list[tuple[str, str]]:
    """(kind, paragraph text) per section, after checking the sections are well formed."""
    sections = split_sections(text)
    check_well_formed(text, sections)
    return [(s.kind, text[s.start:s.end]) for s in sections]


def check_well_formed(text: str, sections: list[Section]) -> None:
    previous_end = 0
    for section in sections:
        assert previous_end <= section.start < section.end <= len(text)
        piece = text[section.start:section.end]
        assert piece == piece.strip(), piece
        previous_end = section.end


def build(*parts: str, sep: str = "\n\n") -> str:
    return sep.join(parts)


# --- AP style ---------------------------------------------------------------------------------

AP_LEAD = ("Georgia's government on Tuesday expelled two European diplomats it accused of "
           "meeting opposition organizers, a day after police detained at least 40 people "
           "at a rally outside parliament.")
AP_BODY2 = ('"These are not diplomats, they are campaign managers," Interior Minister Levan '
            'Tsereteli told reporters. The European Union called the expulsions "regrettable".')
AP_SUBHEAD = "TALKS STALL"
AP_BODY3 = ("Negotiations on a new trade accord, which had been expected to conclude this "
            "spring, were suspended last month after both sides traded accusations.")
AP_SHORT = "Nobody was hurt."
AP_CREDIT = ("Associated Press writers Lena Fischer in Berlin and Omar Haddad in Brussels "
             "contributed to this report.")
AP_CAPTION1 = ("Riot police stand guard as demonstrators rally outside the parliament building "
               "in Tbilisi, Georgia, Monday, March 11, 2024. (AP Photo/Nika Beradze)")
AP_CAPTION2 = ("FILE — Interior Minister Levan Tsereteli speaks during a briefing in Tbilisi, "
               "Georgia, on Jan. 9, 2024.")
AP_CAPTION3 = ("In this image taken from video released by the Georgian Interior Ministry, "
               "officers detain a protester in Tbilisi.")
AP_COPYRIGHT = "Copyright 2024 The Associated Press. All rights reserved."
AP_TEXT = (" date 2024-03-12 \n\n\nBy MARTA KOVAC and DAVID OSEI\nAssociated Press\n\n"
           "TBILISI, Georgia (AP) — " + build(
               AP_LEAD, AP_BODY2, AP_SUBHEAD, AP_BODY3, AP_SHORT, AP_CREDIT, "___",
               AP_CAPTION1, AP_CAPTION2, AP_CAPTION3, AP_COPYRIGHT) + "\n\n\n")


def test_ap_story_kinds_and_offsets() -> None:
    assert labelled(AP_TEXT) == [
        (BYLINE, "By MARTA KOVAC and DAVID OSEI"),
        (BYLINE, "Associated Press"),
        (DATELINE, "TBILISI, Georgia (AP) —"),
        (BODY, AP_LEAD),
        (BODY, AP_BODY2),
        (SUBHEAD, AP_SUBHEAD),
        (BODY, AP_BODY3),
        (BODY, AP_SHORT),
        (CREDIT, AP_CREDIT),
        (CAPTION, AP_CAPTION1),
        (CAPTION, AP_CAPTION2),
        (CAPTION, AP_CAPTION3),
        (CREDIT, AP_COPYRIGHT),
    ]


def test_dateline_and_body_split_exactly() -> None:
    sections = split_sections(AP_TEXT)
    dateline, body = sections[2], sections[3]
    assert dateline.start == AP_TEXT.index("TBILISI")
    assert dateline.end == AP_TEXT.index("— Georgia's") + 1
    assert body.start == AP_TEXT.index("Georgia's government")
    assert place_dateline(AP_TEXT, sections) == (
        "TBILISI, Georgia", AP_TEXT.index("TBILISI"), AP_TEXT.index(" (AP)"))


def test_header_line_belongs_to_no_section() -> None:
    sections = split_sections(AP_TEXT)
    assert sections[0].start > AP_TEXT.index("2024-03-12")
    assert split_sections(" date 2024-03-12 \n") == []
    assert split_sections("") == []


# --- Reuters style ----------------------------------------------------------------------------

RT_LEAD = ("LONDON, March 3 (Reuters) - Britain will send 12 armoured ambulances and medical "
           "supplies worth 25 million pounds to Moldova, the foreign ministry said on Sunday.")
RT_BODY = ("The package follows a request from Chisinau last month, a ministry spokesperson "
           "said, adding that the first vehicles would arrive within weeks.")
RT_CAPTION = ("FILE PHOTO: A convoy of military ambulances is seen near Dover, Britain, "
              "January 5, 2024. REUTERS/Jane Tolland/File Photo")
RT_CREDIT = ("Reporting by Ana Lupu in Chisinau and Mark Trent in London; Editing by "
             "Paul Reyes")
RT_STANDARDS = "Our Standards: The Thomson Reuters Trust Principles."
RT_TEXT = build(RT_LEAD, RT_BODY, RT_CAPTION, RT_CREDIT, RT_STANDARDS)


def test_reuters_story() -> None:
    assert labelled(RT_TEXT) == [
        (DATELINE, "LONDON, March 3 (Reuters) -"),
        (BODY, RT_LEAD.split(" - ", 1)[1]),
        (BODY, RT_BODY),
        (CAPTION, RT_CAPTION),
        (CREDIT, RT_CREDIT),
        (CREDIT, RT_STANDARDS),
    ]
    assert place_dateline(RT_TEXT, split_sections(RT_TEXT)) == ("LONDON", 0, 6)


# --- AFP style --------------------------------------------------------------------------------

AFP_LEAD = ("Kyiv (AFP) - Russian drones struck an energy facility in the Odesa region "
            "overnight, killing three workers and injuring at least seven, the regional "
            "governor said Saturday.")
AFP_BODY = ("Ukraine's foreign ministry accused Moscow of targeting civilian infrastructure "
            'and urged allies to deliver more air-defence systems "without delay".')
AFP_CAPTION = ("Firefighters work at the site of a drone strike in the Odesa region on "
               "March 2, 2024. (Photo by Oleh Marchenko / AFP)")
AFP_SLUG = "bur-ok/jj"
AFP_TEXT = build(AFP_LEAD, AFP_BODY, AFP_CAPTION, AFP_SLUG)


def test_afp_story_with_title_case_city() -> None:
    assert labelled(AFP_TEXT) == [
        (DATELINE, "Kyiv (AFP) -"),
        (BODY, AFP_LEAD.split(" - ", 1)[1]),
        (BODY, AFP_BODY),
        (CAPTION, AFP_CAPTION),
        (CREDIT, AFP_SLUG),
    ]
    assert place_dateline(AFP_TEXT, split_sections(AFP_TEXT)) == ("Kyiv", 0, 4)


# --- Wikinews style ---------------------------------------------------------------------------

WN_DATE = "Tuesday, May 14, 2024"
WN_P1 = ("On Sunday, thousands of farmers drove tractors into the centre of Brussels to "
         "protest against new environmental rules, police said.")
WN_P2 = ("Organisers estimated the crowd at 8,000. Police put the number at about 5,000 and "
         "said eleven people were detained.")
WN_P3 = ("The European Commission said it would meet farm groups next week. Its spokesperson "
         "declined to comment further.")
WN_CAPTION = "Tractors parked near the Schuman roundabout. Image: Jan Peeters."
WN_SOURCES = "Sources"
WN_SOURCE1 = '"Farmers bring tractors to Brussels" — Example Gazette, May 12, 2024'
# Wikinews pages separate paragraphs by "\n\n\n", sometimes by one newline; the date line has
# a no-break space after it.
WN_TEXT = (WN_DATE + "\u00a0\n\n\n" + WN_P1 + "\n" + WN_P2 + "\n\n\n" + WN_P3 + "\n\n\n"
           + WN_CAPTION + "\n\n\n" + WN_SOURCES + "\n\n" + WN_SOURCE1 + "\n\n\n")


def test_wikinews_story() -> None:
    assert labelled(WN_TEXT) == [
        (DATELINE, WN_DATE),
        (BODY, WN_P1),
        (BODY, WN_P2),
        (BODY, WN_P3),
        (CAPTION, WN_CAPTION),
        (CREDIT, WN_SOURCES),
        (CREDIT, WN_SOURCE1),
    ]
    assert place_dateline(WN_TEXT, split_sections(WN_TEXT)) is None


def test_hard_wrapped_paragraph_stays_whole() -> None:
    para = ("The minister said the talks, which began in\nGeneva last week, would resume "
            "after\nthe holiday. Both delegations\nagreed to meet again.")
    text = build(para, "Officials gave no further details.")
    assert labelled(text) == [(BODY, para), (BODY, "Officials gave no further details.")]


# --- BBC style --------------------------------------------------------------------------------

BBC_HEADLINE = "Floods Force Thousands From Homes in Northern Bangladesh"
BBC_IMG_SOURCE = "Image source, Getty Images"
BBC_IMG_CAPTION = "Image caption, Residents wade through a flooded street in Sylhet"
BBC_P1 = ("More than 30,000 people have been moved to shelters after days of heavy rain "
          "caused rivers to burst their banks, officials say.")
BBC_SUB = "Aid Convoys Delayed"
BBC_P2 = ("The United Nations said on Monday that trucks carrying food and clean water had "
          "been held up by landslides on the main road north.")
BBC_TRAILER = "Related Topics"
BBC_TOPIC = "Bangladesh floods"
BBC_TEXT = build(BBC_HEADLINE, "By Jane Holloway\nBBC News, Dhaka", BBC_IMG_SOURCE,
                 BBC_IMG_CAPTION, BBC_P1, BBC_SUB, BBC_P2, BBC_TRAILER, BBC_TOPIC)


def test_bbc_story() -> None:
    assert labelled(BBC_TEXT) == [
        (SUBHEAD, BBC_HEADLINE),
        (BYLINE, "By Jane Holloway"),
        (BYLINE, "BBC News, Dhaka"),
        (CAPTION, BBC_IMG_SOURCE),
        (CAPTION, BBC_IMG_CAPTION),
        (BODY, BBC_P1),
        (SUBHEAD, BBC_SUB),
        (BODY, BBC_P2),
        (CREDIT, BBC_TRAILER),
        (CREDIT, BBC_TOPIC),
    ]


# --- other datelines and credit lines ----------------------------------------------------------

@pytest.mark.parametrize(("opening", "place"), [
    ("BEIRUT: Lebanon's cabinet met on Monday.", "BEIRUT"),
    ("WASHINGTON (Reuters) - The Senate voted on Monday.", "WASHINGTON"),
    ("PORT-AU-PRINCE, Haiti -- Gangs attacked a police station.", "PORT-AU-PRINCE, Haiti"),
    ("ST. LOUIS, Mo. (AP) — A judge ruled on Monday.", "ST. LOUIS, Mo."),
    ("UNITED NATIONS (AP) — The Security Council met on Monday.", "UNITED NATIONS"),
    ("Rio de Janeiro (AFP) - Police raided a favela on Monday.", "Rio de Janeiro"),
])
def test_place_datelines(opening: str, place: str) -> None:
    sections = split_sections(opening)
    assert [s.kind for s in sections] == [DATELINE, BODY]
    found = place_dateline(opening, sections)
    assert found is not None and found[0] == place
    assert opening[found[1]:found[2]] == place


def test_standalone_dateline_line() -> None:
    text = "KYIV, Ukraine --\n\nUkraine said on Friday it had shot down 14 drones overnight."
    assert labelled(text) == [
        (DATELINE, "KYIV, Ukraine --"),
        (BODY, "Ukraine said on Friday it had shot down 14 drones overnight."),
    ]


@pytest.mark.parametrize("opening", [
    "NATO — long wary of escalation — said on Monday it would send more troops.",
    "Officials said - without giving details - that talks would resume.",
    "EDITOR'S NOTE — This story contains graphic descriptions of violence.",
    "The talks ended on Monday: both sides claimed progress.",
])
def test_not_place_datelines(opening: str) -> None:
    sections = split_sections(opening)
    assert DATELINE not in [s.kind for s in sections]
    assert place_dateline(opening, sections) is None


@pytest.mark.parametrize("line", [
    "Information for this article was contributed by Jane Doe of The Associated Press.",
    "Jane Doe in Paris contributed reporting.",
    "Associated Press writers Jane Doe and John Roe contributed.",
    "Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe",
    "(Additional reporting by Jane Doe in Kyiv)",
    "Follow Jane Doe on Twitter at https://twitter.com/janedoe",
    "Follow AP's coverage of the war at https://apnews.com/hub/example",
    "© 2023 Example News Agency. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_credit_lines(line: str) -> None:
    text = build("Body text of a story that says something happened on Monday.", line)
    assert labelled(text)[-1] == (CREDIT, line)


@pytest.mark.parametrize("line", [
    "Protesters hold up a portrait of the jailed activist. (Photo: Kemal Aras)",
    "A man walks past a damaged building in Kharkiv. (Ukrainian Emergency Service via AP)",
    "Soldiers patrol a street in Goma. (Getty Images)",
    "Soldiers patrol a street in Goma on Monday. (AFP)",
    "A resident clears rubble outside his home. (The Daily Example/Ana Ruiz)",
    "In this photo provided by the Kenyan Presidency, the president greets delegates.",
    "This satellite image provided by Example Space Co. shows a damaged airfield.",
    "FILE - Delegates arrive for a summit in Addis Ababa, Ethiopia, on Feb. 17, 2024.",
    "Police officers detain a protester in Tbilisi, Georgia, Sunday, May 12, 2024.",
])
def test_caption_lines(line: str) -> None:
    text = build("Body text of a story that says something happened on Monday.", line)
    assert labelled(text)[-1] == (CAPTION, line)


# --- things that must stay body ---------------------------------------------------------------

NEGATIVE_BODY = [
    # a short sentence, with and without a full stop
    "Nobody was hurt.",
    "Talks continue in Geneva on Friday",
    # mentions of photos that are not captions
    "Protesters carried photos of the missing men, and one held a sign reading "
    '"Where are they?" outside the ministry.',
    "In this photographic exhibition of the war, the curators said, nothing is staged.",
    "These images have shocked the country, the minister said on Tuesday.",
    # a date in the body, as a caption would give it but after "on"
    "The ceasefire took effect on Monday, March 6, 2023.",
    "By Tuesday, the army had withdrawn from the town.",
    "Copyright lawsuits against the broadcaster have multiplied since 2021, its lawyers say.",
    "Officials said the country contributed troops to the mission.",
]


@pytest.mark.parametrize("paragraph", NEGATIVE_BODY)
def test_body_paragraphs_stay_body(paragraph: str) -> None:
    lead = "Body text of a story that says something happened on Monday."
    tail = "Another body paragraph follows here, long enough to read as story text."
    text = build(lead, paragraph, tail)
    assert labelled(text) == [(BODY, lead), (BODY, paragraph), (BODY, tail)]


def test_gallery_labels_are_not_subheads() -> None:
    text = build("Body paragraph describing the convention in some detail, as stories do.",
                 "Captain Example", "Two Knights From Lore",
                 "Visitors queued for hours to get in, organisers said on Sunday.")
    assert [k for k, _ in labelled(text)] == [BODY, BODY, BODY, BODY]


def test_separator_lines_are_skipped() -> None:
    text = build("First paragraph of the story.", "* * *", "___", "Second paragraph.")
    assert labelled(text) == [(BODY, "First paragraph of the story."),
                              (BODY, "Second paragraph.")]


def test_crlf_text() -> None:
    text = "WASHINGTON -- The Senate met.\r\n\r\nIt adjourned on Friday.\r\n"
    assert labelled(text) == [(DATELINE, "WASHINGTON --"), (BODY, "The Senate met."),
                              (BODY, "It adjourned on Friday.")]


def test_paragraph_spans_skip_header() -> None:
    text = " date 2020-01-02 \nFirst.\n\nSecond."
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["First.", "Second."]


# --- the cue file -----------------------------------------------------------------------------

def test_bundled_cues_load() -> None:
    cues = load_section_cues()
    assert cues.version == 1
    assert "Reuters" in cues.agencies and "NATO" in cues.not_places


def _write_cues(tmp_path: Path, **changes: object) -> Path:
    bundled = REPO / "src" / "wirecoder" / "data" / "section_cues.json"
    data = json.loads(bundled.read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("changes", "message"), [
    ({"version": 99}, "version"),
    ({"credits": ["(unclosed"]}, "bad pattern"),
    ({"captions": ["x"]}, "unknown key"),
    ({"agencies": []}, "non-empty list"),
    ({"why": {"captions": "x"}}, "why"),
])
def test_bad_cue_files_are_rejected(tmp_path: Path, changes: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_section_cues(_write_cues(tmp_path, **changes))


def test_custom_cues_change_the_result(tmp_path: Path) -> None:
    cues = load_section_cues(_write_cues(tmp_path, credits=["^Filed by\\b"]))
    text = build("The story.", "Filed by Jane Doe")
    assert [s.kind for s in split_sections(text, cues)] == [BODY, CREDIT]


# --- the stage --------------------------------------------------------------------------------

def test_stage_sets_sections() -> None:
    options = Options()
    stage = SectionStage(options, Resources(options))
    doc = Document(article=Article(text=AP_TEXT))
    stage.process(doc)
    assert doc.sections == split_sections(AP_TEXT)
    assert stage.name == "sections"
    assert stage.requires == ("text",) and stage.assigns == ("sections",)
    assert doc.section_at(AP_TEXT.index("Nobody")) == BODY
    assert doc.section_at(AP_TEXT.index("(AP Photo")) == CAPTION


# --- bundled samples --------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_sample_articles_have_dateline_captions_and_credit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sections = split_sections(text)
    check_well_formed(text, sections)
    kinds = [s.kind for s in sections]
    assert place_dateline(text, sections) is not None
    assert CAPTION in kinds and CREDIT in kinds
    assert kinds.count(BODY) >= 4


# --- the seed story (needs the shared checkout) -----------------------------------------------

@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared (seed story and gold)")
def test_seed_story_sections_match_gold() -> None:
    text = (SHARED / "seed" / "000_5066661fc9359fff.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / "dev" / "seed.gold.json").read_text(encoding="utf-8"))
    sections = split_sections(text)
    check_well_formed(text, sections)

    def kind_of(snippet: str) -> str | None:
        at = text.index(snippet)
        return next((s.kind for s in sections if s.start <= at < s.end), None)

    expected = {"credits": CREDIT, "captions": CAPTION, "subheads": SUBHEAD}
    for key, kind in expected.items():
        snippets = gold["sections"][key]
        for snippet in [snippets] if isinstance(snippets, str) else snippets:
            assert kind_of(snippet) == kind, snippet
    kinds = [s.kind for s in sections]
    assert kinds.count(CAPTION) == 4 and kinds.count(CREDIT) == 1
    body = [s for s in sections if s.kind == BODY]
    credit = next(s for s in sections if s.kind == CREDIT)
    assert all(s.end <= credit.start for s in body)  # nothing after the credit line is body
    assert kinds[0] == DATELINE
    place = place_dateline(text, sections)
    assert place is not None and place[0] == "KYIV, Ukraine"


def test_extracted_web_text_with_single_newlines() -> None:
    # Text extracted from HTML: a sentence-case headline, then one paragraph per line.
    lead = ("GENEVA -- Negotiators agreed on Tuesday to reopen a border crossing that has been "
            "closed for more than a year, officials said.")
    second = ("The two delegations signed a joint statement and will meet again in June, "
              "according to the mediators.")
    text = "\n".join(["Neighbours agree to reopen border crossing after talks", lead, second])
    assert labelled(text) == [
        (SUBHEAD, "Neighbours agree to reopen border crossing after talks"),
        (DATELINE, "GENEVA --"),
        (BODY, lead.removeprefix("GENEVA -- ")),
        (BODY, second),
    ]


PIECES = ["KYIV, Ukraine -- ", "By JANE DOE", "(AP Photo/A B)", "FILE — ", "Monday, March 3, 2023",
          " date 2023-01-01 ", "Image: X.", "Sources", "contributed to this report.", "MORE NEWS",
          "\n", "\n\n", "\r\n", "\u00a0", " ", ".", "word", "Word", "—", ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30))
def test_sections_are_well_formed_for_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    sections = split_sections(text)
    check_well_formed(text, sections)
    found = place_dateline(text, sections)
    if found is not None:
        assert text[found[1]:found[2]] == found[0]


def test_dateline_region_with_particles() -> None:
    text = "GOMA, Democratic Republic of the Congo (AP) — Rebels seized a town on Monday."
    sections = split_sections(text)
    assert place_dateline(text, sections) == (
        "GOMA, Democratic Republic of the Congo", 0, text.index(" (AP)"))
