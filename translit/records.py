"""Results as plain data, built here and nowhere else, so that every output carries the same fields.

``--format json`` writes one record per document (``path`` plus the fields below); ``--jsonl`` keeps
each input object, replaces its text field and puts the same report under one field of its own
(``--edits-field``). A clean report is ``{"edits": [...], "skipped": [...]}``, a detect report
``{"findings": [...]}``; an edit or a finding has the same keys wherever it appears.

>>> from translit.edits import Edit
>>> edit = Edit(13, 17, "Kiev", "Kyiv", "house-style", "house-style", "house style", 0.9, "kyiv")
>>> sorted(edit_record(edit))
['end', 'entry', 'original', 'reason', 'replacement', 'rule', 'score', 'start', 'type']
"""

from __future__ import annotations

from translit.edits import Candidate, Edit, Finding
from translit.pipeline import CleanResult


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
        "edits": [edit_record(edit) for edit in result.edits],
        "skipped": [finding_record(finding) for finding in result.skipped],
    }


def detect_report(findings: tuple[Finding, ...]) -> dict[str, object]:
    """What ``detect`` found in one text."""
    return {"findings": [finding_record(finding) for finding in findings]}


def clean_record(path: str, result: CleanResult) -> dict[str, object]:
    """One document's ``--format json`` record: its path, the cleaned text and the clean report."""
    return {"path": path, "text": result.text, **clean_report(result)}


def detect_record(path: str, findings: tuple[Finding, ...]) -> dict[str, object]:
    """One document's ``detect --format json`` record: its path and the detect report."""
    return {"path": path, **detect_report(findings)}
