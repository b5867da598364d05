"""The actors stage: every actor mention of an article, resolved in text order.

For each parsed paragraph (body and captions) and each sentence, the event coder's
:class:`~wirecoder.coding.arguments.ArgumentResolver` resolves every noun phrase and pronoun
against the actor knowledge (dictionary, people on the article's date, users' dictionaries) and
the article's own registry (:mod:`wirecoder.coding.coref`): titles teach who people are, later
surnames, pronouns and descriptions resolve to them. ``Document.actors`` gets every resolved
mention with its offsets; the registry stays on each paragraph's parse so the stages after this
one (events, quotes) resolve the same spans the same way. Run it after ``nlp`` and before
``events``; after ``places`` (when it runs) uncoded domestic actors ("Police said") take the
country the article is set in.
"""

from __future__ import annotations

from wirecoder.actors import knowledge_for
from wirecoder.coding.arguments import ArgumentResolver, DocumentMemory
from wirecoder.coding.coref import DocumentActors, attach
from wirecoder.data.first_names import load_first_names
from wirecoder.document import CODABLE_SECTIONS, Document
from wirecoder.registry import register_stage
from wirecoder.speech.cues import load_speech_cues
from wirecoder.stages.base import Stage
from wirecoder.stages.places import home_country


@register_stage("actors")
class ActorStage(Stage):
    requires = ("segments", "sentences")
    assigns = ("actors",)

    def process(self, doc: Document) -> None:
        knowledge = knowledge_for(self.resources)
        cues = load_speech_cues()
        registry = DocumentActors(knowledge=knowledge, date=doc.article.dateline,
                                  home=home_country(doc), male_words=cues.male,
                                  female_words=cues.female, first_names=load_first_names())
        memory = DocumentMemory(registry=registry, knowledge=knowledge,
                                date=doc.article.dateline)
        for segment in sorted(doc.segments, key=lambda s: s.start):
            if segment.section not in CODABLE_SECTIONS:
                continue
            attach(segment.doc, registry)
            resolver = ArgumentResolver(knowledge.dictionary, segment.start, memory)
            for sent in segment.doc.sents:
                resolver.observe(sent)
        doc.actors = registry.actors()
