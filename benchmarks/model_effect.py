"""What the re-scoring model changes, and what it costs (issue #15): the names section and real MT
cleaned with and without the model, its load time, peak memory, size and throughput.

    python -m benchmarks.model_effect            # writes benchmarks/RESULTS-model-effect.md
    python -m benchmarks.model_effect --model DIR

1. Names (``benchmarks/names.py``'s injected cases, house style off, as that section runs them):
   recall and precision per family with ``--no-model`` and with the model.
2. Real MT: every WMT zh-en reference and system output in documents of :data:`DOCUMENT_LINES` lines;
   how many findings the name model ranks (two or more entities), and which documents come out
   differently.
3. Cost: model load time, candidates ranked, peak RSS of a process cleaning real MT with the model,
   full-clean throughput with and without it, the shipped size, and CLI start-up without the model.
Reads ``../shared`` (or ``$TRANSLIT_SHARED``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import translit
from benchmarks import names
from benchmarks.common import ROOT, MissingData, read_lines, table, test_sets
from benchmarks.inject_report import evaluate
from translit.config import DEFAULT_MODEL
from translit.edits import Edit

RESULTS = ROOT / "benchmarks" / "RESULTS-model-effect.md"
DOCUMENT_LINES = 20
THROUGHPUT_SYSTEMS = 4  # newstest2021 system outputs cleaned for the throughput numbers
PEAK_RSS = """
import sys, translit
from benchmarks.model_effect import throughput_documents
pipeline = translit.load_pipeline(translit.Config(model=sys.argv[1] if sys.argv[1] != "none" else None))
for document in throughput_documents():
    pipeline.clean(document)
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])  # peak RSS, kB
"""


TORCH_LOADED = """
import sys
from translit.cli import main
try:
    main(["detect", "--no-model", sys.argv[1]])
except SystemExit:
    pass
print("yes" if "torch" in sys.modules or "transformers" in sys.modules else "no")
"""


def names_rows(model: str) -> tuple[list[list[object]], str]:
    """Recall and precision per family of the names section, without and with ``model``."""
    cases = names.build()
    plain = translit.load_pipeline(translit.Config(house_style=False))
    ranked = translit.load_pipeline(translit.Config(house_style=False, model=model))
    without = evaluate(cases, lambda text: plain.clean(text).edits)
    with_model = evaluate(cases, lambda text: ranked.clean(text).edits)
    rows = []
    for family in names.FAMILIES:
        a, b = without.families.get(family), with_model.families.get(family)
        if a is None or b is None:
            continue
        rows.append([family, a.gold, a.fixed, b.fixed, _ratio(a.recall), _ratio(b.recall),
                     f"{a.correct}/{a.edits}", f"{b.correct}/{b.edits}", a.changed_negatives, b.changed_negatives])  # fmt: skip
    return rows, ranked.signature()


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def real_mt(model: str) -> tuple[list[list[object]], list[str]]:
    """Per kind of text: documents, name findings the model ranks, documents cleaned differently."""
    from translit.seq2seq.name_rescorer import NAME_RULES

    plain = translit.load_pipeline(translit.Config(house_style=False))
    ranked = translit.load_pipeline(translit.Config(house_style=False, model=model))
    rows, differences = [], []
    for kind, pattern in (("references", "ref.*.en"), ("system outputs", "hyp/*.en")):
        documents = ranking = differing = 0
        for folder in test_sets():
            for path in sorted(folder.glob(pattern)):
                lines = read_lines(path)
                for first in range(0, len(lines), DOCUMENT_LINES):
                    text = "\n".join(lines[first : first + DOCUMENT_LINES])
                    documents += 1
                    ranking += sum(
                        f.rule in NAME_RULES and len({c.entry for c in f.candidates if c.entry}) > 1
                        for f in plain.detect(text)
                    )
                    before, after = plain.clean(text), ranked.clean(text)
                    if before.text != after.text:
                        differing += 1
                        where = f"{path.relative_to(folder.parent)}:{first + 1}"
                        differences.append(
                            f"{where}: model only {_only(after.edits, before.edits)}; "
                            f"priors only {_only(before.edits, after.edits)}"
                        )
        rows.append([kind, documents, ranking, differing])
    return rows, differences


def _only(edits: tuple[Edit, ...], others: tuple[Edit, ...]) -> str:
    only = [f"{e.original!r} -> {e.replacement!r} ({e.score:.2f})" for e in edits if e not in others]
    return ", ".join(only) or "nothing"


def throughput_documents() -> list[str]:
    """The first systems' newstest2021 outputs in documents of :data:`DOCUMENT_LINES` lines."""
    folder = next(f for f in test_sets() if f.name == "newstest2021.zh-en")
    documents = []
    for path in sorted((folder / "hyp").glob("*.en"))[:THROUGHPUT_SYSTEMS]:
        lines = read_lines(path)
        documents += ["\n".join(lines[i : i + DOCUMENT_LINES]) for i in range(0, len(lines), DOCUMENT_LINES)]
    return documents


