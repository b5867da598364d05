"""The first-names data file (who is "he", who is "she") and its build script."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from wirecoder.coding.plover import DataError
from wirecoder.data.first_names import FIRST_NAMES_SCHEMA, FirstNames, load_first_names

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_first_names.py"


def build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_first_names", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_file_loads_and_tells_common_names() -> None:
    names = load_first_names()
    assert names.gender("Margaret") == "f" and names.gender("Pablo") == "m"
    assert names.gender("Amani") is None  # given to both: tells nothing
    assert len(names.male) > 5000 and len(names.female) > 5000


def test_a_name_under_both_genders_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "names.json"
    bad.write_text(json.dumps({"version": "1", "schema": FIRST_NAMES_SCHEMA,
                               "male": ["alex"], "female": ["alex"]}), encoding="utf-8")
    with pytest.raises(DataError, match="both"):
        load_first_names(bad)


def test_build_keeps_names_that_tell_and_checks_the_shipped_file(tmp_path: Path) -> None:
    module = build_module()
    rows = "first_name,sex,count,year_of_birth\n" + "\n".join([
        "ada,f,900,1990", "ada,m,10,1990",      # 99% women
        "jo,f,500,1990", "jo,m,400,1990",       # mixed: left out
        "kofi,m,300,1990", "zed,m,20,1990",     # too few people: left out
    ]) + "\n"
    source = tmp_path / "counts.csv.gz"
    source.write_bytes(gzip.compress(rows.encode("utf-8")))
    data = module.build(module.read_counts(source))
    FirstNames.from_data(data, "<test>")
    assert data["female"] == ["ada"] and data["male"] == ["kofi"]
    out = tmp_path / "first_names.json"
    assert module.main(["--source", str(source), "--out", str(out)]) == 0
    assert module.main(["--source", str(source), "--out", str(out), "--check"]) == 0
    out.write_text("{}", encoding="utf-8")
    assert module.main(["--source", str(source), "--out", str(out), "--check"]) == 1
