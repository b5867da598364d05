"""Event arguments: who acted (subject, passive agent) and on whom, resolved to ACTOR objects.

Mentions are spans of the parse: a head noun with its compounds, modifiers, appositions and an
"of" phrase; coordinated heads ("Denmark and the Netherlands") are separate mentions of one
argument. Each mention is resolved against the actor dictionary; offsets are article offsets
(``segment.start + token.idx``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirecoder.data.actors import ActorDictionary, ActorMatch
from wirecoder.document import Actor

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Children kept inside a mention span. Others (relative clauses, participles, conjuncts, most
# prepositional phrases) are cut off.
SPAN_DEPS = frozenset({"compound", "amod", "det", "poss", "nummod", "quantmod", "nmod", "flat",
                       "case", "appos", "punct", "advmod", "predet", "prep", "pobj"})
SPAN_PREPS = frozenset({"of", "in", "from", "at"})
# Default prepositions whose objects are recipients, in order of preference.
RECIPIENT_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "upon",
                   "for", "from", "over")
# Verbs whose object is the understood subject of their complement ("urged X to ...").
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "persuade", "force", "order", "allow", "help",
                            "invite", "encourage", "press", "pressure", "push", "tell", "request",
                            "implore", "appeal", "compel", "instruct", "warn", "demand", "permit"})
# Nouns for statements that carry their author's act ("a declaration demanding ...").
DOCUMENT_NOUNS = frozenset({"declaration", "statement", "letter", "resolution", "communique",
                            "report", "appeal", "note", "message", "decree", "order", "ultimatum",
                            "warning", "protest", "complaint", "petition"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
NON_ACTOR_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


@dataclass(slots=True)
class Mention:
    """A resolved mention: the Actor record plus how sure we are it is a political actor."""

    actor: Actor
    political: bool
    person: bool = False
    head_i: int = -1
    via: str = "direct"  # direct | pronoun | inherited | memory

    @property
    def key(self) -> tuple[str, str, str]:
        # Strings only: keys are sorted to compare actor sets, and None does not sort with str.
        return (self.actor.code or "", self.actor.org or "", self.actor.name or "")


@dataclass(slots=True)
class DocumentMemory:
    """What earlier sentences of one document said about actors (names, pronoun antecedents)."""

    by_name: dict[str, Actor] = field(default_factory=dict)
    last_person: tuple[int, list[Actor]] | None = None
    last_group: tuple[int, list[Actor]] | None = None
    sentence: int = 0

    def remember(self, mentions: list[Mention]) -> None:
        """Note the political actors of one event argument (its coordinated mentions)."""
        direct = [m for m in mentions if m.political]
        for mention in direct:
            actor = mention.actor
            if actor.name and (actor.code not in (None, "UNK") or actor.org):
                self.by_name.setdefault(actor.name.lower(), actor)
                self.by_name.setdefault(actor.name.split()[-1].lower(), actor)
        people = [m.actor for m in direct if m.person]
        groups = [m.actor for m in direct if not m.person and m.actor.code not in (None, "UNK")]
        if len(people) == 1:
            self.last_person = (self.sentence, people)
        if groups:
            self.last_group = (self.sentence, groups)

    def antecedent(self, pronoun: str, window: int = 2) -> list[Actor]:
        slot = self.last_person if pronoun in PERSON_PRONOUNS else self.last_group
        if slot and self.sentence - slot[0] <= window:
            actors = slot[1]
            return actors if pronoun in ("they", "them", "their", "themselves") else actors[:1]
        return []


def mention_span(head: Token) -> tuple[int, int]:
    """Token range [start, end) of one mention headed by ``head`` (conjuncts excluded)."""
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ not in SPAN_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in SPAN_PREPS:
                continue
            if child.dep_ == "prep" and tok is head and head.pos_ == "PROPN" \
                    and child.lower_ != "of":
                continue  # "Iran in 2003": keep places of common nouns only ("police in Lagos")
            keep.add(child.i)
            stack.append(child)
    start, end = min(keep), max(keep) + 1
    # keep the span contiguous around the head and trim punctuation and leading conjunctions
    lo = head.i
    while lo - 1 >= start and (lo - 1) in keep:
        lo -= 1
    hi = head.i + 1
    while hi < end and hi in keep:
        hi += 1
    doc = head.doc
    while lo < head.i and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    while hi - 1 > head.i and (doc[hi - 1].is_punct or doc[hi - 1].dep_ in ("cc", "case")
                               or doc[hi - 1].lower_ in ("'s", "’s")):
        hi -= 1
    return lo, hi


def conjuncts(head: Token) -> list[Token]:
    return [head, *head.conjuncts]


class ArgumentResolver:
    """Turns argument heads into :class:`Mention` objects for one segment."""

    def __init__(self, actors: ActorDictionary, segment_start: int,
                 memory: DocumentMemory) -> None:
        self.actors = actors
        self.offset = segment_start
        self.memory = memory
        self._cache: dict[tuple[int, bool], list[Mention]] = {}

    # -- resolution --------------------------------------------------------------------------
    def resolve(self, head: Token, allow_pronoun: bool = True) -> Mention | None:
        """Resolve the mention headed by ``head``; pronouns go to their antecedent."""
        found = self.resolve_all(head, allow_pronoun)
        return found[0] if found else None

    def resolve_all(self, head: Token, allow_pronoun: bool = True) -> list[Mention]:
        """Like :meth:`resolve`, but a plural pronoun gives every coordinated antecedent."""
        key = (head.i, allow_pronoun)
        if key in self._cache:
            return self._cache[key]
        self._cache[key] = []  # guards against cycles ("its forces" -> "its" -> "forces")
        if head.pos_ == "PRON" or head.lower_ in RELATIVE_PRONOUNS:
            found = self._pronoun(head) if allow_pronoun else []
        else:
            mention = self._resolve_span(head)
            found = [mention] if mention else []
        self._cache[key] = found
        return found

    def is_political(self, head: Token) -> bool:
        mention = self.resolve(head)
        return bool(mention and mention.political)

    def sector_of(self, head: Token) -> str | None:
        mention = self.resolve(head)
        return mention.actor.sector if mention else None

    def _resolve_span(self, head: Token) -> Mention | None:
        lo, hi = mention_span(head)
        doc = head.doc
        span = doc[lo:hi]
        text = span.text
        match = self.actors.resolve(text)
        core = _quantified(head, self.actors.quantity_heads)  # "thousands of Kurds" -> Kurds
        group_head = core.lower_ in self.actors.group_heads and match is not None and \
            match.code is not None  # "al-Qaeda's terror network"
        if core.pos_ != "PROPN" and not _head_covered(core, span, match) and not group_head:
            return None  # "a NATO support program", "Ukraine's rightful place": not actors
        name = _person_name(span, match)
        remembered = None
        if name:
            remembered = self.memory.by_name.get(name.lower()) or \
                self.memory.by_name.get(name.split()[-1].lower())
            if remembered and remembered.name and \
                    remembered.name.lower().endswith(name.lower()):
                name = remembered.name  # "Rasmussen" after "Lars Lokke Rasmussen"
        elif head.pos_ == "PROPN" and (match is None or not match.political):
            remembered = self.memory.by_name.get(text.lower()) or \
                self.memory.by_name.get(head.lower_)
            if remembered:
                name = remembered.name
        code = match.code if match else None
        org = match.org if match else None
        sector = match.sector if match else None
        role = match.role if match else None
        if remembered and not code:
            code, org = remembered.code, remembered.org
            sector = sector or remembered.sector
            role = role or remembered.role
        if not code:  # "its forces", "their leader": the possessor's country
            owner = next((c for c in core.children if c.dep_ == "poss" and c.pos_ == "PRON"),
                         None)
            antecedent = self.resolve(owner) if owner is not None else None
            if antecedent and antecedent.actor.code not in (None, "UNK"):
                code, org = antecedent.actor.code, antecedent.actor.org
        political = bool(code or org or sector or name)
        if not political:
            return None
        person = bool(name) or (role is not None and head.pos_ == "PROPN")
        actor = Actor(text=text, start=self.offset + span.start_char,
                      end=self.offset + span.end_char, code=code or "UNK", org=org,
                      sector=sector, name=name, role=role)
        return Mention(actor, political=True, person=person, head_i=head.i,
                       via="memory" if remembered else "direct")

    def _pronoun(self, pron: Token) -> list[Mention]:
        low = pron.lower_
        if low in NON_ACTOR_PERSON:
            return []
        if low in RELATIVE_PRONOUNS:
            # "troops, who attacked": the relative clause hangs on the noun
            verb = pron.head
            if verb.dep_ == "relcl" and verb.head.i != pron.i:
                return self.resolve_all(verb.head)
            return []
        if low not in PERSON_PRONOUNS and low not in GROUP_PRONOUNS:
            return []
        want_person = low in PERSON_PRONOUNS
        plural = low in ("they", "them", "their", "themselves")
        # within the sentence: the subject of a verb that governs this one
        node = pron.head
        while node is not None and node.head.i != node.i:
            node = node.head
            for child in node.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.pos_ == "PRON" \
                        or child.left_edge.i <= pron.i <= child.right_edge.i:
                    continue  # not the phrase the pronoun is part of ("its forces")
                heads = conjuncts(child) if plural else [child]
                found = [m for h in heads for m in self.resolve_all(h, allow_pronoun=False)
                         if m.political and (plural or m.person == want_person)]
                if found:
                    return [_via(m, "pronoun") for m in found]
        antecedents = self.memory.antecedent(low)
        return [Mention(a, political=True, person=want_person, head_i=pron.i, via="pronoun")
                for a in antecedents]


def _via(mention: Mention, via: str) -> Mention:
    return Mention(mention.actor, mention.political, mention.person, mention.head_i, via)


def _person_name(span: Any, match: ActorMatch | None) -> str | None:
    """The PERSON entity in the span, or a trailing proper-noun run after a role word."""
    people = [e for e in span.ents if e.label_ == "PERSON"]
    if people:
        best = max(people, key=len)
        if not (match and _covered(best, match, span)):
            return best.text
    if match and match.role:
        run = []
        for tok in reversed(span):
            if tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "ORG", "LOC"):
                run.append(tok)
            else:
                break
        run.reverse()
        if run and not _covered(span[run[0].i - span.start:run[-1].i - span.start + 1],
                                match, span):
            return " ".join(t.text for t in run)
    return None


def _quantified(head: Token, quantity_heads: frozenset[str]) -> Token:
    """The noun a quantity or collection head stands for ("a group of refugees" -> refugees)."""
    node = head
    for _ in range(3):
        if node.lower_ not in quantity_heads and node.lemma_.lower() not in quantity_heads:
            break
        pobj = next((p for prep in node.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is None:
            break
        node = pobj
    return node


def _head_covered(head: Token, span: Any, match: ActorMatch | None) -> bool:
    """True when a dictionary phrase covers the mention's head word (its actor noun)."""
    if match is None:
        return False
    lo = head.idx - span.start_char
    hi = lo + len(head)
    return any(m.char_start <= lo and hi <= m.char_end for m in match.matches)


