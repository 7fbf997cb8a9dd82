"""Long fuzz campaign: the checks of ``tests/test_properties.py`` and ``tests/test_fuzz.py`` on many inputs.

    nice -n 10 python -m benchmarks.fuzz --inputs 500000 --seed 1 --summary /tmp/fuzz-1.json
    python -m benchmarks.fuzz --report /tmp/fuzz-1.json /tmp/fuzz-2.json   # writes RESULTS-fuzz.md

Each input is one of (in a fixed rotation of 20): random Unicode text around trigger words, token soup
(triggers, protected spans, mention cues, first names, punctuation), trigger-rich news sentences, all
three cleaned and checked for offsets, replay, byte identity and idempotence (cleaning the result changes
nothing); random bytes through ``decode_text``; a JSONL batch of random and hostile lines (deep nesting,
huge numbers, lone surrogates, BOMs, duplicate keys) through ``process_jsonl``; random and hostile bytes
through the CLI in-process; and a random user glossary (common words, punctuation, overridden ids) read,
built into a gazetteer with the test entities and used to clean a news text. Every failure is counted by
kind and by the finding of issue #11 it belongs to (a known finding another change fixes, or "new"),
and printed with its input the first time; the exit code is the number of distinct failures (capped at
100).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from tools.testkit import ABBREVIATIONS, ENTRIES, HARD, TRIGGERS, check_result, run_cli
from translit.api import load_pipeline
from translit.batch import process_jsonl
from translit.config import Config
from translit.errors import GlossaryError, InputError
from translit.gazetteer import Gazetteer
from translit.gazetteer.loader import read_entries
from translit.pipeline import Pipeline
from translit.rescore import PriorRescorer
from translit.textio import decode_text


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 30)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(TRIGGERS))
        elif roll < 0.7:
            parts.append(rng.choice(HARD))
        else:
            parts.append(
                "".join(
                    chr(
                        rng.choice(
                            [rng.randint(0, 0x7F), rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]
                        )
                    )
                    for _ in range(rng.randint(1, 6))
                )
            )
        parts.append(rng.choice([" ", "", "\n", "\r\n", "\n\n"]))
    if rng.random() < 0.02:
        parts.insert(
            rng.randint(0, len(parts)), rng.choice(["Kiev ", "a", "👩‍👩‍👧"]) * rng.randint(500, 5000)
        )
    return "".join(parts)


def random_bytes(rng: random.Random) -> bytes:
    data = bytearray(rng.randbytes(rng.randint(0, 120)))
    if rng.random() < 0.5:  # mostly text with a few bad bytes: the near miss
        data = bytearray(random_text(rng).encode("utf-8"))
        for _ in range(rng.randint(0, 2)):
            if data:
                data[rng.randrange(len(data))] = rng.randint(0x80, 0xFF)
    return bytes(data)


#: Pieces of token soup: every rule's triggers, protected spans, mention cues, first names that are also
#: keys, sentence-start contexts and punctuation.
SOUP = [
    *TRIGGERS, "https://example.com/Kiev/Udong.html", "kiev@Kiev.example.ua", "@Kiev", "#Udong",
    "/srv/Kiev/a.txt", "`Kiev`", "formerly spelled", "also known as", "was renamed", "called", "“Kiev”",
    "(now Kyiv)", "Angela", "Lute", "Demo", "Panaji", "Mateh", "Modi’in", "Modi", "chicken\nKiev",
    "Chicken  Kiev", "UDONG", "Wu-dong", "Meizhong", "Israeli-Pakistani", "Gaza", "Hamas", "。", "—", "«",
    "»", "\u00a0", "\u3000", "\u200f", "\u2028", "\ufeff", ".", ",", ",,", ". .", "!", "?", "'", "’s",
]  # fmt: skip
SEPARATORS = [" ", "", "\n", "\r\n", "\n\n", ", ", ". "]
#: Sentences of news with every artifact the rules fix, and text they must leave alone.
NEWS = [
    "Shelling resumed in {u} overnight, officials in {k} said.",
    "{U} and {u} came under fire as {p} said the front held.",
    "Fighting near Kramatorsk and Kramatorsk continued, while Sloviansk was calm.",
    "{Z} met {p} in {k}; Serhiy Haidai said Heday had left.",
    "Exports to eastern Uzbekistan fell, Ukrainian officials said of Ukraine's grain.",
    "Israeli-Pakistani talks resumed in Gaza as Palestinian officials and Hamas met.",
    "Meizhong relations soured, the report said.",
    "The city formerly spelled {k} is now Kyiv; see https://example.com/{k}.",
    "Angela said the chicken Kiev in {k} was good.",
    "Please read on...",
    "He said it. .”",
]
FILL = {
    "u": ["Udong", "Unan", "Wudong", "Udonetsk", "UDONG"],
    "U": ["Udong", "Unan", "Uxi"],
    "k": ["Kiev", "Kyiv", "Lugansk", "Luhansk", "Kharkov"],
    "p": ["Zelensky", "Volodymyr Zelenskyy", "Serhiy Haidai", "Lai Qingde", "He Jinli"],
    "Z": ["Zelensky", "Zelenskyy"],
}
#: JSONL lines a careless or hostile producer writes.
HOSTILE_JSONL = [
    b'{"text": "Kiev"}', b'\xef\xbb\xbf{"text": "Kiev"}', b'{"text": "bad \\udc80 Kiev"}',
    b'{"text": "Kiev", "n": ' + b"1" * 5000 + b"}", b'{"text": "Kiev", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
    b'{"text": "Kiev", "v": 1e400, "d": 1, "d": 2}', b'{"text": "Kiev"', b"[1, 2]", b'"Kiev"', b"{}",
    b'{"text": 5}', b'{"text": "Kiev", "edits": "mine"}', b"\x00\xff", b"   ",
]  # fmt: skip
GLOSSARY_HEADER = "id\tcanonical\ttype\tcountry\tregion\tshort\talternates\tvariants\tprotected\n"
GLOSSARY_FORMS = [
    "The", "the", "and", ".", "-", "X", "Kiev", "Kyiv", "Udong", "Angela", "said", "Heday", "Zelensky",
    "(.*)", "[Kiev]", "Ukraine", "Uzbekistan", "Lugansk", "chicken Kiev", "Foo Bar", "Ж", "烏東",
]  # fmt: skip
GLOSSARY_IDS = ["kyiv", "ukraine", "uzbekistan", "luhansk", "zelenskyy", "haidai", "mine", "other"]
TYPES = ["city", "country", "person", "region", "other", "town"]

#: What each failure is, when it is a finding of issue #11 another change fixes.
KNOWN_FAILURES = (
    ("surrogates not allowed", "C1 (I/O)"),
    ("RecursionError", "C2 (I/O)"),
    ("Exceeds the limit", "C3 (I/O)"),
    ("idempotence: punctuation only", "W4 (punctuation)"),
)


def random_soup(rng: random.Random) -> str:
    return "".join(rng.choice(SOUP) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 30)))


def random_news(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 8)):
        template = rng.choice(NEWS)
        sentences.append(template.format(**{key: rng.choice(values) for key, values in FILL.items()}))
    return "".join(sentence + rng.choice([" ", "\n", "\n\n"]) for sentence in sentences)


def random_glossary(rng: random.Random) -> str:
    rows = []
    for index in range(rng.randint(1, 5)):
        forms = lambda: "|".join(rng.sample(GLOSSARY_FORMS, rng.randint(0, 3)))  # noqa: E731
        cells = [
            rng.choice(GLOSSARY_IDS) + ("" if rng.random() < 0.7 else str(index)),
            rng.choice(GLOSSARY_FORMS[6:]),
            rng.choice(TYPES),
            rng.choice(["UA", "UZ", "", "XX"]),
            "",
            forms(),
            forms(),
            forms(),
            rng.choice(["", "chicken Kiev", "Kiev  Post"]),
        ]
        rows.append("\t".join(cells))
    return GLOSSARY_HEADER + "\n".join(rows) + "\n"


def check_clean(pipeline: Pipeline, text: str) -> None:
    """Offsets, replay, byte identity, and idempotence: cleaning the result changes nothing more (checked
    whenever the clean changed something)."""
    result = pipeline.clean(text)
    try:
        check_result(text, result)
    except AssertionError as error:
        raise AssertionError(f"replay or offsets on {text!r}") from error
    if not result.edits:
        return  # the text itself was the result: cleaning it again is the same computation
    again = pipeline.clean(result.text).edits
    if again:
        kinds = {edit.type for edit in again}
        what = "punctuation only" if kinds == {"punctuation"} else ", ".join(sorted(kinds))
        raise AssertionError(
            f"idempotence: {what}: {again[0].original!r} -> {again[0].replacement!r} in {text!r}"
        )


def fuzz_one(rng: random.Random, index: int, pipeline: Pipeline, folder: Path) -> str:
    """Run one input of the kind the rotation gives ``index``; return the kind."""
    slot = index % 20
    if slot in (0, 4, 8, 12):
        check_clean(pipeline, random_text(rng))
        return "random Unicode"
    if slot in (1, 5, 9, 13):
        check_clean(pipeline, random_soup(rng))
        return "token soup"
    if slot in (2, 6, 10, 14, 17):
        check_clean(pipeline, random_news(rng))
        return "trigger-rich news"
    if slot in (3, 11):
        data = random_bytes(rng)
        try:
            assert decode_text(data, "f").encode("utf-8") == data
        except InputError as error:
            assert "\n" not in str(error)
        return "bytes to text"
    if slot in (7, 15):
        lines = [
            rng.choice([random_bytes(rng), rng.choice(HOSTILE_JSONL)]) + b"\n"
            for _ in range(rng.randint(0, 8))
        ]
        results = list(process_jsonl(lines, pipeline, "text", "f"))
        assert all((r.output is None) != (r.error is None) for r in results)
        return "hostile JSONL"
    if slot == 16:
        path = folder / "glossary.tsv"
        path.write_text(random_glossary(rng), encoding="utf-8")
        try:
            user = read_entries(path)
        except GlossaryError as error:
            assert "\n" not in str(error)
            return "user glossary"
        gazetteer = Gazetteer([*ENTRIES, *user], ABBREVIATIONS)
        check_clean(Pipeline(Config(), gazetteer, PriorRescorer()), random_news(rng))
        return "user glossary"
    data = rng.choice([random_bytes(rng), b"\n".join(rng.sample(HOSTILE_JSONL, 3))])
    argv = rng.choice([["clean"], ["clean", "--jsonl"], ["detect"], ["clean", "--format", "json"]])
    code, _, errors = run_cli(data, *argv)
    # exit codes as linters have them: detect exits 1 when it finds something, and says nothing on stderr
    found = code == 1 and argv == ["detect"] and not errors
    assert found or code in (0, 2), (code, errors)
    assert all(line.startswith("translit: error: ") for line in errors), (code, errors)
    return "CLI, bytes and hostile JSONL"


def known_finding(failure: str) -> str:
    """The issue #11 finding a failure belongs to, or "new"."""
    return next((finding for needle, finding in KNOWN_FAILURES if needle in failure), "new")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--summary", type=Path, help="write counts as JSON here")
    parser.add_argument("--report", type=Path, nargs="+", help="merge summaries into RESULTS-fuzz.md")
    parser.add_argument("--note", default="", help="a line for the report: which code the runs tested")
    arguments = parser.parse_args()
    if arguments.report:
        return write_report(arguments.report, arguments.note)
    rng = random.Random(arguments.seed)
    pipeline = load_pipeline()
    kinds: Counter[str] = Counter()
    failures: Counter[str] = Counter()  # by known finding
    examples: dict[str, str] = {}
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(arguments.inputs):
            try:
                kinds[fuzz_one(rng, index, pipeline, Path(folder))] += 1
            except Exception:  # noqa: BLE001 - a fuzzer reports every failure and goes on
                trace = traceback.format_exc()
                key = trace.strip().splitlines()[-1][:200]
                failures[known_finding(trace)] += 1
                if key not in examples:
                    examples[key] = f"input #{index} (seed {arguments.seed}): {trace}"
                    print(examples[key], flush=True)
            if index and index % 10_000 == 0:
                print(
                    f"{index} inputs, {time.monotonic() - started:.0f} s, failures {dict(failures)}",
                    flush=True,
                )
    elapsed = time.monotonic() - started
    print(
        f"done: {arguments.inputs} inputs in {elapsed:.0f} s ({arguments.inputs / elapsed:.0f}/s), "
        f"{len(examples)} distinct failures {dict(failures)}"
    )
    if arguments.summary:
        summary = {
            "seed": arguments.seed, "inputs": arguments.inputs, "seconds": round(elapsed), "kinds": kinds,
            "failures": failures, "examples": list(examples),
        }  # fmt: skip
        arguments.summary.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return min(len(examples), 100)


