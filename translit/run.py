"""A clean or detect run over many inputs: cut them into tasks, do the tasks in workers, report in order.

The main process reads the inputs (text in blocks, JSON Lines in chunks of lines) and hands each
task to :func:`translit.parallel.ordered_map`; a worker turns a task into an :class:`Outcome` — the
output text and the messages for stderr — so only small, picklable values cross between processes.
Outcomes come back in input order, and :func:`execute` sends them to a writer.

Text is decoded as it is read, so a source found to be binary or not UTF-8 is not read any further
(an endless device included). A bug met on one input is reported for that input (exit code 1 at the
end) while the other inputs go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from translit import markup
from translit.api import load_pipeline
from translit.batch import internal_error, process_jsonl
from translit.config import Config
from translit.errors import InputError
from translit.lines import LineIndex, count_line_breaks
from translit.markup import resolve_format as markup_format
from translit.output import Writer
from translit.parallel import ordered_map
from translit.records import clean_record, detect_record
from translit.report import as_diff, as_json_line, explain_edit, explain_finding
from translit.source import Source as SourceText
from translit.source import SourceAlignmentError
from translit.source.view import alignment_message, line_spans
from translit.stream import BLOCK_BYTES, read_blocks, read_line_chunks
from translit.textio import Source, decode_text, open_source
from translit.worddiff import word_diff

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
#: Input bytes read ahead of the writer, at most (plus the one piece being read): with blocks of at most
#: 4 MiB and chunks of about 1 MiB, 2 pieces per worker on a few cores fit, and memory stays bounded
#: whatever the input (``C11``).
IN_FLIGHT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What a run does to each input; sent once to every worker."""

    config: Config = field(default_factory=Config)
    detect_only: bool = False
    output_format: str = "text"  # text | json | diff
    explain: bool = False
    jsonl: bool = False
    field: str = "text"
    edits_field: str = "edits"  # the JSONL member that receives translit's report
    source_path: str | None = None  # --source: the original of the (one) text input, line by line
    source_field: str = "source"  # the JSONL field with each object's original
    fail_fast: bool = False  # stop at the first bad input (the first bad line of a JSONL batch)
    input_format: str = "text"  # text | html | markdown | auto (translit.markup)
    colour: bool = False  # --format diff marks words in colour (output to a terminal)
    check: bool = False  # clean --check: report the edits clean would make instead of the cleaned text


@dataclass(frozen=True)
class Task:
    """A piece of one source: a text block, a chunk of JSON lines, a problem to report, or its end."""

    source: Source
    number: int  # the source's place in the run: tells apart two sources with the same path
    kind: str  # "text" | "lines" | "problem" (the source fails) | "stop" (no more of it is read) | "end"
    text: str = ""
    lines: tuple[bytes | None, ...] = ()
    lines_before: int = 0  # lines of the source before this piece
    problem: str = ""
    size: int = 0  # input bytes in this piece, for the progress bar and the bound on memory
    input_format: str = "text"  # how to read a text piece: text | html | markdown (translit.markup)
    original: str | None = None  # --source: the lines of the original of this piece's lines


@dataclass(frozen=True)
class Outcome:
    """What a task produced: output text, error lines and explanations for stderr."""

    source: Source
    number: int
    output: str = ""
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    lost: bool = False  # the source as a whole failed: drop whatever output it has
    internal: bool = False  # an error was translit's fault (a bug met on this input), not the input's
    end: bool = False
    size: int = 0  # input bytes consumed, for the progress bar
    found: bool = False  # detect found something, or clean made (or would make) an edit


