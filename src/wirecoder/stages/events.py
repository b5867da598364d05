"""The event coder: dictionary triggers + dependency arguments -> PLOVER events.

For each parsed body or caption paragraph and each sentence in it:

1. find triggers (:mod:`wirecoder.coding.triggers`): verbs by lemma with particle, preposition
   and object constraints, and nominal triggers ("talks", "sanctions", "a hunger strike", "a
   mediation effort"); a reporting verb over "Y must ..." or over the speaker's own "we need ..."
   is a REQUEST;
2. let verbs that take an event as complement absorb it ("agreed to send tanks" is one AGREE,
   "urged X to withdraw" one REQUEST with mode yield, "threatened to impose sanctions" one
   THREATEN with mode relations); an event that is only the condition of another ("... if Ukraine
   attacks") is part of that event, not one of its own;
3. find the actor (subject, or the agent of a passive) and the recipient (object, or the object
   of to/with/against/on ...; for transfers the "to" phrase before the thing given), resolve them
   against the actor dictionary (:mod:`wirecoder.coding.arguments`); a trigger whose actor is not
   a political actor gives no event, except an attack whose means name an unknown attacker ("a
   roadside bomb killed two soldiers"); a threat's target may be the subject of its condition;
4. set the status (:mod:`wirecoder.coding.status`) and apply PLOVER's rule that future or
   promised cooperation is AGREE; a refused future cooperation ("will not accept") is REJECT and
   a cooperation offered "unless" the other side acts is a THREATEN;
5. set contexts (:mod:`wirecoder.coding.contexts`) and a confidence from the evidence found.

No event where there is none: questions, embedded questions ("did not say whom it would
support"), comparatives and generic statements ("people reject ideas") assert nothing; a subject
that is weather, a disaster, a vehicle or an accident ("wildfires destroyed homes") makes no
event, nor does a private person acting on no political actor.

Dates are the dateline and locations are left empty here; the ``link`` stage resolves both.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from wirecoder.coding.arguments import (
    NON_OWNED_HEADS,
    ArgumentResolver,
    DocumentMemory,
    Mention,
    conjuncts,
    mention_span,
    noun_recipient_heads,
    owner_heads,
    recipient_heads,
    subject_heads,
)
from wirecoder.coding.contexts import ContextCues, load_contexts
from wirecoder.coding.membership import MEMBERSHIP_TYPES, membership_recipients
from wirecoder.coding.plover import PloverSpec
from wirecoder.coding.status import event_status, governors
from wirecoder.coding.triggers import (
    MEASURES,
    Trigger,
    TriggerFinder,
    complements,
    event_noun,
    governing_verb,
    lemma,
    lemma_forms,
    phrase_candidates,
)
from wirecoder.data.actors import ActorDictionary
from wirecoder.data.lexicon import Lexicon, TriggerEntry
from wirecoder.document import CAPTION, CODABLE_SECTIONS, Actor, Document, Event, Evidence
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage

# Types whose verbs take another event as their content and absorb it.
ABSORBING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})
# Commitment verbs: committing to a material conflict action is a threat, not an agreement.
COMMITMENT_TO_THREAT = frozenset({"pledge", "promise", "vow", "swear", "commit"})
# Light verbs whose subject hosts rather than takes part ("hosted talks between X and Y").
HOST_VERBS = frozenset({"host", "organize", "organise", "convene", "sponsor", "broker"})
FAILED_STATUSES = frozenset({"negated", "denied"})
# Types whose object is a thing handed over: the "to" phrase names the recipient first.
TRANSFER_TYPES = frozenset({"AID", "AGREE", "MOBILIZE", "SUPPORT", "COOPERATE", "RETREAT",
                            "SANCTION", "CONCEDE"})
# Types whose "from" phrase is a source, not a recipient ("sent tanks from its stocks").
NO_FROM_TYPES = frozenset({"AID", "MOBILIZE", "SUPPORT", "COOPERATE", "CONSULT"})
# Cooperative types that, refused for the future ("will not accept"), are a REJECT.
REFUSABLE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                             "RETREAT"})
# "will not", "would not": a refusal ("could not reach" is a failure, not a refusal)
FUTURE_AUX = frozenset({"will", "wo", "would", "shall", "'ll"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs an unnamed attacker's means can be the subject of ("a roadside bomb killed ...").
HARM_VERBS = frozenset({"kill", "wound", "injure", "hit", "destroy", "damage", "strike",
                        "target", "maim", "hurt", "claim"})
# Types whose target, when no argument names one, is the country where they happen.
LOCATIVE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "MOBILIZE", "COERCE", "ASSAULT",
                                   "PROTEST", "AID", "SANCTION"})
LOCATIVE_TARGET_PREPS = frozenset({"in", "inside", "throughout", "across", "through"})
# Nouns of a helping hand: "with Albania's help" names a helper, not a recipient.
HELPER_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation",
                          "participation", "approval", "blessing", "consent"})
# Verbs whose subject causes an event rather than takes part ("the shooting led to protests").
CAUSAL_VERBS = frozenset({"lead", "spark", "trigger", "prompt", "cause", "provoke", "fuel",
                          "result", "ignite"})
# Verbs that make someone do something ("ordered X to suspend publication").
CAUSATIVES = frozenset({"order", "force", "compel", "oblige", "make", "require"})
# How many sentences back a transfer without a recipient may look for one ("agreed to send
# 14 tanks" after "... to provide Ukraine with tanks").
CARRY_WINDOW = 4


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
    context: list[str] = field(default_factory=list)
    sentence: int = 0  # running sentence number in the document
    depth: int = 0  # clause links between the trigger and the sentence root


@register_stage("events")
class EventStage(Stage):
    requires = ("segments", "sentences")
    assigns = ("events",)

    def __init__(self, options: Any, resources: Any) -> None:
        super().__init__(options, resources)
        self.contexts = load_contexts()  # a bad data file fails when the pipeline is built

    def process(self, doc: Document) -> None:
        lexicon: Lexicon = self.resources.lexicon
        actors: ActorDictionary = self.resources.actors
        coder = SentenceCoder(lexicon, actors, lexicon.plover)
        cues = self.contexts
        memory = DocumentMemory(speeches=[(q.start, q.end, q.speaker) for q in doc.quotes
                                          if q.speaker is not None
                                          and q.kind in ("direct", "partial")])
        candidates: list[Candidate] = []
        for segment in sorted(doc.segments, key=lambda s: s.start):
            if segment.section not in CODABLE_SECTIONS:
                continue
            resolver = ArgumentResolver(actors, segment.start, memory)
            paragraph_hits: list[tuple[int, str]] | None = None
            for sent in segment.doc.sents:
                found = coder.code_sentence(sent, segment.start, segment.section, resolver,
                                            doc.article.dateline)
                if found:
                    for cand in found:
                        cand.sentence = memory.sentence
                    carry_recipients(found, candidates)
                    memory.visits.extend(([m.actor for m in c.actors],
                                          [m.actor for m in c.recipients])
                                         for c in found if "visit" in c.mode and c.recipients)
                    if paragraph_hits is None:
                        paragraph_hits = cues.hits(segment.doc)
                    set_contexts(found, sent, paragraph_hits, cues)
                candidates.extend(found)
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
        self._need_entry = TriggerEntry(phrase="<need>", head="<need>", type="REQUEST",
                                        pos="verb", order=-1, specificity=1.0, mode=("assist",),
                                        note="reporting verb + the speaker's own need")

    def code_sentence(self, sent: Any, offset: int, section: str, resolver: ArgumentResolver,
                      dateline: str | None) -> list[Candidate]:
        finder = TriggerFinder(self.lexicon, resolver.is_political, resolver.sector_of,
                               lambda head: _is_state(head, resolver))
        triggers = finder.find(sent)
        taken = {t.token.i for t in triggers}
        for extra in self._modal_requests(sent, resolver):
            if extra.token.i not in taken:
                triggers.append(extra)
                taken.add(extra.token.i)
        by_token = {t.token.i: t for t in triggers}
        sent_start = offset + sent.start_char
        sent_end = offset + sent.end_char
        candidates: dict[int, Candidate] = {}
        for trig in triggers:
            cand = self._candidate(trig, by_token, resolver, dateline, sent_start, sent_end,
                                   section)
            if cand is not None:
                candidates[trig.token.i] = cand
        question = sent.text.rstrip(" \"'”’)").endswith("?")
        for cand in candidates.values():
            if question or _embedded_question(cand.trigger.token) or \
                    _comparative(cand.trigger.token) or _generic(cand):
                cand.absorbed = True  # "did not say whom they would support", "Will X attack?"
        self._absorb(candidates, resolver)
        self._absorb_purpose(candidates)
        self._absorb_means(candidates)
        self._drop_conditions(candidates)
        for cand in candidates.values():
            if not cand.absorbed:
                self._condition_target(cand, resolver)
                if not cand.recipients and cand.type in MEMBERSHIP_TYPES:
                    # "needs a road map for becoming a member": the organisation
                    cand.recipients = membership_recipients(cand.trigger.token, resolver,
                                                            cand.actors)
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
        unattributed = False
        if trig.is_verb:
            actor_heads, how = subject_heads(tok)
            if any(_names_hazard(h, self.lexicon.non_agents) and not _names_means(
                    h, self.lexicon.attack_means, self.lexicon.attack_means_not)
                   for h in actor_heads):
                return None  # "wildfires destroyed homes": no one is responsible
            actors = _resolve_all(resolver, actor_heads)
            if not actors and tok.dep_ == "conj":
                actors, how = self._attachment_fallback(tok, resolver)
            causer = _causer(tok, entry, resolver) if how == "inherited" else None
            ordered: list[Mention] = []
            if causer:  # "ordered the newspaper to suspend publication"
                ordered, actors, how = actors, causer, "direct"
            if not actors and entry.type == "ASSAULT":
                actors = self._unattributed_attacker(tok, actor_heads, resolver)
                unattributed = bool(actors)
            heads = recipient_heads(tok, self._recipient_preps(entry),
                                    clause_subject=entry.type == "REQUEST")
            recipients = ordered or self._recipients(
                resolver, self._order_recipients(tok, entry, heads), actors, self._themes(entry))
            if entry.type == "CONSULT" and not entry.swap:
                for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
                    partners = self._meeting_partners(obj, tok, entry, resolver, actors)
                    if partners:  # "attended a meeting of G with Y"
                        actors, recipients = partners
                        break
            if not recipients:  # "brokered a ceasefire between Israel and Hamas"
                recipients = self._between_objects(tok, resolver, actors)
            if entry.swap:
                actors, recipients = recipients, actors
            elif entry.type in LOCATIVE_TARGET_TYPES and \
                    all(m.actor.code in (None, "UNK") for m in recipients):
                places = self._place_recipients(tok, resolver, actors)
                kinds = [m for m in recipients if m.actor.sector]
                if kinds and len({p.actor.code for p in places}) == 1:
                    # "detained the suspect in Nairobi": a Kenyan suspect, not Nairobi too
                    recipients = [_with_code(m, places[0].actor.code) if m in kinds else m
                                  for m in recipients]
                else:
                    recipients = recipients + places
        else:
            claimer = _claiming_verb(tok)
            if claimer is not None:
                # "X claimed responsibility for the attack": X's attack, as X claims it
                heads, how = subject_heads(claimer)
                actors = _resolve_all(resolver, heads)
                recipients = self._recipients(
                    resolver, noun_recipient_heads(tok, entry.recipient_preps), actors)
                anchor = claimer
            else:
                if _background_noun(event_noun(tok, self.lexicon.light_nouns)):
                    return None
                actors, recipients, how = self._noun_arguments(tok, by_token, resolver, entry)
                if actors is None:
                    return None
                verb = governing_verb(event_noun(tok, self.lexicon.light_nouns))
                if verb is not None and \
                        lemma_forms(verb) & (self.lexicon.light_verbs | entry.light_verbs):
                    anchor = verb
        if not actors:
            return None
        if all(_bare_person(m) for m in actors) and \
                not any(m.actor.code not in (None, "UNK") or m.actor.sector for m in recipients):
            return None  # "Hunter provided lyrics": a private person acting on no one political
        event_type = entry.type or ""
        status = event_status(tok, entry, self.lexicon, dateline, anchor=anchor)
        if anchor is not None and status == "asserted" and not trig.is_verb and \
                lemma(anchor) == "claim" and _claiming_verb(tok) is not None:
            status = "claimed"
        quad = self.plover.types[event_type].quad
        if status == "pledged" and entry.status != "pledged" and quad >= 3:
            status = "future"  # "plans to attack" is a future event, not a pledge
        if status == "asserted" and trig.is_verb and quad in (2, 4) and _present_simple(tok):
            status = "habitual"  # "NATO provides nonlethal support to Kyiv"
        mode = list(entry.mode)
        if status == "negated" and event_type in REFUSABLE_TYPES and \
                _modal_or_future(anchor or tok):
            # "will not accept refugees", "would not allow inspectors": a refusal
            mode = _one_mode(self.plover.complement_modes.get(event_type), self.plover,
                             "REJECT")
            event_type, status = "REJECT", "asserted"
        elif status == "conditional" and event_type in self.plover.future_as_agree and \
                _condition(tok, self.lexicon)[0] == "unless":
            # "will withdraw its force unless ...": cooperation held hostage is an ultimatum
            mode = _one_mode(self.plover.threat_modes.get(event_type), self.plover, "THREATEN")
            event_type = "THREATEN"
        elif status in ("future", "pledged", "conditional"):
            # PLOVER: promised or intended cooperation is AGREE; announced conflict a THREATEN
            if event_type in self.plover.future_as_agree:
                event_type = "AGREE"
            elif event_type in self.plover.future_as_threaten and trig.is_verb:
                mode = _one_mode(self.plover.threat_modes.get(event_type), self.plover,
                                 "THREATEN")
                event_type = "THREATEN"
        actors = _split_modifiers(actors, resolver, tok.doc)
        recipients = _split_modifiers(recipients, resolver, tok.doc)
        if entry.joint and event_type == entry.type and \
                len({m.actor.code for m in actors} - {None, "UNK"}) >= 2:
            event_type = entry.joint  # "French and Egyptian warships held war games"
        if event_type == "CONSULT" and not trig.is_verb and recipients and \
                _between(event_noun(tok, self.lexicon.light_nouns)):
            mode = [*mode, "third-party"]  # "hosted talks between X and Y"
        if event_type == "ASSAULT" and not mode:
            mode = _means_mode(tok, self.lexicon.assault_means_modes)
        mode = list(dict.fromkeys(m for m in mode if m in self.plover.modes_of(event_type)))
        if event_type == "CONSULT" and "visit" in mode and (
                not recipients or _domestic_trip(actors, recipients, resolver)):
            return None  # a visit with no foreign host: tourism or a domestic trip
        return Candidate(
            trigger=trig, type=event_type, mode=mode, actors=actors, recipients=recipients,
            status=status, sent_start=sent_start, sent_end=sent_end, offset=resolver.offset,
            section="caption" if section == CAPTION else "body",
            signals={"specific": entry.specificity > 0, "inherited": how not in ("direct",
                                                                                  "agent"),
                     "nominal": not trig.is_verb, "unattributed": unattributed,
                     "transfer": entry.type == "AID"},
            depth=_depth(anchor or tok),
        )

    def _between_objects(self, verb: Any, resolver: ArgumentResolver,
                         actors: list[Mention]) -> list[Mention]:
        """The parties an object's "between"/"among" phrase names ("mediated a peace agreement
        between Japan and Russia"): the recipients of the verb's actor."""
        taken = {(m.actor.start, m.actor.end) for m in actors}
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            for prep in (c for c in obj.children if c.dep_ == "prep"
                         and c.lower_ in ("between", "among")):
                heads = [p for p in prep.children if p.dep_ == "pobj"]
                if heads:
                    found = [m for m in _resolve_all(resolver, conjuncts(heads[0]))
                             if (m.actor.start, m.actor.end) not in taken]
                    if found:
                        return found
        return []

    def _place_recipients(self, verb: Any, resolver: ArgumentResolver,
                          actors: list[Mention]) -> list[Mention]:
        """The country where a domestic act happens is its target when nothing else names
        one: "lifted a curfew in Montenegro", "strengthened its forces in Lebanon"."""
        taken = {(m.actor.start, m.actor.end) for m in actors}
        nodes = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "xcomp"))]
        # "students throughout Indonesia staged demonstrations": where the protesters are
        nodes += [c for c in verb.children if c.dep_ == "nsubj"]
        for node in nodes:
            for prep in (c for c in node.children if c.dep_ == "prep"):
                if prep.lower_ not in LOCATIVE_TARGET_PREPS:
                    continue
                for pobj in prep_objects(prep):
                    found = [m for m in _resolve_all(resolver, conjuncts(pobj))
                             if m.actor.code not in (None, "UNK") and not m.person
                             and (m.actor.start, m.actor.end) not in taken]
                    if found:
                        return found
        return []

    def _recipient_preps(self, entry: TriggerEntry) -> tuple[str, ...] | None:
        if entry.recipient_preps:
            return entry.recipient_preps
        if entry.type in NO_FROM_TYPES:
            return tuple(p for p in _DEFAULT_PREPS if p != "from")
        return None

    def _themes(self, entry: TriggerEntry) -> frozenset[str]:
        """Words for things given, used or moved: never recipients themselves."""
        if entry.object:
            return entry.object & self.lexicon.theme_words
        if entry.type in TRANSFER_TYPES:
            return self.lexicon.theme_words
        return frozenset()

    def _order_recipients(self, verb: Any, entry: TriggerEntry,
                          heads: list[list[Any]]) -> list[list[Any]]:
        """Candidate recipients, best first. For transfers the "to" phrase comes before the
        object ("offered its troops to X"); the patient of an event noun that is the object
        comes before other phrases ("tightened the blockade of Serbia with Albania's help");
        a helper ("with X's help") is no recipient."""
        heads = [h for h in heads if not _helper_phrase(h[0])]
        first: list[list[Any]] = []
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if self.lexicon.noun_entries(lemma(obj), obj.lower_):
                first += [conjuncts(p) for c in obj.children
                          if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
        if entry.type in TRANSFER_TYPES and not entry.swap:
            first = [conjuncts(p) for c in verb.children
                     if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for p in prep_objects(c)] + first
        keys = {h[0].i for h in first}
        return first + [h for h in heads if h[0].i not in keys]

    def _attachment_fallback(self, verb: Any,
                             resolver: ArgumentResolver) -> tuple[list[Mention], str]:
        """A coordinated verb whose inherited subject is no actor may be attached one clause too
        low ("X declared that Y is ... and pledged ..."): try the subject of the clause above.
        A reporting verb after the clause ("..., the military said") is an attribution, not the
        clause above."""
        node = verb.head
        for _ in range(2):
            if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
                break
            head = node.head
            if node.dep_ == "ccomp" and head.i > node.i and \
                    lemma_forms(head) & self.lexicon.reporting_verbs:
                break
            node = head
            heads, _ = subject_heads(node)
            actors = _resolve_all(resolver, heads)
            if actors:
                return actors, "inherited"
        return [], "none"

    def _unattributed_attacker(self, verb: Any, subject: list[Any],
                               resolver: ArgumentResolver) -> list[Mention]:
        """ "A roadside bomb killed two soldiers", "were killed in a car bomb explosion": the
        means of an attack stand for an unknown attacker (code UNK) when the victims are known.
        Disasters and accidents ("floods killed 40 people") name no such means."""
        if not lemma_forms(verb) & HARM_VERBS:
            return []
        means = self.lexicon.attack_means
        cands = list(subject)
        node = verb
        if not cands and verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBD", "VBG", "VBZ"):
            node = verb.head  # "a bomb exploded ..., killing 12 people"
            cands = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        for child in verb.children:
            if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in"):
                cands += [p for p in child.children if p.dep_ == "pobj"]
        for head in cands:
            if not _names_means(head, means, self.lexicon.attack_means_not):
                continue
            lo, hi = mention_span(head)
            span = head.doc[lo:hi]
            actor = Actor(text=span.text, start=resolver.offset + span.start_char,
                          end=resolver.offset + span.end_char, code="UNK")
            return [Mention(actor, political=True, head_i=head.i, via="means")]
        return []

    def _modal_requests(self, sent: Any, resolver: ArgumentResolver) -> list[Trigger]:
        """ "X said Y must ...": the reporting verb is a REQUEST by X to Y. "X said it needs
        ...": the speaker's own need is a REQUEST (for assistance) by X."""
        found = []
        modals = self.lexicon.request_modals
        needs = self.lexicon.need_verbs
        for tok in sent:
            if not lemma_forms(tok) & self.lexicon.reporting_verbs:
                continue
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                subjects = [c for c in comp.children if c.dep_ == "nsubj"]
                if any(c.dep_ == "aux" and c.lower_ in modals for c in comp.children) and \
                        subjects and resolver.is_political(subjects[0]):
                    found.append(Trigger(tok, self._request_entry))
                    break
                if lemma(comp) in needs and subjects and \
                        any(c.dep_ in ("dobj", "obj") for c in comp.children) and \
                        _speaker_itself(tok, subjects[0], resolver):
                    found.append(Trigger(tok, self._need_entry))
                    break
        return found

    def _noun_arguments(self, trigger: Any, by_token: dict[int, Trigger],
                        resolver: ArgumentResolver, entry: Any
                        ) -> tuple[list[Mention] | None, list[Mention], str]:
        # "a mediation effort": the effort carries the phrase
        noun = event_noun(trigger, self.lexicon.light_nouns)
        verb = governing_verb(noun)
        actors: list[Mention] = []
        how = "direct"
        # "Russia's attack", "his visit", "U.S. sanctions", "Israeli air strikes"
        for child in noun.children:
            if child.i == trigger.i:
                continue
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod")
                                        and child.i < noun.i):
                if child.dep_ != "poss" and _place_modifier(child, resolver):
                    continue  # "a Kabul car bombing": where, not who
                mention = resolver.resolve(child)
                if mention and (child.dep_ == "poss" or mention.actor.code not in (None, "UNK")):
                    actors.append(mention)
        # "Khashoggi's killing", "Navalny's arrest": a person owning a deed done to people
        # is its victim, unless an "of" phrase names the victim ("Russia's killing of ...")
        patients: list[Mention] = []
        if actors and lemma(noun) in self.lexicon.word_classes.get("PATIENT_NOUNS", ()) and \
                all(m.person for m in actors) and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            patients, actors = actors, []
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
                lemma_forms(verb) & (self.lexicon.light_verbs | entry.light_verbs) and \
                not lemma_forms(verb) & CAUSAL_VERBS:
            heads, how = subject_heads(verb)
            subject = _resolve_all(resolver, heads)
            if between and subject and "third-party" in entry.mode:
                # "Qatar launched a mediation effort between X and Y": the mediator acts
                actors, recipients = subject, between
            elif lemma_forms(verb) & HOST_VERBS:
                if between and subject:
                    # "hosted talks between X and Y": the host brings them together
                    actors, recipients = subject, between
                elif not actors:
                    actors = subject
            elif not actors:
                actors = subject
            partners = self._meeting_partners(noun, verb, entry, resolver, actors)
            if partners:
                actors, recipients = partners
            if not recipients:
                recipients = self._recipients(
                    resolver, noun_recipient_heads(noun, entry.recipient_preps)
                    + [h for h in recipient_heads(verb, entry.recipient_preps)
                       if noun not in h], actors)
        # Under a trigger verb ("condemned Russia's attack") the noun is an event only with an
        # actor of its own (possessor, modifier, "by" or "between" phrase), found above.
        if not actors:
            return None, [], how
        recipients = recipients or patients
        if not recipients:
            recipients = self._recipients(resolver,
                                          noun_recipient_heads(noun, entry.recipient_preps),
                                          actors)
        return actors, recipients, how

    def _meeting_partners(self, noun: Any, verb: Any, entry: TriggerEntry,
                          resolver: ArgumentResolver, actors: list[Mention]
                          ) -> tuple[list[Mention], list[Mention]] | None:
        """ "X attended a meeting of G with Y": X and Y meet G (PLOVER: all who attend are
        actors; the body that convenes is the recipient)."""
        if entry.type != "CONSULT" or not actors:
            return None
        body = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
        if not body:
            return None
        group = _resolve_all(resolver, conjuncts(body[0]))
        if not group:
            return None
        partners = [p for node in (noun, verb) for c in node.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj"]
        together = list(actors)
        if partners:
            seen = {(m.actor.start, m.actor.end) for m in together}
            for m in _resolve_all(resolver, conjuncts(partners[0])):
                if (m.actor.start, m.actor.end) not in seen:
                    together.append(m)
        return together, group

    def _recipients(self, resolver: ArgumentResolver, candidates: list[list[Any]],
                    actors: list[Mention], themes: frozenset[str] = frozenset()
                    ) -> list[Mention]:
        """The first candidate argument that names a political actor other than the actors.

        A thing given or moved (``themes``: "its troops", "two Russian diplomats") is no
        recipient itself; only its owner can be one ("Russian" -> Russia), and only after the
        other candidates."""
        taken = {(m.actor.start, m.actor.end) for m in actors}
        # the phrase of a thing that has an owner of its own describes it: "expelled the Libyan
        # ambassador to Greece" (but "recalled its ambassador to Israel")
        owned = {h[0].i for h in candidates if _is_theme(h[0], themes) and any(
            o.pos_ != "PRON" and resolver.resolve(o) is not None for o in _modifier_owners(h[0]))}
        described = [h for h in candidates if h[0].dep_ == "pobj" and h[0].head.head.i in owned]
        ordered = [h for h in candidates if not _is_theme(h[0], themes) and h not in described] \
            + [h for h in candidates if _is_theme(h[0], themes)] + described
        for heads in ordered:
            theme = _is_theme(heads[0], themes)
            found = [] if theme else [m for m in _resolve_all(resolver, heads)
                                      if (m.actor.start, m.actor.end) not in taken]
            if not found:
                # "rejected an Indian proposal", "praised Haiti's efforts", "calls by Belarus"
                # or by its rulers ("calls by Belarus's rulers")
                owners = [o for h in heads if theme or not resolver.resolve_all(h)
                          for o in (_modifier_owners(h) if theme else owner_heads(h))
                          if not (theme and o.pos_ == "PRON")]
                for _ in range(2):
                    found = [m for m in _resolve_all(resolver, owners)
                             if (m.actor.start, m.actor.end) not in taken
                             and m.actor.code not in (None, "UNK")]
                    if found:
                        break
                    owners = [o for h in owners for o in _modifier_owners(h)
                              if o.pos_ != "PRON"]
            if found:
                return found
        return []

    # -- complements ---------------------------------------------------------------------------
    def _absorb(self, candidates: dict[int, Candidate], resolver: ArgumentResolver) -> None:
        """Let AGREE/REQUEST/REJECT/THREATEN/ACCUSE verbs absorb the events they are about."""
        for i, outer in sorted(candidates.items()):
            trig = outer.trigger
            if trig.entry.type not in ABSORBING_TYPES:
                continue
            inners = _complement_events(trig.token, candidates) if trig.is_verb else \
                _noun_complement_events(trig.token, candidates)
            for inner in inners:
                if inner is outer or inner.absorbed:
                    continue
                inner.absorbed = True
                inner_type = inner.trigger.entry.type or inner.type
                outer.extra_evidence.append((inner.trigger.token.idx, inner.trigger.token.idx
                                             + len(inner.trigger.token)))
                if not outer.recipients:
                    outer.recipients = inner.recipients
                outer.signals["transfer"] = outer.signals.get("transfer", False) or \
                    inner_type == "AID"
                self._combine(outer, inner_type, i)
            if not outer.recipients and trig.is_verb:
                outer.recipients = self._complement_recipients(trig.token, candidates,
                                                               resolver, outer.actors)

    def _complement_recipients(self, verb: Any, candidates: dict[int, Candidate],
                               resolver: ArgumentResolver, actors: list[Mention]
                               ) -> list[Mention]:
        """ "offered to negotiate with X", "threatened to deliver blows to X": the recipient of
        a complement verb that is no event of its own."""
        for comp in complements(verb) + _infinitival_clauses(verb):
            if comp.i in candidates or comp.pos_ != "VERB":
                continue
            heads = recipient_heads(comp)
            to_first = [conjuncts(p) for c in comp.children if c.dep_ in ("prep", "dative")
                        and c.lower_ in ("to", "with") for p in c.children if p.dep_ == "pobj"]
            keys = {h[0].i for h in to_first}
            found = self._recipients(resolver, to_first + [h for h in heads
                                                           if h[0].i not in keys],
                                     actors, self.lexicon.theme_words)
            if found:
                return found
        return []

    def _combine(self, outer: Candidate, inner_type: str, index: int) -> None:
        plover = self.plover
        outer_type = outer.trigger.entry.type
        if outer_type == "AGREE" and inner_type in plover.future_as_threaten and \
                lemma(outer.trigger.token) in COMMITMENT_TO_THREAT:
            outer.type = "THREATEN"
            outer.mode = _one_mode(plover.threat_modes.get(inner_type), plover, "THREATEN")
            outer.status = "asserted" if outer.status == "pledged" else outer.status
        elif outer.type in ("REQUEST", "REJECT") and not outer.mode:
            outer.mode = _one_mode(plover.complement_modes.get(inner_type), plover, outer.type)
        elif outer.type == "THREATEN" and not outer.mode:
            outer.mode = _one_mode(plover.threat_modes.get(inner_type), plover, "THREATEN")

    def _absorb_purpose(self, candidates: dict[int, Candidate]) -> None:
        """A protest takes in what it is for: "staged demonstrations to demand reforms",
        "demonstrated calling for independence" is one PROTEST, aimed at whom the demand is."""
        for outer in candidates.values():
            if outer.absorbed or outer.type != "PROTEST":
                continue
            head = outer.trigger.token
            verb = governing_verb(head) if not outer.trigger.is_verb else head
            for node in {id(n): n for n in (head, verb) if n is not None}.values():
                for child in node.children:
                    inner = candidates.get(child.i)
                    if inner is None or inner is outer or inner.absorbed or \
                            inner.type not in ("REQUEST", "ACCUSE", "REJECT", "PROTEST") or \
                            child.dep_ not in ("advcl", "xcomp", "acl", "relcl", "conj"):
                        continue
                    _absorb(outer, inner)

    def _absorb_means(self, candidates: dict[int, Candidate]) -> None:
        """ "a car bombing killed five": when the means named as the attacker is itself an
        event, the killing is part of it."""
        for cand in candidates.values():
            if cand.absorbed or not cand.signals.get("unattributed"):
                continue
            head = cand.actors[0].head_i if cand.actors else -1
            host = candidates.get(head)
            if host is None or host is cand or host.absorbed:
                continue
            _absorb(host, cand)

    def _drop_conditions(self, candidates: dict[int, Candidate]) -> None:
        """An event inside the if/unless clause of another event is that event's condition
        ("Moscow could use all means if Ukraine attempts to recapture ..."), not an event."""
        live = [c for c in candidates.values() if not c.absorbed]
        inside = {id(c) for c in live if _in_condition(c.trigger.token)}
        if len(inside) < len(live):
            for cand in live:
                if id(cand) in inside:
                    cand.absorbed = True

    def _condition_target(self, cand: Candidate, resolver: ArgumentResolver) -> None:
        """A threat's target is the subject of its condition when nothing else names one:
        "warned that it would strike if Ukraine attacks" -> Ukraine."""
        if cand.recipients or cand.type != "THREATEN":
            return
        _, clause = _condition(cand.trigger.token, self.lexicon)
        if clause is None:
            return
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            taken = {(m.actor.start, m.actor.end) for m in cand.actors}
            cand.recipients = [m for m in _resolve_all(resolver, conjuncts(subjects[0]))
                               if (m.actor.start, m.actor.end) not in taken]


_DEFAULT_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "upon",
                  "for", "from", "over")
