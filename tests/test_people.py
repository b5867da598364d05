"""The people file and its time-aware look-ups (data/people.json, scripts/build_people.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.coding.plover import DataError
from wirecoder.data.people import PEOPLE_SCHEMA, PeopleIndex, load_people

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def people() -> PeopleIndex:
    return load_people()


def test_shipped_file_loads_and_covers_the_main_offices(people: PeopleIndex) -> None:
    assert len(people) > 500
    for name, date, code, role in [
        ("Bill Clinton", "1999-06-01", "USA", "President"),
        ("Boris Yeltsin", "1998-01-01", "RUS", "President"),
        ("Leonid Kuchma", "2003-01-01", "UKR", "President"),
        ("Tony Blair", "2005-01-01", "GBR", "Prime Minister"),
        ("Angela Merkel", "2010-01-01", "DEU", "Chancellor"),
        ("Xi Jinping", "2020-01-01", "CHN", "President"),
        ("Antonio Guterres", "2020-01-01", "UNO", "Secretary-General"),
        ("Rafael Grossi", "2023-01-01", "UNO", "Director"),
    ]:
        found = people.lookup(name, date)
        assert found is not None, name
        assert (found.code, found.role, found.sector) == (code, role, "GOV"), name


def test_the_date_picks_the_office_holder(people: PeopleIndex) -> None:
    before = people.lookup("Barack Obama", "2005-06-01")
    during = people.lookup("Barack Obama", "2012-06-01")
    after = people.lookup("Barack Obama", "2019-06-01")
    assert (during.code, during.sector, during.role) == ("USA", "GOV", "President")
    assert (after.code, after.sector, after.former) == ("USA", "ELI", True)
    assert before.code == "USA" and before.sector is None and before.role is None


def test_several_offices_over_time(people: PeopleIndex) -> None:
    nato = people.lookup("Jens Stoltenberg", "2020-01-01")
    assert (nato.code, nato.org, nato.role) == ("IGO", "NATO", "Secretary-General")
    norway = people.lookup("Jens Stoltenberg", "2010-01-01")
    assert (norway.code, norway.role) == ("NOR", "Prime Minister")
    between = people.lookup("Jens Stoltenberg", "2024-12-01")  # after NATO, before 2025 office
    assert (between.code, between.sector) == ("NOR", "ELI")


def test_without_a_date_the_latest_office_counts(people: PeopleIndex) -> None:
    found = people.lookup("Gerhard Schroeder")
    assert (found.code, found.role, found.sector) == ("DEU", "Chancellor", "GOV")


def test_shared_surnames_are_chosen_by_date_or_country(people: PeopleIndex) -> None:
    assert people.lookup("Rasmussen", "2012-01-01").name == "Anders Fogh Rasmussen"
    assert people.lookup("Rasmussen", "2023-04-21").name == "Lars Løkke Rasmussen"
    assert people.lookup("Clinton", "2010-06-01").name == "Hillary Clinton"
    # two people out of office under one name, no country to prefer: no guess
    assert people.lookup("Sharif", "2013-01-01") is None
    assert people.lookup("Sharif", "2013-01-01", prefer_codes=("PAK",)) is None


def test_surname_aliases_respect_family_name_order_and_particles(people: PeopleIndex) -> None:
    assert people.lookup("Xi", "2021-01-01").name == "Xi Jinping"
    assert people.lookup("von der Leyen", "2021-01-01").name == "Ursula von der Leyen"
    assert people.lookup("Assad", "2015-01-01").name == "Bashar al-Assad"
    assert people.lookup("Jinping") is None
    assert people.lookup("Khan") is None  # too common to stand alone


def test_match_finds_names_inside_a_mention(people: PeopleIndex) -> None:
    spans = people.match("French President Emmanuel Macron met Zelenskyy")
    assert [(s.start, s.end, s.full) for s in spans] == [(17, 32, True), (37, 46, False)]


def test_holders_of_an_office(people: PeopleIndex) -> None:
    current = people.holders("President", "RUS", date="2023-04-21")
    assert [p.name for p in current] == ["Vladimir Putin"]
    former = [p.name for p in people.holders("Prime Minister", "NOR", date="2023-04-21",
                                             former=True)]
    assert "Jens Stoltenberg" in former and "Jonas Gahr Støre" not in former


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "people.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_loader_rejects_bad_entries(tmp_path: Path) -> None:
    good = {"version": "1", "schema": PEOPLE_SCHEMA, "people": [
        {"name": "Ada Example", "aliases": [], "terms": [
            {"code": "NOR", "org": None, "role": "Mayor", "sector": "GOV", "start": "2001-02",
             "end": None}]}]}
    assert len(load_people(_write(tmp_path, good))) == 1
    for field, value, message in [("code", "XXQ", "unknown code"),
                                  ("sector", "NOPE", "unknown sector"),
                                  ("start", "2001/02/03", "YYYY"),
                                  ("end", "1999", "before it starts")]:
        bad = json.loads(json.dumps(good))
        bad["people"][0]["terms"][0][field] = value
        with pytest.raises(DataError, match=message):
            load_people(_write(tmp_path, bad))


def test_build_script_output_is_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_people.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
