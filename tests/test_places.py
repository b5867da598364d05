"""Tests for the places stage: which mentions are places, how they are geocoded, offsets,
the dateline place and relative locations. Every sentence here is invented for these tests."""

from __future__ import annotations

import math

import pytest

import wirecoder.stages.places  # noqa: F401  (registers the stage)
from wirecoder.config import Options
from wirecoder.document import Article, Document, Place
from wirecoder.errors import ConfigError
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources
from wirecoder.stages.places import PlaceStage, place_of_article

OPTIONS = Options(stages=("sections", "nlp", "places"), detect_language=False)


@pytest.fixture(scope="module")
def resources() -> Resources:
    res = Resources(OPTIONS)
    res.nlp  # noqa: B018  (load the model once for the module)
    return res


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline="2024-03-05"))
    assert doc.skipped is None, doc.warnings
    for place in doc.places:
        assert text[place.start:place.end] == place.text, place
    assert [p.start for p in doc.places] == sorted(p.start for p in doc.places)
    return doc


def places(pipeline: Pipeline, text: str) -> dict[str, Place]:
    """Places by their text (the first mention of each)."""
    found: dict[str, Place] = {}
    for place in code(pipeline, text).places:
        found.setdefault(place.text, place)
    return found


def near(place: Place, lat: float, lon: float, km: float = 25) -> bool:
    assert place.lat is not None and place.lon is not None
    rad = math.radians
    a = (math.sin(rad(lat - place.lat) / 2) ** 2 + math.cos(rad(place.lat)) * math.cos(rad(lat))
         * math.sin(rad(lon - place.lon) / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(a)) <= km


# -- the stage ---------------------------------------------------------------------------------

def test_stage_declaration() -> None:
    assert PlaceStage.name == "places"
    assert PlaceStage.requires == ("segments", "sentences", "sections")
    assert PlaceStage.assigns == ("places",)


def test_stage_needs_the_parse(resources: Resources) -> None:
    with pytest.raises(ConfigError, match="E107"):
        Pipeline.from_options(Options(stages=("sections", "places"), detect_language=False),
                              resources)


def test_no_places(pipeline: Pipeline) -> None:
    assert code(pipeline, "The committee met on Tuesday and adjourned early.").places == []


# -- disambiguation ----------------------------------------------------------------------------

def test_paris_france_and_paris_texas(pipeline: Pipeline) -> None:
    france = places(pipeline, "The summit in Paris drew leaders from across Europe on Tuesday.")
    assert france["Paris"].country == "FRA" and near(france["Paris"], 48.86, 2.35)
    assert france["Europe"].kind == "region"
    texas = places(pipeline, "A tornado struck Paris, Texas, on Sunday, tearing roofs off "
                             "dozens of homes.")
    assert texas["Paris"].country == "USA" and near(texas["Paris"], 33.66, -95.56)
    assert texas["Paris"].kind == "city"
    assert (texas["Texas"].kind, texas["Texas"].country) == ("region", "USA")


def test_tripoli_by_article_context(pipeline: Pipeline) -> None:
    lebanon = places(pipeline, "Lebanese troops deployed in Tripoli on Monday after clashes "
                               "near the port, and officials in Beirut called for calm.")
    assert lebanon["Tripoli"].country == "LBN" and near(lebanon["Tripoli"], 34.43, 35.84)
    libya = places(pipeline, "Forces loyal to the government in Tripoli repelled an attack "
                             "on the capital, Libyan officials said.")
    assert libya["Tripoli"].country == "LBY" and near(libya["Tripoli"], 32.89, 13.19)


def test_georgia_the_state_or_the_country(pipeline: Pipeline) -> None:
    state = places(pipeline, "Voters in Georgia and Arizona went to the polls as the U.S. "
                             "Senate race tightened.")
    assert (state["Georgia"].kind, state["Georgia"].country) == ("region", "USA")
    country = places(pipeline, "Georgia and Russia fought a war in 2008 over South Ossetia, "
                               "and Tbilisi still demands its return.")
    assert (country["Georgia"].kind, country["Georgia"].country) == ("country", "GEO")
    assert country["Tbilisi"].country == "GEO"


def test_city_state_qualifier(pipeline: Pipeline) -> None:
    found = places(pipeline, "The ferry sailed from Portland, Maine, to Nova Scotia.")
    assert found["Portland"].country == "USA" and near(found["Portland"], 43.66, -70.26)
    assert found["Maine"].kind == "region"


def test_a_list_of_states_is_not_city_and_state(pipeline: Pipeline) -> None:
    found = places(pipeline, "Attorneys general from Maine, New York, Delaware and Oregon "
                             "sued the administration.")
    for name in ("Maine", "New York", "Delaware", "Oregon"):
        assert (found[name].kind, found[name].country) == ("region", "USA"), found[name]


def test_spelling_variant_of_a_town(pipeline: Pipeline) -> None:
    found = places(pipeline, "Residents of Kostiantynivka, in eastern Ukraine, cleared debris "
                             "on Sunday.")
    town = found["Kostiantynivka"]
    assert (town.kind, town.country) == ("city", "UKR") and near(town, 48.53, 37.71)


# -- what is not a place -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "U.S. Defense Secretary Lloyd Austin met American troops in Germany on Wednesday.",
    "Secretary Austin said on Tuesday that the review would continue.",
    "Jack London wrote about the gold rush in the Klondike.",
    "Paris Hilton arrived at the gala in a silver dress.",
    "Mayor London Breed announced the budget in San Francisco.",
    "Chad Smith scored twice as Jordan Henderson watched from the bench.",
])
def test_person_names_are_not_places(pipeline: Pipeline, text: str) -> None:
    found = places(pipeline, text)
    assert not {"Austin", "London", "Paris", "Chad", "Jordan"} & set(found), found