# Prepositions that put a nominal event in the background ("since Russia's invasion").
BACKGROUND_PREPS = frozenset({"since", "before", "after", "until", "of", "despite", "amid",
                              "following", "like", "unlike", "than"})
TEMPORAL_BACKGROUND = frozenset({"since", "before", "after", "until", "following", "amid",
                                 "despite", "like", "unlike", "than"})


def prep_objects(prep: Any) -> list[Any]:
    """Objects of a preposition; when the parser left it without one, the noun phrase right
    after it ("granted asylum to five officers holed up ...": officers parsed as a subject)."""
    found = [p for p in prep.children if p.dep_ == "pobj"]
    if found or prep.i + 1 >= len(prep.doc):
        return found
    nxt = prep.doc[prep.i + 1]
    head = nxt
    while head.head.i != head.i and head.head.left_edge.i == nxt.i and \
            head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.left_edge.i == nxt.i and \
            head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return [head]
    return []


def _with_code(mention: Mention, code: str | None) -> Mention:
    return Mention(replace(mention.actor, code=code), mention.political, mention.person,
                   mention.head_i, mention.via)


def _absorb(host: Candidate, part: Candidate) -> None:
    """``part`` is no event of its own: its trigger becomes evidence of ``host``, and its
    recipients stand in when ``host`` has none."""
    part.absorbed = True
    tok = part.trigger.token
    host.extra_evidence.append((tok.idx, tok.idx + len(tok)))
    if not host.recipients:
        host.recipients = part.recipients


