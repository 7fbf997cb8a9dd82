"""Speed against a real floor, and where the time goes: issue #18's measurements, in one run.

    nice -n 10 python -m benchmarks.speed_profile [--repeats 3] [--systems 8]

Text: the first ``--systems`` newstest2021 system outputs, cut into documents of :data:`DOCUMENT_LINES`
lines (8 systems: 3.3 MB), with their Chinese source lines for the runs with a source. Every time is the
CPU time of this process (``time.process_time``), the median of ``--repeats`` passes, so that other work
on a shared machine does not pass for slowness.

- **Floor**: a compiled leftmost-longest Aho-Corasick scan (``ahocorasick_rs``) of every form the
  gazetteer's automaton holds (names, keys, renderings) over the same text, returning the matches.
- **Throughput**: translit's gazetteer scan alone, detect, clean (house style on, no source), clean with
  the source, and clean with the default model, as MB/s and as a share of the floor.
- **Stage profile**: one instrumented clean of the whole text, time per stage (source alignment, the
  gazetteer scan, the rest of document analysis, each rule, the protected-span check, re-scoring, resolve,
  apply, compose) as a share of the total. The stages are timed by wrapping the functions the pipeline
  calls (:class:`StageClock`), so the profile measures the pipeline's own code, not a copy of it; a
  stage's time excludes the stages it calls (the scan is not counted again in document analysis). A
  document finds its paragraphs, sentences and protected spans on first use (:data:`ON_FIRST_USE`):
  that time counts in the stage that first asks.

- **Start-up**: ``translit clean`` of a one-line file in a fresh process, with the gazetteer cache warm
  and cold (an empty cache folder), wall-clock and CPU seconds, median of :data:`STARTUP_RUNS`.
- **Scale**: detect and clean over 1, 4 and 16 system outputs (MB/s should stay flat), and detect over
  the same text with gazetteers of 2,000 and 40,000 entries and the full one (time should stay flat).
- **Memory**: peak RSS of a process cleaning the 8 systems with the default model.

``--before FILE`` adds the numbers of an earlier run (its ``--json`` output) beside these, e.g. of the
code before a change: ``PYTHONPATH=/path/to/old/checkout python -m benchmarks.speed_profile --json old.json``.
Writes ``benchmarks/RESULTS-speed.md`` with the targets of issue #18, met or missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import os
import pickle
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick_rs

import translit
import translit.pipeline
from benchmarks.common import ROOT, WMT, read_lines, require
from translit.config import DEFAULT_MODEL
from translit.gazetteer import Gazetteer
from translit.gazetteer.matcher import _build_automaton, boundary_image
from translit.rescore import PriorRescorer

#: Lines per document, as issue #18 measured.
DOCUMENT_LINES = 20
SYSTEMS = 8
REPEATS = 3
STARTUP_RUNS = 5
#: Input sizes, in system outputs (each about 0.4 MB).
INPUT_SCALES = (1, 4, 16)
#: Gazetteer sizes, in entries (None: the full gazetteer); a random sample of the entries, seeded.
GAZETTEER_SIZES = (2_000, 40_000, None)
RESULTS = ROOT / "benchmarks" / "RESULTS-speed.md"
COMMAND = "nice -n 10 python -m benchmarks.speed_profile"


@dataclass(frozen=True)
class Corpus:
    """Documents of MT output, each with its line-aligned source."""

    documents: tuple[str, ...]
    sources: tuple[translit.Source, ...]

    @property
    def megabytes(self) -> float:
        return sum(len(d.encode("utf-8")) for d in self.documents) / 1e6

    def times(self, copies: int) -> Corpus:
        return Corpus(self.documents * copies, self.sources * copies)


def corpus(systems: int = SYSTEMS, lines: int = DOCUMENT_LINES) -> Corpus:
    """The first ``systems`` newstest2021 outputs (sorted by name), ``lines`` lines a document."""
    folder = require(WMT / "newstest2021.zh-en")
    source = read_lines(folder / "src.zh")
    documents, sources = [], []
    for path in sorted((folder / "hyp").glob("*.en"))[:systems]:
        hyp = read_lines(path)
        for first in range(0, len(hyp), lines):
            documents.append("\n".join(hyp[first : first + lines]) + "\n")
            sources.append(
                translit.Source("\n".join(source[first : first + lines]) + "\n", line_aligned=True)
            )
    return Corpus(tuple(documents), tuple(sources))


def scanned_forms(gazetteer: translit.Gazetteer) -> list[str]:
    """Every form the gazetteer's automaton holds: indexed names and keys, and renderings."""
    return sorted({*(surface for surface, _ in gazetteer.forms()), *gazetteer.renderings.spellings})


