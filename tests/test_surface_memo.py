"""A surface memo answers a set of strings as its test answers each of them, however often it is asked
and whatever it has seen before (issue #18: rules ask per distinct surface, once per corpus)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.rules.tiny import GAZETTEER
from translit.document import read_document
from translit.names import memo
from translit.names.memo import SurfaceMemo

WORDS = st.frozensets(st.sampled_from(["Kyiv", "Kiev", "Zelensky", "Ukraine", "Odesa", "Lviv", "UN"]))


@given(st.lists(WORDS, max_size=6))
def test_the_memo_answers_as_its_test(asked):
    calls = []

    def long_word(_gazetteer, word):
        calls.append(word)
        return len(word) > 4

    memo_of_long_words = SurfaceMemo(long_word)
    for words in asked:
        assert memo_of_long_words.passing(GAZETTEER, words) == {w for w in words if len(w) > 4}
    assert len(calls) == len(set(calls))  # each string tested once


def test_a_full_memo_starts_afresh(monkeypatch):
    monkeypatch.setattr(memo, "MAX_REMEMBERED", 2)
    capitalized = SurfaceMemo(lambda _gazetteer, word: word[:1].isupper())
    assert capitalized.passing(GAZETTEER, {"Kyiv", "kiev", "Lviv"}) == {"Kyiv", "Lviv"}
    assert capitalized.passing(GAZETTEER, {"Odesa", "un"}) == {"Odesa"}
    assert capitalized.passing(GAZETTEER, {"Kyiv"}) == {"Kyiv"}


def test_a_per_document_value_is_worked_out_once_for_each_document():
    calls = []

    @memo.per_document
    def words(document):
        calls.append(document.text)
        return len(document.text.split())

    first, second = (read_document(text, GAZETTEER) for text in ("Kyiv is calm.", "Odesa and Lviv too."))
    assert [words(first), words(second), words(first), words(second)] == [3, 4, 3, 4]
    assert calls == ["Kyiv is calm.", "Odesa and Lviv too."]
