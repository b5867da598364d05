"""Choose the place a name means, from the gazetteer and what the article says.

A name has candidates (every gazetteer entry it can mean); :func:`choose` ranks them by

* population (log scale: Paris, France over Paris, Texas unless the article says otherwise),
* whether the name is the entry's own name or only an alternate ("Victoria" the city of that
  name before Hong Kong, which GeoNames also calls Victoria),
* kind (countries first, regions last: "Georgia" the country unless the article is American) and
  capital status,
* the article's context: countries it mentions (as nouns, adjectives or places), US states it
  mentions, and the country of its dateline place.

An explicit qualifier ("Tripoli, Lebanon", "Portland, Maine") restricts the candidates outright.
:func:`geocode` is the entry point for other stages (the event linker resolves event locations
with it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wirecoder.document import Place
from wirecoder.geo.gazetteer import (
    CITY,
    COUNTRY,
    FACILITY,
    REGION,
    Entry,
    Gazetteer,
    Hit,
    default_gazetteer,
)

POPULATION_WEIGHT = 1.5  # per factor of ten
PRIMARY_BONUS = 2.0
CAPITAL_BONUS = 1.0
KIND_BONUS = {COUNTRY: 1.0, FACILITY: 0.5, REGION: -1.0}
# Context outweighs up to ~1.7 orders of magnitude of population (Tripoli, Lebanon over Libya in
# a story about Lebanon) but not a whole country's worth (Moscow, Idaho in a US story).
MENTIONED_COUNTRY_BONUS = 2.5
DATELINE_COUNTRY_BONUS = 1.0
MENTIONED_STATE_BONUS = 2.0
# Below this, a town needs its country named in the article (or a "Town, Country" qualifier).
SMALL_CITY_POPULATION = 100_000
WELL_KNOWN_CITY_POPULATION = 1_000_000

# Words that turn a place into its surrounding division: "Kyiv region", "Borno state".
REGION_WORDS = frozenset({"region", "oblast", "province", "governorate", "state", "prefecture"})
QUALIFIABLE = (CITY, FACILITY)
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


@dataclass(slots=True)
class GeoContext:
    """What an article says about where it is: countries and US states it mentions."""

    countries: Counter[str] = field(default_factory=Counter)
    states: set[str] = field(default_factory=set)
    dateline_country: str | None = None

    def add(self, entry: Entry) -> None:
        if entry.country:
            self.countries[entry.country] += 1
        if entry.kind == REGION and entry.admin1:
            self.states.add(entry.admin1)


def score(hit: Hit, context: GeoContext | None = None, *, state_bonus: bool = True) -> float:
    entry = hit.entry
    value = POPULATION_WEIGHT * math.log10(entry.population + 10)
    value += PRIMARY_BONUS if hit.primary else 0.0
    value += KIND_BONUS.get(entry.kind, 0.0)
    value += CAPITAL_BONUS if entry.capital else 0.0
    if context is not None and entry.country:
        if context.countries.get(entry.country):
            value += MENTIONED_COUNTRY_BONUS
        if entry.country == context.dateline_country:
            value += DATELINE_COUNTRY_BONUS
        if state_bonus and entry.admin1 and entry.kind != REGION \
                and entry.admin1 in context.states:
            value += MENTIONED_STATE_BONUS
    return value


def within(hits: Iterable[Hit], qualifier: Entry) -> list[Hit]:
    """The hits inside ``qualifier``: cities and facilities of a US state; cities, facilities
    and regions of a country."""
    if qualifier.kind == REGION and qualifier.admin1:
        return [h for h in hits if h.entry.kind in QUALIFIABLE
                and h.entry.admin1 == qualifier.admin1]
    kinds = (*QUALIFIABLE, REGION) if qualifier.kind == COUNTRY else QUALIFIABLE
    return [h for h in hits if h.entry.kind in kinds and h.entry.country == qualifier.country
            and h.entry is not qualifier]


def qualifiable(hits: Iterable[Hit]) -> bool:
    """Whether "X, Y" can mean "X in Y": X may be a city or facility, not a country or state
    ("Maine, New York and Texas" is a list)."""
    return any(h.entry.kind in QUALIFIABLE for h in hits)


def nearby(hits: Sequence[Hit], context: GeoContext, qualifier: Entry | None = None) -> list[Hit]:
    """Drop small towns in countries the article does not mention: "Saba" in a story about
    Yemen is the news agency, not Saba, Honduras; "Saint Louis" in a story that names no French
    place is St. Louis, Missouri, not Saint-Louis, Haut-Rhin. A city reached only through an
    alternate name must be very large ("Kiev") or in a mentioned country."""
    if qualifier is not None:
        return list(hits)
    return [h for h in hits if h.entry.kind != CITY
            or context.countries.get(h.entry.country or "")
            or h.entry.population >= (SMALL_CITY_POPULATION if h.primary
                                      else WELL_KNOWN_CITY_POPULATION)]


def choose(hits: Sequence[Hit], context: GeoContext | None = None,
           qualifier: Entry | None = None) -> Entry | None:
    """The best entry for one mention. With a qualifier, only cities and facilities inside it
    count ("Columbia, New Hampshire" is no place of the gazetteer, not Columbia, South
    Carolina); when there is none the comma separates a list ("Singapore, India and
    Australia"), and the name's countries and regions remain."""
    if qualifier is not None:
        hits = within(hits, qualifier) or [h for h in hits if h.entry.kind not in QUALIFIABLE]
    if not hits:
        return None
    # "Delaware" in "Ohio, Delaware and Texas" is the state, not Delaware, Ohio.
    state_bonus = not any(h.entry.kind == REGION and h.entry.admin1 for h in hits)
    return max(hits, key=lambda h: score(h, context, state_bonus=state_bonus)).entry


def qualifier_entry(name: str, gazetteer: Gazetteer | None = None) -> Entry | None:
    """The country or region a qualifier names ("Ukraine", "Texas", "Calif.")."""
    gazetteer = gazetteer or default_gazetteer()
    hits = [h for h in gazetteer.lookup(_LEADING_THE.sub("", name.strip()))
            if h.entry.kind in (COUNTRY, REGION) and h.entry.country]
    return max(hits, key=lambda h: score(h)).entry if hits else None


def lookup_with_region_word(name: str, gazetteer: Gazetteer) -> tuple[list[Hit], str | None]:
    """Hits for ``name``; for "X region" with no entry of its own, the hits of X and the region
    word (the caller turns the chosen place into its region)."""
    hits = gazetteer.lookup(name)
    if hits:
        return hits, None
    head, _, word = name.rpartition(" ")
    if head and word.lower() in REGION_WORDS:
        base = gazetteer.lookup(head)
        regions = [h for h in base if h.entry.kind == REGION]
        if regions:
            return regions, None
        return [h for h in base if h.entry.kind != COUNTRY], word
    return [], None


def to_place(entry: Entry, text: str, start: int, end: int,
             region_word: str | None = None) -> Place:
    """A Place for a chosen entry; with ``region_word`` the division around the entry ("Kyiv
    region": the city's coordinates, kind region, no geonameid of its own)."""
    if region_word:
        return Place(text=text, name=f"{entry.name} {region_word}", start=start, end=end,
                     country=entry.country, lat=entry.lat, lon=entry.lon, geonameid=None,
                     kind=REGION)
    return Place(text=text, name=entry.name, start=start, end=end, country=entry.country,
                 lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid, kind=entry.kind)


def geocode(name: str, *, countries: Sequence[str] = (), dateline_country: str | None = None,
            gazetteer: Gazetteer | None = None) -> Place | None:
    """Geocode a place name outside any article span ("Kyiv", "Paris, Texas", "Donetsk region").

    ``countries`` are alpha-3 codes the context mentions; ``dateline_country`` the country of
    the article's dateline. The Place's ``text`` is ``name`` and its offsets are 0: callers that
    know where the name occurs set them.
    """
    gazetteer = gazetteer or default_gazetteer()
    text = _LEADING_THE.sub("", " ".join(name.split()))
    if not text:
        return None
    hits, region_word = lookup_with_region_word(text, gazetteer)
    qualifier = None
    if not hits and "," in text:
        head, tail = (part.strip() for part in text.split(",", 1))
        hits, region_word = lookup_with_region_word(head, gazetteer)
        qualifier = qualifier_entry(tail, gazetteer)
    context = GeoContext(Counter(countries), set(), dateline_country)
    if dateline_country:
        context.countries[dateline_country] += 1
    entry = choose(hits, context, qualifier)
    if entry is None:
        return None
    return to_place(entry, name, 0, 0, region_word)
