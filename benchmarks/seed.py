"""Section 1: the seed article against its hand-made gold, edit by edit."""

from __future__ import annotations

from benchmarks.common import SHARED, Section, require, table
from translit.evaluation import evaluate_post_edit, read_typed_spans
from translit.evaluation.cleaning import run_cleaner
from translit.evaluation.signature import evaluation_signature

SEED = "000_2d22f7c407c94cff"


def run() -> Section:
    mt = require(SHARED / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    gold = require(SHARED / "gold" / f"{SEED}.corrected.txt").read_text(encoding="utf-8")
    gold_types = read_typed_spans(SHARED / "gold" / f"{SEED}.edits.jsonl")
    run_ = run_cleaner([mt], house_style=True)
    report = evaluate_post_edit(
        [mt],
        [gold],
        list(run_.cleaned),
        gold_types=gold_types,
        system_types=run_.edit_types,
        signature=evaluation_signature("document", 0.5, run_.signature),
    )
    rows = []
    for name, counts in [("**overall**", report.counts), *report.comparison.counts_by_type().items()]:
        p, r, f = counts.scores()
        rows.append((name, counts.tp, counts.fp, counts.fn, p, r, f))
    misses = [
        f"- missed [{e.type}] `{e.original}` → `{e.correction}`" for e in report.comparison.false_negatives
    ]
    wrong = [
        f"- wrong [{e.type}] `{e.original}` → `{e.correction}`" for e in report.comparison.false_positives
    ]
    g = report.gain
    p, r, f = report.counts.scores()
    body = "\n".join(
        [
            "Cleaner run on the whole seed article (house style on), edits extracted by token alignment "
            "against the gold correction and typed from the gold `edits.jsonl`.",
            "",
            table(["type", "TP", "FP", "FN", "P", "R", "F0.5"], rows),
            "",
            *misses,
            *wrong,
            "",
            f"chrF against the gold text: {g.chrf_before:.2f} → {g.chrf_after:.2f}; "
            f"BLEU {g.bleu_before:.2f} → {g.bleu_after:.2f}.",
            "",
            f"Signature: `{report.signature}`",
        ]
    )
    return Section(
        "1. Seed article vs gold",
        body,
        (("seed F0.5 (no fixed target)", f"{f:.3f} (P {p:.3f}, R {r:.3f})", True),),
    )


if __name__ == "__main__":
    print(run().body)
