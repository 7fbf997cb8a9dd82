"""Section 3: the cleaner on professional human references, where every edit is a false alarm; and the
sweep over all of the clean English news (``python -m benchmarks.do_no_harm`` writes
``benchmarks/RESULTS-do-no-harm.md``)."""

from __future__ import annotations

import sys
from pathlib import Path

import translit
from benchmarks.common import ENGLISH, Section, read_lines, require, table, test_sets

TARGET = 0.5  # edits per 1,000 segments


def run() -> Section:
    rows, listed, total_edits, total_segments = [], [], 0, 0
    pipeline = translit.load_pipeline(translit.Config(house_style=False))
    for folder in test_sets():
        for ref in sorted(folder.glob("ref.*.en")):
            lines = read_lines(ref)
            edits = [
                (number, edit)
                for number, line in enumerate(lines, start=1)
                for edit in pipeline.clean(line).edits
            ]  # each line is one document
            rows.append((f"{folder.name}/{ref.name}", len(lines), len(edits), 1000 * len(edits) / len(lines)))
            listed += [
                f"- {folder.name}/{ref.name}:{number}, characters {e.start}-{e.end} [{e.type}] "
                f"`{e.original}` → `{e.replacement}`: {e.reason}"
                for number, e in edits
            ]
            total_edits += len(edits)
            total_segments += len(lines)
    rate = 1000 * total_edits / total_segments
    rows.append(("**all**", total_segments, total_edits, rate))
    body = "\n".join(
        [
            "Every `ref.*.en` under `../shared/data/wmt`, each line cleaned as its own document, "
            "house style off.",
            "",
            table(["reference", "segments", "edits", "edits / 1,000 segments"], rows),
            "",
            "Every edit made (all are false alarms):" if listed else "No edits were made.",
            *listed,
            "",
            f"Cleaner: `{pipeline.signature()}`",
        ]
    )
    return Section(
        "3. Do no harm: human references",
        body,
        ((f"do-no-harm ≤ {TARGET} edits / 1,000 segments", f"{rate:.2f}", rate <= TARGET),),
    )


#: Edits on clean English judged right, each with why (decided in issue #11: a real typo in a human text
#: is a correct fix), keyed by file, line, original and replacement. Any other edit the sweep makes counts
#: as a false alarm until someone judges it. (Lines are cited by number: the text is not ours to copy.)
JUDGED_CORRECT = {
    ("generaltest2022.de-en.ref.B.en", 351, ",", ""): "a stray comma before an ellipsis: a typo",
    ("generaltest2023.de-en.ref.refA.en", 64, ",", ""): "a stray comma before a full stop: a typo",
    ("generaltest2023.de-en.ref.refA.en", 224, "Bachmut", "Bakhmut"): (
        "the German spelling of the town, left in an English translation of German news"
    ),
}


def sweep_english() -> Section:
    """Every unique line of ``../shared/data/english`` cleaned as its own document, house style off."""
    lines: dict[str, tuple[str, int]] = {}  # line -> the first file and line number holding it
    for path in sorted(require(ENGLISH).glob("*.en")):
        for number, line in enumerate(read_lines(path), start=1):
            if line.strip():
                lines.setdefault(line, (path.name, number))
    pipeline = translit.load_pipeline(translit.Config(house_style=False))
    listed, false_alarms, protected = [], 0, 0
    for line, (name, number) in lines.items():
        result = pipeline.clean(line)
        protected += sum(1 for f in result.skipped if f.note.startswith("left alone: inside"))
        for e in result.edits:
            verdict = JUDGED_CORRECT.get((name, number, e.original, e.replacement))
            false_alarms += verdict is None
            listed.append(
                f"- {name}:{number}, characters {e.start}-{e.end} [{e.type}] `{e.original}` → "
                f"`{e.replacement}`: **{'correct: ' + verdict if verdict else 'false alarm'}**"
            )
    body = "\n".join(
        [
            f"Every unique non-empty line of `../shared/data/english` ({len(lines):,} lines), each cleaned as "
            "its own document, house style off. Every edit is listed (file:line of its first occurrence) "
            "with its verdict.",
            "",
            f"Edits: {len(listed)}; false alarms: {false_alarms}. Findings left alone because they touch a "
            f"protected span (URL, code, a name mentioned as a word, ...): {protected}.",
            "",
            *listed,
            "",
            f"Cleaner: `{pipeline.signature()}`",
        ]
    )
    return Section(
        "Do no harm: clean English news",
        body,
        (("false alarms on clean English", str(false_alarms), false_alarms == 0),),
    )


def main() -> int:
    """Write ``benchmarks/RESULTS-do-no-harm.md``: the sweep over clean English."""
    section = sweep_english()
    text = f"# {section.title}\n\nCommand: `nice -n 10 .venv/bin/python -m benchmarks.do_no_harm`\n\n{section.body}\n"
    (Path(__file__).resolve().parent / "RESULTS-do-no-harm.md").write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(met for _, _, met in section.targets) else 1


if __name__ == "__main__":
    sys.exit(main())
