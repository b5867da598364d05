"""Tables of the event store, as SQLAlchemy Core metadata (the latest schema version).

One article row per input article; every extracted record hangs off it by ``doc_id`` with
``ON DELETE CASCADE``, so replacing an article is one delete plus inserts. Every row names the
``coder_version`` that made it. Offsets (``start``/``end``) index into ``articles.text`` exactly
as read. List-valued fields that are never queried on their own (modes, contexts, evidence spans,
amount indexes, warnings) are JSON columns; everything that is filtered on is a plain column.

Changing this file changes the schema of new databases: add a step to ``migrations.py`` that
brings existing databases to the same shape.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_SURROGATES = re.compile("[\ud800-\udfff]")


def storable_text(value: str, *, allow_nul: bool = True) -> str:
    """``value`` with what databases refuse replaced by U+FFFD, one character for one.

    Lone surrogates (possible in text decoded from JSON) cannot be encoded as UTF-8 by any
    driver, and PostgreSQL refuses NUL in text. Replacing each by one character keeps every
    offset into the text valid.
    """
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = _SURROGATES.sub("\ufffd", value)
    if not allow_nul and "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    return value


class StoredText(TypeDecorator[str]):
    """Text that any backend accepts (see :func:`storable_text`)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return storable_text(str(value), allow_nul=dialect.name != "postgresql")


metadata = MetaData()


def _text(name: str, *, nullable: bool = True, index: bool = False) -> Column[str]:
    return Column(name, StoredText(), nullable=nullable, index=index)


def _coder_version() -> Column[str]:
    return Column("coder_version", Text, nullable=False)


def _doc_fk(*, primary_key: bool = False) -> Column[str]:
    return Column("doc_id", Text, ForeignKey("articles.doc_id", ondelete="CASCADE"),
                  nullable=False, primary_key=primary_key, index=not primary_key)


def _span() -> tuple[Column[int], Column[int]]:
    return Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)


schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    _coder_version(),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    _coder_version(),
    _text("command", nullable=False),
    Column("options", JSON, nullable=False),
    Column("counts", JSON),
)

articles = Table(
    "articles", metadata,
    Column("doc_id", Text, primary_key=True),
    Column("content_hash", Text, nullable=False, index=True),
    _text("text", nullable=False),
    _text("title"),
    _text("url"),
    _text("source"),
    Column("dateline", Text, index=True),
    Column("language", Text),
    _text("origin"),
    Column("skipped", Text, index=True),  # reason code when read but not coded
    Column("warnings", JSON, nullable=False),
    _coder_version(),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL"), index=True),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

sections = Table(
    "sections", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("kind", Text, nullable=False),
    *_span(),
    _coder_version(),
)

events = Table(
    "events", metadata,
    Column("event_id", Text, primary_key=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("event", Text, nullable=False, index=True),
    Column("status", Text, nullable=False, index=True),
    Column("mode", JSON, nullable=False),
    Column("context", JSON, nullable=False),
    Column("date", Text, index=True),
    Column("date_precision", Text),
    _text("location_name"),
    Column("location_country", Text, index=True),
    Column("location_lat", Double),
    Column("location_lon", Double),
    Column("dead", BigInteger),
    Column("injured", BigInteger),
    Column("arrested", BigInteger),
    Column("size", BigInteger),
    Column("quad", Integer),
    Column("plover_score", Double),
    Column("cameo_root", Text),
    Column("confidence", Double, nullable=False),
    Column("section", Text, nullable=False),
    Column("evidence", JSON, nullable=False),  # [{start, end, trigger_start, trigger_end}]
    Column("amounts", JSON, nullable=False),  # indexes into the article's amounts
    _coder_version(),
    UniqueConstraint("doc_id", "ordinal", name="uq_events_doc_ordinal"),
)

ACTOR_ROLES = ("actor", "recipient")

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Text, ForeignKey("events.event_id", ondelete="CASCADE"),
           primary_key=True),
    Column("role", Text, primary_key=True),  # "actor" | "recipient"
    Column("position", Integer, primary_key=True, autoincrement=False),
    _text("text", nullable=False),
    *_span(),
    Column("code", Text, index=True),
    _text("org"),
    Column("sector", Text),
    _text("name"),
    _text("role_title"),  # Actor.role: "Foreign Minister"
    _coder_version(),
)

quotes = Table(
    "quotes", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    _text("text", nullable=False),
    *_span(),
    _text("cue"),
    # The speaker is an Actor; speaker_text is NULL when the quote has no speaker.
    _text("speaker_text"),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_code", Text, index=True),
    _text("speaker_org"),
    Column("speaker_sector", Text),
    _text("speaker_name"),
    _text("speaker_role"),
    Column("kind", Text, nullable=False, server_default="direct"),  # schema v2
    _coder_version(),
)

amounts = Table(
    "amounts", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("value", Double, nullable=False),
    Column("value_int", BigInteger),  # the exact value when it was an integer
    Column("currency", Text),
    Column("unit", Text),
    Column("qualifier", Text),
    _text("object"),
    *_span(),
    Column("value_high", Double),  # schema v2: upper bound of a range
    Column("si_value", Double),  # schema v2
    Column("si_unit", Text),  # schema v2
    _coder_version(),
)

dates = Table(
    "dates", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    _text("text", nullable=False),
    Column("value", Text, nullable=False),
    Column("precision", Text, nullable=False),
    *_span(),
    Column("value_end", Text),  # schema v2: last day/month/year of a range
    _coder_version(),
)

places = Table(
    "places", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    _text("text", nullable=False),
    _text("name", nullable=False),
    Column("country", Text),
    Column("lat", Double),
    Column("lon", Double),
    Column("geonameid", BigInteger),
    *_span(),
    Column("kind", Text),  # schema v2: country, region, city, facility
    _text("relative"),  # schema v2: "about 15 miles from the border"
    _coder_version(),
)

# Schema v2: every resolved actor mention of an article (Document.actors).
doc_actors = Table(
    "doc_actors", metadata,
    _doc_fk(primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    _text("text", nullable=False),
    *_span(),
    Column("code", Text, index=True),
    _text("org"),
    Column("sector", Text),
    _text("name"),
    _text("role_title"),
    _coder_version(),
)

rejects = Table(
    "rejects", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="SET NULL"), index=True),
    _text("origin", nullable=False),
    Column("reason", Text, nullable=False, index=True),
    _text("detail", nullable=False),
    Column("doc_id", Text),
    _coder_version(),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

# Children of an article, in insertion order (parents first).
ARTICLE_CHILDREN = (sections, events, event_actors, quotes, amounts, dates, places, doc_actors)
