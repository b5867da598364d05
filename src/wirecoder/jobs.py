"""The main jobs behind the CLI: code inputs to a stream, and ingest inputs into a store.

Both read with :func:`wirecoder.ingest.read_inputs`, so a bad input becomes a recorded
:class:`Reject` and the rest of the batch goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tqdm import tqdm

from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.errors import Reject
from wirecoder.ingest import read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.stages.base import CODING_ERROR

if TYPE_CHECKING:
    from wirecoder.store import Store


def split_rejects(items: Iterable[Article | Reject],
                  on_reject: Callable[[Reject], None]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Reject):
            on_reject(item)
        else:
            yield item


def code_paths(paths: Sequence[str], options: Options,
               on_reject: Callable[[Reject], None]) -> Iterator[Document]:
    """Code every article under ``paths``; rejects go to ``on_reject`` as they are met."""
    pipeline = Pipeline.from_options(options)
    return pipeline.run(split_rejects(read_inputs(paths, options), on_reject))


def failure_reject(doc: Document) -> Reject:
    """A document whose coding failed, as a reject: reported, recorded, not stored."""
    return Reject(origin=doc.article.origin or doc.doc_id, reason=CODING_ERROR,
                  detail="; ".join(doc.warnings[-1:]), doc_id=doc.doc_id)


@dataclass
class IngestReport:
    run_id: int
    database: str
    outcomes: Counter[str] = field(default_factory=Counter)  # stored/unchanged/updated/duplicate
    skipped: Counter[str] = field(default_factory=Counter)  # read but not coded, by reason
    rejected: Counter[str] = field(default_factory=Counter)  # not readable, by reason
    reject_messages: list[str] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id, "database": self.database, "events": self.events,
            "outcomes": dict(self.outcomes), "skipped": dict(self.skipped),
            "rejected": dict(self.rejected), "seconds": round(self.seconds, 2),
        }


def ingest_paths(paths: Sequence[str], options: Options, store: Store,
                 *, progress: bool | None = None, command: str = "ingest") -> IngestReport:
    """Read, code and store every article under ``paths``, one transaction per article.

    Articles already stored with the same content are not coded again, so rerunning an
    interrupted ingest finishes the job without duplicates.
    """
    started = time.monotonic()
    run_id = store.start_run(command, {"paths": list(paths), "stages": list(options.stages)})
    report = IngestReport(run_id=run_id, database=store.location)

    def on_reject(reject: Reject) -> None:
        report.rejected[reject.reason] += 1
        report.reject_messages.append(reject.message)
        store.record_reject(reject, run_id)

    def not_yet_stored(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if store.has_article(article.doc_id, article.content_hash):
                report.outcomes["unchanged"] += 1
            else:
                yield article

    pipeline = Pipeline.from_options(options)
    articles = not_yet_stored(split_rejects(read_inputs(paths, options), on_reject))
    # disable=None: a bar on a terminal, silence in logs and pipes.
    bar = tqdm(pipeline.run(articles), desc="coding", unit=" articles",
               disable=None if progress is None else not progress)
    for doc in bar:
        if doc.skipped == CODING_ERROR:
            on_reject(failure_reject(doc))
            continue
        outcome = store.store_document(doc, run_id)
        report.outcomes[outcome] += 1
        if doc.skipped:
            report.skipped[doc.skipped] += 1
        elif outcome in ("stored", "updated"):
            report.events += len(doc.events)
    report.seconds = time.monotonic() - started
    store.finish_run(run_id, report.as_dict())
    return report
