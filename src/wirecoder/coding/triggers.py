"""Find event triggers in a parsed sentence: verbs by lemma and nominal triggers, with constraints.

A trigger is a token plus the :class:`~wirecoder.data.lexicon.TriggerEntry` whose constraints it
meets. Entries are tried most specific first; an entry with a null type blocks the word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from wirecoder.data.lexicon import Lexicon, TriggerEntry

Token = Any  # spacy.tokens.Token (kept untyped so importing this module does not import spaCy)

# Verb uses that are modifiers, not predications ("Moscow-occupied areas", "the shelled town").
NON_PREDICATE_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss", "nummod",
                                "mark"})  # "provided (that) it has power"
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    entry: TriggerEntry

    @property
    def type(self) -> str | None:
        return self.entry.type

    @property
    def is_verb(self) -> bool:
        return self.entry.pos == "verb"


# Prepositions that set a scene rather than take an event as argument: "spoke at a rally",
# "joined in the investigation" (unlike "went on strike", "called for talks").
SETTING_PREPS = frozenset({"in", "at", "during", "near", "after", "before", "since", "from",
                           "amid", "despite", "throughout", "following", "like", "by"})
# Nouns that measure or count events: "ten days of talks", "a wave of strikes".
MEASURES = frozenset({"day", "week", "month", "hour", "year", "night", "series", "wave",
                      "round", "spate", "string", "number", "couple", "lot", "flurry", "rash",
                      "campaign", "period", "season", "cycle", "program", "programme"})
# Heads of partitive objects: "captured part of a stronghold" is about the stronghold.
PARTITIVES = frozenset({"part", "parts", "much", "most", "some", "section", "sections", "portion",
                        "rest", "half", "all", "many", "one", "dozens", "hundreds", "thousands",
                        # quantities of a thing given: "25,000 tons of food aid"
                        "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kilo",
                        "kilos", "litre", "litres", "liter", "liters", "barrel", "barrels",
                        "gallon", "gallons", "worth", "amount", "amounts", "quantity",
                        "quantities", "shipment", "shipments", "consignment", "consignments",
                        "batch", "batches", "load", "loads", "truckload", "truckloads",
                        "planeload", "planeloads", "supply", "stock", "stocks", "millions",
                        "billions", "lots", "number", "range", "variety"})


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def lemma_forms(token: Token) -> set[str]:
    """The lemma plus simple de-inflections of the form, for words the lemmatizer gets wrong
    ("staged" -> "stag" in small models)."""
    low = token.lower_
    forms = {lemma(token), low}
    if token.tag_.startswith("VB"):
        for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""),
                             ("s", ""), ("ing", ""), ("ing", "e"), ("d", "")):
            if low.endswith(suffix) and len(low) - len(suffix) >= 3:
                forms.add(low[: len(low) - len(suffix)] + repl)
        if re.search(r"([bdglmnprt])\1(ed|ing)$", low):  # "stopped" -> "stop"
            forms.add(re.sub(r"([bdglmnprt])\1(ed|ing)$", r"\1", low))
    return forms


def phrase_candidates(token: Token) -> set[str]:
    """Ways to name a token's concept: lemma, form, "modifier + lemma", "lemma of X"."""
    base = {lemma(token), token.lower_}
    out = set(base)
    if lemma(token) in PARTITIVES or token.lower_ in PARTITIVES:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        out |= phrase_candidates(pobj)
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "nummod") and child.i < token.i:
            for b in base:
                out.add(f"{lemma(child)} {b}")
                out.add(f"{child.lower_} {b}")
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.update(f"{b} of {pobj.lower_}" for b in base)
                    out.update(f"{b} of {lemma(pobj)}" for b in base)
    return out


