"""The quotes stage: direct, partial and reported speech with speakers resolved to actors.

Quote marks are read from the raw article text (quotes run across the paragraphs that spaCy
parses one at a time); cues and speakers come from the parses and the event coder's actor
resolution. See :mod:`wirecoder.speech` for how each part works. Only body and caption paragraphs
yield quotes; captions need ``code_captions`` (they are parsed only then) for their speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecoder.document import Document
from wirecoder.registry import register_stage
from wirecoder.speech.attribution import QuoteAttributor
from wirecoder.speech.cues import load_speech_cues
from wirecoder.stages.base import Stage

if TYPE_CHECKING:
    from wirecoder.config import Options
    from wirecoder.resources import Resources


@register_stage("quotes")
class QuoteStage(Stage):
    requires = ("segments", "sentences", "sections")
    assigns = ("quotes",)

    def __init__(self, options: Options, resources: Resources) -> None:
        super().__init__(options, resources)
        self.cues = load_speech_cues()  # validated now: a bad data file stops the build
        self._attributor: QuoteAttributor | None = None

    def process(self, doc: Document) -> None:
        if self._attributor is None:
            self._attributor = QuoteAttributor(self.cues, self.resources.actors)
        doc.quotes = self._attributor.attribute(doc)
