"""Section 6: cleaning with the Chinese source, over the three WMT test sets: fixes, wrong renderings
before and after, ΔchrF/ΔBLEU, the references cleaned with their own source, entity-accuracy ranking
against the chrF ranking, and speed.

python -m benchmarks.source_aware      # from the project root; writes benchmarks/RESULTS-source.md
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from sacrebleu.metrics import CHRF

import translit
from benchmarks.common import ROOT, Section, read_lines, table, test_sets
from translit.evaluation import measure_gain
from translit.evaluation.entities import score_entities

REPEATS = 3  # speed: median of this many runs
ARTICLE_LINES = 10  # speed: MT lines per article, with their source lines (line-aligned)
TARGET_FIXES = 800
TARGET_IMPROVED = 0.9
TARGET_REFERENCE_EDITS_PER_1000 = 1.0
TARGET_MB_PER_SECOND = 4.0


def clean_lines(pipeline: translit.Pipeline, lines: list[str], source: list[str]) -> tuple[list[str], list]:
    """Each line cleaned as its own document with its own source line; the cleaned lines and the edits
    (with their line index)."""
    cleaned, edits = [], []
    for index, (text, original) in enumerate(zip(lines, source)):
        result = pipeline.clean(text, original)
        cleaned.append(result.text)
        edits += [(index, edit) for edit in result.edits]
    return cleaned, edits


def kendall_tau(first: list[float], second: list[float]) -> float:
    """Kendall's tau-b between two scorings of the same items."""
    concordant = discordant = ties_a = ties_b = 0
    for i in range(len(first)):
        for j in range(i + 1, len(first)):
            a, b = first[i] - first[j], second[i] - second[j]
            if a == 0 and b == 0:
                continue
            if a == 0:
                ties_a += 1
            elif b == 0:
                ties_b += 1
            elif (a > 0) == (b > 0):
                concordant += 1
            else:
                discordant += 1
    pairs = concordant + discordant
    denominator = ((pairs + ties_a) * (pairs + ties_b)) ** 0.5
    return (concordant - discordant) / denominator if denominator else 0.0


