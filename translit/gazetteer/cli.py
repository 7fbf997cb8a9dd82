"""``translit glossary``: check a glossary file, or ask what the gazetteer knows about a name.

Thin over :mod:`translit.gazetteer.lookup` and :mod:`translit.gazetteer.loader`; registered on the main
command group as ``glossary``. Exit codes (:mod:`translit.exit_codes`): 0 ok, 1 nothing found (as grep
finds no match), 2 bad glossary or bad usage.
"""

from __future__ import annotations

from pathlib import Path

import click

from translit import exit_codes
from translit.gazetteer.cache import load_gazetteer
from translit.gazetteer.gazetteer import Gazetteer, collision_warnings
from translit.gazetteer.loader import ABBREVIATION_COLUMNS, read_abbreviations, read_entries
from translit.gazetteer.lookup import Match, lookup_name
from translit.gazetteer.paths import builtin_glossary_folder


@click.group("glossary")
def glossary_command() -> None:
    """Check glossary files and look names up in the gazetteer."""


@glossary_command.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_command(files: tuple[Path, ...]) -> None:
    """Validate entity (or abbreviation) tables; errors name the file and the line."""
    for path in files:
        count, what = check_glossary(path)  # a GlossaryError becomes one line and exit 2
        click.echo(f"{path}: ok, {count} {what}")
        if what == "entries":
            builtin = load_gazetteer(builtin_glossary_folder())
            for warning in collision_warnings(read_entries(path), builtin):
                click.echo(f"{path}: warning: {warning}", err=True)


@glossary_command.command("lookup")
@click.argument("name")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="A user glossary to load over the built-in tables (repeatable).")  # fmt: skip
def lookup_command(name: str, glossaries: tuple[Path, ...]) -> None:
    """Show what the gazetteer knows about NAME: canonical form, type, keys and source."""
    gazetteer = load_gazetteer(builtin_glossary_folder(), glossaries)
    matches = lookup_name(gazetteer, name)
    if not matches:
        click.echo(f"{name!r}: not in the gazetteer, and nothing sounds like it")
        raise SystemExit(exit_codes.CHECK_FAILED)
    for match in matches:
        click.echo(describe_match(gazetteer, name, match))


def check_glossary(path: Path) -> tuple[int, str]:
    """Parse ``path`` as the table its header says it is; return (count, "entries"/"abbreviations")."""
    header = _header(path)
    if "entities" in header and set(header) <= set(ABBREVIATION_COLUMNS):
        return len(read_abbreviations(path)), "abbreviations"
    return len(read_entries(path)), "entries"


def describe_match(gazetteer: Gazetteer, name: str, match: Match) -> str:
    """A few indented lines about one match, for people."""
    entry = match.entry
    how = f"{match.how}: {match.detail}" if match.detail else match.how
    lines = [
        f"{name!r} -> {entry.canonical}  ({how})",
        f"  id: {entry.id}   type: {entry.type}   country: {entry.country or '-'}   source: {entry.source or '-'}",
    ]
    for label, values in (
        ("short", entry.short),
        ("alternates", entry.alternates),
        ("variants", entry.variants),
        ("chinese", entry.chinese),
        ("pinyin keys", gazetteer.keys.get(entry.id, ())),
    ):
        if values:
            lines.append(f"  {label}: {' | '.join(values)}")
    return "\n".join(lines)


def _header(path: Path) -> tuple[str, ...]:
    try:
        with path.open(encoding="utf-8-sig") as file:
            for line in file:
                if line.strip() and not line.lstrip().startswith("#"):
                    return tuple(line.rstrip("\r\n").split("\t"))
    except (OSError, UnicodeDecodeError):
        pass  # read_entries reports these with the file and line
    return ()
