"""`wirecoder actors` (CONTRACT.md §3): one ACTOR JSON line per input, in order, ids echoed."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wirecoder.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"


def run(*args: str, stdin: str | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(cli, ["actors", *args], input=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines, result.stderr


def test_texts_in_order_with_date() -> None:
    code, lines, _ = run("Heiko Maas", "zzz qqq", "Danish troops", "--date", "2019-01-01")
    assert code == 0
    assert [line["text"] for line in lines] == ["Heiko Maas", "zzz qqq", "Danish troops"]
    assert (lines[0]["code"], lines[0]["sector"], lines[0]["name"]) == ("DEU", "GOV",
                                                                         "Heiko Maas")
    assert lines[1]["code"] is None  # unresolved input still gets its line
    assert "id" not in lines[0]
    assert set(lines[2]) == {"text", "start", "end", "code", "org", "sector", "name", "role"}


def test_input_file_echoes_ids_in_order(tmp_path: Path) -> None:
    path = tmp_path / "mentions.jsonl"
    items = [{"id": "m1", "text": "Barack Obama", "date": "2020-03-01"},
             {"id": 2, "text": "the police", "context": "Kenyan officers fired tear gas."},
             {"id": "m3", "text": "nothing known here"},
             {"id": "m4", "text": "Barack Obama", "date": "2012-03-01"}]
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    code, lines, _ = run("--input", str(path))
    assert code == 0
    assert [line["id"] for line in lines] == ["m1", 2, "m3", "m4"]
    assert next(iter(lines[0])) == "id"
    assert (lines[0]["code"], lines[0]["sector"]) == ("USA", "ELI")
    assert (lines[3]["code"], lines[3]["sector"]) == ("USA", "GOV")
    assert (lines[1]["code"], lines[1]["sector"]) == ("KEN", "COP")
    assert lines[2]["code"] is None


def test_stdin_and_bad_lines() -> None:
    stdin = '{"id": "a", "text": "the Kremlin"}\nnot json\n{"id": "c", "text": 5}\n' \
            '{"id": "d", "text": "he"}\n'
    code, lines, err = run("--input", "-", stdin=stdin)
    assert code == 1
    assert [line["id"] for line in lines] == ["a", "d"]
    assert "-:2" in err and "-:3" in err


def test_dictionary_option() -> None:
    code, lines, _ = run("Harbour Watch", "--dictionary",
                         str(FIXTURES / "sample.userdict.json"))
    assert code == 0 and lines[0]["code"] == "NOR"
    code, lines, _ = run("Arvid Nordstrom", "--date", "2016-01-01", "--dictionary",
                         str(FIXTURES / "sample.actors.txt"))
    assert code == 0 and (lines[0]["code"], lines[0]["sector"]) == ("NOR", "GOV")


def test_usage_errors() -> None:
    assert run()[0] == 2
    assert run("NATO", "--date", "21/04/2023")[0] == 2
    assert run("NATO", "--dictionary", "/no/such/file.json")[0] == 2
