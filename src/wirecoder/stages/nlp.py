"""Parse the codable paragraphs with spaCy, in batches across documents.

Each body or caption paragraph becomes a :class:`Segment` (its offset plus the spaCy Doc), so every
token's position in the article is ``segment.start + token.idx``. Parsing paragraphs rather than
whole articles keeps memory flat on long inputs and lets ``nlp.pipe`` batch across documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from wirecoder.document import CAPTION, CODABLE_SECTIONS, Document, Segment, Sentence
from wirecoder.registry import register_stage
from wirecoder.stages.base import Stage

# spaCy's parser memory grows with the length of one text; split longer paragraphs at whitespace.
MAX_SEGMENT_CHARS = 50_000
# How many documents to gather before handing their paragraphs to nlp.pipe.
DOCS_PER_CHUNK = 16


def split_long(text: str, start: int, limit: int = MAX_SEGMENT_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` (found at ``start``) into pieces of at most ``limit`` chars at whitespace."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > limit:
        cut = max(text.rfind(". ", pos, pos + limit), text.rfind("\n", pos, pos + limit))
        if cut <= pos:
            cut = text.rfind(" ", pos, pos + limit)
        cut = pos + limit if cut <= pos else cut + 1
        pieces.append((start + pos, text[pos:cut]))
        pos = cut
    pieces.append((start + pos, text[pos:]))
    return pieces


@register_stage("nlp")
class NlpStage(Stage):
    requires = ("sections",)
    assigns = ("segments", "sentences")

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream = iter(docs)
        while chunk := list(islice(stream, DOCS_PER_CHUNK)):
            try:
                self._parse_chunk(chunk)
            except Exception:  # noqa: BLE001  (retry one by one so only the bad article fails)
                for doc in chunk:
                    doc.segments, doc.sentences = [], []
                    if doc.skipped is None:
                        self.process_safely(doc)
            yield from chunk

    def process(self, doc: Document) -> None:
        self._parse_chunk([doc])

    def _parse_chunk(self, chunk: list[Document]) -> None:
        jobs: list[tuple[Document, int, str]] = []
        texts: list[str] = []
        for doc in chunk:
            if doc.skipped is not None:
                continue
            kinds = CODABLE_SECTIONS if self.options.code_captions else CODABLE_SECTIONS[:1]
            for section in doc.sections:
                if section.kind not in kinds:
                    continue
                paragraph = doc.text[section.start:section.end]
                for offset, piece in split_long(paragraph, section.start):
                    jobs.append((doc, offset, section.kind))
                    texts.append(piece)
        nlp = self.resources.nlp
        for (doc, offset, kind), parsed in zip(
            jobs, nlp.pipe(texts, batch_size=self.options.batch_size), strict=True
        ):
            doc.segments.append(Segment(start=offset, section=kind, doc=parsed))
            doc.sentences.extend(
                Sentence(offset + sent.start_char, offset + sent.end_char,
                         CAPTION if kind == CAPTION else kind)
                for sent in parsed.sents
            )
