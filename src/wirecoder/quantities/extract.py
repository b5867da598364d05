"""Amounts of one parsed paragraph: numbers with their qualifier, currency, unit and object.

:func:`paragraph_amounts` walks the tokens of a spaCy ``Doc`` and, at each number
(:mod:`wirecoder.quantities.numbers`), reads around it:

* before: a qualifier ("at least", "about", "nearly" ... normalised, see ``qualifiers`` in
  ``data/quantities.json``), "between", a currency sign or code ("$", "C$", "€", "USD");
* after: a range ("36 to 40", "36-40", "between 36 and 40", "two or three"), a currency word
  ("euros", "Canadian dollars", "rubles"), a unit ("miles", "feet", "km", "percent") converted
  to SI, a post-qualifier ("or more", "-plus");
* the counted object: the noun phrase the number quantifies, from the parse (compounds and
  designations kept, descriptive adjectives dropped: "at least 14 refurbished German-made
  Leopard 2 battle tanks" -> "Leopard 2 battle tanks"); what money pays for ("the estimated
  cost of $181 million" -> "estimated cost"); what a measure measures ("a crater about 65 feet
  across" -> "crater", "15 miles from the border" -> "distance from the border"); casualty and
  crowd figures read naturally ("injured at least two people" -> "people injured").

Not amounts: years, dates and clock times (found by :mod:`wirecoder.temporal`), model
designations and numbers in names ("Leopard 2", "Su-34", "Boeing 737", "Group of 20", "Article
5"), ordinals, fractions, ages ("a 45-year-old man", "aged 45", "Smith, 45,"), phone numbers,
sports scores ("won 3-1"), numbers that refer back ("the two leaders"), and a bare "one" that
is no casualty figure ("one of its warplanes", "one day").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LENGTH

from wirecoder.document import Amount
from wirecoder.quantities.lexicon import QuantityLexicon, Unit
from wirecoder.quantities.numbers import NumberPhrase, is_fraction_after, read_number
from wirecoder.temporal.annotate import paragraph_text

_PHONE_RE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])"
                       r"\d{3,4}[\s.-]\d{3,4}(?![\w.])|(?<![\w.,-])\d{3}-\d{4}(?![\w-])")
_SLASH_RE = re.compile(r"\d+/\d+")
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON",
                          "GPE", "NORP", "LOC"})
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "amod", "det",
                            "npadvmod", "appos"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "JJ", "JJR", "JJS"})
_PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
_NOT_OBJECTS = frozenset({"other", "others", "one", "ones", "them", "it", "this", "that",
                          "those", "these", "which", "what", "whom"})
_HAVE = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


@dataclass(slots=True)
class Found:
    """One amount of a paragraph, with the token indexes the casualty reader needs."""

    amount: Amount  # offsets relative to the paragraph
    first: int  # first token of the whole expression
    last: int
    number: int  # the (first) number token
    root: int  # syntactic root of the expression


def _tok(doc: Any, i: int) -> Any | None:
    return doc[i] if 0 <= i < len(doc) else None


def _in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


class ParagraphReader:
    """Reads the amounts of one spaCy Doc."""

    def __init__(self, doc: Any, lex: QuantityLexicon, excluded: list[tuple[int, int]],
                 previous_object: str | None = None, text: str | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.excluded = list(excluded)
        self.text = text if text is not None else paragraph_text(doc)
        self.lower = self.text.lower()
        offsets = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.starts = [o[0] for o in offsets]
        self.ends = [o[0] + o[1] for o in offsets]
        self.excluded += [(m.start(), m.end()) for m in _PHONE_RE.finditer(self.text)]
        self.excluded += [(m.start(), m.end()) for m in _SLASH_RE.finditer(self.text)]
        self.previous_object = previous_object
        self.designations: set[int] = set()  # token indexes of numbers read as designations
        self.ages: set[int] = set()

    def read(self) -> list[Found]:
        """The amounts of the paragraph, in text order."""
        doc = self.doc
        out: list[Found] = []
        done = -1  # last token already read
        tried = -1
        for m in _candidate_re(self.lex).finditer(self.lower):
            i = bisect_right(self.starts, m.start()) - 1
            if i <= done or i == tried or i < 0:
                continue
            tried = i
            num = read_number(doc, i, self.lex)
            if num is None:
                continue
            found = self._build(num)
            if found is None:
                done = num.last
                continue
            out.append(found)
            if found.amount.object and not found.amount.currency and not found.amount.unit:
                self.previous_object = found.amount.object
            done = found.last
        return out

    # -- phrase tables ---------------------------------------------------------------------

    def _phrase(self, first: int, last: int) -> str:
        """Lower-case text of tokens ``first..last``, whitespace collapsed."""
        text = self.lower[self.starts[first]:self.ends[last]]
        return " ".join(text.split()) if "  " in text or "\n" in text or "\t" in text else text

    def _match_before(self, end: int, table: dict[str, Any], max_tokens: int,
                      ) -> tuple[int, Any] | None:
        """Longest entry of ``table`` written by the tokens just before token ``end``."""
        for k in range(min(max_tokens, end), 0, -1):
            key = self._phrase(end - k, end - 1)
            if key in table:
                return end - k, table[key]
        return None

    def _match_after(self, start: int, table: dict[str, Any], max_tokens: int,
                     ) -> tuple[int, Any] | None:
        """Longest entry of ``table`` written by the tokens from ``start`` on."""
        for k in range(min(max_tokens, len(self.starts) - start), 0, -1):
            key = self._phrase(start, start + k - 1)
            if key in table:
                return start + k - 1, table[key]
        return None

    # -- exclusions -----------------------------------------------------------------------

    def _excluded(self, num: NumberPhrase) -> bool:
        doc, lex = self.doc, self.lex
        first, last = doc[num.first], doc[num.last]
        if _in_spans(first.idx, last.idx + len(last.text), self.excluded):
            return True
        if is_fraction_after(doc, num.last):
            return True
        prev = _tok(doc, num.first - 1)
        nxt = _tok(doc, num.last + 1)
        rest = self.lower[last.idx + len(last.text):last.idx + len(last.text) + 14]
        if any(rest.startswith(s) or (rest.lstrip(" -").startswith(s.lstrip("-"))
               and rest[:1] in ("-", " ")) for s in lex.age_suffixes):
            return True
        if prev is not None and prev.lower_ in lex.age_words_before:
            return True
        before = _tok(doc, num.first - 2)
        if prev is not None and prev.lower_ == "of" and before is not None \
                and before.lower_ in ("age", "ages"):
            return True  # "at the age of 95", "between the ages of 14 and 18"
        if prev is not None and prev.lower_ == "and" and before is not None and before.like_num:
            earlier = _tok(doc, num.first - 3)
            if earlier is not None and earlier.lower_ == "of" and _tok(doc, num.first - 4) \
                    is not None and doc[num.first - 4].lower_ in ("age", "ages"):
                return True
        if self._odds(num):
            return True
        if prev is not None and prev.text in lex.name_markers_before:
            return True
        if num.words and num.first == num.last and first.is_title and prev is not None \
                and not first.is_sent_start and prev.pos_ == "PROPN" and prev.is_title:
            return True  # "Tropical Depression Three", "Apollo Eleven"
        if not num.words and num.mult == 1 and num.abbr is None and prev is not None:
            if self._designation(num, prev):
                return True
            before = _tok(doc, num.first - 2)
            if prev.lower_ in ("and", "or", ",", "/") and before is not None and (
                    _designation_like(before) or num.first - 2 in self.designations):
                self.designations.add(num.first)
                return True  # "the A300 and 747"
        if prev is not None and self._age_apposition(num, prev, nxt):
            return True
        if nxt is not None and nxt.text == ")" and not any(
                t.text == "(" for t in doc[max(0, num.first - 3):num.first]):
            return True  # a list marker: "2)"
        if nxt is not None and not num.words and nxt.pos_ == "PROPN" and any(
                t.lower_ in lex.address_words for t in doc[num.last + 1:num.last + 5]):
            return True  # "36 Quai des Orfevres", "10 Downing Street"
        if first.ent_iob_ == "I" and first.ent_type_ in _NAME_LABELS:
            return True
        if prev is not None and prev.lower_ == "of" and not num.vague:
            before = _tok(doc, num.first - 2)
            if (before is not None and before.pos_ == "PROPN" and before.is_title
                    and before.ent_type_ in ("ORG", "") and (nxt is None or nxt.pos_ not in
                                                            _NOMINAL)):
                return True  # "Group of 20", "Group of Seven"
        return False

    def _odds(self, num: NumberPhrase) -> bool:
        """"a one-in-five chance", "three-in-five": odds, not amounts."""
        doc = self.doc
        after = [t.lower_ for t in doc[num.last + 1:num.last + 3]]
        before = [t.lower_ for t in doc[max(0, num.first - 2):num.first]]
        return after == ["-", "in"] or before == ["in", "-"]

    def _designation(self, num: NumberPhrase, prev: Any) -> bool:
        """"Leopard 2", "Boeing 737", "Su - 34", "Article 5": a number right after a name."""
        doc, lex = self.doc, self.lex
        text = doc[num.first].text
        if "," in text or "." in text:
            return False
        if prev.text in ("-", "–") and not prev.whitespace_:
            before = _tok(doc, num.first - 2)
            if before is not None and not before.whitespace_ and before.text[:1].isalpha():
                self.designations.add(num.first)
                return True
            return False
        if prev.text in lex.currency_symbols or prev.text in lex.currency_codes:
            return False
        if not prev.text[:1].isupper():
            return False
        if prev.pos_ != "PROPN" and not (prev.text[:1].isupper() and any(
                c.isdigit() for c in prev.text)):
            return False
        if prev.ent_type_ == "DATE" or prev.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY"):
            return False
        if prev.lower_ in lex.qualifiers:
            return False
        self.designations.add(num.first)
        return True

    def _age_apposition(self, num: NumberPhrase, prev: Any, nxt: Any | None) -> bool:
        """"Jane Smith, 45, of Ohio", "the princess, 67,", "X and Y, 40 and 49,": an age set
        off by commas after a person."""
        doc = self.doc
        if num.value > 120 or num.value != int(num.value) or num.mult != 1:
            return False
        if prev.lower_ == "and" and num.first - 2 in self.ages:
            self.ages.add(num.first)
            return True
        if prev.text != ",":
            return False
        before = _tok(doc, num.first - 2)
        if before is None or before.pos_ not in _NOMINAL or before.ent_type_ in (
                "GPE", "LOC", "ORG", "NORP", "DATE"):
            return False
        if before.pos_ == "NOUN" and before.lower_ not in self.lex.person_nouns \
                and not before.lower_.endswith(("ess", "er", "or", "ist", "ian", "man", "woman")):
            return False
        ok = nxt is None or nxt.text in (",", ".", ";", ")") or nxt.lower_ in ("of", "from")
        if not ok and nxt is not None and nxt.lower_ == "and":
            after, comma = _tok(doc, num.last + 2), _tok(doc, num.last + 3)
            ok = after is not None and after.like_num and (comma is None or comma.is_punct)
        if ok:
            self.ages.add(num.first)
        return ok

    # -- building -------------------------------------------------------------------------

    def _build(self, num: NumberPhrase) -> Found | None:
        doc, lex = self.doc, self.lex
        if self._excluded(num):
            return None
        first, last = num.first, num.last
        value = num.value
        currency: str | None = None
        unit: Unit | None = None
        # currency before the number: "$", "US$", "C$", "€", "USD", "U.S. $"
        prev = _tok(doc, first - 1)
        if prev is not None and (prev.text in lex.currency_symbols
                                 or prev.text in lex.currency_codes):
            currency = lex.currency_symbols.get(prev.text) or lex.currency_codes[prev.text]
            first -= 1
            before = _tok(doc, first - 1)
            if prev.text == "$" and before is not None and before.whitespace_ != "\n":
                dq = lex.dollar_qualifiers.get(before.lower_)
                if dq and (before.text.isupper() or before.text.endswith(".")):
                    currency = dq
                    first -= 1
        # abbreviated multiplier: "$5m" is money, "5m" alone a length
        if num.abbr is not None:
            glued_unit = lex.glued_units.get(num.abbr)
            if currency is None and glued_unit is not None:
                unit = glued_unit
            else:
                mult = lex.abbreviated_multipliers[num.abbr]
                value *= mult
                num.mult = mult
        elif num.glued_suffix is not None:
            unit = lex.glued_units.get(num.glued_suffix) or lex.units.get(num.glued_suffix)
            if unit is None:
                return None  # "MH17"-like codes, "3a"
        # "between" and the qualifier before
        qualifier: str | None = None
        between = False
        prev = _tok(doc, first - 1)
        if prev is not None and prev.lower_ == "between":
            between = True
        else:
            q = self._match_before(first, lex.qualifiers, lex.max_phrase)
            if q is not None and not (doc[q[0]].lower_ == "some" and num.vague):
                qstart, qualifier = q
                first = qstart
                prev2 = _tok(doc, first - 1)
                if prev2 is not None and prev2.lower_ == "between":
                    between = True
        if num.vague and qualifier is None:
            qualifier = lex.vague_qualifier
        # the range
        high: float | None = None
        pos = last + 1
        plus = _tok(doc, pos)
        if plus is not None and plus.text == "+" and not doc[pos - 1].whitespace_:
            qualifier = lex.post_qualifiers.get("+", qualifier)  # "30+ years"
            pos += 1
        if currency is None and unit is None:
            currency, unit, pos = self._currency_or_unit(pos, currency, num)
        rng = self._range(pos, num, between, currency is not None)
        if rng is not None:
            high_num, pos = rng
            high = high_num.value
            if num.mult == 1 and high_num.mult > 1 and value * high_num.mult < high * 10 \
                    and value < 1000:
                value *= high_num.mult
            if high <= value:
                if not between:
                    return None  # "won 3-1": a score, not a range
                high = None
            if currency is None and unit is None:
                currency, unit, pos = self._currency_or_unit(pos, None, num)
            else:  # "6% to 11%", "$5m-$10m": the unit written twice
                again_cur, again_unit, again = self._currency_or_unit(pos, None, num)
                if (again_unit is not None and again_unit == unit) or (
                        again_cur is not None and again_cur == currency):
                    pos = again
        elif currency is None and unit is None:
            currency, unit, pos = self._currency_or_unit(pos, None, num)
        if between and high is None:
            between = False
        if between:
            first -= 1
        last = pos - 1
        # post-qualifier: "or more", "-plus"
        post = self._match_after(pos, lex.post_qualifiers, 3)
        if post is not None:
            last, pq = post
            qualifier = qualifier or pq
            if num.vague:
                qualifier = pq
        if unit is None and currency is None and self._reference(num):
            return None
        number_tok = num.first
        root = phrase_root(doc, first, last)
        si_value = si_unit = None
        if unit is not None and unit.factor is not None:
            si_value = value * unit.factor
            si_unit = unit.si_unit
        amount = Amount(
            value=_clean(value), start=doc[first].idx,
            end=doc[last].idx + len(doc[last].text), currency=currency,
            unit=unit.name if unit else None, qualifier=qualifier,
            value_high=_clean(high) if high is not None else None,
            si_value=round(si_value, 6) if si_value is not None else None, si_unit=si_unit)
        found = Found(amount, first, last, number_tok, root)
        kind = None
        if currency is None and unit is None:
            kind_info = casualty_of(self.doc, found, lex, self.excluded)
            kind = kind_info[0] if kind_info else None
            if kind is None and self._copular_age(found):
                return None  # "He was 101", "Conyers was 90", "when she was about 57"
            amount.object = self._count_object(found, kind_info)
            if value == 1 and high is None and kind is None and num.mult == 1:
                return None  # "one of its warplanes", "one member country"
        elif self._idiom_one(num, unit, qualifier, high):
            return None  # "would join the alliance one day"
        elif currency is not None:
            amount.object = self._money_object(found)
        else:
            amount.object = self._measure_object(found, unit)  # type: ignore[arg-type]
        return found

    def _copular_age(self, found: Found) -> bool:
        root = self.doc[found.root]
        if root.dep_ not in ("attr", "acomp", "npadvmod", "dobj") or found.amount.value > 120:
            return False
        if quantified_noun(self.doc, found, self.lex, self.excluded) is not None:
            return False
        verb = root.head
        if verb.lemma_.lower() not in ("be", "turn", "become"):
            return False
        return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she", "i", "you")
                                          or c.ent_type_ == "PERSON") for c in verb.children)

    def _idiom_one(self, num: NumberPhrase, unit: Unit | None, qualifier: str | None,
                   high: float | None) -> bool:
        if unit is None or unit.kind != "duration" or num.value != 1 or high is not None:
            return False
        if qualifier is not None or not num.words:
            return False
        prev = _tok(self.doc, num.first - 1)
        nxt = _tok(self.doc, num.last + 1)
        hyphenated = nxt is not None and nxt.text in ("-", "–") and not nxt.whitespace_
        return not hyphenated and (prev is None or prev.pos_ != "ADP")

    def _currency_or_unit(self, pos: int, currency: str | None, num: NumberPhrase,
                          ) -> tuple[str | None, Unit | None, int]:
        """Currency word or unit starting at token ``pos``; returns the position after it."""
        doc, lex = self.doc, self.lex
        nxt = _tok(doc, pos)
        if nxt is None:
            return currency, None, pos
        hit = self._match_after(pos, lex.qualified_currency_words, lex.max_phrase)
        if hit is not None:
            return hit[1], None, hit[0] + 1
        if nxt.text in lex.currency_codes and nxt.text.isupper():
            return lex.currency_codes[nxt.text], None, pos + 1
        low = nxt.lower_
        if low in lex.currency_words and not (low in ("pound", "pounds") and self._mass_pound(
                pos)):
            if low in ("won", "rand", "real", "dong", "lari", "lei") and not num.mult > 1 \
                    and nxt.pos_ == "VERB":
                return currency, None, pos
            return lex.currency_words[low], None, pos + 1
        if low in ("pound", "pounds"):
            return currency, lex.units["lb"], pos + 1
        # a hyphenated unit: "65-foot", "a three-day visit", "10-kilometre-long"
        start = pos
        if nxt.text in ("-", "–") and not doc[pos - 1].whitespace_:
            start = pos + 1
        hit = self._match_after(start, lex.units, lex.max_phrase)
        if hit is not None:
            end, unit = hit
            return currency, unit, end + 1
        glued = lex.glued_units.get(low)
        if glued is not None and currency is None and num.mult == 1:
            after = _tok(doc, pos + 1)
            if after is None or after.is_punct or after.lower_ in lex.dimension_words \
                    or after.lower_ in lex.distance_words:
                return currency, glued, pos + 1  # "around 50 m (165 ft) apart"
        # "$5 million Canadian"
        if currency == "USD":
            dq = self._match_after(pos, lex.dollar_qualifiers, 2)
            if dq is not None:
                return dq[1], None, dq[0] + 1
        return currency, None, pos

    def _mass_pound(self, pos: int) -> bool:
        doc, lex = self.doc, self.lex
        of, after = _tok(doc, pos + 1), _tok(doc, pos + 2)
        if of is not None and of.lower_ == "of" and after is not None \
                and after.lower_ not in lex.currency_words:
            return True
        prev = _tok(doc, pos - 1)
        if prev is not None and prev.whitespace_ == "" and _tok(doc, pos) is not None \
                and doc[pos].text == "-":
            return True
        window = doc[max(0, pos - 8):min(len(doc), pos + 6)]
        return any(t.lemma_.lower() in lex.mass_pound_cues or t.lower_ in lex.mass_pound_cues
                   for t in window)

    def _range(self, pos: int, num: NumberPhrase, between: bool, money: bool,
               ) -> tuple[NumberPhrase, int] | None:
        doc = self.doc
        conn = _tok(doc, pos)
        if conn is None:
            return None
        word = conn.lower_
        if word == "and" and not between:
            return None
        if word not in ("to", "-", "–", "and", "or"):
            return None
        if word == "to" and self._change_from(num):
            return None
        j = pos + 1
        nxt = _tok(doc, j)
        if nxt is None:
            return None
        if nxt.text in self.lex.currency_symbols:
            j += 1
        if j >= len(doc):
            return None
        second = read_number(doc, j, self.lex)
        if second is None or second.vague:
            return None
        if word == "or" and (num.value > 1000 or second.value > 1000):
            return None
        if word in ("-", "–") and bool(doc[pos - 1].whitespace_) != bool(conn.whitespace_):
            return None  # "36 -40" is no range
        value = second.value
        if second.abbr is not None:
            value *= self.lex.abbreviated_multipliers[second.abbr]
            second.mult = self.lex.abbreviated_multipliers[second.abbr]
        second.value = value
        return second, second.last + 1

    def _change_from(self, num: NumberPhrase) -> bool:
        """"rose from 12 to 20" is two figures, not a range."""
        doc = self.doc
        j = num.first - 1
        while j >= 0 and (doc[j].text in self.lex.currency_symbols
                          or doc[j].lower_ in ("about", "around", "some", "nearly")):
            j -= 1
        if j < 0 or doc[j].lower_ != "from":
            return False
        head = doc[j].head
        for _ in range(3):
            if head.lemma_.lower() in self.lex.change_verbs:
                return True
            if head.head is head:
                break
            head = head.head
        return False

    def _reference(self, num: NumberPhrase) -> bool:
        """"the two leaders", "its 30 members": a number that refers back."""
        prev = _tok(self.doc, num.first - 1)
        return prev is not None and prev.lower_ in self.lex.reference_determiners


    # -- objects --------------------------------------------------------------------------

    def _count_object(self, found: Found, kind_info: tuple[str, str] | None) -> str | None:
        doc, lex = self.doc, self.lex
        root = doc[found.root]
        noun = quantified_noun(doc, found, lex, self.excluded)
        text: str | None = None
        if noun is not None:
            text = self._run_text(noun.i - 1 if noun.i <= found.last else found.last, noun)
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            container = root.head.head  # "a crowd of 5,000"; "a total of 39" (are dead)
            if container.lower_ not in lex.anaphoric_nouns:
                text = self._np(container)
            elif kind_info is None:
                text = self.previous_object
        else:
            target = _equative_subject(doc, root, lex)
            if target is not None:
                text = self._np(target)
                if target.lower_ in lex.anaphoric_nouns and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in target.children):
                    text = self.previous_object or text
        if kind_info is not None:
            kind, participle = kind_info
            if kind == "size" and text is None:
                text = "people"
            if participle and kind != "size":
                if text is None:
                    text = f"people {participle}"
                elif noun is not None and _is_person(noun, lex) \
                        and participle not in text.lower():
                    text = f"{text} {participle}"
        return text

    def _skip_paren(self, i: int) -> int:
        """Skip a conversion in brackets after a measure: "5 miles (8 km) from ..."."""
        doc = self.doc
        if i < len(doc) and doc[i].text == ")":
            return i + 1
        if i < len(doc) and doc[i].text == "(":
            for j in range(i + 1, min(len(doc), i + 8)):
                if doc[j].text == ")":
                    return j + 1
        return i

    def _distance(self, at: int) -> str:
        """"15 miles from the Ukrainian border" -> "distance from the Ukrainian border"."""
        doc = self.doc
        words = [doc[at].lower_]
        j = at + 1
        nxt = _tok(doc, j)
        if nxt is not None and words[0] != "from" and nxt.lower_ in ("from", "of"):
            words.append(nxt.lower_)
            j += 1
        prep = doc[j - 1]
        if prep.lower_ not in ("from", "of", "outside", "inside", "beyond"):
            return "distance"
        pobj = _pobj(prep)
        if pobj is None or pobj.pos_ not in _NOMINAL:
            return "distance " + " ".join(words)
        left = min(t.i for t in pobj.lefts) if any(True for _ in pobj.lefts) else pobj.i
        left = max(left, j)
        return "distance " + " ".join(words) + " " + doc[left:pobj.i + 1].text

    def _run_text(self, after: int, head: Any) -> str:
        """The noun run after token ``after`` when it ends at ``head``, else ``head``'s NP."""
        run = noun_run(self.doc, after, self.excluded)
        if run and run[-1] == head.i:
            return self.doc[run[0]:run[-1] + 1].text
        return self._np(head)

    def _money_object(self, found: Found) -> str | None:
        doc, lex = self.doc, self.lex
        root = doc[found.root]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in _NOMINAL:
            return self._np(root.head.head)
        for child in root.children:
            if child.dep_ in ("prep", "advmod", "amod") and child.lower_ in ("in", "for", "of",
                                                                            "worth"):
                pobj = _pobj(child)
                if pobj is not None and pobj.pos_ == "NOUN":
                    return self._np(pobj)
        nxt = _tok(doc, found.last + 1)
        if nxt is not None and nxt.lower_ in ("in", "for", "worth") and nxt.i not in range(
                found.first, found.last + 1):
            pobj = _pobj(nxt)
            if pobj is not None and pobj.pos_ == "NOUN":
                return self._np(pobj)
        run = noun_run(doc, found.last, self.excluded)
        if run:
            return doc[run[0]:run[-1] + 1].text
        target = _equative_subject(doc, root, lex)
        if target is not None:
            return self._np(target)
        return None

    def _measure_object(self, found: Found, unit: Unit) -> str | None:
        doc, lex = self.doc, self.lex
        root = doc[found.root]
        after = self._skip_paren(found.last + 1)
        nxt = _tok(doc, after)
        if unit.kind == "length" and nxt is not None and nxt.lower_ in lex.distance_words:
            return self._distance(after)
        # hyphenated measure before a noun: "a 65-foot wall", "a 10-kilometre-long convoy"
        j = after
        while j < len(doc) and (doc[j].text in ("-", "–") or doc[j].lower_ in lex.dimension_words
                                ) and j < after + 3:
            j += 1
        if j > after:
            run = noun_run(doc, j - 1, self.excluded)
            if run:
                return doc[run[0]:run[-1] + 1].text
        if nxt is not None and (nxt.lower_ in lex.dimension_words or self._phrase(
                after, min(after + 1, len(doc) - 1)) in lex.dimension_words):
            before = _tok(doc, found.first - 1)
            if before is not None and before.pos_ in _NOMINAL:
                return self._np(before)
            target = _equative_subject(doc, root, lex, allow_npadvmod=True)
            if target is not None:
                return self._np(target)
        if nxt is not None and nxt.lower_ == "of":
            pobj = _pobj(nxt)
            if pobj is not None:
                return self._np(pobj)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in _NOMINAL:
            return self._np(root.head.head)
        if root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ in _NOMINAL \
                and root.head.i > found.last:
            return self._np(root.head, floor=found.last)
        target = _equative_subject(doc, root, lex, allow_npadvmod=True)
        if target is not None:
            return self._np(target)
        return None

    def _np(self, head: Any, floor: int = -1) -> str:
        """The head noun with its compounds, designations and an adjacent adjective (no token
        at or before ``floor``)."""
        doc = self.doc
        start = head.i
        j = head.i - 1
        while j > floor:
            t = doc[j]
            if t.head.i != head.i and not (t.head.i > j and t.head.i <= head.i):
                break
            if t.dep_ in ("compound", "nmod") or t.pos_ == "PROPN" or (
                    t.text in ("-", "–") and not t.whitespace_ and start == j + 1) or (
                    t.like_num and j > 0 and doc[j - 1].pos_ == "PROPN" and start == j + 1):
                start = j
                j -= 1
                continue
            if t.dep_ == "amod" and start == head.i and j == head.i - 1 and t.tag_ not in (
                    "JJR", "JJS") and t.lower_ not in ("other", "such", "many", "several",
                                                       "more", "few", "new", "some"):
                start = j
                j -= 1
                continue
            break
        while start < head.i and doc[start].text in ("-", "–"):
            start += 1
        return doc[start:head.i + 1].text


