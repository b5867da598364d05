"""Metrics for a hand-coded article (seed.gold.json format; see shared/gold/README.md)."""

from __future__ import annotations

from typing import Any

from wirecoder.document import Actor, Document, Event
from wirecoder.evaluate.gold import ArticleGold
from wirecoder.evaluate.spans import fold, km_between, occurrences, overlaps, ratio, within

SECTION_KINDS = {"credits": "credit", "captions": "caption", "subheads": "subhead"}


def event_spans(event: Event) -> list[tuple[int, int]]:
    spans = []
    for ev in event.evidence:
        spans += [(ev.start, ev.end), (ev.trigger_start, ev.trigger_end)]
    return spans


def matches(event: Event, gold: dict[str, Any], gold_spans: list[tuple[int, int]]) -> bool:
    return event.event in gold["event"] and any(
        overlaps(s, g) for s in event_spans(event) for g in gold_spans)


def actors_match(gold_actors: list[dict[str, Any]], system: list[Actor]) -> bool:
    for g in gold_actors:
        code = g.get("code")
        if not code:
            continue
        found = any(
            a.code == code and (code != "IGO" or not g.get("org") or fold(a.org) == fold(g["org"]))
            for a in system)
        if not found:
            return False
    return True


def location_ok(event: Event, gold: dict[str, Any]) -> bool:
    loc = event.location
    if loc is None:
        return False
    if fold(loc.name) == fold(gold.get("name")):
        return True
    if None not in (loc.lat, loc.lon, gold.get("lat"), gold.get("lon")):
        return km_between(loc.lat, loc.lon, gold["lat"], gold["lon"]) <= 25  # type: ignore[arg-type]
    return False


def score_events(doc: Document, gold: ArticleGold) -> dict[str, Any]:
    text = gold.text
    events = doc.events
    golds = gold.data.get("events", [])
    spans = {g["id"]: [s for e in g["evidence"] for s in occurrences(text, e)] for g in golds}
    required = [g for g in golds if not g.get("optional")]
    found = dyad = status_ok = date_ok = loc_ok = loc_total = date_total = 0
    missed: list[str] = []
    for g in required:
        cands = [e for e in events if matches(e, g, spans[g["id"]])]
        if not cands:
            missed.append(g["id"])
            continue
        found += 1
        good = [e for e in cands if actors_match(g["actor"], e.actor)
                and actors_match(g.get("recipient", []), e.recipient)]
        dyad += bool(good)
        best = (good or cands)[0]
        status_ok += best.status == g.get("status")
        if g.get("date"):
            date_total += 1
            date_ok += bool(best.date and best.date.startswith(g["date"]))
        if g.get("location"):
            loc_total += 1
            loc_ok += location_ok(best, g["location"])
    sections = gold.data.get("sections", {})
    outside = [s for key in ("credits", "captions") for v in _as_list(sections.get(key))
               for s in occurrences(text, v)]
    counted = correct = 0
    for e in events:
        hit = any(matches(e, g, spans[g["id"]]) for g in golds)
        in_outside = all(any(within((ev.start, ev.end), o) for o in outside) for ev in e.evidence)
        if hit or not in_outside:
            counted += 1
            correct += hit
    no_event = [s for v in gold.data.get("no_event", []) for s in occurrences(text, v)]
    credit_spans = [s for v in _as_list(gold.data["sections"].get("credits"))
                    for s in occurrences(text, v)]
    violations = [e.event_id for e in events
                  if any(overlaps((ev.trigger_start, ev.trigger_end), n)
                         for ev in e.evidence for n in no_event + credit_spans)]
    caption_spans = [s for v in _as_list(gold.data["sections"].get("captions"))
                     for s in occurrences(text, v)]
    unmarked_caption = [e.event_id for e in events if e.section != "caption" and any(
        overlaps((ev.trigger_start, ev.trigger_end), c) for ev in e.evidence
        for c in caption_spans)]
    return {
        "required_events": len(required),
        "required_event_recall": ratio(found, len(required)),
        "dyad_recall": ratio(dyad, len(required)),
        "precision": ratio(correct, counted),
        "system_events": len(events),
        "no_event_violations": len(violations) + len(unmarked_caption),
        "status_accuracy": ratio(status_ok, found),
        "date_accuracy": ratio(date_ok, date_total),
        "location_accuracy": ratio(loc_ok, loc_total),
        "missed_required": missed,
    }


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def score_quotes(doc: Document, gold: ArticleGold) -> dict[str, Any]:
    found = speaker_ok = 0
    golds = gold.data.get("quotes", [])
    for g in golds:
        spans = occurrences(gold.text, g["text"])
        cands = [q for q in doc.quotes if any(overlaps((q.start, q.end), s) for s in spans)]
        if not cands:
            continue
        found += 1
        last = fold(g.get("speaker")).split()[-1:] or [""]
        speaker_ok += any(
            q.speaker and last[0] in fold(" ".join(filter(None, (
                q.speaker.name, q.speaker.text, q.speaker.org, q.speaker.role)))).split()
            for q in cands)
    return {"quotes": len(golds), "quote_recall": ratio(found, len(golds)),
            "quote_speaker_accuracy": ratio(speaker_ok, len(golds))}


def score_values(doc: Document, gold: ArticleGold) -> dict[str, Any]:
    text = gold.text
    amounts = gold.data.get("amounts", [])
    amount_hits = sum(
        any(overlaps((a.start, a.end), s) and float(a.value) == float(g["value"])
            for a in doc.amounts for s in occurrences(text, g["evidence"]))
        for g in amounts)
    dates = gold.data.get("dates", [])
    date_hits = sum(
        any(overlaps((d.start, d.end), s) and d.value == g["value"]
            for d in doc.dates for s in occurrences(text, g["text"]))
        for g in dates)
    places = gold.data.get("places", [])
    place_hits = sum(
        any(p.country == g.get("country") and p.lat is not None and p.lon is not None
            and km_between(p.lat, p.lon, g["lat"], g["lon"]) <= 25 for p in doc.places)
        for g in places)
    return {
        "amount_recall": ratio(amount_hits, len(amounts)),
        "date_recall": ratio(date_hits, len(dates)),
        "place_recall": ratio(place_hits, len(places)),
    }


def score_sections(doc: Document, gold: ArticleGold) -> dict[str, Any]:
    checks = ok = 0
    for key, kind in SECTION_KINDS.items():
        for value in _as_list(gold.data.get("sections", {}).get(key)):
            for start, _ in occurrences(gold.text, value)[:1]:
                checks += 1
                ok += doc.section_at(start) == kind
    return {"section_checks": checks, "section_accuracy": ratio(ok, checks)}


def score_article(doc: Document, gold: ArticleGold) -> dict[str, Any]:
    return {"kind": "article", "doc_id": gold.doc_id,
            **score_events(doc, gold), **score_quotes(doc, gold), **score_values(doc, gold),
            **score_sections(doc, gold)}
