"""Users' actor dictionaries: the project's JSON format and CAMEO/PETRARCH text dictionaries.

:func:`load_user_dictionary` reads one file and returns a :class:`UserDictionary` (organisation
entries, sector words and dated people) that :meth:`wirecoder.actors.ActorKnowledge.
with_user_dictionaries` adds to the shipped knowledge. The format is chosen by the file name:

* ``*.json``: the project's format (see ``wirecoder actors`` in ``docs/cli.md``): an object
  with ``"schema": "wirecoder.userdict/1"`` (``wirecoder.actors/1`` and ``wirecoder.people/1``
  files are accepted too) and any of ``"entities"`` (as in actors.json, with optional
  ``"start"``/``"end"`` dates), ``"people"`` (as in people.json) and ``"sector_words"``
  (``{"SECTOR": [words]}``);
* ``*.actors.txt``: a CAMEO/PETRARCH actor dictionary (:mod:`wirecoder.dictionaries.cameo`);
* ``*.agents.txt``: a CAMEO/PETRARCH agent dictionary (sector words).

Errors name the file and line (``E120 bad data file PATH: line N: problem``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.coding.plover import DataError, expect, expect_str_list
from wirecoder.data.actors import ActorDictionary
from wirecoder.data.people import Person, parse_person

USERDICT_SCHEMA = "wirecoder.userdict/1"
ACCEPTED_SCHEMAS = (USERDICT_SCHEMA, "wirecoder.actors/1", "wirecoder.people/1")


@dataclass(slots=True)
class UserDictionary:
    source: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    sector_words: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def load_user_dictionary(path: str | Path, dictionary: ActorDictionary) -> UserDictionary:
    """Read one user dictionary; ``dictionary`` supplies the valid codes and sectors."""
    path = Path(path)
    name = path.name.lower()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DataError(str(path), "", f"cannot read: {exc}") from exc
    if name.endswith(".json"):
        return parse_json_dictionary(text, str(path), dictionary)
    from wirecoder.dictionaries.cameo import parse_actors_file, parse_agents_file

    if name.endswith(".agents.txt"):
        return parse_agents_file(text, str(path), dictionary)
    if name.endswith(".actors.txt") or name.endswith(".txt"):
        return parse_actors_file(text, str(path), dictionary)
    raise DataError(str(path), "", "unknown dictionary format: use .json, .actors.txt or "
                                   ".agents.txt")


def parse_json_dictionary(text: str, source: str, dictionary: ActorDictionary) -> UserDictionary:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(source, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from exc
    expect(isinstance(data, dict), source, "", "must be a JSON object")
    expect(data.get("schema") in ACCEPTED_SCHEMAS, source, "schema",
           f"must be one of {', '.join(ACCEPTED_SCHEMAS)}, got {data.get('schema')!r}")
    user = UserDictionary(source)
    entities = data.get("entities", [])
    expect(isinstance(entities, list), source, "entities", "must be a list")
    user.entities = list(entities)
    # validate now, so a bad file fails when it is loaded, with its own name
    dictionary.extended(user.entities, source)
    people = data.get("people", [])
    expect(isinstance(people, list), source, "people", "must be a list")
    codes = set(dictionary.valid_codes)
    for i, entry in enumerate(people):
        user.people.append(parse_person(entry, source, f"people[{i}]", codes,
                                        set(dictionary.sectors)))
    words = data.get("sector_words", {})
    expect(isinstance(words, dict), source, "sector_words", "must be an object")
    for sector, forms in words.items():
        expect(sector in dictionary.sectors, source, f"sector_words.{sector}",
               f"unknown PLOVER sector {sector!r}")
        user.sector_words[sector] = expect_str_list(forms, source, f"sector_words.{sector}")
    return user


__all__ = ["USERDICT_SCHEMA", "UserDictionary", "load_user_dictionary",
           "parse_json_dictionary"]
