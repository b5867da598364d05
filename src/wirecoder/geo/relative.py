"""Relative locations: "about 15 miles (24 kilometers) from the Ukrainian border", "30 km north
of Kharkiv". They are kept as text (``Place.relative``), not turned into coordinates.

:func:`find_relative_locations` finds the phrases in a parsed paragraph; :func:`attach` puts each
on a place: the place named inside the phrase ("30 km north of Kharkiv" -> Kharkiv), else the
nearest place before it in the same sentence ("Belgorod ... the city about 15 miles from the
border" -> Belgorod), else the nearest one after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wirecoder.document import Place

_NUMBER = (r"(?:\d+(?:[.,]\d+)*|a\s+few|a\s+couple\s+of|several|a\s+dozen|dozens\s+of|"
           r"hundreds\s+of|tens\s+of|a\s+hundred|one\s+hundred|one|two|three|four|five|six|"
           r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
           r"seventy|eighty|ninety|a|an)")
_QUALIFIER = (r"(?:(?:about|around|some|roughly|approximately|nearly|almost|just|only|barely|"
              r"less\s+than|more\s+than|fewer\s+than|over|under|at\s+least|up\s+to)\s+)?")
_UNIT = (r"(?:nautical\s+miles?|miles?|mi|kilometers?|kilometres?|km|kms|meters?|metres?|m|"
         r"feet|ft|yards?)")
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_DIRECTION = (rf"(?:(?:away\s+)?from|outside(?:\s+of)?|inside|beyond|off|short\s+of|"
              rf"(?:to\s+the\s+)?{_COMPASS}\s+of|(?:up|down)stream\s+(?:of|from))")
_DISTANCE = rf"{_NUMBER}\s*-?\s*{_UNIT}\b(?:\s*\([^()]{{1,40}}\))?"
# "within 30 km of" takes a bare "of"; otherwise "six feet of water" would count.
RELATIVE_RE = re.compile(
    rf"\b(?:within\s+{_DISTANCE}\s+of|{_QUALIFIER}{_DISTANCE}\s+{_DIRECTION})\s+(?=\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RelativeLocation:
    start: int  # article offsets of the whole phrase, reference object included
    end: int
    sentence: tuple[int, int]


def find_relative_locations(sdoc: Any, offset: int, paragraph: str | None = None,
                            sentences: Sequence[tuple[int, int]] | None = None,
                            ) -> list[RelativeLocation]:
    """Relative-location phrases in one parsed paragraph found at ``offset``. ``paragraph``
    (its text) and ``sentences`` (paragraph offsets) save re-reading them from the parse."""
    found: list[RelativeLocation] = []
    for match in RELATIVE_RE.finditer(sdoc.text if paragraph is None else paragraph):
        span = sdoc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        end = _object_end(span[0])
        if sentences is None:
            sent = span[0].sent
            bounds = (sent.start_char, sent.end_char)
        else:
            bounds = next((s for s in sentences if s[0] <= match.start() < s[1]),
                          (match.start(), end))
        found.append(RelativeLocation(offset + match.start(), offset + end,
                                      (offset + bounds[0], offset + bounds[1])))
    return found


def _object_end(token: Any) -> int:
    """End (paragraph offset) of the noun phrase starting at ``token``; "the outskirts of
    Kharkiv" keeps its "of" complement."""
    chunk = next((c for c in token.doc.noun_chunks if c.start <= token.i < c.end), None)
    if chunk is None:
        return token.idx + len(token.text)
    end_token = chunk[-1]
    nxt = token.doc[end_token.i + 1] if end_token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "of":
        inner = next((c for c in token.doc.noun_chunks if c.start == nxt.i + 1), None)
        if inner is not None:
            end_token = inner[-1]
    return end_token.idx + len(end_token.text)


def attach(relatives: Sequence[RelativeLocation], places: Sequence[Place], text: str) -> None:
    """Set ``relative`` on the place each phrase belongs to (``places`` in text order, offsets
    into the article ``text``)."""
    for rel in relatives:
        in_sentence = [p for p in places if rel.sentence[0] <= p.start < rel.sentence[1]
                       and p.relative is None]
        inside = [p for p in in_sentence if rel.start <= p.start and p.end <= rel.end]
        before = [p for p in in_sentence if p.end <= rel.start]
        after = [p for p in in_sentence if p.start >= rel.end]
        # Inside the phrase, the last place heads it ("... of Florida's West Palm Beach").
        target = (inside[-1:] or before[-1:] or after[:1] or [None])[0]
        if target is not None:
            target.relative = text[rel.start:rel.end]
