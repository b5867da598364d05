"""Full-text search over article titles and texts, one interface for every backend.

* SQLite: an FTS5 table ``articles_fts`` (doc_id, title, text), written in the same transaction
  as the article row. It keeps its own copy of the text: FTS5's external-content mode needs a
  stable integer rowid, which a table keyed by ``doc_id`` does not have across ``VACUUM``.
* PostgreSQL: a GIN expression index on ``to_tsvector('english', title || ' ' || text)``, kept
  up to date by PostgreSQL itself; queries use ``plainto_tsquery``.
* Anything else: every word must occur in title or text (case-insensitive LIKE), unindexed.

Queries are plain words, never query syntax: "Kyiv -- drone?" searches for ``Kyiv drone``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    delete,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Connection

from wirecoder.store.schema import StoredText, articles

# Marks around matched words in snippets (plain text, safe to print and to HTML-escape).
MARK_START, MARK_END = "[", "]"
SNIPPET_WORDS = 16

_fts_metadata = MetaData()  # never passed to create_all: FTS5 tables need their own DDL
articles_fts = Table(
    "articles_fts", _fts_metadata,
    Column("doc_id", Text), Column("title", StoredText()), Column("text", StoredText()),
)

_SQLITE_DDL = ("CREATE VIRTUAL TABLE articles_fts USING fts5("
               "doc_id UNINDEXED, title, text, tokenize='porter unicode61 remove_diacritics 2')")
_PG_DOCUMENT = ("to_tsvector('english'::regconfig, "
                "coalesce(articles.title, '') || ' ' || articles.text)")
_PG_DDL = ("CREATE INDEX ix_articles_fulltext ON articles USING GIN "
           "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text))")


def words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def create_fulltext(conn: Connection) -> None:
    name = conn.dialect.name
    if name == "sqlite":
        conn.exec_driver_sql(_SQLITE_DDL)
    elif name == "postgresql":
        conn.exec_driver_sql(_PG_DDL)


def index_article(conn: Connection, doc_id: str, title: str | None, text: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(insert(articles_fts).values(doc_id=doc_id, title=title or "", text=text))


def unindex_article(conn: Connection, doc_id: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(delete(articles_fts).where(articles_fts.c.doc_id == doc_id))


def matching_doc_ids(dialect: str, query: str) -> Select[Any]:
    """A SELECT of the doc_ids whose title or text match ``query`` (for use in ``IN``)."""
    terms = words(query)
    if not terms:
        return select(articles.c.doc_id).where(false())
    if dialect == "sqlite":
        return select(articles_fts.c.doc_id).where(_fts5_match(terms))
    return select(articles.c.doc_id).where(_other_match(dialect, query, terms))


def search(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best-matching articles first: doc_id, title, dateline and a snippet with marked words."""
    terms = words(query)
    if not terms or limit <= 0:
        return []
    dialect = conn.dialect.name
    if dialect == "sqlite":
        snippet = func.snippet(literal_column("articles_fts"), 2, MARK_START, MARK_END, "…",
                               SNIPPET_WORDS)
        stmt = (select(articles.c.doc_id, articles.c.title, articles.c.dateline,
                       snippet.label("snippet"))
                .select_from(articles_fts.join(articles,
                                               articles.c.doc_id == articles_fts.c.doc_id))
                .where(_fts5_match(terms))
                .order_by(literal_column("articles_fts.rank"), articles.c.doc_id))
    elif dialect == "postgresql":
        tsquery = func.plainto_tsquery(literal_column("'english'::regconfig"), query)
        options = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, "
                   "MinWords=5, MaxFragments=1, FragmentDelimiter=…")
        snippet = func.ts_headline(literal_column("'english'::regconfig"), articles.c.text,
                                   tsquery, options)
        rank = func.ts_rank(literal_column(_PG_DOCUMENT), tsquery)
        stmt = (select(articles.c.doc_id, articles.c.title, articles.c.dateline,
                       snippet.label("snippet"))
                .where(_other_match(dialect, query, terms))
                .order_by(rank.desc(), articles.c.doc_id))
    else:
        stmt = (select(articles.c.doc_id, articles.c.title, articles.c.dateline,
                       func.substr(articles.c.text, 1, 200).label("snippet"))
                .where(_other_match(dialect, query, terms))
                .order_by(articles.c.doc_id))
    return [dict(row._mapping) for row in conn.execute(stmt.limit(limit))]


def _fts5_match(terms: list[str]) -> ColumnElement[bool]:
    # Each word quoted: FTS5 reads bare words such as AND, NOT or NEAR as operators.
    expression = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return literal_column("articles_fts").op("MATCH")(expression)


def _other_match(dialect: str, query: str, terms: list[str]) -> ColumnElement[bool]:
    if dialect == "postgresql":
        tsquery = func.plainto_tsquery(literal_column("'english'::regconfig"), query)
        return literal_column(_PG_DOCUMENT).op("@@")(tsquery)
    return and_(*(or_(articles.c.title.ilike(f"%{t}%"), articles.c.text.ilike(f"%{t}%"))
                  for t in terms))
