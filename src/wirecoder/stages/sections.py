"""Split an article into paragraphs and say what each one is: body, caption, credit, subhead,
byline or dateline.

Wire copy as scraped mixes the story with photo captions, contributor lines, bylines and
headings; only body (and, optionally, caption) text should produce events. The decision is made
per paragraph from surface cues. The cues themselves (agency names, credit and caption
patterns) live in the versioned data file ``wirecoder/data/section_cues.json``; the logic that
weighs position and context (a heading counts as a subhead only between paragraphs of story text,
a place dateline only opens the first body paragraph) lives here.

Offsets are into the article text exactly as read, so ``text[s.start:s.end]`` is the paragraph.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from wirecoder.document import BODY, BYLINE, CAPTION, CREDIT, DATELINE, SUBHEAD, Document, Section
from wirecoder.errors import ConfigError
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage

CUES_VERSION = 1
_LIST_KEYS = ("agencies", "not_places", "caption_openers", "photo_credits", "credits",
              "byline_connectors", "affiliations", "trailer_headings")
_PATTERN_KEYS = ("caption_openers", "photo_credits", "credits", "affiliations")

# Headings, bylines and credit lines are short; longer paragraphs are story text whatever
# their first words look like.
MAX_HEADING_WORDS = 8
MAX_HEADLINE_WORDS = 20
MAX_BYLINE_WORDS = 14
MAX_CREDIT_WORDS = 80
MAX_CAPTION_WORDS = 120
# Lines of hard-wrapped text are at most this long; a block with a longer line is unwrapped.
HARD_WRAP_WIDTH = 100
# A paragraph that follows a heading must read like story text for the heading to be a subhead.
MIN_BODY_WORDS_AFTER_SUBHEAD = 10

# The .txt input convention: an optional first line " date 2023-04-21 " (CONTRACT.md §1).
_HEADER_RE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|$)")

# English calendar words, for date lines above the story and AP's caption date style.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_MONTH_RE = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|"
             r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
             r"Dec(?:ember|\.)?)")
_WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# AP captions name the day as ", Thursday, April 20, 2023." right after the place; body text
# says "on Thursday" and rarely gives the year. A comma before the date keeps "on ..." out.
_CAPTION_DATE_RE = re.compile(
    rf",\s+{_WEEKDAY_RE},\s+{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\.(?=\s|$)")
# Tokens a stand-alone publication date line may consist of ("Friday, January 4, 2019",
# "Updated 10:42 AM EDT, April 20, 2023", "4 January 2019", "2019-01-04").
_DATE_TOKEN_RE = re.compile(
    rf"^(?:{_WEEKDAY_RE}|{_MONTH_RE}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{1,2}[:.]\d{2}|[ap]\.?m\.?|AM|PM|[A-Z]{2,4}T|UTC|GMT|at|on|Published|Updated|Posted|"
    r"Last|last|updated|First|published|ago|hours?|minutes?|days?|[|:\-–—])$")
_DATE_ANCHOR_RE = re.compile(rf"{_WEEKDAY_RE}|{_MONTH_RE}|\d{{4}}-\d{{2}}-\d{{2}}|\bago\b")

# A place dateline: ALL-CAPS city, optional region ("Ukraine", "Calif."), optional Reuters-style
# date, optional agency in parentheses, then a dash or colon. Title-case cities ("Kyiv (AFP) -")
# count only with an agency; checked in _match_place_dateline.
_WORD = r"[^\W\d_][\w'’.\-]*"
_PLACE_DATELINE_RE = re.compile(
    rf"(?P<city>{_WORD}(?:[ ]{_WORD}){{0,3}})"
    rf"(?:,[ ]+(?!{_MONTH_RE}\b)(?P<region>{_WORD}(?:[ ]{_WORD}){{0,4}}))?"
    rf"(?:,[ ]+{_MONTH_RE}[ ]+\d{{1,2}})?"
    r"(?:[ ]*\((?P<agency>[^()\n]{1,30})\))?"
    r"(?P<sep>[ ]*(?:--|—|–|_)|[ ]+-|:)"
    r"(?=\s|$)"
)
_PLACE_PARTICLES = frozenset(("of", "the", "and", "de", "del", "du", "la", "el", "al"))
_TERMINAL = ".!?;:,"
_SENTENCE_END = ".!?:;\"”’)]"
_SMALL_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from",
    "as", "vs", "vs.", "per", "into", "over", "after",
))
_PARA_BREAK_RE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")


@dataclass(frozen=True, slots=True)
class SectionCues:
    """Validated, compiled cues from ``section_cues.json``."""

    version: int
    agencies: frozenset[str]
    not_places: frozenset[str]
    caption_openers: tuple[re.Pattern[str], ...]
    photo_credits: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]
    byline_connectors: frozenset[str]
    affiliations: tuple[re.Pattern[str], ...]
    trailer_headings: frozenset[str]  # casefolded


def _validate_cues(data: Any, where: str) -> SectionCues:
    def fail(why: str) -> ConfigError:
        return ConfigError(f"section cue file {where} is invalid: {why}")

    if not isinstance(data, dict):
        raise fail("the top level must be a JSON object")
    if data.get("version") != CUES_VERSION:
        raise fail(f"version {data.get('version')!r} is not the supported {CUES_VERSION}")
    unknown = set(data) - set(_LIST_KEYS) - {"version", "about", "why"}
    if unknown:
        raise fail(f"unknown key(s) {', '.join(sorted(unknown))}")
    why = data.get("why", {})
    if not isinstance(why, dict) or not set(why) <= set(_LIST_KEYS):
        raise fail("'why' may only explain the cue lists")
    for key in _LIST_KEYS:
        values = data.get(key)
        if not isinstance(values, list) or not values:
            raise fail(f"{key!r} must be a non-empty list")
        if not all(isinstance(v, str) and v for v in values):
            raise fail(f"{key!r} must hold non-empty strings only")
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key in _PATTERN_KEYS:
        try:
            compiled[key] = tuple(re.compile(p) for p in data[key])
        except re.error as exc:
            raise fail(f"bad pattern in {key!r}: {exc.pattern!r}: {exc}") from exc
    return SectionCues(
        version=data["version"],
        agencies=frozenset(data["agencies"]),
        not_places=frozenset(data["not_places"]),
        byline_connectors=frozenset(data["byline_connectors"]),
        trailer_headings=frozenset(h.casefold() for h in data["trailer_headings"]),
        **compiled,
    )


def load_section_cues(path: str | Path | None = None) -> SectionCues:
    """Load and validate a cue file; the bundled one (cached) when ``path`` is None."""
    if path is None:
        return _bundled_cues()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read section cue file {path}: {exc}") from exc
    return _validate_cues(data, str(path))


@lru_cache(maxsize=1)
def _bundled_cues() -> SectionCues:
    text = resources.files("wirecoder.data").joinpath("section_cues.json").read_text("utf-8")
    return _validate_cues(json.loads(text), "wirecoder/data/section_cues.json")


# --- paragraphs -------------------------------------------------------------------------------

def _header_end(text: str) -> int:
    """Offset just past the ` date YYYY-MM-DD ` header line, or 0 when there is none."""
    lead = len(text) - len(text.lstrip("\ufeff\r\n"))
    match = _HEADER_RE.match(text, lead)
    return match.end() if match else 0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _breaks_between(prev: str, nxt: str, wrapped: bool) -> bool:
    """Whether a single newline between two lines separates paragraphs.

    Extracted web text (Wikinews, HTML) often puts one newline between paragraphs, while
    hard-wrapped text puts one inside sentences. A line that continues in lower case never
    starts a paragraph. In a block with long lines (not hard-wrapped) any other newline is a
    paragraph break; in hard-wrapped text only one after a finished sentence or after a short
    header-like line (heading, byline, date, dateline) is.
    """
    prev, nxt = prev.strip(), nxt.strip()
    if not prev or not nxt or nxt[0].islower():
        return False
    if not wrapped or prev[-1] in _SENTENCE_END or prev[-1] in "-–—":
        return True
    return len(prev.split()) <= MAX_HEADING_WORDS and _title_like(prev.split())


def _title_like(words: list[str]) -> bool:
    """Every word but small function words starts with a capital, a digit or a symbol."""
    content = words[:1] + [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    return all(not w.lstrip("'‘\"“(")[:1].islower() for w in content)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed (start, end) spans of the paragraphs of ``text``, after any date header line."""
    spans: list[tuple[int, int]] = []
    pos = _header_end(text)
    blocks = [*_PARA_BREAK_RE.finditer(text, pos), None]
    for match in blocks:
        end = match.start() if match else len(text)
        spans.extend(_split_block(text, pos, end))
        if match:
            pos = match.end()
    return [s for s in spans if any(ch.isalnum() for ch in text[s[0]:s[1]])]


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if text[pos:stop].strip():
            lines.append((pos, stop))
        pos = stop + 1
    if not lines:
        return
    wrapped = max(b - a for a, b in lines) <= HARD_WRAP_WIDTH
    piece_start = lines[0][0]
    for prev, nxt in pairwise(lines):
        if _breaks_between(text[prev[0]:prev[1]], text[nxt[0]:nxt[1]], wrapped):
            yield _trim(text, piece_start, prev[1])
            piece_start = nxt[0]
    yield _trim(text, piece_start, end)


