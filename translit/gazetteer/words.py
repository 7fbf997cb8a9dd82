"""How common a word is in English: wordfreq's Zipf frequency from a table shipped with translit.

The table (``glossaries/words/en-frequencies.tsv.gz``, built by ``tools/build_word_frequencies.py``
from wordfreq's English list, CC BY-SA 4.0) holds every word wordfreq knows with its frequency, so
:func:`zipf` gives what ``wordfreq.zipf_frequency(word, "en")`` gives — checked word for word in
``tests/test_words.py`` — without the 58 MB package at run time. Words are split and normalized as
wordfreq does for English text (case folded, curly apostrophes straightened, the frequencies of several
tokens combined); a token holding a digit is not looked up (wordfreq estimates numbers by their shape)
and scores 0, as any unknown word does.

>>> zipf("the"), zipf("The"), zipf("Kyiv") > 3, zipf("Udonetsk")
(7.73, 7.73, True, 0.0)
"""

from __future__ import annotations

import functools
import math

import regex

from translit.gazetteer.bulk import paused_garbage_collection
from translit.gazetteer.paths import shipped_table_text

TABLE = "words/en-frequencies.tsv.gz"
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:'[\p{L}\p{M}\p{N}_]+)*")
_DIGIT = regex.compile(r"\p{N}")


@functools.lru_cache(maxsize=131072)  # the capitalized words of news text recur in every article
def zipf(word: str) -> float:
    """The word's frequency in English on the Zipf scale: log10 of its count per billion words (about 7.7
    for "the", 3 for "Kyiv"); 0 for a word not in the table."""
    tokens = _TOKEN.findall(word.replace("’", "'").casefold())
    if not tokens:
        return 0.0
    inverse = 0.0
    for token in tokens:
        centibels = None if _DIGIT.search(token) else _TABLE.get(token)
        if centibels is None:
            return 0.0
        inverse += 1.0 / 10 ** (-int(centibels) / 100)
    combined = 1.0 / inverse  # wordfreq's rule for several tokens: 1/f = 1/f1 + 1/f2 + ...
    significant = round(combined, math.floor(-math.log10(combined)) + 3)  # wordfreq keeps 3 digits
    return round(math.log10(significant) + 9, 2)


class _FrequencyTable:
    """Word -> its frequency in centibels, as the table writes it (frequency = 10 ** (-centibels / 100)).

    Indexing the table's 321,000 words in a dict takes a tenth of a second, which a short run (a one-line
    clean asks about a few dozen words) need not pay: the first :data:`SEARCHED_LOOKUPS` words are found
    by searching the table's text (about 2 ms for a word it lacks, less for a common one, which stands
    near the top), and the table is indexed at the next one (:func:`_index`), after which its text is
    dropped. Read by splitting the table's text, a slice at a time, and converted only when a word is
    looked up: a loop over its lines took a third of a second.
    """

    def __init__(self) -> None:
        self._lookups = 0
        self._index: dict[str, str] | None = None

    def get(self, word: str) -> str | None:
        if self._index is not None:
            return self._index.get(word)
        self._lookups += 1
        if self._lookups > SEARCHED_LOOKUPS:
            self._index = _index(_text())
            _text.cache_clear()  # the index holds every word: the table's text (16 MB) is searched no more
            return self._index.get(word)
        text = _text()
        found = text.find(f"\n{word}\t")  # a word holds neither a tab nor a line break (see _TOKEN)
        if found < 0:
            return None
        start = found + len(word) + 2
        return text[start : text.index("\n", start)]


#: How many words are looked up by searching the table's text before it is indexed.
SEARCHED_LOOKUPS = 32
_TABLE = _FrequencyTable()


@functools.cache
def _text() -> str:
    """The table's lines, from a line break (so that every word stands after one) to the last one's end."""
    return "\n" + shipped_table_text(TABLE)


#: How many characters of the table's text are split at a time (about 20,000 lines) when indexing it.
INDEXED_CHARACTERS = 1 << 18


def _index(text: str) -> dict[str, str]:
    """Word -> centibels, a slice of the text at a time, each value one string per distinct value.

    The table's 321,000 values are a few hundred distinct strings, so the index keeps one of each (16 MB
    less). Splitting the whole text at once made every cell (35 MB) at once, memory the process kept:
    a slice's cells are freed before the next slice is split, into the same memory."""
    index: dict[str, str] = {}
    distinct: dict[str, str] = {}
    with paused_garbage_collection():
        start = 1
        while start < len(text):
            end = text.find("\n", start + INDEXED_CHARACTERS)  # the slice ends at a line's end
            end = len(text) - 1 if end < 0 else end  # the text ends in \n
            cells = text[start:end].replace("\t", "\n").split("\n")  # word, centibels, word, ...
            centibels = cells[1::2]
            index.update(zip(cells[0::2], map(distinct.setdefault, centibels, centibels), strict=True))
            start = end + 1
    return index
