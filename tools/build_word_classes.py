"""Build ``glossaries/words/en-word-classes.tsv.gz``: which parts of speech an English word form can be.

    pip install 'translit[sources]'      # lemminflect, needed here only
    python -m tools.build_word_classes

The table is LemmInflect's lemma lookup (its ``lemma_lu.csv.gz``: every inflected form of the SPECIALIST
Lexicon of the US National Library of Medicine, with the part of speech of each lemma it inflects),
folded to one line per form in lower case: the form and the letters of the classes it can be, ``n``
noun, ``v`` verb, ``a`` adjective, ``r`` adverb ("metabolism n", "point nv"); a form the lexicon writes
only with a capital is a name, ``p`` ("zealand p", "patrick p"; "china n": the lexicon also writes
"china"), so that a rule asking for a common noun does not take a name for one. Forms English writes less
often than ``MIN_ZIPF`` (rare medical terms, mostly) are left out: the rules ask about the words of news.
Read by :mod:`translit.rules.word_classes` (the lost-apostrophe rule: "the dogs metabolism", where the
word after "dogs" can be no verb). Licences: LemmInflect's code and data are MIT (Brad Jascob), the
lexicon's terms ask that NLM be credited as its source (see glossaries/README.md and NOTICE).
"""

from __future__ import annotations

import csv
import gzip
import io
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from tools.gzip_table import write_table
from translit.gazetteer.words import zipf

OUTPUT = Path(__file__).resolve().parents[1] / "glossaries" / "words" / "en-word-classes.tsv.gz"
#: The least common form (Zipf) the table keeps: a word seen about once in a hundred million.
MIN_ZIPF = 1.0
#: LemmInflect's categories, by the letter the table writes for each (its auxiliaries are verbs too).
LETTERS = {"noun": "n", "verb": "v", "aux": "v", "adj": "a", "adv": "r"}
ORDER = "nvar"
#: The letter of a form the lexicon writes only with a capital: a name.
NAME = "p"


def main() -> None:
    table = files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    classes: dict[str, set[str]] = {}
    written_in_lower_case = set()
    with gzip.open(io.BytesIO(table.read_bytes()), "rt", encoding="utf-8") as rows:
        for form, category, _lemmas in csv.reader(rows):
            word = form.lower()
            if word.isascii() and word.isalpha() and zipf(word) >= MIN_ZIPF:
                classes.setdefault(word, set()).add(LETTERS[category])
                if form == word:
                    written_in_lower_case.add(word)
    for word in classes.keys() - written_in_lower_case:
        classes[word] = {NAME}
    lines = [
        f"# English word classes from LemmInflect {version('lemminflect')} (SPECIALIST Lexicon, NLM), MIT",
        "# word<TAB>classes: n noun, v verb, a adjective, r adverb; p a name (written only with a capital)",
    ]
    lines += [
        f"{word}\t{''.join(c for c in ORDER + NAME if c in found)}" for word, found in sorted(classes.items())
    ]
    write_table(OUTPUT, lines, f"{len(classes)} word forms")


if __name__ == "__main__":
    main()
