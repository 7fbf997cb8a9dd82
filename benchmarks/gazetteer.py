"""Gazetteer benchmark: entity counts by type and source, load time cold and cached, scan throughput.

Usage: ``python benchmarks/gazetteer.py [TEXT_FILE ...]`` (default text: the WMT references in
``../shared/data/wmt``); writes ``benchmarks/RESULTS-gazetteer.md`` and prints it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from translit.gazetteer.cache import load_gazetteer
from translit.gazetteer.paths import builtin_glossary_folder

HERE = Path(__file__).resolve().parent
DEFAULT_TEXT = sorted((HERE.parents[1] / "shared" / "data" / "wmt").glob("*/ref.*.en"))


def main(arguments: list[str]) -> None:
    text_files = [Path(a) for a in arguments] or DEFAULT_TEXT
    folder = builtin_glossary_folder()
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        gazetteer = load_gazetteer(folder, cache_folder=Path(cache))
        cold = time.perf_counter() - start
        cached = []
        for _ in range(5):
            start = time.perf_counter()
            load_gazetteer(folder, cache_folder=Path(cache))
            cached.append(time.perf_counter() - start)
    text = "\n".join(p.read_text(encoding="utf-8") for p in text_files) * 5
    start = time.perf_counter()
    mentions = gazetteer.scan(text)
    scan = time.perf_counter() - start
    megabytes = len(text.encode("utf-8")) / 1e6
    by_type = Counter(e.type for e in gazetteer.entries.values())
    by_source = Counter(e.source or "-" for e in gazetteer.entries.values())
    curated_chinese = sum(1 for e in gazetteer.entries.values() if e.source == "curated" and e.chinese)
    keys = sum(len(k) for k in gazetteer.keys.values())
    lines = [
        "# Gazetteer benchmark",
        "",
        f"Gazetteer `{gazetteer.content_hash}`: {len(gazetteer)} entities, {keys} pinyin keys; "
        f"{curated_chinese} curated entities with Chinese forms.",
        "",
        "| source | entities |", "|---|---|",
        *(f"| {s} | {n} |" for s, n in by_source.most_common()),
        "",
        "| type | entities |", "|---|---|",
        *(f"| {t} | {n} |" for t, n in by_type.most_common()),
        "",
        f"- load, cold (parse tables, derive keys, build automaton, write cache): {cold:.2f} s",
        f"- load, cached (median of 5): {statistics.median(cached):.3f} s",
        f"- scan: {megabytes:.1f} MB in {scan:.2f} s = {megabytes / scan:.1f} MB/s ({len(mentions)} mentions)",
        "",
        "Measured on the development machine (2 shared CPU cores) with `python benchmarks/gazetteer.py`.",
    ]  # fmt: skip
    report = "\n".join(lines) + "\n"
    (HERE / "RESULTS-gazetteer.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main(sys.argv[1:])
