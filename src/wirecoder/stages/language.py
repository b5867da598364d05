"""Language stage: mark articles outside ``options.languages`` as skipped ("non-english").

A declared language (from the input) is trusted; otherwise lingua guesses from the opening of the
text. Skipping loses an article for good, so detection only skips when it is confident; a doubtful
guess is coded anyway, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wirecoder.document import Document
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage

if TYPE_CHECKING:
    from lingua import LanguageDetector

# A limited set of common news languages keeps lingua's models small and fast to load; a text in
# another language still scores low for English and is judged by its nearest neighbour.
NEWS_LANGUAGES = (
    "ENGLISH", "GERMAN", "FRENCH", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN",
    "UKRAINIAN", "POLISH", "TURKISH", "ARABIC", "PERSIAN", "CHINESE", "JAPANESE", "KOREAN",
    "INDONESIAN", "SWEDISH", "HINDI",
)
# The opening of an article tells its language; more only costs time.
SAMPLE_CHARS = 3000
# Sentence-level test items and headlines are too short to tell reliably; they are taken as English.
MIN_LETTERS = 40
# Skip only when lingua gives the other language at least this share of its confidence.
MIN_SKIP_CONFIDENCE = 0.9
SKIP_REASON = "non-english"


@dataclass(frozen=True, slots=True)
class Detection:
    code: str  # ISO 639-1, lower case
    name: str  # English name, e.g. "German"
    confidence: float  # 0..1, lingua's relative confidence among NEWS_LANGUAGES


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Built once per process, on first use: loading models takes time and memory."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in NEWS_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> Detection | None:
    """The most likely language of ``text``, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None
    best = values[0]
    return Detection(code=best.language.iso_code_639_1.name.lower(),
                     name=best.language.name.capitalize(), confidence=best.value)


def _prefix(code: str) -> str:
    return code.strip()[:2].lower()


@register_stage("language")
class LanguageStage(Stage):
    requires = ("text",)
    assigns = ("language",)

    def process(self, doc: Document) -> None:
        allowed = {_prefix(code) for code in self.options.languages}
        article = doc.article
        if article.language:
            # The input's own declaration is better evidence than a guess from the text.
            if _prefix(article.language) not in allowed:
                self._skip(doc, f"skipped: declared language {article.language!r}, "
                                f"{self._not_allowed()}")
            return
        if not self.options.detect_language:
            return
        found = detect_language(article.text)
        if found is None:
            article.language = "en"
            return
        if found.code in allowed:
            article.language = found.code
        elif found.confidence >= MIN_SKIP_CONFIDENCE:
            article.language = found.code
            self._skip(doc, f"skipped: language detected as {found.name} ({found.code}), "
                            f"{self._not_allowed()}")
        else:
            doc.warnings.append(f"language uncertain (best guess {found.name}, confidence "
                                f"{found.confidence:.2f}); coded anyway")

    def _not_allowed(self) -> str:
        codes = [_prefix(code) for code in self.options.languages]
        if codes == ["en"]:
            return "not English"
        return f"not one of {', '.join(codes)}"

    @staticmethod
    def _skip(doc: Document, warning: str) -> None:
        doc.skipped = SKIP_REASON
        doc.warnings.append(warning)