_PERSON_SUFFIXES = ("ers", "ors", "ists", "ians", "ans", "ants", "ents", "ees", "men")


def _is_person(noun: Any, lex: QuantityLexicon) -> bool:
    low = noun.lower_
    return (low in lex.person_nouns or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS"
            or (noun.tag_ == "NNS" and low.endswith(_PERSON_SUFFIXES)))


_CANDIDATES: dict[int, re.Pattern[str]] = {}


def _candidate_re(lex: QuantityLexicon) -> re.Pattern[str]:
    """Where a number may start (lower-case text): digits, number words, vague plurals."""
    pattern = _CANDIDATES.get(id(lex))
    if pattern is None:
        words = {"tens", *lex.number_words, *lex.vague_numbers}
        words |= {p.split()[0] for p in lex.vague_prefixes}
        mults = {*lex.multipliers, "dozen"}
        alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        mult_alt = "|".join(sorted(map(re.escape, mults), key=len, reverse=True))
        pattern = re.compile(rf"\d|\b(?:{alt})\b|\b(?:a|an|half)\s+(?:a\s+|an\s+)?"
                             rf"(?:{mult_alt})\b")
        _CANDIDATES[id(lex)] = pattern
    return pattern


def phrase_root(doc: Any, first: int, last: int) -> int:
    """The token of ``doc[first:last + 1]`` whose head lies outside it (a number preferred)."""
    best = first
    for i in range(first, last + 1):
        head = doc[i].head.i
        if not first <= head <= last or doc[i].head is doc[i]:
            best = i
            if doc[i].like_num or doc[i].pos_ in ("NUM", "NOUN"):
                return i
    return best


