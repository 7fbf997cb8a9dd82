"""The order of the stages, in one place: read -> rules -> re-score -> resolve -> apply."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from translit import __version__
from translit.apply import apply_edits
from translit.config import DEFAULT_MODEL, Config
from translit.document import read_document
from translit.edits import Edit, Finding
from translit.gazetteer import Gazetteer
from translit.gazetteer.cache import load_gazetteer
from translit.rescore import PriorRescorer, Rescorer
from translit.resolve import resolve
from translit.rules import RULES


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text, the edits that produced it and the findings left alone."""

    text: str
    edits: tuple[Edit, ...]
    skipped: tuple[Finding, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "edits": [edit.to_dict() for edit in self.edits],
            "skipped": [describe_finding(finding) for finding in self.skipped],
        }


class Pipeline:
    """A loaded gazetteer and re-scorer with a config.

    Thread safety: a pipeline is immutable once built, and ``detect``/``clean`` keep all their state in
    local values (the gazetteer's automaton and tables are only read), so one loaded pipeline may be
    shared by any number of threads; results are the same as sequential calls
    (``tests/test_resources.py`` checks this). Load it once (:func:`translit.api.load_pipeline`) and
    share it; for CPU parallelism use processes (``translit clean --jobs N``), as the GIL serializes
    threads.
    """

    def __init__(self, config: Config, gazetteer: Gazetteer, rescorer: Rescorer) -> None:
        self.config = config
        self.gazetteer = gazetteer
        self.rescorer = rescorer

    @classmethod
    def load(cls, config: Config) -> Pipeline:
        folder = config.glossary_folder or builtin_glossary_folder()
        gazetteer = load_gazetteer(folder, config.glossaries, config.cache_folder)
        return cls(config, gazetteer, load_rescorer_for(config))

    def detect(self, text: str) -> tuple[Finding, ...]:
        """Every finding of the configured rules, scored, in text order. Changes nothing."""
        document = read_document(text, self.gazetteer)
        findings = [f for name in self.config.rules for f in RULES[name](document, self.config)]
        findings.sort(key=lambda f: (f.start, f.end))
        return self.rescorer.rescore(text, findings)

    def clean(self, text: str) -> CleanResult:
        resolution = resolve(self.detect(text), self.config.min_score, self.config.min_margin)
        return CleanResult(apply_edits(text, resolution.edits), resolution.edits, resolution.skipped)

    def signature(self) -> str:
        """Everything that changes a result, in one line, so that any number can be reproduced."""
        config = self.config
        parts = [
            f"translit:{__version__}",
            f"rules:{','.join(config.rules)}",
            f"house-style:{'on' if config.house_style else 'off'}",
            f"gazetteer:{self.gazetteer.content_hash}:{len(self.gazetteer)}",
            f"rescorer:{self.rescorer.name}",
            f"min-score:{config.min_score}",
            f"min-margin:{config.min_margin}",
        ]
        return "|".join(parts)


def describe_finding(finding: Finding) -> dict[str, object]:
    """A finding as plain data, with its candidates, for reports."""
    return {
        "start": finding.start,
        "end": finding.end,
        "original": finding.original,
        "type": finding.type,
        "rule": finding.rule,
        "note": finding.note,
        "candidates": [
            {
                "replacement": c.replacement,
                "reason": c.reason,
                "prior": round(c.prior, 4),
                "score": None if c.score is None else round(c.score, 4),
                "entry": c.entry,
            }
            for c in finding.candidates
        ],
    }


def load_rescorer_for(config: Config) -> Rescorer:
    """Gazetteer priors alone, or a seq2seq model (imported only when one is asked for)."""
    if config.model is None:
        return PriorRescorer()
    from translit.seq2seq import load_rescorer

    return load_rescorer(None if config.model == DEFAULT_MODEL else Path(config.model))


def builtin_glossary_folder() -> Path:
    """The shipped tables: inside the installed package, or at the repository root in a checkout."""
    packaged = Path(__file__).parent / "glossaries"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "glossaries"