def _kind_of(finding: str) -> str:
    return "idempotence" if finding.startswith("W4") else "crash (exit 1)"


def _example_of(finding: str, runs: list[dict]) -> str:
    """The last traceback line of one failure of ``finding``, shortened."""
    for run in runs:
        for example in run["examples"]:
            if known_finding(example) == finding:
                return example.strip().splitlines()[-1][:140].replace("|", "\\|").replace("`", "'")
    return ""


def _failure_table(failures: Counter[str], runs: list[dict]) -> list[str]:
    """Each kind of failure with the finding it belongs to and an example, and what that says."""
    known = set(failures) <= {finding for _, finding in KNOWN_FAILURES}
    return [
        "",
        "| failure | belongs to | inputs | an example (last line of the traceback) |",
        "|---|---|---|---|",
        *(
            f"| {_kind_of(finding)} | {finding} | {count:,} | `{_example_of(finding, runs)}` |"
            for finding, count in sorted(failures.items())
        ),
        "",
        "Every failure is a known finding of issue #11, which a change of the issue fixes."
        if known
        else "Some failures belong to no known finding: see the runs' output.",
    ]


def write_report(paths: list[Path], note: str = "") -> int:
    """Merge campaign summaries into ``benchmarks/RESULTS-fuzz.md``."""
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    kinds: Counter[str] = sum((Counter(run["kinds"]) for run in runs), Counter())
    failures: Counter[str] = sum((Counter(run["failures"]) for run in runs), Counter())
    total = sum(run["inputs"] for run in runs)
    lines = [
        "# Fuzz campaign (issue #11)",
        "",
        f"{total:,} inputs in {len(runs)} runs ("
        + ", ".join(f"seed {r['seed']}: {r['inputs']:,} in {r['seconds']} s" for r in runs)
        + "), each run `nice -n 10 .venv/bin/python -m benchmarks.fuzz --inputs N --seed S --summary F`, "
        "merged by `python -m benchmarks.fuzz --report F...`. Checks: no crash; for every cleaned text "
        "offsets, replay (`apply_edits(text, edits) == cleaned`), byte identity outside the edits and "
        "idempotence (cleaning the cleaned text changes nothing); one-line errors for bad input.",
        *(["", note] if note else []),
        "",
        "| kind of input | inputs |",
        "|---|---|",
        *(f"| {kind} | {count:,} |" for kind, count in sorted(kinds.items())),
        "",
        f"Failures: {sum(failures.values()):,}"
        + (
            " — " + ", ".join(f"{finding}: {count:,}" for finding, count in sorted(failures.items()))
            if failures
            else ""
        ),
        "",
        *(_failure_table(failures, runs) if failures else ["No failure."]),
    ]
    (Path(__file__).resolve().parent / "RESULTS-fuzz.md").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
