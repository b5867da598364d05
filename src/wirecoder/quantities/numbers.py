"""Read one number at a token position: digits, words, multipliers and vague plurals.

Works on spaCy tokens (only ``text``, ``lower_`` and ``whitespace_`` are read), so the tests
can also feed it plain token lists. :func:`read_number` returns a :class:`NumberPhrase` or None.

* digits: "14", "1,500", "3.2", and a multiplier after them ("181 million", "2.3bn", "$5m",
  "3 lakh");
* words: "two", "twenty-five", "two hundred and fifty", "a dozen", "a million", "half a
  million";
* vague plurals: "dozens", "hundreds", "thousands", "tens of thousands", "several hundred":
  the value is the named unit (12, 100, 1000, 10000 ...) and ``vague`` is set, so the caller
  qualifies it ("more than" by default) -- a lower bound that the words guarantee.

Ordinals ("first", "3rd"), fractions ("two-thirds") and digit strings with a leading zero
("007") are not numbers here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wirecoder.quantities.lexicon import QuantityLexicon

DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
GLUED_RE = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([^\d\W]+|%)$")
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
                        "fourths", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths",
                        "tenth", "tenths"})
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
# Abbreviated multipliers that also need no space after the digits ("5m" but "5 bn" is fine).
_GLUED_ONLY = frozenset({"m", "b", "k"})


@dataclass(slots=True)
class NumberPhrase:
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    value: float
    mult: int = 1  # multiplier applied ("million")
    vague: bool = False
    words: bool = False  # written in words
    abbr: str | None = None  # abbreviated multiplier not yet applied ("m": million or metre?)
    glued_suffix: str | None = None  # letters written on the digits that are not a multiplier


def parse_digits(text: str) -> float | None:
    if not DIGITS_RE.match(text):
        return None
    if len(text) > 1 and text[0] == "0" and text[1] != ".":
        return None  # "007", "0800"
    return float(text.replace(",", ""))


def _tok(tokens: Any, i: int) -> Any | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def is_fraction_after(tokens: Any, i: int) -> bool:
    """"two-thirds", "one half": the number at ``i`` is the numerator of a fraction."""
    nxt = _tok(tokens, i + 1)
    if nxt is None:
        return False
    if nxt.text == "-" and not tokens[i].whitespace_:
        after = _tok(tokens, i + 2)
        return after is not None and after.lower_ in _FRACTIONS
    return nxt.lower_ in _FRACTIONS


def read_number(tokens: Any, i: int, lex: QuantityLexicon) -> NumberPhrase | None:
    tok = tokens[i]
    low = tok.lower_
    value = parse_digits(tok.text)
    if value is not None:
        return _after_digits(tokens, i, value, lex)
    glued = GLUED_RE.match(tok.text)
    if glued:
        value = parse_digits(glued.group(1))
        if value is None:
            return None
        suffix = glued.group(2).lower()
        if suffix in lex.multipliers or suffix in lex.abbreviated_multipliers:
            if suffix in lex.multipliers:
                mult = lex.multipliers[suffix]
                return NumberPhrase(i, i, value * mult, mult=mult)
            return NumberPhrase(i, i, value, abbr=suffix)
        if suffix in ("st", "nd", "rd", "th", "s"):
            return None  # ordinal ("3rd") or decade/age ("40s")
        return NumberPhrase(i, i, value, glued_suffix=suffix)
    vague = _read_vague(tokens, i, lex)
    if vague is not None:
        return vague
    if low in lex.number_words or low in ("a", "an", "half") or "-" in low:
        return _read_words(tokens, i, lex)
    return None


def _after_digits(tokens: Any, i: int, value: float, lex: QuantityLexicon) -> NumberPhrase:
    nxt = _tok(tokens, i + 1)
    if nxt is not None:
        low = nxt.lower_
        if low in lex.multipliers:
            mult = lex.multipliers[low]
            return NumberPhrase(i, i + 1, value * mult, mult=mult)
        if low in lex.abbreviated_multipliers and (
                not tokens[i].whitespace_ or low not in _GLUED_ONLY):
            after = _tok(tokens, i + 2)
            # "5 m" is a multiplier only when glued or a currency context decides later
            if after is None or not (after.text == "-" or after.lower_ in lex.units):
                return NumberPhrase(i, i + 1, value, abbr=low)
    return NumberPhrase(i, i, value)


def _read_vague(tokens: Any, i: int, lex: QuantityLexicon) -> NumberPhrase | None:
    tok = tokens[i]
    low = tok.lower_
    # "tens of thousands", "hundreds of millions", "dozens"
    if low in lex.vague_numbers or low == "tens":
        base = 10 if low == "tens" else lex.vague_numbers[low]
        of, second = _tok(tokens, i + 1), _tok(tokens, i + 2)
        if of is not None and of.lower_ == "of" and second is not None \
                and second.lower_ in lex.vague_numbers and second.lower_ != "dozens":
            return NumberPhrase(i, i + 2, float(base * lex.vague_numbers[second.lower_]),
                                vague=True, words=True)
        if low == "tens":
            return None
        if low == "scores" and (of is None or of.lower_ != "of"):
            return None  # "test scores"
        return NumberPhrase(i, i, float(base), vague=True, words=True)
    # "several hundred", "a few thousand", "a couple of dozen"
    for prefix in lex.vague_prefixes:
        words = prefix.split()
        j = i
        ok = True
        for w in words:
            t = _tok(tokens, j)
            if t is None or t.lower_ != w:
                ok = False
                break
            j += 1
        if not ok:
            continue
        t = _tok(tokens, j)
        if t is None:
            continue
        if t.lower_ in lex.multipliers or t.lower_ == "dozen":
            base = 12 if t.lower_ == "dozen" else lex.multipliers[t.lower_]
            return NumberPhrase(i, j, float(base), vague=True, words=True)
    return None


def _word_value(word: str, lex: QuantityLexicon) -> int | None:
    if word in lex.number_words:
        return lex.number_words[word]
    return None


def _read_words(tokens: Any, i: int, lex: QuantityLexicon) -> NumberPhrase | None:
    """"two", "twenty-five", "two hundred and fifty thousand", "a dozen", "half a million"."""
    total = 0.0
    current = 0.0
    last = i - 1
    j = i
    seen_number = False
    mult_seen = 1
    half = False
    while j < len(tokens):
        tok = tokens[j]
        low = tok.lower_
        parts = low.split("-") if "-" in low and low != "-" else [low]
        if low in ("a", "an"):
            nxt = _tok(tokens, j + 1)
            if nxt is None or not (nxt.lower_ in lex.multipliers or nxt.lower_ == "dozen"):
                break
            if seen_number and not half:
                break
            current = max(current, 1.0) if not half else current
            j += 1
            continue
        if low == "half" and not seen_number:
            nxt = _tok(tokens, j + 1)
            if nxt is None or nxt.lower_ not in ("a", "an"):
                return None
            half = True
            current = 0.5
            j += 1
            continue
        if low == "and" and seen_number:
            nxt = _tok(tokens, j + 1)
            if nxt is not None and _word_value(nxt.lower_, lex) is not None \
                    and (current >= 100 or total >= 1000):
                j += 1
                continue
            break
        if low == "-" and seen_number and not tokens[j - 1].whitespace_:
            nxt = _tok(tokens, j + 1)
            if nxt is not None and _word_value(nxt.lower_, lex) is not None \
                    and nxt.lower_ != "dozen":
                j += 1
                continue
            break
        values = [_word_value(p, lex) for p in parts]
        if len(parts) == 2 and not (values[0] in _TENS and values[1] is not None
                                    and 1 <= values[1] <= 9):
            break  # only "twenty-five" style compounds; "one-one" is no number
        if len(parts) > 2:
            break
        if all(v is not None for v in values) and parts[0]:
            if low == "dozen":
                current = (current or 1.0) * 12
            else:
                current += sum(v for v in values if v is not None)
            seen_number = True
            last = j
            j += 1
            continue
        if low in lex.multipliers and (seen_number or current):
            mult = lex.multipliers[low]
            if mult == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * mult
                current = 0.0
            mult_seen = max(mult_seen, mult)
            seen_number = True
            last = j
            j += 1
            continue
        break
    if not seen_number or last < i:
        return None
    value = total + current
    if value == 0 and tokens[i].lower_ != "zero":
        return None
    return NumberPhrase(i, last, value, mult=mult_seen, words=True)
