"""Things made on first use: a cached property without a lock, and patterns compiled when first needed.

A cached property without a lock is for the objects one call of the pipeline makes and alone reads.

:func:`functools.cached_property` of Python 3.11 takes a lock on every first access, one lock per
property shared by every instance of the class (Python 3.12 dropped it: it serialized unrelated
instances across threads). A document, its page of lines and its source view are made per call and
never shared between threads, so the lock guards nothing there; those objects ask for a few thousand
properties a corpus pass (speed profile: 784 documents, about 5,000 first accesses per clean).
Like ``functools.cached_property``, the value is stored in the instance's ``__dict__`` (so it works on
a frozen dataclass too), where it shadows this descriptor from then on.

A pattern compiled when first needed is for a rule whose costly part stands behind a fast test (a set
lookup of a line's first word): most runs never get there, and compiling the pattern would add to every
start-up of the command line, at tens of milliseconds for the long ones.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

import regex

T = TypeVar("T")


class cached_property(Generic[T]):  # noqa: N801 - named and used as functools.cached_property is
    """``functools.cached_property`` without the lock (see the module docstring)."""

    def __init__(self, function: Callable[[Any], T]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


def pattern(source: str) -> Callable[[], regex.Pattern[str]]:
    """A function that compiles ``source`` with :mod:`regex` when first called and returns the same
    pattern from then on."""
    return functools.cache(lambda: regex.compile(source))
