"""In-document actor resolution: what an article teaches about its own actors.

One :class:`DocumentActors` registry per article keeps, in text order, every resolved mention
(people, countries, organisations, groups) and the people it has learned from titles and
appositions ("Dutch Defense Minister Kajsa Ollongren" -> NLD, GOV, Defense Minister, Kajsa
Ollongren). Later in the article it answers:

* surnames and partial names ("Ollongren", "Lund Poulsen") -> the person learned earlier;
* person pronouns ("she added") -> the most recent person, preferring the subject of the most
  recent sentence that has one;
* group pronouns ("they said") -> the most recent plural actor (a coordination such as
  "Denmark and the Netherlands", or a plural noun such as "NATO leaders"); "it", "its" -> the
  most recent country or organisation;
* descriptions: "the alliance" -> the most recently mentioned alliance or international
  organisation, "the country" -> the most recent country, "the group" -> the most recent armed
  or political group; "the former Norwegian prime minister" -> the person the article (or the
  people file) knows to hold or have held that office.

The registry does not parse: :class:`wirecoder.coding.arguments.ArgumentResolver` turns parse
spans into mentions and consults the registry; the ``actors`` stage (``stages/actors.py``) runs
the resolver over every sentence, fills ``Document.actors`` and leaves the registry on each
segment's spaCy ``Doc`` (``user_data["wirecoder.actors"]``) so the event coder and the quote
stage resolve the same spans the same way.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from wirecoder.data.actors import NAME_PARTICLES
from wirecoder.document import Actor

if TYPE_CHECKING:
    from wirecoder.actors import ActorKnowledge
    from wirecoder.data.first_names import FirstNames

USER_DATA_KEY = "wirecoder.actors"
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "UNK"})
ALLIANCE_CODES = frozenset({"IGO", "UNO", "EUR"})
GROUP_SECTORS = frozenset({"REB", "PRM", "UAF", "CRM", "PTY", "OPP", "SOC"})
# Definite descriptions and what they refer back to.
ALLIANCE_HEADS = frozenset({"alliance", "bloc", "organization", "organisation", "union",
                            "body"})
COUNTRY_HEADS = frozenset({"country", "nation", "kingdom", "republic", "state"})
GROUP_HEADS = frozenset({"group", "movement", "militia", "organisation", "organization",
                         "faction", "outfit", "insurgency"})
DESCRIPTION_HEADS = ALLIANCE_HEADS | COUNTRY_HEADS | GROUP_HEADS
# Countries whose press usage puts the family name first ("Xi Jinping" -> "Xi"; also used by
# scripts/build_people.py for the people file's surname aliases).
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "HKG", "MAC"})
# An outlet's country says where the reporter is, not where the story is ("the police, NPR
# reported, ..." in London).
REPORTER_SECTORS = frozenset({"JRN"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "theirs"})
PERSON_WINDOW = 4  # sentences a person pronoun may reach back
GROUP_WINDOW = 3
DESCRIPTION_WINDOW = 6


@dataclass(slots=True)
class Entry:
    """One mention in the registry (a coordination is one plural entry with several actors)."""

    actors: list[Actor]
    start: int
    sentence: int
    person: bool = False
    plural: bool = False
    subject: bool = False
    pronoun: bool = False
    gender: str | None = None  # "m" | "f" for a person, when the text tells


@dataclass(slots=True)
class DocumentActors:
    """Per-article actor registry (see the module docstring)."""

    knowledge: ActorKnowledge | None = None
    date: str | None = None
    entries: list[Entry] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)  # lower name / surname -> person
    aliases: dict[str, Actor] = field(default_factory=dict)  # "(CBCP)" -> the mention before
    cache: dict[tuple[int, int, bool], list[Any]] = field(default_factory=dict)
    # the country the article is set in (stages.places.home_country), when it has one
    home: str | None = None
    # words that tell "he" from "she" (titles, first names: data/speech_cues.json "gender")
    male_words: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()
    genders: dict[str, str] = field(default_factory=dict)  # person name -> "m" | "f"
    first_names: FirstNames | None = None  # data/first_names.json
    sentence: int = -1  # index of the sentence being observed
    starts: list[int] = field(default_factory=list)  # article offsets of observed sentences

    def sentence_start(self, offset: int) -> None:
        """The resolver starts observing the sentence at article offset ``offset``."""
        self.starts.append(offset)
        self.sentence = len(self.starts) - 1

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    # -- learning ----------------------------------------------------------------------------
    def record(self, actors: list[Actor], start: int, *, person: bool = False,
               plural: bool = False, subject: bool = False, pronoun: bool = False) -> None:
        """Note a resolved mention (in text order) and learn the people it names."""
        actors = [a for a in actors if a.code not in (None,) or a.sector or a.name]
        if not actors:
            return
        gender = self._gender_of(actors[0]) if person and len(actors) == 1 else None
        self.entries.append(Entry(actors, start, self.sentence_at(start), person, plural,
                                  subject, pronoun, gender))
        if person and not pronoun:
            for actor in actors:
                self.learn_person(actor)

    def _gender_of(self, actor: Actor) -> str | None:
        """ "m" or "f" when the mention's words or the person's first name tell (a title such
        as "Mrs."/"spokeswoman", a first name), or an earlier pronoun did; else None."""
        if actor.name and actor.name in self.genders:
            return self.genders[actor.name]
        found, told = gender_words(actor, self.male_words, self.female_words)
        if not told and actor.name and self.first_names is not None:
            found = self.first_names.gender(actor.name.split()[0])
        if found and actor.name:
            self.genders[actor.name] = found
        return found

    def learn_person(self, actor: Actor) -> None:
        """Remember a named person under the full name and the later parts of the name
        ("Troels Lund Poulsen" -> "lund poulsen", "poulsen"). Better-coded entries win."""
        if not actor.name:
            return
        words = actor.name.split()
        keys = [" ".join(words[i:]).lower() for i in range(len(words))]
        for key in keys:
            known = self.people.get(key)
            if known is None or _better(actor, known):
                self.people[key] = actor
        # the first word, where the press may use it alone: family names written first ("Wang"
        # for "Wang Yi") and the first of three or more names ("Prime Minister Tuilaepa" for
        # "Tuilaepa Sailele Malielegaoi"); a surname key learned otherwise wins
        if len(words) > 1 and (actor.code in FAMILY_NAME_FIRST or len(words) > 2) and \
                len(words[0]) > 2 and words[1].lower() not in NAME_PARTICLES:
            self.people.setdefault(words[0].lower(), actor)

    # -- questions ---------------------------------------------------------------------------
    def person_named(self, name: str) -> Actor | None:
        """The person the article introduced under ``name`` (full name or surname)."""
        key = " ".join(name.split()).lower()
        found = self.people.get(key)
        if found is not None:
            return found
        words = key.split()
        return self.people.get(words[-1]) if len(words) > 1 and \
            self.people.get(words[-1]) is not None and \
            (self.people[words[-1]].name or "").lower().startswith(words[0]) else None

    def surname(self, word: str) -> Actor | None:
        """The person whose learned name contains ``word`` exactly as written (a capitalised
        token: "Okonkwo" after "Foreign Minister Ada Okonkwo"), whatever its part of speech;
        None for lower-case words and for names the article has not introduced."""
        if len(word) < 2 or not word[0].isupper() or word.isupper():
            return None
        found = self.people.get(word.lower())
        if found is None or word not in (found.name or "").split():
            return None
        return found

    def antecedent(self, pronoun: str, start: int) -> list[Actor]:
        """What a pronoun at article offset ``start`` refers to (empty when unsure)."""
        low = pronoun.lower()
        here = self.sentence_at(start)
        before = [e for e in self.entries if e.start < start]
        if low in ("he", "she", "him", "her", "his", "hers", "himself", "herself"):
            want = "f" if low in ("she", "her", "hers", "herself") else "m"
            people = [e for e in before if e.person and e.sentence >= here - PERSON_WINDOW
                      and self._entry_gender(e) in (None, want)]
            if not people:
                return []
            last_sentence = people[-1].sentence
            recent = [e for e in people if e.sentence == last_sentence]
            best = next((e for e in recent if e.subject), recent[0] if len(recent) == 1
                        else recent[-1])
            name = best.actors[0].name
            if name and name not in self.genders:
                self.genders[name] = want  # "Okafor ... she said" teaches Okafor's gender
            return best.actors[:1]
        if low in PLURAL_PRONOUNS:
            groups = [e for e in before if (e.plural or len(e.actors) > 1)
                      and e.sentence >= here - GROUP_WINDOW]
            if not groups:
                return []
            last_sentence = groups[-1].sentence
            recent = [e for e in groups if e.sentence == last_sentence]
            best = next((e for e in reversed(recent) if e.subject), recent[-1])
            return list(best.actors)
        if low in ("it", "its", "itself"):
            things = [e for e in before if not e.person and not e.plural
                      and e.actors[0].code not in (None, "UNK")
                      and e.sentence >= here - GROUP_WINDOW]
            if not things:
                return []
            # the subject of the latest sentence that names one ("Russia attacked Ukraine. It
            # said ..."), else the latest mention
            last_sentence = things[-1].sentence
            recent = [e for e in things if e.sentence == last_sentence]
            best = next((e for e in recent if e.subject), recent[-1])
            return best.actors[:1]
        return []

    def _entry_gender(self, entry: Entry) -> str | None:
        name = entry.actors[0].name
        return self.genders.get(name, entry.gender) if name else entry.gender

    def describe(self, head: str, start: int, code: str | None = None) -> Actor | None:
        """The actor a definite description ("the alliance", "the country", "the group") at
        ``start`` refers back to, or None. A recent mention named with the same word ("the
        Ukraine Defense Contact Group" for "the group") comes first; then the category's most
        recent mention, preferring subjects for countries."""
        head = head.lower()
        here = self.sentence_at(start)
        before = [e for e in self.entries if e.start < start and not e.person
                  and not e.pronoun and e.sentence >= here - DESCRIPTION_WINDOW]
        for entry in reversed(before):
            actor = entry.actors[0]
            words = (actor.org or actor.text).lower().replace("'s", "").split()
            if words and words[-1] == head and actor.code not in (None, "UNK"):
                return actor
        if head in ALLIANCE_HEADS:
            for entry in reversed(before):
                actor = entry.actors[0]
                if actor.code in ALLIANCE_CODES and actor.org and not actor.name:
                    return actor
        if head in COUNTRY_HEADS:
            countries = [e for e in before if e.actors[0].code
                         and e.actors[0].code not in NON_STATE and not e.plural
                         and (code is None or e.actors[0].code == code)]
            if countries:
                last_sentence = countries[-1].sentence
                recent = [e for e in countries if e.sentence == last_sentence]
                best = next((e for e in reversed(recent) if e.subject), recent[-1])
                if not best.subject:
                    earlier = [e for e in countries if e.subject and e.sentence >= here - 1]
                    best = earlier[-1] if earlier else best
                actor = best.actors[0]
                return Actor(actor.text, actor.start, actor.end, code=actor.code)
        if head in GROUP_HEADS:
            for entry in reversed(before):
                actor = entry.actors[0]
                if actor.sector in GROUP_SECTORS or actor.code in ("IMG", "NGO"):
                    return actor
        return None

    def context_country(self, start: int) -> str | None:
        """The country of the most recent country mention in this sentence or the one before
        ("the Russian city of Belgorod ... the Defense Ministry said")."""
        here = self.sentence_at(start)
        for entry in reversed(self.entries):
            if entry.start >= start or entry.sentence < here - 1:
                continue
            actor = entry.actors[0]
            if not entry.person and actor.code and actor.code not in NON_STATE and \
                    actor.sector not in REPORTER_SECTORS:
                return actor.code
        return None

    def home_of(self, start: int) -> str | None:
        """The article's home country for an uncoded domestic actor at ``start`` ("Police
        said", "the city council"), unless the nearest sentence naming countries (this one or
        the one before) names others and not the home one (a Ukrainian story's paragraph on
        Belgorod)."""
        if self.home is None:
            return None
        nearby = self.countries_near(start)
        return self.home if not nearby or self.home in nearby else None

    def countries_near(self, start: int) -> set[str]:
        """Codes of the country mentions before ``start`` in its sentence, or, when it names
        none, in the sentence before."""
        here = self.sentence_at(start)
        for sentence in (here, here - 1):
            found = {e.actors[0].code for e in self.entries
                     if e.start < start and e.sentence == sentence and not e.person
                     and e.actors[0].code and e.actors[0].code not in NON_STATE
                     and e.actors[0].sector not in REPORTER_SECTORS}
            if found:
                return found  # type: ignore[return-value]
        return set()

    def office_holder(self, role: str, code: str | None, org: str | None,
                      former: bool) -> Actor | None:
        """The person holding (or, ``former``, having held) an office: first someone the
        article named, else the only holder the people file knows on the article's date."""
        known = self.knowledge.people if self.knowledge is not None else None
        mentioned = list(dict.fromkeys(a.name for a in reversed(self.people.values())
                                       if a.name))
        if known is not None:
            holders = known.holders(role, code, org, self.date, former=former)
            names = {p.name for p in holders}
            for name in mentioned:
                if name in names:
                    return self.people[name.lower()]
            if not former and len(holders) == 1:
                match = known.at(holders[0], self.date)
                return Actor("", 0, 0, code=match.code, org=match.org, sector=match.sector,
                             name=match.name, role=match.role)
        for actor in self.people.values():  # people the article titled itself
            if actor.role == role and (code is None or actor.code == code) and \
                    (former == (actor.sector == "ELI")):
                return actor
        return None

    def actors(self) -> list[Actor]:
        """Every recorded mention once, in text order, without mentions nested in others."""
        seen: dict[tuple[int, int], Actor] = {}
        for entry in self.entries:
            for actor in entry.actors:
                if entry.pronoun or actor.end > actor.start:
                    seen.setdefault((actor.start, actor.end), actor)
        out = []
        reach = -1  # the furthest end of the spans kept so far (sorted by start, longest first)
        for start, end in sorted(seen, key=lambda se: (se[0], -se[1])):
            if end <= reach:
                continue  # nested in an earlier, longer mention
            reach = end
            out.append(replace(seen[(start, end)]))
        return out


