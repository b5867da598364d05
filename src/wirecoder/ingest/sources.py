"""Expand command-line paths into the inputs to read: files, directory trees, stdin."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from wirecoder.errors import Reject

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Source:
    origin: str  # the path as the user will recognise it, or "<stdin>"
    path: str | None  # None for stdin


def os_error_detail(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def iter_sources(paths: Sequence[str]) -> Iterator[Source | Reject]:
    """Inputs in command-line order; directories recursively in sorted order, hidden entries
    (dot files, ``.git``) skipped. Missing paths become rejects, in place."""
    for path in paths:
        if path == STDIN:
            yield Source(STDIN_ORIGIN, None)
        elif not os.path.exists(path):
            yield Reject(path, "not-found")
        elif os.path.isdir(path):
            yield from _walk(path)
        else:
            yield Source(path, path)


def _walk(directory: str) -> Iterator[Source | Reject]:
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Reject(directory, "unreadable", os_error_detail(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            # Symlinked directories are not followed: a link back up the tree would never end.
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
            elif entry.is_file():
                yield Source(entry.path, entry.path)
        except OSError as exc:
            yield Reject(entry.path, "unreadable", os_error_detail(exc))