def _modifier_owners(head: Any) -> list[Any]:
    """Possessors and national or organisational modifiers ("Belarus's rulers", "Russian
    diplomats"); not "from" phrases, which name a source ("tanks from its stocks")."""
    if head.lemma_.lower() in NON_OWNED_HEADS:
        return []  # "a one million US dollar reward": no American owner
    return [c for c in head.children if c.dep_ == "poss" or (
        c.dep_ in ("amod", "compound", "nmod") and c.i < head.i)]


def _split_modifiers(mentions: list[Mention], resolver: ArgumentResolver,
                     doc: Any) -> list[Mention]:
    """ "French and Egyptian warships": one phrase, two actors (PLOVER's compound actor). The
    phrase stays as the first actor; each further nationality is added with its own span."""
    out = list(mentions)
    for mention in mentions:
        if mention.head_i < 0 or mention.via not in ("direct", "memory"):
            continue
        if mention.head_i >= len(doc):
            continue
        head = doc[mention.head_i]
        for mod in (c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                    and c.conjuncts):
            if mention.actor.code in (None, "UNK") and mention in out:
                out.remove(mention)  # "US and British forces" read as one unknown phrase
            seen = {m.actor.code for m in out}
            out += resolver.coordinated_modifiers(mod, mention.actor.sector, seen)
    return out


