"""Section 4: the cleaner on real WMT system outputs, scored against the references before and after."""

from __future__ import annotations

from benchmarks.common import Section, read_lines, table, test_sets
from translit.evaluation import measure_gain
from translit.evaluation.cleaning import run_cleaner


def run() -> Section:
    rows, all_changed, all_improved, all_worsened, negative = [], 0, 0, 0, []
    edit_types: dict[str, int] = {}
    systems = 0
    for folder in test_sets():
        refs = [read_lines(r) for r in sorted(folder.glob("ref.*.en"))]
        for hyp in sorted((folder / "hyp").glob("*.en")):
            systems += 1
            raw = read_lines(hyp)
            cleaner = run_cleaner(raw, house_style=False)  # one line = one document
            for span in cleaner.edit_types:
                edit_types[span.type] = edit_types.get(span.type, 0) + 1
            if list(cleaner.cleaned) == raw:
                rows.append((folder.name, hyp.stem, 0, 0, 0.0, 0.0, "–"))
                continue
            gain = measure_gain(raw, cleaner.cleaned, refs)
            all_changed += gain.changed_segments
            all_improved += gain.improved_segments
            all_worsened += gain.worsened_segments
            if gain.delta_chrf < 0:
                negative.append(f"{folder.name}/{hyp.stem} ({gain.delta_chrf:+.4f})")
            rows.append(
                (
                    folder.name,
                    hyp.stem,
                    len(cleaner.edit_types),
                    gain.changed_segments,
                    f"{gain.delta_chrf:+.4f}",
                    f"{gain.delta_bleu:+.4f}",
                    f"{gain.improved_segments}/{gain.worsened_segments}",
                )
            )
    share = all_improved / all_changed if all_changed else 0.0
    body = "\n".join(
        [
            f"{systems} system outputs under `../shared/data/wmt/*/hyp/`, "
            "each line cleaned as its own document "
            "(house style off, so that Kiev→Kyiv policy changes do not count), scored with sacrebleu "
            "BLEU and chrF against all references of the test set.",
            "",
            table(
                ["test set", "system", "edits", "changed segs", "ΔchrF", "ΔBLEU", "segs chrF up/down"], rows
            ),
            "",
            f"Changed segments: {all_changed}; chrF went up on {all_improved} ({100 * share:.1f}%), "
            f"down on {all_worsened}. Edits by type: "
            + (", ".join(f"{k} {v}" for k, v in sorted(edit_types.items())) or "none")
            + ".",
            f"Systems with ΔchrF < 0: {', '.join(negative) if negative else 'none'}.",
        ]
    )
    return Section(
        "4. Real MT output (WMT zh→en)",
        body,
        (("ΔchrF ≥ 0 for all systems", f"{systems - len(negative)}/{systems} systems", not negative),),
    )


if __name__ == "__main__":
    print(run().body)