def _pobj(prep: Any) -> Any | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return None if child.lower_ in _NOT_OBJECTS else child
        if child.dep_ == "prep":  # "worth of"
            inner = _pobj(child)
            if inner is not None:
                return inner
    return None


def _equative_subject(doc: Any, root: Any, lex: QuantityLexicon,
                      allow_npadvmod: bool = False) -> Any | None:
    """"the death toll rose to 40" -> toll; "raised the number to 18" -> number."""
    verb = None
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "by"):
        verb = root.head.head
    elif root.dep_ in ("attr", "dobj", "oprd") or (allow_npadvmod and root.dep_ in (
            "npadvmod", "dobj", "attr")):
        verb = root.head
    if verb is not None and verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "advmod"):
        verb = verb.head  # "the wall is 10 metres high"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lex.change_verbs and lemma not in lex.equative_verbs:
        return None
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.i != root.i and child.pos_ in _NOMINAL:
                if dep == "dobj" and lemma in lex.equative_verbs and lemma not in \
                        lex.change_verbs:
                    continue
                return child
    return None


def _designation_like(tok: Any) -> bool:
    """"A6", "F-16", "T-72": letters and digits in one capitalised token."""
    text = tok.text
    return text[:1].isupper() and any(c.isdigit() for c in text) and text.replace(
        "-", "").isalnum()


