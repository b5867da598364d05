"""Quoted stretches of the raw article text, found from the quote marks alone.

Marks are read paragraph by paragraph (the parse is per paragraph, but quotes are a property of
the text). An article has one outer style: double marks (straight or curly, plus low-9 and
guillemets) as in AP, Reuters and most US outlets, or single marks as in many British outlets,
whichever opens more quotes. Marks of the other style inside an outer quote are nesting ("... the
'Leopard 2 coalition' ...") and stay part of it; outside outer quotes they may still make a quote
of their own, but only one closed within its paragraph, since apostrophes look like single marks.
Whether a mark opens or closes is read from the mark when it is curly and from its neighbours
(a space before and a letter after opens) when it is straight.

A paragraph that ends inside a quote and a next paragraph that opens with a quote mark is the
AP convention for a quote running over paragraphs: the two pieces share a ``group``. Each piece
stays inside its paragraph, so ``text[start:end]`` never holds a paragraph break or a mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
DOUBLE_MARKS = frozenset('"') | DOUBLE_OPENERS | DOUBLE_CLOSERS
SINGLE_OPENERS = frozenset("‘‹")
SINGLE_CLOSERS = frozenset("’›")
SINGLE_MARKS = frozenset("'") | SINGLE_OPENERS | SINGLE_CLOSERS
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# Characters that may stand before an opening mark or after a closing one.
BEFORE_OPEN = frozenset("([{<—–-/:;,") | ALL_MARKS
AFTER_CLOSE = frozenset(".,;:!?)]}>—–-…") | ALL_MARKS
# Apostrophe words that start with a mark-like character ('90s, 'em, 'tis).
ELISION_STARTS = ("em ", "tis ", "twas ", "n ")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch inside one paragraph, marks excluded and whitespace trimmed."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ended first
    group: int  # pieces of one quote running over paragraphs share this number
    paragraph: int  # index into the paragraphs passed to find_quotes
    continued: bool = False  # True for the second and later pieces of a group


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> list[QuoteSpan]:
    """Quoted stretches of ``text`` inside ``paragraphs`` (in text order), in text order."""
    style = outer_style(text, paragraphs)
    scanner = _Scanner(text, style)
    spans: list[QuoteSpan] = []
    carried: int | None = None  # group left open by the previous paragraph
    for index, para in enumerate(paragraphs):
        if carried is not None and not _opens_with_mark(text, para, style):
            carried = None
        spans_here, carried = scanner.paragraph(para, index, carried)
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if carried is not None and (following is None or following.kind != para.kind):
            carried = None
        spans.extend(spans_here)
    # quotes in the other style outside those, closed within their paragraph
    other = _Scanner(text, SINGLE_MARKS if style is DOUBLE_MARKS else DOUBLE_MARKS,
                     first_group=scanner.next_group)
    taken = [(s.open_mark, s.close_mark if s.close_mark is not None else s.end) for s in spans]
    for index, para in enumerate(paragraphs):
        for span in other.paragraph(para, index, None)[0]:
            close = span.close_mark
            if close is not None and not any(lo <= close and span.open_mark <= hi
                                              for lo, hi in taken):
                spans.append(span)
    spans.sort(key=lambda s: s.start)
    return spans


def outer_style(text: str, paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The marks that delimit top-level quotes in this article: double, unless single marks open
    more quotes than double marks do (British style with nested doubles)."""
    doubles = singles = 0
    for para in paragraphs:
        for i in range(para.start, para.end):
            ch = text[i]
            if ch in DOUBLE_MARKS:
                doubles += _can_open(text, i, para) and not _can_close(text, i, para)
            elif ch in SINGLE_MARKS and _single_is_mark(text, i, para):
                singles += _can_open(text, i, para) and not _can_close(text, i, para)
    return SINGLE_MARKS if singles > doubles else DOUBLE_MARKS