def plan(sources: Iterable[Source], settings: Settings, stdin: BinaryIO) -> Iterator[Task]:
    """The tasks of a run, read lazily: at most one block or chunk of each source is held at a time."""
    for number, source in enumerate(sources):
        if source.problem:
            yield Task(source, number, "problem", problem=f"{source.name}: {source.problem}")
            continue
        try:
            with open_source(source, stdin) as stream:
                if settings.jsonl:
                    yield from _line_tasks(source, number, stream, settings)
                elif settings.source_path is not None:
                    tasks = _text_tasks(source, number, stream, settings)
                    yield from _with_originals(tasks, settings.source_path)
                else:
                    yield from _text_tasks(source, number, stream, settings)
        except InputError as error:
            yield Task(source, number, "problem", problem=str(error))
            continue
        except OSError as error:
            yield Task(source, number, "problem", problem=f"{source.name}: cannot read ({error.strerror})")
            continue
        yield Task(source, number, "end")


def _text_tasks(source: Source, number: int, stream: BinaryIO, settings: Settings) -> Iterator[Task]:
    blocks = read_blocks(stream, BLOCK_BYTES)
    first = next(blocks, b"")
    second = next(blocks, None)
    if second is not None and settings.output_format != "text":
        raise InputError(
            f"{source.name}: longer than {BLOCK_BYTES / 2**20:g} MiB, too long for --format "
            f"{settings.output_format} (one document); use --format text, which cleans it in blocks"
        )
    # Only a whole document is markup (longer ones are refused), so only its start is sniffed.
    input_format = markup_format(settings.input_format, first[:64].decode("utf-8", "ignore"), source.path)
    if second is not None and input_format != "text":
        raise InputError(
            f"{source.name}: longer than {BLOCK_BYTES / 2**20:g} MiB, too long for {input_format} (one "
            "document); split it, or clean it as plain text with --input text"
        )
    offset, lines_before, after_cr = 0, 0, False
    for block in _chain(first, second, blocks):
        text = decode_text(block, source.name, offset)  # an InputError stops reading this source
        yield Task(
            source,
            number,
            "text",
            text,
            lines_before=lines_before,
            size=len(block),
            input_format=input_format,
        )
        offset += len(block)
        # a CRLF cut between its CR and its LF is one line end, counted with the CR
        lines_before += count_line_breaks(text) - (after_cr and text.startswith("\n"))
        after_cr = text.endswith("\r")


