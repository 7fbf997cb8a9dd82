"""Name ranking (issue #15): which known entity does an MT surface form render?

    python -m benchmarks.name_ranking                       # test split -> benchmarks/RESULTS-name-ranking.md
    python -m benchmarks.name_ranking --split dev --tune    # choose the re-scorer's weight on dev
    python -m benchmarks.name_ranking --model DIR           # any other name-model checkpoint

Cases: every gazetteer entity with a Chinese form whose split (by entity, see
``tools/training/name_entities.py``) is ``dev`` or ``test`` — never trained on — rendered the ways MT
writes names (``tools/training/renderings.py``: pinyin joined/spaced/hyphenated, Wade-Giles, a homophone, Korean and
Japanese spellings, half pinyin, back-transliteration, respellings, truncations, typos). A surface that
is itself some entity's declared name is no near miss and is dropped. Each case gets the candidate set a
*candidate source* gives (``--source``: the stand-in, or the near-miss rule's name index where this
branch has it); each ranker orders it; a case counts as a top-k hit when the entity's name is among the
first k distinct names (a tie for a place counts as a share of a hit).

Rankers: (a) edit distance to the name, to the nearest of the entity's names and readings, or phonetic
(Metaphone); (b) the gazetteer prior alone; (a+b) nearest form and prior, weighed on dev; (c) the name
model alone (log P(surface | entity), :meth:`NameModel.render_scores`), and its direct direction
(log P(entity | surface)); (d) the model combined as shipped (:class:`NameRescorer`).
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from benchmarks.common import ROOT, MissingData, table
from tools.training.name_entities import default_names_dir, english_key, gazetteer_entities
from tools.training.name_examples import entity_rng
from tools.training.renderings import renderings
from translit.edits import Candidate, Finding
from translit.seq2seq.name_text import pinyin_words

RESULTS = ROOT / "benchmarks" / "RESULTS-name-ranking.md"
SEED = 1515  # the renderings' seed (training used another); entities are held out either way
TOP_K = 16  # candidates per case from the stand-in source
#: At most this many cases per (source, kind) from the two big generated tables, so that cities from
#: GeoNames do not drown the people and places news names.
PER_KIND = {"geonames": 60, "cc-cedict": 120}
#: The stand-in's gazetteer prior: how likely an entity of each source is to be named in news, before
#: the text says anything; entities with more names and Chinese forms (better known) a little higher.
SOURCE_PRIOR = {"curated": 0.9, "cldr": 0.8, "iso3166-2": 0.5, "cc-cedict": 0.4, "geonames": 0.3}
GENERATION_CASES = 300


@dataclass(frozen=True)
class Case:
    surface: str
    answer: str  # the entity's canonical name: what the fix writes
    kind: str
    source: str


@dataclass(frozen=True)
class Option:
    """A candidate entity: its gazetteer entry, the name a fix would write, its Chinese and Latin forms
    and its prior."""

    entry: str
    name: str
    chinese: tuple[str, ...]
    forms: tuple[str, ...]
    prior: float


@dataclass
class Tally:
    cases: int = 0
    found: int = 0  # the answer was among the candidates
    hits: dict[str, list[float]] = field(default_factory=lambda: defaultdict(lambda: [0.0, 0.0]))


# --- cases -------------------------------------------------------------------------------------------


def load_gazetteer() -> object:
    from translit.gazetteer.cache import load_gazetteer as load
    from translit.gazetteer.paths import builtin_glossary_folder

    return load(builtin_glossary_folder(), (), None)


def make_cases(gazetteer: object, split: str) -> list[Case]:
    """The split's cases, sampled per (source, kind) from the big generated tables."""
    declared = {surface for entry in gazetteer.entries.values() for surface in entry.forms()}  # type: ignore[attr-defined]
    by_group: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for entity in sorted(gazetteer_entities(gazetteer), key=lambda e: e.entry):
        if entity.split != split:
            continue
        source = entity.source.removeprefix("gazetteer:")
        for rendering in renderings(entity, entity_rng(entity, SEED)):
            if rendering.surface not in declared:
                by_group[source, rendering.kind].append(
                    Case(rendering.surface, entity.english, rendering.kind, source)
                )
    rng = random.Random(SEED)
    cases = []
    for (source, _), group in sorted(by_group.items()):
        limit = PER_KIND.get(source, len(group))
        cases += group if len(group) <= limit else rng.sample(group, limit)
    return cases