def noun_run(doc: Any, last: int, excluded: list[tuple[int, int]] | None = None) -> list[int]:
    """Token indexes of the noun phrase right after the number ending at ``last``: compounds,
    names and designations, with descriptive adjectives and participles before them dropped
    ("14 refurbished German-made Leopard 2 battle tanks" -> Leopard 2 battle tanks)."""
    run: list[int] = []
    j = last + 1
    limit = min(len(doc), last + 12)
    while j < limit:
        t = doc[j]
        if excluded and _in_spans(t.idx, t.idx + len(t.text), excluded):
            break
        glued_hyphen = t.text in ("-", "–") and not doc[j - 1].whitespace_ \
            and not t.whitespace_
        if t.lower_ in ("to", "in", "of", "per", "a", "an", "the") or (
                any(c.isdigit() for c in t.text) and not t.text[:1].isupper()
                and not t.like_num):
            break
        if t.pos_ in _NOMINAL or _designation_like(t) or (
                t.like_num and run and doc[run[-1]].pos_ == "PROPN"):
            if t.pos_ == "PROPN" and t.text.isupper() and len(t.text) == 3 and not run \
                    and j == last + 1 and t.ent_type_ == "":
                pass
            run.append(j)
        elif glued_hyphen:
            run.append(j)
        elif t.tag_ in _PARTICIPLE_TAGS or t.pos_ == "ADJ" or (
                t.pos_ == "VERB" and t.dep_ == "amod") or (
                t.pos_ == "ADV" and j + 1 < limit and doc[j + 1].text in ("-", "–")):
            if run and doc[run[-1]].text not in ("-", "–"):
                break  # an adjective after the noun ends the phrase
            run = []
        else:
            break
        j += 1
    while run and doc[run[0]].text in ("-", "–"):
        run.pop(0)
    while run and (doc[run[-1]].text in ("-", "–") or doc[run[-1]].like_num):
        run.pop()
    return run