# --- what a paragraph is ----------------------------------------------------------------------

_HEADING = "heading"  # provisional kind: a subhead if story text follows, else body


def is_date_line(paragraph: str) -> bool:
    """A stand-alone publication date ("Friday, January 4, 2019", "Updated 10:42 GMT ...")."""
    if len(paragraph) > 80 or "\n" in paragraph or not _DATE_ANCHOR_RE.search(paragraph):
        return False
    tokens = re.findall(r"[^\s,]+", paragraph)
    return all(_DATE_TOKEN_RE.match(t) for t in tokens)


def is_byline(paragraph: str, cues: SectionCues) -> bool:
    """"By JANE DOE", "By Jane Doe, Associated Press", "By Jane Doe and John Roe"."""
    words = paragraph.split()
    if len(words) < 2 or len(words) > MAX_BYLINE_WORDS or words[0] not in ("By", "BY"):
        return False
    first = words[1].strip(",.")
    # "By Tuesday, the army ..." opens a sentence, not a byline.
    if first in WEEKDAYS or first in MONTHS or not first[:1].isupper():
        return False
    for word in words[1:]:
        core = word.strip(",.;()")
        if core and core not in cues.byline_connectors and not core[0].isupper():
            return False
    return True


def is_credit(paragraph: str, cues: SectionCues) -> bool:
    return (len(paragraph.split()) <= MAX_CREDIT_WORDS
            and any(p.search(paragraph) for p in cues.credits))


