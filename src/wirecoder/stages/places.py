"""The places stage: every place mention in the story, geocoded from the offline gazetteer.

``doc.places`` gets one :class:`~wirecoder.document.Place` per mention, in text order, with
offsets into the article (``text[start:end] == place.text``), the gazetteer's name, kind
(country, region, city, facility), ISO alpha-3 country and coordinates. The dateline place
("KYIV, Ukraine --") comes first even though the dateline is not parsed. Mentions are found by
:mod:`wirecoder.geo.mentions` and disambiguated by :mod:`wirecoder.geo.geocoder` with what the
article says: countries named as nouns or adjectives, US states, explicit "City, Country"
qualifiers, the dateline's country, and places already resolved without doubt. Relative
locations ("about 15 miles from the Ukrainian border") are kept as text on the place they
belong to (:mod:`wirecoder.geo.relative`).

Other stages use :func:`geocode` (a name -> Place) and :func:`place_of_article` (the dateline
place).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from wirecoder.document import Document, Place, Segment
from wirecoder.geo.gazetteer import COUNTRY, REGION, Entry, Gazetteer, default_gazetteer
from wirecoder.geo.geocoder import GeoContext, choose, geocode, nearby, to_place
from wirecoder.geo.mentions import Mention, MentionFinder, OtherNames
from wirecoder.geo.relative import RelativeLocation, attach, find_relative_locations
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage
from wirecoder.stages.sections import place_dateline

if TYPE_CHECKING:
    from wirecoder.config import Options
    from wirecoder.resources import Resources

__all__ = ["PlaceStage", "find_places", "geocode", "place_of_article"]

# spaCy labels whose text may name a nationality that tells which country a story is about.
_CONTEXT_LABELS = frozenset({"NORP", "GPE"})
# A city this large (or a capital, or a country) named like an organisation's first word is
# still the place ("Ukraine" of "Ukraine Defense Contact Group").
PROMINENT_POPULATION = 1_000_000


@register_stage("places")
class PlaceStage(Stage):
    """Sets ``doc.places``."""

    requires = ("segments", "sentences", "sections")
    assigns = ("places",)

    def __init__(self, options: Options, resources: Resources) -> None:
        super().__init__(options, resources)
        # Loaded (and validated) when the pipeline is built, not on the first article.
        self.finder = MentionFinder(default_gazetteer(), resources.actors)

    def process(self, doc: Document) -> None:
        doc.places = find_places(doc, self.finder)


def place_of_article(doc: Document, gazetteer: Gazetteer | None = None) -> Place | None:
    """The place of the article's dateline ("KYIV, Ukraine"), geocoded, or None."""
    found = place_dateline(doc.text, doc.sections)
    if found is None:
        return None
    text, start, end = found
    for place in doc.places:
        if place.start == start and place.end == end:
            return place
    place = geocode(text, gazetteer=gazetteer)
    if place is None:
        return None
    place.start, place.end = start, end
    return place


HOME_SHARE = 0.6  # of its geocoded towns, regions and facilities, for a country to be its setting
HOME_MIN_MENTIONS = 2


def home_country(doc: Document) -> str | None:
    """The country the article is set in: its dateline's, else the country of at least 60% of
    its geocoded towns, regions and facilities (two at least); None for articles spread over
    countries. Country names do not count: "the United States" in a story on Iraq's
    parliament is a party to it, not its setting."""
    places = [p for p in doc.places if p.country]
    if not places:
        return None
    dateline = place_dateline(doc.text, doc.sections)
    if dateline is not None:
        first = next((p for p in places if (p.start, p.end) == dateline[1:]), None)
        if first is not None:
            return first.country
    places = [p for p in places if p.kind != COUNTRY]
    if not places:
        return None
    counts: dict[str, int] = {}
    for place in places:
        counts[place.country] = counts.get(place.country, 0) + 1  # type: ignore[index]
    country, count = max(counts.items(), key=lambda kv: kv[1])
    if count >= HOME_MIN_MENTIONS and count >= HOME_SHARE * len(places):
        return country
    return None


