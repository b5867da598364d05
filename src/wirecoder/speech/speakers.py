"""Speakers as actors: who a speech cue's subject is, and whom "he", "she" and "they" stand for.

Mentions are resolved by the event coder's :class:`~wirecoder.coding.arguments.ArgumentResolver`
(actor dictionary, roles, names remembered in a :class:`DocumentMemory`), so a speaker and an
event actor written the same way get the same ACTOR. What this module adds is what attribution
needs beyond that:

* pronoun speakers go to the most recent compatible *salient* actor: speakers first, then
  main-clause subjects, then other subjects and named people, sentence by sentence backwards,
  never to names inside quotes ("I told Putin ...," he said); "he"/"she" skip people known to be
  of the other gender (titles, first names, earlier pronouns), "they" prefers groups ("the defense
  ministers", "Denmark and the Netherlands"), "it" organisations;
* a surname ("Lund Poulsen", "Smith") gets the full name and record of the person introduced
  earlier, also when that person has no actor code (the resolver's memory keeps coded actors only);
* speakers the dictionary does not know ("a witness", "residents") still become actors (code UNK),
  and "a statement from the ministry said" gives the ministry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from wirecoder.coding.arguments import (
    ArgumentResolver,
    DocumentMemory,
    Mention,
    mention_span,
    owner_heads,
)
from wirecoder.coding.coref import gender_words
from wirecoder.data.actors import ActorDictionary
from wirecoder.document import Actor
from wirecoder.speech.cues import SpeechCues

Token = Any  # spacy.tokens.Token

PERSON, GROUP, ORG = "person", "group", "org"
# Ranks of salience inside one sentence (lower is more salient).
SPEAKER_RANK, MAIN_SUBJECT_RANK, SUBJECT_RANK, NAMED_RANK = 0, 1, 2, 3
SINGULAR_PERSON = frozenset({"he", "she", "him", "her"})
PLURAL = frozenset({"they", "them"})
NEUTER = frozenset({"it"})
UNATTRIBUTABLE = frozenset({"i", "me", "we", "us", "you", "this", "these", "those", "there",
                            "what", "it's"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# A subject that denies anyone spoke ("no candidate mentioned", "nobody said") names no speaker.
NEGATED_SUBJECTS = frozenset({"nobody", "none", "noone", "neither", "nothing"})
POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "its": "it", "their": "they"}
# "Part of Trump's tweet", "the summary of the decision": the document is the "of" object.
DOCUMENT_PARTS = frozenset({"part", "portion", "excerpt", "extract", "summary", "section",
                            "passage", "text", "copy", "rest"})
# Pronouns that stand for an earlier actor; other pronoun subjects ("one of the children",
# "both", "someone") are taken as written.
ANAPHORIC = SINGULAR_PERSON | PLURAL | NEUTER


@dataclass(slots=True)
class Speaker:
    actor: Actor
    kind: str  # person | group | org
    gender: str | None = None  # "m" | "f" | None (unknown)


@dataclass(slots=True)
class _Salient:
    speaker: Speaker
    sentence: int
    rank: int


class SpeakerTracker:
    """Salient actors of one document, for pronoun speakers and surname expansion."""

    def __init__(self, cues: SpeechCues, window: int = 8) -> None:
        self.cues = cues
        self.window = window
        self.sentence = 0
        self._salient: list[_Salient] = []
        self._names: dict[str, Actor] = {}  # lower-case last word -> fullest person record
        self._gender: dict[str, str] = {}  # lower-case name -> "m" | "f"
        self._own: tuple[int, int] | None = None  # the sentence of the pronoun being resolved

    def next_sentence(self) -> None:
        self.sentence += 1

    def note(self, speaker: Speaker, rank: int) -> None:
        actor = speaker.actor
        if speaker.kind == PERSON and actor.name:
            key = actor.name.lower()
            if speaker.gender:
                self._gender.setdefault(key, speaker.gender)
            known = self._names.get(key.split()[-1])
            if known is None or len((known.name or "").split()) < len(actor.name.split()):
                self._names[key.split()[-1]] = actor
        self._salient.append(_Salient(speaker, self.sentence, rank))

    def antecedent(self, pronoun: str, own: tuple[int, int] | None = None) -> Speaker | None:
        """The actor a pronoun speaker most likely stands for, or None. ``own`` is the span of
        the pronoun's sentence: names learned there are not its antecedent ("Speaking to Martin
        Smith, he said"), speakers of its earlier quotes are."""
        self._own = own
        try:
            return self._antecedent(pronoun)
        finally:
            self._own = None

    def _antecedent(self, pronoun: str) -> Speaker | None:
        low = pronoun.lower()
        if low in SINGULAR_PERSON:
            want = "m" if low in ("he", "him") else "f"
            found = self._latest(lambda s: s.kind == PERSON and self.gender(s) in (None, want))
            if found is not None and self.gender(found) is None and found.actor.name:
                self._gender[found.actor.name.lower()] = want  # "she said" teaches the gender
            return found
        if low in PLURAL:
            return self._latest(lambda s: s.kind == GROUP) or \
                self._latest(lambda s: s.kind == ORG)
        if low in NEUTER:
            return self._latest(lambda s: s.kind == ORG)
        return None

    def _latest(self, fits: Any) -> Speaker | None:
        best: _Salient | None = None
        own = self._own
        for item in reversed(self._salient):
            if self.sentence - item.sentence > self.window:
                break
            if own is not None and item.rank != SPEAKER_RANK and \
                    own[0] <= item.speaker.actor.start < own[1]:
                continue
            if best is not None and item.sentence != best.sentence:
                break  # the most recent sentence with a candidate decides
            if fits(item.speaker) and (best is None or item.rank < best.rank):
                best = item
        return best.speaker if best else None

    def gender(self, speaker: Speaker) -> str | None:
        if speaker.gender:
            return speaker.gender
        name = speaker.actor.name
        return self._gender.get(name.lower()) if name else None

    def full_name(self, actor: Actor, surname: str | None = None) -> Actor:
        """"Smith" after "John Smith": the earlier record, with this mention's offsets."""
        name = actor.name or surname or actor.text
        words = name.split()
        if not words or len(words) > 3:
            return actor
        known = self._names.get(words[-1].lower())
        if known is None or not known.name or known.name == name or \
                not known.name.lower().endswith(name.lower()):
            return actor
        return replace(actor, name=known.name, code=_known(actor.code) or known.code,
                       org=actor.org or known.org, sector=actor.sector or known.sector,
                       role=actor.role or known.role)


