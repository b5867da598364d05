"""First names that tell "he" from "she" (``data/first_names.json``).

Built by ``scripts/build_first_names.py`` from the US Social Security Administration's baby-name
counts (public domain): a name is listed under a gender when at least 95% of the people given
it were recorded with that sex. Used to keep person pronouns from crossing genders ("Kofi
Boateng praised the deal. She said ..." is not Boateng). Names of other traditions that the
SSA counts miss are covered partly by the titles and names in ``speech_cues.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wirecoder.coding.plover import expect, expect_lower_set, load_data

FIRST_NAMES_FILE = "first_names.json"
FIRST_NAMES_SCHEMA = "wirecoder.first_names/1"


@dataclass(frozen=True, slots=True)
class FirstNames:
    version: str
    male: frozenset[str]
    female: frozenset[str]

    def gender(self, name: str) -> str | None:
        """ "m", "f", or None for a first name the list does not know."""
        low = name.lower()
        return "m" if low in self.male else "f" if low in self.female else None

    @classmethod
    def from_data(cls, data: dict, source: str) -> FirstNames:
        male = expect_lower_set(data, "male", source)
        female = expect_lower_set(data, "female", source)
        both = sorted(male & female)[:5]
        expect(not both, source, "male/female", f"listed under both: {both}")
        return cls(data["version"], male, female)


def load_first_names(path: str | Path | None = None) -> FirstNames:
    """Load and validate the first-names file (the shipped one by default, cached)."""
    return load_data(path, FIRST_NAMES_FILE, FIRST_NAMES_SCHEMA, FirstNames.from_data)

