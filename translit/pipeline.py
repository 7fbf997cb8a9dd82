"""The order of the stages, in one place: read -> rules -> re-score -> resolve -> apply, repeated.

Cleaning repeats the stages on its own output until a pass changes nothing, because a fix can add the
evidence that another rule weighs: "Heday" -> "Haidai" names a third Ukrainian, which makes "eastern
Uzbekistan" questionable; "Udonetsk" -> "Donetsk" names the sibling town that resolves "Kramatorsk and
Kramatorsk". Each pass's edits are composed back onto the input (:mod:`translit.compose`), so offsets
always point into the text the caller gave.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from translit._version import __version__
from translit.apply import apply_edits
from translit.compose import compose_edits, findings_in_original
from translit.config import DEFAULT_MODEL, Config
from translit.document import Document, read_document
from translit.edits import Edit, Finding
from translit.gazetteer import Gazetteer
from translit.gazetteer.cache import load_gazetteer
from translit.gazetteer.paths import builtin_glossary_folder
from translit.optional import require
from translit.protect import describe
from translit.rescore import PriorRescorer, Rescorer
from translit.resolve import resolve
from translit.rules import RULES
from translit.source import Source, SourceView, read_source

#: At most this many passes of the rules per clean. Evidence flows one way: a fix that restores a name
#: (abbreviation, variant, pinyin) adds a reference that the evidence-weighing rules (confusable,
#: duplicate) count, and their fixes write names the article already names at least as often as the
#: rule demanded, which tips no other decision. So a second pass settles what the first made
#: possible, and a third finds nothing to change: that third pass is the proof of the fixed point.
#: Measured: of 4,000 Hypothesis texts built from every rule's triggers, 2,406 settled in one pass, 1,584
#: in two and 10 in three, and none changed when cleaned again; of newstest2021's 780 articles (4×), 765
#: took one pass and 15 two. Should a text ever still change in the last pass, its edits are kept (every
#: invariant holds), but cleaning the result once more may change it again.
MAX_PASSES = 3


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text, the edits that produced it and the findings left alone (as data:
    :func:`translit.records.clean_report`)."""

    text: str
    edits: tuple[Edit, ...]
    skipped: tuple[Finding, ...]


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
        return cls(config, gazetteer, load_rescorer_for(config, gazetteer))

    def detect(self, text: str, source: str | Source | None = None) -> tuple[Finding, ...]:
        """Every finding of the configured rules, scored, in text order. Changes nothing.

        ``source`` is the Chinese original: of the whole text (a string), or line by line
        (``Source(zh, line_aligned=True)``).
        """
        return self._detect(text, self.read_source(text, source))

    def read_source(self, text: str, source: str | Source | None) -> SourceView | None:
        """The source aligned to ``text``, with its entities; None without one."""
        if source is None:
            return None
        return read_source(text, source if isinstance(source, Source) else Source(source), self.gazetteer)

    def _detect(self, text: str, source: SourceView | None) -> tuple[Finding, ...]:
        document = read_document(text, self.gazetteer, source, house_style=self.config.house_style)
        findings = [
            leave_protected(document, f) for name in self.config.rules for f in RULES[name].find(document)
        ]
        findings.sort(key=lambda f: (f.start, f.end))
        return self.rescorer.rescore(text, findings)

    def clean(self, text: str, source: str | Source | None = None) -> CleanResult:
        """Fix what the rules are confident about, again on the result, until nothing changes.

        With a ``source`` (see :meth:`detect`), the rules also check the text's names against it.

        Edits are composed onto ``text`` (:func:`translit.compose.compose_edits`); ``skipped`` are the
        last pass's findings, moved to offsets in ``text``. A finding in text that an earlier pass wrote is
        dropped: the edit that wrote it explains that span.
        """
        edits: tuple[Edit, ...] = ()
        current = text
        aligned = self.read_source(text, source)
        for _ in range(MAX_PASSES):
            written_before = edits
            resolution = resolve(
                self._detect(current, aligned), self.config.min_score, self.config.min_margin
            )
            if not resolution.edits:
                break
            current = apply_edits(current, resolution.edits)
            aligned = aligned.moved(resolution.edits) if aligned else None
            edits = compose_edits(text, edits, resolution.edits)
        return CleanResult(current, edits, findings_in_original(resolution.skipped, written_before))

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


def leave_protected(document: Document, finding: Finding) -> Finding:
    """A finding that touches a protected span (a URL, code, a name mentioned as a word) keeps no
    candidate, so it is never applied, and says why in its note; it is reported, not dropped."""
    span = document.protection_at(finding.start, finding.end)
    if span is None:
        return finding
    best = finding.best()
    proposal = f"; would be {best.replacement!r}" if best else ""
    note = f"left alone: inside {describe(span)}, which translit never edits{proposal}"
    return dataclasses.replace(finding, candidates=(), note=note)


def load_rescorer_for(config: Config, gazetteer: Gazetteer) -> Rescorer:
    """Gazetteer priors alone, or a seq2seq model (imported only when one is asked for)."""
    if config.model is None:
        return PriorRescorer()
    require("model")  # torch and transformers are an extra: a clear error naming it if they are missing
    from translit.seq2seq import rescorer_for

    return rescorer_for(config.model, gazetteer, DEFAULT_MODEL)
