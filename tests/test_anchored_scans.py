"""The anchored scans of document analysis find exactly what a scan of every position finds.

Three patterns of the protected-span finders are tried only where a match can start (issue #18): the cue
before a mentioned name (:func:`translit.metalinguistic._cues_before`), the quoted name
(:func:`translit.metalinguistic._quoted_names`) and the bare domain (:func:`translit.protect._domains`).
Each is compared, match for match, with the plain ``finditer`` of its pattern, on texts built to put
cues, quotation marks, separators and domain characters side by side.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import metalinguistic, protect

CUE_PIECES = (
    "spelled", "Spelt", "spellings", "written", "transliterated", "romanised", "rendered as", "known as",
    "referred to as", "a.k.a.", "AKA", "a.ka", "renamed", "renamed it as", "formerly", "previously",
    "originally", "alternatively spelled", "the name", "the old name", "its official name", "word",
    "term", "form", "is called", "now-called", "a town named", "was dubbed", "nicknamed", "platform",
    "callers", "information", "misnamed", "names", "Known", "a.k.a", "ak.a.", "Kiev", "Kyiv", "Lugansk", "New York", "Zelensky", "and", "or", ",", "/", "(", ")",
    "“", "”", '"', ".", "x", "ſpelled", "\u212aNOWN AS", "İ",
)  # fmt: skip
SEPARATORS = (" ", "  ", "\t", "-", " - ", "\n", "", ".", "'")

QUOTE_PIECES = (
    "Kiev", "Kyiv", "New York", "O'Brien", "Ōsaka", "the", "said", "“", "”", '"', "‘", "’", "'", "«", "»",
    "‹", "›", "「", "」", "『", "』", "x", "3", ".", ",", "İ", "É", "-", "Zelensky",
)  # fmt: skip
RENAMING_PIECES = (
    "renamed",
    "Renamed",
    "RESPELLED",
    "rebrand",
    "rebranded",
    "re",
    "named",
    "ſ",
    "Kiev",
    "was",
)

DOMAIN_PIECES = (
    "kiev", "ua", "com", "co", "uk", "news", "e.g", "a.m", "x", "3", "-", ".", "..", "@", "/", "Kiev",
    "www", "é", "_", "/path", "org", "io",
)  # fmt: skip


def texts(pieces: tuple[str, ...], separators: tuple[str, ...]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces)
    separator = st.sampled_from(separators)
    return st.lists(st.tuples(piece, separator), max_size=30).map(
        lambda parts: "".join(p + s for p, s in parts)
    )


@settings(max_examples=400, deadline=None)
@given(texts(CUE_PIECES, SEPARATORS))
def test_cues_before_are_the_pattern_s_matches(text: str) -> None:
    anchored = [m.span() + (m.span("names"),) for m in metalinguistic._cues_before(text)]
    scanned = [m.span() + (m.span("names"),) for m in metalinguistic._BEFORE().finditer(text)]
    assert anchored == scanned


@settings(max_examples=400, deadline=None)
@given(texts(QUOTE_PIECES, SEPARATORS))
def test_quoted_names_are_the_pattern_s_matches(text: str) -> None:
    quotes = tuple(index for index, (opening, _) in enumerate(metalinguistic._QUOTES) if opening in text)
    scanned = [m.span() for m in metalinguistic._quoted(quotes).finditer(text)] if quotes else []
    assert [m.span() for m in metalinguistic._quoted_names(text)] == scanned


@settings(max_examples=200, deadline=None)
@given(texts(RENAMING_PIECES, SEPARATORS))
def test_the_renaming_test_is_the_pattern_s_search(text: str) -> None:
    folded = metalinguistic._case_folded(text)
    assert metalinguistic._renames(text, folded) == bool(metalinguistic._RENAMING.search(text))


@settings(max_examples=400, deadline=None)
@given(texts(DOMAIN_PIECES, ("", ".", " ", "-", "/", ",")))
def test_domains_are_the_pattern_s_matches(text: str) -> None:
    assert [m.span() for m in protect._domains(text)] == [m.span() for m in protect._DOMAIN().finditer(text)]


def test_the_anchored_cue_scan_finds_cues_of_every_shape() -> None:
    """A few texts by hand, so that the comparison above is known to compare matches, not nothing."""
    text = "The city formerly spelled Kiev, the old name  Lugansk, a town-called Xian and a.k.a. Kyiv."
    found = [text[slice(*m.span("names"))] for m in metalinguistic._cues_before(text)]
    assert found == ["Kiev", "Lugansk", "Kyiv"]
    assert [text[slice(*m.span("names"))] for m in metalinguistic._BEFORE().finditer(text)] == found


def test_the_anchored_quote_scan_finds_names_in_every_mark() -> None:
    text = "The spelling “Kiev”, the word 'Lugansk' and « Kharkov » differ; \"the city\" is no name."
    found = [text[slice(*m.span())] for m in metalinguistic._quoted_names(text)]
    assert found == ["“Kiev”", "'Lugansk'", "« Kharkov »"]


def test_a_quoted_name_starts_with_an_ascii_capital_or_a_character_beyond_ascii() -> None:
    every_character = "".join(map(chr, range(0x110000)))
    starts = re.findall(metalinguistic._CAPITAL_OR_NOT_ASCII, every_character)
    assert starts == [c for c in every_character if "A" <= c <= "Z" or c >= "\x80"]


@pytest.mark.parametrize("unit", ["“A", "“漢", "'A", "\"A'", "“Α’", "“ A ", "‘Kiev’s "])
def test_the_quoted_name_scan_is_linear_in_a_text_of_marks_and_letters(unit):
    """The loosened shape reads a word only up to the next opening mark: no try reads on past the next
    one's start, so that a text of quotation marks and letters without a space stays linear (as
    tests/test_scaling.py: 1x against 8x the input, fastest of three; quadratic time gives a ratio of 64)."""
    texts = [unit * (2_000 * size) for size in (1, 8)]
    times: list[list[float]] = [[], []]
    for _ in range(3):
        for index, text in enumerate(texts):
            started = time.process_time()
            list(metalinguistic._quoted_names(text))
            times[index].append(time.process_time() - started)
    fast, slow = min(times[0]), min(times[1])
    if slow >= 0.02:  # below this a time is noise
        assert slow / max(fast, 1e-6) < 24, f"{unit!r}: {fast:.4f} s -> {slow:.4f} s"