def objects_of(verb: Token) -> list[Token]:
    """The verb's object(s): direct objects, a passive subject, "provide X with <object>"."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass":
            found.extend([child, *child.conjuncts])
        elif child.dep_ == "prep" and child.lower_ == "with" and verb.lemma_.lower() in (
                "provide", "supply", "equip", "arm"):
            found.extend(p for p in child.children if p.dep_ == "pobj")
    return found


def has_object(verb: Token) -> bool:
    return any(c.dep_ in OBJECT_DEPS for c in verb.children)


def complements(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    # "call on Iran to release": the xcomp may hang on the pobj
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in prep.children:
            out.extend(c for c in pobj.children if c.dep_ in ("xcomp", "acl", "relcl")
                       and c.tag_ == "VB")
    return out


def event_noun(token: Token, light_nouns: frozenset[str] = frozenset()) -> Token:
    """The noun that carries a nominal trigger in the clause: the trigger itself, or the light
    noun it modifies ("a mediation effort", "a bombing campaign")."""
    head = token.head
    if token.dep_ == "compound" and head.i != token.i and head.pos_ == "NOUN" and \
            (lemma(head) in light_nouns or head.lower_ in light_nouns):
        return head
    return token


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger depends on: "held talks" -> held, "went on strike" -> went."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
            and head.lower_ not in SETTING_PREPS:
        return head.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i and \
            (lemma(head.head) in MEASURES or head.head.lower_ in MEASURES):
        return governing_verb(head.head)  # "launched ten days of war games"
    if noun.dep_ == "conj":
        return governing_verb(noun.head)
    return None


class TriggerFinder:
    """Match tokens of a sentence against the lexicon."""

    def __init__(self, lexicon: Lexicon, is_political: Callable[[Token], bool],
                 sector_of: Callable[[Token], str | None],
                 is_state: Callable[[Token], bool] | None = None) -> None:
        self.lexicon = lexicon
        self.is_political = is_political
        self.sector_of = sector_of
        self.is_state = is_state or (lambda _token: False)

    def find(self, tokens: Iterable[Token]) -> list[Trigger]:
        found: list[Trigger] = []
        for token in tokens:
            trigger = self.match_verb(token) or self.match_noun(token)
            if trigger is not None:
                found.append(trigger)
        return found

    # -- verbs ------------------------------------------------------------------------------
    def match_verb(self, token: Token) -> Trigger | None:
        if not token.tag_.startswith("VB") or token.dep_ in NON_PREDICATE_DEPS:
            return None
        entries = self.lexicon.verb_entries(*sorted(lemma_forms(token)))
        for entry in entries:
            if self._verb_ok(token, entry):
                return Trigger(token, entry) if entry.type else None
        return None

    def _verb_ok(self, verb: Token, e: TriggerEntry) -> bool:
        children = list(verb.children)
        if e.particle and not any(c.dep_ == "prt" and c.lower_ in e.particle for c in children):
            return False
        if e.prep and not any(c.dep_ in ("prep", "agent", "prt") and c.lower_ in e.prep
                              for c in children):
            return False
        objects = objects_of(verb)
        if e.object_required and not has_object(verb):
            return False
        if e.no_object and has_object(verb):
            return False
        if e.object or e.object_not:
            cands = set().union(*(phrase_candidates(o) for o in objects)) if objects else set()
            if e.object and not cands & e.object:
                return False
            if e.object_not and cands & e.object_not:
                return False
        if e.object_state and not any(self.is_state(o) for o in objects_of(verb)):
            return False
        if e.object_actor:
            direct = [c for c in children if c.dep_ in OBJECT_DEPS]
            if e.prep:
                direct += [p for c in children if c.dep_ == "prep" and c.lower_ in e.prep
                           for p in c.children if p.dep_ == "pobj"]
            if not any(self.is_political(o) for o in direct):
                return False
        comps = [c for c in children if c.dep_ in CLAUSE_DEPS]
        if e.no_complement and comps:
            return False
        if e.needs_object_or_complement and not (comps or has_object(verb)):
            return False
        if e.complement_not and any(lemma(c) in e.complement_not for c in comps):
            return False
        if e.subject_sector:
            subjects = [c for c in children if c.dep_ == "nsubj"]
            if not any(self.sector_of(s) in e.subject_sector for s in subjects):
                return False
        if e.subject:
            subjects = [s for c in children if c.dep_ in ("nsubj", "nsubjpass")
                        for s in (c, *c.conjuncts)]
            if not any(phrase_candidates(s) & e.subject for s in subjects):
                return False
        return True

    # -- nouns ------------------------------------------------------------------------------
    def match_noun(self, token: Token) -> Trigger | None:
        if token.pos_ not in ("NOUN", "PROPN") or not token.tag_.startswith("NN"):
            return None
        if token.ent_type_ in ("DATE", "TIME", "PERSON", "WORK_OF_ART", "EVENT", "LAW"):
            return None  # "in March", "Operation Desert Storm" is a name, not the act
        entries = self.lexicon.noun_entries(lemma(token), token.lower_)
        if not entries:
            return None
        cands = phrase_candidates(token)
        verb = governing_verb(event_noun(token, self.lexicon.light_nouns))
        for entry in entries:
            if entry.phrase not in cands and entry.head == entry.phrase:
                continue  # single-word entry keyed by another form
            if " " in entry.phrase and entry.phrase not in cands:
                continue
            if entry.modifier and not any(f"{m} {lemma(token)}" in cands
                                          or f"{m} {token.lower_}" in cands
                                          for m in entry.modifier):
                continue
            if entry.light_verbs and (verb is None
                                      or not lemma_forms(verb) & entry.light_verbs):
                continue
            return Trigger(token, entry) if entry.type else None
        return None
