"""Build ``glossaries/derived/news-usage.tsv.gz``: how clean English news writes the words the
lost-apostrophe rule reads (:mod:`translit.rules.apostrophe.usage`).

    python -m tools.build_news_usage        # reads ../shared/data/english (or $TRANSLIT_SHARED)

"the governments draft reform" is "the government's draft reform" only if "draft" is a noun there (after a
plural subject it could be a verb: "the governments draft laws") and if the possessive is a government's,
not several's ("the friends group" may be the friends'). The word classes say that "draft" can be either,
and wordfreq cannot see apostrophes at the end of a word; this table counts what English news writes:

- for each word that the word classes list as a noun and as a verb or an adjective, how often it stands
  after a determiner or a possessive ("the draft", "its draft", "Kyiv's draft": a noun), how often after
  "to", a modal or a subject pronoun ("to draft", "will draft", "they draft": a verb), and how often after a
  form of "be" or an adverb of degree ("is responsible", "very present": an adjective);
- for each word in lower case, how often it is written with "'s" ("government's") and how often its "s"
  form with an apostrophe after it ("governments'").

Counts of single words only: no sentence or phrase of the text is stored.

The text: the unique lines of ``data/english/*.en`` (WMT 2021-2023 test sets: English originals and human
translations into English), less every line the mechanical benchmark's lost-apostrophe cases are made from
(:data:`BENCHMARK_SEEDS`: its seed and the eight further seeds its apostrophe results are checked on), the
same line of every other file of the same test set and source language (another translation of it), and
any line identical to one of them; the WMT Chinese-English references (``data/wmt``), on which
``benchmarks.do_no_harm`` measures, are not read at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from benchmarks import mechanical
from benchmarks.common import ENGLISH, read_lines, require
from tools.gzip_table import write_table
from translit.rules.apostrophe.usage import (
    ADJECTIVE_BEFORE,
    CONTRACTED,
    NOUN_BEFORE,
    TABLE,
    VERB_BEFORE,
    Usage,
)
from translit.rules.word_classes import ADJECTIVE, NOUN, VERB, classes

OUTPUT = Path(__file__).resolve().parents[1] / "glossaries" / TABLE
#: The seeds of the mechanical benchmark whose lost-apostrophe carriers are left out of the text.
BENCHMARK_SEEDS = (mechanical.SEED, *range(1, 9))
#: A word, with the apostrophe and letters of a contraction or a possessive ("Kyiv's", "don't").
_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_SINGULAR_POSSESSIVE = re.compile(r"(?<![\w'’-])([a-z]+)['’]s\b")
_PLURAL_POSSESSIVE = re.compile(r"(?<![\w'’-])([a-z]+)s['’](?![\w'’])")


def main() -> None:
    lines = training_text()
    header = [
        "# How English news writes the words the lost-apostrophe rule reads, by tools/build_news_usage.py",
        f"# Counted over {len(lines)} unique lines of shared/data/english (WMT 2021-2023 test sets, English"
        " side: public research data of the WMT conference); counts of single words only, no text",
        "# Left out: the lines of the mechanical benchmark's lost-apostrophe cases (seeds "
        + ", ".join(map(str, BENCHMARK_SEEDS))
        + "), their other translations, and every WMT Chinese-English reference (data/wmt is not read)",
        "# word<TAB>after a determiner or a possessive<TAB>after to, a modal or a subject pronoun"
        "<TAB>after a form of be or an adverb of degree<TAB>as word's<TAB>as words'",
    ]
    found = rows(lines)
    write_table(OUTPUT, [*header, *found], f"{len(found)} words")


def training_text() -> list[str]:
    """The lines counted: ``data/english`` less the held-out lines (see the module's docstring)."""
    files = {path.name: read_lines(path) for path in sorted(require(ENGLISH).glob("*.en"))}
    return training_lines(files, held_out(files))


def rows(lines: Iterable[str]) -> list[str]:
    """The table's rows for ``lines``: each word and its counts, by word."""
    return [f"{word}\t" + "\t".join(map(str, found)) for word, found in sorted(count(lines).items())]


def held_out(files: dict[str, list[str]]) -> set[tuple[tuple[str, str], int]]:
    """The (file group, line index) of every line a lost-apostrophe case of :data:`BENCHMARK_SEEDS` is made
    from: each case is a window of consecutive lines, whose source names its file and first line."""
    documents = mechanical.documents()
    lines = set()
    for seed in BENCHMARK_SEEDS:
        for case in mechanical.injected(seed, documents):
            folder_and_name, first = case.source.rsplit(":", 1)
            name = folder_and_name.split("/")[-1]
            if case.family == "apostrophe" and name in files:
                lines.update((_group(name), int(first) - 1 + i) for i in range(mechanical.LINES))
    return lines


def training_lines(files: dict[str, list[str]], held: set[tuple[tuple[str, str], int]]) -> list[str]:
    """The unique lines of ``files`` less the held-out ones, wherever they stand: at the same index of
    another file of the same group, or identical in any file."""
    left_out = {
        line
        for name, lines in files.items()
        for index, line in enumerate(lines)
        if (_group(name), index) in held
    }
    return sorted({line for lines in files.values() for line in lines if line and line not in left_out})


def _group(name: str) -> tuple[str, str]:
    """The test set and source language of a file ("generaltest2022", "de" for ...de-en.ref.A.en): its
    files are translations of one text, line by line."""
    test_set, pair = name.split(".")[:2]
    return test_set, pair.split("-")[0]


def count(lines: Iterable[str]) -> dict[str, Usage]:
    """Each word's :class:`Usage` in ``lines`` (only words with a count)."""
    nouns: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    adjectives: Counter[str] = Counter()
    singular: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    for line in lines:
        words = _WORDS.findall(line)
        for before, word in zip(words, words[1:]):
            found = classes(word)
            if not word.islower() or NOUN not in found or (VERB not in found and ADJECTIVE not in found):
                continue
            before = before.lower().replace("’", "'")
            if before in NOUN_BEFORE or _is_possessive(before):
                nouns[word] += 1
            elif before in VERB_BEFORE:
                verbs[word] += 1
            elif before in ADJECTIVE_BEFORE:
                adjectives[word] += 1
        singular.update(
            m.group(1) for m in _SINGULAR_POSSESSIVE.finditer(line) if m.group(1) not in CONTRACTED
        )
        plural.update(m.group(1) for m in _PLURAL_POSSESSIVE.finditer(line))
    words = nouns.keys() | verbs.keys() | adjectives.keys() | singular.keys() | plural.keys()
    return {
        word: Usage(nouns[word], verbs[word], adjectives[word], singular[word], plural[word])
        for word in words
    }


def _is_possessive(word: str) -> bool:
    """ "Kyiv's", not a contraction ("it's", "let's")."""
    return word.endswith("'s") and word[:-2] not in CONTRACTED


if __name__ == "__main__":
    main()
