"""The benchmark runs and reports its figures (speed itself is never asserted in tests)."""

from __future__ import annotations

import json
from pathlib import Path

from wirecoder.bench import run_benchmark
from wirecoder.config import Options


def test_bench_reports_figures(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"b{i}", "text": f"Chile accused Peru of "
                                         f"breaking the deal on day {i}."}) for i in range(4)))
    result = run_benchmark([str(src)], Options(), limit=3)
    assert result["articles"] == 3
    for key in ("spacy_seconds", "pipeline_seconds", "overhead", "peak_rss_mb", "events"):
        assert result[key] is not None
