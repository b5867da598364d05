"""Metrics for coded sentences (plover_gsr_dev.jsonl format; see shared/gold/README.md)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from wirecoder.document import Document
from wirecoder.evaluate.spans import ratio

NONE = "NONE"


def top_label(doc: Document | None) -> str:
    if doc is None or not doc.events:
        return NONE
    return max(doc.events, key=lambda e: e.confidence).event


def per_type_f1(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float | int | None]]:
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    table: dict[str, dict[str, float | int | None]] = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {"precision": round(precision, 4), "recall": round(recall, 4),
                        "f1": round(f1, 4), "support": tp + fn}
    return table


def score_sentences(items: list[dict[str, Any]], docs: dict[str, Document]) -> dict[str, Any]:
    type_ok = dyad_ok = 0
    pairs: list[tuple[str, str]] = []
    wrong: list[str] = []
    for item in items:
        gold = item["gold"]
        types = gold["event"]
        doc = docs.get(item["id"])
        events = doc.events if doc else []
        hit = [e for e in events if e.event in types]
        ok = bool(hit) if types else not events
        type_ok += ok
        if not ok:
            wrong.append(item["id"])
        dyad_ok += bool(types) and any(
            (not gold["actor"] or {a.code for a in e.actor} & set(gold["actor"]))
            and (not gold["recipient"] or {a.code for a in e.recipient} & set(gold["recipient"]))
            for e in hit)
        predicted = top_label(doc)
        expected = predicted if predicted in types else (types[0] if types else NONE)
        pairs.append((expected, predicted))
    f1 = per_type_f1(pairs)
    gold_labels = {g for g, _ in pairs}
    macro = [v["f1"] for k, v in f1.items() if k in gold_labels]
    confusions = Counter(f"{g} -> {p}" for g, p in pairs if g != p)
    with_events = sum(1 for i in items if i["gold"]["event"])
    return {
        "kind": "sentences",
        "items": len(items),
        "type_accuracy": ratio(type_ok, len(items)),
        "dyad_accuracy": ratio(dyad_ok, with_events),
        "macro_f1": round(sum(macro) / len(macro), 4) if macro else None,  # type: ignore[arg-type]
        "per_type": f1,
        "confusions": dict(confusions.most_common(15)),
        "wrong": wrong,
    }
