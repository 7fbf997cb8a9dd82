"""Run every benchmark section and write ``benchmarks/RESULTS.md``.

python -m benchmarks.run_all            # from the project root; reads ../shared (or $TRANSLIT_SHARED)
"""

from __future__ import annotations

import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import sacrebleu

import translit
from benchmarks import do_no_harm, mechanical, names, real_mt, seed, speed, synthetic
from benchmarks.common import ROOT, MissingData, Section, table

SECTIONS = (seed, synthetic, do_no_harm, real_mt, speed)
# Sections with a results file of their own (RESULTS-names.md, RESULTS-mechanical.md).
SEPARATE_SECTIONS = (names, mechanical)
COMMAND = "python -m benchmarks.run_all"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "?")
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical CPUs available, "
        f"Python {platform.python_version()}, sacrebleu {sacrebleu.__version__}, "
        f"translit {translit.__version__}"
    )


def _cpuinfo() -> list[str]:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            return handle.read().splitlines()
    except OSError:
        return []


def run_sections() -> list[tuple[Section, float]]:
    results = []
    for module in SECTIONS:
        start = time.perf_counter()
        try:
            section = module.run()
        except MissingData as error:
            section = Section(module.__name__.rsplit(".", 1)[-1], f"Skipped: {error}")
        seconds = time.perf_counter() - start
        print(f"{section.title}: {seconds:.1f} s", file=sys.stderr)
        results.append((section, seconds))
    return results


def render(results: list[tuple[Section, float]]) -> str:
    targets = [
        (t, measured, "met" if met else "**missed**") for s, _ in results for t, measured, met in s.targets
    ]
    parts = [
        "# translit benchmarks",
        "",
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `{COMMAND}` (from the project root; "
        "data from `../shared`, or `$TRANSLIT_SHARED`). Machine: " + machine() + ".",
        "",
        f"Cleaner: `{translit.load_pipeline(translit.Config()).signature()}`",
        "",
        "Other result files: `RESULTS-gazetteer.md` (gazetteer size, load and scan), `RESULTS-rescorer.md` (re-scoring model), `RESULTS-reliability.md` (fuzzing, 1 GB corpus, kill test), `RESULTS-names.md` and `RESULTS-mechanical.md` (injected name and mechanical artifacts, issues #12 and #14).",
        "",
        "## Targets",
        "",
        table(["target", "measured", "status"], targets),
        "",
        "## Takeaways",
        "",
        "TAKEAWAYS",
        "",
    ]
    for section, seconds in results:
        parts += [f"## {section.title}", "", section.body, "", f"_Section run time: {seconds:.1f} s._", ""]
    return "\n".join(parts)


def draw_bars(section: Section, path: Path) -> None:
    """A grouped bar chart of a section's (precision, recall, F0.5) per label; needs matplotlib (bench)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    labels = list(section.bars or {})
    figure, axes = pyplot.subplots(figsize=(9, 3.6))
    for offset, (name, index) in enumerate((("precision", 0), ("recall", 1), ("F0.5", 2))):
        values = [section.bars[label][index] for label in labels]  # type: ignore[index]
        axes.bar([i + (offset - 1) * 0.27 for i in range(len(labels))], values, width=0.27, label=name)
    axes.axhline(0.9, color="grey", linewidth=0.8, linestyle="--")
    axes.set_xticks(range(len(labels)), labels, rotation=20)
    axes.set_ylim(0, 1.05)
    axes.set_title(section.title)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main() -> None:
    for module in SEPARATE_SECTIONS:
        start = time.perf_counter()
        module.main()
        print(f"{module.__name__}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    results = run_sections()
    for section, _ in results:
        if section.bars:
            draw_bars(section, ROOT / "benchmarks" / "synthetic.png")
    text = render(results)
    takeaways_path = ROOT / "benchmarks" / "TAKEAWAYS.md"
    takeaways = (
        takeaways_path.read_text(encoding="utf-8").strip() if takeaways_path.exists() else "(none written)"
    )
    (ROOT / "benchmarks" / "RESULTS.md").write_text(text.replace("TAKEAWAYS", takeaways), encoding="utf-8")


if __name__ == "__main__":
    main()
