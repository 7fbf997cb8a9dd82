"""Fuzzing the library and the CLI with random bytes and near-miss inputs (bounded; the long campaign is
``benchmarks/fuzz.py``): never a traceback, one clear line per problem, nothing else lost."""

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.testkit import run_cli
from translit.api import load_pipeline
from translit.batch import process_jsonl
from translit.errors import InputError
from translit.textio import decode_text

from .strategies import texts

ERROR = "translit: error: "


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_decode_or_give_one_clear_error(data):
    try:
        assert decode_text(data, "x").encode("utf-8") == data
    except InputError as error:
        assert str(error).startswith("x: ") and "\n" not in str(error)


@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=200),
    argv=st.sampled_from(
        [["clean"], ["clean", "--jsonl"], ["detect"], ["detect", "--jsonl"], ["clean", "--format", "json"]]
    ),
)
def test_random_bytes_through_the_cli(data, argv):
    code, _, errors = run_cli(data, *argv)
    assert code in (0, 2)
    assert all(line.startswith(ERROR) for line in errors)
    assert (code == 2) == bool(errors)


def good(number: int, text: str) -> bytes:
    return json.dumps({"id": number, "body": text}, ensure_ascii=False).encode() + b"\n"


# Near misses: each makes one line bad in a known way; the (regex) message names it. (A NUL byte is not a
# near miss: it means a binary file, which is not read further; tests/test_reliability_io.py, C9.)
NEAR_MISSES = {
    "truncated": (lambda n: good(n, "Kiev")[:-5] + b"\n", r"not valid JSON"),
    "wrong field": (lambda n: json.dumps({"id": n, "text": "Kiev"}).encode() + b"\n", r"no field 'body' \(fields: id, text\); use --field"),  # noqa: E501
    "not an object": (lambda n: b"[1, 2]\n", r"expected a JSON object, got list"),
    "not a string": (lambda n: json.dumps({"id": n, "body": 3}).encode() + b"\n", r"field 'body' is int, not a string"),  # noqa: E501
    "invalid UTF-8": (lambda n: b'{"id": 0, "body": "caf\xe9"}\n', r"not valid UTF-8 \(byte 0xe9"),
    "trailing comma": (lambda n: b'{"id": 0, "body": "x",}\n', r"not valid JSON"),
}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["good", "blank", *NEAR_MISSES]), max_size=30), texts(max_pieces=4))
def test_a_jsonl_batch_loses_only_its_bad_lines(kinds, text):

    lines = []
    for number, kind in enumerate(kinds, start=1):
        lines.append(
            good(number, text)
            if kind == "good"
            else b"  \n"
            if kind == "blank"
            else NEAR_MISSES[kind][0](number)
        )
    code, out, errors = run_cli(b"".join(lines), "clean", "--jsonl", "--field", "body")
    expected_ids = [n for n, kind in enumerate(kinds, start=1) if kind == "good"]
    assert [
        json.loads(line)["id"] for line in out.split("\n")[:-1]
    ] == expected_ids  # not splitlines: U+2029 stays raw in JSON
    bad = [(n, kind) for n, kind in enumerate(kinds, start=1) if kind in NEAR_MISSES]
    assert len(errors) == len(bad) and code == (2 if bad else 0)
    for (number, kind), line in zip(bad, errors):
        assert re.match(rf"{ERROR}-:{number}: {NEAR_MISSES[kind][1]}", line), line


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=80), max_size=10))
def test_process_jsonl_never_raises(lines):
    results = list(process_jsonl([line + b"\n" for line in lines], load_pipeline(), "text", "f"))
    assert all((r.output is None) != (r.error is None) for r in results)
