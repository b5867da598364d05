"""Plain-text rendering for the terminal: tables, an article with its coding, summaries."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from wirecoder.document import Document


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], max_width: int = 40) -> str:
    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
              for r in cells]
    return "\n".join(lines)


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v) if isinstance(v, list | dict) else v
                         for k, v in row.items()})
    return buf.getvalue()


def actor_label(actors: Sequence[Any]) -> str:
    parts = []
    for a in actors:
        label = a.name or a.org or a.text
        parts.append(f"{label} [{a.code or '?'}{'/' + a.sector if a.sector else ''}]")
    return "; ".join(parts) or "-"


def document(doc: Document) -> str:
    art = doc.article
    text = art.text
    out = [f"{art.doc_id}  {art.dateline or 'no date'}  {art.title or ''}".rstrip()]
    if art.url:
        out.append(art.url)
    if doc.skipped:
        out.append(f"SKIPPED: {doc.skipped}")
    for kind in ("caption", "credit", "subhead", "byline", "dateline"):
        spans = [s for s in doc.sections if s.kind == kind]
        for s in spans:
            out.append(f"  [{kind}] {text[s.start:s.end][:100]}")
    out.append(f"\nEVENTS ({len(doc.events)})")
    for e in doc.events:
        ev = e.evidence[0] if e.evidence else None
        trigger = text[ev.trigger_start:ev.trigger_end] if ev else ""
        mode = "/" + ",".join(e.mode) if e.mode else ""
        where = ", caption" if e.section != "body" else ""
        out.append(f"- {e.event_id} {e.event}{mode} ({e.status}, {e.date or 'no date'}{where})"
                   f" conf {e.confidence:.2f}")
        out.append(f"    actor: {actor_label(e.actor)}  ->  recipient: {actor_label(e.recipient)}")
        if ev:
            out.append(f"    \"{text[ev.start:ev.end].strip()[:160]}\"  [trigger: {trigger}]")
    if doc.quotes:
        out.append(f"\nQUOTES ({len(doc.quotes)})")
        for q in doc.quotes:
            who = actor_label([q.speaker]) if q.speaker else "unknown speaker"
            out.append(f"- {who}: \"{q.text[:160]}\"")
    if doc.amounts:
        out.append(f"\nAMOUNTS ({len(doc.amounts)})")
        for a in doc.amounts:
            out.append(f"- {text[a.start:a.end]} = {a.value} {a.currency or a.unit or ''} "
                       f"{a.object or ''}".rstrip())
    warnings = art.warnings + doc.warnings
    if warnings:
        out.append("\nWARNINGS")
        out += [f"- {w}" for w in warnings]
    return "\n".join(out)
