"""Resolve a mention string to an ACTOR object (CONTRACT.md §3), outside any article."""

from __future__ import annotations

from wirecoder.config import Options
from wirecoder.document import Actor
from wirecoder.resources import Resources


def resolve_mention(text: str, date: str | None = None, context: str | None = None,
                    resources: Resources | None = None) -> Actor:
    """The best ACTOR the dictionary supports for ``text``; ``code`` is None when nothing matched.

    ``date`` and ``context`` are accepted for time-aware and context-aware resolution
    (office holders); the current dictionary does not use them yet.
    """
    resources = resources or Resources(Options())
    match = resources.actors.resolve(text)
    actor = Actor(text=text, start=0, end=len(text))
    if match is not None:
        actor.code, actor.org, actor.sector, actor.role = (
            match.code, match.org, match.sector, match.role)
    return actor
