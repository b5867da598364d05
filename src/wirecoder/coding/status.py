"""Event status from simple cues: negation, denial, modality, tense, governing verbs, adverbs.

Statuses (``wirecoder.document.STATUSES``): asserted, pledged, future, historical, hypothetical,
conditional, negated, habitual, accidental, denied, claimed. The first cue found in this order
wins: negated, denied, accidental, hypothetical (the event is itself a condition, or under
could/might/may), conditional (the event depends on an if/unless clause), pledged, future,
historical, habitual, claimed; otherwise asserted.

Cues come from the trigger's own clause and from the verbs that govern it through clause links
("agreed to send": send is pledged; "said it would attack": future). A coordinated verb shares
the auxiliaries of the verb it is coordinated with ("will meet and sign") but not its meaning:
"agreed to X and imposed Y" does not make the imposing a pledge. A coordinated clause with a
subject of its own is independent and inherits nothing.
"""

from __future__ import annotations

import re
from typing import Any

from wirecoder.data.lexicon import Lexicon, TriggerEntry

Token = Any

# Clause links through which a governing verb's status reaches a trigger.
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "conj", "acomp", "advcl"})
_YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d)$")
NEGATING_GOVERNORS = frozenset({"fail", "refrain", "avoid", "stop", "cease", "decline"})
# "last year", "two years ago", "earlier this month": past time spans that make an event background
_PAST_UNITS = frozenset({"year", "years", "decade", "decades", "month", "months", "century"})
_PAST_WORDS = frozenset({"last", "ago", "earlier", "previous", "prior"})


def governor_chain(token: Token, limit: int = 4) -> list[tuple[Token, str]]:
    """Verbs (and predicative adjectives) governing ``token``, each with the link climbed.

    Climbing stops at a coordinated clause that has a subject of its own.
    """
    out: list[tuple[Token, str]] = []
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            break
        dep = node.dep_
        if dep not in GOVERNING_DEPS and not (dep in ("dobj", "pobj") and node is token):
            break
        if dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # "X agreed ..., and Y imposed ...": an independent clause
        if dep == "advcl" and _has_mark(node):
            break  # "if/when/because ... ": a clause of its own, read by the caller
        node = node.head
        if node.dep_ == "prep":  # "went on strike": climb over the preposition
            node = node.head
        out.append((node, dep))
    return out


def governors(token: Token, limit: int = 4) -> list[Token]:
    """Verbs (and predicative adjectives) that govern ``token`` through clause links."""
    return [g for g, _ in governor_chain(token, limit)]


def _has_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


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
    chain = governor_chain(clause) if clause is not None else []
    if nominal and clause is not None:
        chain = [(clause, "light"), *chain]
    # governors whose meaning reaches the event (not coordinated peers)
    meaning = [g for g, dep in chain if dep != "conj"]
    # a clause linked by coordination shares its governor's modality ("will meet and sign"),
    # unless it is finite itself ("would have faced impeachment but resigned")
    finite = (clause or trigger).tag_ in ("VBD", "VBZ", "VBP")
    shared = [g for g, dep in chain if not (dep == "conj" and finite)]
    scope = [trigger, *[g for g in shared if g.pos_ in ("VERB", "AUX", "ADJ")][:2]]
    verb = clause if clause is not None else trigger
    neg = words.get("negation", frozenset())
    direct = [trigger, verb] if nominal else [trigger]
    # negation: "did not attack", "held no talks", "failed to reach"
    for tok in direct:
        if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in neg)
               for c in tok.children):
            return "negated"
    if meaning[:1] and meaning[0].lemma_.lower() in NEGATING_GOVERNORS:
        return "negated"
    cues = lexicon.status_cues
    if any(cues.get(g.lemma_.lower()) == "denied" for g in meaning):
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
    reported = any(g.lemma_.lower() in lexicon.reporting_verbs for g in meaning)
    if "would" in aux and not reported:
        return "hypothetical"
    if entry.status:
        return entry.status
    cue_statuses = [cues.get(g.lemma_.lower()) for g in meaning[:2]]
    if cue_statuses[:1] == ["hypothetical"]:
        return "hypothetical"  # "needs to seize new opportunities"
    if "pledged" in cue_statuses or (nominal and _intended(trigger)):
        return "pledged"
    if aux & words.get("future", frozenset()) or ("would" in aux and reported):
        return "future"
    if "future" in cue_statuses or any(_be_to(t) for t in modal_scope):
        return "future"
    if (dateline and _past_year(trigger, verb, dateline)) or _past_span(direct):
        return "historical"
    historical = words.get("historical", frozenset())
    if any(_child_words(t, ("advmod",)) & historical for t in direct):
        return "historical"
    habitual = words.get("habitual", frozenset())
    if any(_child_words(t, ("advmod",)) & habitual for t in direct):
        return "habitual"
    claimed = words.get("claimed", frozenset())
    if any(_child_words(t, ("advmod",)) & claimed for t in direct) or "claimed" in cue_statuses:
        return "claimed"
    return "asserted"


def _intended(noun: Token) -> bool:
    """A nominal event with an infinitive of purpose is an announced intention: "a contribution
    to supply 100 tanks", "a contribution, announced in February, to supply ..."."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
        if child.dep_ in ("acl", "relcl") and any(
                c.dep_ == "xcomp" and c.tag_ == "VB" and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in child.children):
            return True
    return False


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


def _past_span(tokens: list[Token]) -> bool:
    """ "last year", "two decades ago", "earlier this month" on the event's own clause."""
    for tok in tokens:
        for child in tok.children:
            if child.dep_ not in ("npadvmod", "advmod", "tmod"):
                continue  # "over the last two years" runs up to now
            sub = {t.lower_ for t in child.subtree}
            if sub & _PAST_UNITS and sub & _PAST_WORDS and "next" not in sub:
                return True
    return False
