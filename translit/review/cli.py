"""``translit review`` (the review page) and ``translit apply`` (replay the edits a review accepted)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from translit.config import Config
from translit.errors import InputError
from translit.markup import FORMATS
from translit.output import open_output
from translit.review import pair_documents, read_export, replay, review_page
from translit.textio import STDIN, Source, decode_text, expand_sources

EXIT_BAD_INPUT = 2


@click.command("review")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="The page to write (default: stdout).")
@click.option(
    "--input",
    "input_format",
    type=click.Choice([*FORMATS, "auto"]),
    default="auto",
    show_default=True,
    help="How to read the inputs; auto: by suffix (.html, .md), else HTML if it opens as a document.",
)
@click.option(
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Extra entity table (TSV); overrides built-in entries with the same id.",
)
@click.option("--no-house-style", is_flag=True, help="Fix errors only; keep valid spellings (Kiev).")  # fmt: skip
def review_command(
    paths: tuple[str, ...],
    output: str | None,
    input_format: str,
    glossaries: tuple[str, ...],
    no_house_style: bool,
) -> None:
    """Write a review page (self-contained HTML) of what clean would change in FILE...

    Open it in a browser: accept or reject each edit, then export the accepted ones for `translit apply`.
    """
    named, failed = [], False
    sources = list(expand_sources(paths))
    writer = open_output(output, sources, folder=False)  # checked before any work: never over an input
    for source in sources:
        try:
            named.append((source.path, _read(source)))
        except InputError as error:
            click.echo(f"translit: error: {error}", err=True)
            failed = True
    config = Config(house_style=not no_house_style, glossaries=tuple(Path(g) for g in glossaries))
    page = review_page(named, config, input_format)
    writer.begin(Source(output or STDIN, Path(output or "review.html").name))
    writer.write(page)
    writer.end(keep=True)
    writer.close()
    sys.exit(EXIT_BAD_INPUT if failed else 0)


@click.command("apply")
@click.argument("export", type=click.Path(dir_okay=False, exists=True))
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(),
              help="Output file, or folder for several documents (default: stdout).")  # fmt: skip
def apply_command(export: str, paths: tuple[str, ...], output: str | None) -> None:
    """Replay the edits of a review export (EXPORT, from the review page) onto the reviewed files.

    The files are read from the paths in the export, or from PATH... in the same order. A file that
    changed since the review is refused (its hash differs).
    """
    documents = read_export(Path(export).read_text(encoding="utf-8"), export)
    pairs = pair_documents(documents, paths, export)
    folder = len(pairs) > 1
    if folder and output is None:
        raise click.UsageError("the export holds several documents: give -o FOLDER")
    results = []
    for document, path in pairs:
        source = Source(path, Path(path).name)
        results.append((source, replay(document, _read(source), path)))  # all checked before any is written
    writer = open_output(output, [source for source, _ in results], folder)
    for source, text in results:
        writer.begin(source)
        writer.write(text)
        writer.end(keep=True)
    writer.close()


def _read(source: Source) -> str:
    if source.problem:
        raise InputError(f"{source.path}: {source.problem}")
    if source.is_stdin:
        return decode_text(sys.stdin.buffer.read(), source.path)
    try:
        return decode_text(Path(source.path).read_bytes(), source.path)
    except OSError as error:
        raise InputError(f"{source.path}: cannot read ({error.strerror})") from None
