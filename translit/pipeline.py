"""The order of the stages, in one place: read -> rules -> re-score -> resolve -> apply, repeated.

Cleaning repeats the stages on its own output until a pass changes nothing, because a fix can add the
evidence that another rule weighs: "Heday" -> "Haidai" names a third Ukrainian, which makes "eastern
Uzbekistan" questionable; "Udonetsk" -> "Donetsk" names the sibling town that resolves "Kramatorsk and
Kramatorsk". Each pass's edits are composed back onto the input (:mod:`translit.compose`), so offsets
always point into the text the caller gave.

Many texts are best given at once (:meth:`Pipeline.detect_many`, :meth:`Pipeline.clean_many`): they are
read in batches, and each rule runs over a whole batch before the next rule, so that its tables stay in
the processor's cache instead of being fetched again for every text. The results are the same.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator, Sequence
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
from translit.resolve import Resolution, resolve
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
#: Texts read at once by :meth:`Pipeline.detect_many` and :meth:`Pipeline.clean_many`: enough that a rule's
#: tables are fetched once for many texts, few enough that the texts' documents stay small in memory.
#: Measured on the 784 documents of the speed profile (CPU s, the least of 8 passes on a loaded
#: machine): detect 0.995 one text at a time, 0.768 in batches of 64; clean 1.307 and 0.946.
BATCH = 64


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
        return self._detect([text], [self.read_source(text, source)])[0]

    def detect_many(
        self, texts: Iterable[str], sources: Iterable[str | Source | None] | None = None
    ) -> Iterator[tuple[Finding, ...]]:
        """:meth:`detect` of every text, in input order, :data:`BATCH` texts at a time (see the module
        docstring); ``sources``, where given, holds the source of each text (or None)."""
        for batch in _batches(texts, sources):
            yield from self._detect([text for text, _ in batch], [self.read_source(*pair) for pair in batch])

    def read_source(self, text: str, source: str | Source | None) -> SourceView | None:
        """The source aligned to ``text``, with its entities; None without one."""
        if source is None:
            return None
        return read_source(text, source if isinstance(source, Source) else Source(source), self.gazetteer)

    def _detect(
        self, texts: Sequence[str], sources: Sequence[SourceView | None]
    ) -> list[tuple[Finding, ...]]:
        """The scored findings of each text, rule by rule over all the texts."""
        house_style = self.config.house_style
        documents = [
            read_document(text, self.gazetteer, source, house_style=house_style)
            for text, source in zip(texts, sources, strict=True)
        ]
        findings: list[list[Finding]] = [[] for _ in documents]
        for name in self.config.rules:
            find = RULES[name].find
            for found, document in zip(findings, documents):
                found += [leave_protected(document, f) for f in find(document)]
        for found in findings:
            found.sort(key=lambda f: (f.start, f.end))
        return [self.rescorer.rescore(text, found) for text, found in zip(texts, findings)]

    def clean(self, text: str, source: str | Source | None = None) -> CleanResult:
        """Fix what the rules are confident about, again on the result, until nothing changes.

        With a ``source`` (see :meth:`detect`), the rules also check the text's names against it.

        Edits are composed onto ``text`` (:func:`translit.compose.compose_edits`); ``skipped`` are the
        last pass's findings, moved to offsets in ``text``. A finding in text that an earlier pass wrote is
        dropped: the edit that wrote it explains that span.
        """
        return self._clean([_Cleaning(text, self.read_source(text, source))])[0]

    def clean_many(
        self, texts: Iterable[str], sources: Iterable[str | Source | None] | None = None
    ) -> Iterator[CleanResult]:
        """:meth:`clean` of every text, in input order, :data:`BATCH` texts at a time (see the module
        docstring); ``sources``, where given, holds the source of each text (or None)."""
        for batch in _batches(texts, sources):
            yield from self._clean(
                [_Cleaning(text, self.read_source(text, source)) for text, source in batch]
            )

    def _clean(self, cleanings: list[_Cleaning]) -> list[CleanResult]:
        """Each text cleaned, pass by pass: a pass detects in all the texts not yet settled at once."""
        unsettled = cleanings
        for _ in range(MAX_PASSES):
            found = self._detect([c.current for c in unsettled], [c.aligned for c in unsettled])
            min_score, min_margin = self.config.min_score, self.config.min_margin
            unsettled = [c for c, f in zip(unsettled, found) if c.take(resolve(f, min_score, min_margin))]
            if not unsettled:
                break
        return [c.result() for c in cleanings]

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


class _Cleaning:
    """One text being cleaned: its current text and source, and the edits composed so far."""

    def __init__(self, text: str, aligned: SourceView | None) -> None:
        self.text = text
        self.current = text
        self.aligned = aligned
        self.edits: tuple[Edit, ...] = ()
        self.written_before: tuple[Edit, ...] = ()  # the edits before the last pass
        self.skipped: tuple[Finding, ...] = ()  # the last pass's, in the current text

    def take(self, resolution: Resolution) -> bool:
        """Apply a pass's resolution; whether it changed the text (if not, the text is settled)."""
        self.written_before, self.skipped = self.edits, resolution.skipped
        if not resolution.edits:
            return False
        self.current = apply_edits(self.current, resolution.edits)
        self.aligned = self.aligned.moved(resolution.edits) if self.aligned else None
        self.edits = compose_edits(self.text, self.edits, resolution.edits)
        return True

    def result(self) -> CleanResult:
        return CleanResult(self.current, self.edits, findings_in_original(self.skipped, self.written_before))


def _batches(
    texts: Iterable[str], sources: Iterable[str | Source | None] | None
) -> Iterator[list[tuple[str, str | Source | None]]]:
    """(text, source) pairs, :data:`BATCH` at a time."""
    pairs = zip(texts, sources, strict=True) if sources is not None else ((text, None) for text in texts)
    while batch := list(itertools.islice(pairs, BATCH)):
        yield batch


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