def _is_state(head: Any, resolver: ArgumentResolver) -> bool:
    """Does the phrase name a state or an international body (not a group of people)?"""
    mention = resolver.resolve(head)
    if mention is None or mention.person:
        return False
    actor = mention.actor
    return actor.code not in (None, "UNK") and actor.sector in (None, "GOV")


def _causer(verb: Any, entry: TriggerEntry, resolver: ArgumentResolver) -> list[Mention]:
    """ "X ordered the newspaper to suspend publication", "forced the agency to leave": when
    the controlled act is done to oneself (no political object of its own), X is the actor and
    the ordered party the recipient (found as the object of the ordering verb)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in CAUSATIVES or \
            entry.type not in ("COERCE", "SANCTION", "RETREAT", "CONCEDE"):
        return []
    if any(c.dep_ in ("dobj", "obj") and resolver.is_political(c) for c in verb.children):
        return []  # "ordered police to arrest protesters": the police arrest
    heads, _ = subject_heads(head)
    return _resolve_all(resolver, heads)


def _generic(cand: Candidate) -> bool:
    """ "People reject ideas", "companies offer value": a bare plural noun in the present
    simple states what is generally so, not an event."""
    tok = cand.trigger.token
    if not cand.trigger.is_verb or tok.tag_ not in ("VBP", "VBZ"):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.tag_ == "NNS" and not any(
            c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "prep")
            for c in s.children) for s in subjects)


def _claiming_verb(noun: Any) -> Any | None:
    """The verb of "claimed (or admitted) responsibility for <the attack>"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    owner = prep.head
    verb = owner.head
    if lemma(owner) in ("responsibility", "credit") and owner.dep_ in ("dobj", "obj") and \
            lemma(verb) in ("claim", "admit", "accept", "take", "acknowledge"):
        return verb
    return None