def run() -> Section:
    pipeline = translit.load_pipeline(translit.Config(house_style=False))
    chrf = CHRF()
    rows, ranking_rows, reference_edits = [], [], []
    fixes = changed = improved = worsened = systems = reference_segments = 0
    negative, taus = [], []
    for folder in test_sets():
        source = read_lines(folder / "src.zh")
        refs = {path.stem: read_lines(path) for path in sorted(folder.glob("ref.*.en"))}
        hyps = {path.stem: read_lines(path) for path in sorted((folder / "hyp").glob("*.en"))}
        before_report = score_entities(source, hyps, refs)
        after = {}
        for name, lines in hyps.items():
            systems += 1
            cleaned, edits = clean_lines(pipeline, lines, source)
            after[name] = cleaned
            source_fixes = sum(1 for _, e in edits if e.rule == "source")
            fixes += len(edits)
            gain = measure_gain(lines, cleaned, list(refs.values()))
            changed += gain.changed_segments
            improved += gain.improved_segments
            worsened += gain.worsened_segments
            if gain.delta_chrf < 0:
                negative.append(f"{folder.name}/{name} ({gain.delta_chrf:+.4f})")
            rows.append([folder.name, name, len(edits), source_fixes, gain.changed_segments,
                         f"{gain.improved_segments}/{gain.worsened_segments}", f"{gain.delta_chrf:+.4f}",
                         f"{gain.delta_bleu:+.4f}"])  # fmt: skip
        after_report = score_entities(source, after)
        wrong_after = {s.name: len(s.wrong) for s in after_report.systems}
        for row, score in zip(rows[-len(hyps) :], before_report.systems):
            row[4:4] = [len(score.wrong), wrong_after[score.name]]
        chrf_scores = {
            name: chrf.corpus_score(lines, list(refs.values())).score for name, lines in hyps.items()
        }
        names = [s.name for s in before_report.systems]
        tau = kendall_tau([s.share for s in before_report.systems], [chrf_scores[n] for n in names])
        taus.append((folder.name, tau, len(names)))
        for reference in before_report.references:
            ranking_rows.append(
                [folder.name, f"{reference.name} (reference, ceiling)", f"{reference.share:.2f}", "–"]
            )
        best = max(before_report.systems, key=lambda s: s.share)
        ranking_rows.append(
            [folder.name, f"best system: {best.name}", f"{best.share:.2f}", f"{chrf_scores[best.name]:.2f}"]
        )
        for name, lines in refs.items():
            reference_segments += len(lines)
            _, edits = clean_lines(pipeline, lines, source)
            reference_edits += [(folder.name, name, index, e) for index, e in edits]
    share = improved / changed if changed else 0.0
    per_1000 = 1000 * len(reference_edits) / reference_segments
    speed = measure_speed()
    body = "\n".join(
        [
            f"{systems} system outputs under `../shared/data/wmt/*/hyp/`, each line cleaned as its own "
            "document with its source line (`translit.clean(line, source=zh_line)`, house style off), "
            "scored with sacrebleu BLEU and chrF against all references. *Wrong before/after*: source "
            "entities whose rendering `translit eval entities` aligns and finds wrong, before and after "
            "cleaning. Gazetteer: main's (no entries from the WMT data).",
            "",
            table(
                [
                    "test set",
                    "system",
                    "edits",
                    "by rule source",
                    "wrong before",
                    "wrong after",
                    "changed segs",
                    "segs chrF up/down",
                    "ΔchrF",
                    "ΔBLEU",
                ],
                rows,
            ),  # fmt: skip
            "",
            f"Edits in all: {fixes}; changed segments {changed}, chrF up on {improved} "
            f"({100 * share:.1f}%), down on {worsened}. Systems with ΔchrF < 0: "
            f"{', '.join(negative) if negative else 'none'}.",
            "",
            f"References cleaned with their own source: {len(reference_edits)} edits in "
            f"{reference_segments} segments ({per_1000:.2f} per 1,000):",
            "",
            *[
                f"- {t}/{r} line {i + 1}: {e.original!r} → {e.replacement!r} ({e.type}, rule {e.rule})"
                for t, r, i, e in reference_edits
            ],  # fmt: skip
            "",
            "Entity accuracy (`translit eval entities`) against chrF: Kendall's tau per test set "
            + ", ".join(f"{name} {tau:+.3f} ({n} systems)" for name, tau, n in taus)
            + ".",
            "",
            table(["test set", "scored", "share acceptable %", "chrF"], ranking_rows),
            "",
            f"Speed (articles of {ARTICLE_LINES} lines of newstest2021 with their line-aligned source, one "
            f"system's output, median of {REPEATS}): {speed:.2f} MB/s of MT text.",
        ]
    )
    targets = (
        (f"≥ {TARGET_FIXES} fixes over the 50 systems", str(fixes), fixes >= TARGET_FIXES),
        ("≥ 90% of changed segments improve chrF", f"{100 * share:.1f}%", share >= TARGET_IMPROVED),
        ("ΔchrF ≥ 0 on every system", f"{systems - len(negative)}/{systems}", not negative),
        ("references: ≤ 1 edit per 1,000 segments", f"{per_1000:.2f}", per_1000 <= TARGET_REFERENCE_EDITS_PER_1000),
        (f"cleaning with a source ≥ {TARGET_MB_PER_SECOND} MB/s", f"{speed:.2f} MB/s", speed >= TARGET_MB_PER_SECOND),
    )  # fmt: skip
    return Section("6. Cleaning with the source (WMT zh→en)", body, targets)


def measure_speed() -> float:
    folder = sorted(test_sets())[-1]  # newstest2021
    source = read_lines(folder / "src.zh")
    lines = read_lines(sorted((folder / "hyp").glob("*.en"))[0])
    pipeline = translit.load_pipeline(translit.Config())
    articles = [
        ("\n".join(lines[i : i + ARTICLE_LINES]) + "\n", "\n".join(source[i : i + ARTICLE_LINES]) + "\n")
        for i in range(0, len(lines), ARTICLE_LINES)
    ]
    size = sum(len(text.encode("utf-8")) for text, _ in articles) / 1e6
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for text, original in articles:
            pipeline.clean(text, translit.Source(original, line_aligned=True))
        runs.append(time.perf_counter() - start)
    return size / statistics.median(runs)


def main() -> None:
    start = time.perf_counter()
    section = run()
    targets = table(["target", "measured", "status"],
                    [(t, m, "met" if ok else "**missed**") for t, m, ok in section.targets])  # fmt: skip
    text = "\n".join([
        "# translit: cleaning with the source", "",
        "Generated by `nice -n 10 python -m benchmarks.source_aware` (data from `../shared`). "
        f"Cleaner: `{translit.load_pipeline(translit.Config(house_style=False)).signature()}`", "",
        "## Targets", "", targets, "", f"## {section.title}", "", section.body, "",
        f"_Run time: {time.perf_counter() - start:.0f} s._", "",
    ])  # fmt: skip
    Path(ROOT / "benchmarks" / "RESULTS-source.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
