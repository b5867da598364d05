"""Code the gold texts, score them, and check the scores against recorded floors."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wirecoder.config import Options
from wirecoder.document import Actor, Article
from wirecoder.evaluate.actors import score_actors
from wirecoder.evaluate.article import score_article
from wirecoder.evaluate.gold import ActorGold, ArticleGold, SentenceGold, read_gold
from wirecoder.evaluate.sentences import score_sentences
from wirecoder.pipeline import Pipeline
from wirecoder.resources import Resources


def resolve_actor_items(items: list[dict[str, Any]], resources: Resources) -> dict[str, Actor]:
    from wirecoder.actors import resolve_mention

    return {item["id"]: resolve_mention(item["text"], date=item.get("date"),
                                        context=item.get("context"), resources=resources)
            for item in items}


def evaluate_file(path: str | Path, pipeline: Pipeline, resources: Resources) -> dict[str, Any]:
    gold = read_gold(path)
    if isinstance(gold, ArticleGold):
        doc = pipeline.code(Article(text=gold.text, doc_id=gold.doc_id, dateline=gold.dateline))
        return score_article(doc, gold)
    if isinstance(gold, SentenceGold):
        articles = [Article(text=i["text"], doc_id=i["id"], dateline=i.get("date"))
                    for i in gold.items]
        docs = {d.doc_id: d for d in pipeline.run(articles)}
        return score_sentences(gold.items, docs)
    assert isinstance(gold, ActorGold)
    return score_actors(gold.items, resolve_actor_items(gold.items, resources))


def check_floors(results: dict[str, dict[str, Any]],
                 floors: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for name, metrics in floors.items():
        if name not in results:
            continue
        for metric, floor in metrics.items():
            value = results[name].get(metric)
            if metric == "no_event_violations":  # a ceiling, not a floor
                if value is None or value > floor:
                    failures.append(f"{name}: {metric} = {value}, above the ceiling {floor}")
            elif value is None or value < floor:
                failures.append(f"{name}: {metric} = {value}, below the floor {floor}")
    return failures


def evaluate_paths(paths: Sequence[str | Path], options: Options | None = None,
                   floors_path: str | Path | None = None) -> dict[str, Any]:
    options = options or Options()
    resources = Resources(options)
    pipeline = Pipeline.from_options(options, resources)
    results = {Path(p).name: evaluate_file(p, pipeline, resources) for p in paths}
    floors = json.loads(Path(floors_path).read_text()) if floors_path else {}
    return {"results": results, "floor_failures": check_floors(results, floors)}


HEADLINE = ("required_event_recall", "dyad_recall", "precision", "no_event_violations",
            "status_accuracy", "date_accuracy", "location_accuracy", "quote_recall",
            "quote_speaker_accuracy", "amount_recall", "date_recall", "place_recall",
            "section_accuracy", "type_accuracy", "dyad_accuracy", "macro_f1", "code_accuracy",
            "sector_accuracy", "code_sector_accuracy")


def report_text(report: dict[str, Any]) -> str:
    lines = []
    for name, metrics in report["results"].items():
        lines.append(f"{name} ({metrics['kind']})")
        lines += [f"  {k:<24} {metrics[k]}" for k in HEADLINE if k in metrics]
        if metrics.get("confusions"):
            lines.append("  confusions: " + ", ".join(
                f"{k} x{v}" for k, v in list(metrics["confusions"].items())[:8]))
        if metrics.get("missed_required"):
            lines.append("  missed required: " + ", ".join(metrics["missed_required"]))
    if report["floor_failures"]:
        lines.append("BELOW FLOOR:")
        lines += [f"  {f}" for f in report["floor_failures"]]
    return "\n".join(lines)