def _chain(first: bytes, second: bytes | None, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _line_tasks(source: Source, number: int, stream: BinaryIO, settings: Settings) -> Iterator[Task]:
    """Chunks of lines; a binary stretch stops the reading, but the records before it stand (each record
    is independent of the others, unlike the blocks of one text)."""
    try:
        for first_line, lines in read_line_chunks(stream, source=source.name):
            size = sum(len(line or b"") for line in lines)
            yield Task(source, number, "lines", lines=tuple(lines), lines_before=first_line - 1, size=size)
    except InputError as error:
        yield Task(source, number, "stop", problem=str(error))


def perform(settings: Settings, task: Task) -> Outcome:
    """Do one task with the pipeline of ``settings`` (loaded once per process)."""
    if task.kind == "problem":
        return Outcome(task.source, task.number, errors=(task.problem,), lost=True)
    if task.kind == "stop":
        return Outcome(task.source, task.number, errors=(task.problem,))
    if task.kind == "end":
        return Outcome(task.source, task.number, end=True)
    if task.kind == "lines":
        return _perform_lines(settings, task)
    return _perform_text(settings, task)


def _perform_text(settings: Settings, task: Task) -> Outcome:
    source, size = task.source, task.size
    try:
        output, notes, found = _process_text(settings, task)
    except InputError as error:  # the input (or its source) cannot be cleaned as given
        return Outcome(source, task.number, errors=(f"{source.name}: {error}",), lost=True, size=size)
    except Exception as error:  # noqa: BLE001 - a bug met on one input must not cost the others
        problem = f"{source.name}: {internal_error(error)}"
        return Outcome(source, task.number, errors=(problem,), lost=True, internal=True, size=size)
    return Outcome(source, task.number, output, notes=notes, size=size, found=found)


def _process_text(settings: Settings, task: Task) -> tuple[str, tuple[str, ...], bool]:
    """The output of one text (or block), the explanations for stderr, and whether it found anything."""
    pipeline, text, name = load_pipeline(settings.config), task.text, task.source.name
    original = _line_aligned_source(settings, task)
    if settings.detect_only:
        findings = markup.detect(pipeline, text, task.input_format, original)
        if settings.output_format == "json":
            return as_json_line(detect_record(name, findings)), (), bool(findings)
        index = LineIndex(text, task.lines_before)
        lines = "".join(explain_finding(name, index, finding) + "\n" for finding in findings)
        return lines, (), bool(findings)
    result = markup.clean(pipeline, text, task.input_format, original)
    found = bool(result.edits)
    explained: tuple[str, ...] = ()
    if settings.explain or (settings.check and settings.output_format == "text"):
        index = LineIndex(text, task.lines_before)
        explained = tuple(explain_edit(name, index, edit) for edit in result.edits)
    notes = explained if settings.explain else ()
    if settings.output_format == "json":
        return as_json_line(clean_record(name, result)), notes, found
    if settings.output_format == "diff":
        return word_diff(task.source.path.lstrip("/"), text, result.edits, settings.colour), notes, found
    if settings.output_format == "patch":
        return as_diff(task.source.path.lstrip("/"), text, result.text), notes, found
    if settings.check:
        return "".join(line + "\n" for line in explained), notes, found
    return result.text, notes, found


def _line_aligned_source(settings: Settings, task: Task) -> SourceText | None:
    """The ``--source`` lines that are the originals of this block's lines (see :func:`_with_originals`)."""
    return None if task.original is None else SourceText(task.original, line_aligned=True)


def _with_originals(tasks: Iterator[Task], path: str) -> Iterator[Task]:
    """The text tasks of the one ``--source`` input, each with the lines of the source that are the
    originals of its lines, read alongside it: a text of any length is cleaned in blocks, and the source
    is never held whole. A source with another number of lines than the text is a problem of the input
    (its output is dropped), named once with both counts; each task is held back until the next one is
    read, so that the last is never cleaned before the counts are checked."""
    originals = _SourceLines(path)
    held: Task | None = None
    for task in tasks:
        if held is not None:
            yield held
        count = len(line_spans(task.text))
        lines = originals.take(task.lines_before, count)
        if lines is None:  # the source ends first: count the text's lines to the end, then say so
            text_lines = task.lines_before + count
            for rest in tasks:
                text_lines = rest.lines_before + len(line_spans(rest.text))
            raise _alignment_error(task.source.name, originals.count_all(), text_lines)
        held = dataclasses.replace(task, original="\n".join(lines))
    text_lines = held.lines_before + len(line_spans(held.text)) if held is not None else 1
    if originals.count_all() != text_lines:
        name = held.source.name if held is not None else path
        raise _alignment_error(name, originals.count_all(), text_lines)
    if held is not None:
        yield held


def _alignment_error(name: str, source_lines: int, text_lines: int) -> SourceAlignmentError:
    return SourceAlignmentError(f"{name}: {alignment_message(source_lines, text_lines)}")


class _SourceLines:
    """The lines of a ``--source`` file, read as the text's blocks need them (lines end at CRLF, CR or
    LF, as everywhere; an empty file is one empty line, as an empty text is)."""

    def __init__(self, path: str) -> None:
        self._path = path
        try:
            self._file = open(path, encoding="utf-8", newline=None)  # noqa: SIM115 - read as needed
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror})") from None
        self._read = 0  # lines read so far
        self._last = ""  # the last of them: a line that a block's end cuts is the original of both parts

    def take(self, first: int, count: int) -> list[str] | None:
        """Lines ``first`` to ``first + count - 1``; None when the file ends before."""
        lines = []
        if count and first == self._read - 1:
            lines.append(self._last)
            count -= 1
        for _ in range(count):
            line = self._next()
            if line is None:
                return None
            lines.append(line)
        return lines

    def count_all(self) -> int:
        """How many lines the file has (reading the rest of it)."""
        while self._next() is not None:
            pass
        return max(self._read, 1)

    def _next(self) -> str | None:
        if self._file.closed:
            return None
        try:
            line = self._file.readline()
        except UnicodeDecodeError:
            self._file.close()
            raise InputError(f"{self._path}: not UTF-8 text (line {self._read + 1})") from None
        if not line:
            self._file.close()
            return None
        self._read += 1
        self._last = line[:-1] if line.endswith("\n") else line
        return self._last


