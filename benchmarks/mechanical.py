"""Mechanical section (issue #14): spacing, sentence-mark debris, stutters, literal names, site furniture.

python -m benchmarks.mechanical     # writes benchmarks/RESULTS-mechanical.md (reads ../shared at run time)
python -m benchmarks.mechanical --misses apostrophe    # every miss of a family, with its context

Each family is injected the way MT of Chinese web pages produces it into a document of five consecutive
lines of real clean English news (``../shared/data/english`` and the WMT zh→en references), one
artifact per document; must-not-touch documents are real carriers chosen for the patterns a
mechanical rule could break (U.S., a.m., 3.5, ellipses, "had had", lists...), plus sentences of our own
for the patterns the corpus lacks (v2.0, news.example.com, "pre- and post-war").
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence

import translit
from benchmarks.common import ENGLISH, ROOT, MissingData, Section
from benchmarks.do_no_harm import JUDGED_CORRECT
from benchmarks.inject_carriers import SEPARATOR, Document, corpus, usable, window
from benchmarks.inject_cases import Case, Replacement, inject, sample, score_case
from benchmarks.inject_literal import EAST_ASIA, INSTITUTIONS, NAME, SENTENCES, Institution
from benchmarks.inject_report import (
    Evaluation,
    evaluate,
    label_table,
    results_table,
    samples,
    targets,
    write_results,
)
from benchmarks.names_scoring import judged_right
from translit.edits import Edit
from translit.gazetteer import FormKind, Gazetteer
from translit.gazetteer.wordings import expand, needs_context

SEED = 20261202
PER_SUBFAMILY = 60
LINES = 5
MIN_RECALL, MIN_PRECISION = 0.9, 0.99
RESULTS = ROOT / "benchmarks" / "RESULTS-mechanical.md"
TITLE = "Mechanical: injected spacing, debris, stutters, literal names, furniture (issue #14)"
FAMILIES = (
    "spacing",
    "debris",
    "stray punctuation",
    "stutter",
    "apostrophe",
    "literal name",
    "furniture",
    "must not touch",
)

Injector = Callable[[Document, random.Random], list[Replacement] | None]


#: A typo the spacing rule fixes besides those :func:`usable` knows: a space before a closing bracket
#: ("Atlanta )"). Fixing it in a carrier is correct, so such a carrier would count a correct fix as a
#: false alarm of the family injected into it.
_OTHER_TYPO = re.compile(r"\w \)")


def documents() -> list[Document]:
    """Every run of LINES consecutive lines of every carrier file that is free of known typos."""
    judged = judged_typos()
    windows = (
        window(name, lines, first, LINES)
        for name, lines in corpus()
        for first in range(0, len(lines) - LINES + 1, LINES)
        if usable(name, first, LINES) and not judged.intersection(lines[first : first + LINES])
    )
    return [
        document
        for document in windows
        if not _OTHER_TYPO.search(document.text) and not _repeats_a_paragraph(document.text)
    ]


def _repeats_a_paragraph(text: str) -> bool:
    """Whether a paragraph of two words or more stands twice in the document: some WMT zh→en documents
    repeat their lede as the next paragraph, as their source page did, and the furniture rule rightly
    takes the copy out (it is what the "headline repeated" injector makes)."""
    paragraphs = [line.strip() for line in text.split("\n") if " " in line.strip()]
    return len(set(paragraphs)) < len(paragraphs)


def judged_typos() -> frozenset[str]:
    """Carrier lines holding a real typo that a rule fixes ("have have", "yesterdays chat"): each judged
    by hand in the do-no-harm sweeps (:data:`benchmarks.do_no_harm.JUDGED_CORRECT`). Fixing one is correct,
    so a document holding one would count a correct fix as a false alarm of the family injected into it.
    Only edits judged correct are listed there: a false alarm on a carrier still counts as one."""
    files = dict(corpus())
    lines = set()
    for name, number, _original, _replacement in JUDGED_CORRECT:
        found = files.get(name) or files.get(f"{ENGLISH.name}/{name}")
        if found is not None and number <= len(found):
            lines.add(found[number - 1])
    return frozenset(lines)


def at_match(pattern: str, group: str | int, make: Callable[[re.Match[str], random.Random], str]) -> Injector:
    """An injector replacing group ``group`` of one random match of ``pattern`` by ``make(match)``."""
    compiled = re.compile(pattern, re.MULTILINE)

    def injector(document: Document, rng: random.Random) -> list[Replacement] | None:
        matches = list(compiled.finditer(document.text))
        if not matches:
            return None
        match = rng.choice(matches)
        return [Replacement(match.start(group), match.end(group), make(match, rng))]

    return injector


def constant(*texts: str) -> Callable[[re.Match[str], random.Random], str]:
    return lambda match, rng: rng.choice(texts)


# A sentence boundary inside a paragraph: a word (not an initial or a title) or a number, a full stop,
# one space, a capital. The space is group "gap"; the full stop and the space together are "mark".
_TITLES = (
    "Prof Gen Gov Govs Sen Sens Rep Reps Col Capt Sgt Mrs Rev Hon Lieut Supt Insp Cmdr Adm Maj Brig".split()
)
_BOUNDARY = (
    r"(?:(?<=[a-z]{3})|(?<=\d{2}))"
    + "".join(rf"(?<!\b{title})" for title in _TITLES)
    + r"(?P<mark>\.(?P<gap> ))(?=[A-Z][a-z])"
)
LEGITIMATE_DOUBLES = frozenset({"had", "that", "is", "bye", "very", "no", "so", "go", "ha", "do"})


def stutter_word(document: Document, rng: random.Random) -> list[Replacement] | None:
    """'said said': a word written twice (never one that English doubles on purpose)."""
    words = [
        m for m in re.finditer(r"(?<= )([a-z]{3,}) ", document.text) if m.group(1) not in LEGITIMATE_DOUBLES
    ]
    if not words:
        return None
    match = rng.choice(words)
    return [Replacement(match.end(), match.end(), match.group())]


def stutter_phrase(document: Document, rng: random.Random) -> list[Replacement] | None:
    """'on Monday on Monday': a two- or three-word phrase written twice."""
    phrases = list(re.finditer(r"(?<= )((?:[A-Za-z]+ ){2,3})", document.text))
    if not phrases:
        return None
    match = rng.choice(phrases)
    return [Replacement(match.end(), match.end(), match.group())]


def stutter_restart(document: Document, rng: random.Random) -> list[Replacement] | None:
    """'The talks between theThe talks between the': a sentence start repeated with no space."""
    starts = list(
        re.finditer(r"(?:^|(?<=\. ))((?:[A-Z][a-z]*)(?: [a-z]+){2,4})(?= )", document.text, re.MULTILINE)
    )
    if not starts:
        return None
    match = rng.choice(starts)
    return [Replacement(match.end(1), match.end(1), match.group(1))]


CATEGORIES = ("Politics", "Society", "International", "Finance", "Life", "Entertainment", "Sports")
OUTLETS = ("Newsroom", "Staff reporter", "Evening Wire", "Metro desk", "Our correspondent")
FURNITURE: dict[str, Callable[[random.Random], str]] = {
    "view counter": lambda r: r.choice(
        [f"{r.choice(CATEGORIES)} {r.randint(120, 98000):,} views", f"{r.choice(CATEGORIES)} {r.randint(8, 34)}℃",
         f"{r.randint(2, 900)} views"]
    ),
    "byline with age": lambda r: f"{r.choice(OUTLETS)} · {r.randint(1, 23)}{r.choice('hdw')} ago",
    "share bar": lambda r: r.choice(
        ["Share: Facebook Twitter LINE Email", "Share this: Facebook | X | WhatsApp | Copy link",
         "LINE Facebook Twitter Copy link", "Share to: WeChat Weibo QQ"]
    ),
    "photo credit": lambda r: r.choice(
        ["(Data photo)", "(Information photo)", "(File photo)", "Photo: data photo", "(Photo: reporter data photo)"]
    ),
    "footer": lambda r: r.choice(
        ["View details", "You may also be interested in...", "Related reading:", "More news >>",
         "View details / You may also be interested in", "Report an error"]
    ),
    "summary-bot line": lambda r: r.choice(
        ["AI summary: the key points of this report in three lines.", "Quick read: 3 key points",
         "This summary was generated automatically."]
    ),
}  # fmt: skip


def furniture(kind: str) -> Injector:
    """Insert a paragraph of site furniture before one of the document's paragraphs."""

    def injector(document: Document, rng: random.Random) -> list[Replacement] | None:
        at = rng.choice(document.line_starts)
        return [Replacement(at, at, FURNITURE[kind](rng) + "\n\n")]

    return injector