def _known(code: str | None) -> str | None:
    return None if code in (None, "UNK") else code


class SpeakerFinder:
    """Turns the subject heads of a speech cue into one speaker (a group for coordinations)."""

    def __init__(self, cues: SpeechCues, actors: ActorDictionary, memory: DocumentMemory,
                 tracker: SpeakerTracker, text: str) -> None:
        self.cues = cues
        self.text = text  # the article text, for group mentions
        self.actors = actors
        self.memory = memory
        self.tracker = tracker
        self.resolver: ArgumentResolver | None = None

    def start_segment(self, offset: int) -> None:
        self.resolver = ArgumentResolver(self.actors, offset, self.memory)

    def speaker(self, heads: list[Token], own: tuple[int, int] | None = None) -> Speaker | None:
        """One speaker for subject heads; ``own`` is the span of their sentence (see
        :meth:`SpeakerTracker.antecedent`)."""
        # "itself Ford" (a misparse of "... itself, Ford ..."): the apposition names the speaker
        heads = [next((c for c in h.children if c.dep_ == "appos"), h) if h.pos_ == "PRON"
                 else h for h in heads]
        heads = [h for h in heads if h.lower_ not in UNATTRIBUTABLE and not _negated(h)]
        if not heads:
            return None
        if len(heads) == 1 and heads[0].lower_ in RELATIVE and not _is_acronym(heads[0]):
            noun = _relative_antecedent(heads[0])  # "a statement which said": the statement
            if noun is None:
                return None
            heads = [noun]
        if len(heads) == 1 and heads[0].lower_ in ANAPHORIC and not _is_acronym(heads[0]):
            return self._pronoun(heads[0], own)
        parts = [p for p in (self._one(h) for h in heads) if p is not None]
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return Speaker(_group_actor(parts, self.text), GROUP)

    def learn(self, mention_heads: list[tuple[Token, int]]) -> None:
        """Note the actors of one sentence (heads outside quotes, with their rank)."""
        seen: set[int] = set()
        for head, rank in mention_heads:
            if head.i in seen or head.pos_ == "PRON":
                continue
            seen.add(head.i)
            mention = self.resolver.resolve(head, allow_pronoun=False) if self.resolver else None
            if mention is None:
                continue
            self.memory.remember([mention])
            self.tracker.note(self._from_mention(mention, head), rank)

    # -- one head ------------------------------------------------------------------------------
    @property
    def _offset(self) -> int:
        return self.resolver.offset if self.resolver else 0

    def _one(self, head: Token) -> Speaker | None:
        resolver = self.resolver
        if resolver is None:
            return None
        # an acronym ("WHO") is no pronoun: the resolver reads it, and the article's own
        # short names ("the World Health Organization (WHO)") through the actors registry
        if head.lower_ in ANAPHORIC and not _is_acronym(head):
            return self._pronoun(head)
        if _lemma(head) in DOCUMENT_PARTS:
            # "Part of Trump's tweet included": whoever wrote the tweet
            document = _of_object(head)
            if document is not None and _lemma(document) in self.cues.document_nouns:
                return self._document_author(document)
        if head.pos_ == "NOUN" and _lemma(head) in self.cues.document_nouns:
            return self._document_author(head)
        return self._actor(head)

    def _actor(self, head: Token) -> Speaker | None:
        resolver = self.resolver
        if resolver is None:
            return None
        mention = resolver.resolve(head, allow_pronoun=False)
        if mention is not None:
            return self._from_mention(mention, head)
        return self._unlisted(head)

    def _document_author(self, head: Token, depth: int = 0) -> Speaker | None:
        """A document speaks for its author: "a statement from the ministry said" gives the
        ministry, "they released a statement which said" gives them, "a CNN poll found" CNN.
        A document with no author named ("reports said", "polls showed") gives no speaker:
        a report is no actor."""
        resolver = self.resolver
        if resolver is None:
            return None
        issuer = _document_issuer(head)
        owners = [o for o in owner_heads(head) if o.dep_ != "amod" or o.pos_ == "PROPN"
                  or o.ent_type_ in ("NORP", "GPE", "ORG")]  # "a Russian statement", not
        # "initial reports"
        for owner in owners + ([issuer] if issuer is not None else []):
            subject_form = POSSESSIVE_SUBJECT.get(owner.lower_, owner.lower_)
            if subject_form in ANAPHORIC and not _is_acronym(owner):
                # "Their statement read": whom "they" stands for, as for a pronoun speaker
                found = self.tracker.antecedent(subject_form)
                if found is not None:
                    return Speaker(replace(found.actor), found.kind, found.gender)
                mention = resolver.resolve(owner)
                if mention is not None:
                    return self._from_mention(mention, owner)
                continue
            if owner.pos_ == "PRON":
                continue  # "your manifesto", "our report": first and second person
            if _lemma(owner) in self.cues.document_nouns | DOCUMENT_PARTS or any(
                    c.dep_ == "compound" and _lemma(c) in self.cues.document_nouns
                    for c in owner.children):  # "Woodward's book Rage": a titled document
                # "excerpts from Bob Woodward's book": the book's author
                found = self._document_author(owner, depth + 1) if depth < 2 else None
                if found is not None:
                    return found
                continue
            found = self._one(owner)
            if found is not None and (owner.pos_ == "PROPN" or found.actor.code != "UNK"
                                      or found.actor.sector or found.actor.role):
                return found  # an actor, not "initial" or "opinion" in "opinion polls"
        return None

    def _pronoun(self, pron: Token, own: tuple[int, int] | None = None) -> Speaker | None:
        found = self.tracker.antecedent(pron.lower_, own)
        if found is not None:
            return Speaker(replace(found.actor), found.kind, found.gender)
        mentions = self.resolver.resolve_all(pron) if self.resolver else []
        if not mentions:
            return None
        if len(mentions) == 1:
            return self._from_mention(mentions[0], pron)
        parts = [self._from_mention(m, pron) for m in mentions]
        return Speaker(_group_actor(parts, self.text), GROUP)

    def _from_mention(self, mention: Mention, head: Token) -> Speaker:
        actor = _widen(mention.actor, head, self._offset)
        kind = self._kind(head, actor, mention.person)
        if kind == PERSON or (actor.name is None and head.text[:1].isupper()):
            expanded = self.tracker.full_name(actor, _name_run(head))
            if expanded is not actor:
                actor, kind = expanded, PERSON
        return Speaker(actor, kind, self._gender_hint(actor, head) if kind == PERSON else None)

    def _unlisted(self, head: Token) -> Speaker:
        """A speaker the dictionary does not know as written: "a witness", "residents", "the
        opposition health critic, Mark Lefebvre", "Smith"."""
        lo, hi = mention_span(head)
        span = head.doc[lo:hi]
        where = {"text": span.text, "start": self._offset + span.start_char,
                 "end": self._offset + span.end_char}
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and lo <= c.i < hi), None)
        mention = self.resolver.resolve(appos, allow_pronoun=False) \
            if appos is not None and self.resolver else None
        if mention is not None and mention.person:
            # the person named in apposition, with the whole phrase as the mention
            actor = self.tracker.full_name(replace(mention.actor, **where), _name_run(appos))
            return Speaker(actor, PERSON, self._gender_hint(actor, head))
        people = [e for e in span.ents if e.label_ == "PERSON"
                  and not any(ch.isdigit() for ch in e.text)]
        name = max(people, key=len).text if people else None
        if name is None:  # "the mediator, Claudia Brunner" tagged as an organisation
            runs = [_name_run(t) for t in (appos, head) if t is not None]
            name = next((r for r in runs if r and len(r.split()) > 1
                         and r.split()[0].lower() in self.cues.male | self.cues.female), None)
        person = name is not None or _lemma(head) in self.cues.male | self.cues.female
        actor = Actor(code="UNK", name=name, **where)
        if not person and head.text[:1].isupper():
            # a surname the tagger missed ("Zelenskyy said" tagged as a common noun)
            expanded = self.tracker.full_name(actor, _name_run(head))
            if expanded is not actor:
                actor, person = expanded, True
        kind = PERSON if person else self._kind(head, actor, False)
        if kind == PERSON:
            actor = self.tracker.full_name(actor, _name_run(head))
        return Speaker(actor, kind, self._gender_hint(actor, head) if kind == PERSON else None)

    def _kind(self, head: Token, actor: Actor, person: bool) -> str:
        if person or head.ent_type_ == "PERSON":
            return PERSON
        if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children):
            return GROUP
        if actor.role or _lemma(head) in self.cues.male | self.cues.female:
            return PERSON  # "the minister", "the spokeswoman"
        return ORG

    def _gender_hint(self, actor: Actor, head: Token) -> str | None:
        return gender_words(actor, self.cues.male, self.cues.female, (_lemma(head),))[0]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_acronym(token: Token) -> bool:
    """ "WHO", "CBCP", "US": two or more capitals (not the pronoun "who", nor "I")."""
    text = token.text
    return len(text) >= 2 and text.isupper() and text.isalpha()


