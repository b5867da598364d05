"""Readers for the gold formats: one hand-coded article, coded sentences, actor strings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.errors import InputError


@dataclass(slots=True)
class ArticleGold:
    path: Path
    doc_id: str
    text: str
    dateline: str | None
    data: dict[str, Any]


@dataclass(slots=True)
class SentenceGold:
    path: Path
    items: list[dict[str, Any]]


@dataclass(slots=True)
class ActorGold:
    path: Path
    items: list[dict[str, Any]]


Gold = ArticleGold | SentenceGold | ActorGold


def read_gold(path: str | Path) -> Gold:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    if path.suffix == ".json":
        data = json.loads(raw)
        text_path = (path.parent / data["text_file"]).resolve()
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"gold {path} names text_file {text_path}, which cannot be read: "
                             f"{exc}") from exc
        return ArticleGold(path, data["doc_id"], text, data.get("dateline"), data)
    items = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if not items:
        raise InputError(f"gold file {path} holds no items")
    gold = items[0].get("gold", {})
    if "event" in gold:
        return SentenceGold(path, items)
    if "code" in gold or "sector" in gold:
        return ActorGold(path, items)
    raise InputError(f"gold file {path}: unknown line format (expected event or actor gold)")
