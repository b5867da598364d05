"""Import CAMEO/PETRARCH text dictionaries (``.actors.txt`` and ``.agents.txt``).

Actor files (as used by TABARI, PETRARCH2 and the Phoenix dictionaries)::

    # a comment
    JOHN_KERRY_  [USAGOV 20130201-20170120] [USAELI >20170120]   # codes on the name line
    +SECRETARY_KERRY                                             # more names of the same actor
    [USALEG 19850103-20130201]                                   # or codes on lines of their own
    AL_QAEDA  [IMGMUSALQ]

A name is words joined by ``_`` (a trailing ``_`` only marks the end of the word). A code is a
CAMEO actor code: a three-letter country or international code followed by three-letter agent
codes. Dates are ``YYYYMMDD`` (or shorter prefixes): ``<D`` before D, ``>D`` from D on, ``D1-D2``
from D1 until D2. A dated record, or a name of a person (two or more words, no organisation
word), becomes a person whose offices are the dated codes; other records become organisation
entries.

Agent files::

    POLICE_ [COP]
    PRESIDENT_ {PRESIDENTS_} [~GOVPRS]

give sector words: the first agent code PLOVER knows becomes the sector (``~`` marks a code that
applies to the actor it is attached to, and is dropped).

Code mapping. Country codes are ISO 3166 alpha-3 except a few old CAMEO ones mapped in
``CAMEO_COUNTRIES`` (ROM -> ROU, ZAR -> COD, TMP -> TLS, YUG/SCG -> SRB, KSV/KOS -> XKX,
BUR -> MMR, DDR/GDR -> DEU, SUN -> RUS, CSK -> CZE, PAL -> PSE). International codes: IGO with UNO
in it -> UNO; IGO with EEC/EUR (the EU) -> EUR; other IGO -> IGO; NGO, IMG, MNC kept; CAMEO's
regions (AFR, ASA, EUR as a region, WST, ...) have no PLOVER code and give only a sector. Agent
codes are PLOVER sectors where the names agree; the exceptions are in ``CAMEO_AGENTS`` (CAMEO MED
is the media, PLOVER JRN; CAMEO HLH is health, PLOVER MED; INS/SEP insurgents and separatists
-> REB; HRI/ENV/DEV/NGO -> SOC; MNC -> BUS; SET settlers -> CVL; religions -> REL).
"""

from __future__ import annotations

import re
from typing import Any

from wirecoder.coding.plover import DataError
from wirecoder.data.actors import ActorDictionary
from wirecoder.data.people import Person, Term
from wirecoder.dictionaries import UserDictionary

CAMEO_COUNTRIES = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "YUG": "SRB", "SCG": "SRB",
                   "KSV": "XKX", "KOS": "XKX", "BUR": "MMR", "DDR": "DEU", "GDR": "DEU",
                   "SUN": "RUS", "CSK": "CZE", "PAL": "PSE"}
CAMEO_REGIONS = frozenset({"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN",
                           "EUR", "LAM", "MEA", "MDE", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS",
                           "SEA", "SCN", "WAF", "WEU", "WST", "NAM", "BAL", "BLT", "CEU"})
# CAMEO agent code -> PLOVER sector where they differ or where CAMEO has no PLOVER sector.
CAMEO_AGENTS = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "HRI": "SOC",
                "ENV": "SOC", "DEV": "SOC", "NGO": "SOC", "NGM": "SOC", "MNC": "BUS",
                "SET": "CVL", "UIS": "UNK", "RAD": "REB", "IMG": "REB",
                "CHR": "REL", "CTH": "REL", "ORT": "REL", "PRO": "REL", "JEW": "REL",
                "MOS": "REL", "SHI": "REL", "SUN": "REL", "BUD": "REL", "HIN": "REL",
                "JAN": "REL", "SIK": "REL", "TAO": "REL", "ZRO": "REL", "ITR": "REL",
                "CON": "REL", "ALE": "REL", "DRZ": "REL", "SFI": "REL", "CPT": "REL",
                "MRN": "REL", "ATH": "REL", "BAH": "REL", "REL": "REL"}
