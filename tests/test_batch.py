"""JSON Lines records are cleaned in batches: each gets what it would get alone, errors included."""

import json

import pytest

from translit import batch as batch_module
from translit import pipeline as pipeline_module
from translit.api import load_pipeline
from translit.batch import process_jsonl


def _record(text, **more):
    return (json.dumps({"text": text, **more}, ensure_ascii=False) + "\n").encode()


LINES = [
    _record("Officials in Kiev said the talks would resume."),
    b"\n",
    _record("<p>Trains left Kharkov on time.</p>"),
    b"{not json\n",
    _record("Serhiy Haidai said Heday and officials in Tashkent spoke of Udong, near Kyiv."),
    _record("The council met on Tuesday.", source="議會週二開會。"),
    json.dumps({"body": "no text field"}).encode() + b"\n",
    _record("Strikes hit Kramatorsk and Kramatorsk overnight."),
]


def _fields(results):
    return [(r.line_number, r.output, r.error, r.internal, r.found) for r in results]


def _one_at_a_time(detect_only, input_format):
    return [
        result
        for number, line in enumerate(LINES, start=1)
        for result in process_jsonl(
            [line], load_pipeline(), "text", "f", detect_only, number, "edits", input_format
        )
    ]


@pytest.mark.parametrize("detect_only", [False, True])
@pytest.mark.parametrize("input_format", ["text", "auto"])
def test_records_in_batches_get_what_each_gets_alone(monkeypatch, detect_only, input_format):
    monkeypatch.setattr(batch_module, "BATCH", 3)  # batches of three, the last one short
    together = list(process_jsonl(LINES, load_pipeline(), "text", "f", detect_only, 1, "edits", input_format))
    assert _fields(together) == _fields(_one_at_a_time(detect_only, input_format))
    assert [r.line_number for r in together] == [1, 3, 4, 5, 6, 7, 8]


def test_a_bug_met_on_one_record_of_a_batch_costs_that_record_alone(monkeypatch):
    expected = _fields(process_jsonl(LINES, load_pipeline(), "text", "f"))
    read_document = pipeline_module.read_document

    def read_document_failing_on_trains(text, *args, **kwargs):
        if "Trains" in text:
            raise RuntimeError("boom")
        return read_document(text, *args, **kwargs)

    monkeypatch.setattr(pipeline_module, "read_document", read_document_failing_on_trains)
    found = _fields(process_jsonl(LINES, load_pipeline(), "text", "f"))
    [failed] = [i for i, result in enumerate(found) if result[3]]
    assert found[failed][0] == 3 and "internal error (RuntimeError: boom)" in found[failed][2]
    assert found[:failed] + found[failed + 1 :] == expected[:failed] + expected[failed + 1 :]
