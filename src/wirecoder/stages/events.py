"""The first event coder: dictionary triggers + dependency arguments -> PLOVER events.

For each parsed body or caption paragraph and each sentence in it:

1. find triggers (:mod:`wirecoder.coding.triggers`): verbs by lemma with particle, preposition
   and object constraints, and nominal triggers ("talks", "sanctions", "a hunger strike");
2. let verbs that take an event as complement absorb it ("agreed to send tanks" is one AGREE,
   "urged X to withdraw" one REQUEST with mode yield, "threatened to impose sanctions" one
   THREATEN with mode relations);
3. find the actor (subject, or the agent of a passive) and the recipient (object, or the object
   of to/with/against/on ...), resolve them against the actor dictionary
   (:mod:`wirecoder.coding.arguments`); a trigger whose actor is not a political actor (state,
   organisation, sector or named person) gives no event;
4. set the status (:mod:`wirecoder.coding.status`) and apply PLOVER's rule that future or
   promised cooperation is AGREE.

Dates are the dateline for now and locations are left empty: later stages resolve both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirecoder.coding.arguments import (
    ArgumentResolver,
    DocumentMemory,
    Mention,
    noun_recipient_heads,
    owner_heads,
    recipient_heads,
    subject_heads,
)
from wirecoder.coding.plover import PloverSpec
from wirecoder.coding.status import event_status
from wirecoder.coding.triggers import (
    Trigger,
    TriggerFinder,
    complements,
    governing_verb,
    lemma,
    lemma_forms,
    phrase_candidates,
)
from wirecoder.data.actors import ActorDictionary
from wirecoder.data.lexicon import Lexicon, TriggerEntry
from wirecoder.document import CAPTION, CODABLE_SECTIONS, Document, Event, Evidence
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage

# Types whose verbs take another event as their content and absorb it.
ABSORBING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})
# Commitment verbs: committing to a material conflict action is a threat, not an agreement.
COMMITMENT_TO_THREAT = frozenset({"pledge", "promise", "vow", "swear", "commit"})
# Light verbs whose subject hosts rather than takes part ("hosted talks between X and Y").
HOST_VERBS = frozenset({"host", "organize", "organise", "convene", "sponsor", "broker"})
FAILED_STATUSES = frozenset({"negated", "denied"})


@dataclass(slots=True)
class Candidate:
    """An event in the making, before absorption, filtering and numbering."""

    trigger: Trigger
    type: str
    mode: list[str]
    actors: list[Mention]
    recipients: list[Mention]
    status: str
    sent_start: int
    sent_end: int
    offset: int  # article offset of the segment (token.idx is relative to it)
    section: str
    absorbed: bool = False
    extra_evidence: list[tuple[int, int]] = field(default_factory=list)
    signals: dict[str, bool] = field(default_factory=dict)


@register_stage("events")
class EventStage(Stage):
    requires = ("segments", "sentences")
    assigns = ("events",)

    def process(self, doc: Document) -> None:
        lexicon: Lexicon = self.resources.lexicon
        actors: ActorDictionary = self.resources.actors
        coder = SentenceCoder(lexicon, actors, lexicon.plover)
        memory = DocumentMemory()
        candidates: list[Candidate] = []
        for segment in sorted(doc.segments, key=lambda s: s.start):
            if segment.section not in CODABLE_SECTIONS:
                continue
            resolver = ArgumentResolver(actors, segment.start, memory)
            for sent in segment.doc.sents:
                candidates.extend(coder.code_sentence(sent, segment.start, segment.section,
                                                      resolver, doc.article.dateline))
                memory.sentence += 1
        doc.events = build_events(doc, candidates, lexicon.plover)


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, actors: ActorDictionary, plover: PloverSpec) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.plover = plover
        self._request_entry = TriggerEntry(phrase="<must>", head="<must>", type="REQUEST",
                                           pos="verb", order=-1, specificity=1.0,
                                           note="reporting verb + 'must' complement")

    def code_sentence(self, sent: Any, offset: int, section: str, resolver: ArgumentResolver,
                      dateline: str | None) -> list[Candidate]:
        finder = TriggerFinder(self.lexicon, resolver.is_political, resolver.sector_of)
        triggers = finder.find(sent)
        taken = {t.token.i for t in triggers}
        triggers += [t for t in self._modal_requests(sent) if t.token.i not in taken]
        by_token = {t.token.i: t for t in triggers}
        sent_start = offset + sent.start_char
        sent_end = offset + sent.end_char
        candidates: dict[int, Candidate] = {}
        for trig in triggers:
            cand = self._candidate(trig, by_token, resolver, dateline, sent_start, sent_end,
                                   section)
            if cand is not None:
                candidates[trig.token.i] = cand
        self._absorb(candidates)
        out = [c for c in candidates.values() if not c.absorbed]
        for cand in out:
            resolver.memory.remember(cand.actors)
            resolver.memory.remember(cand.recipients)
        return out

    # -- one trigger --------------------------------------------------------------------------
    def _candidate(self, trig: Trigger, by_token: dict[int, Trigger],
                   resolver: ArgumentResolver, dateline: str | None, sent_start: int,
                   sent_end: int, section: str) -> Candidate | None:
        entry = trig.entry
        tok = trig.token
        anchor = None
        if trig.is_verb:
            actor_heads, how = subject_heads(tok)
            actors = _resolve_all(resolver, actor_heads)
            if not actors and tok.dep_ == "conj":
                actors, how = _attachment_fallback(tok, resolver)
            heads = recipient_heads(tok, entry.recipient_preps,
                                    clause_subject=entry.type == "REQUEST")
            if entry.object:  # "sent tanks to Ukraine": the tanks are the theme, not a recipient
                themes = entry.object & self.lexicon.theme_words
                heads = [h for h in heads if not (phrase_candidates(h[0]) & themes)]
            recipients = self._recipients(resolver, heads, actors)
            if entry.swap:
                actors, recipients = recipients, actors
        else:
            if _background_noun(tok):
                return None
            actors, recipients, how = self._noun_arguments(tok, by_token, resolver, entry)
            if actors is None:
                return None
            verb = governing_verb(tok)
            if verb is not None and lemma_forms(verb) & self.lexicon.light_verbs:
                anchor = verb
        if not actors:
            return None
        event_type = entry.type or ""
        status = event_status(tok, entry, self.lexicon, dateline, anchor=anchor)
        quad = self.plover.types[event_type].quad
        if status == "pledged" and entry.status != "pledged" and quad >= 3:
            status = "future"  # "plans to attack" is a future event, not a pledge
        if status == "asserted" and trig.is_verb and quad in (2, 4) and _present_simple(tok):
            status = "habitual"  # "NATO provides nonlethal support to Kyiv"
        mode = list(entry.mode)
        if status in ("future", "pledged", "conditional"):
            # PLOVER: promised or intended cooperation is AGREE; announced conflict a THREATEN
            if event_type in self.plover.future_as_agree:
                event_type = "AGREE"
            elif event_type in self.plover.future_as_threaten and trig.is_verb:
                mode = _one_mode(self.plover.threat_modes.get(event_type), self.plover,
                                 "THREATEN")
                event_type = "THREATEN"
        mode = [m for m in mode if m in self.plover.modes_of(event_type)]
        return Candidate(
            trigger=trig, type=event_type, mode=mode, actors=actors, recipients=recipients,
            status=status, sent_start=sent_start, sent_end=sent_end, offset=resolver.offset,
            section="caption" if section == CAPTION else "body",
            signals={"specific": entry.specificity > 0, "inherited": how != "direct"
                     and how != "agent", "nominal": not trig.is_verb},
        )

    def _modal_requests(self, sent: Any) -> list[Trigger]:
        """ "X said Y must ...": the reporting verb is a REQUEST by X to Y."""
        found = []
        modals = self.lexicon.request_modals
        for tok in sent:
            if not lemma_forms(tok) & self.lexicon.reporting_verbs:
                continue
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                if any(c.dep_ == "aux" and c.lower_ in modals for c in comp.children) and \
                        any(c.dep_ == "nsubj" for c in comp.children):
                    found.append(Trigger(tok, self._request_entry))
                    break
        return found

    def _noun_arguments(self, noun: Any, by_token: dict[int, Trigger],
                        resolver: ArgumentResolver, entry: Any
                        ) -> tuple[list[Mention] | None, list[Mention], str]:
        verb = governing_verb(noun)
        actors: list[Mention] = []
        how = "direct"
        # "Russia's attack", "his visit", "U.S. sanctions", "Israeli air strikes"
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod")
                                        and child.i < noun.i):
                mention = resolver.resolve(child)
                if mention and (child.dep_ == "poss" or mention.actor.code not in (None, "UNK")):
                    actors.append(mention)
        # "an attack by rebels"
        if not actors:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    heads = [p for p in child.children if p.dep_ == "pobj"]
                    if heads:
                        actors = _resolve_all(resolver, [heads[0], *heads[0].conjuncts])
        # "talks between Ethiopia and Eritrea"
        between: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                heads = [p for p in child.children if p.dep_ == "pobj"]
                if heads:
                    between = _resolve_all(resolver, [heads[0], *heads[0].conjuncts])
        recipients: list[Mention] = []
        verb_is_trigger = verb is not None and verb.i in by_token
        if between:
            if actors:
                recipients = actors
            actors = between
        if verb is not None and not verb_is_trigger and \
                lemma_forms(verb) & self.lexicon.light_verbs:
            heads, how = subject_heads(verb)
            subject = _resolve_all(resolver, heads)
            if lemma_forms(verb) & HOST_VERBS:
                if between:
                    recipients = subject
                elif not actors:
                    actors = subject
            elif not actors:
                actors = subject
            if not recipients:
                recipients = self._recipients(
                    resolver, noun_recipient_heads(noun, entry.recipient_preps)
                    + [h for h in recipient_heads(verb, entry.recipient_preps)
                       if noun not in h], actors)
        # Under a trigger verb ("condemned Russia's attack") the noun is an event only with an
        # actor of its own (possessor, modifier, "by" or "between" phrase), found above.
        if not actors:
            return None, [], how
        if not recipients:
            recipients = self._recipients(resolver,
                                          noun_recipient_heads(noun, entry.recipient_preps),
                                          actors)
        return actors, recipients, how

    def _recipients(self, resolver: ArgumentResolver, candidates: list[list[Any]],
                    actors: list[Mention]) -> list[Mention]:
        taken = {(m.actor.start, m.actor.end) for m in actors}
        for heads in candidates:
            found = [m for m in _resolve_all(resolver, heads)
                     if (m.actor.start, m.actor.end) not in taken]
            if not found:
                # "rejected an Indian proposal", "praised Haiti's efforts", "calls by Belarus"
                owners = [o for h in heads if not resolver.resolve_all(h) for o in owner_heads(h)]
                found = [m for m in _resolve_all(resolver, owners)
                         if (m.actor.start, m.actor.end) not in taken
                         and m.actor.code not in (None, "UNK")]
            if found:
                return found
        return []

    # -- complements ---------------------------------------------------------------------------
    def _absorb(self, candidates: dict[int, Candidate]) -> None:
        """Let AGREE/REQUEST/REJECT/THREATEN/ACCUSE verbs absorb the events they are about."""
        for i, outer in sorted(candidates.items()):
            trig = outer.trigger
            if not trig.is_verb or trig.entry.type not in ABSORBING_TYPES:
                continue
            for inner in _complement_events(trig.token, candidates):
                if inner is outer or inner.absorbed:
                    continue
                inner.absorbed = True
                inner_type = inner.trigger.entry.type or inner.type
                outer.extra_evidence.append((inner.trigger.token.idx, inner.trigger.token.idx
                                             + len(inner.trigger.token)))
                if not outer.recipients:
                    outer.recipients = inner.recipients
                self._combine(outer, inner_type, i)

    def _combine(self, outer: Candidate, inner_type: str, index: int) -> None:
        plover = self.plover
        outer_type = outer.trigger.entry.type
        inner_quad = plover.types[inner_type].quad if inner_type in plover.types else 0
        if outer_type == "AGREE" and inner_quad == 4 and \
                lemma(outer.trigger.token) in COMMITMENT_TO_THREAT:
            outer.type = "THREATEN"
            outer.mode = _one_mode(plover.threat_modes.get(inner_type), plover, "THREATEN")
            outer.status = "asserted" if outer.status == "pledged" else outer.status
        elif outer.type in ("REQUEST", "REJECT") and not outer.mode:
            outer.mode = _one_mode(plover.complement_modes.get(inner_type), plover, outer.type)
        elif outer.type == "THREATEN" and not outer.mode:
            outer.mode = _one_mode(plover.threat_modes.get(inner_type), plover, "THREATEN")


# Prepositions that put a nominal event in the background ("since Russia's invasion").
BACKGROUND_PREPS = frozenset({"since", "before", "after", "until", "of", "despite", "amid",
                              "following", "like", "unlike", "than"})


def _background_noun(noun: Any) -> bool:
    """A nominal event mentioned in passing: "since Russia's invasion", "an invitation to a
    summit" (the object of a preposition that modifies another noun)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    return prep.lower_ in BACKGROUND_PREPS or prep.head.pos_ in ("NOUN", "PROPN", "PRON")


