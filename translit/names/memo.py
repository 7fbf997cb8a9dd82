"""A test of a string that depends on the string and the gazetteer alone, asked of a whole set at once.

Rules ask the same question of each distinct surface or word of every document ("does it name a
person?"), and across a corpus the same few thousand strings recur. So a :class:`SurfaceMemo` keeps the
strings that passed and those that failed, and answers a document's set of strings with set operations,
in C: only strings never seen before are tested in Python.

>>> long_words = SurfaceMemo(lambda gazetteer, word: len(word) > 4)
>>> sorted(long_words.passing(None, {"Kyiv", "Zelensky", "Ukraine"}))
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


class SurfaceMemo:
    """The strings that pass ``test(gazetteer, string)``, remembered per gazetteer."""

    def __init__(self, test: Callable[[Gazetteer | None, str], bool]) -> None:
        self._test = test
        # gazetteer -> (strings that passed, strings that failed); None (no gazetteer) is kept apart
        self._answers: weakref.WeakKeyDictionary[Gazetteer, tuple[set[str], set[str]]] = (
            weakref.WeakKeyDictionary()
        )
        self._without_gazetteer: tuple[set[str], set[str]] = (set(), set())

    def passing(self, gazetteer: Gazetteer | None, strings: Set[str]) -> Set[str]:
        """Those of ``strings`` that pass the test."""
        passed, failed = self._remembered(gazetteer)
        for string in strings - passed - failed if passed or failed else strings:
            (passed if self._test(gazetteer, string) else failed).add(string)
        return strings & passed

    def _remembered(self, gazetteer: Gazetteer | None) -> tuple[set[str], set[str]]:
        answers = self._without_gazetteer if gazetteer is None else self._answers.get(gazetteer)
        if answers is None or len(answers[0]) + len(answers[1]) > MAX_REMEMBERED:
            answers = (set(), set())
            if gazetteer is None:
                self._without_gazetteer = answers
            else:
                self._answers[gazetteer] = answers
        return answers
