"""Section 6: cleaning with the Chinese source, over the three WMT test sets: entity fixes, wrong renderings
before and after, ΔchrF/ΔBLEU, the references cleaned with their own source, entity-accuracy ranking
against the chrF ranking, and speed.

    nice -n 10 python -m benchmarks.source_aware            # writes benchmarks/RESULTS-source.md
    python -m benchmarks.source_aware --details edits.jsonl  # also every edit, with its segment's ΔchrF

Documents: the test sets carry no document boundaries, but consecutive lines of a test set are consecutive
sentences of its articles, so each file is cleaned in documents of :data:`DOCUMENT_LINES` lines with their
line-aligned source (``translit.clean(text, source=Source(zh, line_aligned=True))``), as
``benchmarks/model_effect.py`` does: a document lets a fix made sure in one line settle the same spelling
in another, and the target-only rules see an article's other mentions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sacrebleu.metrics import CHRF

import translit
from benchmarks.common import ROOT, Section, read_lines, table, test_sets
from benchmarks.do_no_harm import JUDGED_CORRECT
from translit.evaluation import measure_gain
from translit.evaluation.entities import score_entities

DOCUMENT_LINES = 20
#: Edit types that fix a wrong name (house-style rewrites of valid spellings and the mechanical edits,
#: punctuation and boilerplate, are counted apart).
ENTITY_TYPES = frozenset({"mistranslation", "variant", "abbreviation", "confusable", "duplicate"})
REPEATS = 3  # speed: median of this many runs
ARTICLE_LINES = 10  # speed: MT lines per article, with their source lines (line-aligned)
WORKERS = 2
TARGET_FIXES = 800
TARGET_IMPROVED = 0.9
TARGET_REFERENCE_EDITS_PER_1000 = 1.0
TARGET_MB_PER_SECOND = 4.0


@dataclass(frozen=True)
class Cleaned:
    """One file cleaned in documents: its lines after, and each edit with its line."""

    lines: tuple[str, ...]
    edits: tuple[tuple[int, translit.Edit], ...]


def clean_in_documents(
    house_style: bool, lines: Sequence[str], source: Sequence[str], size: int = DOCUMENT_LINES
) -> Cleaned:
    """``lines`` cleaned ``size`` at a time with their source lines."""
    pipeline = translit.load_pipeline(translit.Config(house_style=house_style))
    cleaned: list[str] = []
    edits: list[tuple[int, translit.Edit]] = []
    for first in range(0, len(lines), size):
        document = lines[first : first + size]
        original = translit.Source("\n".join(source[first : first + size]), line_aligned=True)
        result = pipeline.clean("\n".join(document), original)
        after = result.text.split("\n")
        assert len(after) == len(document), "an edit joined or split lines"
        starts = [0]
        for line in document:
            starts.append(starts[-1] + len(line) + 1)
        for edit in result.edits:
            line = next(i for i in range(len(document)) if edit.start < starts[i + 1])
            edits.append((first + line, edit))
        cleaned += after
    return Cleaned(tuple(cleaned), tuple(edits))


@dataclass(frozen=True)
class SystemRun:
    test_set: str
    name: str
    edits: int
    entity_fixes: int
    house_style: int
    by_source: int
    changed: int
    spacing_only: int  # changed segments that differ in whitespace alone, which chrF does not read
    improved: int
    worsened: int
    delta_chrf: float
    delta_bleu: float
    cleaned: tuple[str, ...]
    details: tuple[dict[str, object], ...]


def run_view(
    house_style: bool, details: bool, size: int = DOCUMENT_LINES
) -> tuple[list[SystemRun], list[tuple[str, str, int, translit.Edit]], int]:
    """Every system cleaned with its source (house style on or off), and the references (house style
    off, as the target asks); the systems' runs, the references' edits and the references' line count."""
    jobs = []
    with ProcessPoolExecutor(WORKERS) as pool:
        for folder in selected_sets():
            source = read_lines(folder / "src.zh")
            refs = [read_lines(path) for path in sorted(folder.glob("ref.*.en"))]
            for path in sorted((folder / "hyp").glob("*.en")):
                lines = read_lines(path)
                future = pool.submit(clean_in_documents, house_style, lines, source, size)
                jobs.append((folder.name, path.stem, lines, source, refs, future))
            for path in sorted(folder.glob("ref.*.en")):
                future = pool.submit(clean_in_documents, False, read_lines(path), source, size)
                jobs.append((folder.name, path.stem, None, source, refs, future))
        runs, reference_edits, reference_lines = [], [], 0
        chrf = CHRF()
        for test_set, name, lines, source, refs, future in jobs:
            cleaned = future.result()
            if lines is None:
                reference_lines += len(cleaned.lines)
                reference_edits += [(test_set, name, line, edit) for line, edit in cleaned.edits]
                continue
            gain = measure_gain(lines, cleaned.lines, refs)
            rows = []
            if details:
                for line, edit in cleaned.edits:
                    segment_refs = [ref[line] for ref in refs]
                    delta = (
                        chrf.sentence_score(cleaned.lines[line], segment_refs).score
                        - chrf.sentence_score(lines[line], segment_refs).score
                    )
                    rows.append(
                        {
                            "test set": test_set,
                            "system": name,
                            "line": line + 1,
                            "original": edit.original,
                            "replacement": edit.replacement,
                            "type": edit.type,
                            "rule": edit.rule,
                            "reason": edit.reason,
                            "segment Δchrf": round(delta, 3),
                            "mt": lines[line],
                            "references": segment_refs,
                            "source": source[line],
                        }  # fmt: skip
                    )
            runs.append(
                SystemRun(
                    test_set,
                    name,
                    len(cleaned.edits),
                    sum(1 for _, e in cleaned.edits if e.type in ENTITY_TYPES),
                    sum(1 for _, e in cleaned.edits if e.type == "house-style"),
                    sum(1 for _, e in cleaned.edits if e.rule.startswith("source")),
                    gain.changed_segments,
                    sum(1 for a, b in zip(lines, cleaned.lines) if a != b and same_but_spacing(a, b)),
                    gain.improved_segments,
                    gain.worsened_segments,
                    gain.delta_chrf,
                    gain.delta_bleu,
                    cleaned.lines,
                    tuple(rows),
                )  # fmt: skip
            )
    return runs, reference_edits, reference_lines