def repeated_headline(document: Document, rng: random.Random) -> list[Replacement] | None:
    """A short headline-shaped paragraph (no final stop) written two or three times."""
    headlines = [m for m in re.finditer(r"^[A-Z][^\n.!?]{10,90}$", document.text, re.MULTILINE)]
    if not headlines:
        return None
    match = rng.choice(headlines)
    copies = ("\n\n" + match.group()) * rng.choice((1, 2))
    return [Replacement(match.end(), match.end(), copies)]


def teaser(document: Document, rng: random.Random) -> list[Replacement] | None:
    """A teaser: the next paragraph's first words and '...' as a paragraph of its own before it."""
    starts = [s for s in document.line_starts if len(document.text[s:].split("\n", 1)[0].split()) > 14]
    if not starts:
        return None
    at = rng.choice(starts)
    words = document.text[at:].split("\n", 1)[0].split()[:12]
    return [Replacement(at, at, " ".join(words).rstrip(",;:") + "...\n\n")]


INJECTORS: dict[tuple[str, str], Injector] = {
    ("spacing", "no space after a full stop"): at_match(_BOUNDARY, "gap", constant("")),
    ("spacing", "space before a hyphen"): at_match(r"\b[a-z]{2,}(?P<h>-)[a-z]{2,}\b", "h", constant(" -")),
    ("spacing", "space after an opening bracket"): at_match(r"(?P<b>\()(?=[\w$£€])", "b", constant("( ")),
    ("spacing", "no space after a closing bracket"): at_match(
        r"(?:^|(?<=\s))\((?:[^()\n]+ [^()\n]+|[A-Z]{2,})\)(?P<gap> )(?=[A-Z][a-z])", "gap", constant("")
    ),
    ("spacing", "space before a possessive"): at_match(
        r"(?<=[A-Za-z])(?P<a>['’])s\b(?!['’])", "a", lambda match, rng: " " + match.group("a")
    ),
    ("debris", "。 as 'Essence'"): at_match(_BOUNDARY, "mark", constant(".Essence ", "Essence", ". Essence ")),
    # a quote attached to a word on one side at least: one between two spaces is a typo of its own
    ("debris", "quot;"): at_match(r"(?P<q>(?<!\s)[\"“”]|[\"“”](?!\s))", "q", constant("quot;", "&quot;")),
    ("debris", "hellip;"): at_match(r"(?P<e>\.\.\.|…)", "e", constant("hellip;", "&hellip;")),
    ("debris", "nbsp"): at_match(r"(?<=[a-z,]) (?=[a-z])", 0, constant("&amp;nbsp;", "&nbsp;", " &amp;nbsp; ")),
    ("stray punctuation", "space before a comma"): at_match(r"(?<=[a-z])(?P<c>,)(?= [a-z])", "c", constant(" ,")),
    ("stray punctuation", "space before a full stop"): at_match(r"(?<=[a-z]{3})(?P<p>\.)(?= [A-Z]|$)", "p", constant(" .")),
    ("stray punctuation", "comma before a full stop"): at_match(r"(?<=[a-z]{3})(?P<p>\.)(?= [A-Z]|$)", "p", constant(",.")),
    ("stutter", "word doubled"): stutter_word,
    ("stutter", "phrase doubled"): stutter_phrase,
    ("stutter", "sentence start repeated"): stutter_restart,
    ("apostrophe", "lost possessive apostrophe"): at_match(
        r"\b(?!(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Ww]ho|[Hh]ere|[Ll]et|[Ww]here)['’])[A-Za-z]{3,}(?P<a>['’])s\b",
        "a", constant(""),
    ),
    **{("furniture", kind): furniture(kind) for kind in FURNITURE},
    ("furniture", "headline repeated"): repeated_headline,
    ("furniture", "teaser of the lede"): teaser,
}  # fmt: skip


