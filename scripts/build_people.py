"""Build ``src/wirecoder/data/people.json`` from the hand list in ``scripts/people_sources.py``.

Usage::

    python scripts/build_people.py [--out PATH] [--check]

``--check`` rebuilds in memory and exits 1 if the shipped file differs. The output is validated
with the loader the coder uses (codes against actors.json, sectors against plover.json) before it
is written. Surname aliases are derived here (see ``people_sources.py``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import people_sources as src  # noqa: E402

from wirecoder.coding.coref import FAMILY_NAME_FIRST  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "wirecoder" / "data" / "people.json"
SCHEMA = "wirecoder.people/1"
# Bump when the content changes in a way that changes coding output.
VERSION = "1.0.0"
PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "dos", "das", "del",
             "bin", "ibn", "al", "el", "ter", "ten"}


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def parse_sources() -> list[dict]:
    """People in first-seen order, each with its forms and terms."""
    people: dict[str, dict] = {}
    header = None
    for n, raw in enumerate(src.PEOPLE.strip().splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if line.startswith("@"):
            if len(fields) != 3:
                raise SystemExit(f"people_sources line {n}: header needs 3 fields: {line}")
            code, _, org = fields[0][1:].partition(" ")
            header = {"code": code, "org": org.strip() or None, "role": fields[1] or None,
                      "sector": fields[2] or None}
            continue
        if header is None or len(fields) != 3:
            raise SystemExit(f"people_sources line {n}: expected 'names | start | end': {line}")
        forms = _split(fields[0])
        name = forms[0]
        person = people.setdefault(name, {"name": name, "forms": [], "terms": []})
        person["forms"] += [f for f in forms[1:] if f not in person["forms"]]
        person["terms"].append({**header, "start": fields[1] or None, "end": fields[2] or None})
    return list(people.values())


def surname(name: str, family_first: bool) -> str | None:
    words = name.replace(".", ". ").split()
    if len(words) < 2:
        return None
    if family_first:
        return words[0]
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in PARTICLES and i < len(words) - 1:
            return " ".join(words[i:])
    last = words[-1]
    if last.rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        return None
    return last


def build_people() -> list[dict]:
    people = parse_sources()
    common = {s.lower() for s in _split(src.COMMON_SURNAMES)}
    no_surname = set(_split(src.NO_SURNAME))
    family_first = set(FAMILY_NAME_FIRST)
    auto: dict[str, str] = {}
    for person in people:
        if person["name"] in no_surname:
            continue
        if any(len(f.split()) == 1 for f in person["forms"]):
            continue  # the line names its short form itself
        codes = {t["code"] for t in person["terms"]}
        last = surname(person["name"], bool(codes & family_first))
        if not last or len(last) < 3 or last.lower() in common:
            continue
        auto[person["name"]] = last
    explicit = Counter(f.lower() for p in people for f in p["forms"])
    out = []
    for person in people:
        aliases = list(person["forms"])
        last = auto.get(person["name"])
        # A surname two people share stays an alias of both: lookups choose by date.
        if last and explicit[last.lower()] == 0:
            aliases.append(last)
            if last.lower().startswith(("al-", "el-")) and len(last) > 6:
                aliases.append(last[3:])  # al-Assad -> Assad
        out.append({"name": person["name"], "aliases": aliases, "terms": person["terms"]})
    return out


def build() -> dict:
    return {
        "version": VERSION,
        "schema": SCHEMA,
        "generated_by": "scripts/build_people.py",
        "sources": ["scripts/people_sources.py (public knowledge compiled by the project; "
                    "dates month-precise at best, see data/PEOPLE.md)"],
        "people": build_people(),
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    from wirecoder.data.actors import NON_STATE_CODES, load_actor_dictionary
    from wirecoder.data.builder import builder_arguments, write_or_check
    from wirecoder.data.people import PeopleIndex

    args = builder_arguments(__doc__.splitlines()[0], DEFAULT_OUT, argv)

    data = build()
    codes = set(load_actor_dictionary().country_names) | NON_STATE_CODES
    index = PeopleIndex.from_data(data, source="<build>", codes=codes)  # validates
    if not write_or_check(args.out, render(data), "scripts/build_people.py", check=args.check):
        return 1
    if args.check:
        return 0
    terms = sum(len(p["terms"]) for p in data["people"])
    print(f"wrote {args.out}: {len(index)} people, {terms} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
