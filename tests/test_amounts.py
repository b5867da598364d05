"""The amounts stage and casualty_kind, on sentences written for these tests.

The sentences imitate several outlets' styles (AP, Reuters, BBC, Wikinews) but are the
project's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirecoder.stages.amounts  # registers the stage
from wirecoder.coding.plover import data_path
from wirecoder.config import Options
from wirecoder.document import Amount, Article, Document
from wirecoder.errors import ConfigError
from wirecoder.pipeline import Pipeline
from wirecoder.quantities.lexicon import load_quantities, load_quantities_file
from wirecoder.resources import Resources
from wirecoder.stages.amounts import casualty_kind

OPTIONS = Options(stages=("sections", "nlp", "amounts"), detect_language=False)
DATE = "2024-03-14"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    resources = Resources(Options())
    resources.nlp  # noqa: B018  (load the model once for the module)
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str) -> Document:
    """Run the stages one by one so the parses stay available for casualty_kind."""
    doc = Document(article=Article(text=text, doc_id="t", dateline=DATE))
    for stage in pipeline.stages:
        doc = next(iter(stage.run([doc])))
    assert doc.skipped is None, doc.warnings
    for amount in doc.amounts:
        assert 0 <= amount.start < amount.end <= len(text)
        assert text[amount.start:amount.end].strip() == text[amount.start:amount.end]
    return doc


def find(doc: Document, fragment: str) -> Amount:
    start = doc.text.index(fragment)
    end = start + len(fragment)
    hits = [a for a in doc.amounts if a.start < end and start < a.end]
    assert hits, f"no amount over {fragment!r}: {describe(doc)}"
    return hits[0]


def describe(doc: Document) -> list[tuple[str, float | int]]:
    return [(doc.text[a.start:a.end], a.value) for a in doc.amounts]


def test_stage_declares_fields() -> None:
    stage = wirecoder.stages.amounts.AmountsStage
    assert stage.name == "amounts"
    assert stage.requires == ("segments", "sentences")
    assert stage.assigns == ("amounts",)


@pytest.mark.parametrize(("text", "fragment", "value", "qualifier", "obj"), [
    # counts with their objects: descriptive adjectives drop, names and designations stay
    ("Norway will send at least 14 refurbished British-built Challenger 2 battle tanks.",
     "at least 14", 14, "at least", "Challenger 2 battle tanks"),
    ("Berlin agreed to ship 18 newer Leopard 2 A6 tanks by spring.", "18", 18, None,
     "Leopard 2 A6 tanks"),
    ("The navy deployed two frigates to the strait.", "two", 2, None, "frigates"),
    ("Some 300 families were evacuated from the valley.", "Some 300", 300, "about",
     "families"),
    ("Nearly 40 lorries were stuck at the border.", "Nearly 40", 40, "nearly", "lorries"),
    ("Almost 40 lorries were stuck at the border.", "Almost 40", 40, "nearly", "lorries"),
    ("Over 200 flights were cancelled.", "Over 200", 200, "more than", "flights"),
    ("More than 1,500 migrants reached the island.", "More than 1,500", 1500, "more than",
     "migrants"),
    ("Up to 50 trucks may cross each day.", "Up to 50", 50, "up to", "trucks"),
    ("Fewer than 20 lawmakers attended.", "Fewer than 20", 20, "less than", "lawmakers"),
    ("Around twenty-five boats joined the flotilla.", "twenty-five", 25, "about", "boats"),
    ("Two hundred and fifty prisoners were freed.", "Two hundred and fifty", 250, None,
     "prisoners"),
    ("A dozen ministers signed the letter.", "A dozen", 12, None, "ministers"),
    ("The agency counted 14 or more craters.", "14 or more", 14, "at least", "craters"),
    # vague amounts take the named unit with "more than"
    ("Dozens of villagers fled the fighting.", "Dozens", 12, "more than", "villagers"),
    ("Tens of thousands of protesters filled the square.", "Tens of thousands", 10000,
     "more than", "protesters"),
    ("Hundreds of thousands of people lost power.", "Hundreds of thousands", 100000,
     "more than", "people"),
    ("Several hundred students staged a sit-in.", "Several hundred", 100, "more than",
     "students"),
    # an anaphoric "number" takes the object counted before it
    ("The ministry first pledged 10 howitzers and later raised the number to 16.", "16", 16,
     None, "howitzers"),
])
def test_counts(pipeline: Pipeline, text: str, fragment: str, value: int,
                qualifier: str | None, obj: str) -> None:
    amount = find(code(pipeline, text), fragment)
    assert (amount.value, amount.qualifier, amount.object) == (value, qualifier, obj)
    assert amount.currency is None and amount.unit is None


@pytest.mark.parametrize(("text", "fragment", "value", "currency", "obj"), [
    ("The estimated price of $240 million will be shared by both governments.",
     "$240 million", 240_000_000, "USD", "estimated price"),
    ("Brussels approved 165 million euros in emergency aid.", "165 million euros",
     165_000_000, "EUR", "emergency aid"),
    ("The club was sold for £2.3bn last year.", "£2.3bn", 2_300_000_000, "GBP", None),
    ("The court fined the bank 1.5 million rubles.", "1.5 million rubles", 1_500_000, "RUB",
     None),
    ("Kyiv allocated 300 million hryvnias for repairs.", "300 million hryvnias", 300_000_000,
     "UAH", None),
    ("Ottawa announced C$4.2 billion for housing.", "C$4.2 billion", 4_200_000_000, "CAD",
     None),
    ("The miner reported A$500m in profit.", "A$500m", 500_000_000, "AUD", "profit"),
    ("Beijing lent 20 billion yuan to the utility.", "20 billion yuan", 20_000_000_000, "CNY",
     None),
    ("The fund holds US$3.4 trillion in assets.", "US$3.4 trillion", 3_400_000_000_000, "USD",
     "assets"),
    ("A €20,000 fine was imposed.", "€20,000", 20_000, "EUR", "fine"),
    ("The deal is worth 1.2 billion Canadian dollars.", "1.2 billion Canadian dollars",
     1_200_000_000, "CAD", None),
    ("Police seized cash worth USD 5 million.", "USD 5 million", 5_000_000, "USD", None),
])
def test_money(pipeline: Pipeline, text: str, fragment: str, value: int, currency: str,
               obj: str | None) -> None:
    amount = find(code(pipeline, text), fragment)
    assert (amount.value, amount.currency) == (value, currency)
    if obj is not None:
        assert amount.object == obj


@pytest.mark.parametrize(("text", "fragment", "value", "high", "currency"), [
    ("Between 36 and 40 migrants were rescued.", "Between 36 and 40", 36, 40, None),
    ("Officials said 36 to 40 houses burned.", "36 to 40", 36, 40, None),
    ("The storm destroyed 36-40 homes.", "36-40", 36, 40, None),
    ("Two or three boats capsized.", "Two or three", 2, 3, None),
    ("Repairs will cost between $5 and $7 billion.", "$5", 5_000_000_000, 7_000_000_000,
     "USD"),
    ("The plan costs 5 to 10 million euros.", "5 to 10 million euros", 5_000_000, 10_000_000,
     "EUR"),
])
def test_ranges(pipeline: Pipeline, text: str, fragment: str, value: int, high: int,
                currency: str | None) -> None:
    amount = find(code(pipeline, text), fragment)
    assert (amount.value, amount.value_high, amount.currency) == (value, high, currency)


def test_change_is_not_a_range(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The death toll rose from 12 to 20 overnight.")
    assert [(a.value, a.value_high) for a in doc.amounts] == [(12, None), (20, None)]


@pytest.mark.parametrize(("text", "fragment", "value", "unit", "si_value", "si_unit", "obj"), [
    ("The blast left a pit about 40 feet across.", "about 40 feet", 40, "foot", 12.192, "m",
     "pit"),
    ("The village lies about 12 miles from the front line.", "about 12 miles", 12, "mile",
     19312.128, "m", "distance from the front line"),
    ("The epicentre was 73 km (45 miles) north of the city.", "73 km", 73, "kilometre",
     73000.0, "m", "distance north of the city"),
    ("Customs seized 20 kg of cocaine.", "20 kg", 20, "kilogram", 20.0, "kg", "cocaine"),
    ("Officers found 3 tonnes of cannabis.", "3 tonnes", 3, "tonne", 3000.0, "kg",
     "cannabis"),
    ("The fire burned 5,000 hectares of forest.", "5,000 hectares", 5000, "hectare",
     50_000_000.0, "m2", "forest"),
    ("Inflation rose 3.2 percent in March.", "3.2 percent", 3.2, "percent", None, None,
     "Inflation"),
    ("The party won 41% of the vote.", "41%", 41, "percent", None, None, "vote"),
    ("Winds reached 120 mph on the coast.", "120 mph", 120, "mile per hour", 53.6448, "m/s",
     "Winds"),
    ("The wall is 10 metres high.", "10 metres", 10, "metre", 10.0, "m", "wall"),
    ("A 65-foot crater opened in the road.", "65-foot", 65, "foot", 19.812, "m", "crater"),
    ("The bomb weighed 500 pounds.", "500 pounds", 500, "pound", 226.796185, "kg", None),
    ("He was sentenced to 10 years in prison.", "10 years", 10, "year", 315_576_000.0, "s",
     None),
    ("The ship measures 75 m (250 ft).", "250 ft", 250, "foot", 76.2, "m", None),
])
def test_measures(pipeline: Pipeline, text: str, fragment: str, value: float, unit: str,
                  si_value: float | None, si_unit: str | None, obj: str | None) -> None:
    amount = find(code(pipeline, text), fragment)
    assert (amount.value, amount.unit, amount.si_unit) == (value, unit, si_unit)
    if si_value is None:
        assert amount.si_value is None
    else:
        assert amount.si_value == pytest.approx(si_value)
    if obj is not None:
        assert amount.object == obj


@pytest.mark.parametrize(("text", "fragment", "kind", "obj"), [
    ("The blast injured at least two people and damaged homes.", "at least two", "injured",
     "people injured"),
    ("Police said 12 people were killed in the raid.", "12", "dead", "people killed"),
    ("At least 27 people died when the ferry sank.", "At least 27", "dead", "people dead"),
    ("The attack left 12 dead and 30 wounded.", "30", "injured", "people wounded"),
    ("Gunmen killed five soldiers at a checkpoint.", "five", "dead", "soldiers killed"),
    ("Security forces arrested 45 demonstrators.", "45", "arrested",
     "demonstrators arrested"),
    ("Officers detained dozens more overnight.", "dozens", "arrested", "people detained"),
    ("Tens of thousands of protesters rallied in the capital.", "Tens of thousands", "size",
     "protesters"),
    ("Thousands marched through the city centre.", "Thousands", "size", "people"),
    ("A crowd of about 5,000 gathered outside parliament.", "about 5,000", "size", "crowd"),
    ("The death toll rose to 40 on Monday.", "40", "dead", "death toll"),
    ("One person was killed by falling debris.", "One", "dead", "person killed"),
    ("Seven more were injured in a second blast.", "Seven", "injured", "people injured"),
])
def test_casualties(pipeline: Pipeline, text: str, fragment: str, kind: str,
                    obj: str) -> None:
    doc = code(pipeline, text)
    amount = find(doc, fragment)
    assert amount.object == obj
    assert casualty_kind(amount, doc) == kind


@pytest.mark.parametrize(("text", "fragment"), [
    ("The company sold 40 tractors last year.", "40"),
    ("The ministry paid $5 million to the victims' families.", "$5 million"),
    ("The river rose 3 metres overnight.", "3 metres"),
])
def test_not_casualties(pipeline: Pipeline, text: str, fragment: str) -> None:
    doc = code(pipeline, text)
    assert casualty_kind(find(doc, fragment), doc) is None


def test_casualty_kind_without_parse(pipeline: Pipeline) -> None:
    text = "Officials said 14 people were wounded in the shelling."
    doc = pipeline.code(Article(text=text, doc_id="t", dateline=DATE))
    assert not doc.segments  # the pipeline has freed the parses
    assert casualty_kind(find(doc, "14"), doc) == "injured"


@pytest.mark.parametrize(("text", "fragment"), [
    # years, dates and clock times
    ("The alliance made the promise in 2008.", "2008"),
    ("The treaty was signed on April 20 in Paris.", "20"),
    ("The curfew begins at 10 p.m. local time.", "10"),
    ("Troops withdrew two years ago.", "two"),
    # model designations and numbers in names
    ("The Leopard 2 is built in Munich.", "2"),
    ("One of its Su-34 jets crashed.", "34"),
    ("An F-16 escorted the plane.", "16"),
    ("A Boeing 737 landed safely.", "737"),
    ("Boeing 737 jets were grounded worldwide.", "737"),
    ("The airline flies the A300 and 747 on the route.", "747"),
    ("The Group of 20 met in Delhi.", "20"),
    ("The G7 condemned the attack.", "7"),
    ("Article 5 commits allies to mutual defence.", "5"),
    ("Tropical Depression Three formed overnight.", "Three"),
    # ordinals and fractions
    ("She finished first in the race.", "first"),
    ("He came 3rd in the final.", "3rd"),
    ("Two-thirds of voters backed the plan.", "Two"),
    # ages
    ("A 45-year-old man was arrested.", "45"),
    ("John Smith, 45, of Ohio was charged.", "45"),
    ("The princess, 67, announced her candidacy.", "67"),
    ("The singer died at the age of 95.", "95"),
    ("She was aged 62 when she retired.", "62"),
    ("He was 101 when he died.", "101"),
    ("Senator Jane Roe, who served three terms, was 66.", "66"),
    # phone numbers, scores, odds, references back, idioms, addresses
    ("For details call 555-1234 before noon.", "555"),
    ("Germany won 3-1 against Spain.", "3-1"),
    ("Forecasters gave it a one-in-five chance.", "five"),
    ("The two leaders met in Geneva.", "two"),
    ("Its 30 members voted for the motion.", "30"),
    ("Ukraine would join the alliance one day.", "one"),
    ("One of the soldiers said little.", "One"),
    ("Police work at 36 Quai des Orfevres.", "36"),
])
def test_not_amounts(pipeline: Pipeline, text: str, fragment: str) -> None:
    doc = code(pipeline, text)
    start = text.index(fragment)
    end = start + len(fragment)
    assert not [a for a in doc.amounts if a.start < end and start < a.end], describe(doc)


def test_amounts_in_paragraph_order(pipeline: Pipeline) -> None:
    text = ("LONDON (Reuters) - Britain will send 14 Challenger 2 tanks, the defence ministry "
            "said on Monday.\n\nThe package, worth about £100 million, also includes 30 "
            "AS-90 howitzers.\n")
    doc = code(pipeline, text)
    values = [a.value for a in doc.amounts]
    assert values == [14, 100_000_000, 30]
    assert doc.amounts[1].qualifier == "about"
    assert doc.amounts[2].object == "AS-90 howitzers"


def test_quantity_data_loads() -> None:
    lex = load_quantities()
    assert lex.currency_symbols["€"] == "EUR"
    assert lex.units["miles"].si_unit == "m"
    assert set(lex.qualifiers.values()) <= {"about", "at least", "up to", "more than",
                                            "less than", "nearly"}


def _write(tmp_path: Path, change: dict) -> Path:
    data = json.loads(data_path("quantities.json").read_text(encoding="utf-8"))
    for key, value in change.items():
        if key == "currencies.words":
            data["currencies"]["words"] = value
        else:
            data[key] = value
    path = tmp_path / "quantities.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "entry"), [
    ({"qualifiers": {"roughly": "approximately"}}, "qualifiers.roughly"),
    ({"currencies.words": {"dollars": "dollar"}}, "currencies.words.dollars"),
    ({"units": [{"name": "mile", "kind": "distance", "forms": ["mile"]}]}, "units[0]"),
    ({"units": [{"name": "mile", "kind": "length", "si_unit": "m", "forms": ["mile"]}]},
     "units[0] (mile)"),
    ({"number_words": {"two": "2"}}, "number_words.two"),
    ({"version": ""}, "version"),
])
def test_bad_quantity_data(tmp_path: Path, change: dict, entry: str) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(ConfigError) as info:
        load_quantities_file(path)
    assert str(path) in str(info.value)
    assert entry in str(info.value)
