"""The command line imports what cleaning needs and no more: its other commands load when asked for."""

import subprocess
import sys

from click.testing import CliRunner

from translit.cli import LAZY_COMMANDS, cli

#: What only the other commands (or a terminal's progress bar) need.
NOT_FOR_CLEANING = ("sacrebleu", "translit.evaluation", "translit.service", "translit.review", "tqdm")


def test_importing_the_command_line_leaves_the_other_commands_unimported():
    code = f"import sys, translit.cli; print(sorted(m for m in {NOT_FOR_CLEANING!r} if m in sys.modules))"
    imported = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert imported.stdout.strip() == "[]"


def test_every_lazy_command_loads_and_is_listed():
    context = cli.make_context("translit", ["--help"], resilient_parsing=True)
    listed = cli.list_commands(context)
    for name in LAZY_COMMANDS:
        assert name in listed
        command = cli.get_command(context, name)
        assert command is not None and command.name == name


def test_a_lazy_command_runs():
    result = CliRunner().invoke(cli, ["glossary", "--help"])
    assert result.exit_code == 0 and "lookup" in result.output