def injected(seed: int, docs: list[Document]) -> Iterator[Case]:
    """Up to PER_SUBFAMILY documents per injector, each with one artifact. Each injector draws from a
    generator of its own, so that a new injector leaves the cases of the others as they were."""
    for (family, subfamily), injector in INJECTORS.items():
        rng = random.Random(f"{seed}/{family}/{subfamily}")
        made = 0
        for document in sample(rng, docs, len(docs)):
            if made == PER_SUBFAMILY:
                break
            changes = injector(document, rng)
            if changes:
                made += 1
                yield inject(family, subfamily, document.text, changes, document.source)


def literal_names(rng: random.Random, docs: list[Document], elsewhere: bool = False) -> Iterator[Case]:
    """A sentence of our own naming an East Asian institution, written into a carrier that speaks of the
    institution's country (MT renders a name literally in a story of that country, translated from
    Chinese), then the name replaced by one of its literal renderings.

    ``elsewhere``: into a carrier that speaks of no East Asian place instead, where a wording that is
    also plain English must be left alone (a control, not a case MT makes)."""

    def carries(document: Document, institution: Institution) -> bool:
        if elsewhere:
            return not any(re.search(place, document.text) for place in EAST_ASIA)
        return all(re.search(place, document.text) for place in institution.story)

    for kind, sentences in SENTENCES.items():
        found = [(d, i) for i in INSTITUTIONS if i.kind == kind for d in docs if carries(d, i)]
        for document, institution in sample(rng, found, PER_SUBFAMILY):
            before, after = rng.choice(sentences).split(NAME)
            clean, literal = (
                _cased(before, institution.name),
                _cased(before, rng.choice(institution.literal)),
            )
            at = rng.choice(document.line_starts)
            carrier = document.text[:at] + before + clean + after + SEPARATOR + document.text[at:]
            change = Replacement(at + len(before), at + len(before) + len(clean), literal)
            yield inject("literal name", kind, carrier, [change], document.source)


