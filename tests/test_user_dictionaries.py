"""Users' dictionaries: the project's JSON format and CAMEO/PETRARCH .actors.txt/.agents.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.actors import ActorKnowledge, load_knowledge, resolve_mention
from wirecoder.coding.plover import DataError
from wirecoder.config import Options
from wirecoder.data.actors import load_actor_dictionary
from wirecoder.dictionaries import load_user_dictionary
from wirecoder.dictionaries.cameo import agent_sector, cameo_date, parse_code

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"
ACTORS = FIXTURES / "sample.actors.txt"
AGENTS = FIXTURES / "sample.agents.txt"
JSON = FIXTURES / "sample.userdict.json"


@pytest.fixture(scope="module")
def knowledge() -> ActorKnowledge:
    return ActorKnowledge().with_user_dictionaries([ACTORS, AGENTS, JSON])


def res(knowledge: ActorKnowledge, text: str, date: str | None = None) -> tuple:
    r = knowledge.resolve(text, date)
    return (r.code, r.org, r.sector, r.name)


def test_cameo_codes_map_to_plover() -> None:
    d = load_actor_dictionary()
    assert parse_code("USAGOV", d) == ("USA", None, "GOV")
    assert parse_code("IGOUNOHLH", d) == ("UNO", None, "MED")  # CAMEO HLH is health
    assert parse_code("NGOMED", d) == ("NGO", None, "JRN")  # CAMEO MED is the media
    assert parse_code("ROMMIL", d) == ("ROU", None, "MIL")  # old CAMEO country code
    assert parse_code("IGOEUREEC", d) == ("EUR", None, None)
    assert parse_code("WSTGOV", d) == (None, None, "GOV")  # a region: no PLOVER code
    assert agent_sector("~GOVPRS", d) == "GOV"
    assert agent_sector("SEP", d) == "REB"
    assert cameo_date("20170120", "x", "y") == "2017-01-20"
    with pytest.raises(DataError):
        cameo_date("2017-01", "x", "y")


def test_cameo_actors_with_dates(knowledge: ActorKnowledge) -> None:
    assert res(knowledge, "Arvid Nordstrom", "2016-05-01") == ("NOR", None, "GOV",
                                                              "Arvid Nordstrom")
    assert res(knowledge, "Arvid Nordstrom", "2021-05-01")[:3] == ("NOR", None, "ELI")
    assert res(knowledge, "Minister Nordstrom", "2016-05-01")[3] == "Arvid Nordstrom"  # + alias
    assert res(knowledge, "Marisol Quintero", "2019-05-01")[2] == "LEG"  # <20200101
    assert res(knowledge, "Marisol Quintero", "2020-05-01")[2] == "GOV"  # 20200101-
    assert res(knowledge, "Zephyr Liberation Front") == ("IMG", "Zephyr Liberation Front",
                                                         "REB", None)
    assert res(knowledge, "Old Republic Army")[:3] == ("ROU", None, "MIL")


def test_cameo_agents_become_sector_words(knowledge: ActorKnowledge) -> None:
    assert res(knowledge, "the harbour wardens")[2] == "COP"
    assert res(knowledge, "town criers")[2] == "JRN"
    assert res(knowledge, "a plague doctor")[2] == "MED"
    user = load_user_dictionary(AGENTS, load_actor_dictionary())
    assert any("XYZ" in w for w in user.warnings)  # an agent code PLOVER does not know


def test_json_dictionary_entities_people_and_words(knowledge: ActorKnowledge) -> None:
    assert res(knowledge, "Harbour Watch")[:3] == ("NOR", "Harbour Watch", "COP")
    assert res(knowledge, "Blue Lantern Movement", "2012-01-01")[2] == "REB"
    assert res(knowledge, "Blue Lantern Movement", "2020-01-01")[2] == "PTY"
    assert res(knowledge, "Vallgren", "2020-01-01") == ("SWE", None, "GOV", "Ingrid Vallgren")
    assert res(knowledge, "orchard keepers")[2] == "AGR"


def test_shipped_knowledge_is_left_unchanged(knowledge: ActorKnowledge) -> None:
    assert ActorKnowledge().resolve("Harbour Watch").code is None
    assert knowledge.resolve("Danish troops").code == "DNK"  # the shipped entries still work


def test_options_and_arguments_name_dictionaries() -> None:
    assert resolve_mention("Harbour Watch", knowledge=load_knowledge(
        Options(), (str(JSON),))).code == "NOR"

    class WithDictionaries:  # what Options gets as `actor_dictionaries`
        actor_dictionaries = (str(JSON),)

    assert resolve_mention("Harbour Watch", knowledge=load_knowledge(
        WithDictionaries())).code == "NOR"  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.json", '{"schema": "other/1"}', "schema"),
    ("bad2.json", '{"schema": "wirecoder.userdict/1", "entities": [{"names": ["X"], '
                  '"code": "QQQ"}]}', "unknown actor code"),
    ("bad3.json", "{not json", "invalid JSON"),
    ("bad.actors.txt", "+ORPHAN_ALIAS\n", "before any actor"),
    ("bad2.actors.txt", "SOMEONE_ [USAGOV 2017/01/01]\n", "date"),
    ("bad.xml", "<x/>", "unknown dictionary format"),
])
def test_bad_dictionaries_name_file_and_problem(tmp_path: Path, name: str, content: str,
                                                message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        load_user_dictionary(path, load_actor_dictionary())
    assert name in str(err.value)