def quantified_noun(doc: Any, found: Found, lex: QuantityLexicon,
                    excluded: list[tuple[int, int]] | None = None) -> Any | None:
    """The noun the number counts: the noun phrase after it, the object of "dozens of" / "12 of
    the", or its head in the parse."""
    root = doc[found.root]
    nxt = _tok(doc, found.last + 1)
    if nxt is not None and nxt.lower_ == "of":
        pobj = _pobj(nxt)
        if pobj is not None and pobj.pos_ in _NOMINAL:
            return pobj
        return None
    if nxt is not None and nxt.text in ("-", "–"):  # "a 5,000-strong crowd"
        after = _tok(doc, found.last + 2)
        if after is not None and after.lower_ == "strong":
            run = noun_run(doc, found.last + 2, excluded)
            return doc[run[-1]] if run else None
    run = noun_run(doc, found.last, excluded)
    if run:
        return doc[run[-1]]
    if root.dep_ in _MODIFIER_DEPS and root.head.pos_ in _NOMINAL and root.head.i > found.last:
        return root.head
    return None


def _matches_verb(verb: Any, key: str) -> bool:
    words = key.split()
    if verb.lemma_.lower() != words[0]:
        return False
    if len(words) == 1:
        return True
    following = " ".join(t.lower_ for t in verb.doc[verb.i + 1:verb.i + 1 + len(words) + 1])
    return " ".join(words[1:]) in following


