"""Actor resolution outside and inside articles: the knowledge (dictionary, people, users'
dictionaries) and ``resolve_mention`` for one mention string (CONTRACT.md §3).

:class:`ActorKnowledge` joins the actor dictionary (countries, organisations, sector words,
roles, places), the people file (office holders with dates) and any users' dictionaries, and
resolves the text of one mention on a date: "French President Emmanuel Macron" -> FRA, GOV,
President, Emmanuel Macron; "Heiko Maas" in 2019 -> DEU, GOV, Foreign Minister; "Barack Obama"
in 2020 -> USA, ELI (a former office holder).

What the text itself says (a title, a demonym, "former") wins over what the people file says;
the people file fills in what the text leaves out. Unknown names get only what their title
supports; an unknown name alone gets no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from wirecoder.config import Options
from wirecoder.data.actors import (
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    MODIFIER,
    NAME_PARTICLES,
    PLACE,
    ActorDictionary,
    PhraseMatch,
    load_actor_dictionary,
    tokenize,
)
from wirecoder.data.people import PeopleIndex, PersonMatch, load_people
from wirecoder.document import Actor
from wirecoder.resources import Resources

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
# Sense kinds that name a country (used for context hints).
COUNTRY_KINDS = (COUNTRY, ADJECTIVE, CAPITAL)
_FUNCTION = frozenset({"the", "a", "an", "of", "and", "in", "for", "'s", ","})
MEMO_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the knowledge makes of one mention's text."""

    code: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    name: str | None = None
    kind: str | None = None  # dictionary sense kind that gave the code, or "person"
    person: PersonMatch | None = None
    matches: tuple[PhraseMatch, ...] = field(default=(), compare=False, repr=False)
    name_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    own: Any = field(default=None, compare=False, repr=False)  # the dictionary match alone

    @property
    def political(self) -> bool:
        return bool(self.code or self.org or self.sector or self.name)

    def to_actor(self, text: str, start: int, end: int) -> Actor:
        return Actor(text=text, start=start, end=end, code=self.code, org=self.org,
                     sector=self.sector, name=self.name, role=self.role)


