"""Errors and reject reasons, numbered and explained in one place.

An input that cannot be coded is data, not an exception: it becomes a :class:`Reject` (or a
document with ``skipped`` set) with one of the reason codes below, so a batch never stops for it.
"""

from __future__ import annotations

from dataclasses import dataclass


class WirecoderError(Exception):
    """Base class for errors that reach the user as a message (never as a traceback)."""


class ConfigError(WirecoderError):
    """The pipeline or options are wrong; raised when the pipeline is built, not mid-run."""


class InputError(WirecoderError):
    """An input could not be opened at all (missing path, unreadable)."""


class StoreError(WirecoderError):
    """The database could not be opened or migrated."""


# Reject / skip reasons: code -> what it means and what to do next.
REASONS: dict[str, str] = {
    "not-found": "the path does not exist; check the spelling",
    "unreadable": "the file could not be opened; check its permissions",
    "empty": "the input holds no text",
    "binary": "the input looks like binary data, not text; pass text, JSON, HTML or gzip of those",
    "invalid-json": "a JSON object could not be parsed; fix or drop that line",
    "not-an-article": "the JSON value is not an object with a non-empty 'text' field",
    "too-large": "the article is longer than max_chars; raise --max-chars to code it anyway",
    "no-main-text": "no main text could be extracted from the HTML page",
    "non-english": "the article is not in English; wirecoder codes English text only",
    "unsupported": "the input format is not supported",
    "coding-error": "coding this article failed (a bug): it was not stored and a rerun retries it; "
                    "please report it with the article",
    "corrupt-gzip": "the gzip data is damaged or truncated; re-create or re-download the file",
}


@dataclass(slots=True)
class Reject:
    """An input (or part of one) that was not read as an article, and why."""

    origin: str  # path, or path:line
    reason: str  # a key of REASONS
    detail: str = ""
    doc_id: str | None = None

    @property
    def message(self) -> str:
        hint = REASONS.get(self.reason, "")
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.origin}: {self.reason}{detail} ({hint})"
