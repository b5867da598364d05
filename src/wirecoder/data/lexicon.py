"""The event lexicon (``data/event_lexicon.json``): trigger words and phrases -> PLOVER types.

``load_lexicon()`` returns a validated :class:`Lexicon`. Each verb or noun entry maps a lemma to a
PLOVER type (or to ``null``, which blocks a frequent non-event use) with an optional mode and
optional constraints on the particle, preposition, object or modifiers. The event coder tries a
word's entries most specific first (``TriggerEntry.specificity``) and takes the first whose
constraints hold; the constraints are evaluated by :mod:`wirecoder.coding.triggers`.

Entry keys (all but ``lemma`` and ``type`` optional):

=========================== =====================================================================
``lemma``                   verb lemma, or noun phrase ("air strike": head "strike" + "air")
``type``                    PLOVER type, or null for an explicit non-event
``mode``                    list of PLOVER modes of that type
``status``                  default status of events from this trigger (e.g. "pledged")
``particle``                verb particle required ("pull out", "crack down")
``prep``                    a prepositional child required ("call on", "stand with")
``object``                  the object (or a modifier phrase of it) must be one of these; "@NAME"
                            refers to a ``word_classes`` list
``object_not``              the object must not be one of these
``object_required``         the verb must have an object
``object_actor``            the object must name a political actor
``object_state``            the object must name a state or an international organisation (a
                            country code, no sector but government): "blocked Ukraine from
                            joining" is a veto, "stopped protesters from marching" is not
``no_object``               the verb must have no direct object (intransitive use)
``no_complement``           no clausal complement ("called him a liar" is not a phone call)
``needs_object_or_complement`` the verb needs an object or a clausal complement
``complement_not``          the verb's clausal complement must not be one of these verbs
``subject_sector``          the subject must resolve to one of these PLOVER sectors
``subject``                 the subject (or a modifier phrase of it) must be one of these
                            ("arrive" with peacekeepers as subject is AID)
``joint``                   the PLOVER type when two or more actors of different countries act
                            together ("French and Egyptian warships held war games": COOPERATE)
``recipient_preps``         prepositions whose objects are recipients (default: the coder's list)
``swap``                    the grammatical subject is the recipient ("X hosted Y": Y visits X)
``modifier``                nouns: a compound/adjective modifier required ("hunger strike")
``light_verbs``             nouns: only as the object of one of these verbs ("lodge a protest")
``note``                    free text
=========================== =====================================================================

Top-level lists besides ``verbs`` and ``nouns`` (``@NAME`` expands a word class where noted):
``reporting_verbs`` (a "said" alone is no event), ``light_verbs`` (verbs that carry a nominal
trigger: "held talks"), ``status_cues`` (governing lemmas -> status), ``status_words`` (negation,
modals, adverbs -> status), ``request_modals`` ("X said Y must ..." is a REQUEST), ``need_verbs``
("X said it needs ..." is a REQUEST), ``light_nouns`` (nouns that carry a nominal trigger in a
compound: "a mediation effort"), ``non_agents`` (@: weather, disasters, vehicles, accidents; such
a subject makes no event), ``attack_means`` (@: weapons and attacks that stand for an unknown
attacker: "a roadside bomb killed ...") and ``attack_means_not`` (modifiers that make such a word
harmless: "heart attack", "gas explosion"); ``assault_means_modes`` (ASSAULT mode -> words for
the means, used when the trigger gives no mode: "killed by a roadside bomb" is explosives).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.coding.plover import (
    DataError,
    PloverSpec,
    check_header,
    expect,
    expect_str_list,
    load_data,
    load_plover,
)
from wirecoder.document import STATUSES

LEXICON_SCHEMA = "wirecoder.event_lexicon/1"

_LIST_KEYS = ("mode", "particle", "prep", "object", "object_not", "modifier", "light_verbs",
              "complement_not", "recipient_preps", "subject_sector", "subject")
_BOOL_KEYS = ("object_required", "object_actor", "object_state", "no_object", "no_complement",
              "needs_object_or_complement", "swap")
_ENTRY_KEYS = frozenset({"lemma", "type", "status", "note", "joint", *_LIST_KEYS, *_BOOL_KEYS})
# How much each constraint makes an entry more specific than a bare lemma.
_WEIGHTS = {
    "particle": 3.0, "object": 2.0, "prep": 2.0, "modifier": 2.0, "light_verbs": 2.0,
    "subject": 2.0, "object_state": 1.5,
    "object_actor": 1.0, "subject_sector": 1.0, "object_required": 1.0, "no_object": 1.0,
    "no_complement": 1.0, "needs_object_or_complement": 0.5, "object_not": 0.5,
    "complement_not": 0.5,
}
STATUS_WORD_KINDS = frozenset({"accidental", "habitual", "claimed", "hypothetical", "future",
                               "conditional", "negation", "historical"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger pattern. ``phrase`` is the full lemma, ``head`` its last word."""

    phrase: str
    head: str
    type: str | None
    pos: str  # "verb" or "noun"
    order: int
    mode: tuple[str, ...] = ()
    status: str | None = None
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    complement_not: frozenset[str] = frozenset()
    recipient_preps: tuple[str, ...] | None = None
    subject_sector: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    joint: str | None = None
    object_required: bool = False
    object_actor: bool = False
    object_state: bool = False
    no_object: bool = False
    no_complement: bool = False
    needs_object_or_complement: bool = False
    swap: bool = False
    specificity: float = 0.0
    note: str = field(default="", compare=False)


