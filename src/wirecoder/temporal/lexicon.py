"""Calendar words (``data/temporal.json``): month and weekday names, relative expressions, cues.

``load_temporal()`` returns a validated :class:`TemporalLexicon`; a malformed file raises
:class:`~wirecoder.coding.plover.DataError` (a ``ConfigError``) naming the file and the entry.
"""

from __future__ import annotations

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

TEMPORAL_SCHEMA = "wirecoder.temporal/1"
TEMPORAL_FILE = "temporal.json"


@dataclass(frozen=True, slots=True)
class TemporalLexicon:
    version: str
    source: str
    months: dict[str, int]  # every spelling (name, abbreviation; as written) -> 1..12
    month_names: tuple[str, ...]  # full names, January first
    ambiguous_months: frozenset[str]  # standalone use needs a calendar context word
    weekdays: dict[str, int]  # name -> 0 (Monday) .. 6
    relative_days: dict[str, int]  # lower case word -> day offset
    day_parts: tuple[str, ...]
    relative_day_parts: dict[str, int]  # "last" (night) -> -1
    deictics: dict[str, int]  # this/last/next -> offset
    period_units: tuple[str, ...]
    period_modifiers: tuple[str, ...]
    seasons: dict[str, tuple[int, int]]  # first and last month
    ago_units: dict[str, str]
    small_numbers: dict[str, int]
    introducers: frozenset[str]
    month_context_words: frozenset[str]
    name_entity_labels: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_modals: frozenset[str]
    future_verbs: frozenset[str]  # future with an infinitive: "plans to", "is set to"
    future_verbs_direct: frozenset[str]  # future also with a plain object: "expects profits"
    time_zones: tuple[str, ...]

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>") -> TemporalLexicon:
        months_raw = data.get("months")
        expect(isinstance(months_raw, list) and len(months_raw) == 12, source, "months",
               "must be a list of the 12 months, January first")
        months: dict[str, int] = {}
        names: list[str] = []
        for i, entry in enumerate(months_raw):
            where = f"months[{i}]"
            expect(isinstance(entry, dict), source, where, "must be an object")
            name = entry.get("name")
            expect(isinstance(name, str) and name[:1].isupper(), source, f"{where}.name",
                   "must be a capitalised month name")
            names.append(name)
            months[name] = i + 1
            for abbr in expect_str_list(entry.get("abbreviations", []), source,
                                        f"{where}.abbreviations"):
                expect(abbr[:1].isupper(), source, f"{where}.abbreviations",
                       f"{abbr!r} must be capitalised")
                months[abbr] = i + 1
        ambiguous = expect_str_list(data.get("ambiguous_months", []), source,
                                    "ambiguous_months", allowed=set(names))
        weekdays_raw = expect_str_list(data.get("weekdays"), source, "weekdays")
        expect(len(weekdays_raw) == 7, source, "weekdays", "must list 7 names, Monday first")
        rel_days = _int_map(data.get("relative_days"), source, "relative_days")
        seasons_raw = data.get("seasons", {})
        expect(isinstance(seasons_raw, dict), source, "seasons", "must be an object")
        seasons: dict[str, tuple[int, int]] = {}
        for name, span in seasons_raw.items():
            expect(isinstance(span, list) and len(span) == 2
                   and all(isinstance(m, int) and 1 <= m <= 12 for m in span),
                   source, f"seasons.{name}", "must be [first month, last month] (1..12)")
            seasons[name.lower()] = (span[0], span[1])
        ago_raw = data.get("ago_units", {})
        expect(isinstance(ago_raw, dict), source, "ago_units", "must be an object")
        units = ("day", "week", "month", "year", "decade")
        for word, unit in ago_raw.items():
            expect(unit in units, source, f"ago_units.{word}",
                   f"unknown unit {unit!r}; allowed: {', '.join(units)}")
        period_units = expect_str_list(data.get("period_units", []), source, "period_units",
                                       allowed={"week", "weekend", "month", "year", "decade"})
        return cls(
            version=data["version"], source=source, months=months, month_names=tuple(names),
            ambiguous_months=frozenset(ambiguous),
            weekdays={name: i for i, name in enumerate(weekdays_raw)},
            relative_days={k.lower(): v for k, v in rel_days.items()},
            day_parts=tuple(expect_str_list(data.get("day_parts", []), source, "day_parts")),
            relative_day_parts=_int_map(data.get("relative_day_parts", {}), source,
                                        "relative_day_parts"),
            deictics=_int_map(data.get("deictics", {}), source, "deictics"),
            period_units=tuple(period_units),
            period_modifiers=tuple(expect_str_list(data.get("period_modifiers", []), source,
                                                   "period_modifiers")),
            seasons=seasons, ago_units=dict(ago_raw),
            small_numbers=_int_map(data.get("small_numbers", {}), source, "small_numbers"),
            introducers=expect_lower_set(data, "introducers", source),
            month_context_words=expect_lower_set(data, "month_context_words", source),
            name_entity_labels=frozenset(expect_str_list(
                data.get("name_entity_labels", []), source, "name_entity_labels")),
            future_auxiliaries=expect_lower_set(data, "future_auxiliaries", source),
            future_modals=expect_lower_set(data, "future_modals", source),
            future_verbs=expect_lower_set(data, "future_verbs", source),
            future_verbs_direct=expect_lower_set(data, "future_verbs_direct", source),
            time_zones=tuple(expect_str_list(data.get("time_zones", []), source, "time_zones")),
        )


def _int_map(value: Any, source: str, where: str) -> dict[str, int]:
    expect(isinstance(value, dict), source, where, "must be an object")
    for key, number in value.items():
        expect(isinstance(key, str) and key and isinstance(number, int)
               and not isinstance(number, bool), source, f"{where}.{key}",
               "must map a non-empty word to an integer")
    return dict(value)


def load_temporal_file(path: str | Path) -> TemporalLexicon:
    return load_data_file(path, TEMPORAL_SCHEMA, TemporalLexicon.from_data)


@lru_cache(maxsize=1)
def load_temporal() -> TemporalLexicon:
    """The shipped calendar word lists, validated (cached)."""
    return load_temporal_file(data_path(TEMPORAL_FILE))
