"""The spans of a text that may be a name: runs of capitalized words, and every sub-run of them.

"TPP Chairman Huang Kuochang" is one run; the name in it may start at any of its words, so every
sub-run of up to :data:`MAX_WORDS` words is a candidate. A run may go on in lower-case romanized
syllables, as MT writes them ("Ko Wen je", "Tsai Ing wen"), a stray space before a hyphen too ("Ma Ying
-jeou").

>>> text = "TPP Chairman Huang Kuochang met Ko Wen je."
>>> [run.group() for run in RUN.finditer(text)]
['TPP Chairman Huang Kuochang', 'Ko Wen']
>>> run = "TPP Chairman Huang Kuochang"
>>> [run[start:end] for start, end in sub_runs(run)][6:9]
['Chairman', 'Huang Kuochang', 'Huang']
>>> text[:lower_case_syllables_after(text, text.index(" je"))]
'TPP Chairman Huang Kuochang met Ko Wen je'
"""

from __future__ import annotations

import functools
import re

import regex

from translit.gazetteer.words import zipf
from translit.names.korean import is_syllable as is_korean_syllable
from translit.names.romanization import syllabify

#: A name has at most this many words ("Lee Jae Myong", "Tsai Ing wen", "Kim Jong Un").
MAX_WORDS = 4
#: ... of which at most this many trailing lower-case syllables ("Ko Wen je").
MAX_LOWER_CASE_WORDS = 2
#: A lower-case word this common is English ("he", "an"), not a syllable of a name.
COMMON_LOWER_CASE_ZIPF = 5.0
#: ... and one this rare ("loong") may be part of a name, syllable or not.
RARE_LOWER_CASE_ZIPF = 3.0
#: So may a word this short that is not common, as a romanized Korean syllable is ("hye", "soo").
MAX_SHORT_SYLLABLE_LETTERS = 4
#: A run of capitalized words, each maybe hyphenated ("Ing-wen") or with an apostrophe ("Ch'en",
#: "Taiwan's"). Deliberately simple, since it runs over every text: the standard library's engine with an
#: ASCII capital first is the fastest scan, and a run that starts inside a word ("iPhone") is told by
#: :func:`starts_a_word`, a trailing possessive by :func:`without_possessive`, only for the rare runs
#: that could be a name. Names written with a non-ASCII capital first (Ünal) are not found. The
#: quantifiers are possessive: no word character is a space, so giving one back never helps a match, and
#: not offering to saves a tenth of the scan.
RUN = re.compile(r"[A-Z][\w'’‐‑-]*+(?: [A-Z][\w'’‐‑-]*+)*+")
#: :data:`RUN` as it reads in a text's capital image (:func:`translit.rules.shapes.capital_image`: every
#: ASCII capital "U", every other ASCII character itself). In an ASCII text it matches where RUN matches,
#: character for character: RUN's word characters there are the letters, digits, "_", "'" and "-" that
#: ``[\w'-]`` takes in bytes, and a character is a capital exactly where the image holds a "U". It starts
#: with a literal, which the engine finds by a fast search instead of trying a class at every character:
#: a third less time than RUN over the text.
RUN_IN_CAPITAL_IMAGE = re.compile(rb"U[\w'-]*+(?: U[\w'-]*+)*+")
_WORD_CHARACTER = re.compile(r"[\w'’‐‑-]")
POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_CASE_WORD = regex.compile(r" -?(\p{Ll}{1,6})(?![\p{L}\p{N}\-‐‑])(?!['’](?!s(?![\p{L}\p{N}])))")
#: The same in an ASCII text, where its classes hold ASCII characters only: the standard library's engine
#: matches it a few times faster, and most texts are ASCII.
_ASCII_LOWER_CASE_WORD = re.compile(r" -?([a-z]{1,6})(?![A-Za-z0-9-])(?!'(?!s(?![A-Za-z0-9])))")
_WORD_IN_RUN = regex.compile(r"[^ ]+")


def starts_a_word(text: str, start: int) -> bool:
    """Whether a run found at ``start`` starts a word (not "Phone" in "iPhone")."""
    return start == 0 or not _WORD_CHARACTER.match(text, start - 1)


def without_possessive(run: str) -> str:
    """The run without a possessive at its end: "Tsai Ing-wen's" -> "Tsai Ing-wen"."""
    return POSSESSIVE.sub("", run)


def sub_runs(run: str) -> list[tuple[int, int]]:
    """The (start, end) in ``run`` of its sub-runs of at most :data:`MAX_WORDS` words, longest first
    from each capitalized word."""
    words = [(m.start(), m.end()) for m in _WORD_IN_RUN.finditer(run)]
    return [
        (words[first][0], words[last][1])
        for first in range(len(words))
        if run[words[first][0]].isupper()
        for last in range(min(len(words), first + MAX_WORDS) - 1, first - 1, -1)
    ]


def lower_case_follows(text: str, end: int) -> bool:
    """Whether a lower-case word may follow the space at ``end``, maybe after a hyphen ("Ko Wen je", "Ma
    Ying -jeou"): a cheap test before :func:`lower_case_syllables_after`."""
    after = text[end + 1 : end + 3]
    return after[:1].islower() or (after[:1] == "-" and after[1:].islower())


def lower_case_syllables_after(text: str, end: int) -> int:
    """Where a run that ends at ``end`` ends once the lower-case romanized syllables that continue a
    name are added: "je" in "Ko Wen je"."""
    for _ in range(MAX_LOWER_CASE_WORDS):
        match = _lower_case_word(text, end)
        if not match or not _may_continue_a_name(match.group(1)):
            break
        end = match.end()
    return end


def lower_case_word_after(text: str, end: int) -> int:
    """Where the lower-case word right after ``end`` ends if it reads as a romanized syllable, English or
    not ("in" in "Moon Jae in"; not "said"), else 0."""
    match = _lower_case_word(text, end)
    return match.end() if match and _is_a_syllable(match.group(1)) else 0


def may_go_on_after(text: str, end: int) -> bool:
    """Whether the lower-case word after the space at ``end`` may add to a name before it: by
    :func:`lower_case_syllables_after` (it may continue a name) or :func:`lower_case_word_after` (it reads
    as a syllable). Where it may not ("United States said"), a run that matches nothing stays so."""
    match = _lower_case_word(text, end)
    return match is not None and (_may_continue_a_name(match.group(1)) or _is_a_syllable(match.group(1)))


def _lower_case_word(text: str, end: int) -> re.Match[str] | regex.Match[str] | None:
    """The lower-case word of at most six letters after the space at ``end`` (and maybe a hyphen: MT's
    "Ma Ying -jeou"), standing alone or before a possessive ("Ko Wen je's")."""
    return (_ASCII_LOWER_CASE_WORD if text.isascii() else _LOWER_CASE_WORD).match(text, end)


@functools.lru_cache(maxsize=4096)
def _is_a_syllable(word: str) -> bool:
    return bool(syllabify(word)) or is_korean_syllable(word)


@functools.lru_cache(maxsize=65536)
def _may_continue_a_name(word: str) -> bool:
    """A romanized syllable that is no common English word ("je", "wen", Korean "hye", "soo"; not "he",
    "are", "to"), or a word rare in English ("loong" in "Lee Hsien loong"): whether it is part of a
    name, the name index decides."""
    frequency = zipf(word)
    if frequency < RARE_LOWER_CASE_ZIPF:
        return True
    short = len(word) <= MAX_SHORT_SYLLABLE_LETTERS
    return frequency < COMMON_LOWER_CASE_ZIPF and (short or any(len(s) == 1 for s in syllabify(word)))
