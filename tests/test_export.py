"""Exports: PLOVER JSON lines, CSV and Parquet, to paths and to streams."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

from conftest_store import aid_document, numbered_documents
from wirecoder import export as export_module
from wirecoder.errors import ConfigError
from wirecoder.export import EXPORT_FORMATS, export
from wirecoder.store import FLAT_COLUMNS, Store
from wirecoder.store.queries import flat_row

pytest_plugins = ["conftest_store"]

CONTRACT_EVENT_KEYS = {
    "event_id", "event", "mode", "context", "status", "actor", "recipient", "date",
    "date_precision", "location", "evidence", "amounts", "dead", "injured", "arrested", "size",
    "quad", "plover_score", "cameo_root", "confidence",
}


@pytest.fixture
def filled(store: Store) -> Store:
    store.store_document(aid_document())
    for doc in numbered_documents(4):  # 1 + 2 + 3 + 1 CONSULT events
        store.store_document(doc)
    return store


def test_plover_jsonl(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert export(filled, "plover-jsonl", path) == 10
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 10
    for record in records:
        assert set(record) >= CONTRACT_EVENT_KEYS
        assert {"doc_id", "dateline", "title", "url", "coder_version"} <= set(record)
        assert len(record["evidence_text"]) == len(record["evidence"])
    aid = next(r for r in records if r["event"] == "AID")
    doc = aid_document()
    assert aid["evidence_text"] == [doc.text[s.start:s.end] for s in doc.events[0].evidence]
    assert aid["actor"][0]["name"] == "Lars Løkke Rasmussen"
    assert aid["location"] == {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52}
    assert (aid["doc_id"], aid["dateline"], aid["url"]) == (
        "aid-1", "2023-04-21", "https://example.org/aid-1")
    assert {k: aid[k] for k in CONTRACT_EVENT_KEYS | {"section"}} == doc.events[0].to_dict()


def test_filters_apply_to_exports(filled: Store) -> None:
    out = io.StringIO()
    assert export(filled, "plover-jsonl", out, event_type="AID") == 1
    assert json.loads(out.getvalue())["event"] == "AID"
    assert export(filled, "plover-jsonl", io.StringIO(), country="UKR", status="asserted") == 2
    assert export(filled, "plover-jsonl", io.StringIO(), text="talks") == 7


def test_csv(filled: Store) -> None:
    out = io.StringIO()
    assert export(filled, "csv", out) == 10
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert tuple(reader.fieldnames or ()) == FLAT_COLUMNS
    rows = list(reader)
    assert len(rows) == 10
    aid = next(r for r in rows if r["event"] == "AID")
    assert aid["mode"] == "military" and aid["actor_codes"] == "DNK"
    assert aid["evidence"] == "Denmark's Foreign Minister"
    assert aid["actor"] == "Lars Løkke Rasmussen"


def test_csv_to_a_binary_stream_leaves_it_open(filled: Store) -> None:
    out = io.BytesIO()
    assert export(filled, "csv", out, event_type="ASSAULT") == 1
    assert not out.closed
    text = out.getvalue().decode("utf-8")
    assert text.startswith("event_id,doc_id,") and "Russian forces shelled Kharkiv" in text


def test_parquet(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(filled, "parquet", str(path)) == 10
    table = pq.read_table(path)
    assert table.num_rows == 10 and tuple(table.column_names) == FLAT_COLUMNS
    assert table.schema.field("mode").type == pa.list_(pa.string())
    assert table.schema.field("confidence").type == pa.float64()
    rows = table.to_pylist()
    aid = next(r for r in rows if r["event"] == "AID")
    assert aid["mode"] == ["military"] and aid["lat"] == 50.45 and aid["quad"] == 2
    assert aid["evidence"] == "Denmark's Foreign Minister"


def test_parquet_to_a_binary_stream(filled: Store) -> None:
    out = io.BytesIO()
    assert export(filled, "parquet", out, event_type="CONSULT") == 7
    assert not out.closed
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 7


def test_parquet_needs_a_binary_output(filled: Store) -> None:
    with pytest.raises(ConfigError, match="parquet is binary"):
        export(filled, "parquet", io.StringIO())


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_empty_exports_are_valid(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    assert export(store, fmt, path) == 0
    if fmt == "parquet":
        assert pq.read_table(path).num_rows == 0
    elif fmt == "csv":
        assert path.read_text(encoding="utf-8").strip() == ",".join(FLAT_COLUMNS)
    else:
        assert path.read_text(encoding="utf-8") == ""


def test_unknown_format_and_filter(filled: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        export(filled, "xml", folder / "x")
    with pytest.raises(TypeError):
        export(filled, "csv", folder / "x.csv", colour="red")
    assert list(folder.iterdir()) == []


def test_a_failed_export_leaves_no_file(filled: Store, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "events.csv"
    path.write_text("previous export\n", encoding="utf-8")
    real_flat_row = flat_row
    calls = 0

    def flaky(record: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("interrupted")
        return real_flat_row(record)

    monkeypatch.setattr(export_module, "flat_row", flaky)
    with pytest.raises(RuntimeError, match="interrupted"):
        export(filled, "csv", path)
    assert path.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in path.parent.iterdir()] == ["events.csv"]