def _present_simple(verb: Any) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _attachment_fallback(verb: Any, resolver: ArgumentResolver) -> tuple[list[Mention], str]:
    """A coordinated verb whose inherited subject is no actor may be attached one clause too
    low ("X declared that Y is ... and pledged ..."): try the subject of the clause above."""
    node = verb.head
    for _ in range(2):
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
        heads, _ = subject_heads(node)
        actors = _resolve_all(resolver, heads)
        if actors:
            return actors, "inherited"
    return [], "none"


def _one_mode(mode: str | None, plover: PloverSpec, event_type: str) -> list[str]:
    return [mode] if mode and mode in plover.modes_of(event_type) else []


def _complement_events(verb: Any, candidates: dict[int, Candidate]) -> list[Candidate]:
    """Candidates inside the clausal complement(s) of ``verb`` (not through other events)."""
    found: list[Candidate] = []
    stack = list(complements(verb))
    # "accused X of attacking": a gerund under the "of" phrase
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        stack.extend(c for c in prep.children if c.dep_ == "pcomp")
    # a nominal trigger that is the verb's object ("rejected calls", "threatened a boycott")
    stack.extend(c for c in verb.children if c.dep_ in ("dobj", "obj"))
    seen = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.i in candidates:
            found.append(candidates[tok.i])
            continue  # a nested event verb handles its own complements
        stack.extend(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "conj", "dobj"))
    return found


