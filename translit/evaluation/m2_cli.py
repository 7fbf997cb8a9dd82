"""``translit eval m2``: write edits as M2, and score one M2 file against another as errant_compare does.

Thin over :mod:`translit.evaluation.m2`; registered on ``translit eval`` as ``m2``.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from translit.evaluation.edit_scores import EditCounts
from translit.evaluation.inputs import check_aligned, read_lines, read_text
from translit.evaluation.m2 import M2Sentence, compare_m2, format_m2, m2_sentence, parse_m2
from translit.evaluation.progress import progress

_FILE = click.Path(dir_okay=False, path_type=Path)


@click.group("m2")
def m2_command() -> None:
    """Edits in M2, the format of ERRANT and the GEC shared tasks: export them, score them."""


@m2_command.command("export")
@click.argument("original", type=_FILE)
@click.argument("corrections", nargs=-1, required=True, type=_FILE)
@click.option("--errant", is_flag=True,
              help="ERRANT-compatible edits (errant_parallel -tok -lev -merge all-merge); needs translit[errant].")  # fmt: skip
def export_cli(original: Path, corrections: tuple[Path, ...], errant: bool) -> None:
    """Write the edits from ORIGINAL to each CORRECTION (line-aligned files; one annotator each) as M2.

    Export the cleaner's output against the raw MT to score it (the hypothesis, annotator 0), and one or
    more gold corrections as the reference (several golds: several annotators).
    """
    streams = {"original": read_lines(original)} | {str(p): read_lines(p) for p in corrections}
    check_aligned(streams)
    lines = list(zip(*streams.values()))
    kept = [
        (line[0], line[1:]) for line in lines if line[0].strip() or not errant
    ]  # ERRANT skips empty lines
    sentences = (m2_sentence(o, c, errant) for o, c in progress(kept, "export", unit="lines"))
    click.echo(format_m2(sentences), nl=False)


@m2_command.command("compare")
@click.option("--hyp", type=_FILE, required=True, help="M2 of the system's edits (annotator 0).")
@click.option("--ref", "refs", type=_FILE, multiple=True, required=True,
              help="Gold M2; repeat to add annotators (multiple gold: the best-matching one counts).")  # fmt: skip
@click.option("--detection", type=click.Choice(["span", "token"]),
              help="Detection only: match spans (errant_compare -ds) or tokens (-dt), not corrections.")  # fmt: skip
@click.option("--beta", type=click.FloatRange(min=0, min_open=True), default=0.5, show_default=True)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def compare_cli(
    hyp: Path, refs: tuple[Path, ...], detection: str | None, beta: float, output_format: str
) -> None:
    """TP, FP, FN, precision, recall and F-beta of HYP against the gold M2 file(s), as errant_compare."""
    hypothesis = parse_m2(read_text(hyp), str(hyp))
    reference = join_annotators([parse_m2(read_text(path), str(path)) for path in refs])
    counts = compare_m2(hypothesis, reference, detection, beta)
    click.echo(format_counts(counts, beta, detection) if output_format == "text" else json.dumps(
        {"mode": detection or "correction", **counts.to_dict(beta)}))  # fmt: skip


def join_annotators(files: list[list[M2Sentence]]) -> list[M2Sentence]:
    """Several gold M2 files of the same sentences as one, their annotators numbered on after another's."""
    if not files:
        return []
    check_aligned({f"gold {i + 1}": sentences for i, sentences in enumerate(files)})  # type: ignore[misc]
    joined = []
    for sentences in zip(*files):
        edits, offset = {}, 0
        for sentence in sentences:
            if sentence.tokens != sentences[0].tokens:
                raise click.UsageError("the gold M2 files have different original sentences")
            for annotator, found in sorted(sentence.edits.items()):
                edits[offset + annotator] = found
            offset += max(sentence.edits, default=-1) + 1
        joined.append(M2Sentence(sentences[0].tokens, edits))
    return joined


def format_counts(counts: EditCounts, beta: float, detection: str | None) -> str:
    precision, recall, f = counts.scores(beta)
    mode = {"span": "Span-Based Detection", "token": "Token-Based Detection"}.get(
        detection or "", "Span-Based Correction"
    )
    return "\n".join([
        f"=========== {mode} ============",
        f"TP\tFP\tFN\tPrec\tRec\tF{beta:g}",
        f"{counts.tp}\t{counts.fp}\t{counts.fn}\t{precision}\t{recall}\t{f}",
        "=" * (len(mode) + 26),
    ])  # fmt: skip
