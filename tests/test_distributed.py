"""The distributed engine on a local Dask cluster of two worker processes: the same results as the
sequential cleaner, in order, and nothing lost when a worker is killed mid-run."""

import json
import os
import signal
from pathlib import Path

import pytest

import translit
from tests.conftest import run_translit

distributed = pytest.importorskip("distributed", reason="the test extra installs dask and distributed")
import dask.bag  # noqa: E402

from translit.distributed import clean_bag, clean_jsonl, clean_partition  # noqa: E402

TEXTS = [
    "Officials in Kiev said the talks would resume.",
    "Heavy fighting continued in Lugansk, the governor of Luhansk region said.",
    "Nothing here needs a fix.",
    "Shelling resumed in Udong overnight, officials in Kyiv said.",
    "Trains left Kharkov at dawn.",
] * 4


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


def test_a_bag_of_texts_cleans_as_the_library_does_in_order(client):
    bag = dask.bag.from_sequence(TEXTS, npartitions=5)
    assert clean_bag(bag).compute() == [translit.clean(text) for text in TEXTS]
    assert clean_bag(bag, detect=True).compute() == [translit.detect(text) for text in TEXTS]


def test_jsonl_files_come_out_as_the_cli_writes_them_in_order(client, tmp_path):
    lines = [json.dumps({"id": i, "text": text}) for i, text in enumerate(TEXTS)]
    lines[3] = '{"id": 3, "v": 1e400, "text": "In Kiev.", "tags": ["a",  "b"]}'  # kept byte for byte
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = clean_jsonl(str(corpus), tmp_path / "out", client=client, partition_bytes=300)
    assert len(parts) > 2  # several partitions, so order is really at stake
    assert [Path(p).name for p in parts] == sorted(Path(p).name for p in parts)
    joined = "".join(Path(part).read_text(encoding="utf-8") for part in parts)
    assert joined == run_translit("clean", "--jsonl", str(corpus)).stdout


def test_a_bad_record_becomes_an_error_record_and_costs_nothing_else(client, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "In Kiev."}\nnot json\n{"text": "In Kharkov."}\n', encoding="utf-8")
    parts = clean_jsonl(str(corpus), tmp_path / "out", client=client)
    records = [json.loads(line) for p in parts for line in Path(p).read_text().splitlines()]
    assert [r.get("text") for r in records] == ["In Kyiv.", None, "In Kharkiv."]
    assert records[1]["translit_error"].startswith("partition:2: not valid JSON")


def clean_or_kill_the_worker(texts, marker):
    """Clean the partition, but kill this worker process (as the OOM killer would) the first time."""
    texts = list(texts)
    if texts and texts[0] == TEXTS[2] and not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return clean_partition(texts)


def test_a_worker_killed_mid_run_loses_nothing(client, tmp_path):
    marker = str(tmp_path / "killed")
    bag = dask.bag.from_sequence(TEXTS, npartitions=len(TEXTS))  # one text per partition
    results = bag.map_partitions(clean_or_kill_the_worker, marker).compute()
    assert os.path.exists(marker)  # a worker really died during the run
    assert results == [translit.clean(text) for text in TEXTS]


def test_the_command_line_entry_cleans_jsonl_into_parts(tmp_path):
    import subprocess
    import sys

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "In Kiev."}\nbroken\n{"text": "In Kharkov."}\n', encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-m", "translit", "distributed", "clean", str(corpus), "-o", str(tmp_path / "out"),
         "--workers", "1"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 2 and "1 records not processed" in ran.stderr
    [part] = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert [json.loads(line).get("text") for line in part.read_text().splitlines()] == [
        "In Kyiv.",
        None,
        "In Kharkiv.",
    ]


def test_post_edit_counts_on_the_cluster_equal_the_sequential_evaluation(client):
    from translit.distributed import post_edit_counts
    from translit.evaluation import evaluate_post_edit

    mt = ["Officials in Kiev said so .", "Fighting spread in Unan .", "Trains left Kharkov ."] * 3
    gold = [
        "Officials in Kyiv said so .",
        "Fighting spread in southern Ukraine .",
        "Trains left Kharkov .",
    ] * 3
    cleaned = [translit.clean(text).text for text in mt]
    expected = evaluate_post_edit(mt, gold, cleaned).counts
    assert post_edit_counts(dask.bag.from_sequence(list(zip(mt, gold)), npartitions=3)) == expected
    assert expected.tp > 0 and expected.fp > 0  # right and wrong edits both counted (Kharkov -> Kharkiv)
