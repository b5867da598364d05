"""Amounts stage: counts, money and measures of the parsed paragraphs, with their objects.

Each :class:`~wirecoder.document.Amount` has ``value`` (the low end of a range, whose high end
is ``value_high``), an ISO 4217 ``currency`` ("$" -> USD unless written "C$", "A$" ...; "€"
EUR; "rubles" RUB ...), a ``unit`` ("mile", "foot", "percent", "day" ...) with ``si_value`` and
``si_unit`` (m, kg, m2, m3, m/s, W, J, s) where the unit converts, a ``qualifier`` normalised to
"about", "at least", "up to", "more than", "less than" or "nearly", and the counted ``object``
("Leopard 2 battle tanks", "estimated cost", "people injured"). Vague plurals ("dozens",
"tens of thousands") take the named unit as value (12, 10000) with "more than".

What is and is not an amount is documented in :mod:`wirecoder.quantities.extract`; years, dates
and clock times are left to the dates stage (the temporal scan is shared and cached per
paragraph). :func:`casualty_kind` tells the event linker what a count measures.
"""

from __future__ import annotations

import re

from wirecoder.document import Amount, Document
from wirecoder.quantities.extract import Found, ParagraphReader, casualty_of, phrase_root
from wirecoder.quantities.lexicon import QuantityLexicon, load_quantities
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage
from wirecoder.temporal.annotate import paragraph_spans, paragraph_text
from wirecoder.temporal.scan import Grammar, default_grammar

__all__ = ["AmountsStage", "casualty_kind", "document_amounts"]


@register_stage("amounts")
class AmountsStage(Stage):
    requires = ("segments", "sentences")
    assigns = ("amounts",)

    def __init__(self, options, resources) -> None:  # type: ignore[no-untyped-def]
        super().__init__(options, resources)
        # Validate the data files when the pipeline is built, not mid-run.
        self.lex = load_quantities()
        self.grammar = default_grammar()

    def process(self, doc: Document) -> None:
        doc.amounts = document_amounts(doc, self.lex, self.grammar)


def document_amounts(doc: Document, lex: QuantityLexicon | None = None,
                     grammar: Grammar | None = None) -> list[Amount]:
    """The amounts of every parsed paragraph of ``doc``, in text order."""
    lex = lex or load_quantities()
    grammar = grammar or default_grammar()
    out: list[Amount] = []
    previous: str | None = None
    for seg in doc.segments:
        text = paragraph_text(seg.doc, doc.text, seg.start)
        reader = ParagraphReader(seg.doc, lex, paragraph_spans(seg.doc, grammar, text=text),
                                 previous, text)
        for found in reader.read():
            amount = found.amount
            amount.start += seg.start
            amount.end += seg.start
            out.append(amount)
        previous = reader.previous_object
    out.sort(key=lambda a: a.start)
    return out


def casualty_kind(amount: Amount, doc: Document) -> str | None:
    """What a count measures: "dead", "injured", "arrested", "size" (of a crowd) or None.

    Read from the parse (the governing verb or noun: killed/died/dead -> dead; wounded/injured/
    hurt -> injured; arrested/detained -> arrested; crowd/protesters/rallied/marched -> size)
    while ``doc.segments`` still holds it, i.e. from a later stage; after the pipeline has freed
    the parses, from the words of ``amount.object`` and those around the amount. Money and
    measures are never casualty figures.
    """
    if amount.currency or amount.unit:
        return None
    lex = load_quantities()
    for seg in doc.segments:
        length = len(seg.doc.text)
        if not seg.start <= amount.start < seg.start + length:
            continue
        span = seg.doc.char_span(amount.start - seg.start, min(amount.end - seg.start, length),
                                 alignment_mode="expand")
        if span is None or not len(span):
            break
        first, last = span.start, span.end - 1
        number = next((t.i for t in span if t.like_num or t.lower_ in lex.vague_numbers
                       or t.lower_ in lex.number_words), first)
        found = Found(amount, first, last, number, phrase_root(seg.doc, first, last))
        text = paragraph_text(seg.doc, doc.text, seg.start)
        hit = casualty_of(seg.doc, found, lex, paragraph_spans(seg.doc, text=text))
        return hit[0] if hit else None
    return _kind_from_text(amount, doc.text, lex)


def _kind_from_text(amount: Amount, text: str, lex: QuantityLexicon) -> str | None:
    """Fallback without a parse: casualty words in the object, then just after the amount."""
    cues = _cue_words(lex)
    windows = [amount.object or "", text[amount.end:amount.end + 40],
               text[max(0, amount.start - 30):amount.start]]
    for window in windows:
        for word in re.findall(r"[a-z][a-z-]*", window.lower()):
            kind = cues.get(word)
            if kind:
                return kind
    return None


_CUES: dict[int, dict[str, str]] = {}


def _cue_words(lex: QuantityLexicon) -> dict[str, str]:
    cached = _CUES.get(id(lex))
    if cached is not None:
        return cached
    cues: dict[str, str] = {}
    for cw in lex.casualty:
        words: set[str] = set(cw.adjectives) | set(cw.nouns) | set(cw.container_nouns)
        words |= {p for p in cw.patient_verbs.values() if p}
        for lemma in (*cw.subject_verbs, *cw.patient_verbs):
            base = lemma.split()[0]
            words |= {base + "ed", base + "d", base[:-1] + "ied" if base.endswith("y") else base}
        for word in words:
            cues.setdefault(word, cw.kind)
    _CUES[id(lex)] = cues
    return cues
