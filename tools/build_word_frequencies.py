"""Build ``glossaries/words/en-frequencies.tsv.gz``: English word frequencies for translit.gazetteer.words.

    pip install 'translit[sources]'      # wordfreq, needed here only
    python -m tools.build_word_frequencies

The table is wordfreq's English word list ("best": the large list), every word with its frequency
bucket in centibels (the unit wordfreq stores: frequency = 10 ** (-cB / 100)), so that
:func:`translit.gazetteer.words.zipf` gives wordfreq's ``zipf_frequency`` for any word without
installing wordfreq (58 MB, declared unmaintained by its author) at run time. Licence of the data:
CC BY-SA 4.0 (wordfreq's data; see glossaries/README.md and NOTICE).
"""

from __future__ import annotations

import math
from importlib.metadata import version
from pathlib import Path

from tools.gzip_table import write_table

OUTPUT = Path(__file__).resolve().parents[1] / "glossaries" / "words" / "en-frequencies.tsv.gz"


def main() -> None:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict("en", wordlist="best")
    rows = sorted(((round(-100 * math.log10(f)), word) for word, f in frequencies.items()))
    lines = [f"# English word frequencies from wordfreq {version('wordfreq')} (wordlist 'best'), CC BY-SA 4.0",
             "# word<TAB>centibels: frequency = 10 ** (-centibels / 100)"]  # fmt: skip
    lines += [f"{word}\t{centibels}" for centibels, word in rows]
    write_table(OUTPUT, lines, f"{len(rows)} words")


if __name__ == "__main__":
    main()