# Words that make a CAMEO actor name an organisation rather than a person.
ORG_WORDS = frozenset({"party", "army", "front", "union", "council", "ministry", "organization",
                       "organisation", "group", "brigade", "brigades", "movement", "forces",
                       "force", "committee", "league", "association", "bank", "fund",
                       "agency", "company", "corporation", "government", "court", "assembly",
                       "parliament", "police", "alliance", "federation", "network", "institute",
                       "university", "church", "office", "commission", "service", "congress",
                       "coalition", "militia", "authority", "taliban", "qaeda", "hamas",
                       "hezbollah", "republic", "kingdom", "state", "states", "nations"})

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_COMMENT_RE = re.compile(r"\s#.*$|^#.*$")
_DATE_RE = re.compile(r"^\d{4,8}$")


def cameo_date(value: str, source: str, where: str) -> str:
    """YYYYMMDD (or YYYYMM, YYYY) -> ISO YYYY-MM-DD (YYYY-MM, YYYY)."""
    if not _DATE_RE.match(value) or len(value) not in (4, 6, 8):
        raise DataError(source, where, f"bad CAMEO date {value!r} (want YYYYMMDD)")
    parts = [value[:4], value[4:6], value[6:8]]
    return "-".join(p for p in parts if p)


def parse_code(code: str, dictionary: ActorDictionary
               ) -> tuple[str | None, str | None, str | None]:
    """A CAMEO actor code -> (PLOVER actor code, org, sector); None where it has none."""
    code = code.strip().upper().lstrip("~")
    if not code:
        return None, None, None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    primary, rest = chunks[0], chunks[1:]
    actor_code: str | None = None
    org = None
    if primary == "---":
        actor_code = None
    elif primary == "IGO":
        if "UNO" in rest:
            actor_code = "UNO"
        elif "EEC" in rest or "EUR" in rest:
            actor_code = "EUR"
        else:
            actor_code = "IGO"
    elif primary in ("NGO", "IMG", "MNC", "ISM", "UNO"):
        actor_code = primary
    elif primary in CAMEO_REGIONS:
        actor_code = None
    else:
        mapped = CAMEO_COUNTRIES.get(primary, primary)
        if mapped in dictionary.valid_codes:
            actor_code = mapped
        else:
            rest = chunks  # an agent code standing alone ("[GOV]")
    sector = None
    for chunk in rest:
        candidate = CAMEO_AGENTS.get(chunk, chunk)
        if candidate in dictionary.sectors:
            sector = candidate
            break
    if actor_code is None and sector is None and primary in dictionary.sectors:
        sector = primary
    return actor_code, org, sector


def agent_sector(code: str, dictionary: ActorDictionary) -> str | None:
    """A CAMEO agent code ("COP", "~GOVPRS") -> the first PLOVER sector among its parts."""
    code = code.strip().upper().lstrip("~")
    for chunk in (code[i:i + 3] for i in range(0, len(code), 3)):
        candidate = CAMEO_AGENTS.get(chunk, chunk)
        if candidate in dictionary.sectors:
            return candidate
    return None