def _perform_lines(settings: Settings, task: Task) -> Outcome:
    pipeline = load_pipeline(settings.config)
    outputs, errors, internal, found = [], [], False, False
    source, first = task.source, task.lines_before + 1
    results = process_jsonl(
        task.lines,
        pipeline,
        settings.field,
        source.name,
        settings.detect_only,
        first,
        settings.edits_field,
        settings.input_format,
        settings.source_field,
    )
    for result in results:
        if result.error is None:
            outputs.append(result.output or "")
            found |= result.found
        else:
            errors.append(result.error)
            internal |= result.internal
            if settings.fail_fast:
                break
    output = "".join(outputs)
    return Outcome(source, task.number, output, tuple(errors), internal=internal, size=task.size, found=found)


def start_worker(settings: Settings) -> None:
    """Load the pipeline once per worker; leave Ctrl-C and SIGTERM to the main process."""
    if _in_a_worker_process():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent()
    load_pipeline(settings.config)


def _in_a_worker_process() -> bool:
    """Whether this process is a worker of a pool. A run of one job loads the pipeline in the main
    process and never imports :mod:`multiprocessing` (some 20 ms of start-up), while a worker always
    has: its pool started it."""
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is not None and multiprocessing.parent_process() is not None


def _die_with_parent() -> None:
    """On Linux, have the kernel end this worker when the main process dies, even by SIGKILL, rather
    than leave it to fail on a closed pipe."""
    if sys.platform.startswith("linux"):
        import ctypes  # here: only a worker needs it

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


@dataclass(frozen=True)
class RunStatus:
    """How a run went: whether any input was bad, whether translit failed on any (a bug), and whether
    anything was found (detect) or changed (clean)."""

    bad_input: bool = False
    internal: bool = False
    found: bool = False


def execute(
    tasks: Iterable[Task],
    settings: Settings,
    writer: Writer,
    report: Callable[[str], None],
    jobs: int = 1,
    progress: Callable[[int], object] = lambda size: None,
) -> RunStatus:
    """Run the tasks, write outcomes in order, ``report`` each stderr line; say whether any failed.

    With ``settings.fail_fast`` the run stops at the first error (what was written so far is kept). If the
    run is interrupted, the writer discards its unfinished file.
    """
    bad_input = internal = found = False
    current: int | None = None  # the source whose output is open
    dropped: int | None = None  # a source that failed as a whole: the rest of it is skipped
    outcomes = ordered_map(
        functools.partial(perform, settings),
        tasks,
        jobs,
        start_worker,
        (settings,),
        weigh=lambda task: task.size,
        budget=IN_FLIGHT_BYTES,
    )
    try:
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                progress(outcome.size)
                if outcome.number == dropped:
                    continue
                if outcome.number != current:
                    writer.begin(outcome.source)
                    current = outcome.number
                if outcome.lost:
                    writer.end(keep=False)
                    current, dropped = None, outcome.number
                elif outcome.output:
                    writer.write(outcome.output)
                for note in outcome.notes:
                    report(note)
                for error in outcome.errors:
                    report(f"translit: error: {error}")
                if outcome.end:
                    writer.end(keep=True)
                    current = None
                bad_input |= bool(outcome.errors) and not outcome.internal
                internal |= outcome.internal
                found |= outcome.found
                if settings.fail_fast and outcome.errors:
                    break
    except BaseException:
        writer.abort()
        raise
    if current is not None:
        writer.end(keep=True)
    writer.close()
    return RunStatus(bad_input, internal, found)
