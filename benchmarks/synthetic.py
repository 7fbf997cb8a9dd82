"""Section 2: artifacts injected into real clean English news, scored per artifact type."""

from __future__ import annotations

import random

from benchmarks.common import ENGLISH, Section, read_lines, require, table
from benchmarks.inject import INJECTORS
from translit.evaluation import TypedSpan, evaluate_post_edit
from translit.evaluation.cleaning import run_cleaner
from translit.evaluation.signature import evaluation_signature

SEED = 20240501
WINDOW = 5  # lines per pseudo-article, one paragraph each (as in the seed): consecutive lines of one file
PER_TYPE = 60
CLEAN_CONTROLS = 100  # untouched windows: anything the cleaner changes there is a false alarm


def windows() -> list[str]:
    """Every run of WINDOW consecutive lines of every clean English file, as one document."""
    docs = []
    for path in sorted(require(ENGLISH).glob("*.en")):
        lines = read_lines(path)
        docs += ["\n\n".join(lines[i : i + WINDOW]) + "\n" for i in range(0, len(lines) - WINDOW + 1, WINDOW)]
    return docs


def build(rng: random.Random) -> tuple[list[str], list[str], list[TypedSpan], dict[str, int]]:
    """Corrupted documents, their clean originals, the typed injected spans, and counts per type."""
    docs = windows()
    mt, gold, spans, counts = [], [], [], {}
    for kind, inject in INJECTORS.items():
        order = rng.sample(range(len(docs)), len(docs))
        made = 0
        for index in order:
            if made == PER_TYPE:
                break
            result = inject(docs[index], rng)
            if result is None:
                continue
            corrupted, injection = result
            spans.append(TypedSpan(injection.start, injection.end, kind, len(mt)))
            mt.append(corrupted)
            gold.append(docs[index])
            made += 1
        counts[kind] = made
    for index in rng.sample(range(len(docs)), CLEAN_CONTROLS):
        mt.append(docs[index])
        gold.append(docs[index])
    counts["clean control"] = CLEAN_CONTROLS
    return mt, gold, spans, counts


def run() -> Section:
    mt, gold, spans, counts = build(random.Random(SEED))
    cleaner = run_cleaner(mt, house_style=False)
    report = evaluate_post_edit(
        mt,
        gold,
        list(cleaner.cleaned),
        gold_types=spans,
        system_types=cleaner.edit_types,
        signature=evaluation_signature("document", 0.5, cleaner.signature),
    )
    by_type = report.comparison.counts_by_type()
    rows = []
    for name, c in [("**overall**", report.counts), *by_type.items()]:
        p, r, f = c.scores()
        rows.append((name, counts.get(name, ""), c.tp, c.fp, c.fn, p, r, f))
    controls_changed = sum(
        1 for m, c in zip(mt[-CLEAN_CONTROLS:], cleaner.cleaned[-CLEAN_CONTROLS:]) if m != c
    )
    examples = [
        f"- FP [{e.type}] `{e.original}` → `{e.correction}`" for e in report.comparison.false_positives[:15]
    ]
    missed = {}
    for e in report.comparison.false_negatives:
        missed.setdefault(e.type, []).append(f"`{e.original}`→`{e.correction}`")
    f = report.counts.scores()[2]
    body = "\n".join(
        [
            f"{sum(counts.values())} pseudo-articles of {WINDOW} consecutive lines "
            "from `../shared/data/english` "
            f"(seed {SEED}): up to {PER_TYPE} per artifact type with one injected artifact each, plus "
            f"{CLEAN_CONTROLS} untouched controls. "
            "House style off (the clean text may legitimately say Kiev). "
            "Gold = the original text; TP/FN typed by the injected type, FP by the cleaner's edit type.",
            "",
            table(["type", "docs", "TP", "FP", "FN", "P", "R", "F0.5"], rows),
            "",
            f"Untouched controls changed: {controls_changed} of {CLEAN_CONTROLS}.",
            "",
            "Sample misses per type:",
            *[f"- {kind}: {', '.join(items[:6])}" for kind, items in missed.items()],
            "",
            "Sample false positives:" if examples else "No false positives.",
            *examples,
        ]
    )
    bars = {name.strip("*"): row[5:] for name, row in zip([r[0] for r in rows], rows) if row[2] + row[4]}
    return Section(
        "2. Synthetic artifacts in clean news",
        body + "\n\n![Synthetic artifacts: precision, recall and F0.5 by type](synthetic.png)",
        (("synthetic F0.5 ≥ 0.9", f"{f:.3f}", f >= 0.9),),
        bars=bars,
    )


if __name__ == "__main__":
    print(run().body)
