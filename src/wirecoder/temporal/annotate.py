"""Temporal expressions of one parsed paragraph: scan, check against the parse, read the tense.

:func:`temporal_expressions` is shared by the dates and amounts stages (the amounts stage must
not read a year, a day of the month or a clock time as a quantity), so its result is cached on
the spaCy ``Doc`` (``doc.user_data``) and the paragraph is scanned once.

Checks that need the parse:

* a month on its own ("in May", "March was warm") needs a calendar word before it (in, since,
  early, last ...) or, for unambiguous names, spaCy's DATE label; "May", "March" and "August"
  are never taken as the modal, the verb or part of a name ("Theresa May");
* a weekday, month or relative day inside a name ("Sunday Times", "Super Tuesday", "Black
  Friday", "April Ryan") is dropped: inside a PERSON/ORG/... entity, or after a capitalised word
  that is not sentence-initial;
* a bare four-digit year is a count when a plural noun, unit or percent follows ("2000
  troops"), an amount after a currency sign, and part of a name after a proper noun ("Vision
  2030", "Windows 2000");
* "the last year", "the next week" are durations, not dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wirecoder.temporal.lexicon import TemporalLexicon
from wirecoder.temporal.resolve import PAST
from wirecoder.temporal.scan import TIME, Candidate, Grammar, default_grammar, scan
from wirecoder.temporal.tense import clause_tense

CACHE_KEY = "wirecoder.temporal"
TEXT_KEY = "wirecoder.text"
_COUNT_TAGS = frozenset({"NNS", "NNPS"})
_NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PERCENT = frozenset({"%", "percent", "per", "pct"})
_NAME_OK_BEFORE = frozenset({"on", "late", "early", "last", "next", "this", "by", "since",
                             "until", "from", "in", "and", "or", "of", "every", "each",
                             "through", "till", "that", "before", "after", "coming", "mid"})
# Kinds that carry no digits and can therefore be swallowed by a name.
_WORD_KINDS = frozenset({"weekday", "weekday_range", "month", "month_range", "relday",
                         "season_rel"})


@dataclass(slots=True)
class Found:
    """One checked temporal expression of a paragraph (offsets relative to the paragraph)."""

    cand: Candidate
    tense: str | None = None
    nominal: bool = False

    @property
    def is_time(self) -> bool:
        return self.cand.is_time

    def effective_tense(self) -> str | None:
        """The tense used to resolve it: a month attached to a noun in a past clause ("an
        invitation to a summit in July") takes the nearest reading, not the past."""
        kind = self.cand.kind
        if self.nominal and self.tense == PAST and kind in ("month", "month_range", "mdy",
                                                            "dmy", "season_rel"):
            return None
        return self.tense


def paragraph_text(sdoc: Any, article_text: str | None = None, start: int = 0) -> str:
    """The text of a parsed paragraph; taken from the article when given (``Doc.text`` joins
    every token, which costs more than the scan itself), and cached on the Doc."""
    text = sdoc.user_data.get(TEXT_KEY)
    if text is None:
        if article_text is not None and len(sdoc):
            last = sdoc[-1]
            text = article_text[start:start + last.idx + len(last.text_with_ws)]
        else:
            text = sdoc.text
        sdoc.user_data[TEXT_KEY] = text
    return text


def temporal_expressions(sdoc: Any, grammar: Grammar | None = None,
                         text: str | None = None) -> list[Found]:
    """Checked temporal expressions (and clock times) of one parsed paragraph, cached."""
    cached = sdoc.user_data.get(CACHE_KEY)
    if cached is not None:
        return cached
    g = grammar or default_grammar()
    found: list[Found] = []
    for cand in scan(text if text is not None else paragraph_text(sdoc), g):
        if cand.is_time:
            found.append(Found(cand))
            continue
        span = sdoc.char_span(cand.core_start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if not _acceptable(cand, span, g.lex):
            continue
        root = span.root
        tense, nominal = clause_tense(root, g.lex)
        found.append(Found(cand, tense, nominal))
    sdoc.user_data[CACHE_KEY] = found
    return found


def _prev(span: Any) -> Any | None:
    first = span[0]
    return first.doc[first.i - 1] if first.i > 0 else None


def _acceptable(cand: Candidate, span: Any, lex: TemporalLexicon) -> bool:
    kind, parts = cand.kind, cand.parts
    first = span[0]
    prev = _prev(span)
    if kind in _WORD_KINDS and not cand.has_year:
        if first.ent_type_ in lex.name_entity_labels:
            return False
        if (prev is not None and not first.is_sent_start and prev.is_title
                and prev.lower_ not in _NAME_OK_BEFORE and prev.text not in lex.months
                and prev.text not in lex.weekdays and prev.ent_type_ not in _ACTOR_LABELS):
            return False  # "Super Tuesday", "Black Friday" (but "Biden Tuesday signed")
    if kind == "month" and parts.get("year") is None and not parts.get("mod") \
            and not parts.get("rel"):
        if first.tag_ == "MD" or first.pos_ in ("VERB", "AUX"):
            return False
        context = (prev is not None and prev.lower_ in lex.month_context_words) \
            or cand.start != cand.core_start
        if first.text in lex.ambiguous_months:
            last = span[-1]
            nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
            if nxt is not None and nxt.lower_ in ("'s", "’s"):
                return False  # "in protest to May's Brexit deal"
            return context and first.ent_type_ != "PERSON"
        return context or first.ent_type_ == "DATE"
    if kind in ("year", "year_range") and not parts.get("mod"):
        return _year_ok(cand, span, prev, lex)
    return not (kind == "relperiod" and prev is not None
                and prev.lower_ in ("the", "past", "a"))


def _year_ok(cand: Candidate, span: Any, prev: Any | None, lex: TemporalLexicon) -> bool:
    last = span[-1]
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and ((nxt.tag_ in _COUNT_TAGS and nxt.lower_ not in ("'s", "’s"))
                            or nxt.lower_ in _PERCENT or nxt.like_num
                            or nxt.text in lex.weekdays or nxt.text in lex.time_zones):
        return False  # "2000 troops", "(2024 Friday, UTC)": a count or a clock time
    if prev is None:
        return True
    if prev.tag_ == "$" or prev.lower_ in ("no.", "#", "number", "nos."):
        return False
    introduced = cand.start != cand.core_start
    if (not introduced and prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start
            and prev.text not in lex.months and prev.text not in lex.weekdays):
        return False  # "Vision 2030", "Euro 2024"
    if introduced:
        return True
    if span[0].ent_type_ in _NUMERIC_LABELS:
        return False  # the tagger reads a count: "1500 more will follow"
    return cand.parts["year"] >= 1900 or span[0].ent_type_ == "DATE"


def paragraph_spans(sdoc: Any, grammar: Grammar | None = None, include_times: bool = True,
                    text: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of every checked temporal expression (and clock time) of a paragraph."""
    return [(f.cand.core_start, f.cand.end) for f in temporal_expressions(sdoc, grammar, text)
            if include_times or f.cand.kind != TIME]
