"""The `wirecoder` command line: thin commands over the library functions.

Each command only parses its arguments, calls a plain importable function and prints the result.
docs/cli.md has a section per command; tests/test_cli_docs.py fails when one lacks help or docs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from wirecoder import __version__
from wirecoder.config import Options, default_database_url
from wirecoder.errors import ConfigError, Reject, WirecoderError
from wirecoder.ingest.sniff import FORMATS

P = ParamSpec("P")
R = TypeVar("R")

EVENT_COLUMNS = ("event_id", "date", "event", "status", "actor_codes", "actor", "recipient_codes",
                 "recipient", "location", "confidence", "evidence")


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn wirecoder's own errors into a message and an exit code: no traceback for the user."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except WirecoderError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def build_options(config: str | None, **overrides: Any) -> Options:
    options = Options.from_toml(config) if config else Options()
    return options.with_(**overrides)


def database_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option(
        "--db", "db", default=None, metavar="URL_OR_PATH",
        help="Database: a SQLite file path or an SQLAlchemy URL "
             "(default: $WIRECODER_DB, else ./wirecoder.db).")(func)


def config_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option("--config", type=click.Path(dir_okay=False), default=None,
                        help="TOML file with options (see docs/configuration.md).")(func)


def input_options(func: Callable[P, R]) -> Callable[P, R]:
    func = click.option("--input-format", type=click.Choice(list(FORMATS)),
                        default=None, help="Override the sniffed input format.")(func)
    func = click.option("--dateline", default=None, metavar="YYYY-MM-DD",
                        help="Publication date for inputs that give none.")(func)
    func = click.option("--max-chars", type=int, default=None,
                        help="Skip articles longer than this many characters.")(func)
    return func


def database_url(db: str | None) -> str:
    if not db:
        return default_database_url()
    return db if "://" in db else f"sqlite:///{db}"


def open_store(db: str | None) -> Any:
    from wirecoder.store import Store

    return Store.open(database_url(db))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecoder")
def cli() -> None:
    """wirecoder: code news articles into PLOVER events, with evidence offsets for every field."""


@cli.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="A JSON array, or one document object per line.")
@input_options
@config_option
@user_errors
def code_cmd(paths: Sequence[str], fmt: str, input_format: str | None, dateline: str | None,
             max_chars: int | None, config: str | None) -> None:
    """Code articles and print one document object per article (no database).

    PATHS are files, directories or - for standard input. Exit status 1 when some input could
    not be read (each named on stderr); the others are still printed.
    """
    from wirecoder.jobs import code_paths, failure_reject
    from wirecoder.stages.base import CODING_ERROR

    options = build_options(config, input_format=input_format, default_dateline=dateline,
                            max_chars=max_chars)
    failures: list[Reject] = []

    def on_reject(reject: Reject) -> None:
        failures.append(reject)
        click.echo(f"wirecoder: {reject.message}", err=True)

    out = sys.stdout
    first = True
    if fmt == "json":
        out.write("[")
    for doc in code_paths(paths, options, on_reject):
        if doc.skipped == CODING_ERROR:
            on_reject(failure_reject(doc))
        line = json.dumps(doc.to_contract(), ensure_ascii=False)
        if fmt == "json":
            out.write(("\n" if first else ",\n") + line)
        else:
            out.write(line + "\n")
        first = False
        out.flush()
    if fmt == "json":
        out.write("\n]\n" if not first else "]\n")
    sys.exit(1 if failures else 0)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@database_option
@input_options
@config_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: only on a terminal).")
@user_errors
def ingest_cmd(paths: Sequence[str], db: str | None, input_format: str | None,
               dateline: str | None, max_chars: int | None, config: str | None,
               progress: bool | None) -> None:
    """Read, code and store articles in the database, one transaction per article.

    Articles already stored with the same content are not coded again, so rerunning an
    interrupted ingest finishes it. Unreadable inputs are recorded with their reason.
    """
    from wirecoder.jobs import ingest_paths

    options = build_options(config, input_format=input_format, default_dateline=dateline,
                            max_chars=max_chars)
    store = open_store(db)
    try:
        report = ingest_paths(paths, options, store, progress=progress)
    finally:
        store.close()
    o = report.outcomes
    click.echo(f"stored {o['stored']}, updated {o['updated']}, unchanged {o['unchanged']}, "
               f"duplicates {o['duplicate']}; {report.events} events in {report.seconds:.1f}s")
    for reason, n in sorted(report.skipped.items()):
        click.echo(f"skipped {n}: {reason}")
    for reason, n in sorted(report.rejected.items()):
        click.echo(f"rejected {n}: {reason}")
    for message in report.reject_messages[:20]:
        click.echo(f"  {message}", err=True)
    click.echo(f"database: {report.database} (run {report.run_id})")


def event_filters(func: Callable[P, R]) -> Callable[P, R]:
    for opt in reversed([
        click.option("--type", "event_type", default=None, help="PLOVER type, e.g. ASSAULT."),
        click.option("--actor", default=None, help="Actor code, organisation or name."),
        click.option("--recipient", default=None, help="Recipient code, organisation or name."),
        click.option("--country", default=None, help="Country code of actor, recipient or place."),
        click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD",
                     help="Events on or after this date."),
        click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD",
                     help="Events on or before this date."),
        click.option("--status", default=None, help="asserted, pledged, future, negated, ..."),
        click.option("--search", "text", default=None, help="Full-text search over articles."),
        click.option("--doc", "doc_id", default=None, help="Only this article."),
    ]):
        func = opt(func)
    return func


@cli.command("events")
@database_option
@event_filters
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format.")
@user_errors
def events_cmd(db: str | None, limit: int, fmt: str, **filters: Any) -> None:
    """List stored events, filtered by type, actor, recipient, country, dates, status or text."""
    store = open_store(db)
    try:
        rows = store.query_events(limit=limit, **filters)
    finally:
        store.close()
    emit_rows(rows, fmt)


def emit_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    from wirecoder import render

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        columns = list(rows[0]) if rows else list(EVENT_COLUMNS)
        click.echo(render.csv_text(rows, columns), nl=False)
    else:
        click.echo(render.table(rows, [c for c in EVENT_COLUMNS if not rows or c in rows[0]])
                   if rows else "no events match")


@cli.command("show")
@click.argument("doc_id")
@database_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable text, or the document object with its text.")
@user_errors
def show_cmd(doc_id: str, db: str | None, fmt: str) -> None:
    """Show one stored article with its events, quotes and amounts."""
    from wirecoder import render

    store = open_store(db)
    try:
        doc = store.get_document(doc_id)
    finally:
        store.close()
    if doc is None:
        click.echo(f"error: no article {doc_id!r} in the database; "
                   "`wirecoder events` or `wirecoder stats` lists what is stored", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps({**doc.to_contract(), "text": doc.text}, ensure_ascii=False,
                              indent=1))
    else:
        click.echo(render.document(doc))


@cli.command("export")
@database_option
@event_filters
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "csv", "parquet"]),
              default="plover-jsonl", show_default=True, help="Export format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Output file (default: standard output; required for parquet).")
@user_errors
def export_cmd(db: str | None, fmt: str, output: str | None, **filters: Any) -> None:
    """Export stored events as PLOVER JSONL, CSV or Parquet."""
    from wirecoder.export import export

    if fmt == "parquet" and not output:
        raise ConfigError("E109 parquet is binary: give a file with --output")
    store = open_store(db)
    try:
        if output:
            count = export(store, fmt, Path(output), **filters)
        else:
            count = export(store, fmt, sys.stdout, **filters)
    finally:
        store.close()
    click.echo(f"exported {count} events" + (f" to {output}" if output else ""), err=True)


@cli.command("stats")
@database_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@user_errors
def stats_cmd(db: str | None, fmt: str) -> None:
    """Summarise the database: articles, skips and rejects, events by type and status, actors."""
    from wirecoder.summary import stats_text

    store = open_store(db)
    try:
        stats = store.stats()
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(stats_text(stats))


@cli.command("bench")
@click.argument("paths", nargs=-1, required=True)
@click.option("--limit", type=int, default=None, help="Use at most this many articles.")
@click.option("--repeat", type=int, default=1, show_default=True,
              help="Time each part this many times and keep the best.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Also write the result as JSON to this file.")
@config_option
@user_errors
def bench_cmd(paths: Sequence[str], limit: int | None, repeat: int, output: str | None,
              config: str | None) -> None:
    """Time the pipeline against spaCy's own parsing of the same articles; report memory."""
    from wirecoder.bench import run_benchmark

    result = run_benchmark(paths, build_options(config), limit=limit, repeat=repeat)
    text = json.dumps(result, indent=1)
    click.echo(text)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")


