"""The JSON Lines codec: read one field of a record, write the record back changed only where translit
changed it.

Only the top level of a record is taken apart. Every other member is copied byte for byte, so numbers
keep their spelling (``1e400`` stays ``1e400``, never ``Infinity``; a 5,000-digit integer is never
converted), duplicate keys and key order survive, and the output is strict JSON whenever the input
was. The whole line is still validated (with Python's own decoder, which builds no numbers here).
The cleaned field's value is replaced in place, and translit's report goes into one new member (named
by ``--edits-field``) at the end of the object. A record that cannot be processed — not JSON, nested
too deeply for the decoder, a lone surrogate in the text, the report field already taken — is one
:class:`~translit.errors.InputError` for its line.

>>> record = parse_record('{"id": 7, "v": 1e400, "text": "Kiev"}\\n', "text", "edits", "in:1")
>>> record.text
'Kiev'
>>> record.render("Kyiv", "edits", {"edits": []})
'{"id": 7, "v": 1e400, "text": "Kyiv", "edits": {"edits": []}}\\n'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]

import regex

from translit.errors import InputError

_WHITESPACE = regex.compile(r"[ \t\n\r]*")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_TERMINATOR = regex.compile(r"\r?\n\Z")


class _NotStrictJson(ValueError):
    pass


def _refuse_constant(name: str) -> object:
    raise _NotStrictJson(f"{name} is not JSON")


# Validates any value and builds nothing large: numbers become 0, objects {} (their members are read).
_VALIDATOR = json.JSONDecoder(
    parse_int=lambda digits: 0,
    parse_float=lambda digits: 0.0,
    parse_constant=_refuse_constant,
    object_pairs_hook=lambda pairs: {},
)


@dataclass(frozen=True)
class Record:
    """One JSON object as a line of text, and where its parts are."""

    line: str  # without its line ending
    ending: str  # "\n", "\r\n" or "" (the last line of a file)
    text: str  # the value of the field being processed
    value_span: tuple[int, int]  # where that value's JSON is in ``line``
    end_of_members: int  # just after the last member's value: where a new member goes
    members: tuple[tuple[str, int, int], ...] = ()  # (key, value start, value end) of each top-level member

    def string_member(self, key: str) -> str | None:
        """The value of another top-level member when it is a string (the last one of that key), else None.

        >>> parse_record('{"text": "Kiev", "source": "基輔"}', "text", "edits", "in:1").string_member("source")
        '基輔'
        """
        spans = [(start, end) for name, start, end in self.members if name == key]
        if not spans:
            return None
        value, _ = _VALIDATOR.raw_decode(self.line, spans[-1][0])
        return value if isinstance(value, str) and not _SURROGATE.search(value) else None

    def render(self, text: str | None, report_field: str, report: dict[str, object]) -> str:
        """The line with the field set to ``text`` (``None``: left as it was) and ``report`` added."""
        start, end = self.value_span
        line, insert_at = self.line, self.end_of_members
        if text is not None and text != self.text:
            value = json.dumps(text, ensure_ascii=False)
            line = line[:start] + value + line[end:]
            insert_at += len(value) - (end - start) if insert_at >= end else 0
        addition = f", {json.dumps(report_field, ensure_ascii=False)}: " + json.dumps(
            report, ensure_ascii=False, allow_nan=False
        )
        return line[:insert_at] + addition + line[insert_at:] + (self.ending or "\n")


def parse_record(line: str, field: str, report_field: str, where: str) -> Record:
    """Find ``field`` in the JSON object on ``line``; raise :class:`InputError` naming ``where``."""
    ending_match = _TERMINATOR.search(line)
    ending = ending_match.group() if ending_match else ""
    body = line[: len(line) - len(ending)]
    try:
        members, end_of_members = _top_level_members(body, where)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.pos + 1})") from None
    except _NotStrictJson as error:
        raise InputError(f"{where}: not valid JSON ({error})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to read; not processed") from None
    keys = [key for key, _, _ in members]
    if field not in keys:
        listed = ", ".join(dict.fromkeys(keys)) or "none"
        raise InputError(f"{where}: no field {field!r} (fields: {listed}); use --field")
    if keys.count(field) > 1:
        raise InputError(
            f"{where}: field {field!r} appears {keys.count(field)} times; which one to clean is unclear"
        )
    if report_field in keys:
        raise InputError(
            f"{where}: the record already has a field {report_field!r}, where translit would write its "
            "report; name another with --edits-field"
        )
    _, start, end = members[keys.index(field)]
    text, _ = _VALIDATOR.raw_decode(body, start)
    if not isinstance(text, str):
        raise InputError(f"{where}: field {field!r} is {_json_type(body, start)}, not a string")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InputError(
            f"{where}: field {field!r} holds a lone surrogate (\\u{ord(surrogate.group()):04x}), which is "
            "not text; not processed"
        )
    return Record(body, ending, text, (start, end), end_of_members, tuple(members))


def _top_level_members(body: str, where: str) -> tuple[list[tuple[str, int, int]], int]:
    """``[(key, value start, value end)]`` of the object on ``body``, and where its last value ends.

    Keys are decoded (``scanstring``); values are validated by the decoder and left as text.
    """
    position = _skip(body, 0)
    if body[position : position + 1] != "{":
        _VALIDATOR.raw_decode(body, position)  # a JSONDecodeError for anything that is not a value
        raise InputError(f"{where}: expected a JSON object, got {_json_type(body, position)}")
    members: list[tuple[str, int, int]] = []
    position = _skip(body, position + 1)
    end_of_members = position
    if body[position : position + 1] != "}":
        while True:
            if body[position : position + 1] != '"':
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", body, position
                )
            key, position = scanstring(body, position + 1)
            position = _skip(body, position)
            if body[position : position + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", body, position)
            start = _skip(body, position + 1)
            _, end = _VALIDATOR.raw_decode(body, start)
            members.append((key, start, end))
            end_of_members = end
            position = _skip(body, end)
            if body[position : position + 1] == ",":
                position = _skip(body, position + 1)
                continue
            if body[position : position + 1] != "}":
                raise json.JSONDecodeError("Expecting ',' delimiter", body, position)
            break
    after = _skip(body, position + 1)
    if after != len(body):
        raise json.JSONDecodeError("Extra data", body, after)
    return members, end_of_members


def _skip(body: str, position: int) -> int:
    match = _WHITESPACE.match(body, position)
    return match.end() if match else position


def _json_type(body: str, position: int) -> str:
    """The Python type name of the (valid) JSON value at ``position``: str, int, list, dict..."""
    value, _ = _VALIDATOR.raw_decode(body, position)
    return type(value).__name__
