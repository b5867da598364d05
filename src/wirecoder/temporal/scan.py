"""Find temporal expressions in plain text with a small regular grammar built from the lexicon.

:func:`scan` returns non-overlapping :class:`Candidate` spans (longest first) with their parts
already normalised (month 1..12, weekday 0..6, year, modifier ...). Clock times ("10 a.m.",
"0900 GMT") are returned too, with kind ``"time"``: they are no dates, but the amounts stage must
not read their digits as quantities. Resolution against the publication date is
:mod:`wirecoder.temporal.resolve`; checks that need the parse (the modal "may", names such as
"Super Tuesday" or "April Ryan") are :mod:`wirecoder.temporal.annotate`.

A leading "in", "from", "since", "by", "until", "till" or "through" is part of the span ("in
July", "from early 2024"); "between" only when a range follows; "on" never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from wirecoder.temporal.lexicon import TemporalLexicon, load_temporal

TIME = "time"
RANGE_KINDS = frozenset({"mdy", "dmy", "month_range", "year_range", "weekday_range",
                         "decade", "quarter", "half", "season_year"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?!,\d{3})"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d])(?!,\d{3})(?!['’]?s\b)"
_DIGIT_RE = re.compile(r"\d")
_RANGE = r"\s*(?:-|–|—|to|through|until|till)\s*"


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    parts: dict[str, Any] = field(default_factory=dict)
    core_start: int = -1  # where the expression proper starts (after an introducer)

    def __post_init__(self) -> None:
        if self.core_start < 0:
            self.core_start = self.start

    @property
    def is_time(self) -> bool:
        return self.kind == TIME

    @property
    def has_year(self) -> bool:
        return any(self.parts.get(k) is not None for k in ("year", "decade"))


class Grammar:
    """Compiled patterns for one lexicon."""

    def __init__(self, lex: TemporalLexicon) -> None:
        self.lex = lex
        self.month_lookup = {k.lower(): v for k, v in lex.months.items()}
        full = sorted(lex.month_names, key=len, reverse=True)
        abbrs = sorted((k for k in lex.months if k not in lex.month_names), key=len,
                       reverse=True)
        full_alt = "|".join(f"{re.escape(n)}|{re.escape(n.upper())}" for n in full)
        abbr_alt = "|".join(f"{re.escape(a)}\\.?|{re.escape(a.upper())}\\.?" for a in abbrs)
        mon_any = rf"(?:{full_alt}|{abbr_alt})(?![\w])"
        mon_full = rf"(?:{full_alt})(?![\w])"
        self.weekday_lookup = {k.lower(): v for k, v in lex.weekdays.items()}
        wd = "|".join(f"{re.escape(n)}|{re.escape(n.upper())}" for n in lex.weekdays)
        wd = rf"(?:{wd})(?![\w])"
        parts = "|".join(map(re.escape, lex.day_parts))
        rel_days = "|".join(map(re.escape, sorted(lex.relative_days, key=len, reverse=True)))
        deictic = "|".join(map(re.escape, sorted(lex.deictics, key=len, reverse=True)))
        units = "|".join(map(re.escape, sorted(lex.period_units, key=len, reverse=True)))
        mods = "|".join(map(re.escape, lex.period_modifiers))
        seasons = "|".join(map(re.escape, sorted(lex.seasons, key=len, reverse=True)))
        numbers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
            lex.small_numbers, key=len, reverse=True))
        ago_units = "|".join(map(re.escape, sorted(lex.ago_units, key=len, reverse=True)))
        zones = "|".join(map(re.escape, lex.time_zones))
        edge = r"(?<![\w$€£¥.,/-])"
        year_mod = (r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:[Ee]nd|[Bb]eginning|"
                    r"[Ss]tart|[Mm]iddle)\s+of)[\s-]+)?")
        wd_prefix = rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?"
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                               r"(?![\w-])")),
            ("numeric", re.compile(r"(?<![\w/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2"
                                   r"(?P<year>\d{4})(?![\w/])")),
            ("mdy", re.compile(
                rf"(?=[A-Zt]){wd_prefix}(?P<mon>{mon_any})\s+(?P<day>{_DAY})"
                rf"(?:{_RANGE}(?:(?P<mon2>{mon_any})\s+)?(?P<day2>{_DAY}))?"
                rf"(?:,?\s+(?P<year>{_YEAR}))?")),
            ("dmy", re.compile(
                rf"(?=[A-Z0-9t]){wd_prefix}(?<![\w$€£¥.,/-])(?P<day>{_DAY})(?:{_RANGE}(?P<day2>{_DAY}))?"
                rf"\s+(?:of\s+)?(?P<mon>{mon_any})(?:,?\s+(?P<year>{_YEAR}))?")),
            ("month_range", re.compile(
                rf"(?=[A-Zb])(?:(?P<between>[Bb]etween)\s+)?(?P<mon>{mon_full})\s*(?P<conn>-|–|to|through"
                rf"|until|and)\s*(?P<mon2>{mon_full})(?:,?\s+(?P<year>{_YEAR}))?")),
            ("month", re.compile(
                rf"(?=[A-Zemlt])(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\s+)?(?:[Ee]nd|[Bb]eginning|"
                rf"[Ss]tart|[Mm]iddle)\s+of)[\s-]+)?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?"
                rf"(?P<mon>{mon_full})"
                rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?")),
            ("year_range", re.compile(
                rf"{edge}(?P<between>[Bb]etween)\s+(?P<year>{_YEAR})\s+and\s+"
                rf"(?P<year2>{_YEAR})")),
            ("year_range", re.compile(
                rf"{edge}(?P<year>{_YEAR}){_RANGE}(?P<year2>{_YEAR}|\d\d(?![\d%]))")),
            ("decade", re.compile(
                rf"{edge}(?:[Tt]he\s+)?(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?"
                r"(?P<decade>(?:1[5-9]|20)\d0)['’]?s(?!\w)")),
            ("decade", re.compile(
                r"[Tt]he\s+(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?['’](?P<decade2>\d0)s"
                r"(?!\w)")),
            ("quarter", re.compile(
                r"(?=[Ttfsl1-4])(?:[Tt]he\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
                rf"\s+quarter\s+(?:of\s+)?(?P<year>{_YEAR})")),
            ("quarter", re.compile(rf"(?<!\w)Q(?P<qn>[1-4])\s+(?P<year>{_YEAR})")),
            ("half", re.compile(
                rf"(?=[Ttfs])(?:[Tt]he\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<year>{_YEAR})")),
            ("season_year", re.compile(
                rf"(?:[Tt]he\s+)?(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?"
                rf"(?P<season>(?i:{seasons}))\s+(?:of\s+)?(?P<year>{_YEAR})"
                r"(?:[-–/](?:\d\d|\d{4})(?!\d))?")),
            ("year", re.compile(
                rf"{edge}{year_mod}(?P<year>{_YEAR})(?!\s*(?:%|percent|per\s+cent))")),
            ("weekday_range", re.compile(
                rf"(?:(?P<between>[Bb]etween)\s+)?(?P<wd>{wd})\s*(?P<conn>-|–|to|through|until"
                rf"|and)\s*(?P<wd2>{wd})")),
            ("weekday", re.compile(
                rf"(?=[A-Zlenct])(?:(?P<mod>[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?(?:(?P<rel>(?i:last|next|this"
                rf"(?:\s+coming)?|coming))\s+)?(?P<wd>{wd})"
                rf"(?:\s+(?P<part>(?i:{parts})))?")),
            ("relday", re.compile(
                rf"(?<!\w)(?:(?P<mod>(?i:late|early))\s+)?(?P<rd>(?i:{rel_days}))(?!\w)"
                rf"(?:\s+(?P<part>(?i:{parts})))?")),
            ("relday", re.compile(
                rf"(?<!\w)(?:(?P<mod>(?i:late|early))\s+)?(?P<rel>(?i:this|last))\s+"
                rf"(?P<part>(?i:{parts}))(?!\w)")),
            ("relperiod", re.compile(
                rf"(?<!\w)(?:(?P<mod>(?i:{mods}))[\s-]+)?(?P<rel>(?i:{deictic}))\s+"
                rf"(?P<unit>(?i:{units}))(?!\w)")),
            ("weekend", re.compile(r"(?<!\w)(?P<the>(?i:the))\s+(?P<unit>(?i:weekend))(?!\w)")),
            ("season_rel", re.compile(
                rf"(?<!\w)(?:(?P<mod>(?i:{mods}))[\s-]+)?(?P<rel>(?i:{deictic}))\s+"
                rf"(?P<season>(?i:{seasons}))(?!\w)")),
            ("ago", re.compile(
                rf"(?<![\w.,])(?P<n>\d+|(?i:{numbers}))\s+(?P<unit>(?i:{ago_units}))\s+"
                r"(?i:ago)(?!\w)")),
            (TIME, re.compile(
                r"(?<![\w:.,])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|[ap]m\b|"
                r"[AP]M\b|[ap]\.m\b)")),
            (TIME, re.compile(r"(?<![\w:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d])")),
            (TIME, re.compile(  # "(2024 Friday, UTC)": a 24-hour clock time before the zone
                rf"(?<![\w:.,])(?:[01]\d|2[0-3])[0-5]\d(?=\s+{wd},?\s+(?:{zones})(?!\w))")),
            (TIME, re.compile(
                rf"(?<![\w:.,])(?:[01]?\d|2[0-3])(?::?[0-5]\d)?\s*(?:{zones}|hrs|local\s+time)"
                r"(?!\w)")),
        ]
        # Cheap tests that let a paragraph skip whole families of patterns.
        self.month_re = re.compile(mon_any)
        self.weekday_re = re.compile(wd)
        self.season_re = re.compile(rf"(?i)\b(?:{seasons})\b")
        self.relative_re = re.compile(
            rf"(?i)\b(?:{rel_days}|{deictic}|weekend|ago)\b")
        self.gates = {
            "iso": "digit", "numeric": "digit", "mdy": "month", "dmy": "month",
            "month_range": "month", "month": "month", "year_range": "digit",
            "decade": "digit", "quarter": "quarter", "half": "half",
            "season_year": "season", "year": "digit", "weekday_range": "weekday",
            "weekday": "weekday", "relday": "relative", "relperiod": "relative",
            "weekend": "relative", "season_rel": "season", "ago": "relative", TIME: "digit",
        }
        self.introducer_re = re.compile(
            r"(?:^|(?<=[\s(\"“—–-]))(?P<w>(?i:" + "|".join(sorted(lex.introducers))
            + r"))\s+$")

    def month(self, text: str | None) -> int | None:
        if not text:
            return None
        return self.month_lookup.get(text.rstrip(".").lower())

    def weekday(self, text: str | None) -> int | None:
        return None if not text else self.weekday_lookup.get(text.lower())


@lru_cache(maxsize=1)
def default_grammar() -> Grammar:
    return Grammar(load_temporal())


def _day(text: str | None) -> int | None:
    if not text:
        return None
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _number(text: str, lex: TemporalLexicon) -> int | None:
    if text.isdigit():
        return int(text)
    return lex.small_numbers.get(re.sub(r"\s+", " ", text.lower()))


def _parts(kind: str, m: re.Match[str], g: Grammar) -> dict[str, Any] | None:
    """Normalise the groups of one match; None rejects it."""
    d = m.groupdict()
    lex = g.lex
    mod = (d.get("mod") or "").lower() or None
    if mod:
        mod = re.sub(r"\s+", " ", mod.removeprefix("the ").strip())
    parts: dict[str, Any] = {"mod": mod}
    if kind == "iso":
        parts.update(year=int(d["year"]), month=int(d["month"]), day=int(d["day"]))
    elif kind == "numeric":
        a, b = int(d["a"]), int(d["b"])
        month, day = (b, a) if a > 12 or m.group(2) == "." else (a, b)
        parts.update(year=int(d["year"]), month=month, day=day)
    elif kind in ("mdy", "dmy"):
        parts.update(month=g.month(d["mon"]), day=_day(d["day"]),
                     year=int(d["year"]) if d.get("year") else None,
                     weekday=g.weekday(d.get("wd")))
        if d.get("day2"):
            parts.update(day2=_day(d["day2"]), month2=g.month(d.get("mon2")) or parts["month"])
    elif kind == "month_range":
        if d["conn"] == "and" and not d.get("between"):
            return None
        parts.update(month=g.month(d["mon"]), month2=g.month(d["mon2"]),
                     year=int(d["year"]) if d.get("year") else None)
    elif kind == "month":
        rel = (d.get("rel") or "").lower() or None
        if rel and d.get("year"):
            return None  # "last March 2020" is not an expression
        parts.update(month=g.month(d["mon"]), year=int(d["year"]) if d.get("year") else None,
                     name=d["mon"], rel=rel)
    elif kind == "year_range":
        y1, raw2 = int(d["year"]), d["year2"]
        y2 = int(raw2) if len(raw2) == 4 else y1 - y1 % 100 + int(raw2)
        if y2 <= y1:
            return None
        parts.update(year=y1, year2=y2)
    elif kind == "decade":
        if d.get("decade"):
            decade = int(d["decade"])
        else:
            two = int(d["decade2"])
            decade = (1900 if two >= 30 else 2000) + two
        parts.update(decade=decade)
    elif kind == "quarter":
        q = int(d["qn"]) if d.get("qn") else _ORDINALS[d["q"].lower()]
        parts.update(quarter=q, year=int(d["year"]))
    elif kind == "half":
        parts.update(half=1 if d["h"].lower() == "first" else 2, year=int(d["year"]))
    elif kind == "season_year":
        parts.update(season=d["season"].lower(), year=int(d["year"]))
    elif kind == "year":
        parts.update(year=int(d["year"]))
    elif kind == "weekday_range":
        if d["conn"] == "and" and not d.get("between"):
            return None
        parts.update(weekday=g.weekday(d["wd"]), weekday2=g.weekday(d["wd2"]))
    elif kind == "weekday":
        rel = re.sub(r"\s+", " ", (d.get("rel") or "").lower()) or None
        parts.update(weekday=g.weekday(d["wd"]), rel=rel,
                     part=(d.get("part") or "").lower() or None)
    elif kind == "relday":
        if d.get("rd"):
            offset = lex.relative_days[d["rd"].lower()]
        else:
            offset = lex.relative_day_parts.get(d["rel"].lower(), 0)
        parts.update(offset=offset, part=(d.get("part") or "").lower() or None)
    elif kind in ("relperiod", "season_rel"):
        parts.update(rel=d["rel"].lower(), offset=lex.deictics[d["rel"].lower()])
        if kind == "relperiod":
            parts.update(unit=d["unit"].lower())
        else:
            parts.update(season=d["season"].lower())
    elif kind == "weekend":
        parts.update(unit="weekend", rel=None)
    elif kind == "ago":
        n = _number(d["n"], lex)
        if n is None or n > 5000:
            return None
        parts.update(n=n, unit=lex.ago_units[d["unit"].lower()])
    return parts


def scan(text: str, grammar: Grammar | None = None, *, times: bool = True) -> list[Candidate]:
    """All temporal expressions in ``text``, non-overlapping, in text order."""
    g = grammar or default_grammar()
    found: list[Candidate] = []
    lower = text.lower()
    gates = {
        "digit": _DIGIT_RE.search(text) is not None,
        "month": g.month_re.search(text) is not None,
        "weekday": g.weekday_re.search(text) is not None,
        "season": g.season_re.search(text) is not None,
        "relative": g.relative_re.search(text) is not None,
        "quarter": "quarter" in lower or "Q" in text,
        "half": "half" in lower,
    }
    gates["season"] = gates["season"] and (gates["digit"] or gates["relative"])
    gates["quarter"] = gates["quarter"] and gates["digit"]
    gates["half"] = gates["half"] and gates["digit"]
    for kind, pattern in g.patterns:
        if (kind == TIME and not times) or not gates[g.gates[kind]]:
            continue
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            parts = _parts(kind, m, g)
            if parts is None:
                continue
            start = m.start()
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            found.append(Candidate(start + lead, m.end(), kind, parts))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.kind != TIME, c.start)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        taken.append((cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    for cand in chosen:
        if cand.is_time:
            continue
        m = g.introducer_re.search(text, max(0, cand.start - 12), cand.start)
        if m is None:
            continue
        word = m.group("w").lower()
        if word == "between" and cand.kind not in RANGE_KINDS | {"weekday_range"}:
            continue
        if word == "between" and not (cand.parts.get("year2") or cand.parts.get("month2")
                                      or cand.parts.get("day2")
                                      or cand.parts.get("weekday2") is not None):
            continue
        cand.start = m.start("w")
    return chosen
