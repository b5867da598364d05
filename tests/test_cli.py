"""End-to-end tests of the command line on the project's own small fixtures."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import cli

# The .txt date line allows spaces around it; keep the trailing one on purpose.
ARTICLE = " date 2024-03-08 \n" + """\
BRUSSELS, Belgium -- Poland and Lithuania pledged new military aid to Moldova on Thursday.

The European Union condemned the attack on the border post, officials said.

Protesters rallied in Warsaw against the new tax law.

A man walks past a damaged building in Warsaw, Poland, Thursday, March 7, 2024. (AP Photo/Jan Nowak)

Information for this article was contributed by Anna Kowal of The Associated Press.
"""

CITIES = ["Warsaw", "Vilnius", "Riga", "Tallinn", "Prague", "Vienna", "Madrid", "Lisbon"]
COUNTRIES = ["Poland", "Lithuania", "Latvia", "Estonia", "Czechia", "Austria", "Spain", "Portugal"]


def many_articles(n: int) -> str:
    lines = []
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i + 3) % 8]
        text = (f"{CITIES[i % 8]} -- {a} accused {b} of violating the trade agreement on Monday. "
                f"The foreign minister of {a} met the ambassador of {b} in {CITIES[i % 8]}. "
                f"Police arrested {i + 2} protesters near the parliament.")
        lines.append(json.dumps({"id": f"art-{i:03d}", "date": "2024-01-10", "text": text}))
    return "\n".join(lines) + "\n"


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Germany and France signed a defence agreement.",
                    "date": "2024-02-01"}) + "\n{not json\n"
        + json.dumps({"id": "j2", "text": "Rebels attacked an army base in the north.",
                      "date": "2024-02-02"}) + "\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (d / "latin.txt").write_bytes("Le ministre a dit que Chile y Perú firmaron un acuerdo. "
                                  "Chile's president praised Peru's leaders for the accord."
                                  .encode("cp1252"))
    (d / "huge.txt").write_text("Police arrested protesters. " * 750_000, encoding="utf-8")
    with gzip.open(d / "zipped.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "gz1", "text": "Japan sent aid to the Philippines."}) + "\n")
    return d


def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wirecoder.cli", *args], input=input,
                          capture_output=True, text=True, timeout=600)


def test_code_prints_contract_documents_and_names_bad_inputs(inputs: Path) -> None:
    result = CliRunner().invoke(cli, ["code", str(inputs), "--format", "jsonl"])
    assert result.exit_code == 1, result.output
    docs = {d["doc_id"]: d for d in map(json.loads, result.stdout.splitlines())}
    assert {"good", "j1", "j2", "latin", "gz1"} <= set(docs)
    assert "empty" not in docs and "blob" not in docs and "huge" not in docs
    stderr = result.stderr
    for needle in ("empty.txt: empty", "blob.txt: binary", "batch.jsonl:2: invalid-json",
                   "huge.txt: too-large"):
        assert needle in stderr
    good = docs["good"]
    assert good["dateline"] == "2024-03-08"
    text = ARTICLE
    captions = [text[s:e] for s, e in good["sections"]["captions"]]
    credits = [text[s:e] for s, e in good["sections"]["credits"]]
    assert captions and captions[0].startswith("A man walks past")
    assert credits and credits[0].startswith("Information for this article")
    for event in good["events"]:
        ev = event["evidence"][0]
        assert not text[ev["start"]:ev["end"]].startswith("Information for")
    assert any("cp1252" in w or "UTF-8" in w for w in docs["latin"]["warnings"])


def test_code_json_array_and_stdin() -> None:
    result = run("code", "-", "--format", "json", "--dateline", "2024-05-05",
                 input="Russia and China held talks in Beijing.")
    assert result.returncode == 0, result.stderr
    docs = json.loads(result.stdout)
    assert len(docs) == 1 and docs[0]["dateline"] == "2024-05-05"
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2() -> None:
    result = run("code")
    assert result.returncode == 2


def test_missing_path_exits_1_without_traceback(tmp_path: Path) -> None:
    result = run("code", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "not-found" in result.stderr and "Traceback" not in result.stderr


def test_ingest_is_idempotent_and_queries_work(inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(inputs), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 5" in first.stdout
    assert "rejected 1: empty" in first.stdout and "rejected 1: invalid-json" in first.stdout
    second = runner.invoke(cli, ["ingest", str(inputs), "--db", db])
    assert "stored 0" in second.stdout and "unchanged 5" in second.stdout

    events = runner.invoke(cli, ["events", "--db", db, "--format", "json", "--limit", "500"])
    rows = json.loads(events.stdout)
    assert rows and all(r["doc_id"] for r in rows)
    only_good = runner.invoke(cli, ["events", "--db", db, "--doc", "good", "--format", "json"])
    assert {r["doc_id"] for r in json.loads(only_good.stdout)} <= {"good"}
    searched = runner.invoke(cli, ["events", "--db", db, "--search", "rebels",
                                   "--format", "json"])
    assert {r["doc_id"] for r in json.loads(searched.stdout)} <= {"j2"}

    show = runner.invoke(cli, ["show", "good", "--db", db])
    assert show.exit_code == 0 and "EVENTS" in show.stdout
    assert runner.invoke(cli, ["show", "missing", "--db", db]).exit_code == 1

    out = tmp_path / "e.parquet"
    exp = runner.invoke(cli, ["export", "--db", db, "--format", "parquet", "-o", str(out)])
    assert exp.exit_code == 0 and out.stat().st_size > 0
    jsonl = runner.invoke(cli, ["export", "--db", db, "--format", "plover-jsonl"])
    lines = [json.loads(x) for x in jsonl.stdout.splitlines() if x.strip()]
    assert len(lines) == len(rows)
    stats = runner.invoke(cli, ["stats", "--db", db, "--format", "json"])
    assert stats.exit_code == 0
    assert "w.db" in stats.stdout


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def event_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        rows = con.execute("select a.doc_id, count(e.event_id) from articles a left join events e"
                           " on e.doc_id = a.doc_id group by a.doc_id").fetchall()
    return dict(rows)


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text(many_articles(120), encoding="utf-8")
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "wirecoder.cli", "ingest", str(src),
                             "--db", str(killed_db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored_count(killed_db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = stored_count(killed_db)
    assert 0 < partial < 120, "the kill should land mid-run"

    assert run("ingest", str(src), "--db", str(killed_db)).returncode == 0
    assert run("ingest", str(src), "--db", str(clean_db)).returncode == 0
    assert stored_count(killed_db) == 120
    assert event_counts(killed_db) == event_counts(clean_db)
