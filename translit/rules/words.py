"""How common a word is in English (wordfreq's Zipf scale), cached: the mechanical rules ask it of many
tokens, and one uncached lookup costs about 20 µs."""

from __future__ import annotations

import functools

from wordfreq import zipf_frequency

#: Distinct words asked about per process before the oldest answers are forgotten.
CACHED_WORDS = 1 << 16


@functools.lru_cache(maxsize=CACHED_WORDS)
def english_zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (lower-cased) in English: 7 for "the", 0 for no word at all."""
    return zipf_frequency(word.lower(), "en")
