"""Speech cues (``data/speech_cues.json``): which words attribute a quote, and how to label them.

``load_speech_cues()`` returns a validated :class:`SpeechCues`; a malformed file raises
:class:`wirecoder.coding.plover.DataError` (a :class:`wirecoder.errors.ConfigError`) naming the file
and the entry, when the pipeline is built.

File keys:

================== ===============================================================================
``verbs``          ``{"lemma", "cue", "reported", "particle"?}``: a verb that attributes a quote to
                   its subject; ``cue`` is the label stored on the quote ("said"); ``reported``
                   marks verbs whose complement clause is indirect speech ("X said that ...")
``document_verbs`` verbs (same form as ``verbs``) that quote only when a document is their
                   subject ("Part of the tweet included the statement, "..."")
``prepositions``   ``{"phrase", "cue"}``: two-word prepositions naming a source ("according to")
``channel_nouns``  "said in a statement": the noun after "in" that turns the cue into a phrase
``document_nouns`` "a statement from the ministry said": nouns whose owner is the speaker
``naming``         ``verbs`` and ``markers`` that name rather than quote ("what Moscow calls",
                   "so-called"), and ``term_max_words``, the longest quoted term
``gender``         ``male`` / ``female``: titles and first names that tell "he" from "she"
================== ===============================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.coding.plover import (
    DataError,
    check_header,
    expect,
    expect_str_list,
    load_data,
)

SPEECH_CUES_SCHEMA = "wirecoder.speech_cues/1"
SPEECH_CUES_FILE = "speech_cues.json"
_VERB_KEYS = frozenset({"lemma", "cue", "reported", "particle", "note"})


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    lemma: str
    cue: str
    reported: bool
    particle: str | None = None


@dataclass(frozen=True, slots=True)
class SpeechCues:
    version: str
    source: str
    verbs: dict[str, list[SpeechVerb]]  # lemma -> entries (with and without a particle)
    document_verbs: dict[str, list[SpeechVerb]]  # cues only with a document subject
    prepositions: dict[tuple[str, str], str]  # ("according", "to") -> "according to"
    channel_nouns: frozenset[str]
    document_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    naming_markers: tuple[tuple[str, ...], ...]  # word sequences, lower case
    term_max_words: int
    male: frozenset[str]
    female: frozenset[str]

    def verb(self, lemma: str, particle: str | None = None) -> SpeechVerb | None:
        """The entry for a verb lemma; one with a particle ("point out") needs that particle."""
        entries = self.verbs.get(lemma, ())
        for entry in entries:
            if entry.particle is not None and entry.particle == particle:
                return entry
        return next((e for e in entries if e.particle is None), None)

    @classmethod
    def from_data(cls, data: Any, source: str = "<data>") -> SpeechCues:
        check_header(data, SPEECH_CUES_SCHEMA, source)
        verbs = _verbs(data.get("verbs"), source)
        document_verbs = _verbs(data.get("document_verbs"), source, "document_verbs") \
            if "document_verbs" in data else {}
        preps: dict[tuple[str, str], str] = {}
        raw_preps = data.get("prepositions", [])
        expect(isinstance(raw_preps, list), source, "prepositions", "must be a list")
        for i, raw in enumerate(raw_preps):
            where = f"prepositions[{i}]"
            expect(isinstance(raw, dict) and isinstance(raw.get("phrase"), str)
                   and isinstance(raw.get("cue"), str) and raw["cue"], source, where,
                   'must be an object with string "phrase" and "cue"')
            words = tuple(raw["phrase"].lower().split())
            expect(len(words) == 2, source, where, "phrase must be two words ('according to')")
            preps[(words[0], words[1])] = raw["cue"]
        naming = data.get("naming", {})
        expect(isinstance(naming, dict), source, "naming", "must be an object")
        max_words = naming.get("term_max_words", 5)
        expect(isinstance(max_words, int) and not isinstance(max_words, bool) and max_words > 0,
               source, "naming.term_max_words", "must be a positive integer")
        gender = data.get("gender", {})
        expect(isinstance(gender, dict), source, "gender", "must be an object")
        male = _lower_set(gender.get("male", []), source, "gender.male")
        female = _lower_set(gender.get("female", []), source, "gender.female")
        both = sorted(male & female)
        expect(not both, source, "gender", f"listed as both male and female: {both}")
        markers = expect_str_list(naming.get("markers", []), source, "naming.markers")
        return cls(
            version=data["version"], source=source, verbs=verbs,
            document_verbs=document_verbs, prepositions=preps,
            channel_nouns=_lower_set(data.get("channel_nouns", []), source, "channel_nouns"),
            document_nouns=_lower_set(data.get("document_nouns", []), source, "document_nouns"),
            naming_verbs=_lower_set(naming.get("verbs", []), source, "naming.verbs"),
            naming_markers=tuple(tuple(m.lower().split()) for m in markers),
            term_max_words=max_words, male=male, female=female,
        )


def _verbs(raw_verbs: Any, source: str, key: str = "verbs") -> dict[str, list[SpeechVerb]]:
    expect(isinstance(raw_verbs, list) and bool(raw_verbs), source, key,
           "must be a non-empty list")
    verbs: dict[str, list[SpeechVerb]] = {}
    for i, raw in enumerate(raw_verbs):
        where = f"{key}[{i}]"
        expect(isinstance(raw, dict), source, where, "must be an object")
        unknown = sorted(set(raw) - _VERB_KEYS)
        expect(not unknown, source, where,
               f"unknown key(s) {unknown}; allowed: {sorted(_VERB_KEYS)}")
        lemma, cue = raw.get("lemma"), raw.get("cue")
        where = f"{key}[{i}] ({lemma})"
        expect(isinstance(lemma, str) and bool(lemma) and lemma == lemma.lower(), source, where,
               '"lemma" must be a non-empty lower-case string')
        expect(isinstance(cue, str) and bool(cue), source, where,
               '"cue" must be a non-empty string')
        expect(isinstance(raw.get("reported", False), bool), source, where,
               '"reported" must be true or false')
        particle = raw.get("particle")
        expect(particle is None or (isinstance(particle, str) and bool(particle)), source, where,
               '"particle" must be a non-empty string')
        entries = verbs.setdefault(lemma, [])
        expect(all(e.particle != particle for e in entries), source, where,
               "duplicate verb entry")
        entries.append(SpeechVerb(lemma, cue, bool(raw.get("reported", False)), particle))
    return verbs


def _lower_set(value: Any, source: str, where: str) -> frozenset[str]:
    return frozenset(v.lower() for v in expect_str_list(value, source, where))


def load_speech_cues(path: str | Path | None = None) -> SpeechCues:
    """Load and validate the speech cues file (the shipped one by default, cached)."""
    return load_data(path, SPEECH_CUES_FILE, SPEECH_CUES_SCHEMA, SpeechCues.from_data)


__all__ = ["DataError", "SpeechCues", "SpeechVerb", "load_speech_cues"]