def _negated(head: Token) -> bool:
    """ "no candidate", "nobody", "none of them", "no one": a subject that names no speaker."""
    if head.lower_ in NEGATED_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def _of_object(head: Token) -> Token | None:
    return next((p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"), None)


def _relative_antecedent(pron: Token) -> Token | None:
    verb = pron.head
    if verb.dep_ == "relcl" and verb.head.i != pron.i:
        return verb.head
    return None


def _document_issuer(noun: Token) -> Token | None:
    """Who put out a document: the subject of "issued/released/published a statement"."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB":
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _name_run(head: Token) -> str | None:
    """The capitalised words ending at ``head`` ("Lund Poulsen"), for surname look-up."""
    if not head.text[:1].isupper():
        return None
    doc = head.doc
    lo = head.i
    while lo > 0 and doc[lo - 1].dep_ in ("compound", "flat") and doc[lo - 1].text[:1].isupper():
        lo -= 1
    return doc[lo:head.i + 1].text


# Modifiers whose coordination the mention span leaves out ("the Danish and Dutch defense
# ministers" is resolved as "defense ministers"): a speaker keeps the whole phrase.
_WIDEN_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "predet", "nmod"})


def _widen(actor: Actor, head: Token, offset: int) -> Actor:
    doc = head.doc
    lo = head.i
    for child in head.lefts:
        if child.dep_ in _WIDEN_DEPS:
            lo = min(lo, child.left_edge.i)
    start = offset + doc[lo].idx
    if start >= actor.start or any(t.head.i != head.i and not _under(t, head)
                                   for t in doc[lo:head.i]):
        return actor
    if not all(t.dep_ in _WIDEN_DEPS | {"cc", "conj", "punct", "case"} for t in doc[lo:head.i]):
        return actor
    text = doc.text[doc[lo].idx:actor.end - offset]
    return replace(actor, text=text, start=start)


def _under(token: Token, head: Token) -> bool:
    return any(a.i == head.i for a in token.ancestors)


# Coordinated speakers further apart than this are not one phrase: the first one's mention
# stands for the group.
MAX_GROUP_CHARS = 160


def _group_actor(parts: list[Speaker], text: str) -> Actor:
    """One actor for coordinated speakers ("Denmark and the Netherlands said")."""
    actors = [p.actor for p in parts]
    start = min(a.start for a in actors)
    end = max(a.end for a in actors)
    if end - start > MAX_GROUP_CHARS:
        start, end = actors[0].start, actors[0].end

    def shared(values: list[str | None]) -> str | None:
        return values[0] if values and all(v == values[0] for v in values) else None

    names = [a.name for a in actors]
    return Actor(
        text=text[start:end], start=start, end=end,
        code=shared([a.code for a in actors]) or "UNK",
        org=shared([a.org for a in actors]), sector=shared([a.sector for a in actors]),
        name=" and ".join(n for n in names if n) if all(names) else None,
        role=shared([a.role for a in actors]),
    )
