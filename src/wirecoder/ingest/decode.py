"""Bytes to text, never failing: UTF-8 first, then the encodings old news files really use."""

from __future__ import annotations

from wirecoder.ingest.sniff import UTF8_BOM

# cp1252 first: it is what mislabelled Western news text almost always is, and unlike latin-1 it
# maps curly quotes and dashes (0x80-0x9F) to the right characters. latin-1 decodes any byte, so
# it is the last resort that cannot fail.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Return the text and a warning when it was not valid UTF-8.

    A UTF-8 byte-order mark is dropped (it is not part of the article); nothing else is changed,
    so offsets into the result index the text exactly as stored (``\\r\\n`` stays ``\\r\\n``).
    """
    data = data.removeprefix(UTF8_BOM)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), f"not valid UTF-8; decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover
