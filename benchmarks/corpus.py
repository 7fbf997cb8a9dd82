"""Corpus-scale benchmark: generate a JSONL corpus, clean it with the CLI, measure time, MB/s and memory.

    python benchmarks/corpus.py --size-mb 1024 --jobs 2          # generate (once) and clean
    python benchmarks/corpus.py --size-mb 64 --kill-after 10      # kill midway: no output file left

The corpus is made of sentences written for this benchmark, with MT artifacts mixed in at random;
it lives under /tmp and is never committed. Peak memory is sampled every 0.2 s over the whole process
tree (the CLI and its workers) with psutil: the sum of resident sets (an upper bound, since forked
workers share pages) and the largest single process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

FOLDER = Path("/tmp/translit-bench")
SENTENCES = [
    "Officials in {city} said the talks would resume next week.",
    "Shelling resumed in {abbreviation} overnight, the regional governor said.",
    "The governor of {region} said evacuations continued through the night.",
    "Trains left {city} on schedule despite the air-raid alerts.",
    "President {president} met foreign ministers in Brussels on Tuesday.",
    "Fighting continued near {city} and {city}, the general staff said.",
    "Prices at the market rose sharply as traders left the city{stray}",
    "Aid convoys reached {city} after a three-day delay, volunteers said{stray}",
    "Analysts expect the harvest to recover if the ports stay open.",
    "The ministry said power had been restored to most homes by evening.",
    "Residents queued for water while engineers repaired the pipeline.",
    "A spokesman declined to comment on the reports,, adding that an inquiry was under way.",
]
FURNITURE = ["Read more", "Advertisement", "Click here to read the full story", "Related articles"]
FILLERS = {
    "city": [
        "Kyiv",
        "Kiev",
        "Kharkiv",
        "Kharkov",
        "Luhansk",
        "Lugansk",
        "Odesa",
        "Odessa",
        "Sloviansk",
        "Kramatorsk",
    ],
    "abbreviation": ["Udong", "Unan", "eastern Ukraine", "southern Ukraine"],
    "region": ["Luhansk Oblast", "Lugansk Oblast", "Donetsk Oblast", "Kharkiv Oblast"],
    "president": ["Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"],
    "stray": [".", ".", ". .”", ". ."],
}


def article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        sentences = [_fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(1, 4))]
        paragraphs.append(" ".join(sentences))
        if rng.random() < 0.1:
            paragraphs.append(rng.choice(FURNITURE))
    return "\n\n".join(paragraphs) + "\n"


def _fill(template: str, rng: random.Random) -> str:
    while "{" in template:
        name = template[template.index("{") + 1 : template.index("}")]
        template = template.replace("{" + name + "}", rng.choice(FILLERS[name]), 1)
    return template


def generate(path: Path, size: int, seed: int = 6) -> None:
    """Write JSON lines until ``size`` bytes, skipping the work when the file is already there."""
    if path.exists() and path.stat().st_size >= size:
        return
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as stream:
        written, number = 0, 0
        while written < size:
            number += 1
            line = (
                json.dumps({"id": number, "source": "bench", "text": article(rng)}, ensure_ascii=False) + "\n"
            )
            written += stream.write(line)


def clean(corpus: Path, output: Path, jobs: int, kill_after: float | None) -> dict[str, float]:
    """Run ``translit clean --jsonl`` on the corpus; sample memory; optionally kill it midway."""
    command = [
        sys.executable,
        "-m",
        "translit",
        "clean",
        "--jsonl",
        "--quiet",
        "-j",
        str(jobs),
        "-o",
        str(output),
        str(corpus),
    ]
    output.unlink(missing_ok=True)
    started = time.monotonic()
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    peak_sum = peak_single = 0
    parent = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            sizes = [p.memory_info().rss for p in tree]
        except psutil.Error:
            continue
        peak_sum, peak_single = max(peak_sum, sum(sizes)), max(peak_single, max(sizes))
        if kill_after is not None and time.monotonic() - started > kill_after:
            process.send_signal(signal.SIGKILL)
            process.wait()
            break
        time.sleep(0.2)
    elapsed = time.monotonic() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    leftovers = sorted(str(p) for p in output.parent.glob(f".{output.name}.*.tmp"))
    return {
        "returncode": process.returncode,
        "seconds": round(elapsed, 1),
        "input_mb": round(corpus.stat().st_size / 1e6, 1),
        "mb_per_s": round(corpus.stat().st_size / 1e6 / elapsed, 3),
        "peak_rss_tree_mb": round(peak_sum / 2**20, 1),
        "peak_rss_process_mb": round(peak_single / 2**20, 1),
        "output_exists": output.exists(),
        "temporary_files_left": leftovers,
        "stderr_tail": stderr[-300:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=1024)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--kill-after", type=float, help="SIGKILL the run after this many seconds")
    arguments = parser.parse_args()
    corpus = FOLDER / f"corpus-{arguments.size_mb:g}MB.jsonl"
    started = time.monotonic()
    generate(corpus, int(arguments.size_mb * 1e6))
    print(f"corpus {corpus} ready in {time.monotonic() - started:.0f} s", flush=True)
    output = FOLDER / f"cleaned-{arguments.size_mb:g}MB.jsonl"
    print(json.dumps(clean(corpus, output, arguments.jobs, arguments.kill_after), indent=2), flush=True)


if __name__ == "__main__":
    main()
