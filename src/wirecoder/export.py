"""Export stored events: PLOVER JSON lines, CSV or Parquet.

* ``plover-jsonl``: one JSON object per event: the contract's EVENT fields plus ``doc_id``,
  ``dateline``, ``title``, ``url``, ``coder_version`` and ``evidence_text`` (the article text of
  each evidence span, in order).
* ``csv``: the flat event rows of ``Store.query_events`` (``FLAT_COLUMNS``); lists (modes,
  contexts) joined by "; ", as actor names and codes are.
* ``parquet``: the same flat rows; modes and contexts as list<string> columns.

Events are streamed from the store, so exports need not fit in memory. A file path is written
through a temporary file beside it, so a failed export leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from wirecoder.errors import ConfigError
from wirecoder.store import FLAT_COLUMNS, EventRecord, Store
from wirecoder.store.queries import NAMES_JOINER, flat_row

EXPORT_FORMATS = ("plover-jsonl", "csv", "parquet")
PARQUET_BATCH = 2000
Output = BinaryIO | TextIO | str | os.PathLike[str]


def export(store: Store, fmt: str, out: Output, **event_filters: Any) -> int:
    """Write the events matching ``event_filters`` (those of ``Store.query_events``) to ``out``
    (a path, or a text or binary stream) in format ``fmt``; return how many were written."""
    if fmt not in _WRITERS:
        raise ConfigError(f"E208 unknown export format {fmt!r}; choose one of "
                          f"{', '.join(EXPORT_FORMATS)}")
    records = store.iter_events(**event_filters)
    with closing(records), _output(out, binary=fmt == "parquet") as stream:
        return _WRITERS[fmt](records, stream)


def plover_record(record: EventRecord) -> dict[str, Any]:
    """One event as a PLOVER JSON object, with its article facts and evidence text."""
    return {"doc_id": record.doc_id, **record.event.to_dict(), "dateline": record.dateline,
            "title": record.title, "url": record.url, "coder_version": record.coder_version,
            "evidence_text": list(record.evidence_text)}


def _write_jsonl(records: Iterable[EventRecord], stream: IO[Any]) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(plover_record(record), ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(records: Iterable[EventRecord], stream: IO[Any]) -> int:
    out = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    out.writeheader()
    count = 0
    for record in records:
        row = flat_row(record)
        row["mode"] = NAMES_JOINER.join(row["mode"])
        row["context"] = NAMES_JOINER.join(row["context"])
        out.writerow(row)
        count += 1
    return count


def parquet_schema() -> Any:
    types: dict[str, Any] = {
        "mode": pa.list_(pa.string()), "context": pa.list_(pa.string()),
        **dict.fromkeys(("lat", "lon", "plover_score", "confidence"), pa.float64()),
        **dict.fromkeys(("dead", "injured", "arrested", "size", "quad"), pa.int64()),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in FLAT_COLUMNS])


def _write_parquet(records: Iterable[EventRecord], stream: IO[Any]) -> int:
    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for batch in _batches((flat_row(r) for r in records), PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_WRITERS: dict[str, Callable[[Iterable[EventRecord], IO[Any]], int]] = {
    "plover-jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet,
}


@contextmanager
def _output(out: Output, *, binary: bool) -> Iterator[IO[Any]]:
    if isinstance(out, str | os.PathLike):
        with _path_output(Path(out), binary=binary) as stream:
            yield stream
    elif binary:
        yield _binary_stream(out)
    elif _is_text(out):
        yield out
    else:
        # A binary stream for a text format: encode, and hand the stream back unclosed.
        wrapper = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


@contextmanager
def _path_output(path: Path, *, binary: bool) -> Iterator[IO[Any]]:
    partial = path.with_name(f".{path.name}.partial")
    try:
        if binary:
            with open(partial, "wb") as stream:
                yield stream
        else:
            with open(partial, "w", encoding="utf-8", newline="") as stream:
                yield stream
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _is_text(stream: IO[Any]) -> bool:
    if isinstance(stream, io.TextIOBase):
        return True
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return False
    return "b" not in getattr(stream, "mode", "")


def _binary_stream(stream: IO[Any]) -> IO[Any]:
    if not _is_text(stream):
        return stream
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        raise ConfigError("E109 parquet is binary: give a file path or a binary stream")
    stream.flush()
    return buffer  # type: ignore[no-any-return]
