"""How the names benchmark scores the cleaner, in each house-style setting (issue #12).

The injection (:mod:`benchmarks.names`) is a fixed yardstick; this module only says what counts as a
fix, a wrong edit and a false alarm. It scores each case with :func:`benchmarks.inject_cases.score_case`
and corrects that general scoring in four places where it is wrong for names:

1. **Edits on the untouched carrier text.** A human reference writes "Zhang Zhongmou" for Morris Chang or
   "Kim Jong-un" for Kim Jong Un; with the house style on the cleaner rewrites it, in the injected
   document and in the carrier alike. Such an edit touches no injected span, so the general scoring
   calls it a false alarm. Here an edit that touches no injected span *and is made on the carrier alone
   too* is an edit of the carrier text: it is counted in its own column and judged by hand
   (:data:`JUDGED_CARRIER_EDITS`); only the ones judged wrong, or not judged yet, count as false alarms.
   An edit away from the injection that the carrier alone does not get is a false alarm, as before.
2. **The carrier as the cleaner rightly writes it.** The carrier's own spellings inside an injected span
   are rewritten too: an injected "Aomen" where the carrier said "Macao" is fixed to "Macau", as the
   house style (or one spelling per entity, where the carrier also says "Macau") spells the carrier's
   "Macao". A region counts as fixed when it restores the carrier's text, or the carrier's text with the
   carrier's own edits inside the region applied, where those are judged right (item 1), or the
   carrier's text with a declared name of an entity written as its canonical name (Macau for Macao: the
   gazetteer declares both, and a story that says both may get either).
3. **A surname that is no back-reference.** The back-reference injector writes the person's surname into
   every lone occurrence of the carrier's surname, also where that surname starts another person's name
   ("Zheng" in "Zheng Yan", a reporter): that mention is another person, whom no copy editor would
   respell. Such a gold edit is not counted in recall (an edit there still counts, as correct if it
   restores the carrier, else as wrong).
4. **Style with the house style off.** A spelling in one recognized system (pinyin of a Chinese-world
   name, consistent Wade-Giles or Tongyong, Korean Revised or McCune–Reischauer, a Korean surname
   spelling or spacing) is a valid spelling that human translators write too: with the house style off
   it is to be left alone. Its gold edits are not counted in recall there, and an edit that rewrites one
   counts as a false alarm (a valid spelling rewritten). Errors are counted in both settings: systems
   mixed, Yale, a name respaced or mistyped (also pinyin with each syllable a capitalized word, "Qiu Tai
   San", which no system writes), a Korean name in the pinyin of its hanja, a Japanese name
   wholly or half in pinyin, a Western name respelled, every reading. A spelling is judged by its text,
   not by the generator that made it: where "mixed" or Yale happens to write exactly what a recognized
   system writes ("Wang Jinping", "Li Teng-hui", "Jiang Wan-an"), it is style too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.common import table
from benchmarks.inject_cases import Case, EditLike, GoldEdit, score_case
from benchmarks.inject_entities import PEOPLE
from benchmarks.inject_report import family_tallies
from translit.gazetteer import FormKind, Gazetteer

Cleaner = Callable[[str], Sequence[EditLike]]

#: Near-miss subfamilies whose spelling is a recognized system used consistently: style, not error.
STYLE_SPELLINGS = frozenset(
    {
        "pinyin",
        "pinyin-hyphenated",
        "wade-giles",
        "tongyong",
        "korean-revised",
        "korean-mccune-reischauer",
        "korean-spacing",
        "korean-surname",
    }
)
#: Where a name in plain pinyin is the reading translators write (house style); for Korean and Japanese
#: names it is the pinyin of the hanja or kanji, an error.
PINYIN_STYLE_REGIONS = frozenset({"TW", "HK", "SG", "CN"})
#: Edits made on the carrier text alone, judged by hand: (original, replacement) -> (right?, why). The
#: carrier lines are real human references and news; the edit is right when the carrier's spelling is
#: another valid spelling that the house style replaces, or a real error in the carrier.
JUDGED_CARRIER_EDITS: dict[tuple[str, str], tuple[bool, str]] = {
    ("Zhang Zhongmou", "Morris Chang"): (True, "張忠謀 in pinyin; the house writes his own English name"),
    ("Xia Liyan", "Andrew Hsia"): (True, "夏立言, the KMT vice chairman of the story, in pinyin"),
    ("Luo Guancong", "Nathan Law"): (True, "羅冠聰, the exiled Hong Kong activist of the story, in pinyin"),
    ("Tang Feng", "Audrey Tang"): (True, "唐鳳, Taiwan's digital minister of the story, in pinyin"),
    ("Qiu Tenghua", "Edward Yau"): (True, "邱騰華, Hong Kong's commerce secretary of the story, in pinyin"),
    ("Liu Zunyi", "Lawrence Lau"): (
        True,
        "劉遵義, the Hong Kong economist the University of Macau honours in the story, in pinyin",
    ),
    ("Kim Jong-un", "Kim Jong Un"): (True, "another spacing; the house's spelling"),
    ("Kim Joo-ae", "Kim Ju Ae"): (True, "another romanization; the house's spelling"),
    ("Ri Sol-ju", "Ri Sol Ju"): (True, "another spacing; the house's spelling"),
    ("Li Xuezhu", "Ri Sol Ju"): (True, "李雪主 in pinyin, where the same reference also writes Ri Sol-ju"),
    ("Ri Yong-ho", "Ri Yong Ho"): (True, "another spacing; the house's spelling"),
    ("Odessa", "Odesa"): (True, "the Russian-based spelling; the house's is Odesa"),
    ("Zelenskyi", "Zelenskyy"): (True, "another transliteration; the house's spelling"),
    ("Volodymyr Zelenskyi", "Volodymyr Zelenskyy"): (True, "another transliteration; the house's spelling"),
    ("Aleksander Lukashenko", "Alexander Lukashenko"): (
        True,
        "another transliteration; the house's spelling",
    ),
    ("Bachmut", "Bakhmut"): (True, "the German spelling left in an English translation (as in do-no-harm)"),
    ("Phnom Pehn", "Phnom Penh"): (True, "a typo in the reference"),
    ("Vientianne", "Vientiane"): (True, "a typo in the reference"),
    ("Shia LeBeouf", "Shia LaBeouf"): (True, "a misspelling of the actor's name in the reference"),
    ("brothers", "brother's"): (True, "a possessive without its apostrophe (as in do-no-harm)"),
    ("[Editor: Chen Haifeng]\n\n", ""): (
        True,
        "the site's editor credit (責任編輯) as a line of its own: web-page furniture, as its unbracketed form "
        "already was; news credits of reporting and editing ('Editing by ...') are kept",
    ),
}


def judged_right(edit: EditLike) -> bool:
    """Whether an edit of a carrier's own text is judged right in :data:`JUDGED_CARRIER_EDITS`."""
    return JUDGED_CARRIER_EDITS.get((edit.original, edit.replacement), (False,))[0]