def _means_mode(trigger: Any, modes: dict[str, frozenset[str]]) -> list[str]:
    """The ASSAULT mode named by the means in the trigger's clause ("killed in a car bomb
    explosion": explosives), the most telling listed first."""
    if not modes:
        return []
    sent = trigger.sent
    words: set[str] = set()
    for tok in trigger.subtree:
        if sent.start <= tok.i < sent.end:
            words |= phrase_candidates(tok) if tok.pos_ in ("NOUN", "PROPN") else set()
    for mode, cues in modes.items():
        if words & cues:
            return [mode]
    return []


def _between(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in noun.children)


def _bare_person(mention: Mention) -> bool:
    """A named person with no country, organisation, sector or office."""
    actor = mention.actor
    return actor.code in (None, "UNK") and not (actor.org or actor.sector or actor.role)


def _place_modifier(token: Any, resolver: ArgumentResolver) -> bool:
    """Is a noun modifier a city or region ("a Kabul car bombing") rather than a state?"""
    if token.pos_ != "PROPN":
        return False
    match = resolver.actors.resolve(token.text)
    return match is not None and match.kind in ("capital", "place")


def _domestic_trip(actors: list[Mention], recipients: list[Mention],
                   resolver: ArgumentResolver) -> bool:
    """A visit whose only "host" is a place of the visitor's own country ("Putin flew to
    Magnitogorsk")."""
    codes = {m.actor.code for m in actors} - {None, "UNK"}
    if not codes:
        return False
    for m in recipients:
        if m.actor.code not in codes or m.person or m.actor.org or m.actor.role:
            return False
        match = resolver.actors.resolve(m.actor.text)
        if m.actor.sector and not (match and match.kind in ("capital", "place", "country")):
            return False
    return True