class ActorKnowledge:
    """The actor dictionary, the people index and users' additions, resolved together."""

    def __init__(self, dictionary: ActorDictionary | None = None,
                 people: PeopleIndex | None = None) -> None:
        self.dictionary = dictionary or load_actor_dictionary()
        self.people = people if people is not None else load_people()
        # Resolutions of recent (text, date, names): the same mentions recur within and across
        # articles ("Ukraine", "NATO", "the government").
        self._memo: dict[tuple[Any, ...], Resolution] = {}

    def with_user_dictionaries(self, paths: Any) -> ActorKnowledge:
        """A copy that also knows the entries of users' dictionary files (JSON or CAMEO)."""
        from wirecoder.dictionaries import load_user_dictionary

        dictionary, people = self.dictionary, self.people
        for path in paths:
            user = load_user_dictionary(path, dictionary)
            dictionary = dictionary.extended(user.entities, user.source,
                                             sector_words=user.sector_words)
            people = people.extended(user.people)
        return ActorKnowledge(dictionary, people)

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, text: str, date: str | None = None, *,
                names: tuple[tuple[int, int], ...] = (),
                prefer_codes: tuple[str, ...] = ()) -> Resolution:
        """Resolve one mention's text on ``date``.

        ``names`` are character spans the caller knows are people's names (from NER); their
        words give no dictionary sense. ``prefer_codes`` breaks ties between people who share a
        name ("Rasmussen") in favour of a country the context names.
        """
        key = (text, date, names, prefer_codes)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[key] = self._resolve(text, date, names, prefer_codes)
        return found

    def _resolve(self, text: str, date: str | None, names: tuple[tuple[int, int], ...],
                 prefer_codes: tuple[str, ...]) -> Resolution:
        tokens = tokenize(text)
        spans = self.people.match(text, tokens) if len(self.people) and \
            any(t.capitalised for t in tokens) else []
        if spans:
            spans = [s for s in spans if s.full or self._alone(s, tokens)]
        exclude = tuple(sorted({(s.start, s.end) for s in spans}))
        match = self.dictionary.resolve(text, date, exclude, names, tokens) if text else None
        person = None
        prefer = tuple(c for c in ((match.code,) if match and match.code else ())) + prefer_codes
        covered = tuple((m.char_start, m.char_end) for m in match.matches) if match else ()
        heading = [s for s in spans if _names_the_mention(text, s.end, tokens, covered)]
        for span in sorted(heading, key=lambda s: (not s.full, -(s.end - s.start))):
            found = self.people.choose(span.people, date, prefer)
            if found is not None:
                person = found
                break
        modifier = None  # "the Biden administration": a person who only modifies the mention
        if person is None:
            for span in spans:
                if span not in heading:
                    modifier = self.people.choose(span.people, date, prefer)
                    if modifier is not None:
                        break
        if match is None and person is None and modifier is None:
            return Resolution(name_spans=exclude)
        if (match is None or not match.code) and person is None and modifier is not None:
            # the country the modifying name implies, no more
            return Resolution(modifier.code, match.org if match else None,
                              match.sector if match else None,
                              match.role if match else None, None, MODIFIER, None,
                              match.matches if match else (), exclude, match)
        code = match.code if match else None
        org = match.org if match else None
        sector = match.sector if match else None
        role = match.role if match else None
        kind = match.kind if match else None
        name = None
        if person is not None:
            name = person.name
            if not code or kind == PLACE:
                code, org, kind = person.code, person.org, "person"
            elif person.org and code == person.code and not org:
                org = person.org
            if sector is None:  # what the text says (a title, "former") comes first
                sector = person.sector
            role = role or person.role
        return Resolution(code, org, sector, role, name, kind, person,
                          match.matches if match else (), exclude, match)

    def _alone(self, span: Any, tokens: list[Any]) -> bool:
        """A surname match that is not part of a longer unknown name ("Cooper" in "Anderson
        Cooper" is not Yvette Cooper): its capitalised neighbours are dictionary words
        ("President Biden") or function words."""
        vocab = self.dictionary.vocabulary
        first = next((i for i, t in enumerate(tokens) if t.start == span.start), None)
        last = next((i for i, t in enumerate(tokens) if t.end == span.end), None)
        if first is None or last is None:
            return True
        for i in (first - 1, last + 1):
            if 0 <= i < len(tokens):
                tok = tokens[i]
                if tok.raw[:1].isupper() and tok.norm not in vocab and tok.norm not in _FUNCTION:
                    return False
        # "Kenyatta National Hospital", "Reagan Airport": the surname names a place or body
        not_heads = self.dictionary.non_person_name_heads
        for tok in tokens[last + 1:]:
            if not tok.raw[:1].isupper():
                break
            if tok.norm in not_heads:
                return False
        return True

    def country_hints(self, text: str, date: str | None = None) -> tuple[str, ...]:
        """Country codes a context sentence names (demonyms, country names, capitals)."""
        codes: list[str] = []
        for m in self.dictionary.match(text, date):
            sense = m.of_kind(*COUNTRY_KINDS)
            if sense and sense.code and sense.code not in codes:
                codes.append(sense.code)
        return tuple(codes)


_OBJECT_PREPS = frozenset({"for", "of", "at", "from", "with", "to", "by", "in", "on"})


def _before_possessive(tokens: list[Any], i: int) -> bool:
    """Is token ``i`` part of a capitalised run that ends in "'s"?"""
    for tok in tokens[i + 1:]:
        if tok.norm in ("'s", "’s"):
            return True
        if not tok.raw[:1].isupper():
            return False
    return False


def _names_the_mention(text: str, end: int, tokens: list[Any],
                       covered: tuple[tuple[int, int], ...]) -> bool:
    """Is the name ending at ``text[end]`` the mention's own person, not a modifier ("the Biden
    administration", "Trump's State Department", "a Trump critic") or a relation in an
    apposition ("Hunter Okafor, the son of Joe Okafor")? It must end the words before the
    first comma, or be the apposition itself when those words name no one ("the president of
    the United States, Joe Biden": ``covered``, the dictionary's phrases, name no one)."""
    comma = text.find(",")
    own = text if comma < 0 else text[:comma]
    if end <= len(own):
        rest = own[end:].strip(" .").split()
        # nothing after the name, or where it comes from ("Muhammadu Buhari of Nigeria")
        return not rest or rest[0].lower() in ("of", "from")
    # capitalised words the dictionary does not explain, other than a possessor's
    # ("German Chancellor Angela Merkel's spokesperson, Steffen Seibert")
    names = [t for i, t in enumerate(tokens) if t.end <= comma and t.raw[:1].isupper()
             and t.norm not in _FUNCTION
             and not any(lo <= t.start and t.end <= hi for lo, hi in covered)
             and not _before_possessive(tokens, i)]
    if names:
        return False  # "Hunter Okafor, the son of Joe Okafor": the head names someone
    return not text[end:].strip(" ,.")


