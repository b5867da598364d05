"""What the data build scripts (scripts/build_*.py) share: write the built file, or check it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def builder_arguments(description: str, default_out: Path,
                      argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out, help="where to write the file")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped file is not what this script builds")
    return parser.parse_args(argv)


def write_or_check(out: Path, text: str, script: str, *, check: bool) -> bool:
    """Write ``text`` to ``out``; with ``check``, only compare. False when the check fails."""
    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date; run {script}", file=sys.stderr)
            return False
        return True
    out.write_text(text, encoding="utf-8")
    return True
