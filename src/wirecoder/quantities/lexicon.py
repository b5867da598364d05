"""Quantity words (``data/quantities.json``): numbers, qualifiers, currencies, units, casualties.

``load_quantities()`` returns a validated :class:`QuantityLexicon`; a malformed file raises
:class:`~wirecoder.coding.plover.DataError` (a ``ConfigError``) naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirecoder.coding.plover import (
    data_path,
    expect,
    expect_lower_set,
    expect_str_list,
    load_data_file,
)

QUANTITIES_SCHEMA = "wirecoder.quantities/1"
QUANTITIES_FILE = "quantities.json"
CASUALTY_KINDS = ("dead", "injured", "arrested", "size")
UNIT_KINDS = frozenset({"length", "mass", "area", "volume", "speed", "power", "energy", "ratio",
                        "temperature", "duration"})
_CODE_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    kind: str
    si_unit: str | None
    factor: float | None


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    kind: str
    patient_verbs: dict[str, str]  # lemma (or "lemma particle ...") -> participle for objects
    subject_verbs: dict[str, str]
    nouns: frozenset[str]
    container_nouns: frozenset[str]
    adjectives: frozenset[str]


@dataclass(frozen=True, slots=True)
class QuantityLexicon:
    version: str
    source: str
    number_words: dict[str, int]
    multipliers: dict[str, int]
    abbreviated_multipliers: dict[str, int]
    vague_numbers: dict[str, int]
    vague_prefixes: tuple[str, ...]
    vague_qualifier: str
    qualifiers: dict[str, str]  # phrase (lower case, single spaces) -> normal form
    post_qualifiers: dict[str, str]
    currency_symbols: dict[str, str]
    currency_codes: dict[str, str]
    currency_words: dict[str, str]
    qualified_currency_words: dict[str, str]
    dollar_qualifiers: dict[str, str]
    units: dict[str, Unit]  # form (lower case, single spaces) -> unit
    glued_units: dict[str, Unit]  # abbreviations valid only written on the number ("5m")
    mass_pound_cues: frozenset[str]
    distance_words: frozenset[str]
    dimension_words: frozenset[str]
    age_words_before: frozenset[str]
    age_suffixes: frozenset[str]
    name_markers_before: frozenset[str]
    address_words: frozenset[str]  # "36 Quai des Orfevres", "10 Downing Street" are addresses
    reference_determiners: frozenset[str]
    anaphoric_nouns: frozenset[str]
    change_verbs: frozenset[str]
    equative_verbs: frozenset[str]
    person_nouns: frozenset[str]
    casualty: tuple[CasualtyWords, ...]
    max_phrase: int  # longest multiword entry in words, plus room for punctuation tokens

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>") -> QuantityLexicon:
        number_words = _int_map(data.get("number_words"), source, "number_words")
        multipliers = _int_map(data.get("multipliers"), source, "multipliers")
        abbreviated = _int_map(data.get("abbreviated_multipliers", {}), source,
                               "abbreviated_multipliers")
        vague = _int_map(data.get("vague_numbers", {}), source, "vague_numbers")
        normal = set(expect_str_list(data.get("normal_qualifiers"), source,
                                     "normal_qualifiers", allow_empty=False))
        vague_q = data.get("vague_qualifier")
        expect(vague_q is None or vague_q in normal, source, "vague_qualifier",
               f"must be one of normal_qualifiers {sorted(normal)}")
        qualifiers = _phrase_map(data.get("qualifiers"), source, "qualifiers", normal)
        post = _phrase_map(data.get("post_qualifiers", {}), source, "post_qualifiers", normal)
        cur = data.get("currencies")
        expect(isinstance(cur, dict), source, "currencies", "must be an object")
        symbols = _code_map(cur.get("symbols"), source, "currencies.symbols", lower=False)
        codes_list = expect_str_list(cur.get("codes", []), source, "currencies.codes")
        for code in codes_list:
            expect(bool(_CODE_RE.match(code)), source, "currencies.codes",
                   f"{code!r} is not a three-letter upper-case code")
        aliases = _code_map(cur.get("code_aliases", {}), source, "currencies.code_aliases",
                            lower=False)
        codes = {c: aliases.get(c, c) for c in codes_list}
        words = _code_map(cur.get("words"), source, "currencies.words", lower=True)
        qualified = {" ".join(k.split()): v for k, v in _code_map(
            cur.get("qualified_words", {}), source, "currencies.qualified_words",
            lower=True).items()}
        dollar_q = {" ".join(k.split()): v for k, v in _code_map(
            cur.get("dollar_qualifiers", {}), source, "currencies.dollar_qualifiers",
            lower=True).items()}
        units, glued = _units(data.get("units"), source)
        casualty_raw = data.get("casualty")
        expect(isinstance(casualty_raw, dict), source, "casualty", "must be an object")
        expect(set(casualty_raw) == set(CASUALTY_KINDS), source, "casualty",
               f"must have exactly the kinds {', '.join(CASUALTY_KINDS)}")
        casualty = tuple(_casualty(kind, casualty_raw[kind], source) for kind in CASUALTY_KINDS)
        phrases = [*qualifiers, *post, *qualified, *dollar_q, *units]
        return cls(
            version=data["version"], source=source, number_words=number_words,
            multipliers=multipliers, abbreviated_multipliers=abbreviated, vague_numbers=vague,
            vague_prefixes=tuple(" ".join(p.lower().split()) for p in expect_str_list(
                data.get("vague_prefixes", []), source, "vague_prefixes")),
            vague_qualifier=vague_q or "more than",
            qualifiers=qualifiers, post_qualifiers=post, currency_symbols=symbols,
            currency_codes=codes, currency_words=words, qualified_currency_words=qualified,
            dollar_qualifiers=dollar_q, units=units, glued_units=glued,
            mass_pound_cues=expect_lower_set(data, "mass_pound_cues", source),
            distance_words=expect_lower_set(data, "distance_words", source),
            dimension_words=expect_lower_set(data, "dimension_words", source),
            age_words_before=expect_lower_set(data, "age_words_before", source),
            age_suffixes=expect_lower_set(data, "age_suffixes", source),
            name_markers_before=frozenset(expect_str_list(
                data.get("name_markers_before", []), source, "name_markers_before")),
            address_words=expect_lower_set(data, "address_words", source),
            reference_determiners=expect_lower_set(data, "reference_determiners", source),
            anaphoric_nouns=expect_lower_set(data, "anaphoric_nouns", source),
            change_verbs=expect_lower_set(data, "change_verbs", source),
            equative_verbs=expect_lower_set(data, "equative_verbs", source),
            person_nouns=expect_lower_set(data, "person_nouns", source),
            casualty=casualty,
            max_phrase=max((len(p.split()) for p in phrases), default=1) + 2,
        )


def _int_map(value: Any, source: str, where: str) -> dict[str, int]:
    expect(isinstance(value, dict) and bool(value), source, where, "must be a non-empty object")
    for key, number in value.items():
        expect(isinstance(key, str) and bool(key) and isinstance(number, int)
               and not isinstance(number, bool) and number >= 0, source, f"{where}.{key}",
               "must map a word to a non-negative integer")
    return {k.lower(): v for k, v in value.items()}


def _phrase_map(value: Any, source: str, where: str,
                normal: set[str]) -> dict[str, str]:
    expect(isinstance(value, dict), source, where, "must be an object")
    out: dict[str, str] = {}
    for phrase, norm in value.items():
        expect(isinstance(phrase, str) and bool(phrase.strip()), source, where,
               "keys must be non-empty phrases")
        expect(norm in normal, source, f"{where}.{phrase}",
               f"unknown qualifier {norm!r}; allowed: {', '.join(sorted(normal))}")
        out[" ".join(phrase.lower().split())] = norm
    return out


def _code_map(value: Any, source: str, where: str, *, lower: bool) -> dict[str, str]:
    expect(isinstance(value, dict), source, where, "must be an object")
    out: dict[str, str] = {}
    for key, code in value.items():
        expect(isinstance(key, str) and bool(key), source, where, "keys must be non-empty")
        expect(isinstance(code, str) and bool(_CODE_RE.match(code)), source, f"{where}.{key}",
               f"{code!r} is not an ISO 4217 code (three upper-case letters)")
        out[key.lower() if lower else key] = code
    return out


def _units(value: Any, source: str) -> tuple[dict[str, Unit], dict[str, Unit]]:
    expect(isinstance(value, list) and bool(value), source, "units", "must be a non-empty list")
    forms: dict[str, Unit] = {}
    glued: dict[str, Unit] = {}
    for i, raw in enumerate(value):
        where = f"units[{i}]"
        expect(isinstance(raw, dict), source, where, "must be an object")
        name = raw.get("name")
        expect(isinstance(name, str) and bool(name), source, f"{where}.name", "missing")
        where = f"units[{i}] ({name})"
        kind = raw.get("kind")
        expect(kind in UNIT_KINDS, source, f"{where}.kind",
               f"unknown kind {kind!r}; allowed: {', '.join(sorted(UNIT_KINDS))}")
        si_unit, factor = raw.get("si_unit"), raw.get("factor")
        expect((si_unit is None) == (factor is None), source, where,
               "si_unit and factor go together")
        expect(factor is None or (isinstance(factor, int | float) and not isinstance(
            factor, bool) and factor > 0), source, f"{where}.factor", "must be a positive number")
        unit = Unit(name, kind, si_unit, float(factor) if factor is not None else None)
        for form in expect_str_list(raw.get("forms"), source, f"{where}.forms",
                                    allow_empty=False):
            key = " ".join(form.lower().split())
            expect(key not in forms or forms[key] == unit, source, f"{where}.forms",
                   f"form {form!r} already belongs to unit {forms.get(key, unit).name!r}")
            forms[key] = unit
        for form in expect_str_list(raw.get("glued", []), source, f"{where}.glued"):
            glued[form.lower()] = unit
    return forms, glued


def _casualty(kind: str, raw: Any, source: str) -> CasualtyWords:
    where = f"casualty.{kind}"
    expect(isinstance(raw, dict), source, where, "must be an object")
    verbs: list[dict[str, str]] = []
    for key in ("patient_verbs", "subject_verbs"):
        value = raw.get(key, {})
        expect(isinstance(value, dict) and all(isinstance(k, str) and k and isinstance(v, str)
                                               for k, v in value.items()),
               source, f"{where}.{key}", "must map verb lemmas to participles (strings)")
        verbs.append({k.lower(): v for k, v in value.items()})
    return CasualtyWords(
        kind=kind, patient_verbs=verbs[0], subject_verbs=verbs[1],
        nouns=frozenset(w.lower() for w in expect_str_list(raw.get("nouns", []), source,
                                                           f"{where}.nouns")),
        container_nouns=frozenset(w.lower() for w in expect_str_list(
            raw.get("container_nouns", []), source, f"{where}.container_nouns")),
        adjectives=frozenset(w.lower() for w in expect_str_list(
            raw.get("adjectives", []), source, f"{where}.adjectives")),
    )


def load_quantities_file(path: str | Path) -> QuantityLexicon:
    return load_data_file(path, QUANTITIES_SCHEMA, QuantityLexicon.from_data)


@lru_cache(maxsize=1)
def load_quantities() -> QuantityLexicon:
    """The shipped quantity word lists, validated (cached)."""
    return load_quantities_file(data_path(QUANTITIES_FILE))
