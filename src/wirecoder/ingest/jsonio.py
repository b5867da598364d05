"""JSON and JSON-lines inputs: article objects with ``text`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.dates import normalise_date
from wirecoder.ingest.decode import decode_text
from wirecoder.ingest.sniff import UTF8_BOM

_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
               float: "number", type(None): "null"}


def _type_name(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) else str(value)
    return text or None


def _parse_error(exc: ValueError | RecursionError, *, with_line: bool) -> str:
    if isinstance(exc, json.JSONDecodeError):
        where = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
        return f"{exc.msg} at {where}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)[:120]


def article_from_object(
    value: object, *, origin: str, max_chars: int, warnings: Iterable[str] = (),
) -> Article | Reject:
    if not isinstance(value, dict):
        return Reject(origin, "not-an-article", f"expected an object, got {_type_name(value)}")
    # "doc_id"/"dateline" are accepted too, so wirecoder's own output can be read back in.
    doc_id = _optional_str(value.get("id", value.get("doc_id")))
    text = value.get("text")
    if not isinstance(text, str):
        detail = "no 'text' field" if text is None else f"'text' is a {_type_name(text)}"
        return Reject(origin, "not-an-article", detail, doc_id=doc_id)
    if not text.strip():
        return Reject(origin, "not-an-article", "'text' is empty", doc_id=doc_id)
    if len(text) > max_chars:
        return Reject(origin, "too-large",
                      f"{len(text):,} characters; max_chars is {max_chars:,}", doc_id=doc_id)
    notes = list(warnings)
    dateline, problem = normalise_date(value.get("date", value.get("dateline")))
    if problem:
        notes.append(problem)
    return Article(
        text=text, doc_id=doc_id or "", dateline=dateline,
        title=_optional_str(value.get("title")), url=_optional_str(value.get("url")),
        source=_optional_str(value.get("source")), language=_optional_str(value.get("language")),
        origin=origin, warnings=notes,
    )


def read_json_document(
    text: str, *, origin: str, max_chars: int, warnings: Iterable[str] = (),
) -> Iterator[Article | Reject]:
    """One article object, or an array of them (items get origin ``path[i]``)."""
    notes = list(warnings)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # Several values one after another: a JSON-lines file with a .json name. Reading it
            # line by line keeps the good lines instead of rejecting the whole file.
            # Split on \n only: U+2028 and friends may stand raw inside JSON strings.
            yield from _read_lines(text.split("\n"), origin=origin, max_chars=max_chars,
                                   warnings=notes)
            return
        yield Reject(origin, "invalid-json", _parse_error(exc, with_line=True))
        return
    except RecursionError as exc:
        yield Reject(origin, "invalid-json", _parse_error(exc, with_line=True))
        return
    if isinstance(value, list):
        if not value:
            yield Reject(origin, "empty", "empty JSON array")
        for index, item in enumerate(value):
            yield article_from_object(item, origin=f"{origin}[{index}]", max_chars=max_chars,
                                      warnings=notes)
        return
    yield article_from_object(value, origin=origin, max_chars=max_chars, warnings=notes)


def read_json_lines(
    lines: Iterable[bytes | None], *, origin: str, max_chars: int, max_line_bytes: int,
) -> Iterator[Article | Reject]:
    """One article object per line (origin ``path:lineno``); blank lines are ignored and a bad
    line is rejected on its own. ``None`` in ``lines`` marks a line too long to read."""
    seen = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{origin}:{lineno}"
        if raw is None:
            seen = True
            yield Reject(where, "too-large", f"line longer than {max_line_bytes:,} bytes")
            continue
        if lineno == 1:
            raw = raw.removeprefix(UTF8_BOM)
        if not raw.strip():
            continue
        seen = True
        line, problem = decode_text(raw)
        yield _line_item(line, where=where, max_chars=max_chars,
                         warnings=[problem] if problem else [])
    if not seen:
        yield Reject(origin, "empty")


def _read_lines(
    lines: Iterable[str], *, origin: str, max_chars: int, warnings: list[str],
) -> Iterator[Article | Reject]:
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            yield _line_item(line, where=f"{origin}:{lineno}", max_chars=max_chars,
                             warnings=warnings)


def _line_item(line: str, *, where: str, max_chars: int, warnings: list[str]) -> Article | Reject:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return Reject(where, "invalid-json", _parse_error(exc, with_line=False))
    return article_from_object(value, origin=where, max_chars=max_chars, warnings=warnings)