def _embedded_question(token: Any) -> bool:
    """Is the trigger in an embedded question ("did not say whom they would support", "it is
    unclear whether they will attack")? Such clauses assert nothing."""
    node = token
    for _ in range(4):
        if node.dep_ in ("ccomp", "csubj", "xcomp", "advcl", "pcomp"):
            for child in node.children:
                if child.dep_ == "mark" and child.lower_ == "whether":
                    return True
                if child.tag_ in ("WP", "WDT", "WP$") and child.dep_ in (
                        "dobj", "nsubj", "nsubjpass", "attr", "pobj", "det", "poss"):
                    return True
        if node.dep_ not in ("xcomp", "ccomp", "conj", "csubj", "pcomp") or \
                node.head.i == node.i:
            return False
        node = node.head
    return False


def _comparative(token: Any) -> bool:
    """ "as much money as the president had requested", "more than they had pledged"."""
    marks = [c for c in token.children if c.dep_ == "mark"]
    if any(m.lower_ == "than" for m in marks):
        return True
    return any(m.lower_ == "as" for m in marks) and token.dep_ in ("advcl", "ccomp") and \
        token.head.pos_ in ("ADV", "ADJ", "NOUN", "DET")


def _helper_phrase(head: Any) -> bool:
    prep = head.head
    return prep.dep_ == "prep" and prep.lower_ == "with" and \
        (lemma(head) in HELPER_NOUNS or head.lower_ in HELPER_NOUNS)