def is_caption(paragraph: str, cues: SectionCues) -> bool:
    words = len(paragraph.split())
    if words > MAX_CAPTION_WORDS:
        return False
    if any(p.match(paragraph) for p in cues.caption_openers):
        return True
    if any(p.search(paragraph) for p in cues.photo_credits):
        return True
    return words <= 60 and _CAPTION_DATE_RE.search(paragraph) is not None


def is_heading(paragraph: str) -> bool:
    """A short ALL-CAPS or Title Case line without closing punctuation ("MORE BATTLE TANKS")."""
    words = paragraph.split()
    if "\n" in paragraph or not 1 <= len(words) <= MAX_HEADING_WORDS:
        return False
    if paragraph[-1] in _TERMINAL or not (paragraph[0].isalnum() or paragraph[0] in "'‘\"“"):
        return False
    letters = [c for c in paragraph if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    content = [w.lstrip("'‘\"“(") for w in words[:1] + [w for w in words[1:]
                                                       if w.lower() not in _SMALL_WORDS]]
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _is_headline(paragraph: str) -> bool:
    """Above the story, a one-line sentence-case title without closing punctuation."""
    words = len(paragraph.split())
    return ("\n" not in paragraph and 1 <= words <= MAX_HEADLINE_WORDS
            and paragraph[-1] not in _TERMINAL + _SENTENCE_END and paragraph[0].isupper())


def _match_place_dateline(paragraph: str, cues: SectionCues) -> re.Match[str] | None:
    match = _PLACE_DATELINE_RE.match(paragraph)
    if match is None:
        return None
    city, agency = match["city"], match["agency"]
    if city in cues.not_places or sum(c.isalpha() for c in city) < 2:
        return None
    region = (match["region"] or "").split()
    # "Democratic Republic of Congo" is a region; "Ukraine officials said" is not.
    if any(not w[0].isupper() and w not in _PLACE_PARTICLES for w in region):
        return None
    known_agency = agency is not None and agency.strip() in cues.agencies
    # Title-case "Kyiv (AFP) -" is a dateline; "Officials said - ..." is not.
    if not city.isupper() and not known_agency:
        return None
    return match


class _Reader:
    """Classifies paragraphs in reading order; remembers where the story starts and ends."""

    def __init__(self, text: str, cues: SectionCues) -> None:
        self.text = text
        self.cues = cues
        self.body_started = False
        self.trailer = False  # after a "Sources" / "Related news" heading
        self.last_kind: str | None = None
        self.seen_date = False

    def read(self, start: int, end: int) -> list[Section]:
        paragraph = self.text[start:end]
        if not self.body_started and not self.trailer:
            opening = self._opening(paragraph, start, end)
            if opening:
                self.body_started = True
                self.last_kind = BODY
                return opening
        kind = self._kind(paragraph)
        if kind == BODY:
            self.body_started = True
        self.last_kind = kind
        return [Section(kind, start, end)]

    def _kind(self, paragraph: str) -> str:
        cues = self.cues
        if self.trailer:
            return CAPTION if is_caption(paragraph, cues) else CREDIT
        if self.body_started and paragraph.rstrip(":").casefold() in cues.trailer_headings:
            self.trailer = True
            return CREDIT
        # The publication date line heads the story; a review banner may come before it.
        if not self.seen_date and is_date_line(paragraph):
            self.seen_date = True
            return DATELINE
        if is_byline(paragraph, cues) or (
                self.last_kind == BYLINE and any(p.match(paragraph) for p in cues.affiliations)):
            return BYLINE
        if is_credit(paragraph, cues):
            return CREDIT
        if is_caption(paragraph, cues):
            return CAPTION
        if is_heading(paragraph) or (not self.body_started and _is_headline(paragraph)):
            return _HEADING
        return BODY

    def _opening(self, paragraph: str, start: int, end: int) -> list[Section] | None:
        """A place dateline opening the first story paragraph: DATELINE + BODY sections."""
        if is_byline(paragraph, self.cues) or is_caption(paragraph, self.cues):
            return None
        match = _match_place_dateline(paragraph, self.cues)
        if match is None:
            return None
        sections = [Section(DATELINE, start, start + match.end("sep"))]
        body_start, body_end = _trim(self.text, start + match.end("sep"), end)
        if body_start < body_end:
            sections.append(Section(BODY, body_start, body_end))
        return sections


def _resolve_headings(text: str, sections: list[Section]) -> None:
    """A heading above the story (a headline) is a subhead; within the story, a heading is a
    subhead when story text follows it and it does not end a run of short title-like lines (a
    photo gallery's labels). Anything else is left as body."""
    seen_body = False
    after_heading = False
    for i, section in enumerate(sections):
        is_candidate = section.kind == _HEADING
        if is_candidate:
            nxt = sections[i + 1] if i + 1 < len(sections) else None
            follows = nxt is not None and nxt.kind == BODY and _reads_as_story(
                text[nxt.start:nxt.end])
            mid_story = follows and not after_heading
            section.kind = SUBHEAD if (not seen_body or mid_story) else BODY
        seen_body = seen_body or section.kind == BODY
        after_heading = is_candidate


def _reads_as_story(paragraph: str) -> bool:
    return (len(paragraph.split()) >= MIN_BODY_WORDS_AFTER_SUBHEAD
            or paragraph.rstrip("\"”’')")[-1:] in ".!?")


def split_sections(text: str, cues: SectionCues | None = None) -> list[Section]:
    """Sections of ``text``, one per paragraph (a dateline paragraph gives two), in order.

    The ` date YYYY-MM-DD ` header line of .txt inputs and separator lines ("___") belong to
    no section.
    """
    reader = _Reader(text, cues or _bundled_cues())
    sections: list[Section] = []
    for start, end in paragraph_spans(text):
        sections.extend(reader.read(start, end))
    _resolve_headings(text, sections)
    return sections


def place_dateline(text: str, sections: list[Section],
                   cues: SectionCues | None = None) -> tuple[str, int, int] | None:
    """The place named by the article's dateline ("KYIV, Ukraine") and its offsets, if any."""
    cues = cues or _bundled_cues()
    for section in sections:
        if section.kind != DATELINE:
            continue
        match = _match_place_dateline(text[section.start:section.end], cues)
        if match is not None:
            end = match.end("region") if match["region"] else match.end("city")
            start = section.start + match.start("city")
            return text[start:section.start + end], start, section.start + end
    return None


@register_stage("sections")
class SectionStage(Stage):
    """Sets ``doc.sections``: which paragraphs are story text, captions, credits and so on."""

    requires = ("text",)
    assigns = ("sections",)

    def process(self, doc: Document) -> None:
        doc.sections = split_sections(doc.text)