def casualty_of(doc: Any, found: Found, lex: QuantityLexicon,
                excluded: list[tuple[int, int]] | None = None) -> tuple[str, str] | None:
    """(kind, participle) of a count: dead, injured, arrested or size; None otherwise."""
    root = doc[found.root]
    noun = quantified_noun(doc, found, lex, excluded)
    target = noun if noun is not None else root
    nxt = _tok(doc, found.last + 1)
    if noun is None and nxt is not None and nxt.lower_ in ("more", "others", "other"):
        target = nxt  # "injured at least 50 more"
    # the counted noun itself: "deaths", "injuries", "detainees"
    size_noun = None
    if noun is not None:
        low, lemma = noun.lower_, noun.lemma_.lower()
        for cw in lex.casualty:
            if low in cw.nouns or lemma in cw.nouns:
                if cw.kind == "size":
                    size_noun = (cw.kind, "")
                else:
                    return cw.kind, ""
        for child in noun.children:
            if child.dep_ in ("amod", "acl", "relcl", "appos"):
                hit = _word_kind(child, lex)
                if hit is not None:
                    return hit
                for gc in child.children:  # "people who were killed"
                    if gc.dep_ in ("nsubjpass", "nsubj") and gc.lower_ in ("who", "that"):
                        hit = _verb_kind(child, "patient" if gc.dep_ == "nsubjpass" else
                                         _role_of_subject(child), lex)
                        if hit is not None:
                            return hit
    hit = _governing_kind(target, lex) or (
        _governing_kind(root, lex) if target is not root else None)
    if hit is not None:
        return hit
    if size_noun is not None:  # "45 demonstrators" (unless arrested, killed ...)
        return size_noun
    # a crowd of 5,000; a rally of thousands
    container = None
    if target.dep_ == "pobj" and target.head.lower_ == "of":
        container = target.head.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        container = root.head.head
    if container is not None:
        hit = _container_kind(container, lex)
        if hit is not None:
            return hit
    subject = _equative_subject(doc, root, lex) or (
        _equative_subject(doc, target, lex) if target is not root else None)
    if subject is not None:
        hit = _container_kind(subject, lex)
        if hit is not None:
            return hit
    for child in target.children:
        if child.dep_ in ("amod", "acl", "oprd", "acomp") and child.i > target.i:
            hit = _word_kind(child, lex)
            if hit is not None:
                return hit
    if noun is None and nxt is not None and nxt.tag_ in ("VBN", "JJ"):  # "12 dead, 30 injured"
        hit = _word_kind(nxt, lex)
        if hit is not None:
            return hit
    return None


