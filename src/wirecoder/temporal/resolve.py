"""Resolve a temporal expression against the publication date ("dateline").

Values are ``YYYY-MM-DD`` (precision ``day``), ``YYYY-MM`` (``month``) or ``YYYY`` (``year``);
a range also sets ``value_end`` at the same precision. Rules, with ``tense`` one of ``"past"``,
``"future"`` or ``None`` (unknown: take the nearest reading):

* weekday: past -> the latest such day on or before the dateline (a Friday article's "Friday" is
  that day), future -> the first on or after it, unknown -> whichever is nearer (ties: past).
  "last Thursday" is strictly before, "next"/"coming Thursday" strictly after.
* month without a year ("in July"): past -> the latest such month up to the dateline's month,
  future -> the first from it on, unknown -> the nearer one. A month-day without a year ("April
  20") likewise, by days.
* "this/last/next week" -> Monday..Sunday of that week (day precision); month/year/decade ->
  that calendar unit; "the weekend" -> Saturday..Sunday, chosen like a weekday.
* "N days/weeks ago" -> day precision, "N months ago" month, "N years/decades ago" year.
* modifiers ("early 2024", "late Thursday", "earlier this month") keep the unit's value.
* without a dateline only expressions that carry their own year are resolved.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from wirecoder.temporal.lexicon import TemporalLexicon, load_temporal
from wirecoder.temporal.scan import TIME, Candidate, Grammar, default_grammar, scan

Resolution = tuple[str, str, str | None]
PAST = "past"
FUTURE = "future"
DAY, MONTH, YEAR = "day", "month", "year"


def parse_dateline(dateline: str | date | None) -> date | None:
    if dateline is None or isinstance(dateline, date):
        return dateline
    try:
        return date.fromisoformat(dateline[:10])
    except (TypeError, ValueError):
        return None


def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _year(y: int) -> str:
    return f"{y:04d}"


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _choose(options: list[tuple[int, object]], tense: str | None) -> object | None:
    """``options``: (signed distance from the dateline, value); negative = before."""
    if not options:
        return None
    if tense == PAST:
        past = [o for o in options if o[0] <= 0]
        return max(past, key=lambda o: o[0])[1] if past else None
    if tense == FUTURE:
        future = [o for o in options if o[0] >= 0]
        return min(future, key=lambda o: o[0])[1] if future else None
    return min(options, key=lambda o: (abs(o[0]), o[0] > 0))[1]


def weekday_date(weekday: int, dl: date, tense: str | None, rel: str | None = None) -> date:
    back = (dl.weekday() - weekday) % 7
    ahead = (weekday - dl.weekday()) % 7
    if rel == "last":
        return dl - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return dl + timedelta(days=ahead or 7)
    if tense == PAST:
        return dl - timedelta(days=back)
    if tense == FUTURE:
        return dl + timedelta(days=ahead)
    return dl - timedelta(days=back) if back <= ahead else dl + timedelta(days=ahead)


def month_year(month: int, dl: date, tense: str | None) -> int:
    options = []
    for y in (dl.year - 1, dl.year, dl.year + 1):
        options.append(((y - dl.year) * 12 + month - dl.month, y))
    return _choose(options, tense)  # type: ignore[return-value]


def month_day_date(month: int, day: int, dl: date, tense: str | None) -> date | None:
    options = []
    for y in (dl.year - 1, dl.year, dl.year + 1):
        d = _safe(y, month, day)
        if d is not None:
            options.append(((d - dl).days, d))
    return _choose(options, tense)  # type: ignore[return-value]


def _season_instances(first: int, last: int, dl: date) -> list[tuple[date, date]]:
    out = []
    for y in range(dl.year - 2, dl.year + 2):
        end_y = y if last >= first else y + 1
        start = date(y, first, 1)
        end = date(end_y, last, calendar.monthrange(end_y, last)[1])
        out.append((start, end))
    return out


def _season(first: int, last: int, y: int) -> Resolution:
    end_y = y if last >= first else y + 1
    return _month(y, first), MONTH, _month(end_y, last)


def resolve(cand: Candidate, dateline: str | date | None, tense: str | None = None,
            lex: TemporalLexicon | None = None) -> Resolution | None:
    """Value, precision and range end of ``cand``; None when it cannot be resolved."""
    lex = lex or load_temporal()
    dl = parse_dateline(dateline)
    p = cand.parts
    kind = cand.kind
    if kind == TIME:
        return None
    if kind in ("iso", "numeric"):
        d = _safe(p["year"], p["month"], p["day"])
        return (_day(d), DAY, None) if d else None
    if kind in ("mdy", "dmy"):
        month, day, year = p["month"], p["day"], p.get("year")
        if year is not None:
            start = _safe(year, month, day)
        elif dl is not None:
            start = month_day_date(month, day, dl, tense)
        else:
            return None
        if start is None:
            return None
        end = None
        if p.get("day2") is not None:
            m2 = p.get("month2") or month
            y2 = start.year + (1 if m2 < month else 0)
            end_d = _safe(y2, m2, p["day2"])
            if end_d is None or end_d <= start:
                return _day(start), DAY, None
            end = _day(end_d)
        return _day(start), DAY, end
    if kind == "month":
        year = p.get("year")
        if year is None:
            if dl is None:
                return None
            rel = p.get("rel")
            if rel == "last":  # the latest such month before this one
                year = dl.year if p["month"] < dl.month else dl.year - 1
            elif rel == "next":
                year = dl.year if p["month"] > dl.month else dl.year + 1
            else:
                year = month_year(p["month"], dl, tense)
        return _month(year, p["month"]), MONTH, None
    if kind == "month_range":
        m1, m2, year = p["month"], p["month2"], p.get("year")
        if year is not None:
            y1 = year if m1 <= m2 else year - 1
        elif dl is not None:
            y1 = month_year(m1, dl, tense)
        else:
            return None
        y2 = y1 if m2 >= m1 else y1 + 1
        return _month(y1, m1), MONTH, _month(y2, m2)
    if kind == "year":
        return _year(p["year"]), YEAR, None
    if kind == "year_range":
        return _year(p["year"]), YEAR, _year(p["year2"])
    if kind == "decade":
        return _year(p["decade"]), YEAR, _year(p["decade"] + 9)
    if kind == "quarter":
        q = p["quarter"]
        return _month(p["year"], 3 * q - 2), MONTH, _month(p["year"], 3 * q)
    if kind == "half":
        first = 1 if p["half"] == 1 else 7
        return _month(p["year"], first), MONTH, _month(p["year"], first + 5)
    if kind == "season_year":
        first, last = lex.seasons[p["season"]]
        return _season(first, last, p["year"])
    if dl is None:
        return None
    if kind == "relday":
        return _day(dl + timedelta(days=p["offset"])), DAY, None
    if kind == "weekday":
        return _day(weekday_date(p["weekday"], dl, tense, p.get("rel"))), DAY, None
    if kind == "weekday_range":
        first = weekday_date(p["weekday"], dl, tense)
        second = first + timedelta(days=(p["weekday2"] - p["weekday"]) % 7)
        return _day(first), DAY, _day(second)
    if kind in ("relperiod", "weekend"):
        return _period(p["unit"], p.get("offset"), p.get("rel"), dl, tense)
    if kind == "season_rel":
        first, last = lex.seasons[p["season"]]
        instances = _season_instances(first, last, dl)
        current = [i for i in instances if i[0] <= dl <= i[1]]
        ended = [i for i in instances if i[1] < dl]
        upcoming = [i for i in instances if i[0] > dl]
        rel = p["rel"]
        if rel == "last":
            pick = ended[-1] if ended else None
        elif rel in ("next", "coming"):
            pick = upcoming[0] if upcoming else None
        elif current:
            pick = current[0]
        else:
            pick = (ended[-1] if ended else None) if tense == PAST else (
                upcoming[0] if upcoming else None)
        return _season(first, last, pick[0].year) if pick else None
    if kind == "ago":
        n, unit = p["n"], p["unit"]
        if unit == "day":
            return _day(dl - timedelta(days=n)), DAY, None
        if unit == "week":
            return _day(dl - timedelta(days=7 * n)), DAY, None
        if unit == "month":
            return _month(*_add_months(dl.year, dl.month, -n)), MONTH, None
        if unit == "year":
            return _year(dl.year - n), YEAR, None
        return _year(dl.year - 10 * n), YEAR, None
    return None


def _period(unit: str, offset: int | None, rel: str | None, dl: date,
            tense: str | None) -> Resolution | None:
    if unit == "weekend":
        back = (dl.weekday() - 5) % 7  # days since the latest Saturday
        latest = dl - timedelta(days=back)
        if rel == "last":
            sat = latest - timedelta(days=7) if back <= 1 else latest
        elif rel in ("next", "coming"):
            sat = latest + timedelta(days=7)
        elif back <= 1:  # it is the weekend now
            sat = latest
        else:
            sat = latest if tense == PAST else latest + timedelta(days=7) \
                if tense == FUTURE else (latest if back <= 3 else latest + timedelta(days=7))
        return _day(sat), DAY, _day(sat + timedelta(days=1))
    offset = offset or 0
    if unit == "week":
        monday = dl - timedelta(days=dl.weekday()) + timedelta(days=7 * offset)
        return _day(monday), DAY, _day(monday + timedelta(days=6))
    if unit == "month":
        return _month(*_add_months(dl.year, dl.month, offset)), MONTH, None
    if unit == "year":
        return _year(dl.year + offset), YEAR, None
    if unit == "decade":
        start = dl.year - dl.year % 10 + 10 * offset
        return _year(start), YEAR, _year(start + 9)
    return None


def normalise_tense(tense: str | None) -> str | None:
    if tense is None:
        return None
    tense = tense.lower()
    return tense if tense in (PAST, FUTURE) else None


def resolve_date_text(text: str, dateline: str | None, tense: str = "past",
                      grammar: Grammar | None = None) -> Resolution | None:
    """Resolve one temporal expression given as text, without spaCy.

    ``tense`` is that of the clause it belongs to: ``"past"`` (default), ``"future"``, or
    anything else (``"present"``, ``"unknown"``) for the nearest reading. Returns ``(value,
    precision, value_end)`` or None when ``text`` holds no resolvable date expression (a
    duration such as "two years", a clock time, or a relative expression without a dateline).
    """
    g = grammar or default_grammar()
    cands = [c for c in scan(text, g, times=False)]
    if not cands:
        return None
    best = max(cands, key=lambda c: (c.end - c.start, -c.start))
    return resolve(best, dateline, normalise_tense(tense), g.lex)
