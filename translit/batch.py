"""JSON Lines batches: one object per line, one field cleaned, the rest passed through byte for byte."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from translit import markup
from translit.errors import InputError
from translit.jsonl import parse_record
from translit.pipeline import Pipeline
from translit.records import clean_report, detect_report
from translit.stream import MAX_LINE_BYTES
from translit.textio import decode_text

_TOO_LONG = f"line longer than {MAX_LINE_BYTES // 2**20} MiB; not processed (split the record)"
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class LineResult:
    """The output line for one input line, or the error that kept it from being processed.

    ``internal`` marks an error that is translit's fault (a bug met on this record), not the input's;
    ``found`` that detect found something in the record, or clean changed it.
    """

    line_number: int
    output: str | None = None
    error: str | None = None
    internal: bool = False
    found: bool = False


def process_jsonl(
    lines: Iterable[bytes | None],
    pipeline: Pipeline,
    field: str,
    source: str,
    detect_only: bool = False,
    first_line: int = 1,
    edits_field: str = "edits",
    input_format: str = "text",
    source_field: str = "source",
) -> Iterator[LineResult]:
    """Clean (or only check) ``field`` of every JSON object; a bad line is reported, not fatal.

    Blank lines are skipped; ``None`` stands for a line too long to read (see
    :func:`translit.stream.read_line_chunks`); a byte-order mark before the first line is dropped.
    Cleaning replaces the field's value and adds ``edits_field`` holding the clean report of
    :mod:`translit.records` (edits and skipped findings); checking adds the detect report (findings).
    ``first_line`` numbers the first line, for a chunk of a larger file; ``input_format`` says how to
    read the field (:mod:`translit.markup`). An object's ``source_field``, when it holds a string, is
    the Chinese original of its text.
    """
    for line_number, line in enumerate(lines, start=first_line):
        where = f"{source}:{line_number}"
        if line is None:
            yield LineResult(line_number, error=f"{where}: {_TOO_LONG}")
            continue
        if line_number == 1:
            line = line.removeprefix(_BOM)
        if not line.strip():
            continue
        try:
            record = parse_record(decode_text(line, where), field, edits_field, where)
        except InputError as error:
            yield LineResult(line_number, error=str(error))
            continue
        original = record.string_member(source_field)
        try:
            if detect_only:
                findings = markup.detect(pipeline, record.text, input_format, original)
                output, found = record.render(None, edits_field, detect_report(findings)), bool(findings)
            else:
                result = markup.clean(pipeline, record.text, input_format, original)
                output = record.render(result.text, edits_field, clean_report(result))
                found = bool(result.edits)
        except Exception as error:  # noqa: BLE001 - a bug met on one record must not cost the others
            yield LineResult(line_number, error=f"{where}: {internal_error(error)}", internal=True)
            continue
        yield LineResult(line_number, output=output, found=found)


def internal_error(error: Exception) -> str:
    """How a bug met on one input is reported, so that the run can go on with the others."""
    return f"internal error ({type(error).__name__}: {error}); not processed — please report this input"
