"""No event where there is none: an explicit negative set (tests/fixtures/no_event_sentences.txt).

The training files hold positives only, so the coder's restraint is tested here, on sentences
written for this project: weather, sport, markets, a meteor, accidents, disasters without a
responsible actor, background and analysis, obituaries, and statements that are no act.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources

FIXTURE = Path(__file__).parent / "fixtures" / "no_event_sentences.txt"
OPTIONS = Options(stages=("sections", "nlp", "events"), detect_language=False)


def load_sentences() -> list[tuple[str, str]]:
    kind = ""
    items: list[tuple[str, str]] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            kind = line.lstrip("# ").strip()
            continue
        items.append((kind, line))
    return items


SENTENCES = load_sentences()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(OPTIONS, Resources(Options()))


def test_fixture_covers_the_kinds():
    kinds = {kind for kind, _ in SENTENCES}
    for needed in ("weather", "sport", "markets and business", "meteor, space, science",
                   "accidents", "disasters", "background and analysis",
                   "obituaries and profiles"):
        assert needed in kinds
    assert len(SENTENCES) >= 50


@pytest.mark.parametrize(("kind", "text"), SENTENCES,
                         ids=[f"{k.split()[0]}-{i}" for i, (k, _) in enumerate(SENTENCES)])
def test_no_event(pipeline, kind, text):
    doc = pipeline.code(Article(text=text, doc_id="n", dateline="2024-05-02"))
    assert doc.skipped is None, doc.warnings
    found = [(e.event, text[e.evidence[0].trigger_start:e.evidence[0].trigger_end],
              [a.text for a in e.actor]) for e in doc.events]
    assert found == [], f"{kind}: {found}"


def test_whole_fixture_as_one_article_gives_no_event(pipeline):
    """Sentences next to each other must not lend each other actors (pronouns, memory)."""
    text = "\n\n".join(t for _, t in SENTENCES)
    doc = pipeline.code(Article(text=text, doc_id="all", dateline="2024-05-02"))
    assert doc.skipped is None, doc.warnings
    assert [(e.event, text[e.evidence[0].start:e.evidence[0].end][:60])
            for e in doc.events] == []


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers near Kandahar on Tuesday.",
    "Gunmen attacked a police post in northern Burkina Faso, killing four officers.",
])
def test_an_attack_by_unknown_attackers_is_an_event(pipeline, text):
    """The other side of the line: an attack is an event even when no one is named."""
    doc = pipeline.code(Article(text=text, doc_id="a", dateline="2024-05-02"))
    assert [e.event for e in doc.events] == ["ASSAULT"]
    assert doc.events[0].actor[0].code == "UNK"