def _background_noun(noun: Any) -> bool:
    """A nominal event mentioned in passing: "since Russia's invasion", "an invitation to a
    summit" (the object of a preposition that modifies another noun). A noun with an agent and
    a clause of its own is reported for itself wherever it stands ("on top of a contribution by
    X, announced in February, to supply tanks"), unless the preposition dates it ("since")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    if prep.lower_ not in TEMPORAL_BACKGROUND and _elaborated(noun):
        return False
    if prep.lower_ == "of" and (lemma(prep.head) in MEASURES or prep.head.lower_ in MEASURES):
        return False  # "ten days of war games"
    return prep.lower_ in BACKGROUND_PREPS or prep.head.pos_ in ("NOUN", "PROPN", "PRON")


def _elaborated(noun: Any) -> bool:
    has_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    has_clause = any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children)
    return has_agent and has_clause


def _present_simple(verb: Any) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _modal_or_future(verb: Any) -> bool:
    """ "will not", "would not", "cannot": the clause (or the one governing it) looks ahead."""
    for node in [verb, *governors(verb)[:2]]:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in node.children):
            return True
    return False


def _condition(token: Any, lexicon: Lexicon) -> tuple[str | None, Any | None]:
    """The if/unless clause on the event's clause or the clauses that govern it."""
    for node in [token, *governors(token)[:2], *_clause_complements(token)]:
        for child in node.children:
            if child.dep_ != "advcl":
                continue
            for mark in child.children:
                if mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS:
                    return mark.lower_, child
    return None, None


def _clause_complements(token: Any) -> list[Any]:
    return [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]


def _in_condition(token: Any) -> bool:
    """Is the token inside an if/unless clause?"""
    node = token
    for _ in range(6):
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in node.children) and \
                node.dep_ in ("advcl", "ccomp", "conj"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _infinitival_clauses(verb: Any) -> list[Any]:
    """ "sworn to fight": an infinitive the parser attached as an adverbial clause."""
    return [c for c in verb.children if c.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _depth(token: Any) -> int:
    """How far the trigger is from the main clause: 1 per complement or coordinated clause, 2
    per subordinate clause (adverbial, relative, participle: "as police cracked down", "opened
    fire to disperse")."""
    node, depth = token, 0
    for _ in range(8):
        if node.head.i == node.i:
            break
        if node.dep_ in ("advcl", "relcl", "acl", "csubj"):
            depth += 2
        elif node.dep_ in ("ccomp", "xcomp", "conj", "pcomp"):
            depth += 1
        node = node.head
    return depth


def _is_theme(head: Any, themes: frozenset[str]) -> bool:
    return bool(themes) and head.pos_ != "PROPN" and bool(phrase_candidates(head) & themes)


def _names_hazard(head: Any, hazards: frozenset[str]) -> bool:
    """Is the phrase headed by ``head`` a natural hazard, a vehicle or an accident ("a bus
    carrying pilgrims", "wildfires")? Checks the head and its noun modifiers."""
    if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
        head = head.head.head  # "... Cyclone Idai, which killed ...": judge the antecedent
    if head.pos_ == "PRON":
        return False
    modifiers: list[Any] = []
    stack = [head]
    while stack:  # "a bus carrying pilgrims" (parsed as compounds of compounds)
        node = stack.pop()
        for c in node.children:
            if c.dep_ in ("compound", "nmod", "amod") and c.i < node.i:
                modifiers.append(c)
                stack.append(c)
    if any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in (head, *modifiers)):
        return False  # "Russian helicopters", "the Storm Brigade"
    return any(lemma(w) in hazards or w.lower_ in hazards
               for w in (head, *modifiers) if w.dep_ != "amod")


def _names_means(head: Any, means: frozenset[str], harmless: frozenset[str]) -> bool:
    """Does the noun name a weapon or an attack ("a roadside bombing", "a car bomb explosion")
    and not an accident or an illness ("a gas explosion", "a heart attack")?"""
    if not phrase_candidates(head) & means:
        return False
    modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    return not any(lemma(c) in harmless or c.lower_ in harmless for c in modifiers)


def _speaker_itself(verb: Any, subject: Any, resolver: ArgumentResolver) -> bool:
    """Is the subject of a reported need the speaker (or the speaker's side): "he said his
    country needs", "X said it needs", "X said X needs"?"""
    if subject.pos_ == "PRON" and subject.lower_ in ("we", "it", "they", "he", "she"):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return True
    speaker = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speaker:
        return False
    said = {m.actor.code for m in resolver.resolve_all(speaker[0])} - {None, "UNK"}
    needs = {m.actor.code for m in resolver.resolve_all(subject)} - {None, "UNK"}
    return bool(said & needs)


def _one_mode(mode: str | None, plover: PloverSpec, event_type: str) -> list[str]:
    return [mode] if mode and mode in plover.modes_of(event_type) else []


def _complement_events(verb: Any, candidates: dict[int, Candidate]) -> list[Candidate]:
    """Candidates inside the clausal complement(s) of ``verb`` (not through other events)."""
    found: list[Candidate] = []
    stack = list(complements(verb)) + _infinitival_clauses(verb)
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
        stack.extend(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "conj", "dobj")
                     or (c.dep_ == "acl" and tok.pos_ == "NOUN"))  # "an invitation to attend"
    return found


