"""Readable text for the store's statistics (``wirecoder stats`` and the end of ``make run``)."""

from __future__ import annotations

from typing import Any


def _item(value: Any) -> str:
    if isinstance(value, dict):
        # Nested settings (a run's options and counts) are for --format json, not the summary.
        return ", ".join(f"{k}: {v}" for k, v in value.items()
                         if v not in (None, "") and not isinstance(v, dict | list))
    return str(value)


def stats_text(stats: dict[str, Any]) -> str:
    lines: list[str] = []
    for key, value in stats.items():
        title = key.replace("_", " ")
        if isinstance(value, dict):
            lines.append(f"{title}:" + ("" if value else " none"))
            width = max((len(str(k)) for k in value), default=0)
            lines += [f"  {str(k).ljust(width)}  {_item(v)}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{title}:" + ("" if value else " none"))
            lines += [f"  {_item(v)}" for v in value]
        else:
            lines.append(f"{title}: {value}")
    return "\n".join(lines)
