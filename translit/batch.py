"""JSON Lines batches: one object per line, one field cleaned, the rest passed through byte for byte."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from translit import markup
from translit.errors import InputError
from translit.jsonl import Record, parse_record
from translit.pipeline import BATCH, Pipeline
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

    Records are read :data:`~translit.pipeline.BATCH` at a time, and their plain texts cleaned together
    (:meth:`~translit.pipeline.Pipeline.clean_many`: the same results, faster); should that fail, each
    record is cleaned again on its own, so that an error is reported with the record that caused it.
    """
    read = _read(lines, field, source, first_line, edits_field, source_field)
    while window := list(itertools.islice(read, BATCH)):
        together = _processed_together(
            [item for item in window if isinstance(item, _Record)],
            pipeline,
            detect_only,
            edits_field,
            input_format,
        )
        for item in window:
            if isinstance(item, LineResult):
                yield item
            else:
                yield together.get(item.line_number) or _processed(
                    item, pipeline, detect_only, edits_field, input_format
                )


@dataclass(frozen=True)
class _Record:
    """A line read as a JSON object, with its source."""

    line_number: int
    where: str
    record: Record
    original: str | None


def _read(
    lines: Iterable[bytes | None],
    field: str,
    source: str,
    first_line: int,
    edits_field: str,
    source_field: str,
) -> Iterator[_Record | LineResult]:
    """Each line that is not blank, read as a record, or the error that kept it from being read."""
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
        yield _Record(line_number, where, record, record.string_member(source_field))


def _processed_together(
    items: list[_Record], pipeline: Pipeline, detect_only: bool, edits_field: str, input_format: str
) -> dict[int, LineResult]:
    """Line number -> the result of each record whose text is plain, all cleaned (or checked) at once; none
    where that fails (each is then processed on its own)."""
    plain = [item for item in items if _is_plain_text(item.record.text, input_format)]
    texts, sources = [item.record.text for item in plain], [item.original for item in plain]
    try:
        if detect_only:
            outputs = [
                (item.record.render(None, edits_field, detect_report(findings)), bool(findings))
                for item, findings in zip(plain, pipeline.detect_many(texts, sources), strict=True)
            ]
        else:
            outputs = [
                (item.record.render(result.text, edits_field, clean_report(result)), bool(result.edits))
                for item, result in zip(plain, pipeline.clean_many(texts, sources), strict=True)
            ]
    except Exception:  # noqa: BLE001 - each record is processed again on its own, and its error reported
        return {}
    return {
        item.line_number: LineResult(item.line_number, output=output, found=found)
        for item, (output, found) in zip(plain, outputs, strict=True)
    }


def _is_plain_text(text: str, input_format: str) -> bool:
    try:
        return markup.resolve_format(input_format, text) == "text"
    except InputError:  # an unknown format: reported by the record's own processing
        return False


def _processed(
    item: _Record, pipeline: Pipeline, detect_only: bool, edits_field: str, input_format: str
) -> LineResult:
    """The result of one record on its own."""
    record, original = item.record, item.original
    try:
        if detect_only:
            findings = markup.detect(pipeline, record.text, input_format, original)
            output, found = record.render(None, edits_field, detect_report(findings)), bool(findings)
        else:
            result = markup.clean(pipeline, record.text, input_format, original)
            output = record.render(result.text, edits_field, clean_report(result))
            found = bool(result.edits)
    except Exception as error:  # noqa: BLE001 - a bug met on one record must not cost the others
        return LineResult(item.line_number, error=f"{item.where}: {internal_error(error)}", internal=True)
    return LineResult(item.line_number, output=output, found=found)


def internal_error(error: Exception) -> str:
    """How a bug met on one input is reported, so that the run can go on with the others."""
    return f"internal error ({type(error).__name__}: {error}); not processed — please report this input"