def _cased(before: str, name: str) -> str:
    """'The' where the name starts the sentence."""
    return "The" + name[3:] if not before and name.startswith("the ") else name


# Patterns a mechanical rule could break, found in real carriers; every edit on such a document is a
# false alarm (the injected documents contain them too, and count them the same way).
MUST_NOT_TOUCH = {
    "abbreviations (U.S., a.m., Ph.D.)": r"\b(?:U\.S\.|U\.K\.|a\.m\.|p\.m\.|Ph\.D\.|e\.g\.|i\.e\.)",
    "decimals (3.5)": r"\b\d+\.\d+\b",
    "domains and e-mail addresses": r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|cn|tw|uk)\b|\S+@\S+\.\w+",
    "ellipses": r"\.\.\.|…",
    "legitimately doubled words (had had, that that)": r"(?i)\b(had had|that that|is is|bye bye|very very|no no)\b",
    "suspended hyphens (pre- and post-war)": r"\b\w+- (?:and|or|to) \w+",
    "lists": r"^\s*(?:[-•*]|\d+[.)])\s",
    "initials (J. Smith)": r"\b[A-Z]\. [A-Z][a-z]+",
    "a quote opening a sentence": r"^[\"“]",
    "headline-shaped lines": r"^[A-Z][^\n.!?]{10,90}$",
}
# Sentences of our own for patterns the corpus has too few of; each is added as a paragraph of a real
# document, so the rules see them in running text.
OWN_NEGATIVES = (
    "The company said version v2.0 of the app, and v2.0.1 after it, would fix the login fault.",
    "Readers can send tips to desk@news.example.com or visit news.example.com for the full timetable.",
    "Pre- and post-war records were compared by the archive, which holds both.",
    "He had had enough, he said, and that that decision was final.",
    "The meeting starts at 9.30 a.m. in the U.S. capital and ends by 1 p.m.",
    "Prices rose 3.5% in May... and then fell again in June.",
    "Pianist Lang Lang and panda Bao Bao drew the biggest crowds of the week.",
    "The plan has three parts: 1) more buses; 2) fewer cars; 3) longer hours.",
)


