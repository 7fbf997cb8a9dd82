"""Clean a corpus on a Dask cluster: one map over partitions, the pipeline loaded once per worker process.

Why Dask (measured in ``benchmarks/RESULTS-distributed.md``): it installs from PyPI as pure Python
(dask + distributed, no JVM, a fraction of Ray's or Spark's size), a local cluster starts in about a
second, and it reads and writes JSON Lines and text from local disks or object stores (fsspec) without
a dataframe in between. Results are plain Python values, so every guarantee of the single-machine
cleaner holds unchanged: each partition is cleaned by :func:`translit.batch.process_jsonl` (JSONL
records byte for byte outside the cleaned field) or by :meth:`Pipeline.clean` (texts).

The evaluation runs there too: :func:`post_edit_counts` cleans (MT, gold) pairs and sums the
edit-level counts (TP, FP, FN add up over segments).

Fault tolerance is Dask's: a task is a pure function of its partition, so when a worker dies the
scheduler runs its tasks again elsewhere and the result is the same; output keeps the input order
(partition ``i`` of the input is part ``i`` of the output).

>>> import dask.bag
>>> texts = dask.bag.from_sequence(["In Kiev.", "Nothing to fix."], npartitions=2)
>>> [result.text for result in clean_bag(texts).compute(scheduler="sync")]
['In Kyiv.', 'Nothing to fix.']
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translit.api import load_pipeline
from translit.batch import process_jsonl
from translit.config import Config
from translit.evaluation.alignment import extract_edits
from translit.evaluation.edit_scores import EditCounts, compare_edits
from translit.optional import require

require("dask")

import dask.bag  # noqa: E402 - after the check that names the extra to install

if TYPE_CHECKING:
    from distributed import Client

#: Input bytes per partition when reading files: big enough that the per-task overhead (milliseconds) is
#: lost in the cleaning (about 1 s per 64 KiB of news on one core), small enough that a lost worker
#: costs little to redo and that a few partitions per worker keep the cluster busy.
PARTITION_BYTES = 8 * 2**20


def clean_partition(texts: Iterable[str], config: Config | None = None) -> list[Any]:
    """Clean one partition of texts with the worker's pipeline (loaded on its first partition)."""
    pipeline = load_pipeline(config)
    return [pipeline.clean(text) for text in texts]


def detect_partition(texts: Iterable[str], config: Config | None = None) -> list[Any]:
    """:func:`clean_partition` for ``detect``: the findings of each text."""
    pipeline = load_pipeline(config)
    return [pipeline.detect(text) for text in texts]


def clean_bag(texts: dask.bag.Bag, config: Config | None = None, detect: bool = False) -> dask.bag.Bag:
    """A bag of :class:`~translit.pipeline.CleanResult` (or of findings, with ``detect``), in order."""
    return texts.map_partitions(detect_partition if detect else clean_partition, config)


def post_edit_partition(pairs: Iterable[tuple[str, str]], config: Config | None = None) -> list[EditCounts]:
    """Clean each MT segment of ``(mt, gold)`` pairs and count its edits against the gold's (TP/FP/FN,
    as :func:`translit.evaluation.evaluate_post_edit` counts them); one total for the partition."""
    pipeline = load_pipeline(config)
    total = EditCounts()
    for mt, gold in pairs:
        cleaned = pipeline.clean(mt).text
        total += compare_edits(extract_edits(mt, gold), extract_edits(mt, cleaned)).counts
    return [total]


def post_edit_counts(pairs: dask.bag.Bag, config: Config | None = None) -> EditCounts:
    """The cleaner's edit-level counts on a corpus of ``(mt, gold)`` segment pairs, on the cluster: counts
    add up over segments, so each partition sends back three numbers."""
    counts = pairs.map_partitions(post_edit_partition, config)
    return counts.fold(operator.add, initial=EditCounts()).compute()


def jsonl_partition(
    lines: Sequence[str],
    config: Config | None = None,
    field: str = "text",
    edits_field: str = "edits",
    detect: bool = False,
    source: str = "partition",
) -> list[str]:
    """Clean one partition of JSON Lines; a bad line becomes a JSON error record rather than a failure.

    Lines come as Dask's ``read_text`` gives them (with their line ends). A line that cannot be
    processed is replaced by ``{"translit_error": "..."}``, so one bad record never costs a partition,
    and the errors can be found in the output by that key.
    """
    import json

    outputs = []
    results = process_jsonl(
        [line.encode("utf-8") for line in lines], load_pipeline(config), field, source, detect, 1, edits_field
    )
    for result in results:
        if result.error is None:
            outputs.append(result.output or "")
        else:
            outputs.append(json.dumps({"translit_error": result.error}, ensure_ascii=False) + "\n")
    return outputs


def clean_jsonl(
    inputs: str | Sequence[str],
    output_folder: str | Path,
    config: Config | None = None,
    *,
    field: str = "text",
    edits_field: str = "edits",
    detect: bool = False,
    client: Client | None = None,
    partition_bytes: int = PARTITION_BYTES,
) -> list[str]:
    """Clean JSON Lines files (paths, globs or fsspec URLs) into ``output_folder/part-NNNNN.jsonl``.

    Parts are numbered in input order, so concatenating them gives the records in the order read.
    Runs on ``client`` (a ``distributed.Client``), or Dask's default scheduler when None. Returns the
    paths written.
    """
    if config is not None:
        load_pipeline(config)  # a bad glossary fails here, before the cluster is given any work
    lines = dask.bag.read_text(inputs, blocksize=partition_bytes, linedelimiter="\n")
    # one string per partition: to_textfiles puts a newline between elements, and the records keep
    # their own line ends (CRLF stays CRLF)
    parts = lines.map_partitions(_joined, config, field, edits_field, detect)
    folder = str(output_folder).rstrip("/")
    scheduler = {"scheduler": client} if client is not None else {}
    return list(
        parts.to_textfiles(
            f"{folder}/part-*.jsonl", name_function=_part_name, last_endline=False, **scheduler
        )
    )


def _joined(lines: Sequence[str], *arguments: Any) -> list[str]:
    return ["".join(jsonl_partition(lines, *arguments))]


def _part_name(number: int) -> str:
    return f"{number:05d}"