def _noun_complement_events(noun: Any, candidates: dict[int, Candidate]) -> list[Candidate]:
    """Events a nominal demand, threat or offer is about: "its demand that Israel ease
    restrictions", "an offer to mediate", "calls for the release of prisoners"."""
    stack = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    stack += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
              for p in c.children if p.dep_ in ("pobj", "pcomp")]
    verb = governing_verb(noun)
    if verb is not None and verb.i not in candidates and noun.dep_ in ("dobj", "obj"):
        # "reiterated its demand today that Israel ease ...": the clause hangs on the verb
        stack += [c for c in verb.children if c.dep_ == "ccomp"
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    found: list[Candidate] = []
    seen = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.i in candidates:
            found.append(candidates[tok.i])
            continue
        stack.extend(c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "conj"))
    return found


def _resolve_all(resolver: ArgumentResolver, heads: list[Any]) -> list[Mention]:
    out: list[Mention] = []
    # Keyed by span and identity: a group pronoun ("they") lends its one span to every member.
    seen: set[tuple[int, int, tuple[str, str, str]]] = set()
    for head in heads:
        # a quoted "you" with no listener named: whom the speaker addresses
        for mention in resolver.resolve_all(head) or resolver.addressee(head):
            if not mention.political:
                continue
            key = (mention.actor.start, mention.actor.end, mention.key)
            if key not in seen:
                seen.add(key)
                out.append(mention)
    return out


def carry_recipients(found: list[Candidate], earlier: list[Candidate]) -> None:
    """A transfer with no recipient ("Germany agreed to send 14 tanks") takes the recipient of
    the last transfer a few sentences before it ("... to provide Ukraine with tanks")."""
    for cand in found:
        if cand.recipients or not cand.signals.get("transfer") or \
                cand.type not in ("AID", "AGREE"):
            continue
        for prev in reversed(earlier):
            if cand.sentence - prev.sentence > CARRY_WINDOW:
                break
            if prev.recipients and prev.signals.get("transfer") and prev.section == cand.section:
                actors = {m.key for m in cand.actors}
                recipients = [m for m in prev.recipients if m.key not in actors]
                if recipients:
                    cand.recipients = recipients
                    cand.signals["carried"] = True
                break


def set_contexts(candidates: list[Candidate], sent: Any, paragraph_hits: list[tuple[int, str]],
                 cues: ContextCues) -> None:
    """PLOVER contexts of a sentence's events: modes, actor sectors, sentence and paragraph cues."""
    lo, hi = sent.start, sent.end
    sentence_hits = [(i, c) for i, c in paragraph_hits if lo <= i < hi]
    for cand in candidates:
        sectors = [m.actor.sector for m in cand.actors + cand.recipients]
        cand.context = cues.for_event(sentence_hits, paragraph_hits, (lo, hi), sectors,
                                      cand.mode)


def build_events(doc: Document, candidates: list[Candidate], plover: PloverSpec) -> list[Event]:
    """Merge duplicates within a sentence, order by text position and number the events."""
    merged: list[Candidate] = []
    index: dict[tuple[Any, ...], list[Candidate]] = {}
    for cand in sorted(candidates, key=lambda c: (c.sent_start, c.trigger.token.idx)):
        # one event per sentence, type, status and actors: "killed one soldier and wounded
        # two others" is one attack (recipients equal, or found for one verb only)
        key = (cand.sent_start, cand.type, cand.status,
               tuple(sorted(m.key for m in cand.actors)))
        recipients = sorted(m.key for m in cand.recipients)
        same = next((c for c in index.get(key, []) if not recipients or not c.recipients
                     or sorted(m.key for m in c.recipients) == recipients
                     or _linked(c.trigger.token, cand.trigger.token)), None)
        if same is not None:
            tok = cand.trigger.token
            same.extra_evidence.append((tok.idx, tok.idx + len(tok)))
            same.extra_evidence.extend(cand.extra_evidence)
            keys = {m.key for m in same.recipients}
            same.recipients = same.recipients + [m for m in cand.recipients
                                                 if m.key not in keys]
            continue
        index.setdefault(key, []).append(cand)
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
            status=cand.status, mode=list(cand.mode), context=list(cand.context),
            actor=[m.actor for m in cand.actors], recipient=[m.actor for m in cand.recipients],
            date=date, date_precision="day" if date else None, location=None,
            quad=spec.quad, plover_score=spec.score, cameo_root=spec.cameo_root,
            confidence=confidence(cand), section=cand.section,
        ))
    return events


def _linked(first: Any, second: Any) -> bool:
    """Is one trigger a participle or coordinate of the other ("attacked ..., killing four")?"""
    return (second.head.i == first.i and second.dep_ in ("advcl", "conj", "xcomp")) or \
        (first.head.i == second.i and first.dep_ in ("advcl", "conj", "xcomp"))


def confidence(cand: Candidate) -> float:
    """A score in [0, 1] from how much of the event was found; not a calibrated probability,
    but ordered like one on the dev sets (main-clause verbs with known actors rank first)."""
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
    if cand.signals.get("unattributed") or cand.signals.get("carried"):
        score -= 0.1
    if cand.status in FAILED_STATUSES or cand.status == "hypothetical":
        score -= 0.05
    score -= 0.03 * min(cand.depth, 4)
    return round(min(0.95, max(0.05, score)), 2)
