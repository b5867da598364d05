"""The stage protocol: a named step that declares which Document fields it needs and sets.

A stage consumes and yields a stream of Documents, so batching stages (spaCy's ``nlp.pipe``) and
per-document stages share one interface. Documents that were skipped (``doc.skipped`` set, e.g.
non-English) pass through untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from wirecoder.document import Document

log = logging.getLogger(__name__)

# Reason set on a document whose coding raised: it is reported and not stored, so a rerun retries.
CODING_ERROR = "coding-error"

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
                self.process_safely(doc)
            yield doc

    def process_safely(self, doc: Document) -> None:
        """Run :meth:`process`; a failure marks this document only, never the batch."""
        try:
            self.process(doc)
        except Exception as exc:  # noqa: BLE001  (any bug in one article must not stop a batch)
            mark_failed(doc, self.name, exc)


def mark_failed(doc: Document, stage: str, exc: BaseException) -> None:
    log.debug("stage %s failed on %s", stage, doc.doc_id, exc_info=exc)
    doc.skipped = CODING_ERROR
    doc.warnings.append(f"stage {stage!r} failed: {type(exc).__name__}: {exc}")