# --- candidate sources -------------------------------------------------------------------------------


def letters(text: str) -> str:
    return english_key(text)


def grams(text: str) -> set[str]:
    padded = f"^{letters(text)}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class CandidateSource(Protocol):
    description: str

    def candidates(self, surface: str, k: int = TOP_K) -> list[Option]: ...


class BlockedIndex:
    """The stand-in candidate source: gazetteer entries retrieved by shared letter trigrams (of the name,
    its other spellings and the pinyin of its Chinese forms), the best :data:`TOP_K` by the Dice overlap
    of their best-matching form."""

    description = (
        f"the stand-in (gazetteer entries by shared letter trigrams of their names and readings, k = {TOP_K})"
    )

    def __init__(self, gazetteer: object) -> None:
        self.options = [_option(entry) for entry in gazetteer.entries.values()]  # type: ignore[attr-defined]
        self._form_owner: list[int] = []
        self._form_size: list[int] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, option in enumerate(self.options):
            for form in option.forms:
                form_id = len(self._form_owner)
                self._form_owner.append(index)
                form_grams = grams(form)
                self._form_size.append(len(form_grams))
                for gram in form_grams:
                    self._postings[gram].append(form_id)

    def candidates(self, surface: str, k: int = TOP_K) -> list[Option]:
        query = grams(surface)
        shared: Counter[int] = Counter()
        for gram in query:
            shared.update(self._postings.get(gram, ()))
        best: dict[int, float] = {}
        for form_id, count in shared.items():
            dice = 2 * count / (len(query) + self._form_size[form_id])
            owner = self._form_owner[form_id]
            if dice > best.get(owner, 0.0):
                best[owner] = dice
        ranked = sorted(best.items(), key=lambda item: (-item[1], self.options[item[0]].entry))[:k]
        return [self.options[i] for i, _ in ranked]


def _option(entry: object) -> Option:
    latin = (entry.canonical, *entry.short, *entry.alternates, *entry.variants)  # type: ignore[attr-defined]
    readings = ("".join(s for word in pinyin_words(c) for s in word) for c in entry.chinese)  # type: ignore[attr-defined]
    forms = tuple(dict.fromkeys(f for f in (*latin, *readings) if letters(f)))
    prominence = 1 + 0.05 * min(len(entry.forms()), 10)  # type: ignore[attr-defined]
    prior = SOURCE_PRIOR.get(entry.source, 0.9) * prominence  # type: ignore[attr-defined]
    return Option(entry.id, entry.canonical, entry.chinese, forms, prior)  # type: ignore[attr-defined]


class NamesIndexSource:
    """The shipped candidate generator, where this branch has it: the name index of the near-miss rule
    (``gazetteer.names.match``, issue #12), its priors as the rule gives them to a span with no support
    in the article. Its candidates are the stand-in's options of the matched entries."""

    description = "the near-miss rule's name index (exact keys; priors without the article's support)"

    def __init__(self, gazetteer: object, options: dict[str, Option]) -> None:
        from translit.names.prior import near_miss_priors
        from translit.names.support import Support

        self.index = gazetteer.names  # type: ignore[attr-defined]
        self.options = options
        self.priors = near_miss_priors
        self.no_support = Support(0, 0)

    def candidates(self, surface: str, k: int = TOP_K) -> list[Option]:
        matches = self.index.match(surface)[:k]
        priors = self.priors(matches, [self.no_support] * len(matches))
        return [
            dataclasses.replace(self.options[m.entry], prior=p)
            for m, p in zip(matches, priors, strict=True)
            if m.entry in self.options
        ]


def candidate_source(name: str, gazetteer: object) -> CandidateSource:
    blocked = BlockedIndex(gazetteer)
    if name == "stand-in":
        return blocked
    if not hasattr(gazetteer, "names"):
        raise MissingData("this branch has no name index (issue #12's near-miss rule); use --source stand-in")
    return NamesIndexSource(gazetteer, {o.entry: o for o in blocked.options})


# --- rankers -------------------------------------------------------------------------------------------

Ranker = Callable[[str, Sequence[Option]], list[float]]
RENDER = "(c) name model: log P(surface | entity)"
DIRECT = "(c') name model, direct: log P(entity | surface)"
SHIPPED = "(d) name model + prior, as shipped"


def edit_to_name(surface: str, options: Sequence[Option]) -> list[float]:
    from rapidfuzz.fuzz import ratio

    return [ratio(letters(surface), letters(o.name)) for o in options]


