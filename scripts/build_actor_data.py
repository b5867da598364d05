"""Build ``src/wirecoder/data/actors.json`` from pycountry's ISO 3166 data and the hand lists.

Usage::

    pip install pycountry        # build-time only; wirecoder does not import it at run time
    python scripts/build_actor_data.py [--out PATH] [--check]

``--check`` rebuilds in memory and exits 1 if the shipped file differs (for CI or review).
The output is validated with the same loader the coder uses before it is written.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import actor_sources as src  # noqa: E402

DEFAULT_OUT = ROOT / "src" / "wirecoder" / "data" / "actors.json"
SCHEMA = "wirecoder.actors/1"
# Bump when the content changes in a way that changes coding output.
VERSION = "1.0.0"


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def _iso_names(country: object) -> list[str]:
    """Usable English names of one pycountry record: no inverted "Korea, Republic of" forms."""
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if not value or value in src.DROP_NAMES:
            continue
        value = value.strip()
        if value.lower().startswith("the "):
            value = value[4:]
        bare = re.sub(r"\s*\([^)]*\)", "", value).strip()
        if "," in bare:
            continue
        names.append(bare)
    return names


def build_countries() -> list[dict]:
    import pycountry

    extras: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for line in src.COUNTRY_LINES.strip().splitlines():
        code, names, adjectives, capitals = (part.strip() for part in line.split("|"))
        if code in extras:
            raise SystemExit(f"actor_sources.COUNTRY_LINES: {code} listed twice")
        extras[code] = (_split(names), _split(adjectives), _split(capitals))
    countries = []
    seen = set()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code = country.alpha_3
        seen.add(code)
        names, adjectives, capitals = extras.get(code, ([], [], []))
        iso = _iso_names(country)
        # Bare "Congo" is the DR Congo in news use; the Republic of the Congo gets explicit forms.
        if code == "COG":
            iso = [n for n in iso if n != "Congo"]
        all_names = _dedupe(iso + names)
        display = getattr(country, "common_name", None) or (iso[0] if iso else country.name)
        countries.append({
            "code": code, "name": display, "names": all_names,
            "adjectives": adjectives, "capitals": capitals,
        })
    for code in sorted(set(extras) - seen):  # user-assigned codes such as XKX (Kosovo)
        names, adjectives, capitals = extras[code]
        countries.append({
            "code": code, "name": names[0], "names": names,
            "adjectives": adjectives, "capitals": capitals,
        })
    return countries


def build_entities() -> list[dict]:
    entities = []
    for line in src.ENTITY_LINES.strip().splitlines():
        names, code, org, sector = (part.strip() for part in line.split("|"))
        entities.append({
            "names": _split(names), "code": code or None, "org": org or None,
            "sector": sector or None,
        })
    return entities


def build_roles() -> list[dict]:
    roles = []
    for line in src.ROLE_LINES.strip().splitlines():
        names, role, sector = (part.strip() for part in line.split("|"))
        roles.append({"names": _split(names), "role": role, "sector": sector or None})
    return roles


def build() -> dict:
    pycountry_version = importlib.metadata.version("pycountry")
    return {
        "version": VERSION,
        "schema": SCHEMA,
        "generated_by": "scripts/build_actor_data.py",
        "sources": [
            f"pycountry {pycountry_version} (ISO 3166-1 names from Debian iso-codes), "
            "LGPL-2.1-only",
            "scripts/actor_sources.py (project's own hand lists)",
        ],
        "countries": build_countries(),
        "entities": build_entities(),
        "sector_words": {sector: _split(words) for sector, words in src.SECTOR_WORDS.items()},
        "weak_sector_words": _split(src.WEAK_SECTOR_WORDS),
        "group_heads": _split(src.GROUP_HEADS),
        "quantity_heads": _split(src.QUANTITY_HEADS),
        "roles": build_roles(),
        "elite_modifiers": list(src.ELITE_MODIFIERS),
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs")
    args = parser.parse_args(argv)

    from wirecoder.data.actors import ActorDictionary

    data = build()
    ActorDictionary.from_data(data, source="<build>")  # validates; raises DataError on bad data
    text = render(data)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/build_actor_data.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(data['countries'])} countries, {len(data['entities'])} "
          f"entities, {sum(len(v) for v in data['sector_words'].values())} sector words, "
          f"{len(data['roles'])} roles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
