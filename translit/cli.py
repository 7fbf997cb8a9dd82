"""The ``translit`` command: a thin adapter over the library. Every behaviour here is importable."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import click

from translit import __version__
from translit.api import load_pipeline
from translit.batch import process_jsonl
from translit.config import Config
from translit.errors import TranslitError
from translit.evaluation.cli import eval_command
from translit.gazetteer.cli import glossary_command
from translit.pipeline import Pipeline
from translit.report import (
    as_diff,
    as_json_line,
    clean_record,
    detect_record,
    explain_edit,
    explain_finding,
)
from translit.textio import Source, decode_text, expand_sources, read_source

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


def _pipeline_options(command: Callable[..., object]) -> Callable[..., object]:
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra entity table (TSV); overrides built-in entries with the same id."),
        click.option("--no-house-style", is_flag=True, help="Fix errors only; keep valid spellings (Kiev)."),
        click.option("--jsonl", is_flag=True, help="Input is JSON Lines: process one field of each object."),
        click.option("--field", default="text", show_default=True, help="The JSONL field holding the text."),
        click.option("--fail-fast", is_flag=True, help="Stop at the first bad input instead of going on."),
        click.option("--signature", is_flag=True, help="Print the run's reproducibility signature on stderr."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translit")
def cli() -> None:
    """Post-edit machine-translated news: find MT artifacts and fix the ones translit is sure of."""


@cli.command()
@_pipeline_options
@click.option("-o", "--output", type=click.Path(), help="Output file, or folder for several inputs.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "diff"]), default="text",
              show_default=True, help="Cleaned text, JSON Lines with edits, or a unified diff.")  # fmt: skip
@click.option("--explain", is_flag=True, help="Print every edit and its reason on stderr.")
def clean(paths: tuple[str, ...], output: str | None, output_format: str, explain: bool, **options: object) -> None:
    """Clean files, folders or stdin (PATH ... or -)."""
    pipeline = _load(options)
    sources = list(expand_sources(paths))
    if output_format == "text" and not options["jsonl"] and len(sources) > 1 and output is None:
        raise click.UsageError("several inputs with --format text need -o FOLDER")
    writer = _Writer(output, folder=output_format == "text" and not options["jsonl"] and len(sources) > 1)
    failed = False
    for source in sources:
        try:
            if options["jsonl"]:
                failed |= _run_jsonl(pipeline, source, writer, options, detect_only=False)
                continue
            text = decode_text(read_source(source, sys.stdin.buffer), source.path)
            result = pipeline.clean(text)
            if explain:
                for edit in result.edits:
                    click.echo(explain_edit(source.path, text, edit), err=True)
            if output_format == "text":
                writer.write(source, result.text)
            elif output_format == "json":
                writer.write(source, as_json_line(clean_record(source.path, result)))
            else:
                writer.write(source, as_diff(source.path.lstrip("/"), text, result.text))
        except TranslitError as error:
            failed = True
            _report(error)
            if options["fail_fast"]:
                break
    writer.close()
    sys.exit(EXIT_BAD_INPUT if failed else EXIT_OK)


@cli.command()
@_pipeline_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One line per finding, or JSON Lines per document.")  # fmt: skip
def detect(paths: tuple[str, ...], output_format: str, **options: object) -> None:
    """Report suspicious spans and the fixes translit would consider; change nothing."""
    pipeline = _load(options)
    writer = _Writer(None, folder=False)
    failed = False
    for source in expand_sources(paths):
        try:
            if options["jsonl"]:
                failed |= _run_jsonl(pipeline, source, writer, options, detect_only=True)
                continue
            text = decode_text(read_source(source, sys.stdin.buffer), source.path)
            findings = pipeline.detect(text)
            if output_format == "json":
                writer.write(source, as_json_line(detect_record(source.path, findings)))
            else:
                writer.write(source, "".join(explain_finding(source.path, text, f) + "\n" for f in findings))
        except TranslitError as error:
            failed = True
            _report(error)
            if options["fail_fast"]:
                break
    sys.exit(EXIT_BAD_INPUT if failed else EXIT_OK)


cli.add_command(glossary_command)
cli.add_command(eval_command)


def _load(options: dict[str, object]) -> Pipeline:
    config = Config(
        house_style=not options["no_house_style"],
        glossaries=tuple(Path(p) for p in options["glossaries"]),  # type: ignore[attr-defined]
    )
    pipeline = load_pipeline(config)
    if options["signature"]:
        click.echo(pipeline.signature(), err=True)
    return pipeline


def _run_jsonl(pipeline: Pipeline, source: Source, writer: _Writer, options: dict[str, object], detect_only: bool) -> bool:
    """Process one JSONL source; return whether any line failed."""
    lines = read_source(source, sys.stdin.buffer).splitlines(keepends=True)
    failed = False
    for line_result in process_jsonl(lines, pipeline, str(options["field"]), source.path, detect_only):
        if line_result.error is not None:
            failed = True
            click.echo(f"translit: error: {line_result.error}", err=True)
            if options["fail_fast"]:
                raise _Stop()
        else:
            writer.write(source, line_result.output or "")
    return failed


class _Stop(TranslitError):
    """--fail-fast met a bad JSONL line (already reported)."""


def _report(error: TranslitError) -> None:
    if not isinstance(error, _Stop):
        click.echo(f"translit: error: {error}", err=True)


class _Writer:
    """Sends output to stdout, one file (written atomically at close) or a folder of files."""

    def __init__(self, output: str | None, folder: bool) -> None:
        self.output = output
        self.folder = folder
        self.chunks: list[str] = []

    def write(self, source: Source, text: str) -> None:
        if self.output is None:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
        elif self.folder:
            write_atomically(Path(self.output) / source.relative, text)
        else:
            self.chunks.append(text)

    def close(self) -> None:
        if self.output is not None and not self.folder:
            write_atomically(Path(self.output), "".join(self.chunks))


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        raise TranslitError(f"{path}: cannot write output ({error.strerror})") from None


def main(argv: list[str] | None = None) -> int:
    """Entry point: one-line errors with exit 2 for bad usage or input, 1 for internal errors."""
    try:
        cli.main(args=argv, prog_name="translit", standalone_mode=False)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except click.UsageError as error:
        click.echo(f"translit: error: {error.format_message()}", err=True)
        return EXIT_BAD_INPUT
    except click.Abort:
        click.echo("translit: interrupted", err=True)
        return 130
    except TranslitError as error:
        click.echo(f"translit: error: {error}", err=True)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the one place that turns a bug into a clear line
        click.echo(f"translit: internal error: {type(error).__name__}: {error}", err=True)
        return EXIT_INTERNAL
    return EXIT_OK


def entry_point() -> None:
    sys.exit(main())
