"""Load test of ``translit serve``: a bounded burst of real requests against a real server on loopback.

Starts ``translit serve`` (one worker) in a subprocess, sends REQUESTS ``POST /clean`` requests from
CONCURRENCY client threads (each on its own keep-alive connection), alternating plain text and HTML
articles cut from real MT output (newstest2021, one system, as in the speed benchmark), and records each
request's latency, every non-200 reply, and the server's resident memory every SAMPLE_EVERY requests.
Writes benchmarks/RESULTS-service.md.

    python -m benchmarks.service            # needs ../shared (TRANSLIT_SHARED)
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.common import ROOT, table
from benchmarks.speed import articles

REQUESTS = 2000
CONCURRENCY = 8
SAMPLE_EVERY = 100  # requests between two readings of the server's memory
RESULTS = ROOT / "benchmarks" / "RESULTS-service.md"


def main() -> None:
    bodies = _bodies()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "translit", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port)
        started_rss = _rss_mib(server.pid)
        run = _load(port, bodies, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    RESULTS.write_text(_report(run, started_rss, len(bodies)), encoding="utf-8")
    print(RESULTS.read_text(encoding="utf-8"))


def _bodies() -> list[bytes]:
    """Each article twice: as plain text and as HTML (one <p> per paragraph)."""
    bodies = []
    for article in articles(1):
        paragraphs = [p for p in article.split("\n\n") if p.strip()]
        html = (
            "<article>\n" + "\n".join(f"<p>{_escape(p.strip())}</p>" for p in paragraphs) + "\n</article>\n"
        )
        bodies.append(json.dumps({"text": article}).encode())
        bodies.append(json.dumps({"html": html}).encode())
    return bodies


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Run:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.memory: list[tuple[int, float]] = []  # (requests done, server RSS in MiB)
        self.lock = threading.Lock()
        self.seconds = 0.0


def _load(port: int, bodies: list[bytes], pid: int) -> _Run:
    run = _Run()
    jobs = itertools.islice(itertools.cycle(bodies), REQUESTS)
    take = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with take:
                body = next(jobs, None)
            if body is None:
                break
            began = time.perf_counter()
            try:
                connection.request("POST", "/clean", body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                reply = response.read()
                problem = None if response.status == 200 and b'"text"' in reply else f"{response.status}"
            except (OSError, http.client.HTTPException) as error:
                problem = f"{type(error).__name__}: {error}"
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = time.perf_counter() - began
            with run.lock:
                run.latencies.append(elapsed)
                if problem:
                    run.errors.append(problem)
                if len(run.latencies) % SAMPLE_EVERY == 0:
                    run.memory.append((len(run.latencies), _rss_mib(pid)))
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.seconds = time.perf_counter() - began
    return run


def _report(run: _Run, started_rss: float, distinct: int) -> str:
    latencies = sorted(run.latencies)
    percentile = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    warm = [rss for done, rss in run.memory if done >= REQUESTS // 4]
    rows = [
        ("requests", len(latencies)),
        ("concurrent clients", CONCURRENCY),
        ("errors (non-200 or failed)", len(run.errors)),
        ("throughput (requests/s)", f"{len(latencies) / run.seconds:.1f}"),
        ("latency p50 (ms)", f"{percentile(0.50):.1f}"),
        ("latency p99 (ms)", f"{percentile(0.99):.1f}"),
        ("latency max (ms)", f"{latencies[-1] * 1000:.1f}"),
        ("mean latency (ms)", f"{statistics.fmean(latencies) * 1000:.1f}"),
        ("server RSS after start-up (MiB)", f"{started_rss:.0f}"),
        ("server RSS at 25% / 100% of requests (MiB)", f"{warm[0]:.0f} / {warm[-1]:.0f}"),
        ("server RSS growth over the last 75% (MiB)", f"{warm[-1] - warm[0]:+.0f}"),
    ]
    memory = ", ".join(f"{rss:.0f}" for _, rss in run.memory)
    return f"""# translit serve: load test

`python -m benchmarks.service` — one `translit serve` worker on loopback, {REQUESTS} `POST /clean`
requests from {CONCURRENCY} client threads (keep-alive connections), cycling through {distinct} bodies:
the newstest2021 articles of one MT system (10 lines each, as in the speed benchmark), each sent once as
`{{"text": ...}}` and once as `{{"html": ...}}` (one `<p>` per paragraph). A request counts as an error
unless it gets 200 with a cleaned text.

{table(("measure", "value"), rows)}

Server RSS every {SAMPLE_EVERY} requests (MiB): {memory}.

Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; load average
before the run {_load_average()} (the machine is shared: other work ran beside it). The clients run on the
same cores as the server, so throughput is a floor for one worker; `--workers N` runs N processes.
{_errors(run)}"""


def _errors(run: _Run) -> str:
    if not run.errors:
        return ""
    return "\nErrors: " + ", ".join(sorted(set(run.errors))) + "\n"


def _load_average() -> str:
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("translit serve did not start within 120 s")


if __name__ == "__main__":
    main()