def cost(model: str) -> list[list[object]]:
    from translit.seq2seq.name_model import default_name_model_path

    documents = throughput_documents()
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    rows: list[list[object]] = []
    for label, setting in (("--no-model", None), ("model", model)):
        started = time.perf_counter()
        pipeline = translit.load_pipeline(translit.Config(model=setting))
        loaded = time.perf_counter() - started
        pipeline.clean(documents[0])  # warm the caches before timing
        started = time.perf_counter()
        for document in documents:
            pipeline.clean(document)
        seconds = time.perf_counter() - started
        peak = _subprocess(PEAK_RSS, setting or "none")
        rows.append(
            [label, f"{loaded:.2f} s", f"{megabytes / seconds:.2f} MB/s", f"{int(peak) / 1024:.0f} MB"]
        )
    folder = default_name_model_path() if model == DEFAULT_MODEL else Path(model)
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 1e6
    rows.append(["shipped size", f"{size:.2f} MB", "", ""])
    help_seconds = min(_timed_cli("--help") for _ in range(3))
    article = str(ROOT / "examples" / "article.txt")
    no_model = min(_timed_cli("detect", "--no-model", article) for _ in range(3))
    torch_loaded = _subprocess(TORCH_LOADED, article)
    rows.append(["CLI start", f"`translit --help` {help_seconds:.2f} s",
                 f"`translit detect --no-model article.txt` {no_model:.2f} s (loads the gazetteer)",
                 f"torch imported without the model: {torch_loaded}"])  # fmt: skip
    return rows


def _subprocess(code: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip().splitlines()[-1]


def _timed_cli(*argv: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "translit", *argv], cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--model", default=DEFAULT_MODEL, help="checkpoint folder (default: the shipped model)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        name_rows, signature = names_rows(args.model)
        mt_rows, differences = real_mt(args.model)
        cost_rows = cost(args.model)
    except MissingData as error:
        print(f"skipped: {error}")
        return
    lines = [
        "# What the model changes, and what it costs (issue #15)",
        "",
        f"`python -m benchmarks.model_effect` ({time.perf_counter() - started:.0f} s). With the model: `{signature}`.",
        "",
        "## Names section (`benchmarks/names.py` cases, house style off)",
        "",
        table(
            [
                "family",
                "injected",
                "fixed, no model",
                "fixed, model",
                "recall, no model",
                "recall, model",
                "correct/edits, no model",
                "correct/edits, model",
                "negatives changed, no model",
                "negatives changed, model",
            ],
            name_rows,
        ),  # fmt: skip
        "",
        f"## Real MT (WMT zh-en references and system outputs, documents of {DOCUMENT_LINES} lines)",
        "",
        table(
            ["text", "documents", "name findings with two or more entities", "documents cleaned differently"],
            mt_rows,
        ),
        "",
        *(f"- {line}" for line in differences[:40]),
        "",
        f"## Cost (newstest2021, {THROUGHPUT_SYSTEMS} system outputs in documents of {DOCUMENT_LINES} lines)",
        "",
        table(["setting", "pipeline load", "full clean", "peak RSS"], cost_rows),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"wrote": str(args.out)}))


if __name__ == "__main__":
    main()