class _Scanner:
    def __init__(self, text: str, style: frozenset[str], first_group: int = 0) -> None:
        self.text = text
        self.style = style
        self.openers = DOUBLE_OPENERS if style is DOUBLE_MARKS else SINGLE_OPENERS
        self.closers = DOUBLE_CLOSERS if style is DOUBLE_MARKS else SINGLE_CLOSERS
        self.next_group = first_group

    def paragraph(self, para: Paragraph, index: int, carried: int | None
                  ) -> tuple[list[QuoteSpan], int | None]:
        text = self.text
        spans: list[QuoteSpan] = []
        open_at: int | None = None
        group = -1
        continued = False
        for i in range(para.start, para.end):
            if text[i] not in self.style or not self._is_mark(i, para):
                continue
            role = self._role(i, para, inside=open_at is not None)
            if open_at is None:
                if role != "open":
                    continue  # a stray closing mark
                open_at = i
                if carried is not None and not spans:
                    group, continued, carried = carried, True, None
                else:
                    group, continued = self._new_group(), False
            elif role == "reopen":  # an opening mark inside a quote: the close was left out
                self._add(spans, open_at, i, None, group, index, continued)
                open_at, group, continued = i, self._new_group(), False
            else:
                self._add(spans, open_at, i, i, group, index, continued)
                open_at = None
        if open_at is None:
            return spans, None
        self._add(spans, open_at, para.end, None, group, index, continued)
        return spans, group

    def _new_group(self) -> int:
        self.next_group += 1
        return self.next_group - 1

    def _is_mark(self, i: int, para: Paragraph) -> bool:
        if self.style is SINGLE_MARKS:
            return _single_is_mark(self.text, i, para)
        ch = self.text[i]
        # an inch mark: 12" or 5'10"
        return not (ch == '"' and i > para.start and self.text[i - 1].isdigit()
                    and not _can_open(self.text, i, para))

    def _role(self, i: int, para: Paragraph, inside: bool) -> str:
        """"open", "close" or "reopen" (an opener met inside an unclosed quote)."""
        ch = self.text[i]
        can_open = _can_open(self.text, i, para)
        can_close = _can_close(self.text, i, para)
        if not inside:
            if can_open or (ch in self.openers and not can_close):
                return "open"
            if ch in self.closers or can_close:
                return "close"
            return "open"
        if can_close or (ch in self.closers and not can_open):
            return "close"
        if can_open and self.text[i - 1].isspace():
            return "reopen"
        return "close"

    def _add(self, spans: list[QuoteSpan], open_at: int, end: int, close: int | None,
             group: int, index: int, continued: bool) -> None:
        start = open_at + 1
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if any(ch.isalnum() for ch in self.text[start:end]):
            spans.append(QuoteSpan(start, end, open_at, close, group, index, continued))


def _can_open(text: str, i: int, para: Paragraph) -> bool:
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return (before.isspace() or before in BEFORE_OPEN) and not after.isspace()


def _can_close(text: str, i: int, para: Paragraph) -> bool:
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    return not before.isspace() and (after.isspace() or after in AFTER_CLOSE)


def _single_is_mark(text: str, i: int, para: Paragraph) -> bool:
    """False for apostrophes: don't, Ukraine's, '90s, the ministers' plan."""
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    if before.isalnum() and after.isalnum():
        return False  # don't, Ukraine’s, rock’n’roll
    if after.isdigit() or text.startswith(ELISION_STARTS, i + 1):
        return False  # '90s, 'em
    if before in "sS" and after.isspace():
        # "the ministers' plan" (an apostrophe) or "... with other ministers' he said" (a close):
        # a close is followed by its attribution or the end of the sentence.
        rest = text[i + 1:min(para.end, i + 16)].lstrip()
        return not rest[:1].islower() or rest.split(" ", 1)[0] in _ATTRIBUTION_STARTS
    return True


_ATTRIBUTION_STARTS = frozenset({"he", "she", "they", "it", "we", "said", "says", "added",
                                 "told", "according", "the", "a", "and", "but"})


def _opens_with_mark(text: str, para: Paragraph, style: frozenset[str]) -> bool:
    i = para.start
    while i < para.end and text[i].isspace():
        i += 1
    return i < para.end and text[i] in style