def edit_to_nearest_form(surface: str, options: Sequence[Option]) -> list[float]:
    from rapidfuzz.fuzz import ratio

    return [max(ratio(letters(surface), letters(f)) for f in o.forms) for o in options]


def phonetic(surface: str, options: Sequence[Option]) -> list[float]:
    import jellyfish
    from rapidfuzz.fuzz import ratio

    code = jellyfish.metaphone(letters(surface))
    return [max(ratio(code, jellyfish.metaphone(letters(f))) for f in o.forms) for o in options]


def prior(surface: str, options: Sequence[Option]) -> list[float]:
    return [o.prior for o in options]


def nearest_form_and_prior(weight: float) -> Ranker:
    def rank(surface: str, options: Sequence[Option]) -> list[float]:
        similarity = edit_to_nearest_form(surface, options)
        return [weight * s / 100 + math.log(o.prior) for s, o in zip(similarity, options, strict=True)]

    return rank


def model_rankers(model_path: Path | None, gazetteer: object, weight: float) -> dict[str, Ranker]:
    from translit.rescore import PriorRescorer
    from translit.seq2seq.name_model import NameCandidate, NameModel, default_name_model_path
    from translit.seq2seq.name_rescorer import NameRescorer

    model = NameModel.load(model_path or default_name_model_path())
    rescorer = NameRescorer(model, gazetteer, PriorRescorer(), weight=weight)  # type: ignore[arg-type]

    def render(surface: str, options: Sequence[Option]) -> list[float]:
        return model.render_scores(surface, [NameCandidate(o.name, o.chinese) for o in options])

    def direct(surface: str, options: Sequence[Option]) -> list[float]:
        return model.name_scores(surface, [o.name for o in options])

    def shipped(surface: str, options: Sequence[Option]) -> list[float]:
        return [c.confidence for c in rescorer.rank(as_finding(surface, options)).candidates]

    return {RENDER: render, DIRECT: direct, SHIPPED: shipped}


def as_finding(surface: str, options: Sequence[Option]) -> Finding:
    """The case as the pipeline would hand it to the re-scorer: a name finding with one candidate per
    option (no article around it, so no references)."""
    candidates = tuple(Candidate(o.name, "benchmark", o.prior, entry=o.entry) for o in options)
    return Finding(0, len(surface), surface, "variant", "near-miss", candidates)


def hit_share(answer: str, options: Sequence[Option], scores: Sequence[float], k: int) -> float:
    """The chance that ``answer`` is among the first ``k`` distinct names (ties broken at random)."""
    best: dict[str, float] = {}
    for option, score in zip(options, scores, strict=True):
        best[option.name] = max(best.get(option.name, -math.inf), score)
    if answer not in best:
        return 0.0
    mine = best[answer]
    higher = sum(score > mine for score in best.values())
    tied = sum(score == mine for score in best.values())
    return max(0, min(k - higher, tied)) / tied


