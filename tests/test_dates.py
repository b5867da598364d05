"""The dates stage and the temporal resolver, on sentences written for these tests.

The sentences imitate the styles of several outlets (AP's bare weekdays, Reuters' "on Tuesday",
BBC's "20 April 2023", Wikinews' "yesterday") but are the project's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wirecoder.stages.dates  # registers the stage
from wirecoder.coding.plover import data_path
from wirecoder.config import Options
from wirecoder.document import Article, DateExpr, Document
from wirecoder.errors import ConfigError
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources
from wirecoder.stages.dates import resolve_date_text
from wirecoder.temporal.lexicon import load_temporal, load_temporal_file

OPTIONS = Options(stages=("sections", "nlp", "dates"), detect_language=False)
FRIDAY = "2023-04-21"  # a Friday


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    resources = Resources(Options())
    resources.nlp  # noqa: B018  (load the model once for the module)
    return Pipeline.from_options(OPTIONS, resources)


def code(pipeline: Pipeline, text: str, date: str | None = FRIDAY) -> Document:
    doc = pipeline.code(Article(text=text, doc_id="t", dateline=date))
    assert doc.skipped is None, doc.warnings
    for expr in doc.dates:
        assert text[expr.start:expr.end] == expr.text
        assert expr.precision in ("day", "month", "year")
    return doc


def find(doc: Document, fragment: str) -> DateExpr:
    start = doc.text.index(fragment)
    end = start + len(fragment)
    hits = [d for d in doc.dates if d.start < end and start < d.end]
    assert hits, f"no date over {fragment!r}: {[(d.text, d.value) for d in doc.dates]}"
    return hits[0]


def test_stage_declares_fields() -> None:
    stage = wirecoder.stages.dates.DatesStage
    assert stage.name == "dates"
    assert stage.requires == ("segments", "sentences")
    assert stage.assigns == ("dates",)


@pytest.mark.parametrize(("text", "fragment", "value", "precision"), [
    # AP style: a bare weekday after the verb; a past weekday is the latest one
    ("The foreign minister said Thursday that the talks would resume.", "Thursday",
     "2023-04-20", "day"),
    # the dateline's own weekday, past tense: that very day
    ("Police said Friday that three suspects had been released.", "Friday", "2023-04-21",
     "day"),
    # Reuters style: "on Tuesday"; "on" stays outside the span
    ("Rebels seized the airport on Tuesday, the army said.", "Tuesday", "2023-04-18", "day"),
    # future tense and plan verbs look ahead
    ("The parliament will vote on the bill on Monday.", "Monday", "2023-04-24", "day"),
    ("The envoy is expected to arrive in Khartoum on Wednesday.", "Wednesday", "2023-04-26",
     "day"),
    ("Leaders will meet again next Thursday in Geneva.", "next Thursday", "2023-04-27", "day"),
    ("The ferry sank last Thursday off the coast.", "last Thursday", "2023-04-20", "day"),
    ("A fire broke out at the depot late Wednesday.", "late Wednesday", "2023-04-19", "day"),
    ("Gunfire was heard across the capital Thursday night.", "Thursday night", "2023-04-20",
     "day"),
    # relative days (Wikinews style)
    ("The bridge collapsed yesterday after heavy rain.", "yesterday", "2023-04-20", "day"),
    ("Today, the minister will meet union leaders.", "Today", "2023-04-21", "day"),
    ("Voting resumes tomorrow morning.", "tomorrow morning", "2023-04-22", "day"),
    ("Residents reported explosions last night.", "last night", "2023-04-20", "day"),
    # months without a year: the tense decides the side
    ("In January, the government raised fuel prices.", "In January", "2023-01", "month"),
    ("Officials said prices rose sharply in July.", "in July", "2022-07", "month"),
    ("The company plans to open a second plant in July.", "in July", "2023-07", "month"),
    ("The alliance will hold its next summit in October.", "in October", "2023-10", "month"),
    ("Last October the dam burst after a storm.", "Last October", "2022-10", "month"),
    # a month attached to a noun in a past clause takes the nearer reading
    ("She said she was pleased with an invitation to a summit in July.", "in July",
     "2023-07", "month"),
    # relative periods
    ("Earlier this month, Finland completed its accession.", "Earlier this month", "2023-04",
     "month"),
    ("Sales fell last month, the agency said.", "last month", "2023-03", "month"),
    ("Exports are forecast to recover next month.", "next month", "2023-05", "month"),
    ("The law was passed last year after long debate.", "last year", "2022", "year"),
    ("Inflation has slowed earlier this year.", "earlier this year", "2023", "year"),
    # years and decades
    ("Leaders promised membership in 2008 but set no timetable.", "in 2008", "2008", "year"),
    ("The tanks are to be delivered from early 2024.", "from early 2024", "2024", "year"),
    ("Construction should finish by mid-2025.", "mid-2025", "2025", "year"),
    ("The region has been unstable since 2014.", "since 2014", "2014", "year"),
    ("He worked as a reporter in the 1990s.", "the 1990s", "1990", "year"),
    ("Two years ago the plant employed 4,000 people.", "Two years ago", "2021", "year"),
    ("The suspect was arrested three days ago.", "three days ago", "2023-04-18", "day"),
    # explicit dates, several styles
    ("The vote was held on April 20, 2023.", "April 20, 2023", "2023-04-20", "day"),
    ("The accord was signed on 20 April 2023 in Nairobi.", "20 April 2023", "2023-04-20",
     "day"),
    ("The filing dated 2023-04-20 was made public.", "2023-04-20", "2023-04-20", "day"),
    ("The attacks of Sept. 11, 2001, changed the agency.", "Sept. 11, 2001", "2001-09-11",
     "day"),
    ("The ceremony took place on 5 March.", "5 March", "2023-03-05", "day"),
    ("The hearing is scheduled for May 5.", "May 5", "2023-05-05", "day"),
    ("The first quarter of 2024 was weak for exporters.", "first quarter of 2024", "2024-01",
     "month"),
])
def test_resolves(pipeline: Pipeline, text: str, fragment: str, value: str,
                  precision: str) -> None:
    expr = find(code(pipeline, text), fragment)
    assert (expr.value, expr.precision) == (value, precision)


@pytest.mark.parametrize(("text", "fragment", "span"), [
    ("A blast shook the city late Thursday.", "late Thursday", "late Thursday"),
    ("Earlier this month, the board resigned.", "Earlier this month", "Earlier this month"),
    ("Deliveries start from early 2024.", "early 2024", "from early 2024"),
    ("The summit opens in July in Vilnius.", "July", "in July"),
    ("The talks began on Monday.", "Monday", "Monday"),
])
def test_span_rule(pipeline: Pipeline, text: str, fragment: str, span: str) -> None:
    assert find(code(pipeline, text), fragment).text == span


@pytest.mark.parametrize(("text", "fragment", "value", "value_end"), [
    ("The festival ran from March 3 to 5 in Austin.", "March 3", "2023-03-03", "2023-03-05"),
    ("The programme ran between 2019 and 2021.", "2019", "2019", "2021"),
    ("He was mayor from 2008 to 2016.", "2008", "2008", "2016"),
    ("The 2019-21 budget was cut.", "2019-21", "2019", "2021"),
    ("Flights were cancelled from Monday to Wednesday.", "Monday", "2023-04-17",
     "2023-04-19"),
    ("Prices rose last week, traders said.", "last week", "2023-04-10", "2023-04-16"),
    ("Growth slowed in the second half of 2022.", "second half of 2022", "2022-07",
     "2022-12"),
])
def test_ranges(pipeline: Pipeline, text: str, fragment: str, value: str,
                value_end: str) -> None:
    expr = find(code(pipeline, text), fragment)
    assert (expr.value, expr.value_end) == (value, value_end)


@pytest.mark.parametrize(("text", "fragment"), [
    ("The ministry may publish the figures soon.", "may"),
    ("Theresa May resigned as prime minister.", "May"),
    ("Workers plan to march through the capital.", "march"),
    ("He was jailed for three weeks.", "three weeks"),
    ("She spent two years in prison.", "two years"),
    ("A 45-year-old man was arrested.", "45"),
    ("Some 2000 troops were deployed to the border.", "2000"),
    ("The kingdom launched Vision 2030 to diversify its economy.", "2030"),
    ("Super Tuesday decides many delegates.", "Tuesday"),
    ("The Sunday Times first reported the deal.", "Sunday"),
    ("Prices doubled over the past year.", "year"),
    ("The curfew starts at 10 p.m. sharp.", "10 p.m."),
    ("The Leopard 2 is a German tank.", "2"),
])
def test_not_dates(pipeline: Pipeline, text: str, fragment: str) -> None:
    doc = code(pipeline, text)
    start = text.index(fragment)
    end = start + len(fragment)
    assert not [d for d in doc.dates if d.start < end and start < d.end], doc.dates


def test_without_dateline_only_absolute(pipeline: Pipeline) -> None:
    doc = code(pipeline, "The deal of 20 April 2023 was revised on Thursday and in 2008.",
               date=None)
    assert [d.value for d in doc.dates] == ["2023-04-20", "2008"]


def test_caption_dates_are_coded(pipeline: Pipeline) -> None:
    text = ("KYIV, Ukraine -- Ministers met on Thursday to discuss grain exports.\n\n"
            "A farmer inspects a damaged field near Kherson, Ukraine, Thursday, April 20, 2023. "
            "(AP Photo/Jane Doe)\n")
    doc = code(pipeline, text)
    expr = find(doc, "Thursday, April 20, 2023")
    assert expr.text == "Thursday, April 20, 2023"
    assert expr.value == "2023-04-20"


def test_wikinews_style_article(pipeline: Pipeline) -> None:
    text = ("Saturday, January 5, 2019\n\nA bus carrying fans overturned on Wednesday near "
            "Kaluga. Rescuers worked until yesterday evening, officials said, and an inquiry "
            "will report next month. The road was built in the 1970s.\n")
    doc = code(pipeline, text, date="2019-01-05")
    assert find(doc, "Wednesday").value == "2019-01-02"
    assert find(doc, "yesterday").value == "2019-01-04"
    assert find(doc, "next month").value == "2019-02"
    assert find(doc, "1970s").value_end == "1979"


@pytest.mark.parametrize(("text", "dateline", "tense", "expected"), [
    ("Thursday", FRIDAY, "past", ("2023-04-20", "day", None)),
    ("Thursday", FRIDAY, "future", ("2023-04-27", "day", None)),
    ("Friday", FRIDAY, "future", ("2023-04-21", "day", None)),
    ("Monday", FRIDAY, "present", ("2023-04-24", "day", None)),  # nearer: 3 days ahead
    ("in July", FRIDAY, "past", ("2022-07", "month", None)),
    ("in July", FRIDAY, "future", ("2023-07", "month", None)),
    ("in July", FRIDAY, "unknown", ("2023-07", "month", None)),
    ("In January", FRIDAY, "past", ("2023-01", "month", None)),
    ("Dec. 28", "2024-01-03", "past", ("2023-12-28", "day", None)),
    ("Jan. 5", "2023-12-30", "future", ("2024-01-05", "day", None)),
    ("this week", FRIDAY, "past", ("2023-04-17", "day", "2023-04-23")),
    ("over the weekend", FRIDAY, "past", ("2023-04-15", "day", "2023-04-16")),
    ("this weekend", FRIDAY, "future", ("2023-04-22", "day", "2023-04-23")),
    ("last winter", FRIDAY, "past", ("2022-12", "month", "2023-02")),
    ("summer 2022", None, "past", ("2022-06", "month", "2022-08")),
    ("a month ago", FRIDAY, "past", ("2023-03", "month", None)),
    ("two decades ago", FRIDAY, "past", ("2003", "year", None)),
    ("the late '70s", None, "past", ("1970", "year", "1979")),
    ("Q3 2022", None, "past", ("2022-07", "month", "2022-09")),
    ("04/20/2023", None, "past", ("2023-04-20", "day", None)),
    ("20/04/2023", None, "past", ("2023-04-20", "day", None)),
    ("between 2019 and 2021", None, "past", ("2019", "year", "2021")),
    ("Thursday", None, "past", None),
    ("for three weeks", FRIDAY, "past", None),
    ("10 a.m.", FRIDAY, "past", None),
    ("no date here", FRIDAY, "past", None),
])
def test_resolve_date_text(text: str, dateline: str | None, tense: str,
                           expected: tuple[str, str, str | None] | None) -> None:
    assert resolve_date_text(text, dateline, tense) == expected


def test_resolve_date_text_defaults_to_past() -> None:
    assert resolve_date_text("Thursday", FRIDAY) == ("2023-04-20", "day", None)
    assert resolve_date_text("yesterday", "not a date") is None


def test_temporal_data_loads() -> None:
    lex = load_temporal()
    assert lex.months["Sept"] == 9
    assert lex.weekdays["Sunday"] == 6


def _write(tmp_path: Path, change: dict) -> Path:
    data = json.loads(data_path("temporal.json").read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "temporal.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "entry"), [
    ({"weekdays": ["Monday", "Tuesday"]}, "weekdays"),
    ({"seasons": {"spring": [3, 13]}}, "seasons.spring"),
    ({"ago_units": {"fortnight": "fortnight"}}, "ago_units.fortnight"),
    ({"schema": "wirecoder.other/1"}, "schema"),
    ({"relative_days": {"today": "zero"}}, "relative_days.today"),
])
def test_bad_temporal_data(tmp_path: Path, change: dict, entry: str) -> None:
    path = _write(tmp_path, change)
    with pytest.raises(ConfigError) as info:
        load_temporal_file(path)
    assert str(path) in str(info.value)
    assert entry in str(info.value)
