"""The organisation a membership is about, as the recipient of the event that seeks, offers,
backs or refuses it.

"Zelenskyy said his country needs a road map for becoming a member" is a REQUEST to the
alliance the paragraph is about; "Kyiv asked to join" asks the organisation it wants to join;
"backed Sweden's membership in the EU" supports Sweden *toward* the EU, but that event already
has Sweden as its recipient, so only events without one are completed here. The organisation is
the one the membership phrase names ("membership in the European Union", "NATO membership",
"join the bloc") or, when it names none ("becoming a member"), the international organisation
the article mentioned last (within the registry's description window).
"""

from __future__ import annotations

from typing import Any

from wirecoder.coding.arguments import ArgumentResolver, Mention, same_actor
from wirecoder.coding.coref import ALLIANCE_CODES
from wirecoder.coding.triggers import lemma

Token = Any  # spacy.tokens.Token

MEMBERSHIP_NOUNS = frozenset({"member", "membership", "accession", "admission"})
MEMBERSHIP_VERBS = frozenset({"join", "accede"})
# Event types whose missing recipient a membership phrase can supply.
MEMBERSHIP_TYPES = frozenset({"REQUEST", "AGREE", "SUPPORT", "REJECT"})
ORG_PREPS = frozenset({"of", "in", "to", "into"})


def membership_recipients(trigger: Token, resolver: ArgumentResolver,
                          actors: list[Mention]) -> list[Mention]:
    """The organisation of the first membership phrase governed by ``trigger``, unless it is
    the event's own actor; empty when there is no such phrase or no organisation."""
    for tok in trigger.subtree:
        word = lemma(tok)
        if tok.pos_ == "NOUN" and word in MEMBERSHIP_NOUNS:
            heads = [c for c in tok.children if c.dep_ == "compound"] + \
                [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS
                 for p in c.children if p.dep_ == "pobj"]
        elif tok.pos_ == "VERB" and word in MEMBERSHIP_VERBS:
            heads = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        else:
            continue
        found = [m for h in heads for m in resolver.resolve_all(h) if _organisation(m)]
        if not found and not heads:
            found = _last_organisation(tok, resolver)
        found = [m for m in found if not any(same_actor(m.actor, a.actor) for a in actors)]
        if found:
            return found
    return []


def _organisation(mention: Mention) -> bool:
    actor = mention.actor
    return mention.political and not actor.name and actor.code in ALLIANCE_CODES


def _last_organisation(tok: Token, resolver: ArgumentResolver) -> list[Mention]:
    """ "becoming a member": the organisation named last before ``tok`` in its sentence
    ("an invitation to a NATO summit"), else the alliance the article mentioned last."""
    for prev in reversed(tok.doc[tok.sent.start:tok.i]):
        # a name's last word ("Union" of "European Union summit"), not its inner words
        if prev.pos_ == "PROPN" and not (prev.dep_ == "compound" and prev.head.pos_ == "PROPN"):
            found = [m for m in resolver.resolve_all(prev, allow_pronoun=False)
                     if _organisation(m)]
            if found:
                return found
    registry = resolver.registry(tok)
    if registry is None:
        return []
    actor = registry.describe("alliance", resolver.offset + tok.idx)
    if actor is None:
        return []
    return [Mention(actor, political=True, head_i=-1, via="memory")]