def unknown_name(text: str, resolution: Resolution,
                 not_heads: frozenset[str] = frozenset(),
                 skip: frozenset[str] = frozenset()) -> str | None:
    """A person-like run of capitalised words the dictionary does not explain ("Harry Ho-jen
    Tseng, Taiwan's deputy foreign minister" -> "Harry Ho-jen Tseng"), for mention strings
    given without a parse. Two words at least, so a lone capitalised word is never a name; a run
    ending in one of ``not_heads`` ("Day", "Bridge", "Herald") names no person; words in
    ``skip`` ("Candidate") are never part of a name."""
    tokens = tokenize(text)
    # a weak place match can be a first name ("Mary" is also a city in Turkmenistan)
    covered = {i for m in resolution.matches
               if not all(s.kind == PLACE and s.weak for s in m.senses)
               for i in range(m.start, m.end)}
    spans = tuple((m.char_start, m.char_end) for m in resolution.matches)

    def own_name(run: list[Any]) -> bool:
        return _names_the_mention(text, run[-1].end, tokens, spans)

    best: list[Any] = []
    run: list[Any] = []
    for i, tok in enumerate([*tokens, None]):  # type: ignore[list-item]
        ok = tok is not None and i not in covered and (
            tok.raw[:1].isupper() or (run and tok.norm in NAME_PARTICLES)) \
            and tok.norm not in _FUNCTION and tok.norm not in skip \
            and any(c.isalpha() for c in tok.raw)
        if ok:
            run.append(tok)
            continue
        while run and run[-1].norm in NAME_PARTICLES:
            run.pop()
        if tok is not None and tok.raw[:1].isupper() and tok.norm in not_heads:
            run = []  # "Kenyatta National Hospital": the run is part of an institution's name
        if tok is not None and tok.norm in skip:
            run = []  # "Lord Mayor Candidate": the words before name the office sought
        if run and run[-1].norm in not_heads:
            run = []  # "Sunday Morning Herald": an institution, not a person
        first = tokens.index(run[0]) if run else 0
        if run and first > 0 and tokens[first - 1].norm in _OBJECT_PREPS:
            run = []  # "a spokesperson for Stagecoach South": what the person speaks for
        if len(run) >= 2 and (not best or (not own_name(best) and own_name(run))):
            best = run  # the first run, unless a later one names the mention itself
        run = []
    if not best:
        return None
    return text[best[0].start:best[-1].end]


# -- loading ---------------------------------------------------------------------------------



@lru_cache(maxsize=8)
def _knowledge(paths: tuple[str, ...]) -> ActorKnowledge:
    base = ActorKnowledge()
    return base.with_user_dictionaries(paths) if paths else base


def load_knowledge(options: Options | None = None,
                   dictionaries: tuple[str, ...] = ()) -> ActorKnowledge:
    """The shipped knowledge plus the users' dictionaries named by ``options``
    (``actor_dictionaries``) and ``dictionaries``; cached per list of files."""
    paths = (options.actor_dictionaries if options else ()) + tuple(dictionaries)
    return _knowledge(tuple(str(p) for p in paths))


def knowledge_for(resources: Resources | None) -> ActorKnowledge:
    """The knowledge of a pipeline's resources (loaded once per resources object)."""
    if resources is None:
        return load_knowledge()
    return resources.actor_knowledge  # type: ignore[no-any-return]


# -- one mention string (CONTRACT.md §3) -----------------------------------------------------

_PRONOUN_RE = re.compile(r"^\s*(he|she|him|her|they|them|it|his|their|its)\s*$", re.IGNORECASE)
_UNIDENTIFIED = "UNK"


