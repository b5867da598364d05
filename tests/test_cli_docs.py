"""Every CLI command has help text and a section in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.cli import cli

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def command_names() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("name", command_names())
def test_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"`wirecoder {name}` has no help text"
    for param in command.params:
        if param.param_type_name == "option" and not param.hidden:
            assert getattr(param, "help", None), f"option {param.name} of {name} has no help"


@pytest.mark.parametrize("name", command_names())
def test_command_has_docs_section(name: str) -> None:
    assert f"## `wirecoder {name}`" in DOCS.read_text(encoding="utf-8"), (
        f"docs/cli.md has no section for `wirecoder {name}`"
    )


def test_docs_sections_name_real_commands() -> None:
    documented = {line.split("`")[1].split()[1] for line in DOCS.read_text().splitlines()
                  if line.startswith("## `wirecoder ")}
    assert documented == set(command_names())