def _covered(ent: Any, match: ActorMatch, span: Any) -> bool:
    """True when a dictionary phrase already explains the entity ("Kremlin" is no person)."""
    lo = ent.start_char - span.start_char
    hi = ent.end_char - span.start_char
    return any(m.char_start <= lo and hi <= m.char_end for m in match.matches)


# -- finding the argument heads -----------------------------------------------------------

def subject_heads(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Heads of the acting subject of ``verb`` and how they were found.

    Passive clauses give the agent of a "by" phrase. Verbs without a subject inherit one from the
    verb they depend on (coordination, control, participles, relative clauses).
    """
    if depth > 6:
        return [], "none"
    children = list(verb.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if passive and lemma_of(verb) not in ("expect", "set", "due", "schedule", "poise"):
        for child in children:
            if child.dep_ == "agent":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if pobjs:
                    return conjuncts(pobjs[0]), "agent"
        return [], "passive"
    for child in children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return conjuncts(child), "direct"
    dep = verb.dep_
    head = verb.head
    if head.i == verb.i:
        return [], "none"
    if dep == "conj" and is_passive(head) and not passive:
        # "has been indicted ... and will resign": the grammatical subject, not the agent
        for child in head.children:
            if child.dep_ == "nsubjpass":
                return conjuncts(child), "inherited"
    if dep == "xcomp" and head.dep_ == "acomp":
        head = head.head  # "is prepared to lift", "is willing to withdraw"
    if dep == "xcomp" or (dep in ("acl", "relcl") and verb.tag_ == "VB"):
        # object control: "urged Stoltenberg to push", "called on Iran to release"
        if lemma_of(head) in OBJECT_CONTROL:
            for child in head.children:
                if child.dep_ in ("dobj", "obj"):
                    return conjuncts(child), "inherited"
                if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                    pobjs = [p for p in child.children if p.dep_ == "pobj"]
                    if pobjs:
                        return conjuncts(pobjs[0]), "inherited"
            if head.dep_ == "pobj":
                return conjuncts(head), "inherited"
        heads, _ = subject_heads(head, depth + 1)
        return heads, "inherited"
    if dep in ("conj", "advcl", "ccomp", "pcomp", "xcomp"):
        if dep == "advcl" and verb.tag_ not in ("VBG", "VBN"):
            return [], "none"
        heads, _ = subject_heads(head, depth + 1)
        return heads, "inherited"
    if dep == "relcl":
        return [head], "inherited"
    if dep == "acl" and verb.tag_ == "VBG":
        # "troops attacking the town"; "issued a declaration demanding": the issuer
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj") and \
                head.lower_ in DOCUMENT_NOUNS:
            heads, _ = subject_heads(head.head, depth + 1)
            return heads, "inherited"
        return [head], "inherited"
    return [], "none"


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def recipient_heads(verb: Token, preps: tuple[str, ...] | None = None,
                    clause_subject: bool = False) -> list[list[Token]]:
    """Candidate recipient argument heads of a verb, best first (each with its conjuncts)."""
    preps = preps or RECIPIENT_PREPS
    found: list[list[Token]] = []
    children = list(verb.children)
    if is_passive(verb):
        found += [conjuncts(c) for c in children if c.dep_ == "nsubjpass"]
    found += [conjuncts(c) for c in children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
    by_prep: list[tuple[int, list[Token]]] = []
    for child in children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    by_prep.append((preps.index(child.lower_), conjuncts(pobj)))
    # preps of the object: "pledged support for Ukraine", "imposed sanctions on Iran",
    # "send 500 million euros in aid to Sudan"
    stack = [(c, 0) for c in children if c.dep_ in ("dobj", "obj")]
    while stack:
        obj, depth = stack.pop()
        for child in obj.children:
            if child.dep_ != "prep":
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if child.lower_ in preps:
                    by_prep.append((preps.index(child.lower_) + 0.5 + depth,
                                    conjuncts(pobj)))
                elif depth < 1 and child.lower_ in ("in", "of"):
                    stack.append((pobj, depth + 1))
    found += [heads for _, heads in sorted(by_prep, key=lambda x: x[0])]
    # "demanded that the US cancel": the subject of the complement clause
    if clause_subject:
        for comp in (c for c in children if c.dep_ == "ccomp"):
            found += [conjuncts(c) for c in comp.children if c.dep_ == "nsubj"]
    return found


def noun_recipient_heads(noun: Token, preps: tuple[str, ...] | None = None) -> list[list[Token]]:
    preps = preps or RECIPIENT_PREPS
    found: list[tuple[int, list[Token]]] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.append((preps.index(child.lower_), conjuncts(pobj)))
    return [heads for _, heads in sorted(found, key=lambda x: x[0])]


def owner_heads(head: Token) -> list[Token]:
    """Who a non-actor noun belongs to: its possessor, a national or organisational modifier,
    or the object of by/from ("an Indian proposal", "Serbia's suppression", "calls by X")."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod")
                                    and child.i < head.i):
            found.append(child)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found.extend(p for p in child.children if p.dep_ == "pobj")
    return found
