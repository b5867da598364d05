"""Byte-stream helpers: put sniffed bytes back, bounded reads, gzip that fails with one error."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO


class CorruptGzipError(Exception):
    """The gzip data is damaged or truncated (raised while reading, wherever that happens)."""


class _PrefixedRaw(io.RawIOBase):
    """Serves ``head`` and then the rest of ``rest``: sniffing must not consume the input, and
    stdin cannot seek back."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


class _GzipRaw(io.RawIOBase):
    def __init__(self, compressed: BinaryIO) -> None:
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            return self._gzip.readinto(buffer)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise CorruptGzipError(str(exc) or type(exc).__name__) from exc


def prefixed(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(_PrefixedRaw(head, rest))


def gunzip(compressed: BinaryIO) -> io.BufferedReader:
    """A lazily decompressing reader; damage surfaces as :class:`CorruptGzipError`."""
    return io.BufferedReader(_GzipRaw(compressed))


def read_up_to(stream: BinaryIO, limit: int) -> bytes | None:
    """All remaining bytes, or None when there are more than ``limit`` (the rest is not read)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines with their endings; None stands for a line longer than ``max_bytes``, which is
    skipped in chunks so one runaway line cannot exhaust memory."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None
            continue
        yield line
