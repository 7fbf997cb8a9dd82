"""Section 3: the cleaner on professional human references, where every edit is a false alarm."""

from __future__ import annotations

import translit
from benchmarks.common import Section, read_lines, table, test_sets

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


if __name__ == "__main__":
    print(run().body)
