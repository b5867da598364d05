"""Metrics for actor strings (ngec_actors_dev.jsonl format; see shared/gold/README.md)."""

from __future__ import annotations

from typing import Any

from wirecoder.document import Actor
from wirecoder.evaluate.spans import ratio

NO_COUNTRY = {None, "", "UNK"}


def code_ok(gold: str | None, actor: Actor) -> bool | None:
    if gold is None:
        return None
    if gold == "":
        return actor.code in NO_COUNTRY
    return actor.code == gold


def sector_ok(gold: dict[str, Any], actor: Actor) -> bool | None:
    if gold.get("sector") is None:
        return None
    accepted = {gold["sector"], gold.get("sector_alt")} - {None}
    if accepted == {""}:
        return not actor.sector
    return actor.sector in accepted


def score_actors(items: list[dict[str, Any]], actors: dict[str, Actor]) -> dict[str, Any]:
    codes = sectors = both = n_code = n_sector = n_both = 0
    wrong: list[str] = []
    for item in items:
        actor = actors.get(item["id"]) or Actor(item["text"], 0, len(item["text"]))
        c, s = code_ok(item["gold"].get("code"), actor), sector_ok(item["gold"], actor)
        if c is not None:
            n_code += 1
            codes += c
        if s is not None:
            n_sector += 1
            sectors += s
        if c is not None and s is not None:
            n_both += 1
            both += c and s
        if c is False or s is False:
            wrong.append(item["id"])
    return {"kind": "actors", "items": len(items), "code_accuracy": ratio(codes, n_code),
            "sector_accuracy": ratio(sectors, n_sector),
            "code_sector_accuracy": ratio(both, n_both), "wrong": wrong}
