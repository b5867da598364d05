"""Event status from simple cues: negation, denial, modality, tense, governing verbs, adverbs.

Statuses (``wirecoder.document.STATUSES``): asserted, pledged, future, historical, hypothetical,
conditional, negated, habitual, accidental, denied, claimed. The first cue found in this order
wins: negated, denied, accidental, conditional, hypothetical, pledged, future, historical,
habitual, claimed; otherwise asserted.
"""

from __future__ import annotations

import re
from typing import Any

from wirecoder.data.lexicon import Lexicon, TriggerEntry

Token = Any

# Clause links through which a governing verb's status reaches a trigger.
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "conj", "acomp", "advcl"})
_YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d)$")
NEGATING_GOVERNORS = frozenset({"fail", "refrain", "avoid", "stop", "cease"})


def governors(token: Token, limit: int = 4) -> list[Token]:
    """Verbs (and predicative adjectives) that govern ``token`` through clause links."""
    out: list[Token] = []
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            break
        if node.dep_ not in GOVERNING_DEPS and not (node.dep_ in ("dobj", "pobj")
                                                     and node is token):
            break
        node = node.head
        if node.dep_ == "prep":  # "went on strike": climb over the preposition
            node = node.head
        out.append(node)
    return out


def _child_words(token: Token, deps: tuple[str, ...] | None = None) -> set[str]:
    return {c.lower_ for c in token.children if deps is None or c.dep_ in deps}


def event_status(trigger: Token, entry: TriggerEntry, lexicon: Lexicon,
                 dateline: str | None = None, anchor: Token | None = None) -> str:
    """Status of the event triggered by ``trigger``.

    For a nominal trigger, ``anchor`` is the light verb whose clause reports the event ("held
    talks"); without one only the noun's own cues count ("no talks").
    """
    words = lexicon.status_words
    nominal = entry.pos == "noun"
    clause = anchor if nominal else trigger
    govs = governors(clause) if clause is not None else []
    if nominal and clause is not None:
        govs = [clause, *govs]
    # a clause linked by coordination shares its governor's modality ("will meet and sign")
    scope = [trigger, *[g for g in govs if g.pos_ in ("VERB", "AUX", "ADJ")][:2]]
    verb = clause if clause is not None else trigger
    neg = words.get("negation", frozenset())
    direct = [trigger, verb] if nominal else [trigger]
    # negation: "did not attack", "held no talks", "failed to reach"
    for tok in direct:
        if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in neg)
               for c in tok.children):
            return "negated"
    if any(g.lemma_.lower() in NEGATING_GOVERNORS for g in govs[:1]):
        return "negated"
    if any(g.lemma_.lower() == "deny" for g in govs):
        return "denied"
    acc = words.get("accidental", frozenset())
    if any(_child_words(t) & acc for t in direct):
        return "accidental"
    cond = words.get("conditional", frozenset())
    if any(c.dep_ == "mark" and c.lower_ in cond for t in scope for c in t.children):
        return "hypothetical"  # the event itself is the condition: "if Ukraine attacks"
    for tok in scope + _complement_clauses(trigger):
        for child in tok.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cond
                                             for m in child.children):
                return "conditional"
    modal_scope = direct if nominal else scope
    aux = set().union(*(_child_words(t, ("aux", "auxpass")) for t in modal_scope))
    if aux & words.get("hypothetical", frozenset()):
        return "hypothetical"
    reported = any(g.lemma_.lower() in lexicon.reporting_verbs for g in govs)
    if "would" in aux and not reported:
        return "hypothetical"
    if entry.status:
        return entry.status
    gov_lemmas = [g.lemma_.lower() for g in govs[:2]]
    cue_statuses = [lexicon.status_cues.get(lem) for lem in gov_lemmas]
    if "pledged" in cue_statuses:
        return "pledged"
    if aux & words.get("future", frozenset()) or ("would" in aux and reported):
        return "future"
    if "future" in cue_statuses or any(_be_to(t) for t in modal_scope):
        return "future"
    if dateline and _past_year(trigger, verb, dateline):
        return "historical"
    habitual = words.get("habitual", frozenset())
    if any(_child_words(t, ("advmod",)) & habitual for t in direct):
        return "habitual"
    claimed = words.get("claimed", frozenset())
    if any(_child_words(t, ("advmod",)) & claimed for t in direct) or "claimed" in cue_statuses:
        return "claimed"
    return "asserted"


def _complement_clauses(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]


def _be_to(token: Token) -> bool:
    """ "is to visit", "are due to meet", "is set to sign": a scheduled future event."""
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    if head.lemma_.lower() == "be" and any(c.lower_ == "to" for c in token.children):
        return True
    return head.lemma_.lower() in ("due", "set", "poised", "scheduled", "slated", "expected")


def _past_year(trigger: Token, verb: Token, dateline: str) -> bool:
    try:
        year = int(dateline[:4])
    except (TypeError, ValueError):
        return False
    for tok in {trigger, verb}:
        for child in tok.children:
            if child.dep_ not in ("prep", "npadvmod", "pobj"):
                continue
            for sub in child.subtree:
                if _YEAR_RE.match(sub.text) and int(sub.text) < year:
                    return True
    return False
