"""Results as plain data, built here and nowhere else, so that every output carries the same fields.

``--format json`` writes one record per document (``path`` plus the fields below); ``--jsonl`` keeps
each input object, replaces its text field and puts the same report under one field of its own
(``--edits-field``). A clean report is ``{"edits": [...], "skipped": [...]}``, a detect report
``{"findings": [...]}``; an edit or a finding has the same keys wherever it appears.

Every record and report names its JSON Schema and version first (``"schema": "translit/clean-record",
"schema_version": 1``); the schemas ship in ``translit/schemas/`` (:func:`schema_path`). The version
goes up when a field is removed, renamed or changes meaning; a new field is added under the same
version only with a new schema file that lists it (the schemas admit no unknown field, so that a test
catches any change of shape).

>>> from translit.edits import Edit
>>> edit = Edit(13, 17, "Kiev", "Kyiv", "house-style", "house-style", "house style", 0.9, "kyiv")
>>> sorted(edit_record(edit))
['end', 'entry', 'original', 'reason', 'replacement', 'rule', 'score', 'start', 'type']
"""

from __future__ import annotations

from pathlib import Path

from translit.edits import Candidate, Edit, Finding
from translit.pipeline import CleanResult

#: The version of every output schema; see the module docstring for when it changes.
SCHEMA_VERSION = 1
#: The schemas, each a JSON Schema file ``translit/schemas/<name>.schema.json``.
SCHEMAS = ("clean-record", "clean-report", "detect-record", "detect-report")


def schema_path(name: str) -> Path:
    """The JSON Schema file of one kind of record (one of :data:`SCHEMAS`)."""
    if name not in SCHEMAS:
        raise ValueError(f"no schema {name!r}; schemas are: {', '.join(SCHEMAS)}")
    return Path(__file__).parent / "schemas" / f"{name}.schema.json"


def _header(name: str) -> dict[str, object]:
    return {"schema": f"translit/{name}", "schema_version": SCHEMA_VERSION}


def edit_record(edit: Edit) -> dict[str, object]:
    """An applied edit: offsets into the input, both texts, type, rule, reason, score and entry."""
    return {
        "start": edit.start,
        "end": edit.end,
        "original": edit.original,
        "replacement": edit.replacement,
        "type": edit.type,
        "rule": edit.rule,
        "reason": edit.reason,
        "score": edit.score,
        "entry": edit.entry,
    }


def finding_record(finding: Finding) -> dict[str, object]:
    """A finding with its scored candidates (a skipped finding in ``clean``, every finding in ``detect``)."""
    return {
        "start": finding.start,
        "end": finding.end,
        "original": finding.original,
        "type": finding.type,
        "rule": finding.rule,
        "note": finding.note,
        "candidates": [candidate_record(c) for c in finding.candidates],
    }


def candidate_record(candidate: Candidate) -> dict[str, object]:
    return {
        "replacement": candidate.replacement,
        "reason": candidate.reason,
        "prior": round(candidate.prior, 4),
        "score": None if candidate.score is None else round(candidate.score, 4),
        "entry": candidate.entry,
        "references": candidate.references,
    }


def clean_report(result: CleanResult) -> dict[str, object]:
    """What ``clean`` did to one text: the edits it applied and the findings it left alone."""
    return {
        **_header("clean-report"),
        "edits": [edit_record(edit) for edit in result.edits],
        "skipped": [finding_record(finding) for finding in result.skipped],
    }


def detect_report(findings: tuple[Finding, ...]) -> dict[str, object]:
    """What ``detect`` found in one text."""
    return {**_header("detect-report"), "findings": [finding_record(finding) for finding in findings]}


def clean_record(path: str, result: CleanResult) -> dict[str, object]:
    """One document's ``--format json`` record: its path, the cleaned text and the clean report."""
    report = clean_report(result) | _header("clean-record")  # the record's own name replaces the report's
    return {**_header("clean-record"), "path": path, "text": result.text, **report}


def detect_record(path: str, findings: tuple[Finding, ...]) -> dict[str, object]:
    """One document's ``detect --format json`` record: its path and the detect report."""
    return {**_header("detect-record"), "path": path, **detect_report(findings) | _header("detect-record")}