def _governing_kind(target: Any, lex: QuantityLexicon) -> tuple[str, str] | None:
    """Kind from the verb governing the count: "killed 12", "12 died", "left 12 dead"."""
    t = target
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NUM", "NOUN"):
        t = t.head.head  # "dozens of people were killed"
    verb = t.head if t.head is not t else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if t.dep_ in _PATIENT_DEPS:
        role = "patient"
    elif t.dep_ == "nsubj":
        role = _role_of_subject(verb)
    else:
        return None
    hit = _verb_kind(verb, role, lex)
    if hit is not None:
        return hit
    for child in verb.children:  # "left 12 dead", "found 12 dead"
        if child.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and t.i < child.i <= t.i + 3:
            hit = _word_kind(child, lex)
            if hit is not None:
                return hit
    return None


def _role_of_subject(verb: Any) -> str:
    """A subject is the patient of a bare participle ("30 wounded") and of a passive."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return "patient"
    if verb.tag_ == "VBN" and not has_object and not auxes & _HAVE:
        return "patient"
    return "agent"


def _verb_kind(verb: Any, role: str, lex: QuantityLexicon) -> tuple[str, str] | None:
    for cw in lex.casualty:
        table = cw.patient_verbs if role == "patient" else cw.subject_verbs
        for key, participle in table.items():
            if _matches_verb(verb, key):
                return cw.kind, participle
    return None


def _word_kind(tok: Any, lex: QuantityLexicon) -> tuple[str, str] | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    for cw in lex.casualty:
        if low in cw.adjectives:
            return cw.kind, low
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and lemma in cw.patient_verbs:
            return cw.kind, cw.patient_verbs[lemma] or low
    return None


def _container_kind(noun: Any, lex: QuantityLexicon) -> tuple[str, str] | None:
    low, lemma = noun.lower_, noun.lemma_.lower()
    compounds = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound")
    for cw in lex.casualty:
        if low in cw.container_nouns or lemma in cw.container_nouns or (
                compounds and f"{compounds} {low}" in cw.container_nouns):
            return cw.kind, ""
    # "the number of people killed", "the number of dead"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = _pobj(child)
            if pobj is None:
                continue
            for cw in lex.casualty:
                if pobj.lower_ in cw.nouns or pobj.lower_ in cw.container_nouns:
                    return cw.kind, ""
            for gc in pobj.children:
                if gc.dep_ in ("acl", "amod", "relcl"):
                    hit = _word_kind(gc, lex)
                    if hit is not None:
                        return hit
    return None


def _clean(value: float) -> float | int:
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return round(value, 6)
