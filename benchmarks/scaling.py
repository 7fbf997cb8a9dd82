"""Scaling benchmark: every rule registered in ``translit.rules.RULES``, each on its own worst cases, at
1×, 4× and 16× the input, to show that time grows linearly.

    nice -n 10 python benchmarks/scaling.py [--chars 20000] [--repeats 3]

A case is a unit of text repeated to a size (``--chars`` at 1×). A rule's cases are those listed under its name in
:data:`WORST_CASES` (the inputs that once made it quadratic), plus, for every rule, cases built from the
trigger words of ``tests/strategies.py``: all triggers in one endless sentence, one sentence each, one
paragraph each. So a rule added to ``RULES`` later is measured without a line here. A rule is timed as
the pipeline runs it on that text, reading the document (gazetteer scan, sentences, paragraphs,
protected spans) and ``rule.find`` are timed apart; the median of ``--repeats`` runs is kept. Linear time
gives t(4×)/t(1×) ≈ 4 and t(16×)/t(1×) ≈ 16; quadratic time gives 16 and 256. Each rule is reported with
its worst case (the largest exponent log(t16/t1) / log 16, 1 = linear). Times are CPU time of this
process (``time.process_time``), so that other work on a shared machine does not pass for slowness.
Writes ``benchmarks/RESULTS-scaling.md``.
"""

from __future__ import annotations

import argparse
import gc
import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.strategies import TRIGGERS  # noqa: E402
from translit.api import load_pipeline  # noqa: E402
from translit.config import Config  # noqa: E402
from translit.document import read_document  # noqa: E402
from translit.gazetteer import Gazetteer  # noqa: E402
from translit.rules import RULES, Rule  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZES = (1, 4, 16)
#: A rule whose worst exponent stays below this is reported linear (n log n and timer noise included).
LINEAR_EXPONENT = 1.25
#: Below this many seconds at 16× a time is timer noise, and its exponent says nothing; a quadratic pass
#: over hundreds of thousands of characters takes far longer.
NOISE_FLOOR = 0.05

#: Per rule, the inputs that once made it quadratic (reliability report 2026-11-30, finding C10), each
#: a (label, unit) repeated n times.
WORST_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    "house-style": (
        ("protected phrase", "Try the chicken Kiev here. "),
        ("protected phrase across a line break", "Try the chicken\nKiev here. "),
        ("alternate spelling", "Officials in Kiev said so. "),
    ),
    "pair": (
        ("misread pair", "Israeli-Pakistani talks resumed. "),
        (
            "misread pair in a Gaza story",
            "Israeli-Pakistani talks resumed in Gaza, Palestinian officials said. ",
        ),
        ("romanized pair", "Meizhong relations soured. "),
    ),
    "duplicate": (
        ("repetition in one sentence", "Kramatorsk and "),
        ("repetition, full-width stops", "shelling hit Kramatorsk and Kramatorsk。"),
        (
            "repetitions beside siblings",
            "Shelling hit Kramatorsk and Kramatorsk. Sloviansk and Druzhkivka were calm. ",
        ),
    ),
    "punctuation": (
        ("closing-quote paragraphs", "He said it. .”\n\n"),
        ("doubled commas", "Officials said,, adding "),
    ),
    "boilerplate": (
        ("furniture paragraphs", "Advertisement\n\n"),
        ("furniture between paragraphs", "Officials said so.\n\nPlease read on...\n\n"),
    ),
    "abbreviation": (
        ("compounds in one sentence", "Udong and "),
        ("compounds at sentence starts", "Udong was shelled. "),
        ("fused place names", "Shelling in Udonetsk resumed. "),
    ),
    "confusable": (("eastern sibling", "Fighting in eastern Uzbekistan. Ukraine said. "),),
    "variant": (
        ("sound-alike surnames", "Serhiy Haidai said Heday "),
        ("inconsistent spellings", "Lugansk and Luhansk. "),
        ("listed variant", "Zelensky met Zelenskyy. "),
    ),
}


def generic_cases() -> tuple[tuple[str, str], ...]:
    """Cases any rule gets, built from every rule's triggers."""
    return (
        ("all triggers, one sentence", " ".join(TRIGGERS) + " and "),
        ("all triggers, a sentence each", ". ".join(TRIGGERS) + ". "),
        ("all triggers, a paragraph each", "\n\n".join(TRIGGERS) + "\n\n"),
    )


def cases_of(name: str) -> tuple[tuple[str, str], ...]:
    """A rule's own worst cases, then the generic ones."""
    return WORST_CASES.get(name, ()) + generic_cases()


def repeated(unit: str, chars: int) -> str:
    """``unit`` repeated to at least ``chars`` characters."""
    return unit * max(1, math.ceil(chars / len(unit)))


@dataclass(frozen=True)
class Timing:
    rule: str
    case: str
    chars: int  # at 1×
    read: tuple[float, ...]  # median seconds to read the document, per size
    find: tuple[float, ...]  # median seconds of rule.find, per size

    def exponent(self, seconds: tuple[float, ...]) -> float:
        """log(t(16×)/t(1×)) / log(16): 1 for linear time, 2 for quadratic."""
        ratio = max(seconds[-1], 1e-9) / max(seconds[0], 1e-9)
        return math.log(ratio) / math.log(SIZES[-1] / SIZES[0])

    @property
    def worst_exponent(self) -> float:
        """The larger exponent of reading and finding, counting a time under the noise floor as linear."""
        return max(
            self.exponent(seconds) if seconds[-1] >= NOISE_FLOOR else 1.0
            for seconds in (self.read, self.find)
        )


