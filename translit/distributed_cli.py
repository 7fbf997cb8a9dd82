"""``translit distributed clean``: clean JSON Lines files on a Dask cluster (or a local one), into parts.

Thin over :func:`translit.distributed.clean_jsonl`; dask is imported only when the command runs, so the
default install (without ``translit[dask]``) gets one error naming the extra.
"""

from __future__ import annotations

import sys

import click

from translit import exit_codes


@click.group("distributed")
def distributed_command() -> None:
    """Run translit on a Dask cluster (pip install 'translit[dask]')."""


@distributed_command.command("clean")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", required=True, help="Output folder (or fsspec URL) for part-NNNNN.jsonl files."
)
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://host:8786).")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Without --scheduler: worker processes of a local cluster.")  # fmt: skip
@click.option("--field", default="text", show_default=True, help="The JSONL field holding the text.")
@click.option("--edits-field", default="edits", show_default=True, help="The field translit adds.")
@click.option("--detect", "detect_only", is_flag=True, help="Report findings instead of cleaning.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Settings file.")
@click.option("--partition-mb", type=click.FloatRange(0.01), default=8, show_default=True,
              help="Input read per task.")  # fmt: skip
def clean_command(
    inputs: tuple[str, ...], output: str, scheduler: str | None, workers: int, field: str,
    edits_field: str, detect_only: bool, config_file: str | None, partition_mb: float,
) -> None:  # fmt: skip
    """Clean JSON Lines INPUTS (paths, globs, fsspec URLs) in input order; a record that cannot be
    processed becomes {"translit_error": "..."} in the output (exit 2 if there was any)."""
    from pathlib import Path

    from translit.api import make_config
    from translit.settings_file import find_settings_file, load_settings

    settings_path = Path(config_file) if config_file else find_settings_file(Path.cwd())
    config = make_config(None, **load_settings(settings_path).options)
    from distributed import Client, LocalCluster

    from translit.distributed import clean_jsonl  # needs translit[dask]

    cluster = (
        None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0")
    )
    with Client(scheduler or cluster) as client:
        parts = clean_jsonl(list(inputs), output, config, field=field, edits_field=edits_field,
                            detect=detect_only, client=client, partition_bytes=int(partition_mb * 2**20))  # fmt: skip
    if cluster is not None:
        cluster.close()
    errors = sum(_errors(part) for part in parts)
    click.echo(f"{len(parts)} parts in {output}; {errors} records not processed", err=True)
    sys.exit(exit_codes.BAD_INPUT if errors else exit_codes.OK)


def _errors(part: str) -> int:
    import fsspec  # type: ignore[import-untyped]

    with fsspec.open(part, "rt", encoding="utf-8") as file:
        return sum(line.startswith('{"translit_error": ') for line in file)
