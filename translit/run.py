"""A clean or detect run over many inputs: cut them into tasks, do the tasks in workers, report in order.

The main process reads the inputs (text in blocks, JSON Lines in chunks of lines) and hands each
task to :func:`translit.parallel.ordered_map`; a worker turns a task into an :class:`Outcome` — the
output text and the messages for stderr — so only small, picklable values cross between processes.
Outcomes come back in input order, and :func:`execute` sends them to a writer.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import multiprocessing
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from translit.api import load_pipeline
from translit.batch import process_jsonl
from translit.config import Config
from translit.errors import InputError
from translit.output import Writer
from translit.parallel import ordered_map
from translit.report import (
    as_diff,
    as_json_line,
    clean_record,
    detect_record,
    explain_edit,
    explain_finding,
)
from translit.source import Source as SourceText
from translit.stream import BLOCK_BYTES, read_blocks, read_line_chunks
from translit.textio import Source, decode_text, open_source

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@dataclass(frozen=True)
class Settings:
    """What a run does to each input; sent once to every worker."""

    config: Config = field(default_factory=Config)
    detect_only: bool = False
    output_format: str = "text"  # text | json | diff
    explain: bool = False
    jsonl: bool = False
    field: str = "text"
    source_text: str | None = None  # --source: the original of the (one) text input, line by line
    source_field: str = "source"  # the JSONL field with each object's original
    fail_fast: bool = False  # stop at the first bad input (the first bad line of a JSONL batch)


@dataclass(frozen=True)
class Task:
    """A piece of one source: a text block, a chunk of JSON lines, a problem to report, or its end."""

    source: Source
    number: int  # the source's place in the run: tells apart two sources with the same path
    kind: str  # "text" | "lines" | "problem" | "end"
    data: bytes = b""
    lines: tuple[bytes | None, ...] = ()
    offset: int = 0  # bytes of the source before this piece
    lines_before: int = 0  # lines of the source before this piece
    problem: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a task produced: output text, error lines and explanations for stderr."""

    source: Source
    number: int
    output: str = ""
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    lost: bool = False  # the source as a whole failed: drop whatever output it has
    end: bool = False
    size: int = 0  # input bytes consumed, for the progress bar


def plan(sources: Iterable[Source], settings: Settings, stdin: BinaryIO) -> Iterator[Task]:
    """The tasks of a run, read lazily: at most one block or chunk of each source is held at a time."""
    for number, source in enumerate(sources):
        if source.problem:
            yield Task(source, number, "problem", problem=f"{source.path}: {source.problem}")
            continue
        try:
            with open_source(source, stdin) as stream:
                yield from (_line_tasks if settings.jsonl else _text_tasks)(source, number, stream, settings)
        except InputError as error:
            yield Task(source, number, "problem", problem=str(error))
            continue
        except OSError as error:
            yield Task(source, number, "problem", problem=f"{source.path}: cannot read ({error.strerror})")
            continue
        yield Task(source, number, "end")


def _text_tasks(source: Source, number: int, stream: BinaryIO, settings: Settings) -> Iterator[Task]:
    blocks = read_blocks(stream, BLOCK_BYTES)
    first = next(blocks, b"")
    second = next(blocks, None)
    if second is not None and settings.output_format != "text":
        raise InputError(
            f"{source.path}: longer than {BLOCK_BYTES / 2**20:g} MiB, too long for --format "
            f"{settings.output_format} (one document); use --format text, which cleans it in blocks"
        )
    offset, lines_before = 0, 0
    for block in _chain(first, second, blocks):
        yield Task(source, number, "text", data=block, offset=offset, lines_before=lines_before)
        offset += len(block)
        lines_before += block.count(b"\n")