def same_but_spacing(before: str, after: str) -> bool:
    """Whether two segments differ in whitespace alone ("said.The" and "said. The"): sacrebleu's chrF
    removes whitespace before it counts character n-grams, so such a change can move neither way."""
    return "".join(before.split()) == "".join(after.split())


#: ``--sets``: only the test sets whose names hold one of these (a quick run writes no RESULTS file).
SETS: tuple[str, ...] = ()


def selected_sets() -> list[Path]:
    return [folder for folder in test_sets() if not SETS or any(s in folder.name for s in SETS)]


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


def by_rule(runs: list[SystemRun]) -> list[list[object]]:
    """Per rule: edits, segments whose chrF went up and down, and the sum of their ΔchrF (from details)."""
    rules: dict[str, list[float]] = {}
    for run_ in runs:
        for row in run_.details:
            rules.setdefault(str(row["rule"]), []).append(float(row["segment Δchrf"]))  # type: ignore[arg-type]
    return [
        [rule, len(deltas), sum(d > 0 for d in deltas), sum(d < 0 for d in deltas), f"{sum(deltas):+.1f}"]
        for rule, deltas in sorted(rules.items())
    ]


def view_totals(runs: list[SystemRun]) -> dict[str, object]:
    changed = sum(r.changed for r in runs)
    improved = sum(r.improved for r in runs)
    readable = changed - sum(r.spacing_only for r in runs)
    return {
        "edits": sum(r.edits for r in runs),
        "entity_fixes": sum(r.entity_fixes for r in runs),
        "house_style": sum(r.house_style for r in runs),
        "by_source": sum(r.by_source for r in runs),
        "changed": changed,
        "improved": improved,
        "worsened": sum(r.worsened for r in runs),
        "share": improved / changed if changed else 0.0,
        "spacing_only": changed - readable,
        "readable_share": improved / readable if readable else 0.0,
        "negative": [f"{r.test_set}/{r.name} ({r.delta_chrf:+.4f})" for r in runs if r.delta_chrf < 0],
        "systems": len(runs),
    }