def find_places(doc: Document, finder: MentionFinder) -> list[Place]:
    """Geocoded place mentions of a parsed document, in text order."""
    context = GeoContext()
    places: list[Place] = []
    dateline = place_of_article(doc, finder.gazetteer)
    if dateline is not None:
        places.append(dateline)
        context.dateline_country = dateline.country
        if dateline.country:
            context.countries[dateline.country] += 1
    mentions: list[Mention] = []
    relatives: list[RelativeLocation] = []
    names = OtherNames()
    for segment in doc.segments:
        paragraph, sentences = _paragraph(doc, segment)
        mentions.extend(finder.find(segment.doc, segment.start, doc.text, sentences, names))
        relatives.extend(find_relative_locations(segment.doc, segment.start, paragraph,
                                                 sentences))
        _add_nationalities(segment.doc, finder, context)
    mentions = _credible(mentions, names)
    for mention in mentions:
        if mention.qualifier is not None:
            context.add(mention.qualifier)
        elif country := _named_country(mention):
            context.add(country)
    chosen: dict[int, Place] = {}
    # First the mentions whose country is certain, so they inform the others.
    for certain in (True, False):
        for i, mention in enumerate(mentions):
            if i in chosen or _certain(mention) != certain:
                continue
            hits = nearby(mention.hits, context, mention.qualifier)
            entry = choose(hits, context, mention.qualifier)
            if entry is None:
                continue
            if certain:
                context.add(entry)
            chosen[i] = to_place(entry, mention.text, mention.start, mention.end,
                                 mention.region_word)
    places.extend(chosen[i] for i in sorted(chosen))
    places.sort(key=lambda p: p.start)
    attach(relatives, places, doc.text)
    return places


def _paragraph(doc: Document, segment: Segment) -> tuple[str, list[tuple[int, int]]]:
    """A segment's text and its sentences (segment offsets) from ``doc.sentences``."""
    sdoc = segment.doc
    end = segment.start + (sdoc[-1].idx + len(sdoc[-1].text_with_ws) if len(sdoc) else 0)
    starts = [s.start for s in doc.sentences]
    first = bisect_left(starts, segment.start)
    last = bisect_left(starts, end)
    sentences = [(s.start - segment.start, s.end - segment.start)
                 for s in doc.sentences[first:last]]
    return doc.text[segment.start:end], sentences


def _credible(mentions: list[Mention], names: OtherNames) -> list[Mention]:
    """Drop mentions that are another name's words, unless a locative cue says otherwise
    ("Mendez" after "Tony Mendez"; a one-word PERSON guess of spaCy's only when the name is
    nowhere a place). Keep strong ones and weak ones with evidence, and a weak one without
    evidence when the same name is a place elsewhere in the article ("Belgorod" in "Belgorod
    officials said" after "the city of Belgorod")."""
    places = {m.key for m in mentions if m.evidence}
    persons = names.person_words | (names.person_singles - places)
    kept = []
    for m in mentions:
        if not m.locative and m.key in persons and not _has_country(m):
            continue
        if not m.locative and m.key in names.org_prefixes and not _prominent(m):
            continue
        kept.append(m)
    known = {m.key for m in kept if m.evidence}
    return [m for m in kept if m.evidence or m.key in known]


def _has_country(mention: Mention) -> bool:
    return any(h.entry.kind == COUNTRY for h in mention.hits)


def _prominent(mention: Mention) -> bool:
    return any(h.entry.kind == COUNTRY or h.entry.capital
               or h.entry.population >= PROMINENT_POPULATION for h in mention.hits)


def _named_country(mention: Mention) -> Entry | None:
    """The country or region a mention names without doubt ("Cuba", "Texas"; not "Georgia"),
    to be known as context before any town is resolved."""
    areas = [h for h in mention.hits if h.primary and h.entry.kind in (COUNTRY, REGION)]
    if not areas or len({h.entry.country for h in areas}) != 1:
        return None
    best = choose(mention.hits)
    return best if best is not None and best.kind in (COUNTRY, REGION) else None


def _certain(mention: Mention) -> bool:
    countries = {h.entry.country for h in mention.hits}
    return len(countries) == 1 or mention.qualifier is not None


def _add_nationalities(sdoc: Any, finder: MentionFinder, context: GeoContext) -> None:
    """"the Russian city of Belgorod": adjectives name the countries a story is about."""
    for ent in sdoc.ents:
        if ent.label_ not in _CONTEXT_LABELS:
            continue
        for sense in finder.actors.senses(ent.text):
            if sense.kind == "adjective" and sense.code:
                context.countries[sense.code] += 1
                break