def floor_scanner(gazetteer: translit.Gazetteer) -> Callable[[str], object]:
    """The bare compiled scan: leftmost-longest matches of every form, as (index, start, end)."""
    automaton = ahocorasick_rs.AhoCorasick(
        scanned_forms(gazetteer), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST
    )
    return automaton.find_matches_as_indexes


def cpu_seconds(function: Callable[[], object], repeats: int) -> float:
    """Median CPU seconds of ``repeats`` calls; no garbage collection lands inside one (as timeit)."""
    runs = []
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            function()
            runs.append(time.process_time() - started)
        finally:
            gc.enable()
    return statistics.median(runs)


def over(documents: Sequence[str], function: Callable[[str], object]) -> Callable[[], None]:
    def run() -> None:
        for document in documents:
            function(document)

    return run


def all_at_once(function: Callable[[], Iterable[object]]) -> Callable[[], None]:
    """A run that reads every result of a lazy batch method (``Pipeline.clean_many``)."""

    def run() -> None:
        deque(function(), maxlen=0)

    return run


def over_pairs(corpus: Corpus, function: Callable[[str, translit.Source], object]) -> Callable[[], None]:
    def run() -> None:
        for document, source in zip(corpus.documents, corpus.sources, strict=True):
            function(document, source)

    return run


class StageClock:
    """Exclusive CPU time per stage: a stage's clock stops while a stage it calls runs."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._stack: list[str] = []
        self._since = 0.0

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        now = time.process_time()
        if self._stack:
            self.seconds[self._stack[-1]] += now - self._since
        self._stack.append(name)
        self._since = now
        try:
            yield
        finally:
            now = time.process_time()
            self.seconds[self._stack.pop()] += now - self._since
            self._since = now

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return timed

    def wrap_finder(self, name: str, find: Callable[..., Iterable[Any]]) -> Callable[..., list[Any]]:
        """A rule's ``find``, run to the end inside its stage (rules are generators)."""

        def timed(document: Any) -> list[Any]:
            with self.stage(name):
                return list(find(document))

        return timed


#: Where the time of the parts of document analysis that are found on first use is counted.
ON_FIRST_USE = (
    "A document finds its paragraphs, sentences and protected spans only when a stage first asks for "
    "them (most texts get no finding, and then nothing asks whether one is protected): their time counts "
    "in that stage, mostly the protected-span check."
)

#: The functions of translit.pipeline that are stages, by the name the profile gives them.
PIPELINE_STAGES = {
    "read_document": "document analysis (besides the scan)",
    "leave_protected": "protected-span check",
    "resolve": "resolve",
    "apply_edits": "apply",
    "compose_edits": "compose",
    "findings_in_original": "compose",
}


@contextmanager
def instrumented(pipeline: translit.Pipeline, clock: StageClock) -> Iterator[None]:
    """The pipeline with every stage timed by ``clock``; put back as it was afterwards."""
    module = translit.pipeline
    saved_functions = {name: getattr(module, name) for name in PIPELINE_STAGES}
    saved_rules = module.RULES
    saved_rescorer = pipeline.rescorer
    gazetteer = pipeline.gazetteer
    try:
        for name, stage in PIPELINE_STAGES.items():
            setattr(module, name, clock.wrap(stage, saved_functions[name]))
        # a method of the pipeline, not a module function: shadowed on the instance
        pipeline.read_source = clock.wrap("source alignment", pipeline.read_source)  # type: ignore[method-assign]
        module.RULES = {
            name: dataclasses.replace(rule, find=clock.wrap_finder(f"rule: {name}", rule.find))
            for name, rule in saved_rules.items()
        }
        gazetteer.scan_all = clock.wrap("gazetteer scan", gazetteer.scan_all)  # type: ignore[method-assign]
        pipeline.rescorer = _TimedRescorer(saved_rescorer, clock)
        yield
    finally:
        for name, function in saved_functions.items():
            setattr(module, name, function)
        module.RULES = saved_rules
        pipeline.rescorer = saved_rescorer
        del pipeline.read_source
        del gazetteer.scan_all


