"""JSON Lines batches: one object per line, one field cleaned, the rest passed through untouched."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from translit.errors import InputError
from translit.pipeline import Pipeline, describe_finding
from translit.stream import MAX_LINE_BYTES
from translit.textio import decode_text

_TOO_LONG = f"line longer than {MAX_LINE_BYTES // 2**20} MiB; not processed (split the record)"


@dataclass(frozen=True)
class LineResult:
    """The output line for one input line, or the error that kept it from being processed."""

    line_number: int
    output: str | None = None
    error: str | None = None


def process_jsonl(
    lines: Iterable[bytes | None],
    pipeline: Pipeline,
    field: str,
    source: str,
    detect_only: bool = False,
    first_line: int = 1,
    source_field: str = "source",
) -> Iterator[LineResult]:
    """Clean (or only check) ``field`` of every JSON object; a bad line is reported, not fatal.

    Blank lines are skipped; ``None`` stands for a line too long to read (see
    :func:`translit.stream.read_line_chunks`). Cleaning replaces the field and adds ``edits``;
    checking adds ``findings``. ``first_line`` numbers the first line, for a chunk of a larger file.
    An object's ``source_field``, when it holds a string, is the Chinese original of its text.
    """
    for line_number, line in enumerate(lines, start=first_line):
        if line is None:
            yield LineResult(line_number, error=f"{source}:{line_number}: {_TOO_LONG}")
            continue
        if not line.strip():
            continue
        try:
            record, text = _parse_record(line, field, f"{source}:{line_number}")
        except InputError as error:
            yield LineResult(line_number, error=str(error))
            continue
        original = record.get(source_field)
        original = original if isinstance(original, str) else None
        if detect_only:
            record["findings"] = [describe_finding(f) for f in pipeline.detect(text, original)]
        else:
            result = pipeline.clean(text, original)
            record[field] = result.text
            record["edits"] = [edit.to_dict() for edit in result.edits]
        yield LineResult(line_number, output=json.dumps(record, ensure_ascii=False) + "\n")


def _parse_record(line: bytes, field: str, where: str) -> tuple[dict[str, object], str]:
    try:
        record = json.loads(decode_text(line, where))
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    if field not in record:
        raise InputError(
            f"{where}: no field {field!r} (fields: {', '.join(map(str, record)) or 'none'}); use --field"
        )
    text = record[field]
    if not isinstance(text, str):
        raise InputError(f"{where}: field {field!r} is {type(text).__name__}, not a string")
    return record, text