@cli.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False), default=None,
              help="JSON file of metric floors per gold file; exit 1 when one is not met.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Also write the full JSON report to this file.")
@config_option
@user_errors
def evaluate_cmd(gold: Sequence[str], as_json: bool, floors: str | None, output: str | None,
                 config: str | None) -> None:
    """Code gold texts and score them: events, dyads, status, dates, places, quotes, actors."""
    from wirecoder.evaluate.runner import evaluate_paths, report_text

    report = evaluate_paths(gold, build_options(config), floors)
    full = json.dumps(report, ensure_ascii=False, indent=1)
    click.echo(full if as_json else report_text(report))
    if output:
        Path(output).write_text(full + "\n", encoding="utf-8")
    if report["floor_failures"]:
        sys.exit(1)


@cli.command("actors")
@click.argument("texts", nargs=-1)
@click.option("--date", default=None, metavar="YYYY-MM-DD",
              help="Date of the TEXT mentions (the article's date): decides who held an office.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, allow_dash=True),
              default=None, metavar="FILE.jsonl",
              help='JSON lines {"id", "text", "date"?, "context"?} to resolve (- for stdin).')
@click.option("--dictionary", "dictionaries", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary: the project's .json format or a CAMEO/PETRARCH "
                   ".actors.txt or .agents.txt file (repeatable).")
