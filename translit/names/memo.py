"""A test of a string that depends on the string and the gazetteer alone, asked of a whole set at once.

Rules ask the same question of each distinct surface or word of every document ("does it name a
person?"), and across a corpus the same few thousand strings recur. So a :class:`SurfaceMemo` keeps the
strings that passed and those that failed, and answers a document's set of strings with set operations,
in C: only strings never seen before are tested in Python.

>>> class AnyGazetteer:  # the test below reads none
...     pass
>>> long_words = SurfaceMemo(lambda gazetteer, word: len(word) > 4)
>>> sorted(long_words.passing(AnyGazetteer(), {"Kyiv", "Zelensky", "Ukraine"}))
['Ukraine', 'Zelensky']
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Set
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from translit.gazetteer import Gazetteer

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
