"""The ``translit`` command: a thin adapter over the library. Every behaviour here is importable."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib
import io
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from translit import exit_codes
from translit._version import __version__
from translit.api import load_pipeline, make_config
from translit.config import DEFAULT_MODEL, Config, select_rules
from translit.errors import TranslitError
from translit.markup import FORMATS
from translit.output import OutputClosed, Writer, names_a_folder, open_output, several_inputs
from translit.rules import RULES
from translit.run import Settings, execute, plan
from translit.settings_file import find_settings_file, load_settings
from translit.textio import Source, expand_sources

#: The options of every command that runs the pipeline (clean and detect), in one place. A new option is
#: one line here; if it is a setting of the pipeline, one line in :func:`command_line_options` too; if it
#: is a setting of the run, one field of :class:`translit.run.Settings` set in :func:`_settings`.
PIPELINE_OPTIONS = [
    click.argument("paths", nargs=-1, type=click.Path()),
    click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
                 help="Settings file (translit.toml, or pyproject.toml's [tool.translit]); default: the "
                 "nearest one above the first input."),
    click.option("--isolated", is_flag=True, help="Use no config file, only the flags and the defaults."),
    click.option("--select", "select", multiple=True, metavar="RULE[,RULE]",
                 help=f"Run only these rules (repeatable; default: all): {', '.join(RULES)}."),
    click.option("--ignore", "ignore", multiple=True, metavar="RULE[,RULE]",
                 help="Leave these rules out (repeatable)."),
    click.option("--min-score", type=click.FloatRange(0, 1), metavar="P",
                 help=f"Apply a fix only if it scores at least P (default {Config.min_score})."),
    click.option("--min-margin", type=click.FloatRange(0, 1), metavar="P",
                 help=f"... and beats the runner-up by at least P (default {Config.min_margin})."),
    click.option("--glossary", "glossaries", multiple=True, type=click.Path(dir_okay=False),
                 help="Extra entity table (TSV), after the config file's; overrides built-in entries "
                 "with the same id."),
    click.option("--house-style/--no-house-style", default=None,
                 help="Rewrite valid spellings to the house style (Kiev -> Kyiv), or fix errors only."),
    click.option("--jsonl", is_flag=True, help="Input is JSON Lines: process one field of each object."),
    click.option("--field", default="text", show_default=True, help="The JSONL field holding the text."),
    click.option("--edits-field", default="edits", show_default=True,
                 help="The JSONL field translit adds for its report; a record that has it is an error."),
    click.option("--source", "source_file", type=click.Path(dir_okay=False),
                 help="The Chinese original of a text input, line i of it the original of line i."),
    click.option("--source-field", default="source", show_default=True,
                 help="The JSONL field holding each object's Chinese original (optional per object)."),
    click.option("--input", "input_format", type=click.Choice([*FORMATS, "auto"]), default="auto",
                 show_default=True, help="How to read inputs: only the text of HTML or Markdown is cleaned. "
                 "auto: by suffix (.html .htm .md .markdown), else HTML if it opens with <!DOCTYPE html "
                 "or <html, else text."),
    click.option("--fail-fast", is_flag=True, help="Stop at the first bad input instead of going on."),
    click.option("--signature", is_flag=True, help="Print the run's reproducibility signature on stderr."),
    click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
                 help="Worker processes (at most one per CPU); output keeps the input order."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar (shown only on a terminal)."),
    click.option("--model", metavar="PATH",
                 help=f"Re-score with a local seq2seq checkpoint ('{DEFAULT_MODEL}': the shipped name model)."),
    click.option("--no-model", is_flag=True, help="Gazetteer priors only; no re-scoring model."),
]  # fmt: skip


def _pipeline_options(command: Callable[..., object]) -> Callable[..., object]:
    for option in reversed(PIPELINE_OPTIONS):
        command = option(command)
    return command


#: The commands that do not run the pipeline, by name: (module, attribute), imported only when run or
#: listed, so that ``translit clean`` does not pay for the evaluation's metrics, the service's web
#: framework or the review page (a tenth of a second of every run).
LAZY_COMMANDS = {
    "glossary": ("translit.gazetteer.cli", "glossary_command"),
    "distributed": ("translit.distributed_cli", "distributed_command"),
    "eval": ("translit.evaluation.cli", "eval_command"),
    "serve": ("translit.service.cli", "serve_command"),
    "review": ("translit.review.cli", "review_command"),
    "apply": ("translit.review.cli", "apply_command"),
}


class _LazyGroup(click.Group):
    """A group that imports a command of :data:`LAZY_COMMANDS` the first time it is asked for it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            module, attribute = LAZY_COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translit")