@dataclass(slots=True)
class Lexicon:
    version: str
    source: str
    plover: PloverSpec
    verbs: dict[str, list[TriggerEntry]]
    nouns: dict[str, list[TriggerEntry]]
    word_classes: dict[str, frozenset[str]]
    reporting_verbs: frozenset[str]
    light_verbs: frozenset[str]
    theme_words: frozenset[str]  # objects that are things given or used, never recipients
    status_cues: dict[str, str]  # governing lemma -> status
    status_words: dict[str, frozenset[str]]
    request_modals: frozenset[str] = frozenset()  # "X said Y must ..." is a REQUEST by X
    # "X said it needs ...": a speaker's own need is a REQUEST
    need_verbs: frozenset[str] = frozenset()
    # heads that carry a nominal trigger in a compound: "a mediation effort", "a bombing campaign"
    light_nouns: frozenset[str] = frozenset()
    # nouns that act without anyone responsible (weather, disasters, vehicles, accidents):
    # "wildfires destroyed homes", "a bus carrying pilgrims plunged ..., killing 22"
    non_agents: frozenset[str] = frozenset()
    # weapons and attacks that stand for an unnamed attacker: "a roadside bomb killed ..."
    attack_means: frozenset[str] = frozenset()
    # modifiers that make such a word harmless or accidental: "heart attack", "gas explosion"
    attack_means_not: frozenset[str] = frozenset()
    # ASSAULT mode -> words for the means ("a roadside bomb": explosives), most telling first
    assault_means_modes: dict[str, frozenset[str]] = field(default_factory=dict)

    def verb_entries(self, *lemmas: str) -> list[TriggerEntry]:
        return _entries(self.verbs, lemmas)

    def noun_entries(self, *lemmas: str) -> list[TriggerEntry]:
        return _entries(self.nouns, lemmas)

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>",
                  plover: PloverSpec | None = None) -> Lexicon:
        """Validate ``data`` (the parsed event_lexicon.json) and index it."""
        plover = plover or load_plover()
        check_header(data, LEXICON_SCHEMA, source)
        raw_classes = data.get("word_classes", {})
        expect(isinstance(raw_classes, dict), source, "word_classes", "must be an object")
        classes: dict[str, frozenset[str]] = {}
        for name, words in raw_classes.items():
            expect(isinstance(name, str) and name.isupper(), source, f"word_classes.{name}",
                   "class names are upper case")
            classes[name] = frozenset(w.lower() for w in expect_str_list(
                words, source, f"word_classes.{name}", allow_empty=False))
        reporting = frozenset(expect_str_list(data.get("reporting_verbs", []), source,
                                              "reporting_verbs"))
        themes = expect_str_list(data.get("theme_classes", []), source, "theme_classes",
                                 allowed=classes)
        theme_words = frozenset().union(*(classes[name] for name in themes))
        light = frozenset(expect_str_list(data.get("light_verbs", []), source, "light_verbs"))
        cues_raw = data.get("status_cues", {})
        expect(isinstance(cues_raw, dict), source, "status_cues", "must be an object")
        cues: dict[str, str] = {}
        for status, lemmas in cues_raw.items():
            expect(status in STATUSES, source, f"status_cues.{status}",
                   f"unknown status; allowed: {', '.join(STATUSES)}")
            for lemma in expect_str_list(lemmas, source, f"status_cues.{status}"):
                cues.setdefault(lemma, status)
        words_raw = data.get("status_words", {})
        expect(isinstance(words_raw, dict), source, "status_words", "must be an object")
        status_words: dict[str, frozenset[str]] = {}
        for kind, words in words_raw.items():
            expect(kind in STATUS_WORD_KINDS, source, f"status_words.{kind}",
                   f"unknown kind; allowed: {', '.join(sorted(STATUS_WORD_KINDS))}")
            status_words[kind] = frozenset(expect_str_list(words, source,
                                                           f"status_words.{kind}"))
        means_raw = data.get("assault_means_modes", {})
        expect(isinstance(means_raw, dict), source, "assault_means_modes", "must be an object")
        means_modes: dict[str, frozenset[str]] = {}
        for mode, words in means_raw.items():
            expect(mode in plover.modes_of("ASSAULT"), source, f"assault_means_modes.{mode}",
                   f"not an ASSAULT mode; allowed: {list(plover.modes_of('ASSAULT'))}")
            means_modes[mode] = _expand(expect_str_list(
                words, source, f"assault_means_modes.{mode}", allow_empty=False), classes,
                source, f"assault_means_modes.{mode}")
        self = cls(version=data["version"], source=source, plover=plover, verbs={}, nouns={},
                   word_classes=classes, reporting_verbs=reporting, light_verbs=light,
                   theme_words=theme_words,
                   request_modals=frozenset(expect_str_list(
                       data.get("request_modals", []), source, "request_modals")),
                   need_verbs=frozenset(expect_str_list(
                       data.get("need_verbs", []), source, "need_verbs")),
                   light_nouns=frozenset(expect_str_list(
                       data.get("light_nouns", []), source, "light_nouns")),
                   non_agents=_expand(expect_str_list(
                       data.get("non_agents", []), source, "non_agents"),
                       classes, source, "non_agents"),
                   attack_means=_expand(expect_str_list(
                       data.get("attack_means", []), source, "attack_means"),
                       classes, source, "attack_means"),
                   attack_means_not=_expand(expect_str_list(
                       data.get("attack_means_not", []), source, "attack_means_not"),
                       classes, source, "attack_means_not"),
                   status_cues=cues, status_words=status_words,
                   assault_means_modes=means_modes)
        order = 0
        for pos, key in (("verb", "verbs"), ("noun", "nouns")):
            entries = data.get(key)
            expect(isinstance(entries, list), source, key, "must be a list")
            index = self.verbs if pos == "verb" else self.nouns
            for i, raw in enumerate(entries):
                entry = _entry(raw, pos, order, f"{key}[{i}]", source, plover, classes)
                index.setdefault(entry.head, []).append(entry)
                order += 1
        for index in (self.verbs, self.nouns):
            for entries in index.values():
                entries.sort(key=lambda e: (-e.specificity, e.order))
        for lemma in sorted(reporting & set(self.verbs)):
            bare = [e for e in self.verbs[lemma] if e.type and not (
                e.object or e.particle or e.prep or e.object_actor)]
            expect(not bare, source, f"verbs ({lemma})",
                   f"reporting verb {lemma!r} may only trigger events with an object, particle "
                   "or preposition constraint (a reporting verb alone is not an event)")
        return self


