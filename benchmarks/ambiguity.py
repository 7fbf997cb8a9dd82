"""Ambiguity benchmark for the re-scorer: pick the right sibling for a name the MT garbled.

Cases are built at run time from the held-out blocks of ``../shared/data/english`` (or
``$TRANSLIT_SHARED/data/english``), never stored in the repository: every held-out sentence naming a
member of a confusable sibling set (Ukraine/Uzbekistan/Uruguay, Iran/Iraq, ...) becomes a finding on that
name whose candidates are the whole set. The model sees the sentence and its predecessor with the name
masked; context that names a member of the set again is skipped, because it would give the answer away.
At most :data:`MAX_PER_GOLD` cases per correct name, so that Ukraine does not make up the benchmark.

Priors: each candidate's count in the *training* split (add-one smoothed), the kind of prior a gazetteer
built from news would give, so prior-only always picks the commonest sibling; the uniform prior is
reported as well. The rules also weigh the article's own references (the gazetteer's mentions of each
sibling, its demonym, its places and people): the "article evidence" rows multiply the counts prior by
``references + SMOOTHING`` as :func:`translit.rules.context.reading_probabilities` does, and let the model
reorder only siblings the context refers to equally often, as the pipeline's re-scorer does.
``--tune`` picks the combination weight on the dev split.

    python benchmarks/ambiguity.py                      # test split, shipped model
    python benchmarks/ambiguity.py --split dev --tune   # choose DEFAULT_WEIGHT
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.training.corpus import CorpusNotFoundError, Line, default_corpus_dir, read_lines  # noqa: E402
from translit.document import read_document  # noqa: E402
from translit.edits import Candidate, Finding  # noqa: E402
from translit.gazetteer import Gazetteer  # noqa: E402
from translit.gazetteer.cache import load_gazetteer  # noqa: E402
from translit.gazetteer.paths import builtin_glossary_folder  # noqa: E402
from translit.rules.context import SMOOTHING  # noqa: E402
from translit.seq2seq.rescorer import DEFAULT_PMI, DEFAULT_WEIGHT, combine  # noqa: E402
from translit.seq2seq.scorer import DEFAULT_THREADS, SpanScore, SpanScorer, default_model_path  # noqa: E402
from translit.seq2seq.spans import context_window  # noqa: E402

# names that Chinese transliteration makes confusable (烏 Ukraine/Uzbekistan/Uruguay, 伊 Iran/Iraq,
# 巴 Pakistan/Palestine, 奧/澳 Austria/Australia, 瑞 Sweden/Switzerland, 斯洛 Slovakia/Slovenia, ...)
SIBLINGS: tuple[tuple[str, ...], ...] = (
    ("Ukraine", "Uzbekistan", "Uruguay"),
    ("Ukrainian", "Uzbek", "Uruguayan"),
    ("Iran", "Iraq"),
    ("Iranian", "Iraqi"),
    ("Pakistan", "Palestine"),
    ("Pakistani", "Palestinian"),
    ("Austria", "Australia"),
    ("Austrian", "Australian"),
    ("Sweden", "Switzerland"),
    ("Swedish", "Swiss"),
    ("Slovakia", "Slovenia"),
    ("Sloviansk", "Kramatorsk"),
    ("India", "Indonesia"),
    ("Indian", "Indonesian"),
    ("Nigeria", "Niger"),
)
MAX_PER_GOLD = 25
PMI_STRENGTHS = (0.25, 0.5, 0.75, 1.0)
WEIGHTS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 1000.0)


@dataclass(frozen=True)
class Case:
    """One garbled name: the document (predecessor + sentence), the finding, and the right answer."""

    text: str
    finding: Finding
    gold: str


def word_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}])(" + "|".join(words) + r")(?![\p{L}\p{N}])")


def build_cases(lines: list[Line], split: str, priors: dict[str, float], gazetteer: Gazetteer) -> list[Case]:
    """Cases from the lines of one held-out split, capped per correct name, in corpus order.

    Each candidate carries the context's references to it (the span itself removed), as a rule's would.
    """
    per_gold: Counter[str] = Counter()
    seen: set[str] = set()
    cases = []
    for line in lines:
        if line.split != split or line.text in seen:
            continue
        seen.add(line.text)
        for siblings in SIBLINGS:
            pattern = word_pattern(siblings)
            text = f"{line.previous}\n{line.text}" if line.previous else line.text
            matches = list(pattern.finditer(text))
            if len(matches) != 1 or per_gold[matches[0].group()] >= MAX_PER_GOLD:
                continue
            match = matches[0]
            per_gold[match.group()] += 1
            references = reference_counts(gazetteer, text[: match.start()] + text[match.end() :], siblings)
            candidates = tuple(
                Candidate(name, "sibling", priors[name], references=count)
                for name, count in zip(siblings, references, strict=True)
            )
            finding = Finding(match.start(), match.end(), match.group(), "name", "ambiguity", candidates)
            cases.append(Case(text, finding, match.group()))
    return cases


def reference_counts(gazetteer: Gazetteer, context: str, names: tuple[str, ...]) -> list[int]:
    """How often ``context`` refers to each named entity: by a name or demonym, or, for a country, by one
    of its places or people (:meth:`translit.document.Document.count`)."""
    document = read_document(context, gazetteer)
    return [document.count(gazetteer.lookup(name)[0][0].id) for name in names]


def evidence_priors(cases: list[Case]) -> list[list[float]]:
    """The counts prior times ``references + SMOOTHING``, normalised: what the rules' priors do."""
    priors = []
    for case in cases:
        weights = [c.prior * (c.references + SMOOTHING) for c in case.finding.candidates]
        priors.append([w / sum(weights) for w in weights])
    return priors


