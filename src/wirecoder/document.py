"""Typed records that flow through the pipeline.

Every extracted field keeps ``start``/``end`` character offsets into ``Article.text`` exactly as
read, so ``text[start:end]`` is always the evidence. ``Document.to_contract()`` produces the
document object of ``docs/CONTRACT.md`` (shared/docs/CONTRACT.md); ``Document.from_contract()``
reads one back (the store and the tests rely on the round trip).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

# Section kinds. Body and subheads carry the story; captions may be coded (marked as caption
# events); credits, bylines and datelines never produce events.
BODY = "body"
CAPTION = "caption"
CREDIT = "credit"
SUBHEAD = "subhead"
BYLINE = "byline"
DATELINE = "dateline"
SECTION_KINDS = (BODY, CAPTION, CREDIT, SUBHEAD, BYLINE, DATELINE)
# The contract's "sections" object uses plural keys.
CONTRACT_SECTION_KEYS = {
    BODY: "body", CAPTION: "captions", CREDIT: "credits", SUBHEAD: "subheads",
    BYLINE: "bylines", DATELINE: "datelines",
}
CODABLE_SECTIONS = (BODY, CAPTION)

STATUSES = (
    "asserted", "pledged", "future", "historical", "hypothetical", "conditional",
    "negated", "habitual", "accidental", "denied", "claimed",
)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class Article:
    """One input article as read, before any coding."""

    text: str
    doc_id: str = ""
    dateline: str | None = None  # publication date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None  # as declared by the input, or detected
    origin: str | None = None  # where it was read from: "path" or "path:line"
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = content_hash(self.text)[:16]

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(slots=True)
class Section:
    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    section: str = BODY


@dataclass(slots=True)
class Actor:
    text: str
    start: int
    end: int
    code: str | None = None
    org: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            text=data.get("text") or "", start=data.get("start") or 0, end=data.get("end") or 0,
            code=data.get("code"), org=data.get("org"), sector=data.get("sector"),
            name=data.get("name"), role=data.get("role"),
        )


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    trigger_start: int
    trigger_end: int


@dataclass(slots=True)
class EventLocation:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    event_id: str
    event: str
    evidence: list[Evidence]
    status: str = "asserted"
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: EventLocation | None = None
    amounts: list[int] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size: int | None = None
    quad: int | None = None
    plover_score: float | None = None
    cameo_root: str | None = None
    confidence: float = 0.5
    section: str = BODY  # extension: "caption" marks events coded from a photo caption

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["actor"] = [a.to_dict() for a in self.actor]
        data["recipient"] = [a.to_dict() for a in self.recipient]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        values = dict(data)
        values["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        values["actor"] = [Actor.from_dict(a) for a in data.get("actor", [])]
        values["recipient"] = [Actor.from_dict(a) for a in data.get("recipient", [])]
        loc = data.get("location")
        values["location"] = EventLocation(**loc) if loc else None
        return cls(**values)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None
    # Extension: "direct" (quoted statement), "partial" (a quoted fragment inside reported
    # speech), "reported" (indirect speech: "X said that ..."), "term" (scare quotes, names).
    kind: str = "direct"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["speaker"] = self.speaker.to_dict() if self.speaker else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        values = dict(data)
        values["speaker"] = Actor.from_dict(data["speaker"]) if data.get("speaker") else None
        return cls(**values)


@dataclass(slots=True)
class Amount:
    value: float | int
    start: int
    end: int
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    object: str | None = None
    # Extensions: the upper bound of a range ("between 36 and 40"), and the value in SI units
    # for measures ("65 feet" -> 19.812 m).
    value_high: float | int | None = None
    si_value: float | None = None
    si_unit: str | None = None


@dataclass(slots=True)
class DateExpr:
    text: str
    value: str
    precision: str  # day | month | year
    start: int
    end: int
    value_end: str | None = None  # extension: the last day/month/year of a range


@dataclass(slots=True)
class Place:
    text: str
    name: str
    start: int
    end: int
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    # Extensions: what kind of place (country, region, city, facility) and a relative location
    # kept as text ("about 15 miles from the Ukrainian border").
    kind: str | None = None
    relative: str | None = None


@dataclass(slots=True)
class Segment:
    """A parsed stretch of the article (one paragraph): offset into the text and the spaCy Doc."""

    start: int
    section: str
    doc: Any  # spacy.tokens.Doc; kept untyped so importing this module does not import spaCy


@dataclass(slots=True)
class Document:
    """An article and everything coded from it."""

    article: Article
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    # Extension: every resolved actor mention in the article (speakers, event participants).
    actors: list[Actor] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: str | None = None  # reason code when the article was read but not coded
    coder_version: str | None = None

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    @property
    def text(self) -> str:
        return self.article.text

    def section_at(self, offset: int) -> str | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.kind
        return None

    def to_contract(self) -> dict[str, Any]:
        sections: dict[str, list[list[int]]] = {}
        for kind in SECTION_KINDS:
            spans = [[s.start, s.end] for s in self.sections if s.kind == kind]
            if spans or kind in (BODY, CAPTION, CREDIT, SUBHEAD):
                sections[CONTRACT_SECTION_KEYS[kind]] = spans
        art = self.article
        return {
            "doc_id": art.doc_id,
            "dateline": art.dateline,
            "title": art.title,
            "url": art.url,
            "source": art.source,
            "language": art.language,
            "skipped": self.skipped,
            "coder_version": self.coder_version,
            "sections": sections,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [asdict(a) for a in self.amounts],
            "dates": [asdict(d) for d in self.dates],
            "places": [asdict(p) for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
            "warnings": list(art.warnings) + list(self.warnings),
        }

    @classmethod
    def from_contract(cls, data: dict[str, Any], text: str) -> Document:
        article = Article(
            text=text, doc_id=data["doc_id"], dateline=data.get("dateline"),
            title=data.get("title"), url=data.get("url"), source=data.get("source"),
            language=data.get("language"),
        )
        keys = {v: k for k, v in CONTRACT_SECTION_KEYS.items()}
        sections = [
            Section(keys[key], start, end)
            for key, spans in data.get("sections", {}).items()
            for start, end in spans
        ]
        sections.sort(key=lambda s: s.start)
        return cls(
            article=article,
            sections=sections,
            events=[Event.from_dict(e) for e in data.get("events", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            amounts=[Amount(**a) for a in data.get("amounts", [])],
            dates=[DateExpr(**d) for d in data.get("dates", [])],
            places=[Place(**p) for p in data.get("places", [])],
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            warnings=list(data.get("warnings", [])),
            skipped=data.get("skipped"),
            coder_version=data.get("coder_version"),
        )
