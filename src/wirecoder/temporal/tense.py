"""The tense of the clause a temporal expression belongs to, read from the dependency parse.

``clause_tense(token)`` climbs from the expression's head to its governing verb and returns
``(tense, nominal)``: tense is ``"past"``, ``"future"`` or ``None`` (present, habitual or not
decidable), and ``nominal`` tells that the expression modifies a noun ("a summit in July",
"Thursday's blast") rather than the verb, so the clause tense says less about it.

Future: an auxiliary "will"/"shall"/"'ll", a modal (may, might, could, should, must, can), or an
infinitive under a plan/expectation verb in the present ("plans to", "is expected to", "is due
to", "is set to", "is going to"). Past: a past-tense verb, a perfect ("has/had met"), a past
passive, a past participle used as a modifier ("announced in February"). "would" is left
undecided: it is future seen from a past that may itself lie before the dateline.
"""

from __future__ import annotations

from typing import Any

from wirecoder.temporal.lexicon import TemporalLexicon
from wirecoder.temporal.resolve import FUTURE, PAST

_VERBAL = ("VERB", "AUX")
_PAST_AUX = frozenset({"was", "were", "had", "did", "'d"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "be", "do", "does", "has",
                          "have"})
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


def clause_tense(token: Any, lex: TemporalLexicon) -> tuple[str | None, bool]:
    """Tense of the clause governing ``token`` (the head of a temporal expression)."""
    t = token
    nominal = False
    for _ in range(15):
        if t.pos_ in _VERBAL and t.dep_ not in ("amod", "compound") and t is not token:
            tense = verb_tense(t, lex)
            if nominal and tense == FUTURE and _modal_only(t, lex):
                tense = None  # "she felt Tuesday's pleas might help": the pleas are not future
            return tense, nominal
        head = t.head
        if head is t or t.dep_ == "ROOT":
            if t.pos_ in _VERBAL:
                return verb_tense(t, lex), nominal
            return None, nominal
        if head.pos_ in _NOMINAL and head.i != token.i:
            nominal = True
        t = head
    return None, nominal


def _modal_only(verb: Any, lex: TemporalLexicon) -> bool:
    words = {a.lower_.replace("’", "'") for a in _auxiliaries(verb)}
    return bool(words & lex.future_modals) and not words & lex.future_auxiliaries


def _auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def verb_tense(verb: Any, lex: TemporalLexicon, depth: int = 0) -> str | None:
    auxes = _auxiliaries(verb)
    words = {a.lower_.replace("’", "'") for a in auxes}
    if words & lex.future_auxiliaries:
        return FUTURE
    if "would" in words or ("'d" in words and verb.tag_ == "VB"):
        return None
    if words & lex.future_modals:
        return FUTURE
    past_aux = bool(words & _PAST_AUX)
    lemma = verb.lemma_.lower()
    if (lemma in lex.future_verbs and _has_infinitive(verb)) or lemma in lex.future_verbs_direct:
        # "plans to", "is expected to", "expects profits": future unless the plan itself lies
        # in the past
        return None if verb.tag_ == "VBD" or past_aux else FUTURE
    if lemma == "go" and verb.tag_ == "VBG" and _has_infinitive(verb):
        return None if past_aux else FUTURE  # "is going to"
    tag = verb.tag_
    if tag == "VBD":
        return PAST
    if tag == "VBN":
        if past_aux or words & {"has", "have", "'ve"}:
            return PAST
        if words & _PRESENT_AUX:
            return None
        return PAST  # participle used as a modifier: "a contribution announced in February"
    if tag == "VBG":
        if past_aux:
            return PAST
        if words & _PRESENT_AUX:
            return None
        return _climb(verb, lex, depth)
    if tag == "VB":
        if "to" in words:
            head = verb.head
            if head is not verb and head.pos_ in _VERBAL:
                if head.lemma_.lower() in lex.future_verbs:
                    return None if head.tag_ == "VBD" or {
                        a.lower_ for a in _auxiliaries(head)} & _PAST_AUX else FUTURE
                return _climb(verb, lex, depth)
            return None
        if words & {"did", "didn't"}:
            return PAST
        return None
    if verb.pos_ == "AUX" and tag in ("VBZ", "VBP"):
        return None
    return None


def _climb(verb: Any, lex: TemporalLexicon, depth: int) -> str | None:
    head = verb.head
    if depth > 4 or head is verb or head.pos_ not in _VERBAL:
        return None
    return verb_tense(head, lex, depth + 1)


def _has_infinitive(verb: Any) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in verb.children)
