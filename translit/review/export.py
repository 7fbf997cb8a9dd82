"""The accepted edits of a review, as JSON that ``translit apply`` (or :func:`replay`) puts onto the input.

One export holds every reviewed document::

    {"format": "translit-review/1", "translit": "0.1.0", "signature": "...",
     "documents": [{"path": "a.html", "input": "html", "sha256": "...", "edits": [{...}, ...]}]}

Each edit is an :class:`~translit.edits.Edit` as a dict (offsets into the document as reviewed); ``sha256``
is the hash of that document's UTF-8 text, so that edits are never replayed onto a text that has changed.
The review page writes this format (review.js); :func:`export` writes it from Python.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from translit._version import __version__
from translit.apply import apply_edits
from translit.edits import Edit
from translit.errors import InputError
from translit.records import edit_record

FORMAT = "translit-review/1"


@dataclass(frozen=True)
class ReviewedDocument:
    """A document as reviewed: its path, how it was read, its text, and the edits offered for it."""

    path: str
    input_format: str
    text: str
    edits: tuple[Edit, ...]

    @property
    def sha256(self) -> str:
        return fingerprint(self.text)


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def export(documents: Iterable[ReviewedDocument], signature: str) -> dict[str, Any]:
    """The export of ``documents`` with all their edits accepted (the page starts from this)."""
    return {
        "format": FORMAT,
        "translit": __version__,
        "signature": signature,
        "documents": [
            {
                "path": document.path,
                "input": document.input_format,
                "sha256": document.sha256,
                "edits": [edit_record(edit) for edit in document.edits],
            }
            for document in documents
        ],
    }


def read_export(data: str, where: str) -> list[dict[str, Any]]:
    """The documents of an export, checked; a malformed export is one :class:`InputError` naming ``where``."""
    try:
        record = json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise InputError(f'{where}: not a translit review export (expected "format": "{FORMAT}")')
    documents = record.get("documents")
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise InputError(f'{where}: "documents" must be a list of objects')
    return documents


def replay(document: dict[str, Any], text: str, where: str) -> str:
    """``text`` with the document's accepted edits applied, after checking it is the text reviewed."""
    if fingerprint(text) != document.get("sha256"):
        raise InputError(f"{where}: the text differs from the one reviewed (sha256); review it again")
    try:
        edits = [Edit(**edit) for edit in document.get("edits", [])]
        return apply_edits(text, edits)
    except (TypeError, ValueError) as error:
        raise InputError(f"{where}: the export's edits do not fit the text ({error})") from None


def pair_documents(
    documents: Sequence[dict[str, Any]], paths: Sequence[str], where: str
) -> list[tuple[dict[str, Any], str]]:
    """Each exported document with the path to read it from: ``paths`` in order, else the paths exported."""
    if paths and len(paths) != len(documents):
        raise InputError(f"{where}: holds {len(documents)} documents, but {len(paths)} paths were given")
    return [
        (document, paths[index] if paths else str(document.get("path")))
        for index, document in enumerate(documents)
    ]