def gender_words(actor: Actor, male: frozenset[str], female: frozenset[str],
                 extra: tuple[str, ...] = ()) -> tuple[str | None, bool]:
    """("m" | "f" | None, whether any gendered word was seen) from the mention's words, the
    person's first name and ``extra`` words: a title ("Mrs.", "spokeswoman") or a listed
    name. Words of both genders tell nothing."""
    words = [w.strip(".,").lower() for w in actor.text.split()]
    words.extend(extra)
    if actor.name:
        words.append(actor.name.split()[0].lower())
    is_male = any(w in male for w in words)
    is_female = any(w in female for w in words)
    found = ("m" if is_male else "f") if is_male != is_female else None
    return found, is_male or is_female


def _better(new: Actor, old: Actor) -> bool:
    """True when ``new`` says more about a person than ``old`` (a code, then a role)."""
    def score(a: Actor) -> int:
        return (2 if a.code not in (None, "UNK") else 0) + (1 if a.role else 0) + \
            (1 if a.sector else 0)
    return score(new) > score(old)


def registry_of(spacy_doc: Any) -> DocumentActors | None:
    """The registry the actors stage left on a segment's parse, if any."""
    data = getattr(spacy_doc, "user_data", None)
    return data.get(USER_DATA_KEY) if isinstance(data, dict) else None


def attach(spacy_doc: Any, registry: DocumentActors) -> None:
    spacy_doc.user_data[USER_DATA_KEY] = registry


__all__ = ["DESCRIPTION_HEADS", "USER_DATA_KEY", "DocumentActors", "Entry", "attach", "registry_of"]
