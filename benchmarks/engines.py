"""Distributed engines compared on this machine: start-up and cleaning throughput with 1 and 2 workers.

Run once per engine, each in a virtual environment holding translit and that engine only::

    python -m benchmarks.engines ENGINE WORKERS [DOCUMENTS]    # ENGINE: sequential | dask | ray | spark

It prints one JSON line: seconds to import the engine, to start a local cluster of WORKERS processes,
to run a first small batch (the workers load the pipeline), and to clean DOCUMENTS articles of real MT
output (newstest2021 systems, 20 lines a document, about 3 KB), with documents per second. Results are
checked against the sequential cleaner. Needs ../shared.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HYPOTHESES = SHARED / "data" / "wmt" / "newstest2021.zh-en" / "hyp"
PARTITIONS_PER_WORKER = 4


#: Lines of a system output per document: 20 lines of news are about 3 KB, a short article.
LINES_PER_DOCUMENT = 20


def corpus(documents: int) -> list[str]:
    """Distinct articles: consecutive lines of each system's output, 20 to a document."""
    texts: list[str] = []
    for path in sorted(HYPOTHESES.glob("*.en")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.extend(
            "\n".join(lines[i : i + LINES_PER_DOCUMENT]) + "\n"
            for i in range(0, len(lines), LINES_PER_DOCUMENT)
        )
        if len(texts) >= documents:
            break
    return texts[:documents]


def texts_of(results) -> list[str]:
    return [result.text for result in results]


def run_dask(texts: list[str], workers: int) -> dict[str, float]:
    started = time.perf_counter()
    import dask.bag
    import distributed

    from translit.distributed import clean_bag

    imported = time.perf_counter()
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
    )
    client = distributed.Client(cluster)
    ready = time.perf_counter()

    def run(batch: list[str]) -> list[str]:
        bag = dask.bag.from_sequence(batch, npartitions=workers * PARTITIONS_PER_WORKER)
        return texts_of(clean_bag(bag).compute())

    timings = _twice(run, texts)
    memory = client.run(_peak_memory_mb)  # per worker process, the pipeline loaded and used
    client.close()
    cluster.close()
    timings["worker_peak_mb"] = max(memory.values())
    return {"import_s": imported - started, "start_s": ready - imported, **timings}


def _peak_memory_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ray(texts: list[str], workers: int) -> dict[str, float]:
    started = time.perf_counter()
    import ray

    imported = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    # Ray Data gives rows in the order blocks finish unless told otherwise: with 2 workers the output
    # came back out of order (measured), so order is asked for, as translit needs it
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    ready = time.perf_counter()

    class Cleaner:  # an actor per worker: the pipeline is loaded once, in __init__
        def __init__(self) -> None:
            import translit

            self.pipeline = translit.load_pipeline()

        def __call__(self, batch: dict) -> dict:
            return {"text": [self.pipeline.clean(text).text for text in batch["text"]]}

    def run(batch: list[str]) -> list[str]:
        dataset = ray.data.from_items([{"text": text} for text in batch])
        cleaned = dataset.map_batches(Cleaner, concurrency=workers, batch_size=8)
        return [row["text"] for row in cleaned.take_all()]

    timings = _twice(run, texts)
    ray.shutdown()
    return {"import_s": imported - started, "start_s": ready - imported, **timings}


def run_spark(texts: list[str], workers: int) -> dict[str, float]:
    import os

    started = time.perf_counter()
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this environment's Python
    from pyspark.sql import SparkSession

    imported = time.perf_counter()
    spark = SparkSession.builder.master(f"local[{workers}]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    ready = time.perf_counter()

    def clean_partition(partition):
        import translit

        pipeline = translit.load_pipeline()  # once per Python worker, which Spark reuses
        return [pipeline.clean(text).text for text in partition]

    def run(batch: list[str]) -> list[str]:
        rdd = spark.sparkContext.parallelize(batch, workers * PARTITIONS_PER_WORKER)
        return rdd.mapPartitions(clean_partition).collect()

    timings = _twice(run, texts)
    spark.stop()
    return {"import_s": imported - started, "start_s": ready - imported, **timings}


def run_sequential(texts: list[str], workers: int) -> dict[str, float]:
    import translit

    return _twice(lambda batch: texts_of(translit.clean_many(batch, jobs=workers)), texts)


def _twice(run, texts: list[str]) -> dict[str, float]:
    """Time a first run on a few other documents (workers start and load the pipeline), then the corpus
    (every document unseen, so no cache helps); check the output against the sequential cleaner."""
    import translit

    warmup = corpus(len(texts) + WARMUP_DOCUMENTS)[len(texts) :]
    first = time.perf_counter()
    run(warmup)
    cold = time.perf_counter() - first
    started = time.perf_counter()
    cleaned = run(texts)
    elapsed = time.perf_counter() - started
    if cleaned != [translit.clean(text).text for text in texts]:
        raise AssertionError("the engine's output differs from the sequential cleaner's")
    return {"first_run_s": cold, "corpus_s": elapsed, "documents_per_s": len(texts) / elapsed}


#: Documents of the first run, which loads the pipeline in every worker.
WARMUP_DOCUMENTS = 8


ENGINES = {"sequential": run_sequential, "dask": run_dask, "ray": run_ray, "spark": run_spark}


def main() -> None:
    engine, workers = sys.argv[1], int(sys.argv[2])
    documents = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    texts = corpus(documents)
    result = ENGINES[engine](texts, workers)
    megabytes = sum(len(t.encode()) for t in texts) / 2**20
    print(json.dumps({"engine": engine, "workers": workers, "documents": len(texts), "mb": round(megabytes, 3),
                      **{k: round(v, 3) for k, v in result.items()}}))  # fmt: skip


if __name__ == "__main__":
    main()
