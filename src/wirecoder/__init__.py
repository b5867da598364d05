"""wirecoder: news articles to PLOVER event data, every field pointing back to its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
# Every stored record names the coder version that made it; bump when coding output changes.
CODER_VERSION = f"wirecoder-{__version__}"

if TYPE_CHECKING:
    from wirecoder.document import Document


def code(text: str, date: str | None = None, *, doc_id: str = "", title: str | None = None,
         options: object | None = None) -> Document:
    """Code one article's text. ``date`` is the publication date (YYYY-MM-DD)."""
    from wirecoder.api import code_text

    return code_text(text, date=date, doc_id=doc_id, title=title, options=options)


__all__ = ["CODER_VERSION", "__version__", "code"]