def _chain(first: bytes, second: bytes | None, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _line_tasks(source: Source, number: int, stream: BinaryIO, settings: Settings) -> Iterator[Task]:
    for first_line, lines in read_line_chunks(stream):
        yield Task(source, number, "lines", lines=tuple(lines), lines_before=first_line - 1)


def perform(settings: Settings, task: Task) -> Outcome:
    """Do one task with the pipeline of ``settings`` (loaded once per process)."""
    if task.kind == "problem":
        return Outcome(task.source, task.number, errors=(task.problem,), lost=True)
    if task.kind == "end":
        return Outcome(task.source, task.number, end=True)
    if task.kind == "lines":
        return _perform_lines(settings, task)
    return _perform_text(settings, task)


def _perform_text(settings: Settings, task: Task) -> Outcome:
    source, pipeline, size = task.source, load_pipeline(settings.config), len(task.data)
    try:
        text = decode_text(task.data, source.path, task.offset)
    except InputError as error:
        return Outcome(source, task.number, errors=(str(error),), lost=True, size=size)
    original = _line_aligned_source(settings, task)
    if settings.detect_only:
        findings = pipeline.detect(text, original)
        if settings.output_format == "json":
            return Outcome(source, task.number, as_json_line(detect_record(source.path, findings)), size=size)
        lines = (explain_finding(source.path, text, f, task.lines_before) + "\n" for f in findings)
        return Outcome(source, task.number, "".join(lines), size=size)
    result = pipeline.clean(text, original)
    explained = result.edits if settings.explain else ()
    notes = tuple(explain_edit(source.path, text, edit, task.lines_before) for edit in explained)
    if settings.output_format == "json":
        output = as_json_line(clean_record(source.path, result))
    elif settings.output_format == "diff":
        output = as_diff(source.path.lstrip("/"), text, result.text)
    else:
        output = result.text
    return Outcome(source, task.number, output, notes=notes, size=size)


def _line_aligned_source(settings: Settings, task: Task) -> SourceText | None:
    """The ``--source`` lines that are the originals of this block's lines (a long input comes in
    blocks of whole lines)."""
    if settings.source_text is None:
        return None
    lines = settings.source_text.split("\n")
    block_lines = task.data.count(b"\n") + (0 if task.data.endswith(b"\n") or not task.data else 1)
    part = "\n".join(lines[task.lines_before : task.lines_before + block_lines])
    return SourceText(part, line_aligned=True)


def _perform_lines(settings: Settings, task: Task) -> Outcome:
    pipeline = load_pipeline(settings.config)
    outputs, errors = [], []
    path, first = task.source.path, task.lines_before + 1
    for result in process_jsonl(
        task.lines, pipeline, settings.field, path, settings.detect_only, first, settings.source_field
    ):
        if result.error is None:
            outputs.append(result.output or "")
        else:
            errors.append(result.error)
            if settings.fail_fast:
                break
    size = sum(len(line or b"") for line in task.lines)
    return Outcome(task.source, task.number, "".join(outputs), errors=tuple(errors), size=size)


def start_worker(settings: Settings) -> None:
    """Load the pipeline once per worker; leave Ctrl-C and SIGTERM to the main process."""
    if multiprocessing.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent()
    load_pipeline(settings.config)


def _die_with_parent() -> None:
    """On Linux, have the kernel end this worker when the main process dies, even by SIGKILL, rather
    than leave it to fail on a closed pipe."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def execute(
    tasks: Iterable[Task],
    settings: Settings,
    writer: Writer,
    report: Callable[[str], None],
    jobs: int = 1,
    progress: Callable[[int], object] = lambda size: None,
) -> bool:
    """Run the tasks, write outcomes in order, ``report`` each stderr line; return whether any failed.

    With ``settings.fail_fast`` the run stops at the first error (what was written so far is kept). If the
    run is interrupted, the writer discards its unfinished file.
    """
    failed = False
    current: int | None = None  # the source whose output is open
    dropped: int | None = None  # a source that failed as a whole: the rest of it is skipped
    outcomes = ordered_map(functools.partial(perform, settings), tasks, jobs, start_worker, (settings,))
    try:
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                progress(outcome.size)
                if outcome.number == dropped:
                    continue
                if outcome.lost:
                    if current == outcome.number:
                        writer.end(keep=False)
                    current, dropped = None, outcome.number
                elif current is None:
                    writer.begin(outcome.source)
                    current = outcome.number
                if outcome.output:
                    writer.write(outcome.output)
                for note in outcome.notes:
                    report(note)
                for error in outcome.errors:
                    report(f"translit: error: {error}")
                if outcome.end:
                    writer.end(keep=True)
                    current = None
                failed |= bool(outcome.errors)
                if settings.fail_fast and outcome.errors:
                    break
    except BaseException:
        writer.abort()
        raise
    if current is not None:
        writer.end(keep=True)
    writer.close()
    return failed
