"""Section 5: throughput, start-up time, peak memory and scaling, against a bare multi-pattern scan."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

import translit
from benchmarks.common import ROOT, WMT, Section, read_lines, require, table
from benchmarks.speed_profile import floor_scanner
from translit.config import DEFAULT_MODEL
from translit.gazetteer import Gazetteer
from translit.rescore import PriorRescorer

ARTICLE_LINES = 10  # MT lines per article, joined as paragraphs
SCALES = (1, 4, 16)  # input sizes, in multiples of one system's output
GAZETTEER_SHARES = (0.05, 0.25, 0.5, 1.0)
REPEATS = 3  # each timing is the median of this many runs: one run can catch a garbage-collection pause


def articles(scale: int) -> list[str]:
    """``scale`` system outputs of newstest2021, cut into articles of ARTICLE_LINES paragraphs."""
    hyps = sorted(require(WMT / "newstest2021.zh-en" / "hyp").glob("*.en"))[:scale]
    docs = []
    for path in hyps:
        lines = read_lines(path)
        docs += [
            "\n\n".join(lines[i : i + ARTICLE_LINES]) + "\n" for i in range(0, len(lines), ARTICLE_LINES)
        ]
    return docs


def timed(function, docs) -> float:
    """Median wall-clock seconds of :data:`REPEATS` passes of ``function`` over ``docs``."""
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for doc in docs:
            function(doc)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def subprocess_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


PEAK_RSS = """
import json, translit
from benchmarks.speed import articles
config = translit.Config(model=translit.config.DEFAULT_MODEL)
for doc in articles(16):
    translit.clean(doc, config)
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]  # peak RSS of this process, in kB
print(json.dumps(int(status)))
"""


def gazetteer_scaling(pipeline: translit.Pipeline, docs: list[str]) -> list[tuple[object, ...]]:
    """Detect-only time over the same text with the gazetteer cut to a share of its entries."""
    entries = list(pipeline.gazetteer.entries.values())
    rows = []
    for share in GAZETTEER_SHARES:
        subset = Gazetteer(entries[: int(len(entries) * share)], pipeline.gazetteer.abbreviations.rows)
        cut = translit.Pipeline(pipeline.config, subset, PriorRescorer())
        megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        seconds = timed(cut.detect, docs)
        rows.append((f"{share:.0%}", len(subset), f"{seconds:.2f}", f"{megabytes / seconds:.2f}"))
    return rows


def run() -> Section:
    pipeline = translit.load_pipeline(translit.Config())
    with_model = translit.load_pipeline(translit.Config(model=DEFAULT_MODEL))
    floor = floor_scanner(pipeline.gazetteer)
    rows, rates = [], {}
    for doc in articles(1)[:20]:  # warm caches (regexes compile lazily) before anything is timed
        pipeline.clean(doc)
        with_model.clean(doc)
    for scale in SCALES:
        docs = articles(scale)
        megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        for name, function in (
            ("floor: compiled leftmost-longest scan (ahocorasick_rs)", floor),
            ("detect only", pipeline.detect),
            ("full clean", pipeline.clean),
            ("full clean, model on", with_model.clean),
        ):
            seconds = timed(function, docs)
            rates[(scale, name)] = megabytes / seconds
            rows.append(
                (
                    f"{scale}×",
                    name,
                    f"{megabytes:.2f}",
                    len(docs),
                    f"{seconds:.2f}",
                    f"{megabytes / seconds:.2f}",
                    f"{len(docs) / seconds:.0f}",
                )
            )
    import_s = min(subprocess_seconds("import translit") for _ in range(3))
    help_s = min(subprocess_seconds("from translit.cli import main; main(['--help'])") for _ in range(3))
    first_s = min(subprocess_seconds("import translit; translit.clean('Kiev said so.')") for _ in range(3))
    rss_output = subprocess.run(
        [sys.executable, "-c", PEAK_RSS], check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    peak_mb = json.loads(rss_output.strip().splitlines()[-1]) / 1024
    clean_rate = min(rates[(s, "full clean, model on")] for s in SCALES)
    scaling = gazetteer_scaling(pipeline, articles(1))
    detect_rate = min(rates[(s, "detect only")] for s in SCALES)
    body = "\n".join(
        [
            f"Input: newstest2021 system outputs cut into articles of {ARTICLE_LINES} paragraphs; 1× is one "
            "system's output, 4× and 16× that many systems. Single process, default config (house style on, "
            f"priors only) and the same with the model on (`{with_model.rescorer.name}`). Wall-clock on a "
            f"2-core machine shared with other jobs, so expect ±20% noise; seconds are the median of {REPEATS} runs.",
            "",
            table(["input", "what", "MB", "articles", "seconds", "MB/s", "articles/s"], rows),
            "",
            f"Start-up (best of 3, fresh interpreter): `import translit` {import_s:.2f} s; "
            f"`translit --help` {help_s:.2f} s; import + first clean (loads the gazetteer) {first_s:.2f} s.",
            f"Peak RSS of a process cleaning the 16× input with the model on: {peak_mb:.0f} MB.",
            "",
            "Time grows linearly with input when MB/s stays flat across 1×/4×/16×.",
            "",
            "Gazetteer size (detect only, 1× input, priors only; the first N entries in load order, so the "
            "generated tables come first):",
            "",
            table(["share", "entries", "seconds", "MB/s"], scaling),
        ]
    )
    targets = (
        ("full clean (model on) ≥ 1 MB/s", f"{clean_rate:.2f} MB/s (slowest scale)", clean_rate >= 1),
        ("detect-only ≥ 10 MB/s", f"{detect_rate:.2f} MB/s (slowest scale)", detect_rate >= 10),
        ("peak RSS ≤ 600 MB", f"{peak_mb:.0f} MB", peak_mb <= 600),
    )
    return Section("5. Speed and memory", body, targets)


if __name__ == "__main__":
    print(run().body)
