"""The language stage: declared languages honoured, detection only skips when confident."""

from __future__ import annotations

import pytest

from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.stages import language

ENGLISH = ("The foreign ministers of both countries met in the capital on Friday and agreed to "
           "restore direct flights. Officials said the embassies would reopen next month. "
           "Further talks on trade are planned for the autumn, a spokesman told reporters.")
GERMAN = ("Die Außenminister beider Länder trafen sich am Freitag in der Hauptstadt und "
          "vereinbarten, die direkten Flugverbindungen wiederherzustellen. Die Botschaften sollen "
          "im nächsten Monat wieder öffnen, teilten Beamte mit. Weitere Gespräche über den "
          "Handel sind für den Herbst geplant, sagte ein Sprecher.")
SPANISH = ("Los ministros de Exteriores de ambos países se reunieron el viernes en la capital y "
           "acordaron restablecer los vuelos directos. Las embajadas volverán a abrir el próximo "
           "mes, según fuentes oficiales. Un portavoz dijo que en otoño habrá más conversaciones "
           "sobre comercio.")


def run(text: str, declared: str | None = None, **options: object) -> Document:
    doc = Document(article=Article(text=text, language=declared))
    stage = language.LanguageStage(Options(**options), resources=None)  # type: ignore[arg-type]
    (out,) = stage.run([doc])
    return out


def test_stage_declaration() -> None:
    from wirecoder.registry import _STAGES

    assert _STAGES["language"] is language.LanguageStage
    assert language.LanguageStage.requires == ("text",)
    assert language.LanguageStage.assigns == ("language",)


def test_english_is_kept() -> None:
    doc = run(ENGLISH)
    assert doc.skipped is None
    assert doc.article.language == "en"
    assert doc.warnings == []


@pytest.mark.parametrize(("text", "code", "name"), [(GERMAN, "de", "German"),
                                                    (SPANISH, "es", "Spanish")])
def test_other_languages_are_skipped(text: str, code: str, name: str) -> None:
    doc = run(text)
    assert doc.skipped == "non-english"
    assert doc.article.language == code
    assert doc.warnings == [f"skipped: language detected as {name} ({code}), not English"]


def test_allowed_languages_option() -> None:
    doc = run(GERMAN, languages=("en", "DE"))
    assert doc.skipped is None and doc.article.language == "de"


def test_short_text_is_taken_as_english() -> None:
    doc = run("Libya has offered aid to Chad.")
    assert doc.skipped is None and doc.article.language == "en"
    assert run("Merkel besucht Paris.").skipped is None


def test_uncertain_guess_is_not_skipped() -> None:
    # Mostly foreign names: no language is a confident guess, so nothing may be lost.
    doc = run("Volodymyr Zelenskyy met Jens Stoltenberg in Kyiv; Dmytro Kuleba, "
              "Oleksii Reznikov and Andriy Yermak attended.")
    assert doc.skipped is None


@pytest.mark.parametrize("declared", ["de", "DE-at", "es"])
def test_declared_foreign_language_is_skipped(declared: str) -> None:
    doc = run(ENGLISH, declared=declared)
    assert doc.skipped == "non-english"
    assert declared in doc.warnings[0]


@pytest.mark.parametrize("declared", ["en", "EN", "en-GB", "en_US"])
def test_declared_english_is_trusted(declared: str) -> None:
    doc = run(GERMAN, declared=declared)
    assert doc.skipped is None and doc.article.language == declared


def test_detection_can_be_turned_off() -> None:
    doc = run(GERMAN, detect_language=False)
    assert doc.skipped is None and doc.article.language is None
    assert run(ENGLISH, declared="fr", detect_language=False).skipped == "non-english"


def test_skipped_documents_pass_untouched() -> None:
    doc = Document(article=Article(text=GERMAN), skipped="too-large")
    stage = language.LanguageStage(Options(), resources=None)  # type: ignore[arg-type]
    (out,) = stage.run([doc])
    assert out.skipped == "too-large" and out.article.language is None


def test_detector_is_built_once() -> None:
    language.detect_language(ENGLISH)
    language.detect_language(SPANISH)
    assert language._detector.cache_info().currsize == 1
    assert language._detector() is language._detector()