@config_option
@user_errors
def actors_cmd(texts: Sequence[str], date: str | None, input_path: str | None,
               dictionaries: Sequence[str], config: str | None) -> None:
    """Resolve actor mention strings to ACTOR objects, one JSON line per input, in order.

    TEXT arguments are resolved on --date; --input lines carry their own id, date and context
    (the sentence the mention came from), and the id is echoed. An input that resolves to
    nothing still gets its line, with "code": null. Exit status 1 when an input line could not
    be read (named on stderr); the others are still printed.
    """
    from wirecoder.actors import (
        MentionInput,
        actor_line,
        load_knowledge,
        parse_input_line,
        valid_date,
    )

    if not texts and not input_path:
        raise ConfigError("E110 give mention TEXT arguments or --input FILE.jsonl")
    if not valid_date(date):
        raise ConfigError(f"E111 --date must be YYYY-MM-DD, got {date!r}")
    knowledge = load_knowledge(build_options(config), tuple(dictionaries))
    failed = False
    for text in texts:
        click.echo(json.dumps(actor_line(MentionInput(text, date=date), knowledge),
                              ensure_ascii=False))
    if input_path:
        stream = sys.stdin if input_path == "-" else open(  # noqa: SIM115
            input_path, encoding="utf-8-sig")
        try:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    item = parse_input_line(line, f"{input_path}:{n}")
                except ValueError as exc:
                    click.echo(f"wirecoder: {exc}", err=True)
                    failed = True
                    continue
                click.echo(json.dumps(actor_line(item, knowledge), ensure_ascii=False))
        finally:
            if stream is not sys.stdin:
                stream.close()
    sys.exit(1 if failed else 0)


def main() -> None:
    cli(prog_name="wirecoder")


if __name__ == "__main__":
    main()
