"""Dates stage: every temporal expression of the parsed paragraphs, resolved to a calendar value.

For each body or caption paragraph the scanner (:mod:`wirecoder.temporal.scan`) finds explicit
dates ("Thursday, April 20, 2023", "20 April 2023", "2023-04-20"), months and years ("in July",
"from early 2024", "the 1990s"), weekdays ("late Thursday"), relative expressions ("today",
"earlier this month", "last week", "two years ago") and ranges ("from March 3 to 5", "between
2019 and 2021"); the parse rejects false hits (the modal "may", names, counts such as "2000
troops") and gives the tense of the governing verb (:mod:`wirecoder.temporal.tense`), which
decides whether a weekday or a month without a year lies before or after the publication date:

* past ("said Thursday", "announced in February") -> the latest one up to the dateline, so a
  Friday article's "Friday" is that day;
* future ("will meet Monday", "plans to ... in July", "is expected to ... Wednesday") -> the
  first one from the dateline on (again the dateline itself for its own weekday);
* present, "would", or an expression hanging on a noun in a past clause ("an invitation to a
  summit in July") -> whichever reading is nearer to the dateline.

:mod:`wirecoder.temporal.resolve` documents the rest. Durations ("for three weeks") and clock
times are not dates; "two years ago" is (year precision).

Each :class:`~wirecoder.document.DateExpr` keeps ``text == article.text[start:end]``; a leading
"in", "from", "since", "by", "until", "till" or "through" is part of the span, "on" is not.
Without a publication date only expressions with their own year are resolved.
"""

from __future__ import annotations

from wirecoder.document import DateExpr, Document
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage
from wirecoder.temporal.annotate import paragraph_text, temporal_expressions
from wirecoder.temporal.resolve import resolve, resolve_date_text
from wirecoder.temporal.scan import Grammar, default_grammar

__all__ = ["DatesStage", "document_dates", "resolve_date_text"]


@register_stage("dates")
class DatesStage(Stage):
    requires = ("segments", "sentences")
    assigns = ("dates",)

    def __init__(self, options, resources) -> None:  # type: ignore[no-untyped-def]
        super().__init__(options, resources)
        self.grammar = default_grammar()  # validates data/temporal.json when the pipeline is built

    def process(self, doc: Document) -> None:
        doc.dates = document_dates(doc, self.grammar)


def document_dates(doc: Document, grammar: Grammar | None = None) -> list[DateExpr]:
    """The resolved dates of every parsed paragraph of ``doc``, in text order."""
    g = grammar or default_grammar()
    dateline = doc.article.dateline
    out: list[DateExpr] = []
    seen: set[tuple[int, int]] = set()
    for seg in doc.segments:
        text = paragraph_text(seg.doc, doc.text, seg.start)
        for found in temporal_expressions(seg.doc, g, text):
            if found.is_time:
                continue
            resolved = resolve(found.cand, dateline, found.effective_tense(), g.lex)
            if resolved is None:
                continue
            value, precision, value_end = resolved
            start, end = seg.start + found.cand.start, seg.start + found.cand.end
            if (start, end) in seen:
                continue
            seen.add((start, end))
            out.append(DateExpr(text=doc.text[start:end], value=value, precision=precision,
                                start=start, end=end, value_end=value_end))
    out.sort(key=lambda d: d.start)
    return out
