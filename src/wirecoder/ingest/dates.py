"""Publication dates from input metadata, normalised to ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime

# Timestamps that datetime.fromisoformat rejects (nanoseconds, odd zone suffixes) still start with
# a calendar date; the date as written is the publication date, so the time part is not needed.
_LEADING_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")


def normalise_date(value: object) -> tuple[str | None, str | None]:
    """Return ``(YYYY-MM-DD or None, warning or None)``.

    The local date as written is kept (no conversion to UTC): ``2023-04-21T23:30:00-05:00`` was
    published on the 21st where it was written.
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text).date().isoformat(), None
        except ValueError:
            pass
        match = _LEADING_DATE.match(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups())).isoformat(), None
            except ValueError:
                pass
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return None, f"unparseable date {shown} ignored"
