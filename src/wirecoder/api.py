"""The Python API: plain functions that the CLI, the REST API and users call."""

from __future__ import annotations

from functools import lru_cache

from wirecoder.config import Options
from wirecoder.document import Article, Document
from wirecoder.pipeline import Pipeline


@lru_cache(maxsize=4)
def pipeline_for(options: Options) -> Pipeline:
    """One pipeline (and one loaded model) per distinct options object in a process."""
    return Pipeline.from_options(options)


def code_text(text: str, date: str | None = None, *, doc_id: str = "",
              title: str | None = None, options: object | None = None) -> Document:
    if options is not None and not isinstance(options, Options):
        raise TypeError("options must be a wirecoder.config.Options")
    opts = options or Options()
    return pipeline_for(opts).code(Article(text=text, doc_id=doc_id, dateline=date, title=title))