def _expand(items: list[str], classes: dict[str, frozenset[str]], source: str,
            where: str) -> frozenset[str]:
    """Words, with "@NAME" standing for a ``word_classes`` list."""
    out: set[str] = set()
    for item in items:
        if item.startswith("@"):
            expect(item[1:] in classes, source, where, f"unknown word class {item}")
            out |= classes[item[1:]]
        else:
            out.add(item.lower())
    return frozenset(out)


def _entries(index: dict[str, list[TriggerEntry]], lemmas: tuple[str, ...]) -> list[TriggerEntry]:
    seen: list[TriggerEntry] = []
    for lemma in dict.fromkeys(lemmas):
        for entry in index.get(lemma, ()):
            if entry not in seen:
                seen.append(entry)
    seen.sort(key=lambda e: (-e.specificity, e.order))
    return seen


def _entry(raw: Any, pos: str, order: int, where: str, source: str, plover: PloverSpec,
           classes: dict[str, frozenset[str]]) -> TriggerEntry:
    expect(isinstance(raw, dict), source, where, "must be an object")
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    expect(not unknown, source, where, f"unknown key(s) {unknown}")
    lemma = raw.get("lemma")
    expect(isinstance(lemma, str) and lemma.strip() == lemma and lemma, source,
           f"{where}.lemma", "must be a non-empty string")
    where = f"{where} ({lemma})"
    type_ = raw.get("type")
    expect(type_ is None or type_ in plover.types, source, f"{where}.type",
           f"unknown PLOVER type {type_!r}")
    values: dict[str, Any] = {}
    for key in _LIST_KEYS:
        if key not in raw:
            continue
        items = expect_str_list(raw[key], source, f"{where}.{key}", allow_empty=False)
        if key == "mode":
            expect(type_ is not None, source, f"{where}.mode", "a null type has no mode")
            allowed = plover.modes_of(type_)
            bad = [m for m in items if m not in allowed]
            expect(not bad, source, f"{where}.mode",
                   f"{bad} not modes of {type_}; allowed: {list(allowed)}")
            values[key] = tuple(items)
        elif key == "subject_sector":
            bad = [s for s in items if s not in plover.sectors]
            expect(not bad, source, f"{where}.subject_sector", f"unknown sector(s) {bad}")
            values[key] = frozenset(items)
        elif key == "recipient_preps":
            values[key] = tuple(i.lower() for i in items)
        else:
            expanded: set[str] = set()
            for item in items:
                if item.startswith("@"):
                    expect(item[1:] in classes, source, f"{where}.{key}",
                           f"unknown word class {item}")
                    expanded |= classes[item[1:]]
                else:
                    expanded.add(item.lower())
            values[key] = frozenset(expanded)
    for key in _BOOL_KEYS:
        if key in raw:
            expect(isinstance(raw[key], bool), source, f"{where}.{key}", "must be true or false")
            values[key] = raw[key]
    status = raw.get("status")
    expect(status is None or status in STATUSES, source, f"{where}.status",
           f"unknown status {status!r}")
    joint = raw.get("joint")
    expect(joint is None or (joint in plover.types and type_ is not None), source,
           f"{where}.joint", f"unknown PLOVER type {joint!r} (or a null-type entry)")
    if joint is not None:
        values["joint"] = joint
    note = raw.get("note", "")
    expect(isinstance(note, str), source, f"{where}.note", "must be a string")
    if pos == "verb":
        expect(" " not in lemma, source, where,
               "verb lemmas are single words; use particle/prep for phrasal verbs")
        expect(not ({"modifier", "light_verbs"} & set(raw)), source, where,
               "modifier and light_verbs apply to nouns only")
    else:
        expect("subject" not in raw, source, where, "subject applies to verbs only")
    phrase = lemma.lower()
    specificity = sum(w for k, w in _WEIGHTS.items() if raw.get(k))
    specificity += 2.0 * (len(phrase.split()) - 1)  # "air strike" beats "strike"
    # The word the phrase hangs on: "air strike" -> strike, "state of emergency" -> state.
    head = phrase.split(" of ")[0].split()[-1]
    return TriggerEntry(phrase=phrase, head=head, type=type_, pos=pos, order=order,
                        status=status, specificity=specificity, note=note, **values)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load and validate the event lexicon (the shipped file unless ``path`` is given)."""
    return load_data(path, "event_lexicon.json", LEXICON_SCHEMA, Lexicon.from_data)



__all__ = ["LEXICON_SCHEMA", "DataError", "Lexicon", "TriggerEntry", "load_lexicon"]