def ranking(
    views: dict[bool, list[SystemRun]],
) -> tuple[list[list[object]], list[tuple[str, float, int]], dict]:
    """Entity accuracy before and after cleaning (per house-style view), the references' own score, and
    Kendall's tau of the systems' entity accuracy against their chrF, per test set."""
    chrf = CHRF()
    rows, taus, wrong = [], [], {}
    for folder in selected_sets():
        source = read_lines(folder / "src.zh")
        refs = {path.stem: read_lines(path) for path in sorted(folder.glob("ref.*.en"))}
        hyps = {path.stem: read_lines(path) for path in sorted((folder / "hyp").glob("*.en"))}
        before = score_entities(source, hyps, refs)
        for house, runs in views.items():
            cleaned = {r.name: list(r.cleaned) for r in runs if r.test_set == folder.name}
            after = {s.name: len(s.wrong) for s in score_entities(source, cleaned).systems}
            for score in before.systems:
                wrong[(house, folder.name, score.name)] = (len(score.wrong), after[score.name], score.omitted)
        chrf_scores = {
            name: chrf.corpus_score(lines, list(refs.values())).score for name, lines in hyps.items()
        }
        names = [s.name for s in before.systems]
        tau = kendall_tau([s.share for s in before.systems], [chrf_scores[n] for n in names])
        taus.append((folder.name, tau, len(names)))
        ranked = sorted(before.systems, key=lambda s: -s.share)
        for reference in before.references:
            rows.append([folder.name, f"{reference.name} (reference, ceiling)", f"{reference.share:.2f}",
                         f"{reference.omitted} ({reference.omitted_all})", len(reference.wrong), "–"])  # fmt: skip
        for label, score in (
            ("best", ranked[0]),
            ("median", ranked[len(ranked) // 2]),
            ("worst", ranked[-1]),
        ):
            rows.append([folder.name, f"{label} system: {score.name}", f"{score.share:.2f}",
                         f"{score.omitted} ({score.omitted_all})", len(score.wrong),
                         f"{chrf_scores[score.name]:.2f}"])  # fmt: skip
    return rows, taus, wrong


def system_table(runs: list[SystemRun], wrong: dict, house: bool) -> str:
    rows = [
        [
            r.test_set,
            r.name,
            r.edits,
            r.entity_fixes,
            r.by_source,
            *wrong[(house, r.test_set, r.name)],
            r.changed,
            f"{r.improved}/{r.worsened}",
            f"{r.delta_chrf:+.4f}",
            f"{r.delta_bleu:+.4f}",
        ]  # fmt: skip
        for r in runs
    ]
    header = ["test set", "system", "edits", "entity fixes", "by the source rules", "wrong before",
              "wrong after", "omitted", "changed segs", "segs chrF up/down", "ΔchrF", "ΔBLEU"]  # fmt: skip
    return table(header, rows)


def run(details_path: Path | None = None) -> Section:
    views = {house: run_view(house, True) for house in (True, False)}
    one_line = view_totals(run_view(False, False, 1)[0])  # the first round's setting, for comparison
    on_runs, reference_edits, reference_lines = views[True]
    off_runs = views[False][0]
    ranking_rows, taus, wrong = ranking({True: on_runs, False: off_runs})
    if details_path is not None:
        with details_path.open("w", encoding="utf-8") as out:
            for house, (runs, _, _) in views.items():
                for r in runs:
                    for row in r.details:
                        out.write(json.dumps({"house style": house, **row}, ensure_ascii=False) + "\n")
    on, off = view_totals(on_runs), view_totals(off_runs)
    per_1000 = 1000 * len(reference_edits) / reference_lines
    verdicts = [
        JUDGED_CORRECT.get((f"{t}/{r}.en", i + 1, e.original, e.replacement))
        for t, r, i, e in reference_edits
    ]
    false_alarms = verdicts.count(None)
    with_source, without_source = measure_speed()

    wrong_before = sum(w[0] for k, w in wrong.items() if k[0])
    wrong_after = {house: sum(w[1] for k, w in wrong.items() if k[0] is house) for house in (True, False)}
    omitted = sum(w[2] for k, w in wrong.items() if k[0])

    def summary(label: str, t: dict[str, object]) -> str:
        negative = t["negative"]
        return (
            f"- **{label}**: {t['edits']} edits: {t['entity_fixes']} entity fixes, {t['house_style']} "
            f"house-style rewrites ({t['by_source']} of them by the source rules); {t['changed']} changed segments, chrF up on "
            f"{t['improved']} ({100 * t['share']:.1f}%), down on {t['worsened']}; {t['spacing_only']} of the "
            "changed segments differ in whitespace alone, which chrF does not read, and chrF is up on "
            f"{100 * t['readable_share']:.1f}% of the others; ΔchrF < 0 on "
            f"{len(negative)}/{t['systems']} systems{': ' + ', '.join(negative) if negative else ''}."
        )

    body = "\n".join(
        [
            f"{on['systems']} system outputs under `../shared/data/wmt/*/hyp/`, each file cleaned in documents "
            f"of {DOCUMENT_LINES} consecutive lines with their line-aligned source "
            "(`translit.clean(text, source=Source(zh, line_aligned=True))`), scored with sacrebleu BLEU and "
            "chrF against all references. *Entity fixes*: edits that fix a wrong name "
            f"({', '.join(sorted(ENTITY_TYPES))}); *house-style rewrites* replace valid spellings (Kiev, "
            "Zhang Zhongmou for Morris Chang) by the house's; the rest are punctuation. The targets are read "
            "with the house style off: it fixes errors only, whereas the house style rewrites valid "
            "spellings that each reference, with its own style, may keep (the rewrites are measured below, "
            "rule by rule). *Wrong before/after*: source "
            "entities whose rendering `translit eval entities` aligns and finds wrong, before and after "
            "cleaning. Gazetteer: main's, with general fixes (no entries from the WMT data).",
            "",
            f"Over the 50 raw outputs, `translit eval entities` finds {wrong_before} wrong renderings with "
            f"evidence (aligned for sure, listed, or spelled at least 0.8 like the entity) and {omitted} "
            "omissions of an entity the reference renders; after cleaning, "
            f"{wrong_after[True]} (house style on) and {wrong_after[False]} (off) wrong renderings remain. "
            "Omissions have nothing to replace: they are reported, never fixed.",
            "",
            "Both house-style settings (the default is on):",
            "",
            summary("house style on (default)", on),
            summary("house style off", off),
            summary("house style off, each line a document of its own (the first round's setting)", one_line),
            "",
            "Per rule (each edit with the ΔchrF of its segment; a segment with two edits counts for both):",
            "",
            table(["rule (house style on)", "edits", "segment chrF up", "down", "Σ ΔchrF"], by_rule(on_runs)),
            "",
            table(
                ["rule (house style off)", "edits", "segment chrF up", "down", "Σ ΔchrF"], by_rule(off_runs)
            ),
            "",
            "### Per system, house style on",
            "",
            system_table(on_runs, wrong, True),
            "",
            "### Per system, house style off",
            "",
            system_table(off_runs, wrong, False),
            "",
            f"### References cleaned with their own source (house style off)\n\n{len(reference_edits)} edits in "
            f"{reference_lines} segments ({per_1000:.2f} per 1,000), each with its verdict "
            "(`benchmarks.do_no_harm.JUDGED_CORRECT`; decided: a fix of a real typo of a reference is a "
            f"correct fix, counted in the rate all the same): {false_alarms} false alarms.",
            "",
            *[
                f"- {t}/{r} line {i + 1}: {e.original!r} → {e.replacement!r} ({e.type}, rule {e.rule}): "
                f"**{'correct: ' + verdict if verdict else 'false alarm'}**"
                for (t, r, i, e), verdict in zip(reference_edits, verdicts)
            ],
            "",
            "### Entity accuracy against chrF",
            "",
            "`translit eval entities` over the raw system outputs; Kendall's tau-b of its share acceptable "
            "against chrF, per test set: "
            + ", ".join(f"{name} {tau:+.3f} ({n} systems)" for name, tau, n in taus)
            + ".",
            "",
            "*omitted*: rendered nowhere where a reference renders the entity (scored), all omissions in "
            "brackets; a reference's omissions are scored against the other references.",
            "",
            table(
                ["test set", "scored", "share acceptable %", "omitted (all)", "wrong", "chrF"], ranking_rows
            ),
            "",
            "### Speed",
            "",
            f"Articles of {ARTICLE_LINES} lines of newstest2021 with their line-aligned source, one system's "
            f"output, median of {REPEATS}, CPU time of the process (this machine is shared: wall time "
            f"measures the other jobs too): {with_source:.2f} MB/s of MT text with the source, "
            f"{without_source:.2f} MB/s without (the same articles, the same pipeline).",
        ]
    )
    targets = (
        (f"≥ {TARGET_FIXES} entity fixes over the 50 systems (house style off; on: fixes + rewrites)",
         f"{off['entity_fixes']} (on: {on['entity_fixes']} + {on['house_style']})",
         off["entity_fixes"] >= TARGET_FIXES),
        ("≥ 90% of changed segments improve chrF (off; on in brackets)",
         f"{100 * off['share']:.1f}% ({100 * on['share']:.1f}%); of the segments changed beyond "
         f"whitespace: {100 * off['readable_share']:.1f}% ({100 * on['readable_share']:.1f}%)",
         off["share"] >= TARGET_IMPROVED),
        ("ΔchrF ≥ 0 on every system (off; on in brackets)",
         f"{off['systems'] - len(off['negative'])}/{off['systems']} "
         f"({on['systems'] - len(on['negative'])}/{on['systems']})", not off["negative"]),
        ("references: ≤ 1 edit per 1,000 segments (house style off)",
         f"{per_1000:.2f} ({false_alarms} false alarms)",
         per_1000 <= TARGET_REFERENCE_EDITS_PER_1000),
        (f"cleaning with a source ≥ {TARGET_MB_PER_SECOND} MB/s (CPU time; without a source in brackets)",
         f"{with_source:.2f} MB/s ({without_source:.2f})", with_source >= TARGET_MB_PER_SECOND),
    )  # fmt: skip
    return Section("6. Cleaning with the source (WMT zh→en)", body, targets)


def measure_speed() -> tuple[float, float]:
    """MB/s of MT text cleaned with and without the source, in CPU seconds of this process."""
    folder = sorted(test_sets())[-1]  # newstest2021
    source = read_lines(folder / "src.zh")
    lines = read_lines(sorted((folder / "hyp").glob("*.en"))[0])
    pipeline = translit.load_pipeline(translit.Config())
    articles = [
        ("\n".join(lines[i : i + ARTICLE_LINES]) + "\n", "\n".join(source[i : i + ARTICLE_LINES]) + "\n")
        for i in range(0, len(lines), ARTICLE_LINES)
    ]
    size = sum(len(text.encode("utf-8")) for text, _ in articles) / 1e6
    pipeline.clean(*articles[0])  # the source index and caches are built once per process
    with_source, without_source = [], []
    for _ in range(REPEATS):
        start = time.process_time()
        for text, original in articles:
            pipeline.clean(text, translit.Source(original, line_aligned=True))
        with_source.append(time.process_time() - start)
        start = time.process_time()
        for text, _ in articles:
            pipeline.clean(text)
        without_source.append(time.process_time() - start)
    return size / statistics.median(with_source), size / statistics.median(without_source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", type=Path, help="write every system edit, with its ΔchrF, as JSON lines")
    parser.add_argument("--sets", nargs="*", default=(), help="only these test sets (no RESULTS file then)")
    arguments = parser.parse_args()
    global SETS
    SETS = tuple(arguments.sets)
    start = time.perf_counter()
    section = run(arguments.details)
    targets = table(["target", "measured", "status"],
                    [(t, m, "met" if ok else "**missed**") for t, m, ok in section.targets])  # fmt: skip
    text = "\n".join([
        "# translit: cleaning with the source", "",
        "Generated by `nice -n 10 python -m benchmarks.source_aware` (data from `../shared`). "
        f"Cleaner: `{translit.load_pipeline(translit.Config()).signature()}`", "",
        "## Targets", "", targets, "", f"## {section.title}", "", section.body, "",
        f"_Run time: {time.perf_counter() - start:.0f} s._", "",
    ])  # fmt: skip
    if not SETS:
        Path(ROOT / "benchmarks" / "RESULTS-source.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
