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

import gzip
import math
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "glossaries" / "words" / "en-frequencies.tsv.gz"


def main() -> None:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict("en", wordlist="best")
    rows = sorted(((round(-100 * math.log10(f)), word) for word, f in frequencies.items()))
    lines = [f"# English word frequencies from wordfreq {_version()} (wordlist 'best'), CC BY-SA 4.0",
             "# word<TAB>centibels: frequency = 10 ** (-centibels / 100)"]  # fmt: skip
    lines += [f"{word}\t{centibels}" for centibels, word in rows]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same list gives the same bytes
    OUTPUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUTPUT}: {len(rows)} words, {OUTPUT.stat().st_size / 2**20:.2f} MiB")


def _version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


if __name__ == "__main__":
    main()