def resolve_mention(text: str, date: str | None = None, context: str | None = None,
                    resources: Resources | None = None, *,
                    knowledge: ActorKnowledge | None = None) -> Actor:
    """The best ACTOR the knowledge supports for ``text`` on ``date``; ``code`` is None when
    nothing matched.

    Office holders are looked up for the date (without one, their latest office counts as
    held); ``context`` (the sentence the mention came from) supplies a country when the mention
    names none and picks between people who share a name. A bare pronoun is an unidentified
    actor (sector UNK) with no code.
    """
    knowledge = knowledge or knowledge_for(resources)
    actor = Actor(text=text, start=0, end=len(text))
    if _PRONOUN_RE.match(text):
        actor.sector = _UNIDENTIFIED
        return actor
    hints = knowledge.country_hints(context, date) if context else ()
    res = knowledge.resolve(text, date, prefer_codes=hints)
    if _named_thing(text, res, knowledge):
        return actor  # "Martin Luther King Jr. Day", "the Nelson Mandela Bridge"
    actor.code, actor.org, actor.sector = res.code, res.org, res.sector
    actor.name, actor.role = res.name, res.role
    if actor.name is None:
        actor.name = unknown_name(text, res, knowledge.dictionary.non_person_name_heads,
                                  knowledge.dictionary.candidate_words)
    if actor.code is None and len(hints) == 1 and (res.sector or res.role or actor.name):
        actor.code = hints[0]  # "the police" said in a sentence about Kenya
    if actor.sector is None and res.kind == ADJECTIVE and _unknown_head(text, res, knowledge):
        actor.sector = _UNIDENTIFIED  # "Syrian island": a Syrian actor of unknown kind
    return actor


def _named_thing(text: str, res: Resolution, knowledge: ActorKnowledge) -> bool:
    """True when the mention is a proper name whose capitalised last word names no actor
    ("... Day", "... Bridge") and no dictionary phrase explains that word."""
    tokens = tokenize(text)
    if not tokens or not tokens[-1].raw[:1].isupper() or \
            tokens[-1].norm not in knowledge.dictionary.non_person_name_heads:
        return False
    last = len(tokens) - 1
    return not any(m.start <= last < m.end for m in res.matches)


def _unknown_head(text: str, res: Resolution, knowledge: ActorKnowledge) -> bool:
    """True when the mention's last word is a common noun no dictionary phrase explains."""
    tokens = [t for t in tokenize(text) if t.norm not in ("'s", ",")]
    if not tokens:
        return False
    last = tokens[-1]
    covered = any(m.char_start <= last.start and last.end <= m.char_end for m in res.matches)
    heads = knowledge.dictionary.group_heads | knowledge.dictionary.quantity_heads
    return not covered and last.raw[:1].islower() and last.norm not in heads


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class MentionInput:
    """One line of ``wirecoder actors --input``: ``{"id", "text", "date"?, "context"?}``."""

    text: str
    id: Any = None
    date: str | None = None
    context: str | None = None


def parse_input_line(line: str, where: str) -> MentionInput:
    """Validate one JSON line; raises ValueError naming ``where`` and the problem."""
    import json

    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: invalid JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{where}: must be a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(f"{where}: \"text\" must be a string")
    date = data.get("date")
    if date is not None and not (isinstance(date, str) and _ISO_DATE.match(date[:10])):
        raise ValueError(f"{where}: \"date\" must be YYYY-MM-DD, got {date!r}")
    context = data.get("context")
    if context is not None and not isinstance(context, str):
        raise ValueError(f"{where}: \"context\" must be a string")
    return MentionInput(text=text, id=data.get("id"), date=date[:10] if date else None,
                        context=context or None)


def valid_date(value: str | None) -> bool:
    return value is None or bool(_ISO_DATE.match(value))


def actor_line(item: MentionInput, knowledge: ActorKnowledge) -> dict[str, Any]:
    """The ACTOR object for one input, with its ``id`` first when the input has one."""
    actor = resolve_mention(item.text, item.date, item.context, knowledge=knowledge)
    data = actor.to_dict()
    return {"id": item.id, **data} if item.id is not None else data


__all__ = ["ActorKnowledge", "MentionInput", "Resolution", "actor_line", "knowledge_for",
           "load_knowledge", "parse_input_line", "resolve_mention", "unknown_name",
           "valid_date"]