@dataclass
class _TimedRescorer:
    rescorer: Any
    clock: StageClock

    @property
    def name(self) -> str:
        return str(self.rescorer.name)

    def rescore(self, text: str, findings: Sequence[Any]) -> tuple[Any, ...]:
        with self.clock.stage("re-scoring"):
            return tuple(self.rescorer.rescore(text, findings))


def stage_profile(
    pipeline: translit.Pipeline, corpus: Corpus, with_source: bool = False
) -> tuple[float, list[tuple[str, float]]]:
    """Total CPU seconds of one instrumented clean of the corpus, and (stage, seconds), slowest first;
    "other" is what no stage holds (the pipeline's loop, sorting findings)."""
    clock = StageClock()
    with instrumented(pipeline, clock), clock.stage("other"):
        for document, source in zip(corpus.documents, corpus.sources, strict=True):
            pipeline.clean(document, source if with_source else None)
    total = sum(clock.seconds.values())
    return total, clock.seconds.most_common()


@dataclass(frozen=True)
class Throughput:
    what: str
    seconds: float
    megabytes: float

    @property
    def rate(self) -> float:
        return self.megabytes / self.seconds


def throughputs(corpus: Corpus, repeats: int, model: bool = True) -> list[Throughput]:
    """Floor, scan, detect, clean, clean with source (one document at a time, then in batches) and
    (``model``) clean with the default model."""
    pipeline = translit.load_pipeline(translit.Config())
    floor = floor_scanner(pipeline.gazetteer)
    # warm lazily compiled patterns and caches (word frequencies, indexes built on first use) untimed
    over_pairs(corpus, pipeline.clean)()
    runs: list[tuple[str, Callable[[], None]]] = [
        (FLOOR, over(corpus.documents, floor)),
        (
            "translit's gazetteer scan (names + renderings)",
            over(corpus.documents, pipeline.gazetteer.scan_all),
        ),
        (DETECT, over(corpus.documents, pipeline.detect)),
        (CLEAN, over(corpus.documents, pipeline.clean)),
        (WITH_SOURCE, over_pairs(corpus, pipeline.clean)),
        (DETECT_BATCHED, all_at_once(lambda: pipeline.detect_many(corpus.documents))),
        (CLEAN_BATCHED, all_at_once(lambda: pipeline.clean_many(corpus.documents))),
        (
            WITH_SOURCE_BATCHED,
            all_at_once(lambda: pipeline.clean_many(corpus.documents, corpus.sources)),
        ),
    ]
    if model:
        with_model = model_pipeline()
        over(corpus.documents, with_model.clean)()  # warm
        runs.append((WITH_MODEL, over(corpus.documents, with_model.clean)))
    return [Throughput(what, cpu_seconds(run, repeats), corpus.megabytes) for what, run in runs]


FLOOR = "floor: ahocorasick_rs leftmost-longest scan"
DETECT = "detect"
CLEAN = "clean (house style on, no source)"
WITH_SOURCE = "clean with source"
WITH_MODEL = "clean with the default model"
#: The same work through the batch methods, which a JSON Lines run uses: each rule over 64 documents
#: before the next rule (:data:`translit.pipeline.BATCH`). The targets are read from the rows above.
DETECT_BATCHED = "detect, in batches (Pipeline.detect_many)"
CLEAN_BATCHED = "clean, in batches (Pipeline.clean_many)"
WITH_SOURCE_BATCHED = "clean with source, in batches"