def count_priors(lines: list[Line]) -> dict[str, float]:
    """Add-one smoothed training-split frequency of each name, normalised within its sibling set."""
    counts: Counter[str] = Counter()
    train_text = "\n".join(line.text for line in lines if line.split == "train")
    for siblings in SIBLINGS:
        counts.update(match.group() for match in word_pattern(siblings).finditer(train_text))
    priors = {}
    for siblings in SIBLINGS:
        total = sum(counts[name] + 1 for name in siblings)
        priors.update({name: (counts[name] + 1) / total for name in siblings})
    return priors


def accuracy(cases: list[Case], probabilities: list[list[float]]) -> float:
    """Top-1 accuracy; a tie for first place earns 1/k of a hit rather than going to the first listed."""
    hits = 0.0
    for case, p in zip(cases, probabilities, strict=True):
        top = [c.replacement for c, q in zip(case.finding.candidates, p, strict=True) if q == max(p)]
        hits += (case.gold in top) / len(top)
    return hits / len(cases)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--tune", action="store_true", help="print accuracy for each weight")
    parser.add_argument("--weight", type=float, default=DEFAULT_WEIGHT)
    parser.add_argument(
        "--pmi", type=float, default=DEFAULT_PMI, help="subtract this times the context-free score"
    )
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    args = parser.parse_args(argv)
    try:
        lines = read_lines(default_corpus_dir())
    except CorpusNotFoundError as error:
        print(f"skipped: {error}")
        return
    priors = count_priors(lines)
    cases = build_cases(lines, args.split, priors, load_gazetteer(builtin_glossary_folder()))

    started = time.perf_counter()
    import torch  # noqa: F401  (timed apart: importing torch and transformers is a one-off cost)
    import transformers  # noqa: F401

    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    scorer = SpanScorer.load(args.model, threads=args.threads)
    load_seconds = time.perf_counter() - started
    scorer.score("Warm-up ", " call.", ["one", "two"])  # the first call pays one-off allocation costs
    started = time.perf_counter()
    model_scores = [score_case(scorer, case) for case in cases]
    score_seconds = time.perf_counter() - started
    free_scores = [scorer.score("", "", [c.replacement for c in case.finding.candidates]) for case in cases]
    raw_scores = model_scores  # the tuning grid applies its own PMI strengths to the raw scores
    if args.pmi:
        model_scores = [pmi_scores(s, f, args.pmi) for s, f in zip(model_scores, free_scores, strict=True)]
    candidates_scored = sum(len(case.finding.candidates) for case in cases)

    prior = [[c.prior for c in case.finding.candidates] for case in cases]
    uniform = [[1.0] * len(case.finding.candidates) for case in cases]
    with_evidence = evidence_priors(cases)
    with_model = combine_all(cases, model_scores, prior, args.weight)
    print(
        f"model: {scorer.name}, split: {args.split}, cases: {len(cases)}, weight: {args.weight},"
        f" pmi: {args.pmi}"
    )
    referenced = sum(len({c.references for c in case.finding.candidates}) > 1 for case in cases)
    print(f"cases whose context refers to one sibling more than another: {referenced}")
    print(f"prior-only (training counts)             top-1: {accuracy(cases, prior):.1%}")
    print(f"prior-only (uniform, chance)             top-1: {accuracy(cases, uniform):.1%}")
    print(f"prior-only (counts + article evidence)   top-1: {accuracy(cases, with_evidence):.1%}")
    print(f"model + counts prior                     top-1: {accuracy(cases, with_model):.1%}")
    model_alone = combine_all(cases, model_scores, uniform, args.weight)
    print(f"model + uniform prior                    top-1: {accuracy(cases, model_alone):.1%}")
    full = combine_all(cases, model_scores, with_evidence, args.weight, evidence=True)
    print(f"model + counts prior + article evidence  top-1: {accuracy(cases, full):.1%}")
    if args.tune:
        for weight in WEIGHTS:
            total = accuracy(cases, combine_all(cases, raw_scores, prior, weight))
            mean = accuracy(cases, combine_all(cases, raw_scores, prior, weight, mean=True))
            row = f"  weight {weight:>7}: model + counts prior top-1 {mean:.1%} (mean), {total:.1%} (sum)"
            for alpha in PMI_STRENGTHS:
                pmi = [pmi_scores(s, f, alpha) for s, f in zip(raw_scores, free_scores, strict=True)]
                row += f", {accuracy(cases, combine_all(cases, pmi, prior, weight)):.1%} (pmi {alpha})"
            evidence = accuracy(cases, combine_all(cases, model_scores, with_evidence, weight, evidence=True))
            print(f"{row}; with article evidence {evidence:.1%} (pmi {args.pmi})")
    print_breakdown(cases, prior, with_model, full)
    size = sum(f.stat().st_size for f in args.model.iterdir() if f.is_file())
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"candidates scored/s ({args.threads} threads): {candidates_scored / score_seconds:.0f}"
        f" ({candidates_scored} candidates, {len(cases)} spans, {score_seconds:.1f}s)"
    )
    print(f"import torch+transformers: {import_seconds:.2f}s; model load: {load_seconds:.2f}s")
    print(f"peak RSS of this process: {peak_rss:.0f} MiB")
    print(f"model directory: {size / 1e6:.2f} MB")