def evaluate(cases: Iterable[Case], source: CandidateSource, rankers: dict[str, Ranker]) -> dict[str, Tally]:
    """Tallies overall (key "all"), by kind ("kind:...") and by source ("source:...")."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    timing: Counter[str] = Counter()
    for case in cases:
        options = source.candidates(case.surface)
        found = any(o.name == case.answer for o in options)
        keys = ("all", f"kind:{case.kind}", f"source:{case.source}")
        for key in keys:
            tallies[key].cases += 1
            tallies[key].found += found
        for label, ranker in rankers.items():
            started = time.perf_counter()
            scores = ranker(case.surface, options) if found else [0.0] * len(options)
            timing[label] += time.perf_counter() - started
            top1, top5 = (hit_share(case.answer, options, scores, k) for k in (1, 5))
            for key in keys:
                tallies[key].hits[label][0] += top1
                tallies[key].hits[label][1] += top5
        timing["candidates"] += len(options) if found else 0
    tallies["all"].hits["_timing"] = [timing[label] for label in rankers] + [timing["candidates"]]
    return tallies


def generation(
    cases: Sequence[Case], model_path: Path | None, gazetteer: object
) -> tuple[int, float, float, float, int]:
    """(cases, top-1, top-5, seconds per case, names in the trie) of constrained generation over every
    gazetteer name."""
    from translit.seq2seq.name_model import NameModel, NameTrie, default_name_model_path

    model = NameModel.load(model_path or default_name_model_path())
    trie = NameTrie((e.canonical for e in gazetteer.entries.values()), model.tokenizer)  # type: ignore[attr-defined]
    sample = random.Random(SEED).sample(list(cases), min(GENERATION_CASES, len(cases)))
    top1 = top5 = 0
    started = time.perf_counter()
    for case in sample:
        names = [name for name, _ in model.generate(case.surface, trie, k=5)]
        top1 += names[:1] == [case.answer]
        top5 += case.answer in names
    seconds = (time.perf_counter() - started) / max(len(sample), 1)
    return len(sample), top1 / max(len(sample), 1), top5 / max(len(sample), 1), seconds, len(trie)


def accuracy_rows(
    tallies: dict[str, Tally], labels: Sequence[str], short: Sequence[str]
) -> list[list[object]]:
    overall = tallies["all"]
    rows = []
    for label, name in zip(labels, short, strict=True):
        top1, top5 = overall.hits[label]
        rows.append([f"({name}) {label.split(' ', 1)[1]}", f"{100 * top1 / overall.found:.1f}%", f"{100 * top5 / overall.found:.1f}%",
                     f"{100 * top1 / overall.cases:.1f}%"])  # fmt: skip
    return rows


def breakdown_rows(tallies: dict[str, Tally], prefix: str, labels: Sequence[str]) -> list[list[object]]:
    rows = []
    for key in sorted(k for k in tallies if k.startswith(prefix)):
        tally = tallies[key]
        cells = [
            f"{100 * tally.hits[label][0] / tally.found:.0f}%" if tally.found else "–" for label in labels
        ]
        rows.append(
            [key.removeprefix(prefix), tally.cases, f"{100 * tally.found / tally.cases:.0f}%", *cells]
        )
    return rows


def tune(cases: Sequence[Case], source: CandidateSource, model_path: Path | None, gazetteer: object) -> None:
    """Print dev top-1 of the weighed combinations: letter similarity and prior (the (a+b) ranker's
    weight), and the model and prior (the shipped weight), with and without the direct direction."""
    rankers = model_rankers(model_path, gazetteer, 1.0)
    render, direct = rankers[RENDER], rankers[DIRECT]
    features = []  # per case with the answer among the candidates: (options, render, direct, similarity, log prior)
    for case in cases:
        options = source.candidates(case.surface)
        if any(o.name == case.answer for o in options):
            features.append((case, options, render(case.surface, options), direct(case.surface, options),
                             edit_to_nearest_form(case.surface, options), [math.log(o.prior) for o in options]))  # fmt: skip
    print(f"{len(cases)} dev cases, the answer among the candidates in {len(features)}")

    def top1(score: Callable[[int, tuple[float, float, float, float]], float]) -> float:
        hits = 0.0
        for case, options, *columns in features:
            scores = [score(i, values) for i, values in enumerate(zip(*columns, strict=True))]
            hits += hit_share(case.answer, options, scores, 1)
        return 100 * hits / max(len(features), 1)

    for alpha in (4, 8, 16, 32, 64):
        print(f"(a+b) similarity weight {alpha}: {top1(lambda i, v, a=alpha: a * v[2] / 100 + v[3]):.1f}%")
    for weight in (0.25, 0.5, 1.0, 2.0, 4.0):
        for direct_weight in (0.0, 0.25, 0.5, 1.0):
            result = top1(lambda i, v, w=weight, d=direct_weight: w * (v[0] + d * v[1]) + v[3])
            print(f"model weight {weight}, direct {direct_weight}: {result:.1f}%")


NON_MODEL = {
    "(a) edit distance to the name": edit_to_name,
    "(a) edit distance to the nearest name or pinyin reading": edit_to_nearest_form,
    "(a) phonetic: Metaphone of the nearest name or reading": phonetic,
    "(b) gazetteer prior": prior,
}
#: The (a+b) ranker's weight of letter similarity (0-1) against the log prior, chosen on dev.
NEAREST_FORM_WEIGHT = 16.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--model", type=Path, default=None, help="name-model checkpoint (default: shipped)")
    parser.add_argument("--tune", action="store_true", help="print dev accuracy for candidate weights")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--source", choices=("stand-in", "names"), default="stand-in",
        help="candidate source: the stand-in blocked index, or the near-miss rule's name index",
    )  # fmt: skip
    parser.add_argument(
        "--limit", type=int, default=None, help="a random sample of this many cases (a quick look)"
    )
    args = parser.parse_args(argv)
    try:
        default_names_dir()
        gazetteer = load_gazetteer()
    except MissingData as error:
        print(f"skipped: {error}")
        return
    started = time.perf_counter()
    cases = make_cases(gazetteer, args.split)
    if args.limit is not None:
        cases = random.Random(SEED).sample(cases, min(args.limit, len(cases)))
    try:
        source = candidate_source(args.source, gazetteer)
    except MissingData as error:
        print(f"skipped: {error}")
        return
    if args.tune:
        tune(cases, source, args.model, gazetteer)
        return
    from translit.seq2seq.name_rescorer import DEFAULT_WEIGHT

    rankers = {
        **NON_MODEL,
        "(a+b) nearest name or reading, and prior": nearest_form_and_prior(NEAREST_FORM_WEIGHT),
    }
    rankers.update(model_rankers(args.model, gazetteer, DEFAULT_WEIGHT))
    tallies = evaluate(cases, source, rankers)
    generated = generation(cases, args.model, gazetteer)
    seconds = time.perf_counter() - started
    args.out.write_text(report(args, source, tallies, list(rankers), generated, seconds), encoding="utf-8")
    print(f"wrote {args.out}")


def targets(tallies: dict[str, Tally], labels: Sequence[str]) -> str:
    """The issue's targets, measured: the shipped combination's top-1, and its lead over each ranker
    that uses no model (the best of them, and plain edit distance to the name)."""
    overall = tallies["all"]
    top1 = {label: 100 * overall.hits[label][0] / overall.found for label in labels}
    shipped = top1[SHIPPED]
    best = max(
        (label for label in labels if label in NON_MODEL or label.startswith("(a+b)")), key=top1.__getitem__
    )
    plain = top1["(a) edit distance to the name"]
    return (
        f"Targets: shipped top-1 ≥ 90%: {shipped:.1f}% — {'met' if shipped >= 90 else '**missed**'}. "
        f"≥ 10 points above the best ranking without the model ({best}, {top1[best]:.1f}%): "
        f"{shipped - top1[best]:+.1f} points — {'met' if shipped - top1[best] >= 10 else '**missed**'} "
        f"(above plain edit distance to the name: {shipped - plain:+.1f} points)."
    )


def report(
    args: argparse.Namespace,
    source: CandidateSource,
    tallies: dict[str, Tally],
    labels: list[str],
    generated: tuple[int, float, float, float, int],
    seconds: float,
) -> str:
    overall = tallies["all"]
    *ranker_seconds, candidates = overall.hits.pop("_timing")
    model_seconds = ranker_seconds[labels.index(RENDER)]
    short = [label.split(" ", 1)[0].strip("()") for label in labels]
    short = [f"{s}{short[:i].count(s) + 1}" if short.count(s) > 1 else s for i, s in enumerate(short)]
    lines = [
        "# Name ranking (issue #15)",
        "",
        f"`python -m benchmarks.name_ranking --split {args.split} --source {args.source}` ({overall.cases} cases; "
        f"{seconds:.0f} s).",
        "",
        "Cases: " + " ".join(__doc__.split("Cases:", 1)[1].split("Rankers:", 1)[0].split()),
        "",
        f"Candidate source: {source.description}; the answer is among the candidates in {overall.found} of {overall.cases} "
        f"cases ({100 * overall.found / overall.cases:.1f}%). Top-k is over those {overall.found} cases; the "
        "last column counts every case (a case whose answer the source missed is a miss).",
        "",
        table(["ranker", "top-1", "top-5", "top-1 of all cases"], accuracy_rows(tallies, labels, short)),
        "",
        targets(tallies, labels),
        "",
        "Top-1 by kind of rendering and by gazetteer source (cases; answer among candidates; then each ranker "
        "in the order above):",
        "",
        table(["kind", "cases", "found", *short], breakdown_rows(tallies, "kind:", labels)),
        "",
        table(["source", "cases", "found", *short], breakdown_rows(tallies, "source:", labels)),
        "",
        f"Generation, no candidate list (beam search of width 5 over a trie of all {generated[4]} gazetteer "
        f"names, the direct direction): {generated[0]} cases, top-1 {100 * generated[1]:.1f}%, top-5 {100 * generated[2]:.1f}%, "
        f"{1000 * generated[3]:.0f} ms per surface.",
        "",
        f"Speed: the model scored {candidates / model_seconds:.0f} candidates per second, 1 thread "
        f"({candidates} candidates, each against its name alone and every Chinese form's reading; "
        "a shared 2-core machine).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
