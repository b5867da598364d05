"""The PLOVER vocabulary (``data/plover.json``) and the shared rules for reading data files.

Every shipped data file is a JSON object with a ``version`` and a ``schema`` key. Loaders check
types and vocabularies before use and raise :class:`DataError` naming the file and the entry, so
a bad edit fails when the pipeline is built, not halfway through a batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from wirecoder.errors import ConfigError

PLOVER_SCHEMA = "wirecoder.plover/1"
T = TypeVar("T")


class DataError(ConfigError):
    """A shipped or user-supplied data file is malformed."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source = source
        self.where = where
        self.problem = problem
        at = f" {where}:" if where else ":"
        super().__init__(f"E120 bad data file {source}:{at} {problem}")


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``wirecoder/data``."""
    return Path(str(resources.files("wirecoder.data").joinpath(name)))


def load_data_file(path: str | Path, schema: str, build: Callable[[dict[str, Any], str], T]) -> T:
    """Read, check and build one data file; a shape ``build`` did not expect is a DataError
    naming the file, never a bare KeyError from deep inside a loader."""
    data = read_data_file(path, schema)
    try:
        return build(data, str(path))
    except DataError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(str(path), "", f"malformed: {exc}") from exc


def load_data(path: str | Path | None, shipped: str, schema: str,
              build: Callable[[dict[str, Any], str], T]) -> T:
    """A data file's loader: ``path`` when given (read every time), else the shipped file
    ``shipped`` (read once per process and cached)."""
    if path is not None:
        return load_data_file(path, schema, build)
    return _load_shipped(shipped, schema, build)  # type: ignore[no-any-return]


@lru_cache(maxsize=32)
def _load_shipped(name: str, schema: str, build: Callable[[dict[str, Any], str], Any]) -> Any:
    return load_data_file(data_path(name), schema, build)


def expect_lower_set(data: dict[str, Any], key: str, source: str) -> frozenset[str]:
    """The word list under ``key`` (absent: empty), checked and lower-cased."""
    return frozenset(w.lower() for w in expect_str_list(data.get(key, []), source, key))


def read_data_file(path: str | Path, schema: str) -> dict[str, Any]:
    """Read a versioned JSON data file and check its ``version`` and ``schema`` keys."""
    source = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(source, "", f"cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise DataError(source, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from exc
    check_header(data, schema, source)
    return data


def check_header(data: Any, schema: str, source: str) -> None:
    if not isinstance(data, dict):
        raise DataError(source, "", "top level must be a JSON object")
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise DataError(source, "version", "missing or not a non-empty string")
    found = data.get("schema")
    if found != schema:
        raise DataError(source, "schema", f"expected {schema!r}, found {found!r}")


def expect(cond: bool, source: str, where: str, problem: str) -> None:
    if not cond:
        raise DataError(source, where, problem)


def expect_str_list(value: Any, source: str, where: str, *, allowed: Any = None,
                    allow_empty: bool = True) -> list[str]:
    expect(isinstance(value, list) and all(isinstance(v, str) and v for v in value),
           source, where, "must be a list of non-empty strings")
    expect(allow_empty or bool(value), source, where, "must not be empty")
    if allowed is not None:
        bad = [v for v in value if v not in allowed]
        expect(not bad, source, where, f"unknown value(s) {bad}; allowed: {sorted(allowed)}")
    return list(value)


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad: int
    score: float
    cameo_root: str
    cameo_roots: tuple[str, ...]
    modes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PloverSpec:
    version: str
    types: dict[str, PloverType]
    sectors: dict[str, str]
    actor_codes: dict[str, str]
    contexts: tuple[str, ...]
    future_as_agree: frozenset[str]
    future_as_threaten: frozenset[str]
    complement_modes: dict[str, str]
    threat_modes: dict[str, str]

    def modes_of(self, event_type: str) -> tuple[str, ...]:
        return self.types[event_type].modes

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>") -> PloverSpec:
        check_header(data, PLOVER_SCHEMA, source)
        raw_types = data.get("types")
        expect(isinstance(raw_types, dict) and raw_types, source, "types",
               "must be a non-empty object")
        types: dict[str, PloverType] = {}
        for name, entry in raw_types.items():
            where = f"types.{name}"
            expect(isinstance(name, str) and name.isupper(), source, where,
                   "type names are upper case")
            expect(isinstance(entry, dict), source, where, "must be an object")
            quad = entry.get("quad")
            expect(quad in (1, 2, 3, 4), source, f"{where}.quad", "must be 1, 2, 3 or 4")
            score = entry.get("score")
            expect(isinstance(score, int | float) and not isinstance(score, bool)
                   and -10 <= score <= 10, source, f"{where}.score",
                   "must be a number in [-10, 10]")
            root = entry.get("cameo_root")
            expect(isinstance(root, str) and len(root) == 2 and root.isdigit(), source,
                   f"{where}.cameo_root", "must be a two-digit string")
            roots = expect_str_list(entry.get("cameo_roots", [root]), source,
                                    f"{where}.cameo_roots")
            modes = expect_str_list(entry.get("modes", []), source, f"{where}.modes")
            types[name] = PloverType(name, quad, float(score), root, tuple(roots), tuple(modes))
        sectors = data.get("sectors")
        expect(isinstance(sectors, dict) and all(isinstance(k, str) and k.isupper()
                                                 for k in sectors),
               source, "sectors", "must map upper-case sector codes to descriptions")
        codes = data.get("actor_codes")
        expect(isinstance(codes, dict), source, "actor_codes", "must be an object")
        contexts = expect_str_list(data.get("contexts", []), source, "contexts")
        agree = expect_str_list(data.get("future_as_agree", []), source, "future_as_agree",
                                allowed=types)
        threaten = expect_str_list(data.get("future_as_threaten", []), source,
                                   "future_as_threaten", allowed=types)
        maps = {}
        for key in ("complement_modes", "threat_modes"):
            value = data.get(key, {})
            expect(isinstance(value, dict), source, key, "must be an object")
            for type_name, mode in value.items():
                expect(type_name in types, source, f"{key}.{type_name}", "unknown PLOVER type")
                target = "REQUEST" if key == "complement_modes" else "THREATEN"
                expect(mode in types.get(target, PloverType("", 1, 0, "00", (), ())).modes,
                       source, f"{key}.{type_name}", f"{mode!r} is not a {target} mode")
            maps[key] = dict(value)
        return cls(
            version=data["version"], types=types, sectors=dict(sectors), actor_codes=dict(codes),
            contexts=tuple(contexts), future_as_agree=frozenset(agree),
            future_as_threaten=frozenset(threaten),
            complement_modes=maps["complement_modes"], threat_modes=maps["threat_modes"],
        )


def load_plover(path: str | Path | None = None) -> PloverSpec:
    """Load and validate the PLOVER vocabulary (the shipped file unless ``path`` is given)."""
    return load_data(path, "plover.json", PLOVER_SCHEMA, PloverSpec.from_data)
