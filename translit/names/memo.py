"""Answers worked out once and asked again: a test of a string per gazetteer, and a value per document.

A test of a string that depends on the string and the gazetteer alone is asked of a whole set at once.

Rules ask the same question of each distinct surface or word of every document ("does it name a
person?"), and across a corpus the same few thousand strings recur. So a :class:`SurfaceMemo` keeps the
strings that passed and those that failed, and answers a document's set of strings with set operations,
in C: only strings never seen before are tested in Python.

>>> class AnyGazetteer:  # the test below reads none
...     pass
>>> long_words = SurfaceMemo(lambda gazetteer, word: len(word) > 4)
>>> sorted(long_words.passing(AnyGazetteer(), {"Kyiv", "Zelensky", "Ukraine"}))
['Ukraine', 'Zelensky']

A value several rules read of one document is worked out by the first to ask and kept in the document
(:func:`per_document`), as a cached property is: a batch (:meth:`translit.pipeline.Pipeline.detect_many`)
runs each rule over many documents before the next rule, so "the last document asked" would not do.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Set
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Gazetteer

T = TypeVar("T")

#: Strings kept per gazetteer and test: beyond this many, a long corpus starts afresh.
MAX_REMEMBERED = 200_000

#: The strings that passed a test, and every string tested: one set to take from a document's strings,
#: where the passed and the failed would be two.
Answers = tuple[set[str], set[str]]


class SurfaceMemo:
    """The strings that pass ``test(gazetteer, string)``, remembered per gazetteer."""

    def __init__(self, test: Callable[[Gazetteer, str], bool]) -> None:
        self._test = test
        self._answers: weakref.WeakKeyDictionary[Gazetteer, Answers] = weakref.WeakKeyDictionary()
        # the gazetteer asked last and its answers: one pipeline asks again and again
        self._last: tuple[weakref.ref[Gazetteer], Answers] | None = None

    def passing(self, gazetteer: Gazetteer, strings: Set[str]) -> Set[str]:
        """Those of ``strings`` that pass the test."""
        last = self._last  # one read: another thread may replace it meanwhile
        answers = last[1] if last is not None and last[0]() is gazetteer else self._remembered(gazetteer)
        passed, tested = answers
        unseen = strings - tested
        if unseen:
            passed.update([string for string in unseen if self._test(gazetteer, string)])
            tested |= unseen
            if len(tested) > MAX_REMEMBERED:
                self._last = None
                self._answers.pop(gazetteer, None)  # the next question starts afresh
        return strings & passed

    def _remembered(self, gazetteer: Gazetteer) -> Answers:
        answers = self._answers.get(gazetteer)
        if answers is None:
            answers = self._answers[gazetteer] = (set(), set())
        self._last = (weakref.ref(gazetteer), answers)
        return answers


def per_document(function: Callable[[Document], T]) -> Callable[[Document], T]:
    """``function``, worked out once per document: the value is kept in the document's ``__dict__`` (where
    :class:`translit.lazy.cached_property` keeps its values), so it lives and dies with the document."""
    key = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def once(document: Document) -> T:
        kept = document.__dict__
        if key in kept:
            return kept[key]
        value = kept[key] = function(document)
        return value

    return once