def _resolve_all(resolver: ArgumentResolver, heads: list[Any]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for head in heads:
        for mention in resolver.resolve_all(head):
            if not mention.political:
                continue
            span = (mention.actor.start, mention.actor.end)
            if span not in seen:
                seen.add(span)
                out.append(mention)
    return out


def build_events(doc: Document, candidates: list[Candidate], plover: PloverSpec) -> list[Event]:
    """Merge duplicates within a sentence, order by text position and number the events."""
    merged: list[Candidate] = []
    index: dict[tuple[Any, ...], Candidate] = {}
    for cand in sorted(candidates, key=lambda c: (c.sent_start, c.trigger.token.idx)):
        key = (cand.sent_start, cand.type, cand.status,
               tuple(sorted(m.key for m in cand.actors)),
               tuple(sorted(m.key for m in cand.recipients)))
        if key in index:
            tok = cand.trigger.token
            index[key].extra_evidence.append((tok.idx, tok.idx + len(tok)))
            continue
        index[key] = cand
        merged.append(cand)
    events: list[Event] = []
    date = doc.article.dateline
    for ordinal, cand in enumerate(merged, start=1):
        tok = cand.trigger.token
        evidence = [Evidence(cand.sent_start, cand.sent_end, cand.offset + tok.idx,
                             cand.offset + tok.idx + len(tok))]
        for start, end in cand.extra_evidence:
            evidence.append(Evidence(cand.sent_start, cand.sent_end, cand.offset + start,
                                     cand.offset + end))
        spec = plover.types[cand.type]
        events.append(Event(
            event_id=f"{doc.doc_id}:{ordinal}", event=cand.type, evidence=evidence,
            status=cand.status, mode=list(cand.mode),
            actor=[m.actor for m in cand.actors], recipient=[m.actor for m in cand.recipients],
            date=date, date_precision="day" if date else None, location=None,
            quad=spec.quad, plover_score=spec.score, cameo_root=spec.cameo_root,
            confidence=confidence(cand), section=cand.section,
        ))
    return events


def confidence(cand: Candidate) -> float:
    """A rough score in [0, 1] from how much of the event was found, not a probability."""
    score = 0.35
    if any(m.actor.code not in (None, "UNK") for m in cand.actors):
        score += 0.2
    if any(m.actor.sector for m in cand.actors):
        score += 0.05
    if cand.recipients:
        score += 0.15
    if cand.signals.get("specific"):
        score += 0.1
    if cand.signals.get("inherited") or any(m.via != "direct" for m in cand.actors):
        score -= 0.1
    if cand.signals.get("nominal"):
        score -= 0.05
    if cand.status in FAILED_STATUSES:
        score -= 0.05
    return round(min(0.95, max(0.05, score)), 2)