def model_pipeline() -> translit.Pipeline:
    return translit.load_pipeline(translit.Config(model=DEFAULT_MODEL))


def profiles(corpus: Corpus, model: bool) -> dict[str, tuple[float, list[tuple[str, float]]]]:
    """The stage profile of clean, clean with source and (``model``) clean with the model."""
    pipeline = translit.load_pipeline(translit.Config())
    found = {CLEAN: stage_profile(pipeline, corpus), WITH_SOURCE: stage_profile(pipeline, corpus, True)}
    if model:
        found[WITH_MODEL] = stage_profile(model_pipeline(), corpus)
    return found


# -- the matcher ---------------------------------------------------------------------------------------


def matcher_comparison(gazetteer: translit.Gazetteer, corpus: Corpus, repeats: int) -> dict[str, Any]:
    """translit's automaton (pyahocorasick over the boundary image, :mod:`translit.gazetteer.matcher`)
    against ahocorasick_rs over the same image: the same matches (checked here, document by document),
    the time of the automaton's pass, the time to build it and whether it pickles (the cache stores it)."""
    automata = gazetteer._matcher.automata()
    keys = sorted({f"\0{boundary_image(form)}\0" for form in automata.latin_forms})
    started = time.process_time()
    compiled = ahocorasick_rs.AhoCorasick(keys)
    compiled_build = time.process_time() - started
    started = time.process_time()
    _build_automaton(keys)
    translit_build = time.process_time() - started
    images = [f"\0{boundary_image(document)}\0" for document in corpus.documents]
    for image in images:
        ours = {(last - length + 1, last + 1) for last, length in automata.latin.iter(image)}
        theirs = {(start, end) for _, start, end in compiled.find_matches_as_indexes(image, overlapping=True)}
        assert ours == theirs, "the two automata disagree"
    try:
        pickle.dumps(compiled)
        pickles = True
    except TypeError:
        pickles = False
    return {
        "translit_pass": cpu_seconds(over(images, lambda image: list(automata.latin.iter(image))), repeats),
        "compiled_pass": cpu_seconds(
            over(images, lambda image: compiled.find_matches_as_indexes(image, overlapping=True)), repeats
        ),
        "translit_build": translit_build,
        "compiled_build": compiled_build,
        "compiled_pickles": pickles,
        "keys": len(keys),
    }


# -- start-up -------------------------------------------------------------------------------------------