def cli() -> None:
    """Post-edit machine-translated news: find MT artifacts and fix the ones translit is sure of.

    \b
    Exit codes: 0 done (nothing found); 1 detect found something, clean --check would change
    something, glossary lookup found nothing; 2 bad usage, input, glossary or config file;
    70 internal error; 130 interrupted; 141 the reader of stdout went away.
    """


@cli.command()
@_pipeline_options
@click.option("-o", "--output", type=click.Path(),
              help="Output file, or folder (an existing one, a name ending in /, or several inputs).")  # fmt: skip
@click.option("--format", "output_format", type=click.Choice(["text", "json", "diff", "patch"]), default="text",
              show_default=True, help="Cleaned text, JSON Lines with edits, a word diff, or a unified diff.")  # fmt: skip
@click.option("--explain", is_flag=True, help="Print every edit and its reason on stderr.")
@click.option("--check", is_flag=True,
              help="Change nothing: list the edits clean would make (text: one line each; json, diff) and "
              "exit 1 if there are any, 0 if none.")  # fmt: skip
def clean(
    paths: tuple[str, ...], output: str | None, output_format: str, explain: bool, check: bool,
    **options: object,
) -> None:  # fmt: skip
    """Clean files, folders or stdin (PATH ... or -)."""
    jsonl = bool(options["jsonl"])
    if jsonl and (output_format != "text" or explain):
        given = f"--format {output_format}" if output_format != "text" else "--explain"
        raise click.UsageError(f"{given} does not apply to --jsonl: each record carries its report")
    copies = jsonl or (output_format == "text" and not check)
    folder = names_a_folder(output, paths, copies)
    if output is None and copies and not jsonl and several_inputs(paths):
        raise click.UsageError("several inputs with --format text need -o FOLDER")
    sources = list(expand_sources(paths))
    if options["source_file"] is not None and (jsonl or len(sources) != 1):
        raise click.UsageError("--source goes with one text input; in JSONL give each object a source field")
    writer = open_output(output, sources, folder)  # every output path checked before any work
    settings = _settings(paths, options, detect_only=False, output_format=output_format, explain=explain)
    settings = dataclasses.replace(settings, check=check, colour=output is None and sys.stdout.isatty())
    sys.exit(_run(sources, settings, writer, options))


@cli.command()
@_pipeline_options
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="One line per finding, or JSON Lines per document.")  # fmt: skip
def detect(paths: tuple[str, ...], output_format: str, **options: object) -> None:
    """Report suspicious spans and the fixes translit would consider; change nothing.

    Exits 1 when it reports anything, 0 when it reports nothing (as a linter does).
    """
    if options["jsonl"] and output_format != "text":
        raise click.UsageError(
            f"--format {output_format} does not apply to --jsonl: each record carries its report"
        )
    settings = _settings(paths, options, detect_only=True, output_format=output_format, explain=False)
    sys.exit(_run(list(expand_sources(paths)), settings, open_output(None, (), folder=False), options))


def command_line_options(options: dict[str, object]) -> dict[str, object]:
    """The Config fields the command line sets (a flag not given sets nothing)."""
    if options["model"] == "":
        raise click.UsageError(f"--model needs a checkpoint folder or '{DEFAULT_MODEL}' (--no-model: none)")
    chosen: dict[str, object] = {}
    if options["min_score"] is not None:
        chosen["min_score"] = options["min_score"]
    if options["min_margin"] is not None:
        chosen["min_margin"] = options["min_margin"]
    if options["house_style"] is not None:
        chosen["house_style"] = options["house_style"]
    if options["no_model"]:
        chosen["model"] = None
    elif options["model"]:
        chosen["model"] = options["model"]
    return chosen