_DECLARED_NAMES = frozenset({FormKind.CANONICAL, FormKind.SHORT})
_NAME_AFTER = re.compile(r" [A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


@dataclass
class NameTally:
    """Counts for one family or subfamily in one house-style setting."""

    cases: int = 0
    gold: int = 0  # injected errors counted in recall
    fixed: int = 0
    edits: int = 0  # edits scored for precision: all but the judged-right edits of the carrier text
    correct: int = 0
    false_alarms: int = 0  # edits touching no injected span, carrier edits judged wrong, style rewritten
    carrier_right: int = 0  # edits of the carrier text judged right (house style, real typos)
    style: int = 0  # gold edits left out of recall: style with the house style off
    not_back_references: int = 0  # gold edits left out of recall: a surname starting another's name
    changed_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.fixed / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.edits if self.edits else None


@dataclass(frozen=True)
class NameEvaluation:
    house_style: bool
    families: dict[str, NameTally]
    subfamilies: dict[tuple[str, str], NameTally]
    labels: dict[tuple[str, str], tuple[int, int]]
    #: every edit of the carrier text: (original, replacement) -> (count, an example's source)
    carrier_edits: dict[tuple[str, str], tuple[int, str]]


def is_style(case: Case, house_style: bool) -> bool:
    """Whether the case's injected spelling is a valid one, to be left alone with the house style off."""
    if house_style:
        return False
    if case.family == "near-miss":
        return case.subfamily in STYLE_SPELLINGS or _spelling_subfamily(case.gold[0]) in STYLE_SPELLINGS
    if case.family == "capitalized-before":
        return _region(case.gold[0].correction) in PINYIN_STYLE_REGIONS
    if case.family == "back-reference" and case.subfamily == "east-asian":
        return _spelling_subfamily(case.gold[0]) in STYLE_SPELLINGS
    return False


def _region(english: str) -> str:
    return next((p.region for p in PEOPLE if p.english == english), "")


def _spelling_subfamily(gold: GoldEdit) -> str:
    """Which system the back-reference injector took a full name's spelling from."""
    from benchmarks.names import spelling_subfamilies  # the injector's own table of spellings

    return spelling_subfamilies().get((gold.correction, gold.original), "")


def is_back_reference(case: Case, index: int) -> bool:
    """Whether a "surname only" gold edit stands alone in the carrier: not followed or preceded by
    another capitalized word, which would make it part of someone else's name ("Zheng Yan")."""
    if index >= len(case.labels) or case.labels[index] != "surname only":
        return True
    gold = case.gold[index]
    shift = sum(len(g.correction) - len(g.original) for g in case.gold[:index])
    start = gold.start + shift
    end = start + len(gold.correction)
    carrier = case.carrier
    return not (_NAME_AFTER.match(carrier, end) or _NAME_BEFORE.search(carrier, max(0, start - 40), start))


def house_carrier_case(case: Case, carrier_edits: Sequence[EditLike]) -> Case | None:
    """The case with each gold correction written as the cleaner rightly writes the carrier there (the
    carrier's own ``carrier_edits`` inside it applied), or None where they change no correction."""
    golds, changed, shift = [], False, 0
    for gold in case.gold:
        carrier_start = gold.start + shift
        carrier_end = carrier_start + len(gold.correction)
        inside = [e for e in carrier_edits if carrier_start <= e.start and e.end <= carrier_end]
        correction = gold.correction
        for edit in sorted(inside, key=lambda e: -e.start):
            local = edit.start - carrier_start
            correction = correction[:local] + edit.replacement + correction[local + edit.end - edit.start :]
        changed |= correction != gold.correction
        golds.append(GoldEdit(gold.start, gold.end, gold.original, correction))
        shift += len(gold.correction) - len(gold.original)
    if not changed:
        return None
    pieces, cursor = [], 0
    for gold in golds:
        pieces += [case.text[cursor : gold.start], gold.correction]
        cursor = gold.end
    pieces.append(case.text[cursor:])
    return Case(
        case.family, case.subfamily, "".join(pieces), case.text, tuple(golds), case.source, case.labels
    )


def canonical_names_case(case: Case, gazetteer: Gazetteer) -> Case | None:
    """The case with each gold correction that is a declared name of one entity (its canonical or short
    form: "Macao", "Macau") written as that entity's canonical name, or None where none is."""
    golds, changed = [], False
    for gold in case.gold:
        owners = [entry for entry, kind in gazetteer.lookup(gold.correction) if kind in _DECLARED_NAMES]
        correction = owners[0].canonical if len(owners) == 1 else gold.correction
        changed |= correction != gold.correction
        golds.append(GoldEdit(gold.start, gold.end, gold.original, correction))
    if not changed:
        return None
    pieces, cursor = [], 0
    for gold in golds:
        pieces += [case.text[cursor : gold.start], gold.correction]
        cursor = gold.end
    pieces.append(case.text[cursor:])
    return Case(
        case.family, case.subfamily, "".join(pieces), case.text, tuple(golds), case.source, case.labels
    )


def _touches_gold(case: Case, edit: EditLike) -> bool:
    return any(edit.start <= g.end and g.start <= edit.end for g in case.gold)


def evaluate(
    cases: Sequence[Case], clean: Cleaner, house_style: bool, gazetteer: Gazetteer
) -> NameEvaluation:
    """Clean every injected text and its carrier, and tally the scores as the module docstring says."""
    families: dict[str, NameTally] = {}
    subfamilies: dict[tuple[str, str], NameTally] = {}
    labels: dict[tuple[str, str], list[int]] = {}
    carrier_cache: dict[str, Sequence[EditLike]] = {}
    listed: dict[tuple[str, str], tuple[int, str]] = {}
    for case in cases:
        edits = list(clean(case.text))
        if case.carrier not in carrier_cache:
            carrier_cache[case.carrier] = list(clean(case.carrier)) if case.gold else edits
        on_carrier = carrier_cache[case.carrier]
        carrier_pairs = {(e.original, e.replacement) for e in on_carrier}
        of_carrier = [
            e for e in edits if not _touches_gold(case, e) and (e.original, e.replacement) in carrier_pairs
        ]
        for e in of_carrier:
            count, example = listed.get((e.original, e.replacement), (0, case.source))
            listed[(e.original, e.replacement)] = (count + 1, example)
        carrier_right = [e for e in of_carrier if judged_right(e)]
        scored_edits = [e for e in edits if e not in carrier_right]
        score = score_case(case, scored_edits)
        if case.gold:
            right = [e for e in on_carrier if judged_right(e)]
            for other in (house_carrier_case(case, right), canonical_names_case(case, gazetteer)):
                other_score = score_case(other, scored_edits) if other is not None else None
                if other_score is not None and sum(other_score.fixed) > sum(score.fixed):
                    score = other_score
        style = is_style(case, house_style)
        counted = [not style and is_back_reference(case, i) for i in range(len(case.gold))]
        style_rewrites = sum(score.fixed) if style else 0
        for tally in (
            families.setdefault(case.family, NameTally()),
            subfamilies.setdefault((case.family, case.subfamily), NameTally()),
        ):
            tally.cases += 1
            tally.gold += sum(counted)
            tally.fixed += sum(f for f, c in zip(score.fixed, counted) if c)
            tally.style += len(case.gold) if style else 0
            tally.not_back_references += sum(not c for c in counted) if not style else 0
            tally.edits += score.edits
            tally.correct += score.correct - style_rewrites
            tally.false_alarms += len(score.false_alarms) + style_rewrites
            tally.carrier_right += len(carrier_right)
            tally.changed_negatives += int(not case.gold and score.edits > 0)
            if not style:
                tally.misses += [f"{m} ({case.source})" for m in score.missed]
            tally.wrong += [f"{w} ({case.source})" for w in (*score.wrong, *score.false_alarms)]
            tally.wrong += [
                f"`{g.original}` → `{g.correction}`, a valid spelling rewritten ({case.source})"
                for g, fixed in zip(case.gold, score.fixed)
                if style and fixed
            ]
        for label, fixed, count in zip(case.labels, score.fixed, counted):
            if count:
                pair = labels.setdefault((case.family, label), [0, 0])
                pair[0] += int(fixed)
                pair[1] += 1
    return NameEvaluation(
        house_style,
        families,
        subfamilies,
        {k: (v[0], v[1]) for k, v in labels.items()},
        listed,
    )


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


HEADER = (
    "family",
    "cases",
    "injected (scored)",
    "fixed",
    "recall",
    "edits",
    "correct",
    "false alarms",
    "precision",
    "carrier text: right edits",
    "style (not scored)",
)


def results_table(evaluation: NameEvaluation, families: Sequence[str]) -> str:
    rows = []
    for family in families:
        for name, t in family_tallies(evaluation.families, evaluation.subfamilies, family):
            rows.append(
                (
                    name,
                    t.cases,
                    t.gold,
                    t.fixed,
                    _ratio(t.recall),
                    t.edits,
                    t.correct,
                    t.false_alarms,
                    _ratio(t.precision),
                    t.carrier_right,
                    t.style,
                )
            )
    return table(HEADER, rows)


def label_table(evaluation: NameEvaluation) -> str:
    data = [
        (family, label, fixed, gold, _ratio(fixed / gold if gold else None))
        for (family, label), (fixed, gold) in sorted(evaluation.labels.items())
    ]
    return table(("family", "mention", "fixed", "injected (scored)", "recall"), data)


def carrier_edit_table(evaluation: NameEvaluation) -> str:
    """Every distinct edit of the carrier text, with its verdict."""
    rows = []
    for (original, replacement), (count, example) in sorted(
        evaluation.carrier_edits.items(), key=lambda item: (-item[1][0], item[0])
    ):
        verdict = JUDGED_CARRIER_EDITS.get((original, replacement))
        judged = (
            "not judged (counted as false alarm)"
            if verdict is None
            else (("right: " if verdict[0] else "wrong: ") + verdict[1])
        )
        shown = [text.replace("\n", "\\n") for text in (original, replacement)]  # one table row each
        rows.append((f"`{shown[0]}` → `{shown[1]}`", count, example, judged))
    return table(("edit", "times", "an example (file:line)", "verdict"), rows)


def samples(evaluation: NameEvaluation, per_subfamily: int = 2) -> list[str]:
    lines = []
    for (family, sub), tally in sorted(evaluation.subfamilies.items()):
        if tally.misses:
            lines.append(f"- {family} / {sub}, missed: " + "; ".join(tally.misses[:per_subfamily]))
        if tally.wrong:
            lines.append(
                f"- {family} / {sub}, wrong or false alarm: " + "; ".join(tally.wrong[:per_subfamily])
            )
    return lines


def meets(tally: NameTally, min_recall: float, min_precision: float) -> bool:
    if not tally.gold and not tally.style and not tally.not_back_references:
        return tally.changed_negatives <= (1 - min_precision) * tally.cases
    recall_ok = tally.recall is None or tally.recall >= min_recall
    precision_ok = tally.precision is None or tally.precision >= min_precision
    return recall_ok and precision_ok


def measured(tally: NameTally) -> str:
    if not tally.gold and not tally.style and not tally.not_back_references:
        return f"{tally.changed_negatives} of {tally.cases} documents changed ({tally.edits} edits)"
    return (
        f"R {_ratio(tally.recall)} ({tally.fixed}/{tally.gold}), "
        f"P {_ratio(tally.precision)} ({tally.correct}/{tally.edits})"
    )
