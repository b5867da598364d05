"""Find place mentions in one parsed paragraph (a spaCy Doc) and say how sure each one is.

Three sources, in this order, never overlapping:

1. multi-word gazetteer names ("Ramstein Air Base", "Gaza Strip", "Zaporizhzhia nuclear power
   plant", "Kyiv region"), which spaCy often splits or labels as an organisation or a person;
2. spaCy entities: GPE, LOC and FAC are *strong* (any gazetteer name); NORP, ORG and PERSON
   entities are *weak*: a place's own name or a close spelling of it ("in Vilnius" tagged ORG,
   "Residents of Kostiantynivka");
3. proper-noun tokens outside any entity that name a place (*weak*).

A weak mention counts only with evidence: a locative preposition or "city of" before it, a
"City, Country" qualifier after it, or the same name taken as a place elsewhere in the article
(the stage checks the last, and drops names that are words of the article's person and
organisation names, collected by :class:`OtherNames`). Mentions that read as part of a person's
name or title ("Lloyd Austin", "Secretary Austin", "U.S. President"), as part of a longer name
("New England", "Hyde Park Corner"), as an organisation or nationality of the actor dictionary
("NATO", "Danish", "the White House"), or as a modifier ("Moscow-backed") are dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from wirecoder.geo.gazetteer import (
    CITY,
    FACILITY,
    REGION,
    Entry,
    Gazetteer,
    Hit,
    fold,
)
from wirecoder.geo.geocoder import (
    REGION_WORDS,
    lookup_with_region_word,
    qualifiable,
    qualifier_entry,
)

STRONG_LABELS = frozenset({"GPE", "LOC", "FAC"})
WEAK_LABELS = frozenset({"NORP", "ORG", "PERSON"})
# Entities a place name inside them belongs to ("Hong Kong Polytechnic University").
_OWNING_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP"})
MAX_PHRASE_TOKENS = 7

# Prepositions that put a proper noun in a place role ("in Kostyantynivka"). Not "to" or
# "from": "a letter to Walker", "a call from Austin".
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "at", "near", "outside", "into", "across", "inside", "within", "throughout", "on",
})
DISTANCE_UNITS = frozenset({
    "km", "kms", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "away",
})
# Only these rescue a PERSON-tagged token: "to Austin" may be a person, "in Austin" is not.
_PERSON_RESCUE = frozenset({"in", "near", "outside", "inside", "throughout"})
# Nouns whose "of" complement is a place: "the city of Belgorod", "residents of Bakhmut",
# "30 km north of Kharkiv".
PLACE_NOUNS = frozenset({
    "city", "town", "village", "capital", "port", "region", "province", "state", "district",
    "suburb", "suburbs", "outskirts", "island", "republic", "county", "oblast", "governorate",
    "area", "municipality", "settlement", "enclave", "territory", "kingdom", "emirate",
    "country", "residents", "inhabitants", "citizens", "people", "mayor", "governor",
    "streets", "centre", "center", "heart", "edge", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west",
})
# Words that head a person's name ("Secretary Austin", "Gov. Georgia Smith").
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "president",
    "gov", "governor", "sen", "senator", "rep", "representative", "gen", "general", "col",
    "colonel", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant", "maj", "major", "adm",
    "admiral", "secretary", "minister", "chancellor", "premier", "king", "queen", "prince",
    "princess", "pope", "rev", "reverend", "judge", "justice", "mayor", "ambassador", "sheikh",
    "emir", "sultan", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
    "spokesperson", "prof", "professor", "coach", "officer", "detective", "commissioner",
    "congressman", "congresswoman", "councilman", "councilwoman", "prosecutor", "attorney",
    "chief", "leader", "director", "envoy", "commander", "actress", "actor", "singer",
    "rapper", "author", "writer", "player", "striker", "goalkeeper", "star",
})
# Capitalised words that are also the own name of a city somewhere ("March" in England,
# "Police" in Poland): never a place on weak evidence alone.
COMMON_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "police", "mobile", "reading", "nice", "split", "bath", "sale",
    "deal", "wells", "of", "university", "union", "independence", "liberty", "unity",
    "concord", "providence", "progreso", "victoria", "mercedes", "president", "general",
    "god", "heaven", "paradise", "hope", "eden", "zion", "orient",
})
# Place names that are also English common nouns, hidden by a sentence's capital letter.
COMMON_NOUN_PLACES = frozenset({"turkey", "chile", "jersey", "java", "guinea", "cork"})
_HYPHEN_OK = frozenset({"based", "born"})
# A GeoNames alias of a town smaller than this must be close to its name in spelling.
SMALL_TOWN_ALIAS_POPULATION = 100_000
SPELLING_SIMILARITY = 0.75


@dataclass(slots=True)
class Mention:
    """A candidate place mention with article offsets."""

    start: int
    end: int
    text: str
    hits: list[Hit]
    strong: bool  # a GPE/LOC/FAC entity or a multi-word gazetteer name
    locative: bool  # "in X", "the city of X", "X, Country"
    region_word: str | None = None
    qualifier: Entry | None = None
    key: str = field(default="")

    @property
    def evidence(self) -> bool:
        return self.strong or self.locative


class MentionFinder:
    """Finds mentions in spaCy Docs; holds the gazetteer and the actor dictionary."""

    def __init__(self, gazetteer: Gazetteer, actors: Any) -> None:
        self.gazetteer = gazetteer
        self.actors = actors

    def find(self, sdoc: Any, offset: int, text: str,
             sentences: Sequence[tuple[int, int]] | None = None,
             names: OtherNames | None = None) -> list[Mention]:
        """Mentions in one parsed paragraph found at ``offset`` of the article ``text``.

        ``sentences`` are the paragraph's sentence spans (paragraph offsets) when the caller
        has them; ``names`` collects the paragraph's person and organisation names.
        """
        view = _View(sdoc, sentences)
        if names is not None:
            names.add(view)
        taken = [False] * len(sdoc)
        found: list[Mention] = []
        for span in self._phrases(view):
            mention = self._mention(span, offset, text, strong=True)
            if mention is not None:
                found.append(mention)
                taken[span.start:span.end] = [True] * (span.end - span.start)
        for ent in sdoc.ents:
            if ent.label_ not in STRONG_LABELS and ent.label_ not in WEAK_LABELS:
                continue
            for span in _split_at_commas(ent):
                if any(taken[span.start:span.end]):
                    continue
                mention = self._mention(span, offset, text,
                                        strong=ent.label_ in STRONG_LABELS, label=ent.label_)
                if mention is not None:
                    found.append(mention)
                    taken[span.start:span.end] = [True] * (span.end - span.start)
        for i in view.bare_proper_nouns():
            if not taken[i]:
                mention = self._mention(sdoc[i:i + 1], offset, text, strong=False)
                if mention is not None:
                    found.append(mention)
        found.sort(key=lambda m: m.start)
        return found

    # -- sources ----------------------------------------------------------------------------
    def _phrases(self, view: _View) -> Iterator[Any]:
        """Longest multi-word gazetteer names, left to right."""
        sdoc, texts = view.doc, view.texts
        i = 0
        while i < len(texts):
            words = self.gazetteer.first_words.get(fold(texts[i])) \
                if texts[i][:1].isupper() else None
            if not words:
                i += 1
                continue
            best = None
            stop = min(len(texts), i + min(MAX_PHRASE_TOKENS, 2 * words + 1), view.sent_end[i])
            for j in range(stop, i + 1, -1):
                if view.punct[j - 1] or any(
                        view.punct[k] and texts[k] not in "-.'’" for k in range(i, j)):
                    continue  # a name may hold "-", "." and "'" but not end in them
                if self._phrase_ok(sdoc[i:j]):
                    best = sdoc[i:j]
                    break
            if best is None:
                i += 1
                continue
            yield best
            i = best.end

    def _phrase_ok(self, span: Any) -> bool:
        hits, _ = lookup_with_region_word(span.text, self.gazetteer)
        if not hits or _part_of_longer_name(span):
            return False
        owner = _owning_entity(span)
        if owner is not None:
            if owner[0] < span.start or owner[1] > span.end:
                return False  # "Hong Kong" in "Hong Kong Polytechnic University"
            if owner == (span.start, span.end) and not any(_prominent(h.entry) for h in hits):
                return False  # "University of Texas", a village's name, tagged ORG
        last = span[-1].text
        # "Kyiv region", "Zaporizhzhia nuclear power plant" may end in lower case.
        return last[:1].isupper() or any(h.entry.kind in (FACILITY, REGION) for h in hits) \
            or last.lower() in REGION_WORDS

    # -- one candidate ----------------------------------------------------------------------
    def _mention(self, span: Any, offset: int, text: str, *, strong: bool,
                 label: str | None = None) -> Mention | None:
        span = _trim(span)
        if span is None:
            return None
        if span[0].lower_ == "the" and len(span) > 1:
            bare = span[1:]  # "the Netherlands"; but "The Hague" is a name
            if any(h.primary for h in self.gazetteer.lookup(bare.text)):
                span = bare
        if not span.text[:1].isupper():
            return None
        hits, region_word = lookup_with_region_word(span.text, self.gazetteer)
        if span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
                and not any(h.primary for h in hits):
            with_the = self.gazetteer.lookup(f"The {span.text}")
            if any(h.primary for h in with_the):  # "in the Hague"
                span, hits = span.doc[span.start - 1:span.end], with_the
        span, hits, region_word = self._with_region_word(span, hits, region_word)
        if label == "LOC" and all(h.entry.kind == CITY for h in hits):
            strong = False  # LOC names rivers and mountains; "the Rio Grande" is not the town
        hits = [h for h in hits if _plausible(h, span.text, strict=not strong)]
        if not hits or self._not_a_place(span, text, offset):
            return None
        key = fold(span.text)
        if not strong and key in COMMON_WORDS:
            return None
        start = offset + span.start_char
        end = offset + span.end_char
        qualifier = self._qualifier(text, end) if qualifiable(hits) else None
        locative = qualifier is not None or self._locative(span, label)
        return Mention(start, end, text[start:end], hits, strong, locative, region_word,
                       qualifier, key)

    def _with_region_word(self, span: Any, hits: list[Hit],
                          region_word: str | None) -> tuple[Any, list[Hit], str | None]:
        """Extend "Belgorod" to "Belgorod region" when the next word is a division word."""
        sdoc = span.doc
        follows = sdoc[span.end + 1] if span.end + 1 < len(sdoc) else None
        if follows is not None and follows.text[:1].isupper() and follows.is_alpha:
            return span, hits, region_word  # "Corcoran State Prison"
        if span.end < len(sdoc) and sdoc[span.end].lower_ in REGION_WORDS and hits:
            longer = sdoc[span.start:span.end + 1]
            more, word = lookup_with_region_word(longer.text, self.gazetteer)
            if more:
                return longer, more, word
        return span, hits, region_word

    def _not_a_place(self, span: Any, text: str, offset: int) -> bool:
        sdoc = span.doc
        before = sdoc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in PERSON_TITLES \
                and before.text[:1].isupper():
            return True  # "Secretary Austin"
        if _part_of_longer_name(span):
            return True  # "England" in "New England", "Bhera" in "Bhera Market"
        root = span.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and (
                root.head.lower_.rstrip(".") in PERSON_TITLES or root.head.ent_type_ == "PERSON"):
            return True  # "U.S. President Joe Biden": a modifier of a person, not a place
        end = offset + span.end_char
        if text[end:end + 1] == "-":
            rest = text[end + 1:end + 20].split(" ", 1)[0]
            if rest[:1].islower() and rest.rstrip(".,;:") not in _HYPHEN_OK:
                return True  # "Moscow-occupied areas", "German-made tanks"
        after = sdoc[span.end:span.end + 2]
        if len(after) == 2 and after[0].text == "," and after[1].lower_ == "who":
            return True  # "Austin, who ..."
        if span[0].is_sent_start and span.text.lower() in COMMON_NOUN_PLACES \
                and root.dep_ == "compound" and root.head.pos_ == "NOUN":
            return True  # "Turkey prices rose": the bird, capitalised by the sentence
        return self._actor_not_place(span.text)

    def _actor_not_place(self, name: str) -> bool:
        """True for names the actor dictionary knows as organisations or nationalities only."""
        kinds = {s.kind for s in self.actors.senses(name)}
        if "country" in kinds:
            return False
        # "the White House", "the Kremlin": seats of power named as institutions.
        return "entity" in kinds or ("adjective" in kinds and "capital" not in kinds)

    def _locative(self, span: Any, label: str | None) -> bool:
        sdoc = span.doc
        before = sdoc[span.start - 1] if span.start > 0 else None
        if before is None:
            return False
        preps = _PERSON_RESCUE if label == "PERSON" else LOCATIVE_PREPOSITIONS
        if before.lower_ in preps:
            return True
        if label == "PERSON" or span.start < 2:
            return False
        head = sdoc[span.start - 2].lower_
        if before.lower_ == "of":
            return head in PLACE_NOUNS  # "the city of Belgorod", "north of Kharkiv"
        return before.lower_ == "from" and head in DISTANCE_UNITS  # "20 km from Sumy"

    def _qualifier(self, text: str, end: int) -> Entry | None:
        """The country or state in "Vilnius, Lithuania" / "Paris, Texas" after a mention."""
        if text[end:end + 1] != ",":
            return None
        rest = text[end + 1:end + 60].lstrip(" ")
        words = rest.split()[:4]
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).rstrip(",;:)")
            if candidate.endswith(".") and not _abbreviation(candidate):
                candidate = candidate.rstrip(".")
            if not candidate[:1].isupper():
                continue
            entry = qualifier_entry(candidate, self.gazetteer)
            if entry is not None:
                return entry
        return None


class _View:
    """Per-token attributes of a parsed paragraph, read in one pass (spaCy token access is
    slow), and its sentences."""

    def __init__(self, sdoc: Any, sentences: Sequence[tuple[int, int]] | None = None) -> None:
        self.doc = sdoc
        self.texts: list[str] = []
        self.lowers: list[str] = []
        self.punct: list[bool] = []
        self.ent_types: list[str] = []
        self.proper: list[bool] = []  # a capitalised proper noun outside any entity
        starts: list[int] = []
        for t in sdoc:
            self.texts.append(t.text)
            self.lowers.append(t.lower_)
            self.punct.append(t.is_punct)
            self.ent_types.append(t.ent_type_)
            self.proper.append(t.ent_iob_ == "O" and t.pos_ == "PROPN" and t.text[:1].isupper())
            starts.append(t.idx)
        if sentences is None:
            sentences = [(s.start_char, s.end_char) for s in sdoc.sents]
        sentences = list(sentences) or [(0, len(sdoc.text))]
        first_chars = [a for a, _ in sentences]
        last_tokens = [bisect_left(starts, b) for _, b in sentences]
        # For each token, the index of the first token after its sentence.
        self.sent_end = [last_tokens[max(0, bisect_right(first_chars, c) - 1)] for c in starts]

    def bare_proper_nouns(self) -> Iterator[int]:
        """Capitalised proper-noun tokens outside any entity."""
        return (i for i, proper in enumerate(self.proper) if proper)


class OtherNames:
    """Words of an article's person and organisation names: "Mendez" after "Tony Mendez" is
    the person, "Mahan" after "Mahan Air" the airline, "Warren" after "Sen. Warren" a person."""

    def __init__(self) -> None:
        self.person_words: set[str] = set()  # words of full names ("Lloyd Austin")
        self.person_singles: set[str] = set()  # one-word PERSON entities: spaCy's guesses
        self.org_prefixes: set[str] = set()

    def add(self, view: _View) -> None:
        for ent in view.doc.ents:
            words = [view.texts[i] for i in range(ent.start, ent.end)
                     if not view.punct[i] and view.lowers[i] != "the"]
            if ent.label_ == "PERSON":
                target = self.person_words if len(words) > 1 else self.person_singles
                target.update(fold(w) for w in words)
            elif ent.label_ == "ORG" and len(words) > 1:
                for k in range(1, len(words)):
                    self.org_prefixes.add(fold(" ".join(words[:k])))
        for i in range(1, len(view.texts)):
            before = view.texts[i - 1]
            if view.texts[i][:1].isupper() and before[:1].isupper() \
                    and view.lowers[i - 1].rstrip(".") in PERSON_TITLES:
                self.person_words.add(fold(view.texts[i]))


def _prominent(entry: Entry) -> bool:
    """Places spaCy may well tag as an organisation ("Abu Dhabi", "Ramstein Air Base"), unlike
    a village named "University of Texas"."""
    return entry.kind != CITY or entry.population >= SMALL_TOWN_ALIAS_POPULATION


def _plausible(hit: Hit, name: str, *, strict: bool = False) -> bool:
    """An alternate name of a small town (of any place, for a weak mention) must look like a
    spelling of its name ("Kostiantynivka" for Kostyantynivka; not "Carmen" for Cogan, a
    GeoNames alias)."""
    entry = hit.entry
    if hit.primary or (not strict and (
            entry.kind != CITY or entry.population >= SMALL_TOWN_ALIAS_POPULATION)):
        return True
    return SequenceMatcher(None, fold(name), fold(entry.name)).ratio() >= SPELLING_SIMILARITY


def _part_of_longer_name(span: Any) -> bool:
    """The span continues a proper name that is not itself in the gazetteer ("England" of
    "New England", "Bhera" of "Bhera Market", "Hyde Park" of "Hyde Park Corner")."""
    sdoc = span.doc
    if span.start > 0:
        before = sdoc[span.start - 1]
        if (_name_word(before) and before.lower_ not in PERSON_TITLES
                and _one_name(before, span[0])):
            return True
    return span.end < len(sdoc) and _name_word(sdoc[span.end]) \
        and _one_name(span[-1], sdoc[span.end])


def _one_name(left: Any, right: Any) -> bool:
    """Two adjacent tokens of one name: the same entity, or both outside any entity."""
    return right.ent_iob_ == "I" or left.ent_iob_ == right.ent_iob_ == "O"


def _name_word(token: Any) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _abbreviation(word: str) -> bool:
    """"Calif." or "D.C.", whose final dot is part of the name."""
    core = word.split()[-1]
    return len(core) <= 6 or core.count(".") > 1


def _trim(span: Any) -> Any | None:
    """The span without surrounding spaces and punctuation ("Asia.  " -> "Asia")."""
    start, end = span.start, span.end
    sdoc = span.doc
    while start < end and (sdoc[start].is_space or sdoc[start].is_punct):
        start += 1
    while end > start and (sdoc[end - 1].is_space or sdoc[end - 1].is_punct):
        end -= 1
    return sdoc[start:end] if start < end else None


def _split_at_commas(ent: Any) -> Iterator[Any]:
    start = ent.start
    for token in ent:
        if token.text == ",":
            if token.i > start:
                yield ent.doc[start:token.i]
            start = token.i + 1
    if start < ent.end:
        yield ent.doc[start:ent.end]


def _owning_entity(span: Any) -> tuple[int, int] | None:
    """The (start, end) of an organisation, person or other non-place entity the span
    overlaps, if any."""
    sdoc = span.doc
    for token in span:
        if token.ent_type_ in _OWNING_LABELS:
            start = token.i
            while start > 0 and sdoc[start].ent_iob_ == "I":
                start -= 1
            end = token.i + 1
            while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
                end += 1
            return start, end
    return None
