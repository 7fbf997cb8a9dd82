"""The ``translit`` command: a thin adapter over the library. Every behaviour here is importable."""

from __future__ import annotations

import io
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import click
from tqdm import tqdm

from translit._version import __version__
from translit.api import load_pipeline
from translit.config import DEFAULT_MODEL, Config
from translit.errors import TranslitError
from translit.evaluation.cli import eval_command
from translit.gazetteer.cli import glossary_command
from translit.output import OutputClosed, Writer, names_a_folder, open_output, several_inputs
from translit.run import Settings, execute, plan
from translit.textio import Source, expand_sources

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
#: What a shell reports for a program ended by SIGPIPE (128 + 13), as for ``cat`` or ``git log`` when the
#: reader of their output (``| head``) has gone: quiet, and not success, since not everything was read.
EXIT_BROKEN_PIPE = 141


def _pipeline_options(command: Callable[..., object]) -> Callable[..., object]:
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra entity table (TSV); overrides built-in entries with the same id."),
        click.option("--no-house-style", is_flag=True, help="Fix errors only; keep valid spellings (Kiev)."),
        click.option("--jsonl", is_flag=True, help="Input is JSON Lines: process one field of each object."),
        click.option("--field", default="text", show_default=True, help="The JSONL field holding the text."),
        click.option("--edits-field", default="edits", show_default=True,
                     help="The JSONL field translit adds for its report; a record that has it is an error."),
        click.option("--fail-fast", is_flag=True, help="Stop at the first bad input instead of going on."),
        click.option("--signature", is_flag=True, help="Print the run's reproducibility signature on stderr."),
        click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
                     help="Worker processes (at most one per CPU); output keeps the input order."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar (shown only on a terminal)."),
        click.option("--model", metavar="PATH",
                      help=f"Re-score with a local seq2seq checkpoint ('{DEFAULT_MODEL}': the shipped name model)."),
        click.option("--no-model", is_flag=True, help="Gazetteer priors only; no re-scoring model."),
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
@click.option("-o", "--output", type=click.Path(),
              help="Output file, or folder (an existing one, a name ending in /, or several inputs).")  # fmt: skip
@click.option("--format", "output_format", type=click.Choice(["text", "json", "diff"]), default="text",
              show_default=True, help="Cleaned text, JSON Lines with edits, or a unified diff.")  # fmt: skip
@click.option("--explain", is_flag=True, help="Print every edit and its reason on stderr.")
def clean(
    paths: tuple[str, ...], output: str | None, output_format: str, explain: bool, **options: object
) -> None:
    """Clean files, folders or stdin (PATH ... or -)."""
    jsonl = bool(options["jsonl"])
    if jsonl and (output_format != "text" or explain):
        given = f"--format {output_format}" if output_format != "text" else "--explain"
        raise click.UsageError(f"{given} does not apply to --jsonl: each record carries its report")
    copies = jsonl or output_format == "text"
    folder = names_a_folder(output, paths, copies)
    if output is None and copies and not jsonl and several_inputs(paths):
        raise click.UsageError("several inputs with --format text need -o FOLDER")
    sources = list(expand_sources(paths))
    writer = open_output(output, sources, folder)  # every output path checked before any work
    settings = _settings(options, detect_only=False, output_format=output_format, explain=explain)
    sys.exit(_run(sources, settings, writer, options))


@cli.command()
@_pipeline_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One line per finding, or JSON Lines per document.")  # fmt: skip
def detect(paths: tuple[str, ...], output_format: str, **options: object) -> None:
    """Report suspicious spans and the fixes translit would consider; change nothing."""
    if options["jsonl"] and output_format != "text":
        raise click.UsageError(
            f"--format {output_format} does not apply to --jsonl: each record carries its report"
        )
    settings = _settings(options, detect_only=True, output_format=output_format, explain=False)
    sys.exit(_run(list(expand_sources(paths)), settings, open_output(None, (), folder=False), options))


cli.add_command(glossary_command)
cli.add_command(eval_command)


def _settings(options: dict[str, object], detect_only: bool, output_format: str, explain: bool) -> Settings:
    if options["edits_field"] == options["field"]:
        raise click.UsageError(
            f"--edits-field {options['field']} is also --field: the report would replace the text; "
            "choose another --edits-field"
        )
    if options["model"] == "":
        raise click.UsageError(f"--model needs a checkpoint folder or '{DEFAULT_MODEL}' (--no-model: none)")
    model = None if options["no_model"] else options["model"] or Config.model
    config = Config(
        house_style=not options["no_house_style"],
        glossaries=tuple(Path(p) for p in options["glossaries"]),  # type: ignore[attr-defined]
        model=model,  # type: ignore[arg-type]
    )
    pipeline = load_pipeline(config)  # here, so that a broken glossary is one error before any work
    if options["signature"]:
        click.echo(pipeline.signature(), err=True)
    return Settings(
        config,
        detect_only,
        output_format,
        explain,
        jsonl=bool(options["jsonl"]),
        field=str(options["field"]),
        edits_field=str(options["edits_field"]),
        fail_fast=bool(options["fail_fast"]),
    )


def _run(sources: list[Source], settings: Settings, writer: Writer, options: dict[str, object]) -> int:
    """Process every source in order; the exit code says whether any input was bad or any failed."""
    show = not options["quiet"] and sys.stderr.isatty()
    total = sum(_size(source) for source in sources) if show else None
    with tqdm(total=total, unit="B", unit_scale=True, disable=not show, file=sys.stderr) as bar:
        status = execute(
            plan(sources, settings, sys.stdin.buffer),
            settings,
            writer,
            report=lambda line: bar.write(line, file=sys.stderr) if show else click.echo(line, err=True),
            jobs=usable_jobs(int(options["jobs"])),  # type: ignore[call-overload]
            progress=bar.update,
        )
    if status.internal:
        return EXIT_INTERNAL
    return EXIT_BAD_INPUT if status.bad_input else EXIT_OK


def usable_jobs(jobs: int) -> int:
    """``--jobs``, at most one worker per CPU this process may use: more only add start-up and memory."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(jobs, cpus))


def _size(source: Source) -> int:
    try:
        return 0 if source.is_stdin or source.problem else os.path.getsize(source.path)
    except OSError:
        return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: one-line errors with exit 2 for bad usage or input, 1 for internal errors.

    SIGTERM is handled like Ctrl-C, so that a killed run removes its unfinished output file.
    """
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)  # only the main thread may set signal handlers
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signal_number: int, frame: object) -> None:
    raise KeyboardInterrupt


def _main(argv: list[str] | None) -> int:
    try:
        cli.main(args=argv, prog_name="translit", standalone_mode=False)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except click.UsageError as error:
        click.echo(f"translit: error: {error.format_message()}", err=True)
        return EXIT_BAD_INPUT
    except (click.Abort, KeyboardInterrupt):
        click.echo("translit: interrupted", err=True)
        return 130
    except OutputClosed:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except TranslitError as error:
        click.echo(f"translit: error: {error}", err=True)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the one place that turns a bug into a clear line
        click.echo(f"translit: internal error: {type(error).__name__}: {error}", err=True)
        return EXIT_INTERNAL
    return EXIT_OK


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # stdout is not a file (tests run the CLI in-process): nothing will flush to a pipe


def entry_point() -> None:
    sys.exit(main())