def score_case(scorer: SpanScorer, case: Case) -> list[SpanScore]:
    """The model's scores of a case's candidates, in the context the re-scorer would use."""
    finding = case.finding
    left, right = context_window(case.text, finding.start, finding.end)
    return scorer.score(left, right, [c.replacement for c in finding.candidates])


def pmi_scores(scores: list[SpanScore], free: list[SpanScore], alpha: float) -> list[SpanScore]:
    """Scores minus ``alpha`` times the context-free ones (so the prior is not counted twice)."""
    return [
        SpanScore(s.log_likelihood - alpha * f.log_likelihood, s.tokens)
        for s, f in zip(scores, free, strict=True)
    ]


def combine_all(
    cases: list[Case],
    model_scores: list[list[SpanScore]],
    priors: list[list[float]],
    weight: float,
    mean: bool = False,
    evidence: bool = False,
) -> list[list[float]]:
    """The re-scorer's probabilities (:func:`translit.seq2seq.rescorer.combine`) for every case.

    ``mean=True`` uses the length-normalised rather than the summed log-likelihood (compared by ``--tune``);
    ``evidence=True`` keeps each candidate's references, so the model cannot overrule the context's.
    """
    out = []
    for case, scores, prior in zip(cases, model_scores, priors, strict=True):
        candidates = [
            Candidate(c.replacement, c.reason, p, references=c.references if evidence else 0)
            for c, p in zip(case.finding.candidates, prior, strict=True)
        ]
        out.append(combine(candidates, [s.mean if mean else s.log_likelihood for s in scores], weight))
    return out


def print_breakdown(
    cases: list[Case],
    prior_probs: list[list[float]],
    model_probs: list[list[float]],
    full_probs: list[list[float]],
) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, case in enumerate(cases):
        groups["/".join(c.replacement for c in case.finding.candidates)].append(index)
    for name, indexes in groups.items():
        subset = [cases[i] for i in indexes]
        prior_acc = accuracy(subset, [prior_probs[i] for i in indexes])
        model_acc = accuracy(subset, [model_probs[i] for i in indexes])
        full_acc = accuracy(subset, [full_probs[i] for i in indexes])
        print(
            f"  {name:<32} n={len(subset):>3}  prior {prior_acc:6.1%}  model+prior {model_acc:6.1%}"
            f"  + evidence {full_acc:6.1%}"
        )


if __name__ == "__main__":
    main()
