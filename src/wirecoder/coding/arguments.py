"""Event arguments: who acted (subject, passive agent) and on whom, resolved to ACTOR objects.

Mentions are spans of the parse: a head noun with its compounds, modifiers, appositions and an
"of" phrase; coordinated heads ("Denmark and the Netherlands") are separate mentions of one
argument. Each mention is resolved against the actor dictionary; offsets are article offsets
(``segment.start + token.idx``).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace
from typing import Any

from wirecoder.coding.coref import DESCRIPTION_HEADS, NON_STATE, DocumentActors, registry_of
from wirecoder.data.actors import MODIFIER, ActorDictionary, ActorMatch
from wirecoder.document import Actor

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Children kept inside a mention span. Others (relative clauses, participles, conjuncts, most
# prepositional phrases) are cut off.
SPAN_DEPS = frozenset({"compound", "amod", "det", "poss", "nummod", "quantmod", "nmod", "flat",
                       "case", "appos", "punct", "advmod", "predet", "prep", "pobj"})
SPAN_PREPS = frozenset({"of", "in", "from", "at"})
# Apposed nouns that relate a person to another without giving them that other's office.
RELATION_NOUNS = frozenset({"son", "daughter", "wife", "husband", "widow", "widower", "brother",
                            "sister", "father", "mother", "child", "niece", "nephew", "cousin",
                            "grandson", "granddaughter", "relative", "friend", "critic",
                            "rival", "opponent", "biographer", "classmate", "girlfriend",
                            "boyfriend", "partner", "fiancee", "fiance", "fiancée", "fiancé",
                            "spouse", "stepson", "stepdaughter", "grandfather",
                            "grandmother", "uncle", "aunt"})
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
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
QUOTE_MARKS = frozenset({'"', "“", "”"})
# Reporting verbs whose object is the listener ("X told Y: 'we stand with you'").
ADDRESS_VERBS = frozenset({"tell", "assure", "reassure", "promise", "inform", "warn", "urge",
                           "thank", "greet", "welcome", "congratulate", "remind", "ask"})
# Reporting verbs that name the listener with "to" ("X said to Y").
SAY_VERBS = frozenset({"say", "add", "write", "declare", "announce", "explain", "pledge"})


@dataclass(slots=True)
class Mention:
    """A resolved mention: the Actor record plus how sure we are it is a political actor."""

    actor: Actor
    political: bool
    person: bool = False
    head_i: int = -1
    via: str = "direct"  # direct | pronoun | inherited | memory | addressee

    @property
    def key(self) -> tuple[str, str, str]:
        # Strings only: keys are sorted to compare actor sets, and None does not sort with str.
        return (self.actor.code or "", self.actor.org or "", self.actor.name or "")


@dataclass(slots=True)
class DocumentMemory:
    """What earlier sentences of one document said about actors (names, pronoun antecedents).

    With a :class:`~wirecoder.coding.coref.DocumentActors` registry (given here, or left on the
    parse by the ``actors`` stage), people learned from titles, pronouns and descriptions are
    resolved by the registry; ``knowledge`` and ``date`` make name look-ups time-aware.
    """

    by_name: dict[str, Actor] = field(default_factory=dict)
    last_person: tuple[int, list[Actor]] | None = None
    last_group: tuple[int, list[Actor]] | None = None
    sentence: int = 0
    registry: DocumentActors | None = None
    knowledge: Any = None  # wirecoder.actors.ActorKnowledge; the shipped one when None
    date: str | None = None
    # (start, end, speaker) of the article's quotes, when the quotes stage ran first
    speeches: list[tuple[int, int, Actor]] = field(default_factory=list)
    # (visitors, hosts) of every visit coded so far, in text order
    visits: list[tuple[list[Actor], list[Actor]]] = field(default_factory=list)

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

    def speaker_at(self, offset: int) -> Actor | None:
        """Who speaks the quote that covers article offset ``offset``, if any."""
        for start, end, speaker in self.speeches:
            if start <= offset < end:
                return speaker
        return None

    def addressee(self, speaker: Actor) -> list[Actor]:
        """Whom ``speaker`` addresses when the text names no listener: a visitor speaks to
        the host of the visit, a host to the visitor (the most recent visit counts)."""
        for visitors, hosts in reversed(self.visits):
            if any(same_actor(speaker, v) for v in visitors):
                return hosts
            if any(same_actor(speaker, h) for h in hosts):
                return visitors
        return []

    def antecedent(self, pronoun: str, window: int = 2) -> list[Actor]:
        slot = self.last_person if pronoun in PERSON_PRONOUNS else self.last_group
        if slot and self.sentence - slot[0] <= window:
            actors = slot[1]
            return actors if pronoun in ("they", "them", "their", "themselves") else actors[:1]
        return []


def same_actor(a: Actor, b: Actor) -> bool:
    """Do two mentions name the same actor? Named people by name; else by code and
    organisation (a host country's president is the host country here)."""
    if a.name and b.name:
        return a.name == b.name
    return a.code not in (None, "UNK") and a.code == b.code and a.org == b.org


def mention_span(head: Token) -> tuple[int, int]:
    """Token range [start, end) of one mention headed by ``head`` (conjuncts excluded)."""
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ not in SPAN_DEPS:
                continue
            post = tok is head and child.dep_ == "prep" and _post_and_name(child)
            if child.dep_ == "prep" and child.lower_ not in SPAN_PREPS and not post:
                continue
            if child.dep_ == "appos" and child.i > 0 and child.doc[child.i - 1].text == "(":
                continue  # "the World Health Organization (WHO)": a short name, learned apart
            if child.dep_ == "prep" and tok is head and head.pos_ == "PROPN" \
                    and child.lower_ != "of" and not post:
                continue  # "Iran in 2003": keep places of common nouns only ("police in Lagos")
            if child.dep_ == "prep" and tok is not head and tok.dep_ == "appos" and \
                    tok.lemma_.lower() in RELATION_NOUNS:
                continue  # "X, the son of President Y": Y's office is not X's
            keep.add(child.i)
            stack.append(child)
            if child.dep_ in ("amod", "compound") and child.i < head.i:
                for conj in child.conjuncts:  # "the Danish and Dutch defense ministers"
                    if conj.i < head.i:
                        keep.update(t.i for t in conj.subtree if t.i < head.i)
                        keep.update(t.i for t in child.children if t.dep_ == "cc")
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


# Sectors of definite nouns that take the country of the sentence ("the Defense Ministry").
CONTEXT_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Sectors of actors that belong to the country an article is set in when the text names no
# other ("Police said", "the city council", "residents"). Armed sides, spies, refugees and
# journalists are left uncoded: in a story set in one country they are often from another.
# Named people take it only with an office there ("Governor Ana Ruiz"; a professor or a
# businessman quoted in the story may well be foreign).
HOME_OFFICE_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD", "PTY", "OPP"})
HOME_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD", "CVL", "MED", "EDU", "OPP", "PTY", "LAB",
                          "BUS"})