def must_not_touch(rng: random.Random, docs: list[Document]) -> Iterator[Case]:
    for subfamily, pattern in MUST_NOT_TOUCH.items():
        compiled = re.compile(pattern, re.MULTILINE)
        for document in sample(rng, [d for d in docs if compiled.search(d.text)], PER_SUBFAMILY // 2):
            yield inject("must not touch", subfamily, document.text, [], document.source)
    for document in sample(rng, docs, PER_SUBFAMILY):
        at = rng.choice(document.line_starts)
        text = document.text[:at] + rng.choice(OWN_NEGATIVES) + "\n\n" + document.text[at:]
        yield inject(
            "must not touch",
            "our own sentences (v2.0, e-mail, pre- and post-war, Lang Lang...)",
            text,
            [],
            document.source,
        )


def build(seed: int = SEED) -> list[Case]:
    """Every case of every family, deterministic for a seed."""
    rng = random.Random(seed)
    docs = documents()
    return [*injected(seed, docs), *literal_names(rng, docs), *must_not_touch(rng, docs)]


#: How a literal wording is labelled: the rule fixes one that is also ordinary English ("the Chinese
#: Times") only where the article refers to the entity and its country, as a story of that country does;
#: elsewhere it reports the wording without fixing it. A wording the glossary leaves out on purpose
#: ("Administrative Court" is also what courts are called) is never fixed.
ALSO_ENGLISH, NO_ENGLISH = "literal: also English, needs context", "literal: no English of its own"
NOT_CURATED = "literal: left out of the glossary"


def wording_kind(gazetteer: Gazetteer, wording: str) -> str:
    """How the gazetteer knows a literal wording: not at all, as also ordinary English, or as a rendering."""
    surface = wording.split(" ", 1)[1] if wording.lower().startswith("the ") else wording
    found = gazetteer.lookup(surface)
    for entry, kind in found:
        if kind is FormKind.LITERAL and any(needs_context(p) and surface in expand(p) for p in entry.literal):
            return ALSO_ENGLISH
    return NO_ENGLISH if found else NOT_CURATED


def with_source(pipeline: translit.Pipeline, cases: list[Case]) -> Evaluation:
    """The literal-name cases again, each cleaned with a Chinese source that names its institution (the
    characters alone): what the rule does for a caller who passes the source, which vouches for a
    wording that is also ordinary English where the article alone cannot."""
    characters = {i.name.lower(): i.characters for i in INSTITUTIONS}
    literal = [case for case in cases if case.family == "literal name"]
    sources = {case.text: characters[case.gold[0].correction.lower()] for case in literal}
    return evaluate(literal, lambda text: pipeline.clean(text, sources.get(text)).edits)


def labelled(gazetteer: Gazetteer, cases: Iterable[Case]) -> list[Case]:
    """Each literal-name case labelled with how the gazetteer knows its wording."""
    return [
        dataclasses.replace(case, labels=(wording_kind(gazetteer, case.gold[0].original),))
        if case.family == "literal name"
        else case
        for case in cases
    ]


def run() -> Section:
    started = time.perf_counter()
    pipeline = translit.load_pipeline(translit.Config(house_style=False))
    cases = labelled(pipeline.gazetteer, build())
    elsewhere = labelled(pipeline.gazetteer, literal_names(random.Random(SEED), documents(), elsewhere=True))
    left_out: list[tuple[str, str]] = []
    clean = cleaner(pipeline, left_out)
    evaluation = evaluate(cases, clean)
    families = [f for f in FAMILIES if f in evaluation.families]
    goals = targets(evaluation, "mechanical", families, MIN_RECALL, MIN_PRECISION)
    body = "\n".join(
        [
            EXPLANATION.format(count=len(cases), seed=SEED, per=PER_SUBFAMILY, lines=LINES),
            "",
            results_table(evaluation, families),
            "",
            "Literal names by wording: a wording that is also ordinary English is fixed only where the "
            "article refers to the entity and its country (and to any country the wording names), as these "
            "carriers do.",
            "",
            label_table(evaluation),
            "",
            "Control, not counted in the targets above: the same making with carriers that speak of no East "
            "Asian place (no Taiwan, South Korea or Japan, nor their cities), where a wording that is also "
            "ordinary English must be left alone (reported, not fixed); *fixed* counts the edits made there:",
            "",
            label_table(evaluate(elsewhere, clean)),
            "",
            "The same literal-name cases cleaned with a Chinese source that names the institution (its "
            "characters alone; not counted in the targets above):",
            "",
            label_table(with_source(pipeline, cases)),
            "",
            "Edits of a carrier's own text judged right in the names section (another valid spelling the "
            "house replaces, or a real error of the carrier), left out of precision as there: "
            + (", ".join(f"`{o}` → `{r}`" for o, r in sorted(set(left_out))) or "none")
            + ".",
            "",
            "Samples (file:line of the document's first line):",
            "",
            *samples(evaluation),
            "",
            f"Cleaner: `{pipeline.signature()}`",
            "",
            f"_Cases built and scored in {time.perf_counter() - started:.1f} s._",
        ]
    )
    return Section(TITLE, body, goals)


def cleaner(pipeline: translit.Pipeline, left_out: list[tuple[str, str]]) -> Callable[[str], list[Edit]]:
    """The pipeline's edits of a text, less those the names section judged right on its carriers
    (:data:`benchmarks.names_scoring.JUDGED_CARRIER_EDITS`: "Ri Sol-ju" -> "Ri Sol Ju" where a reference
    also writes "Li Xuezhu"), which no mechanical injector makes; each one left out is added to
    ``left_out`` for the report."""

    def clean(text: str) -> list[Edit]:
        kept = []
        for edit in pipeline.clean(text).edits:
            if judged_right(edit):
                left_out.append((edit.original, edit.replacement))
            else:
                kept.append(edit)
        return kept

    return clean


EXPLANATION = """\
{count} documents (seed {seed}, up to {per} per subfamily), each {lines} consecutive lines of real clean \
English from `../shared/data/english` and the WMT zh→en references, one artifact per document. House \
style off. Documents with a line that already has a typo of the kinds injected here (a space before a \
full stop or comma, ",,", ",.", "( ", "said.The", "Atlanta )"), or a typo judged real in the do-no-harm \
sweeps ("have have", "yesterdays chat"), or a paragraph written twice (furniture), are not used: fixing \
those is correct.

How the cases are made: each injector picks one place where the artifact can arise, at random.
- *spacing*: the space after a sentence's full stop dropped ("said.The", "2024.Officials"); a space put \
before the hyphen of a hyphenated word ("anti -drone"); a space after an opening bracket ("( 1,200"); the \
space after a closing bracket dropped before a capitalized word ("(May 2)The"); a space put before a \
possessive ("Taiwan ’s").
- *debris*: a sentence's full stop and space become "Essence" or get "Essence" glued on (。); a quote, an \
ellipsis or a space becomes a bare or escaped entity ("quot;", "&quot;", "hellip;", "&amp;nbsp;").
- *stray punctuation*: a space before a comma or a sentence's full stop; a comma before a full stop.
- *stutter*: a word (never one English doubles on purpose: had, that, is...), a 2–3 word phrase, or a \
sentence's first 3–5 words written twice ("The talks between theThe talks between the").
- *apostrophe*: the apostrophe of a possessive 's dropped (contractions such as it's are left alone).
- *literal name*: MT renders an East Asian institution's name literally in a translation of a Chinese \
story about its country, so the carrier is a document that speaks of that country already (Taiwan, South \
Korea or Japan: its name, its people's or a city's; for the American Institute in Taiwan, Taiwan and the United \
States). The carriers have no slot for such an institution, so a sentence of our own that names it (a \
newspaper, party or government body; no place or person in it) is added as a paragraph, and the name \
is then replaced by a literal rendering of its characters from our own table \
(`benchmarks/inject_literal.py`: Freedom Times for the Liberty Times, the Sea Base Association for the \
Straits Exchange Foundation...). One carrier may serve several institutions.
- *furniture*: a paragraph of site furniture in our own wording (view counter, "· 2d ago" byline, share \
bar, photo credit, footer, summary-bot line) inserted before a paragraph; a headline-shaped line written \
two or three times; a teaser (the next paragraph's first words and "...") before its paragraph.
- *must not touch*: real documents that contain U.S./a.m./Ph.D., decimals, domains, ellipses, "had had", \
"pre- and post-", lists, initials, quotes opening a sentence, headline-shaped lines; and real documents \
with one of our own sentences added for what the corpus lacks (v2.0, e-mail addresses, Lang Lang).

How they are scored: as in the names section (`benchmarks/inject_cases.py`). *Recall* = injected \
artifacts undone exactly / injected; *precision* = correct edits / all edits in the injected documents, \
where an edit touching no injected span is a false alarm (curly and straight quotes, and "…" and "...", \
count as the same mark: which one a fix writes is the document's style); *carrier edits* = edits on the same documents \
without the injection. A must-not-touch document has nothing to fix: the target is at most 1% of them \
changed. Targets per family: recall ≥ 0.9, precision ≥ 0.99."""


#: Characters of context shown either side of a missed artifact.
CONTEXT = 60


def misses(families: Sequence[str]) -> Iterator[str]:
    """Every missed artifact and every wrong edit of ``families``, each with its context, to read by hand
    (what the results file shows two of per subfamily)."""
    pipeline = translit.load_pipeline(translit.Config(house_style=False))
    for case in build():
        if case.family not in families:
            continue
        edits = pipeline.clean(case.text).edits
        score = score_case(case, edits)
        for gold, fixed in zip(case.gold, score.fixed):
            if not fixed:
                around = case.text[max(0, gold.start - CONTEXT) : gold.end + CONTEXT].replace("\n", " / ")
                made = [(e.original, e.replacement) for e in edits]
                yield f"missed [{case.subfamily}] {gold.original!r} → {gold.correction!r}: {around!r}; edits {made}"
        for wrong in (*score.wrong, *score.false_alarms):
            yield f"wrong [{case.subfamily}] {wrong} ({case.source})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--misses",
        action="append",
        choices=FAMILIES,
        metavar="FAMILY",
        help="print every miss and wrong edit of this family with its context, instead of the results",
    )
    arguments = parser.parse_args()
    if arguments.misses:
        for line in misses(arguments.misses):
            print(line)
        return
    try:
        section = run()
    except MissingData as error:
        section = Section(TITLE, f"Skipped: {error}")
    write_results(section, RESULTS, "python -m benchmarks.mechanical")


if __name__ == "__main__":
    main()
