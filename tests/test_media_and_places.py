"""News outlets, surnames that are places, shared region names and title-dependent sectors
(actor dictionary v1.3): mentions written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.actors import ActorKnowledge, resolve_mention
from wirecoder.data.actors import load_actor_dictionary


@pytest.fixture(scope="module")
def knowledge() -> ActorKnowledge:
    return ActorKnowledge()


def _actor(text: str, knowledge: ActorKnowledge, date: str = "2021-03-04") -> dict:
    return resolve_mention(text, date, knowledge=knowledge).to_dict()


# -- news organisations -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code", "org"), [
    ("CBS News", "USA", "CBS News"),
    ("NPR", "USA", "NPR"),
    ("The Guardian", "GBR", "The Guardian"),
    ("the Telegraph", "GBR", "The Telegraph"),
    ("NHK", "JPN", "NHK"),
    ("Le Monde", "FRA", "Le Monde"),
    ("Xinhua", "CHN", "Xinhua"),
    ("Al Jazeera", "QAT", "Al Jazeera"),
    ("TASS", "RUS", "TASS"),
    ("Yle", "FIN", "Yle"),
])
def test_listed_outlets_are_jrn_with_their_country(text: str, code: str, org: str,
                                                    knowledge: ActorKnowledge) -> None:
    actor = _actor(text, knowledge)
    assert (actor["code"], actor["sector"], actor["org"]) == (code, "JRN", org)


@pytest.mark.parametrize(("text", "code", "name"), [
    ("Fox News anchor Maria Lopez", "USA", "Maria Lopez"),
    ("NHK's correspondent Kenji Sato", "JPN", "Kenji Sato"),
    ("an Agence France-Presse photographer", "FRA", None),
])
def test_journalists_take_their_outlet(text: str, code: str, name: str | None,
                                       knowledge: ActorKnowledge) -> None:
    actor = _actor(text, knowledge)
    assert (actor["code"], actor["sector"], actor["name"]) == (code, "JRN", name)


@pytest.mark.parametrize(("text", "code"), [
    ("the Lagos Evening Tribune", None),  # a city gives no country
    ("the Chilean Daily Gazette", "CHL"),  # a demonym does
    ("Kenya Broadcasting Service", None),  # "Service" is no media head: not an outlet
    ("the Zambian Weekly Observer", "ZMB"),
])
def test_unlisted_names_with_a_media_head(text: str, code: str | None,
                                          knowledge: ActorKnowledge) -> None:
    actor = _actor(text, knowledge)
    if text.endswith("Service"):
        assert actor["sector"] != "JRN"
        return
    assert (actor["code"], actor["sector"], actor["name"]) == (code, "JRN", None)


def test_single_word_outlets_need_their_capitals(knowledge: ActorKnowledge) -> None:
    assert _actor("The Independent", knowledge)["sector"] == "JRN"
    assert _actor("The independent panel", knowledge)["sector"] != "JRN"
    assert _actor("The Times Square crowd", knowledge)["org"] is None
    assert _actor("the guardian of the children", knowledge)["sector"] != "JRN"


def test_a_shared_outlet_acronym_gets_no_country(knowledge: ActorKnowledge) -> None:
    actor = _actor("ABC", knowledge)
    assert (actor["code"], actor["sector"]) == (None, "JRN")


# -- surnames before organisation and media heads --------------------------------------------

def test_surname_before_a_media_or_company_head_is_no_person(
        knowledge: ActorKnowledge) -> None:
    fox = _actor("Fox News", knowledge, "2004-05-06")  # while Vicente Fox was in office
    assert (fox["code"], fox["name"]) == ("USA", None)
    assert _actor("the Fox Corporation", knowledge, "2004-05-06")["name"] is None


def test_title_keeps_the_person_a_lower_case_head_keeps_the_country(
        knowledge: ActorKnowledge) -> None:
    assert _actor("President Biden", knowledge, "2022-01-01")["name"] == "Joe Biden"
    biden = _actor("the Biden administration", knowledge, "2022-01-01")
    assert (biden["code"], biden["name"]) == ("USA", None)  # his administration, not him


def test_non_person_heads_list_has_media_and_organisation_words() -> None:
    heads = load_actor_dictionary().non_person_name_heads
    assert {"news", "herald", "times", "party", "corporation", "group"} <= heads
    assert "administration" not in heads


# -- place names that are surnames --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Senator Kennedy", "Governor Kennedy", "Sen. Kennedy",
                                  "Mayor Kennedy"])
def test_a_place_after_a_title_is_a_surname(text: str, knowledge: ActorKnowledge) -> None:
    assert _actor(text, knowledge)["code"] is None


def test_a_place_next_to_a_place_first_name_is_a_surname(knowledge: ActorKnowledge) -> None:
    assert _actor("Mary Kennedy", knowledge)["code"] is None
    assert _actor("Kennedy", knowledge)["code"] == "COL"  # alone it is still the town


def test_a_person_of_a_place_is_not_its_population(knowledge: ActorKnowledge) -> None:
    assert _actor("Jane Okafor of Kharkiv", knowledge)["sector"] is None
    assert _actor("Kharkiv", knowledge)["sector"] == "CVL"


@pytest.mark.parametrize(("text", "code"), [
    ("Democratic state senator Ann Ruiz of Georgia", "USA"),
    ("the Georgia Republicans", "USA"),
    ("the governor of Georgia", "USA"),
    ("Georgia", "GEO"),
    ("the government of Georgia", "GEO"),
    ("Georgian troops", "GEO"),
])
def test_georgia_the_state_and_the_country(text: str, code: str,
                                           knowledge: ActorKnowledge) -> None:
    assert _actor(text, knowledge)["code"] == code


# -- sectors from titles -------------------------------------------------------------------------

def test_chief_executive_of_a_polity_is_gov(knowledge: ActorKnowledge) -> None:
    macau = _actor("Macau Chief Executive Ho Iat-seng", knowledge)
    assert (macau["code"], macau["sector"], macau["role"]) == ("MAC", "GOV", "Chief Executive")
    assert _actor("the airline's chief executive", knowledge)["sector"] == "BUS"


@pytest.mark.parametrize("text", [
    "the college's president, Ana Silva",
    "Stanford University Provost Ana Silva",
    "the chancellor of the University of Leeds",
    "dean of the law school",
])
def test_heads_of_universities_are_edu(text: str, knowledge: ActorKnowledge) -> None:
    assert _actor(text, knowledge)["sector"] == "EDU"


def test_chancellor_of_a_country_stays_gov(knowledge: ActorKnowledge) -> None:
    assert _actor("the German chancellor", knowledge)["sector"] == "GOV"


@pytest.mark.parametrize("text", [
    "the Senate Banking Committee",
    "members of the House Intelligence Committee",
    "a parliamentary defence committee",
    "the House Armed Services subcommittee",
])
def test_legislative_committees_are_leg(text: str, knowledge: ActorKnowledge) -> None:
    assert _actor(text, knowledge)["sector"] == "LEG"


@pytest.mark.parametrize(("text", "role"), [
    ("Rep. Lena Ortiz", "Lawmaker"),
    ("Representative Lena Ortiz", "Lawmaker"),
    ("the Senate majority leader", "Majority Leader"),
    ("House Minority Leader Paul Greer", "Minority Leader"),
])
def test_legislative_titles(text: str, role: str, knowledge: ActorKnowledge) -> None:
    actor = _actor(text, knowledge)
    assert (actor["sector"], actor["role"]) == ("LEG", role)


def test_legislative_plural_words(knowledge: ActorKnowledge) -> None:
    assert _actor("Democratic congressmen", knowledge)["sector"] == "LEG"
    assert _actor("representatives", knowledge)["sector"] == "LEG"
    assert _actor("rebel representatives", knowledge)["sector"] == "REB"  # a weak cue
    assert _actor("a sales rep", knowledge)["role"] is None  # "Rep." only as a title


@pytest.mark.parametrize("text", [
    "mayoral candidate Tom Reyes",
    "Governor Candidate Tom Reyes",
    "the nominee for president",
    "Senate hopeful Tom Reyes",
])
def test_a_candidate_holds_no_office(text: str, knowledge: ActorKnowledge) -> None:
    actor = _actor(text, knowledge)
    assert actor["role"] is None
    assert actor["sector"] not in ("GOV", "LEG")
    if "Tom" in text:
        assert actor["name"] == "Tom Reyes"


def test_a_party_candidate_keeps_the_party(knowledge: ActorKnowledge) -> None:
    actor = _actor("the Labour candidate for mayor", knowledge)
    assert (actor["code"], actor["sector"], actor["role"]) == ("GBR", "PTY", None)


def test_former_goes_with_the_candidacy_not_the_later_title(
        knowledge: ActorKnowledge) -> None:
    assert _actor("former presidential candidate Senator Ana Rios", knowledge)["sector"] == "LEG"
    assert _actor("former Senator Ana Rios", knowledge)["sector"] == "ELI"
