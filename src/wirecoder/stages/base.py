"""The stage protocol: a named step that declares which Document fields it needs and sets.

A stage consumes and yields a stream of Documents, so batching stages (spaCy's ``nlp.pipe``) and
per-document stages share one interface. Documents that were skipped (``doc.skipped`` set, e.g.
non-English) pass through untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from wirecoder.document import Document

if TYPE_CHECKING:
    from wirecoder.config import Options
    from wirecoder.resources import Resources

# Fields an Article brings before any stage runs.
INITIAL_FIELDS = frozenset({"text", "dateline"})
# Fields a stage may declare in requires/assigns.
KNOWN_FIELDS = INITIAL_FIELDS | {
    "language", "sections", "segments", "sentences", "events", "actors", "quotes", "amounts",
    "dates", "places",
}


class Stage:
    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: Options, resources: Resources) -> None:
        self.options = options
        self.resources = resources

    def process(self, doc: Document) -> None:
        """Code one document in place. Override this, or :meth:`run` for batch work."""
        raise NotImplementedError

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.skipped is None:
                self.process(doc)
            yield doc
