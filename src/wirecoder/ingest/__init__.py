"""Read inputs into a lazy stream of :class:`~wirecoder.document.Article` and
:class:`~wirecoder.errors.Reject` records (CONTRACT §1).

Nothing here raises for bad input: a file that cannot be read becomes a Reject with a reason code
from :data:`wirecoder.errors.REASONS`, and the stream goes on with the next input. Inputs are read
one at a time, and JSON lines one line at a time, so inputs of any size stream in bounded memory.

Offsets: ``Article.text`` is what later stages index. For ``.txt`` it is the whole file content
as read (date line and ``\\r\\n`` included); for JSON the ``text`` field; for HTML the main text
extracted by trafilatura, paragraphs separated by blank lines (not the HTML source).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from wirecoder.config import Options
from wirecoder.document import Article
from wirecoder.errors import Reject
from wirecoder.ingest.reader import read_stream
from wirecoder.ingest.sources import Source, iter_sources, os_error_detail
from wirecoder.ingest.streams import CorruptGzipError
from wirecoder.ingest.text import split_date_line

__all__ = ["read_inputs", "read_stream", "split_date_line"]


def read_inputs(paths: Sequence[str], options: Options) -> Iterator[Article | Reject]:
    """Articles and rejects from files, directories (recursive, sorted) and ``-`` (stdin), lazily.

    Articles without a publication date get ``options.default_dateline``.
    """
    for item in iter_sources(paths):
        if isinstance(item, Reject):
            yield item
            continue
        for record in _read_source(item, options):
            if isinstance(record, Article) and record.dateline is None:
                record.dateline = options.default_dateline
            yield record


def _read_source(source: Source, options: Options) -> Iterator[Article | Reject]:
    try:
        if source.path is None:
            yield from _read_stdin(source, options)
        else:
            yield from _read_file(source.path, source.origin, options)
    except CorruptGzipError as exc:
        yield Reject(source.origin, "corrupt-gzip", str(exc))
    except OSError as exc:
        yield Reject(source.origin, "unreadable", os_error_detail(exc))
    except Exception as exc:  # noqa: BLE001  (see below)
        # One odd input must not end a batch of a million; report it as data, with the cause.
        yield Reject(source.origin, "unreadable", f"unexpected {type(exc).__name__}: {exc}")


def _read_file(path: str, origin: str, options: Options) -> Iterator[Article | Reject]:
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        # Only a regular file's size says how much there is to read (not a pipe's or a device's).
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
        yield from read_stream(handle, origin=origin, name=os.path.basename(path), size=size,
                               options=options)


def _read_stdin(source: Source, options: Options) -> Iterator[Article | Reject]:
    stdin: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        yield Reject(source.origin, "unreadable", "standard input is not available")
        return
    yield from read_stream(stdin, origin=source.origin, name=None, size=None, options=options)