def effective_config(paths: tuple[str, ...], options: dict[str, object]) -> tuple[Config, Path | None]:
    """The run's config: defaults, then the config file, then the flags; and the file used, if any.

    Lists combine as ruff's do: ``--select`` replaces the file's rules and ``--ignore`` drops rules from
    what is selected; ``--glossary`` files come after the file's glossaries (so their entries win).
    """
    given = options["config_file"]
    path: Path | None
    if options["isolated"]:
        path = None
    elif isinstance(given, Path):
        path = given
    else:
        first = next((Path(p) for p in paths if p != "-"), Path.cwd())
        path = find_settings_file(first)
    file_options = dict(load_settings(path).options)
    rules = tuple(file_options.pop("rules", RULES))
    select, ignore = _rule_names(options["select"]), _rule_names(options["ignore"])  # type: ignore[arg-type]
    try:
        if select or ignore:
            rules = select_rules(select or rules, ignore)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    glossaries = (*file_options.pop("glossaries", ()), *map(Path, options["glossaries"]))  # type: ignore[call-overload]
    config = make_config(Config(rules=rules, glossaries=glossaries), **file_options)
    return make_config(config, **command_line_options(options)), path


def _rule_names(values: tuple[str, ...]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _settings(
    paths: tuple[str, ...], options: dict[str, object], detect_only: bool, output_format: str, explain: bool
) -> Settings:
    if options["edits_field"] == options["field"]:
        raise click.UsageError(
            f"--edits-field {options['field']} is also --field: the report would replace the text; "
            "choose another --edits-field"
        )
    config, _ = effective_config(paths, options)
    pipeline = load_pipeline(config)  # here, so that a broken glossary is one error before any work
    if _own_process:
        # What was loaded lives as long as the process: frozen, no garbage collection traverses its
        # million objects again (each one that did cost a twentieth of a second, one a one-line run).
        gc.freeze()
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
        source_path=_checked_source(options["source_file"]),
        source_field=str(options["source_field"]),
        fail_fast=bool(options["fail_fast"]),
        input_format=str(options["input_format"]),
    )


def _checked_source(path: object) -> str | None:
    """The ``--source`` path, checked at the boundary (a missing or unreadable file is one line and exit
    2); it is read alongside the text, block by block (``translit.run``)."""
    if path is None:
        return None
    try:
        with open(str(path), "rb"):
            pass
    except OSError as error:
        raise click.UsageError(f"--source {path}: cannot read ({error.strerror})") from None
    return str(path)


def _progress_bar(total: int | None) -> Any:
    """A progress bar on stderr (tqdm, imported only for a terminal: a fiftieth of a second of start-up)."""
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr)


def _run(sources: list[Source], settings: Settings, writer: Writer, options: dict[str, object]) -> int:
    """Process every source in order; the exit code says whether any input was bad or any failed."""
    show = not options["quiet"] and sys.stderr.isatty()
    total = sum(_size(source) for source in sources) if show else None
    with _progress_bar(total) if show else contextlib.nullcontext() as bar:
        status = execute(
            plan(sources, settings, sys.stdin.buffer),
            settings,
            writer,
            report=lambda line: bar.write(line, file=sys.stderr) if bar else click.echo(line, err=True),
            jobs=usable_jobs(int(options["jobs"])),  # type: ignore[call-overload]
            progress=bar.update if bar else lambda size: None,
        )
    gate = settings.detect_only or settings.check  # a report whose findings are the answer
    return exit_codes.worst(
        exit_codes.INTERNAL if status.internal else exit_codes.OK,
        exit_codes.BAD_INPUT if status.bad_input else exit_codes.OK,
        exit_codes.CHECK_FAILED if gate and status.found else exit_codes.OK,
    )


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
    """Entry point: one-line errors, with the exit codes of :mod:`translit.exit_codes`.

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
        return exit_codes.BAD_INPUT
    except (click.Abort, KeyboardInterrupt):
        click.echo("translit: interrupted", err=True)
        return exit_codes.INTERRUPTED
    except OutputClosed:
        _silence_stdout()
        return exit_codes.BROKEN_PIPE
    except TranslitError as error:
        click.echo(f"translit: error: {error}", err=True)
        return exit_codes.BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the one place that turns a bug into a clear line
        click.echo(f"translit: internal error: {type(error).__name__}: {error}", err=True)
        return exit_codes.INTERNAL
    return exit_codes.OK


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # stdout is not a file (tests run the CLI in-process): nothing will flush to a pipe


#: Whether this process is the console script's, which ends with the run (not a caller's, as in tests
#: that run :func:`main` in-process): only then may the CLI freeze what it loaded (``gc.freeze``).
_own_process = False


def entry_point() -> None:
    """The ``translit`` console script: :func:`main` in a process of its own."""
    global _own_process
    _own_process = True
    code = main()
    # The interpreter's last garbage collection would traverse every object still alive, the loaded
    # gazetteer's among them (a fifth of a second of a one-line run); frozen, they are left to the exit.
    gc.freeze()
    sys.exit(code)