# Heads of definite institutional nouns that take that country ("the Defense Ministry said").
INSTITUTION_HEADS = frozenset({"ministry", "government", "military", "army", "navy", "police",
                               "parliament", "cabinet", "court", "administration", "authority",
                               "authorities", "legislature", "judiciary", "junta", "regime",
                               "presidency", "department", "air force"})
# Sectors of singular common nouns that may be a "he"/"she" ("a resident", "the spokesman").
HUMAN_SECTORS = frozenset({"CVL", "GOV", "MIL", "COP", "JUD", "LEG", "REB", "JRN", "MED", "EDU",
                           "REL", "BUS", "LAB", "ELI", "OPP", "CRM", "AGR", "REF", "SPY", "UAF"})
# Dependencies of tokens that head a mention of their own (observe() tries them).
MENTION_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj", "attr", "dative",
                          "iobj", "poss", "ROOT", "appos", "npadvmod", "oprd", "agent",
                          "csubj"})


class ArgumentResolver:
    """Turns argument heads into :class:`Mention` objects for one segment."""

    def __init__(self, actors: ActorDictionary, segment_start: int,
                 memory: DocumentMemory) -> None:
        self.actors = actors
        self.offset = segment_start
        self.memory = memory
        self._cache: dict[tuple[int, bool], list[Mention]] = {}
        self._registry: DocumentActors | None = memory.registry
        self._registry_checked = memory.registry is not None
        self._ents: tuple[Any, list[tuple[int, int]]] | None = None

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
        registry = self.registry(head)
        shared_key = (self.offset, head.i, allow_pronoun)
        if registry is not None and shared_key in registry.cache:
            # the actors stage resolved this span already: the same answer everywhere
            found = [_copy(m) for m in registry.cache[shared_key]]
            self._cache[key] = found
            return found
        self._cache[key] = []  # guards against cycles ("its forces" -> "its" -> "forces")
        if not _acronym(head) and (head.pos_ == "PRON" or head.lower_ in RELATIVE_PRONOUNS):
            # ("WHO" is the World Health Organization, not "who")
            found = self._pronoun(head) if allow_pronoun else []
        else:
            mention = self._resolve_span(head)
            found = [mention] if mention else []
        self._cache[key] = found
        if registry is not None:
            registry.cache[shared_key] = found
        return found

    def is_political(self, head: Token) -> bool:
        mention = self.resolve(head)
        return bool(mention and mention.political)

    def sector_of(self, head: Token) -> str | None:
        mention = self.resolve(head)
        return mention.actor.sector if mention else None

    def registry(self, head: Token | None = None) -> DocumentActors | None:
        """The document's actor registry: the memory's, or the one left on the parse."""
        if not self._registry_checked and head is not None:
            self._registry = registry_of(head.doc)
            self._registry_checked = True
        return self._registry

    def knowledge(self) -> Any:
        registry = self._registry
        if registry is not None and registry.knowledge is not None:
            return registry.knowledge
        if self.memory.knowledge is None:
            self.memory.knowledge = _default_knowledge(self.actors)
        return self.memory.knowledge

    def date(self) -> str | None:
        registry = self._registry
        return (registry.date if registry is not None else None) or self.memory.date

    def observe(self, sent: Any) -> None:
        """Resolve every mention of one sentence, in text order, into the registry (the
        ``actors`` stage calls this for each sentence before anything else resolves it)."""
        registry = self.registry(sent[0] if len(sent) else None)
        if registry is None:
            return
        registry.sentence_start(self.offset + sent.start_char)
        self._learn_acronyms(sent, registry)
        for tok in sent:
            if tok.dep_ not in MENTION_DEPS or (tok.pos_ not in ("NOUN", "PROPN", "PRON")
                                                and registry.surname(tok.text) is None):
                continue
            if tok.pos_ == "PRON" and tok.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS:
                continue
            found = [m for m in self.resolve_all(tok) if m.political]
            if not found:
                continue
            plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("they", "them", "their")
            registry.record([m.actor for m in found], self.offset + tok.idx,
                            person=all(m.person for m in found), plural=plural or len(found) > 1,
                            subject=tok.dep_ in SUBJECT_DEPS, pronoun=tok.pos_ == "PRON")
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                self._learn_predicate(found, tok.head, registry)
            nations = self.modifier_group(tok, found)
            if len(nations) > len(found):  # "the Danish and Dutch ministers": one group
                registry.record([m.actor for m in nations], self.offset + tok.idx, plural=True,
                                subject=tok.dep_ in SUBJECT_DEPS)
            if tok.dep_ != "conj" and tok.conjuncts:  # "Denmark and the Netherlands": a group
                group = [m.actor for c in conjuncts(tok) for m in self.resolve_all(c)
                         if m.political]
                if len(group) > 1:
                    registry.record(group, self.offset + tok.idx, plural=True,
                                    subject=tok.dep_ in SUBJECT_DEPS)

    def _learn_acronyms(self, sent: Any, registry: DocumentActors) -> None:
        """ "The World Health Organization (WHO)": the article's own short name for the
        mention that ends right before the parentheses, whatever the dictionary says."""
        doc = sent.doc
        for tok in sent:
            k = tok.i - 1
            if not tok.text[:1].isupper() or not tok.text.isalpha() or len(tok.text) < 2 or \
                    k <= sent.start or doc[k].text != "(" or \
                    tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
                continue
            # the mention ending at the parenthesis, or the phrase it is apposed to ("the
            # Philippine Institute of Volcanology and Seismology (Phivolcs)")
            heads = [t for t in doc[sent.start:k] if mention_span(t)[1] == k]
            if tok.dep_ == "appos" and tok.head.i < k and tok.head not in heads:
                heads.append(tok.head)  # the phrase the short name is apposed to
            for head in sorted(heads, key=lambda t: mention_span(t)[0]):
                lo = mention_span(head)[0]
                capitals = [t for t in doc[lo:k] if t.text[:1].isupper() and not t.is_punct
                            and t.pos_ != "DET"]
                if not _acronym(tok) and (len(capitals) < 2 or
                                          capitals[0].text[0] != tok.text[0]):
                    continue  # "Phivolcs" for "Philippine Institute of ...", not "(Reuters)"
                found = [m for m in self.resolve_all(head, allow_pronoun=False)
                         if m.political and not m.person]
                if found:
                    registry.aliases[tok.text] = found[0].actor
                    break

    def _learn_predicate(self, found: list[Mention], copula: Token,
                         registry: DocumentActors) -> None:
        """ "Hatice Cengiz is a Turkish national", "Okafor is a Kenyan lawyer": the country
        (and sector) a copular predicate gives a person the article had not coded."""
        people = [m.actor for m in found if m.person and m.actor.name
                  and m.actor.code in (None, "UNK")]
        attr = next((c for c in copula.children if c.dep_ == "attr"), None)
        if not people or attr is None:
            return
        described = next((m.actor for m in self.resolve_all(attr, allow_pronoun=False)
                          if m.actor.code not in (None, "UNK")), None)
        code = described.code if described is not None else None
        if code is None:  # "a Turkish national": no dictionary word for the noun itself
            codes = [match.code for mod in attr.children
                     if mod.dep_ in ("amod", "compound") and mod.i < attr.i
                     for match in [self.actors.resolve(mod.text)]
                     if match is not None and match.code]
            code = codes[0] if len(codes) == 1 else None
        if code is None:
            return
        sector = described.sector if described is not None else None
        for actor in people:
            registry.learn_person(replace(actor, code=code, sector=actor.sector or sector))

    def modifier_group(self, head: Token, found: list[Mention]) -> list[Mention]:
        """``found`` (the mentions of ``head``) plus one actor for each further country its
        coordinated modifiers name: "the Danish and Dutch defense ministers" -> the phrase
        (DNK) and "Dutch" (NLD), with the phrase's sector. A compound actor is a list of
        actors, as for "Denmark and the Netherlands"."""
        if len(found) != 1 or found[0].via not in ("direct", "memory") or found[0].person:
            return found
        mention = found[0]
        out = [mention] if mention.actor.code not in (None, "UNK") else []
        seen = {m.actor.code for m in out}
        for mod in head.children:
            if mod.dep_ not in ("amod", "compound", "nmod") or mod.i > head.i \
                    or not mod.conjuncts:
                continue
            out += self.coordinated_modifiers(mod, mention.actor.sector, seen,
                                              skip=NON_STATE)
        return out if len(out) > 1 else found

    def coordinated_modifiers(self, mod: Token, sector: str | None, seen: set[str | None],
                              skip: frozenset[str] = frozenset()) -> list[Mention]:
        """One actor per coded name among ``mod`` and its conjuncts ("French and Egyptian"),
        each with its own span and the phrase's ``sector``; codes in ``seen`` or ``skip`` are
        left out, and ``seen`` is updated."""
        out: list[Mention] = []
        for other in (mod, *mod.conjuncts):
            match = self.actors.resolve(other.text)
            if match is None or not match.code or match.code in seen or match.code in skip:
                continue
            start = self.offset + other.idx
            out.append(Mention(Actor(text=other.text, start=start, end=start + len(other.text),
                                     code=match.code, org=match.org, sector=sector),
                               political=True, head_i=other.i, via="direct"))
            seen.add(match.code)
        return out

    def _resolve_span(self, head: Token) -> Mention | None:
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and _post_and_name(head.head):
            # "Richard Grenell" in "US Ambassador to Germany Richard Grenell": the title's
            # mention, not "Germany Richard Grenell"
            return self._resolve_span(head.head.head)
        registry = self._registry
        if registry is not None and head.text in registry.aliases and \
                (_acronym(head) or head.pos_ == "PROPN"):
            # "the CBCP" after "the Catholic Bishops' Conference of the Philippines (CBCP)"
            lo, hi = mention_span(head)
            span = head.doc[lo:hi]
            actor = replace(registry.aliases[head.text], text=span.text,
                            start=self.offset + span.start_char,
                            end=self.offset + span.end_char)
            return Mention(actor, political=True, head_i=head.i, via="memory")
        core = _quantified(head, self.actors.quantity_heads)  # "thousands of Kurds" -> Kurds
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        # a surname the article introduced is a name whatever the tagger says ("Okonkwo
        # said" read as a common noun at the start of a sentence)
        proper = head.pos_ == "PROPN" or self._surname(head) is not None
        if not proper and self._plain_noun(head, core, definite):
            return None  # "flexibility", "the session": no dictionary word can cover the head
        lo, hi = mention_span(head)
        doc = head.doc
        span = doc[lo:hi]
        text = span.text
        names = tuple((s - span.start_char, e - span.start_char)
                      for s, e in self._person_ents(doc)
                      if span.start_char <= s and e <= span.end_char)
        match = self.knowledge().resolve(text, self.date(), names=names)
        modifier_code = match.code if match.kind == MODIFIER else None
        if match.person is not None and not any(
                _names_head(head, span, lo_hi) for lo_hi in match.name_spans):
            # "the Trump administration", "a Trump critic", "the son of Joe Biden": the
            # person only modifies the mention; the country the name implies is kept
            modifier_code = match.code if match.kind == "person" else None
            match = replace(match, person=None, name=None)
        for lo_hi in names:
            if modifier_code is None and not _names_head(head, span, lo_hi):
                # "the Okafor administration" after "Nigerian President Emeka Okafor"
                known = self._learned(text[lo_hi[0]:lo_hi[1]])
                modifier_code = known.code if known is not None else None
        start = self.offset + span.start_char
        described = None
        holder = None
        # a capitalised title counts as a common noun here ("the President said")
        titled = head.pos_ == "PROPN" and head.tag_ == "NNP" and head.text.istitle()
        if registry is not None and definite and (head.pos_ == "NOUN" or titled) and \
                not match.name and \
                not any(c.dep_ == "nummod" or c.pos_ == "PROPN" for c in head.children):
            if match.code is None and match.role is None:
                # "the alliance", "the country", "the group"
                described = registry.describe(head.lemma_.lower(), start)
            elif match.role and head.tag_ in ("NN", "NNP"):
                # "the former Norwegian prime minister", "the President"
                holder = registry.office_holder(match.role, match.code, match.org,
                                                match.sector == "ELI")
        group_head = core.lower_ in self.actors.group_heads and match.code is not None
        if core.pos_ != "PROPN" and not _head_covered(core, span, match) and not group_head \
                and described is None and not (proper and core is head):
            return None  # "a NATO support program", "Ukraine's rightful place": not actors
        own = match.own
        code = own.code if own else None
        org = own.org if own else None
        sector = own.sector if own else None
        role = own.role if own else None
        name = match.name
        learned = None
        if name is not None and proper:
            local = self._learned(head.text)  # "Cooper" after this article's "Anderson Cooper"
            if local is not None and local.name and local.name != name and \
                    not local.name.lower().endswith(name.lower()):
                name = None
                match = replace(match, person=None, name=None)
        if name is None and proper and own is not None and \
                own.kind in ("place", "capital", "country"):
            # "Bello said" after "Ada Bello", "Amman" after "Sudesh Amman": the person the
            # article named, not the town
            known = self._surname(head) or self._learned(_name_words(head))
            if known is not None:
                name = known.name
                code = org = sector = role = None  # the town's codes are not the person's
        if name is None:
            name = _person_name(span, own, tuple(n for n in names
                                                 if _names_head(head, span, n)), head)
        if name and name.split()[-1].lower() in self.actors.non_person_name_heads:
            name = None  # "Martin Luther King Jr. Day" is a holiday, whatever the tagger says
        if name:
            learned = self._learned(name)
            if learned is not None and learned.name and learned.name != name and not (
                    match.person and match.name == name):
                name = learned.name  # "Rasmussen" after "Lars Lokke Rasmussen"
        elif proper and not match.political:
            learned = self._learned(text) or self._learned(_name_words(head))
            if learned is not None:
                name = learned.name
        if learned is not None:
            code = code if code and own.kind != "place" else learned.code
            org = org or learned.org
            sector = sector or learned.sector
            role = role or learned.role
        elif match.person is not None:  # a known office holder (people file, on the date)
            code, org, sector, role = match.code, match.org, match.sector, match.role
        if described is not None:
            code = code or described.code
            org = org or described.org
            sector = sector or described.sector
        if holder is not None:  # the office holder's name; the codes the text gives
            name = holder.name
            code = code or holder.code
            org = org or (holder.org if holder.code == code else None)
            sector = sector or holder.sector
        if not code and definite and registry is not None and sector in CONTEXT_SECTORS \
                and head.lemma_.lower() in INSTITUTION_HEADS:
            code = registry.context_country(start)  # "the Defense Ministry" of that country
        code = code or modifier_code
        if not code and registry is not None and sector in HOME_SECTORS and not org and \
                head.pos_ in ("NOUN", "PROPN") and \
                (name is None or (role is not None and sector in HOME_OFFICE_SECTORS)):
            code = registry.home_of(start)  # "Police said" in a story set in one country
        if not code:  # "its forces", "their leader": the possessor's country
            # (or a person's: "Okafor's Foreign Ministry")
            owner = next((c for c in core.children if c.dep_ == "poss"
                          and c.pos_ in ("PRON", "PROPN")), None)
            antecedent = self.resolve(owner) if owner is not None else None
            if antecedent and antecedent.actor.code not in (None, "UNK"):
                code, org = antecedent.actor.code, antecedent.actor.org
        political = bool(code or org or sector or name)
        if not political:
            return None
        person = bool(name) or (role is not None and proper)
        actor = Actor(text=text, start=start, end=self.offset + span.end_char,
                      code=code or "UNK", org=org, sector=sector, name=name, role=role)
        via = "memory" if learned or described or holder else "direct"
        return Mention(actor, political=True, person=person or holder is not None,
                       head_i=head.i, via=via)

    def _plain_noun(self, head: Token, core: Token, definite: bool) -> bool:
        """True for a common-noun head that cannot be an actor: no dictionary phrase has its
        word, it names no group, and it is not a description the registry could resolve."""
        if head.pos_ != "NOUN" or core.pos_ != "NOUN":
            return False
        low = core.lower_
        if any(c in low for c in "-.'’") or low in self.actors.group_heads or \
                low in self.actors.quantity_heads:
            return False
        vocab = self.knowledge().dictionary.vocabulary
        if low in vocab or core.lemma_.lower() in vocab:
            return False
        return not (definite and core.lemma_.lower() in DESCRIPTION_HEADS)

    def _listener(self, pron: Token) -> list[Mention]:
        """What a "you" inside a direct quote refers to: the listener the reporting clause
        names; nothing when the text names none."""
        heads = _listener_heads(pron)
        return [m for h in heads if h.i != pron.i
                for m in self.resolve_all(h, allow_pronoun=h.lower_ not in SECOND_PERSON)
                if m.political]

    def addressee(self, pron: Token) -> list[Mention]:
        """Whom a quoted "you" addresses when no political listener is named ("told a news
        conference" names none): from the quote's speaker (the quotes stage runs first) and the
        visit being reported ("'NATO stands with you,' Stoltenberg said" on a visit to Kyiv:
        Ukraine). Not cached: the actors stage, whose answers are shared, has no quotes.

        First-person pronouns are left alone on purpose: tried as the speaker ("I", "we"), they
        gave as many wrong events as right ones on Wikinews (self-addressed requests, "we need to
        fight for rights")."""
        if pron.lower_ not in SECOND_PERSON or self._listener(pron):
            return []  # not "you", or the listener is named ("told Otieno")
        speaker = self.memory.speaker_at(self.offset + pron.idx)
        if speaker is None:
            return []
        return [Mention(_as_pronoun(a, pron, self.offset), political=True,
                        person=bool(a.name), head_i=pron.i, via="addressee")
                for a in self.memory.addressee(speaker)]

    def _surname(self, head: Token) -> Actor | None:
        """The person the article introduced under this capitalised token's surname."""
        registry = self.registry(head)
        return registry.surname(head.text) if registry is not None else None

    def _person_ents(self, doc: Any) -> list[tuple[int, int]]:
        """Character spans of the PERSON entities of a parse (computed once per parse)."""
        cached = self._ents
        if cached is None or cached[0] is not doc:
            cached = (doc, [(e.start_char, e.end_char) for e in doc.ents
                            if e.label_ == "PERSON"])
            self._ents = cached
        return cached[1]

    def _learned(self, name: str) -> Actor | None:
        """A person the document introduced under ``name`` (full name or surname)."""
        registry = self._registry
        if registry is not None:
            found = registry.person_named(name)
            if found is not None:
                return found
        found = self.memory.by_name.get(name.lower())
        if found is not None:
            return found
        words = name.split()
        found = self.memory.by_name.get(words[-1].lower())
        if found is not None and len(words) > 1 and \
                not (found.name or "").lower().startswith(words[0].lower()):
            return None  # "Tunde Okafor" is not the "Emeka Okafor" met earlier
        return found

    def _pronoun(self, pron: Token) -> list[Mention]:
        low = pron.lower_
        if low in SECOND_PERSON:
            return [Mention(_as_pronoun(m.actor, pron, self.offset), political=True,
                            person=m.person, head_i=pron.i, via="pronoun")
                    for m in self._listener(pron)]
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
        if low == "it" and (pron.dep_ not in ("nsubj", "nsubjpass") or _expletive(pron)):
            # "welcomed it", "it is up to the elders": mostly a thing or nothing; an actor
            # "it" acts ("it said", "it is willing to withdraw")
            return []
        want_person = low in PERSON_PRONOUNS
        plural = low in ("they", "them", "their", "themselves")
        # within the sentence: the subject of a verb that governs this one
        node = pron.head
        subordinate = False  # climbed out of an adverbial clause ("When he arrived, ...")
        while node is not None and node.head.i != node.i:
            subordinate = subordinate or node.dep_ == "advcl"
            node = node.head
            for child in node.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.pos_ == "PRON" \
                        or child.left_edge.i <= pron.i <= child.right_edge.i:
                    continue  # not the phrase the pronoun is part of ("its forces")
                if child.i > pron.i and not subordinate:
                    # a later subject is an antecedent only for a pronoun in a clause that
                    # leads up to it ("When he arrived, Biden said"), not across "; ..."
                    continue
                heads = conjuncts(child) if plural else [child]
                found = [m for h in heads for m in self.resolve_all(h, allow_pronoun=False)
                         if m.political and (plural or m.person == want_person
                                             or (want_person and _human(h, m)))]
                if plural and len(heads) == 1:  # "the Danish and Dutch ministers ... they"
                    found = self.modifier_group(child, found)
                if found:
                    return [_via(m, "pronoun") for m in found]
        registry = self.registry(pron)
        if registry is not None:
            antecedents = registry.antecedent(low, self.offset + pron.idx)
        else:
            antecedents = self.memory.antecedent(low)
        return [Mention(_as_pronoun(a, pron, self.offset), political=True,
                        person=want_person, head_i=pron.i, via="pronoun")
                for a in antecedents]


