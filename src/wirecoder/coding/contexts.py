"""PLOVER contexts for events, from cue words in sentence and paragraph (data/contexts.json).

A context is what an event is about (military, election, economic, legal ...), whatever its type.
Cues are looked up on token lemmas and lower-cased forms: a cue in the event's own sentence gives
its context; cues in the rest of the paragraph give one only when the paragraph holds at least
``paragraph_min_hits`` of them (one passing mention is not a topic). The actors' sectors
(``MIL`` -> military) and the event's modes (``cyber`` -> cyber) add contexts of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.coding.plover import (
    PloverSpec,
    check_header,
    expect,
    expect_str_list,
    load_data,
    load_plover,
)

CONTEXTS_SCHEMA = "wirecoder.contexts/1"
Token = Any


@dataclass(frozen=True, slots=True)
class ContextCues:
    version: str
    source: str
    words: dict[str, tuple[str, ...]]  # word -> contexts
    phrases: dict[str, dict[tuple[str, ...], tuple[str, ...]]]  # first word -> {words: contexts}
    sector_contexts: dict[str, tuple[str, ...]]
    mode_contexts: dict[str, tuple[str, ...]]
    max_contexts: int = 3
    paragraph_min_hits: int = 2

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>",
                  plover: PloverSpec | None = None) -> ContextCues:
        plover = plover or load_plover()
        check_header(data, CONTEXTS_SCHEMA, source)
        allowed = set(plover.contexts)
        raw = data.get("contexts")
        expect(isinstance(raw, dict) and raw, source, "contexts", "must be a non-empty object")
        words: dict[str, list[str]] = {}
        phrases: dict[str, dict[tuple[str, ...], list[str]]] = {}
        for name, entry in raw.items():
            where = f"contexts.{name}"
            expect(name in allowed, source, where,
                   f"unknown PLOVER context; allowed: {', '.join(plover.contexts)}")
            expect(isinstance(entry, dict), source, where, "must be an object")
            unknown = sorted(set(entry) - {"words", "phrases", "note"})
            expect(not unknown, source, where, f"unknown key(s) {unknown}")
            for word in expect_str_list(entry.get("words", []), source, f"{where}.words"):
                expect(" " not in word.strip() and word == word.strip(), source,
                       f"{where}.words", f"{word!r}: words are single tokens; use phrases")
                _add(words.setdefault(word.lower(), []), name)
                if "-" in word.strip("-"):  # the parser splits "cease-fire" into three tokens
                    parts = tuple(_hyphen_parts(word.lower()))
                    _add(phrases.setdefault(parts[0], {}).setdefault(parts, []), name)
            for phrase in expect_str_list(entry.get("phrases", []), source, f"{where}.phrases"):
                parts = tuple(phrase.lower().split())
                expect(len(parts) >= 2, source, f"{where}.phrases",
                       f"{phrase!r}: a phrase has two or more words; use words")
                _add(phrases.setdefault(parts[0], {}).setdefault(parts, []), name)
        maps: dict[str, dict[str, tuple[str, ...]]] = {}
        for key, vocab, label in (("sector_contexts", plover.sectors, "sector"),
                                  ("mode_contexts", {m for t in plover.types.values()
                                                     for m in t.modes}, "mode")):
            value = data.get(key, {})
            expect(isinstance(value, dict), source, key, "must be an object")
            for item, contexts in value.items():
                expect(item in vocab, source, f"{key}.{item}", f"unknown PLOVER {label}")
                expect_str_list(contexts, source, f"{key}.{item}", allowed=allowed,
                                allow_empty=False)
            maps[key] = {k: tuple(v) for k, v in value.items()}
        max_contexts = data.get("max_contexts", 3)
        min_hits = data.get("paragraph_min_hits", 2)
        for key, value in (("max_contexts", max_contexts), ("paragraph_min_hits", min_hits)):
            expect(isinstance(value, int) and not isinstance(value, bool) and value >= 1,
                   source, key, "must be a positive integer")
        return cls(
            version=data["version"], source=source,
            words={w: tuple(c) for w, c in words.items()},
            phrases={first: {p: tuple(c) for p, c in group.items()}
                     for first, group in phrases.items()},
            sector_contexts=maps["sector_contexts"], mode_contexts=maps["mode_contexts"],
            max_contexts=max_contexts, paragraph_min_hits=min_hits,
        )

    # -- matching ---------------------------------------------------------------------------
    def hits(self, tokens: Sequence[Token]) -> list[tuple[int, str]]:
        """(token index, context) for every cue in ``tokens`` (a sentence or paragraph)."""
        found: list[tuple[int, str]] = []
        forms = [(t.lower_, t.lemma_.lower()) for t in tokens]
        words, phrases = self.words, self.phrases
        for pos, (low, lem) in enumerate(forms):
            contexts = words.get(low) or words.get(lem)
            if contexts:
                found.extend((tokens[pos].i, c) for c in contexts)
            for first in {low, lem}:
                for parts, contexts in phrases.get(first, {}).items():
                    if _phrase_at(forms, pos, parts):
                        found.extend((tokens[pos].i, c) for c in contexts)
        return found

    def for_event(self, sentence_hits: Iterable[tuple[int, str]],
                  paragraph_hits: Iterable[tuple[int, str]], sentence_range: tuple[int, int],
                  sectors: Iterable[str | None] = (), modes: Iterable[str] = ()) -> list[str]:
        """Contexts of one event: from its modes and actors' sectors, its sentence, then its
        paragraph (other sentences), at most ``max_contexts``, strongest first."""
        ranked: dict[str, tuple[int, float]] = {}  # context -> (tier, -score)

        def note(context: str, tier: int, score: float) -> None:
            old = ranked.get(context)
            if old is None or (tier, -score) < old:
                ranked[context] = (tier, -score)

        for mode in modes:
            for c in self.mode_contexts.get(mode, ()):
                note(c, 0, 1.0)
        for sector in sectors:
            for c in self.sector_contexts.get(sector or "", ()):
                note(c, 1, 1.0)
        counts: dict[str, int] = {}
        for _, c in sentence_hits:
            counts[c] = counts.get(c, 0) + 1
        for c, n in counts.items():
            note(c, 1, float(n))
        lo, hi = sentence_range
        outside: dict[str, int] = {}
        for i, c in paragraph_hits:
            if not lo <= i < hi:
                outside[c] = outside.get(c, 0) + 1
        for c, n in outside.items():
            if n >= self.paragraph_min_hits:
                note(c, 2, float(n))
        order = sorted(ranked, key=lambda c: ranked[c])
        return order[: self.max_contexts]


def _add(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def _hyphen_parts(word: str) -> list[str]:
    out: list[str] = []
    for i, piece in enumerate(word.split("-")):
        if i:
            out.append("-")
        out.append(piece)
    return out


def _phrase_at(forms: list[tuple[str, str]], pos: int, parts: tuple[str, ...]) -> bool:
    if pos + len(parts) > len(forms):
        return False
    return all(part in forms[pos + k] for k, part in enumerate(parts))


def load_contexts(path: str | Path | None = None) -> ContextCues:
    """Load and validate the context cues (the shipped file unless ``path`` is given)."""
    return load_data(path, "contexts.json", CONTEXTS_SCHEMA, ContextCues.from_data)



__all__ = ["CONTEXTS_SCHEMA", "ContextCues", "load_contexts"]
