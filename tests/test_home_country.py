"""Uncoded domestic actors take the country an article is set in (texts written for these
tests)."""

from __future__ import annotations

import pytest

import wirecoder.stages.actors  # registers the stage
import wirecoder.stages.places  # noqa: F401
from wirecoder.config import Options
from wirecoder.document import Actor, Article, Document
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources
from wirecoder.stages.places import home_country

OPTIONS = Options(stages=("sections", "nlp", "places", "actors"), detect_language=False)


@pytest.fixture(scope="module")
def pipeline(resources: Resources) -> Pipeline:
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    return pipeline.code(Article(text=text, doc_id="t", dateline="2024-05-02"))


def first(doc: Document, text: str) -> Actor:
    found = [a for a in doc.actors if a.text == text]
    assert found, [(a.text, a.code) for a in doc.actors]
    return found[0]


def test_police_in_a_story_set_in_one_country(pipeline: Pipeline) -> None:
    doc = code(pipeline, "A fire destroyed a warehouse in Mombasa on Monday.\n\nPolice said "
                         "the blaze started in the port area. Residents of Mombasa were told "
                         "to stay indoors.")
    assert home_country(doc) == "KEN"
    assert (first(doc, "Police").code, first(doc, "Police").sector) == ("KEN", "COP")


def test_dateline_sets_the_home_country(pipeline: Pipeline) -> None:
    doc = code(pipeline, "LIMA, Peru (AP) -- Police said on Monday that the protest was "
                         "peaceful.")
    assert home_country(doc) == "PER"
    assert first(doc, "Police").code == "PER"


def test_another_country_nearby_keeps_the_actor_uncoded(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Protesters gathered in Nairobi and Mombasa on Monday.\n\nIn "
                         "neighbouring Uganda, police said two people were arrested.")
    assert home_country(doc) == "KEN"
    assert first(doc, "police").code in (None, "UNK")


def test_armed_sides_and_named_experts_stay_uncoded(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Shelling hit Kharkiv on Monday. Officials in Kharkiv said the "
                         "soldiers had left.\n\nProfessor Mark Ellison said the city was "
                         "rebuilding.")
    assert home_country(doc) == "UKR"
    assert first(doc, "the soldiers").code in (None, "UNK")
    assert first(doc, "Professor Mark Ellison").code in (None, "UNK")


def test_an_article_over_several_countries_has_no_home(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Talks in Nairobi, Kampala and Lima ended on Monday.\n\nPolice said "
                         "the meetings were calm.")
    assert home_country(doc) is None
    assert first(doc, "Police").code in (None, "UNK")


def test_country_names_are_no_setting(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Iraq's parliament voted to expel United States troops. The United "
                         "States said it would keep troops in Iraq, and the United States "
                         "embassy was closed.\n\nOfficials said the vote was binding.")
    assert home_country(doc) is None
    assert first(doc, "Officials").code in (None, "UNK")


def test_an_outlet_gives_no_country_to_the_story(pipeline: Pipeline) -> None:
    doc = code(pipeline, "Shoppers fled a market in Leeds and Bradford on Monday.\n\nNPR "
                         "reported that the police then surrounded the attacker.")
    assert first(doc, "the police").code == "GBR"