def _in_quote(tok: Token) -> bool:
    """Is the token inside a direct quote of its paragraph (after an odd number of marks)?"""
    doc = tok.doc
    return sum(1 for t in doc[:tok.i] if t.text in QUOTE_MARKS) % 2 == 1


def _listener_heads(pron: Token) -> list[Token]:
    """The heads of whoever a quoted "you" addresses: the object of the reporting verb outside
    the quote ("'We stand with you,' X told Y"; "X said to Y"), in the pronoun's sentence."""
    if not _in_quote(pron):
        return []
    node = pron
    while node.head.i != node.i:
        node = node.head
        if _in_quote(node) or node.pos_ not in ("VERB", "AUX"):
            continue
        lemma = node.lemma_.lower()
        for child in node.children:
            if child.left_edge.i <= pron.i <= child.right_edge.i or _in_quote(child):
                continue
            if lemma in ADDRESS_VERBS and child.dep_ in ("dobj", "obj", "dative", "iobj"):
                return conjuncts(child)
            if lemma in ADDRESS_VERBS | SAY_VERBS and child.dep_ in ("prep", "dative") \
                    and child.lower_ == "to":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if pobjs:
                    return conjuncts(pobjs[0])
        return []  # only the nearest reporting verb outside the quote
    return []


def _human(head: Token, mention: Mention) -> bool:
    """A singular common noun for a person ("a resident", "the spokesman")."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and mention.actor.sector in HUMAN_SECTORS


def _via(mention: Mention, via: str) -> Mention:
    return Mention(mention.actor, mention.political, mention.person, mention.head_i, via)


def _copy(mention: Mention) -> Mention:
    return Mention(replace(mention.actor), mention.political, mention.person, mention.head_i,
                   mention.via)


def _as_pronoun(actor: Actor, pron: Token, offset: int) -> Actor:
    """The antecedent's codes on the pronoun's own text and offsets ("she" -> Ollongren)."""
    return replace(actor, text=pron.text, start=offset + pron.idx,
                   end=offset + pron.idx + len(pron))


_KNOWLEDGE: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _default_knowledge(actors: ActorDictionary) -> Any:
    """The shipped people file joined to ``actors`` (once per dictionary object)."""
    found = _KNOWLEDGE.get(actors)
    if found is None:
        from wirecoder.actors import ActorKnowledge

        found = ActorKnowledge(actors)
        _KNOWLEDGE[actors] = found
    return found


def _name_words(head: Token) -> str:
    """The proper-noun words ending at ``head`` ("Tunde Okafor" for the head "Okafor")."""
    first = head
    while first.i > 0 and head.doc[first.i - 1].pos_ == "PROPN" and \
            head.doc[first.i - 1].head.i == head.i:
        first = head.doc[first.i - 1]
    return head.doc[first.i:head.i + 1].text


# Nouns whose national modifier names no owner: currencies and manners ("US dollar",
# "Soviet-style", "Western-style").
NON_OWNED_HEADS = frozenset({"dollar", "euro", "pound", "yuan", "ruble", "rouble", "rupee",
                             "yen", "peso", "franc", "lira", "shekel", "won", "dinar", "riyal",
                             "style", "standard", "time", "fashion"})
# Predicates of an expletive "it" ("it is unclear whether", "it will be up to the elders").
EXPLETIVE_PREDICATES = frozenset({"unclear", "clear", "likely", "unlikely", "possible",
                                  "impossible", "important", "necessary", "difficult", "easy",
                                  "hard", "time", "true", "obvious", "essential", "crucial",
                                  "up", "expected", "believed", "thought", "said", "reported"})


def _expletive(pron: Token) -> bool:
    """ "it" that stands for no one: the subject of "be" (or of a passive reporting verb:
    "it is believed") whose predicate is an evaluation or "up to"."""
    verb = pron.head
    return any(c.lower_ in EXPLETIVE_PREDICATES for c in verb.children
               if c.dep_ in ("acomp", "attr", "advmod", "prep", "prt")) or \
        (pron.dep_ == "nsubjpass" and verb.lower_ in EXPLETIVE_PREDICATES)


def _post_and_name(prep: Token) -> bool:
    """ "US Ambassador to Germany Richard Grenell", "Senator from Vermont Bernie Sanders": a
    title's "to"/"from" phrase whose object is a place followed by a person's name (the parser
    hangs both on the preposition); that phrase belongs to the title's mention. Not "envoy to
    President Putin": the place is what makes the phrase a post."""
    if prep.lower_ not in ("to", "from"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ != "PERSON" or pobj.pos_ != "PROPN":
        return False
    before = [t for t in pobj.lefts if t.dep_ == "compound"]
    return any(t.ent_type_ in ("GPE", "ORG", "NORP", "LOC") for t in before) and \
        any(t.ent_type_ == "PERSON" for t in before)


def _acronym(token: Token) -> bool:
    """An all-capital word of two letters or more ("WHO", "CBCP")."""
    text = token.text
    return len(text) > 1 and text.isupper() and text.isalpha()


def _names_head(head: Token, span: Any, name: tuple[int, int]) -> bool:
    """Does the name at ``name`` (character offsets within ``span``) name the mention itself:
    its last word is the head, or stands in apposition to it ("the president, Joe Biden")?
    Not a possessor, a compound modifier or a prepositional object ("Trump's State
    Department", "a Trump critic", "the son of Joe Biden")."""
    found = span.doc.char_span(span.start_char + name[0], span.start_char + name[1],
                               alignment_mode="expand")
    if found is None or len(found) == 0:
        return True  # cannot tell: keep the name
    return _is_head_word(head, found[-1])


def _is_head_word(head: Token, last: Token) -> bool:
    """Is ``last`` (a name's last word) the mention's head or in apposition to it?"""
    if last.i == head.i or (head.dep_ == "appos" and head.head.i == last.i):
        return True
    if last.dep_ == "pobj" and last.head.head.i == head.i and _post_and_name(last.head):
        return True  # "US Ambassador to Germany Richard Grenell"
    if last.dep_ != "appos":
        return False
    # "the governor of Ohio, Mike DeWine": the parser may hang the name on the "of" object
    return last.head.i == head.i or (last.head.dep_ == "pobj" and last.head.head.lower_ == "of"
                                     and last.head.head.head.i == head.i)


def _person_name(span: Any, match: ActorMatch | None,
                 people: tuple[tuple[int, int], ...] | None = None,
                 head: Token | None = None) -> str | None:
    """The PERSON entity in the span, or a trailing proper-noun run after a role word that
    ends at ``head`` (when given) or a word in apposition to it.
    ``people``: the PERSON entities as character spans relative to the span, when known."""
    if people is None:
        people = tuple((e.start_char - span.start_char, e.end_char - span.start_char)
                       for e in span.ents if e.label_ == "PERSON")
    if people:
        lo, hi = max(people, key=lambda p: p[1] - p[0])
        if not (match and any(m.char_start <= lo and hi <= m.char_end
                              for m in match.matches)):
            if match:  # "Interior Minister Ana Marques" tagged as one PERSON: drop the title
                lo = max([lo, *(m.char_end for m in match.matches
                                if m.char_start <= lo < m.char_end < hi)])
            return span.text[lo:hi].strip() or None
    if match and match.role and (head is None or _is_head_word(head, span[-1])):
        run = []
        for tok in reversed(span):
            lo = tok.idx - span.start_char
            if run and any(m.char_start <= lo and lo + len(tok) <= m.char_end
                           for m in match.matches):
                break  # the title's words ("Interior Minister Ana Marques")
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


def _head_covered(head: Token, span: Any, match: Any) -> bool:
    """True when a dictionary phrase covers the mention's head word (its actor noun)."""
    if match is None:
        return False
    lo = head.idx - span.start_char
    hi = lo + len(head)
    return any(m.char_start <= lo and hi <= m.char_end for m in match.matches)


def _covered(ent: Any, match: Any, span: Any) -> bool:
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
            if child.tag_ in ("VBG", "VBN"):
                # misparse of a reduced relative: "The Red Cross operating in Iraq said"
                inner = [c for c in child.children if c.dep_ == "nsubj"]
                if inner:
                    return conjuncts(inner[0]), "direct"
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
        if dep in ("acl", "relcl") and head.pos_ == "NOUN" and \
                head.dep_ in ("pobj", "dobj", "obj"):
            # "converged for a rally to protest", "issued a statement to condemn": the
            # purpose belongs to the subject of the verb governing the noun
            gov = head.head.head if head.dep_ == "pobj" else head.head
            if gov.pos_ in ("VERB", "AUX"):
                heads, _ = subject_heads(gov, depth + 1)
                return heads, "inherited"
        heads, _ = subject_heads(head, depth + 1)
        return heads, "inherited"
    if dep == "csubj" and verb.tag_ == "VBG":
        # "(X said) preventing Ukraine from joining is a goal": the speaker's own aim
        heads, _ = subject_heads(head, depth + 1)
        return heads, "inherited"
    if dep == "advcl" and verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lower_ in ("have", "having") for c in children):
        # a passive participle ("..., charged with murder"): the subject above is its
        # patient; only a "by" phrase names the actor
        for child in children:
            if child.dep_ in ("agent", "prep") and child.lower_ == "by":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if pobjs:
                    return conjuncts(pobjs[0]), "agent"
        return [], "passive"
    if dep in ("conj", "advcl", "ccomp", "pcomp", "xcomp"):
        if dep == "advcl" and verb.tag_ not in ("VBG", "VBN") and not (
                verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in children)):
            return [], "none"  # an infinitive ("sworn to fight", "came to protest") inherits
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
    if head.lemma_.lower() in NON_OWNED_HEADS:
        return found  # "a US dollar reward", "Soviet-style": a currency or manner, no owner
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod")
                                    and child.i < head.i):
            found.append(child)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found.extend(p for p in child.children if p.dep_ == "pobj")
    return found