def one_line_clean(cache_folder: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of ``translit clean`` of a one-line file."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as file:
        file.write("Officials in Kiev said so.\n")
    environment = {**os.environ, "TRANSLIT_CACHE_DIR": cache_folder}
    command = [str(Path(sys.executable).parent / "translit"), "clean", file.name]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=environment, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.unlink(file.name)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def startup(runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of a one-line clean with a warm and with a cold gazetteer cache, and of
    importing the command line."""
    with tempfile.TemporaryDirectory() as warm:
        one_line_clean(warm)  # fills the cache (nothing, since the built-in gazetteer comes from its image)
        warm_runs = [one_line_clean(warm) for _ in range(runs)]
    cold_runs = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cold:
            cold_runs.append(one_line_clean(cold))
    import_runs = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import translit.cli"], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        import_runs.append((time.perf_counter() - started, cpu))
    return {"warm": _medians(warm_runs), "cold": _medians(cold_runs), "import": _medians(import_runs)}


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


# -- scale ----------------------------------------------------------------------------------------------


def input_scaling(repeats: int) -> list[tuple[int, float, float, float]]:
    """(systems, MB, detect MB/s, clean MB/s) for each of :data:`INPUT_SCALES`."""
    pipeline = translit.load_pipeline(translit.Config())
    over(corpus(1).documents, pipeline.clean)()  # warm
    rows = []
    for systems in INPUT_SCALES:
        text = corpus(systems)
        detect = cpu_seconds(over(text.documents, pipeline.detect), repeats)
        clean = cpu_seconds(over(text.documents, pipeline.clean), repeats)
        rows.append((systems, text.megabytes, text.megabytes / detect, text.megabytes / clean))
    return rows


def gazetteer_scaling(text: Corpus, repeats: int) -> list[tuple[int, int, int, float, float]]:
    """(entries, indexed forms, mentions found, scan and detect CPU seconds) over ``text`` with gazetteers of
    :data:`GAZETTEER_SIZES` entries, each a seeded random sample of the full one's entries (built from
    the full one's pinyin keys, so that only the sample's index is built)."""
    pipeline = translit.load_pipeline(translit.Config())
    full = pipeline.gazetteer
    entries = list(full.entries.values())
    rows = []
    for size in GAZETTEER_SIZES:
        if size is None:
            gazetteer = full
        else:
            sample = random.Random(size).sample(entries, size)
            gazetteer = Gazetteer(
                sample,
                full.abbreviations.rows,
                f"sample-{size}",
                full.renderings.rows,
                full.raw_keys,
            )
        cut = translit.Pipeline(pipeline.config, gazetteer, PriorRescorer())
        over(text.documents[:20], cut.detect)()  # warm
        seconds = cpu_seconds(over(text.documents, cut.detect), repeats)
        mentions = sum(len(gazetteer.scan(document)) for document in text.documents)
        scan = cpu_seconds(over(text.documents, gazetteer.scan_all), repeats)
        rows.append((len(gazetteer), sum(1 for _ in gazetteer.forms()), mentions, scan, seconds))
    return rows


PEAK_RSS = """
import sys, translit
from benchmarks.speed_profile import corpus
pipeline = translit.load_pipeline(translit.Config(model=translit.config.DEFAULT_MODEL))
for document in corpus(int(sys.argv[1])).documents:
    pipeline.clean(document)
print(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])  # peak RSS, kB
"""


def peak_rss_megabytes(systems: int) -> float:
    output = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, str(systems)], check=True, cwd=ROOT, capture_output=True, text=True
    ).stdout
    return int(output.strip().splitlines()[-1]) / 1024


# -- report ---------------------------------------------------------------------------------------------


def measure(args: argparse.Namespace) -> dict[str, Any]:
    text = corpus(args.systems)
    model = not args.no_model
    print(f"{len(text.documents)} documents, {text.megabytes:.2f} MB", file=sys.stderr)
    found: dict[str, Any] = {"megabytes": text.megabytes, "documents": len(text.documents)}
    found["throughput"] = [(t.what, t.seconds, t.rate) for t in throughputs(text, args.repeats, model=model)]
    print("throughput done", file=sys.stderr)
    found["matcher"] = matcher_comparison(
        translit.load_pipeline(translit.Config()).gazetteer, text, args.repeats
    )
    found["profiles"] = profiles(text, model)
    print("profiles done", file=sys.stderr)
    found["startup"] = startup(args.startup_runs)
    print("start-up done", file=sys.stderr)
    found["input_scaling"] = input_scaling(args.repeats)
    found["gazetteer_scaling"] = gazetteer_scaling(text, args.repeats)
    print("scaling done", file=sys.stderr)
    found["peak_rss_mb"] = peak_rss_megabytes(args.systems) if model else None
    return found


def render(found: dict[str, Any], before: dict[str, Any] | None, label: str, command: str = COMMAND) -> str:
    rates = {what: rate for what, _, rate in found["throughput"]}
    floor = rates[FLOOR]
    old_rates = {what: rate for what, _, rate in before["throughput"]} if before else {}
    header = ["what", "CPU s", "MB/s", "share of floor"] + ([f"MB/s {label}"] if before else [])
    lines = [_row(header), _rule(len(header))]
    for what, seconds, rate in found["throughput"]:
        old = [f"{old_rates[what]:.2f}" if what in old_rates else "—"] if before else []
        lines.append(_row([what, f"{seconds:.2f}", f"{rate:.2f}", f"{rate / floor:.1%}", *old]))
    parts = [
        f"# Speed: against a compiled scan, stage by stage (issue #18)\n\nGenerated by `{command}`"
        + (
            f" (the columns *{label}*: the same script run on that code, its numbers read from the --before file)"
            if before
            else ""
        )
        + ". "
        f"Text: the first {SYSTEMS} newstest2021 system outputs (by file name) as documents of "
        f"{DOCUMENT_LINES} lines, {found['documents']} documents, {found['megabytes']:.2f} MB, with their "
        "line-aligned Chinese source for the runs with a source. Times are CPU seconds of one process "
        f"(`time.process_time`), the median of {REPEATS} passes, on a 2-core machine shared with other "
        "work; start-up times are wall-clock and CPU seconds of a fresh process.",
        "## Throughput\n\n" + "\n".join(lines),
    ]
    if "matcher" in found:
        m = found["matcher"]
        parts.append(
            "## The automaton: pyahocorasick over the boundary image, or ahocorasick_rs\n\n"
            f"Over the same boundary image of the text and the same {m['keys']:,} keys (the Latin forms), both "
            "automata find the same matches, document by document (checked in the run). One pass over the "
            f"text: translit's {m['translit_pass']:.3f} s, ahocorasick_rs {m['compiled_pass']:.3f} s. "
            f"Building: translit's {m['translit_build']:.2f} s, ahocorasick_rs {m['compiled_build']:.2f} s; "
            f"ahocorasick_rs {'pickles' if m['compiled_pickles'] else 'does not pickle'}, so "
            + (
                "it could be cached with the gazetteer."
                if m["compiled_pickles"]
                else "every load would build it again, while translit's automaton loads from the cache "
                "with the gazetteer."
            )
        )
    for what, (total, stages) in found["profiles"].items():
        old = dict(before["profiles"][what][1]) if before and what in before["profiles"] else None
        parts.append(
            f"## Stage profile: {what}\n\n{ON_FIRST_USE}\n\n" + _profile_table(total, stages, old, label)
        )
    startup_rows = [
        ("one-line `translit clean`, warm cache", *found["startup"]["warm"]),
        ("one-line `translit clean`, cold cache (an empty cache folder)", *found["startup"]["cold"]),
        ("`import translit.cli`", *found["startup"]["import"]),
    ]
    # an earlier run's wall-clock seconds depend on how busy the machine was then: its CPU seconds compare
    header = ["what", "wall s", "CPU s"] + ([f"CPU s {label}"] if before else [])
    lines = [_row(header), _rule(len(header))]
    keys = ("warm", "cold", "import")
    for key, (what, wall, cpu) in zip(keys, startup_rows):
        old = [f"{before['startup'][key][1]:.2f}"] if before else []
        lines.append(_row([what, f"{wall:.2f}", f"{cpu:.2f}", *old]))
    parts.append(f"## Start-up (median of {STARTUP_RUNS} fresh processes)\n\n" + "\n".join(lines))
    scale = found["input_scaling"]
    lines = [_row(["input", "MB", "detect MB/s", "clean MB/s"]), _rule(4)]
    lines += [_row([f"{n} system(s)", f"{mb:.2f}", f"{d:.2f}", f"{c:.2f}"]) for n, mb, d, c in scale]
    parts.append(
        "## Scale: input\n\nTime linear in input means MB/s flat across sizes.\n\n" + "\n".join(lines)
    )
    sizes = found["gazetteer_scaling"]
    smallest = sizes[0][-1]
    header = [
        "entries",
        "indexed forms",
        "mentions found",
        "scan CPU s",
        "detect CPU s",
        "detect × the smallest",
    ]
    lines = [_row(header), _rule(len(header))]
    lines += [
        _row([f"{n:,}", f"{forms:,}", f"{mentions:,}", f"{scan:.2f}", f"{s:.2f}", f"{s / smallest:.2f}"])
        for n, forms, mentions, scan, s in sizes
    ]
    parts.append(
        "## Scale: gazetteer\n\nDetect over the same text with a seeded random sample of the entries "
        "(same abbreviations and renderings), and the full gazetteer. A larger gazetteer finds more "
        "mentions, and the rules weigh each: the scan's cost per byte does not grow with the gazetteer "
        "(one automaton pass), the rules' work grows with what it finds.\n\n" + "\n".join(lines)
    )
    if found["peak_rss_mb"] is not None:
        parts.append(
            f"## Memory\n\nPeak RSS of a process cleaning the {SYSTEMS} systems with the default model: "
            f"{found['peak_rss_mb']:.0f} MB."
        )
    parts.append("## Targets of issue #18\n\n" + _targets(found))
    return "\n\n".join(parts) + "\n"


def _targets(found: dict[str, Any]) -> str:
    rates = {what: rate for what, _, rate in found["throughput"]}
    floor, detect = rates[FLOOR], rates[DETECT]
    sizes = found["gazetteer_scaling"]
    growth = sizes[-1][-1] / sizes[0][-1]
    (warm_wall, warm), (cold_wall, cold) = found["startup"]["warm"], found["startup"]["cold"]
    rows = [
        ("detect ≥ 20% of the floor", f"{detect / floor:.1%}", detect / floor >= 0.2),
        ("detect ≥ 10 MB/s", f"{detect:.2f} MB/s", detect >= 10),
        ("full clean (house style on, no source) ≥ 8 MB/s", f"{rates[CLEAN]:.2f} MB/s", rates[CLEAN] >= 8),
        ("clean with source ≥ 4 MB/s", f"{rates[WITH_SOURCE]:.2f} MB/s", rates[WITH_SOURCE] >= 4),
    ]
    if WITH_MODEL in rates:
        rows.append(
            ("clean with the default model ≥ 1 MB/s", f"{rates[WITH_MODEL]:.2f} MB/s", rates[WITH_MODEL] >= 1)
        )
    rows += [
        ("CLI one-line clean ≤ 0.8 s warm", f"{warm:.2f} s CPU ({warm_wall:.2f} s wall)", warm <= 0.8),
        (
            "CLI one-line clean ≤ 1.0 s with a cold cache",
            f"{cold:.2f} s CPU ({cold_wall:.2f} s wall)",
            cold <= 1.0,
        ),
    ]
    if found["peak_rss_mb"] is not None:
        rows.append(("peak RSS ≤ 600 MB", f"{found['peak_rss_mb']:.0f} MB", found["peak_rss_mb"] <= 600))
    rows.append(
        (
            f"a {sizes[-1][0] / sizes[0][0]:.0f}× larger gazetteer costs ≤ 1.5× detect time",
            f"{growth:.2f}×",
            growth <= 1.5,
        )
    )
    lines = [_row(["target", "measured", "status"]), _rule(3)]
    lines += [_row([t, m, "met" if ok else "**missed**"]) for t, m, ok in rows]
    note = (
        "Start-up is judged by the CPU seconds of the process (user + system), which are its wall-clock "
        "seconds on an idle machine: on this shared one, wall-clock also counts the waits for other jobs."
    )
    return "\n".join(lines) + "\n\n" + note


def _profile_table(
    total: float, stages: list[tuple[str, float]], before: dict[str, float] | None, label: str
) -> str:
    header = ["stage", "CPU s", "share"] + ([f"CPU s {label}"] if before is not None else [])
    lines = [_row(header), _rule(len(header))]
    for stage, seconds in stages:
        old = [f"{before.get(stage, 0.0):.3f}"] if before is not None else []
        lines.append(_row([stage, f"{seconds:.3f}", f"{seconds / total:.1%}", *old]))
    old_total = [f"{sum(before.values()):.3f}"] if before is not None else []
    lines.append(_row(["**total**", f"{total:.3f}", "100%", *old_total]))
    return "\n".join(lines)


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _rule(columns: int) -> str:
    return "|" + "---|" * columns


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--systems", type=int, default=SYSTEMS)
    parser.add_argument("--startup-runs", type=int, default=STARTUP_RUNS)
    parser.add_argument("--no-model", action="store_true", help="leave out the runs with the model")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    parser.add_argument("--before", type=Path, help="an earlier run's --json, shown beside this one")
    parser.add_argument("--label", default="before", help="the column name of the --before numbers")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    found = measure(args)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1), encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    command = " ".join([COMMAND, *(argv if argv is not None else sys.argv[1:])])
    args.output.write_text(render(found, before, args.label, command), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
