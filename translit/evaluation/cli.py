"""``translit eval``: a thin click adapter over :mod:`translit.evaluation`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from pathlib import Path

import click

from translit.evaluation.inputs import name_systems, read_lines, read_text
from translit.evaluation.m2_cli import m2_command
from translit.evaluation.post_edit import TypedSpan, evaluate_post_edit, read_typed_spans
from translit.evaluation.progress import step_progress
from translit.evaluation.signature import cleaner_signature, evaluation_signature
from translit.evaluation.translation import DEFAULT_METRICS, METRICS, score_translations

_FILE = click.Path(dir_okay=False, path_type=Path)
_FORMAT = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain-text table or JSON.",
)


@click.group("eval")
def eval_command() -> None:
    """Measure translations (BLEU, chrF, TER) or the cleaner's post-edits (edit P/R/F0.5)."""


@eval_command.command("translation")
@click.option(
    "-r",
    "--ref",
    "refs",
    type=_FILE,
    multiple=True,
    required=True,
    help="Reference file, one segment a line; repeat for several references.",
)
@click.option(
    "-s",
    "--hyp",
    "hyps",
    type=_FILE,
    multiple=True,
    required=True,
    help="Hypothesis file, line-aligned with the references; repeat for several systems.",
)
@click.option(
    "-m",
    "--metric",
    "metrics",
    type=click.Choice(METRICS),
    multiple=True,
    default=DEFAULT_METRICS,
    show_default=True,
    help="Metric to compute; repeat for several (default: BLEU, as sacrebleu's own command).",
)
@click.option(
    "--bootstrap",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Paired bootstrap resamples against the first system (0: no test).",
)
@_FORMAT
def translation_cli(
    refs: tuple[Path, ...],
    hyps: tuple[Path, ...],
    metrics: tuple[str, ...],
    bootstrap: int,
    output_format: str,
) -> None:
    """Score hypothesis files against reference files with sacrebleu."""
    systems = dict(zip(name_systems(hyps), (read_lines(path) for path in hyps)))
    report = score_translations(
        systems, [read_lines(path) for path in refs], metrics, bootstrap, progress=step_progress("scoring")
    )
    click.echo(report.to_json() if output_format == "json" else report.format_table())


@eval_command.command("entities")
@click.option(
    "--source", "source_path", type=_FILE, required=True, help="The Chinese source, one segment a line."
)
@click.option(
    "-s",
    "--hyp",
    "hyps",
    type=_FILE,
    multiple=True,
    required=True,
    help="Hypothesis file, line-aligned with the source; repeat for several systems.",
)
@click.option(
    "-r",
    "--ref",
    "refs",
    type=_FILE,
    multiple=True,
    help="Reference translation, scored the same way as a ceiling; repeatable.",
)
@click.option(
    "--bootstrap",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Paired bootstrap resamples against the first system (0: no test).",
)
@click.option(
    "--listed",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Wrong renderings listed per system in text output (JSON lists all).",
)
@_FORMAT
def entities_cli(
    source_path: Path,
    hyps: tuple[Path, ...],
    refs: tuple[Path, ...],
    bootstrap: int,
    listed: int,
    output_format: str,
) -> None:
    """Check each system's rendering of the entities the source names: share acceptable, omissions,
    wrong renderings; systems ranked, references as the ceiling."""
    from translit.evaluation.entities import score_entities  # loads the pipeline only when asked

    systems = dict(zip(name_systems(hyps), (read_lines(path) for path in hyps)))
    references = dict(zip(name_systems(refs), (read_lines(path) for path in refs))) if refs else None
    report = score_entities(read_lines(source_path), systems, references, bootstrap)
    click.echo(report.to_json() if output_format == "json" else report.format_text(listed))


@eval_command.command("post-edit")
@click.option("--mt", type=_FILE, required=True, help="Raw machine translation.")
@click.option("--gold", type=_FILE, required=True, help="The MT corrected by hand.")
@click.option("--cleaned", type=_FILE, help="The MT as the cleaner left it; omitted: run translit's cleaner.")
@click.option("--gold-edits", type=_FILE, help="JSON lines with start, end, type: types for the gold edits.")
@click.option(
    "--ref",
    "refs",
    type=_FILE,
    multiple=True,
    help="Reference translation for ΔBLEU/ΔchrF (default: the gold text); repeatable.",
)
@click.option(
    "--unit",
    type=click.Choice(["auto", "line", "document"]),
    default="auto",
    show_default=True,
    help="Align line by line, or each file as one document; auto: by line when line counts agree.",
)
@click.option(
    "--house-style/--no-house-style",
    default=True,
    show_default=True,
    help="House-style fixes when running the cleaner.",
)
@click.option(
    "--cleaner-signature", "cleaner_signature_text", help="Signature of the run that produced --cleaned."
)
@click.option(
    "--beta",
    type=click.FloatRange(min=0, min_open=True),
    default=0.5,
    show_default=True,
    help="Weight of recall in the F-score.",
)
@_FORMAT
def post_edit_cli(
    mt: Path,
    gold: Path,
    cleaned: Path | None,
    gold_edits: Path | None,
    refs: tuple[Path, ...],
    unit: str,
    house_style: bool,
    cleaner_signature_text: str | None,
    beta: float,
    output_format: str,
) -> None:
    """Edit-level precision/recall/F0.5, over-correction and ΔBLEU/ΔchrF of a cleaned MT against gold."""
    texts = {"MT": read_text(mt), "gold": read_text(gold)}
    if cleaned is not None:
        texts["cleaned"] = read_text(cleaned)
    unit = _choose_unit(unit, texts.values())
    segments = {name: _split(text, unit) for name, text in texts.items()}
    gold_types = _localize(read_typed_spans(gold_edits), texts["MT"], unit) if gold_edits else ()
    system_types: tuple[TypedSpan, ...] = ()
    if cleaned is None:
        from translit.evaluation.cleaning import run_cleaner  # imports the pipeline only when needed

        run = run_cleaner(segments["MT"], house_style)
        segments["cleaned"], system_types, signature = list(run.cleaned), run.edit_types, run.signature
    else:
        signature = cleaner_signature(cleaner_signature_text)
    references = [_split(read_text(path), unit) for path in refs] or None
    report = evaluate_post_edit(
        segments["MT"],
        segments["gold"],
        segments["cleaned"],
        gold_types=gold_types,
        system_types=system_types,
        references=references,
        signature=evaluation_signature(unit, beta, signature),
        beta=beta,
    )
    click.echo(report.to_json() if output_format == "json" else report.format_text())


def _choose_unit(unit: str, texts: Iterable[str]) -> str:
    """Resolve ``auto``: line by line when every file has the same number of lines, else one document."""
    if unit != "auto":
        return unit
    return "line" if len({len(_split(text, "line")) for text in texts}) == 1 else "document"


def _split(text: str, unit: str) -> list[str]:
    if unit == "document":
        return [text]
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _localize(spans: tuple[TypedSpan, ...], mt: str, unit: str) -> tuple[TypedSpan, ...]:
    """Turn whole-file offsets (as the gold ``edits.jsonl`` has them) into line-local ones in line mode."""
    if unit == "document":
        return spans
    starts = [0]
    for text in _split(mt, "line"):
        starts.append(starts[-1] + len(text) + 1)
    localized = []
    for span in spans:
        line = bisect.bisect_right(starts, span.start) - 1
        localized.append(TypedSpan(span.start - starts[line], span.end - starts[line], span.type, line))
    return tuple(localized)


eval_command.add_command(m2_command)