def _name(raw: str) -> str:
    """JOHN_KERRY_ -> John Kerry (PETRARCH names are upper case)."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join(_title(w) for w in words)


def _title(word: str) -> str:
    if len(word) <= 4 and word.isupper() and not any(c in "AEIOU" for c in word[1:]):
        return word  # an acronym: "UN", "PKK"
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _codes(text: str, source: str, lineno: int, dictionary: ActorDictionary
           ) -> list[tuple[str | None, str | None, str | None, str | None, str | None]]:
    """Every ``[CODE dates]`` on a line -> (code, org, sector, start, end)."""
    found = []
    for m in _CODE_RE.finditer(text):
        parts = m.group(1).split()
        if not parts:
            continue
        code, org, sector = parse_code(parts[0], dictionary)
        start = end = None
        where = f"line {lineno}"
        for restriction in parts[1:]:
            if restriction.startswith("<"):
                end = cameo_date(restriction[1:], source, where)
            elif restriction.startswith(">"):
                start = cameo_date(restriction[1:], source, where)
            elif "-" in restriction:
                a, _, b = restriction.partition("-")
                start = cameo_date(a, source, where) if a else None
                end = cameo_date(b, source, where) if b else None
            else:
                raise DataError(source, where, f"bad date restriction {restriction!r}")
        found.append((code, org, sector, start, end))
    return found


def parse_actors_file(text: str, source: str, dictionary: ActorDictionary) -> UserDictionary:
    """Read a CAMEO/PETRARCH ``.actors.txt`` dictionary."""
    user = UserDictionary(source)
    records: list[dict[str, Any]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT_RE.sub("", raw).rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if not records:
                raise DataError(source, f"line {lineno}", "a '+' name before any actor")
            records[-1]["names"].append(_name(_CODE_RE.sub("", stripped[1:])))
            records[-1]["codes"] += _codes(stripped, source, lineno, dictionary)
            continue
        if stripped.startswith("["):
            if not records:
                raise DataError(source, f"line {lineno}", "a code line before any actor")
            records[-1]["codes"] += _codes(stripped, source, lineno, dictionary)
            continue
        name = _name(_CODE_RE.sub("", stripped).split("=")[0])
        if not name:
            continue
        records.append({"names": [name], "codes": _codes(stripped, source, lineno, dictionary),
                        "line": lineno})
    for record in records:
        codes = [c for c in record["codes"] if c[0] or c[2]]
        if not codes:
            user.warnings.append(f"{source}: line {record['line']}: {record['names'][0]} has no "
                                 "code PLOVER knows; skipped")
            continue
        names = list(dict.fromkeys(record["names"]))
        dated = any(c[3] or c[4] for c in codes)
        if dated or _person_like(names[0]):
            terms = tuple(Term(code or "UNK", org, None, sector, start, end)
                          for code, org, sector, start, end in codes if code)
            if terms:
                nationality = next((t.code for t in terms
                                    if t.code not in ("IGO", "UNO", "EUR", "NGO", "IMG", "MNC",
                                                      "ISM", "UNK")), None)
                user.people.append(Person(names[0], tuple(names[1:]), terms, nationality))
                continue
        for code, org, sector, start, end in codes:
            user.entities.append({"names": names, "code": code, "org": org or (
                names[0] if code in ("IGO", "NGO", "IMG", "MNC") else None),
                "sector": sector, "start": start, "end": end})
    dictionary.extended(user.entities, source)  # validate
    return user


def _person_like(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and not any(w in ORG_WORDS for w in words)


def parse_agents_file(text: str, source: str, dictionary: ActorDictionary) -> UserDictionary:
    """Read a CAMEO/PETRARCH ``.agents.txt`` dictionary into sector words."""
    user = UserDictionary(source)
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT_RE.sub("", raw).strip()
        if not line or line.startswith("<"):  # PETRARCH's <Include>/<Exclude> blocks
            continue
        codes = _CODE_RE.findall(line)
        if not codes:
            continue
        head = _CODE_RE.sub("", line)
        forms = []
        main, _, braces = head.partition("{")
        forms.append(main)
        if braces:
            forms += re.split(r"[|\s]+", braces.split("}")[0])
        sector = next((found for code in codes if code.split()
                       and (found := agent_sector(code.split()[0], dictionary))), None)
        if sector is None:
            user.warnings.append(f"{source}: line {lineno}: no PLOVER sector for {codes}")
            continue
        for form in forms:
            word = " ".join(w for w in form.strip().strip("_").replace("!", "").lower()
                            .split("_") if w)
            if word and word not in user.sector_words.setdefault(sector, []):
                user.sector_words[sector].append(word)
    return user


__all__ = ["CAMEO_AGENTS", "CAMEO_COUNTRIES", "agent_sector", "cameo_date", "parse_actors_file",
           "parse_agents_file", "parse_code"]