def test_real_places_next_to_person_names(pipeline: Pipeline) -> None:
    found = places(pipeline, "U.S. Defense Secretary Lloyd Austin met American troops in "
                             "Germany on Wednesday.")
    assert found["Germany"].country == "DEU" and found["Germany"].kind == "country"
    austin = places(pipeline, "Floods hit Austin, Texas, on Monday, and the mayor asked "
                              "residents to stay home.")
    assert austin["Austin"].country == "USA" and near(austin["Austin"], 30.27, -97.74)


def test_organisations_nationalities_and_seats_of_power(pipeline: Pipeline) -> None:
    found = places(pipeline, "Ukrainian officials said Russia had fired missiles overnight. "
                             "NATO and Danish officials condemned the attack, and the Pentagon "
                             "said the White House had approved new aid.")
    assert set(found) == {"Russia"}
    assert (found["Russia"].kind, found["Russia"].country) == ("country", "RUS")


def test_metonym_kept_modifier_dropped(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Moscow rejected the proposal. Moscow-backed separatists shelled "
                         "the town.")
    assert [(p.text, p.start) for p in doc.places] == [("Moscow", 0)]
    assert doc.places[0].country == "RUS"


def test_the_bird(pipeline: Pipeline) -> None:
    assert places(pipeline, "Turkey prices rose ahead of Thanksgiving. The turkey was dry.") \
        == {}
    found = places(pipeline, "Turkey condemned the attack on Monday.")
    assert found["Turkey"].country == "TUR"


# -- regions and facilities --------------------------------------------------------------------

def test_regions(pipeline: Pipeline) -> None:
    found = places(pipeline, "Fighting intensified in the Donetsk region and in Crimea, "
                             "officials said.")
    assert (found["Donetsk region"].kind, found["Donetsk region"].country) == ("region", "UKR")
    assert (found["Crimea"].kind, found["Crimea"].country) == ("region", "UKR")
    belgorod = places(pipeline, "Officials in the Belgorod region said two villages were "
                                "shelled.")
    region = belgorod["Belgorod region"]
    assert (region.kind, region.country, region.name) == ("region", "RUS", "Belgorod region")


def test_facilities(pipeline: Pipeline) -> None:
    plant = places(pipeline, "Inspectors returned to the Zaporizhzhia nuclear power plant on "
                             "Friday.")
    site = plant["Zaporizhzhia nuclear power plant"]
    assert (site.kind, site.country) == ("facility", "UKR") and near(site, 47.51, 34.59, 5)
    base = places(pipeline, "Jets took off from Incirlik Air Base in southern Turkey before "
                            "dawn.")
    assert base["Incirlik Air Base"].kind == "facility" and near(base["Incirlik Air Base"],
                                                                  37.00, 35.43, 5)
    assert base["Turkey"].kind == "country"
    gaza = places(pipeline, "Aid trucks entered the Gaza Strip through the Rafah crossing on "
                            "Saturday.")
    assert gaza["Gaza Strip"].kind == "region" and gaza["Gaza Strip"].country == "PSE"
    assert gaza["Rafah crossing"].kind == "facility"


# -- dateline ----------------------------------------------------------------------------------

def test_dateline_place(pipeline: Pipeline) -> None:
    text = "KHARKIV, Ukraine (AP) — Officials said the city came under attack overnight."
    doc = code(pipeline, text)
    first = doc.places[0]
    assert (first.text, first.start) == ("KHARKIV, Ukraine", 0)
    assert (first.name, first.kind, first.country) == ("Kharkiv", "city", "UKR")
    assert place_of_article(doc) is first


def test_dateline_country_decides(pipeline: Pipeline) -> None:
    doc = code(pipeline, "WASHINGTON (AP) — Officials in Alexandria said the council would "
                         "vote on the zoning plan next week.")
    assert doc.places[0].name == "Washington" and doc.places[0].country == "USA"
    alexandria = next(p for p in doc.places if p.text == "Alexandria")
    assert alexandria.country == "USA" and near(alexandria, 38.80, -77.05)


def test_no_dateline(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Officials in Kharkiv said the city came under attack overnight.")
    assert place_of_article(doc) is None
    assert [p.text for p in doc.places] == ["Kharkiv"]


# -- relative locations ------------------------------------------------------------------------

def test_relative_location_after_a_place(pipeline: Pipeline) -> None:
    found = places(pipeline, "Shells fell on Belgorod, about 15 miles (24 kilometers) from the "
                             "Ukrainian border, on Thursday.")
    assert found["Belgorod"].relative == "about 15 miles (24 kilometers) from the Ukrainian border"
    assert "Ukrainian" not in found


def test_relative_location_around_a_place(pipeline: Pipeline) -> None:
    found = places(pipeline, "A drone hit a fuel depot 30 kilometers north of Kharkiv, the "
                             "regional governor said.")
    assert found["Kharkiv"].relative == "30 kilometers north of Kharkiv"


def test_quantities_that_are_not_relative_locations(pipeline: Pipeline) -> None:
    found = places(pipeline, "Six feet of water flooded New Orleans after the levee broke.")
    assert found["New Orleans"].relative is None
