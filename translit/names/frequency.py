"""How common a word is in English text: one cached look-up, shared by the name rules.

wordfreq tokenizes and normalizes each word it is asked about, which costs far more than a dictionary
look-up; the capitalized words of news text recur, so each is asked once.
"""

from __future__ import annotations

import functools

from wordfreq import zipf_frequency


@functools.lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """The word's frequency in English on the Zipf scale (about 7 for "the", 0 for unseen words)."""
    return zipf_frequency(word, "en")
