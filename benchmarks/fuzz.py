"""Long fuzz campaign: the checks of ``tests/test_properties.py`` and ``tests/test_fuzz.py`` on many inputs.

    python benchmarks/fuzz.py --inputs 100000 --seed 1

Each input is, in turn: a generated article checked for offsets, replay and byte identity; random bytes
through ``decode_text``; a random JSONL batch through ``process_jsonl``; and (one in 20) random bytes
through the CLI in-process. Any failure is printed with its input (repr) and counted; the exit code is
the number of distinct failures (capped at 100).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.testkit import HARD, TRIGGERS, check_result, run_cli  # noqa: E402
from translit import clean  # noqa: E402
from translit.api import load_pipeline  # noqa: E402
from translit.batch import process_jsonl  # noqa: E402
from translit.errors import InputError  # noqa: E402
from translit.textio import decode_text  # noqa: E402


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


def fuzz_one(rng: random.Random, index: int) -> None:
    kind = index % 4
    if kind == 0 or kind == 3 and index % 20 != 3:
        text = random_text(rng)
        check_result(text, clean(text))
    elif kind == 1:
        data = random_bytes(rng)
        try:
            assert decode_text(data, "f").encode("utf-8") == data
        except InputError as error:
            assert "\n" not in str(error)
    elif kind == 2:
        lines = [random_bytes(rng) + b"\n" for _ in range(rng.randint(0, 8))]
        results = list(process_jsonl(lines, load_pipeline(), "text", "f"))
        assert all((r.output is None) != (r.error is None) for r in results)
    else:
        argv = rng.choice([["clean"], ["clean", "--jsonl"], ["detect"], ["clean", "--format", "json"]])
        code, _, errors = run_cli(random_bytes(rng), *argv)
        assert code in (0, 2) and all(line.startswith("translit: error: ") for line in errors), (code, errors)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    failures: dict[str, str] = {}
    started = time.monotonic()
    for index in range(arguments.inputs):
        try:
            fuzz_one(rng, index)
        except Exception:  # noqa: BLE001 - a fuzzer reports every failure and goes on
            key = traceback.format_exc().strip().splitlines()[-1][:200]
            if key not in failures:
                failures[key] = f"input #{index} (seed {arguments.seed}): {traceback.format_exc()}"
                print(failures[key], flush=True)
        if index and index % 10_000 == 0:
            print(
                f"{index} inputs, {time.monotonic() - started:.0f} s, {len(failures)} distinct failures",
                flush=True,
            )
    elapsed = time.monotonic() - started
    print(
        f"done: {arguments.inputs} inputs in {elapsed:.0f} s ({arguments.inputs / elapsed:.0f}/s), "
        f"{len(failures)} distinct failures"
    )
    return min(len(failures), 100)


if __name__ == "__main__":
    sys.exit(main())