def time_once(rule: Rule, gazetteer: Gazetteer, text: str) -> tuple[float, float]:
    """Seconds to read ``text`` as a document, and to run the rule over it."""
    started = time.process_time()
    document = read_document(text, gazetteer)
    read = time.process_time()
    for _finding in rule.find(document):
        pass
    return read - started, time.process_time() - read


def measure(rule: Rule, gazetteer: Gazetteer, case: str, unit: str, chars: int, repeats: int) -> Timing:
    """Median times at every size; the sizes take turns, so that a change in the machine's load falls on
    all of them alike."""
    texts = [repeated(unit, chars * size) for size in SIZES]
    time_once(rule, gazetteer, texts[0])  # warm caches: word frequencies, compiled patterns
    gc.collect()
    gc.disable()  # as timeit does: a collection would land on whichever run happens to cross its threshold
    try:
        runs = [[time_once(rule, gazetteer, text) for text in texts] for _ in range(repeats)]
    finally:
        gc.enable()
    read = tuple(statistics.median(run[i][0] for run in runs) for i in range(len(SIZES)))
    find = tuple(statistics.median(run[i][1] for run in runs) for i in range(len(SIZES)))
    return Timing(rule.name, case, len(texts[0]), read, find)


def run(chars: int, repeats: int, progress: Callable[[str], None] = print) -> list[Timing]:
    """Every case of every registered rule."""
    gazetteer = load_pipeline(Config()).gazetteer
    timings = []
    for name, rule in RULES.items():
        for case, unit in cases_of(name):
            timing = measure(rule, gazetteer, case, unit, chars, repeats)
            timings.append(timing)
            progress(
                f"{name:13} {case:40} read " + " ".join(f"{t:6.3f}" for t in timing.read)
                + " find " + " ".join(f"{t:6.3f}" for t in timing.find)
                + f"  exponents {timing.exponent(timing.read):.2f} {timing.exponent(timing.find):.2f}"
            )  # fmt: skip
    return timings


HEADER = (
    "| rule | case | 1× chars | find: t(1×) | t(4×) | t(16×) | t16/t1 | exponent "
    "| read document: t(1×) | t(16×) | exponent | linear |\n|" + "---|" * 12
)


def report(timings: list[Timing], chars: int, repeats: int, elapsed: float) -> str:
    worst: dict[str, Timing] = {}
    for timing in timings:
        if timing.rule not in worst or timing.worst_exponent > worst[timing.rule].worst_exponent:
            worst[timing.rule] = timing
    lines = [
        "# Scaling benchmark",
        "",
        f"Every rule in `translit.rules.RULES` on its worst cases (`WORST_CASES` in `benchmarks/scaling.py`, "
        f"from the C10 finding of issue #11, plus cases built from every rule's triggers), each a unit "
        f"repeated to {chars:,}, {4 * chars:,} and {16 * chars:,} characters. Per size, the median of {repeats} "
        "runs (CPU seconds of this process) of reading the document (gazetteer scan, sentences, paragraphs, protected spans) and of "
        "`rule.find` alone. Linear time gives t16/t1 ≈ 16, quadratic ≈ 256; exponent = log(t16/t1) / log 16, "
        f"called linear below {LINEAR_EXPONENT} (n log n included), or when t(16×) stays under "
        f"{NOISE_FLOOR * 1000:.0f} ms (timer noise; the exponent of such times means nothing). "
        f"Whole run: {elapsed:.0f} s.",
        "",
        f"Command: `nice -n 10 .venv/bin/python benchmarks/scaling.py --chars {chars} --repeats {repeats}` "
        "on the development machine (2 CPU cores shared with other work).",
        "",
        "## Worst case per rule",
        "",
        HEADER,
        *(_row(t) for t in worst.values()),
        "",
        "## Every case",
        "",
        HEADER,
        *(_row(t) for t in timings),
    ]
    return "\n".join(lines) + "\n"


def _row(t: Timing) -> str:
    find = " | ".join(f"{s * 1000:.1f} ms" for s in t.find)
    linear = "yes" if t.worst_exponent < LINEAR_EXPONENT else "**no**"
    return (
        f"| {t.rule} | {t.case} | {t.chars:,} | {find} | {t.find[-1] / max(t.find[0], 1e-9):.1f} "
        f"| {t.exponent(t.find):.2f} | {t.read[0] * 1000:.1f} ms | {t.read[-1] * 1000:.1f} ms "
        f"| {t.exponent(t.read):.2f} | {linear} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=20_000, help="size of a case at 1×, in characters")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the median is kept")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-scaling.md")
    arguments = parser.parse_args()
    started = time.monotonic()
    timings = run(arguments.chars, arguments.repeats)
    text = report(timings, arguments.chars, arguments.repeats, time.monotonic() - started)
    arguments.output.write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(t.worst_exponent < LINEAR_EXPONENT for t in timings) else 1


if __name__ == "__main__":
    sys.exit(main())
