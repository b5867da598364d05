"""Small readings of the spaCy parse that quote attribution needs."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from wirecoder.speech.marks import QuoteSpan

Token = Any  # spacy.tokens.Token

MARK_TOKENS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»", "„"})


def inside_map(offset: int, spans: Sequence[QuoteSpan], starts: list[int]) -> list[int]:
    """For each token of a paragraph parsed at ``offset``: the index of the quoted span it is
    in, or -1 (``starts`` are the tokens' offsets in the paragraph)."""
    inside = [-1] * len(starts)
    for index, span in enumerate(spans):
        lo = bisect_left(starts, span.start - offset)
        hi = bisect_left(starts, span.end - offset)
        for i in range(lo, hi):
            inside[i] = index
    return inside


def distance(token: Token, tokens: list[Token]) -> int:
    return min(abs(token.i - t.i) for t in tokens)


def is_mark(token: Token) -> bool:
    return token.is_quote or token.text in MARK_TOKENS


def loose_subject(verb: Token, sent_start: int, naming: bool = False) -> list[Token]:
    """A speaker the parse did not make the subject: "..., said a protester" (parsed as an
    object), "..., the president of X, Jamel Msallem, said" (parsed as an apposition), "Biden
    called Antifa an "idea"" (parsed as "Biden" modified by "called"). The noun after a naming
    verb ("called Antifa an ...") is what is named, never the speaker."""
    doc = verb.doc
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i and \
            verb.head.pos_ in ("PROPN", "NOUN"):
        return [verb.head]  # a past tense cannot modify a noun: the noun is its subject
    if not naming and verb.lemma_.lower() != "tell" and verb.i + 1 < len(doc):
        after = [c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod", "oprd")
                 and c.pos_ in ("NOUN", "PROPN")]
        if after and after[0].left_edge.i == verb.i + 1:
            return after[:1]
    i = verb.i - 1
    while i >= sent_start and doc[i].is_punct:
        i -= 1
    if i >= sent_start and doc[i].pos_ == "PROPN" and \
            doc[i].ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return [doc[i]]
    return []


def according_content(according: Token) -> list[Token]:
    """The clause an "according to X" phrase belongs to: without the phrase when it opens or
    closes the clause, whole when it sits inside ("The toll, according to officials, rose")."""
    head = according.head
    if head.i == according.i:
        return []
    phrase = list(according.subtree)
    lo, hi = phrase[0].i, phrase[-1].i
    clause = list(head.subtree)
    before = [t for t in clause if t.i < lo]
    after = [t for t in clause if t.i > hi]
    if before and after and any(not t.is_punct for t in before) and \
            any(not t.is_punct for t in after):
        return clause
    return before if len(before) > len(after) else after


def trim_clause(tokens: list[Token]) -> list[Token]:
    """Without the leading "that", conjunction or punctuation, nor trailing punctuation."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space
                       or tokens[lo].dep_ in ("mark", "cc")):
        lo += 1
    while hi > lo and (tokens[hi - 1].is_punct or tokens[hi - 1].is_space):
        hi -= 1
    return tokens[lo:hi]
