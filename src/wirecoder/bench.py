"""Benchmark: how long coding takes, and how much of it is spaCy's own parsing.

Speed and memory are measured here and recorded under benchmarks/results/, never in unit tests.
The figure the issues set targets on is ``overhead``: (full pipeline time - spaCy time) / spaCy time
over the same paragraphs.
"""

from __future__ import annotations

import platform
import resource
import time
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice
from typing import Any

from wirecoder import CODER_VERSION
from wirecoder.config import Options
from wirecoder.document import CODABLE_SECTIONS, Article
from wirecoder.errors import Reject
from wirecoder.ingest import read_inputs
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources
from wirecoder.stages.nlp import split_long
from wirecoder.stages.sections import split_sections


def load_articles(paths: Sequence[str], options: Options, limit: int | None) -> list[Article]:
    items = (a for a in read_inputs(paths, options) if not isinstance(a, Reject))
    return list(islice(items, limit))


def spacy_seconds(articles: list[Article], resources: Resources, batch_size: int) -> float:
    texts = [piece for a in articles for s in split_sections(a.text)
             if s.kind in CODABLE_SECTIONS
             for _, piece in split_long(a.text[s.start:s.end], s.start)]
    started = time.perf_counter()
    for _ in resources.nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def stage_seconds(articles: list[Article], pipeline: Pipeline) -> dict[str, float]:
    """Seconds per stage, running each stage over the whole list before the next one."""
    docs = [pipeline.start(Article(text=a.text, doc_id=a.doc_id, dateline=a.dateline))
            for a in articles]
    timings: dict[str, float] = {}
    for stage in pipeline.stages:
        started = time.perf_counter()
        docs = list(stage.run(docs))
        timings[stage.name] = round(time.perf_counter() - started, 3)
    return timings


def run_benchmark(paths: Sequence[str], options: Options, limit: int | None = None,
                  repeat: int = 1) -> dict[str, Any]:
    # Language detection is part of the default pipeline but off here so both timings parse
    # exactly the same paragraphs; it is timed on its own below.
    options = replace(options, detect_language=False)
    articles = load_articles(paths, options, limit)
    resources = Resources(options)
    pipeline = Pipeline.from_options(options, resources)
    # Warm up (model load, lazy data files, first-call allocations) outside the timings.
    for _ in pipeline.run(Article(text=a.text, dateline=a.dateline) for a in articles[:5]):
        pass
    spacy_best = pipeline_best = float("inf")
    events = 0
    for _ in range(repeat):
        spacy_best = min(spacy_best, spacy_seconds(articles, resources, options.batch_size))
        started = time.perf_counter()
        events = sum(len(doc.events) for doc in pipeline.run(
            Article(text=a.text, doc_id=a.doc_id, dateline=a.dateline) for a in articles))
        pipeline_best = min(pipeline_best, time.perf_counter() - started)
    per_stage = stage_seconds(articles, pipeline)
    nlp_seconds = per_stage.get("nlp") or None
    chars = sum(len(a.text) for a in articles)
    return {
        "coder_version": CODER_VERSION,
        "model": resources.model_name,
        "stages": list(options.stages),
        "articles": len(articles),
        "characters": chars,
        "events": events,
        "spacy_seconds": round(spacy_best, 3),
        "pipeline_seconds": round(pipeline_best, 3),
        "overhead": round((pipeline_best - spacy_best) / spacy_best, 3) if spacy_best else None,
        # Each stage's time as a share of spaCy's parse ("nlp") in the same staged run.
        "stage_seconds": per_stage,
        "stage_share_of_nlp": {name: round(sec / nlp_seconds, 3) for name, sec in
                               per_stage.items()} if nlp_seconds else None,
        "articles_per_second": round(len(articles) / pipeline_best, 2) if pipeline_best else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.system()}",
    }
