"""What clean English news says of a word the lost-apostrophe rule reads: from a table shipped with
translit (``glossaries/derived/news-usage.tsv.gz``, built by ``tools/build_news_usage.py`` from clean
English news), which counts, for each word,

- for a word that the word classes list as a noun and as a verb or an adjective: how often it stands
  after a determiner or a possessive ("the draft", "Kyiv's draft": a noun, or an adjective before one),
  how often after "to", a modal or a subject pronoun ("to draft", "they draft": a verb), and how often
  after a form of "be" or an adverb of degree ("is responsible", "very present": an adjective of its own);
- how often news writes its singular possessive ("government's") and its plural possessive
  ("governments'").

"the governments draft reform" is the government's draft: news writes "draft" as a noun (after a determiner,
never as a verb), and "government's" far more often than "governments'". "the governments plan to" stays
("plan" is a verb too, after "to" or a modal about one time in three), and so does "the friends group"
("friends'" is about as common as "friend's": a plural of people, whose possessive may be either). Read
once, at the first question, so that a run that never asks does not pay for it.

>>> is_used_as_a_noun("budget"), is_used_as_a_noun("plan"), is_used_as_a_noun("bark")
(True, False, False)
>>> owns_alone("government"), owns_alone("friend")
(True, False)
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from translit.gazetteer.paths import shipped_table_text

TABLE = "derived/news-usage.tsv.gz"
#: The words before a noun that the table counts: determiners of a singular noun (not "her", also an
#: object pronoun before a verb: "let her go"), and any possessive in "'s".
NOUN_BEFORE = frozenset("the a an this his its their our my your".split())
#: The words before a verb that the table counts: "to", the modals, the subject pronouns of a plural verb,
#: and the negated auxiliaries.
VERB_BEFORE = frozenset(
    "to will would can could should must may might they we i you "
    "don't didn't doesn't won't can't couldn't wouldn't shouldn't".split()
)
#: The words before an adjective of its own that the table counts: the forms of "be", and adverbs of
#: degree (not "more", "most", "less", which count nouns too: "more money").
ADJECTIVE_BEFORE = frozenset("is are was were be been being very so too quite".split())
#: Words whose "'s" is "is", "has" or "us", never a possessive ("it's", "let's").
CONTRACTED = frozenset("it he she that there what who here where let how when why".split())
#: How many times as often a word must follow a determiner as a verb's or an adjective's markers (plus
#: one) to be a noun: at least this many times after a determiner, where it never follows one of them.
NOUN_RATIO = 5
#: The least share of a noun's possessives that news must write as the singular's ("government's", not
#: "governments'") for its "s" form before what it owns to be the singular's, counted by Laplace's rule of
#: succession (one more of each, for what the counts have not seen): at least 3 of 3, 7 of 8, 23 of 28.
SINGULAR_SHARE = 0.8


class Usage(NamedTuple):
    """How often news writes a word: after a determiner, after a verb's markers, after an adjective's, as
    "word's", as "words'"."""

    as_noun: int = 0
    as_verb: int = 0
    as_adjective: int = 0
    singular_possessive: int = 0
    plural_possessive: int = 0


def is_used_as_a_noun(word: str) -> bool:
    """Whether news writes ``word`` (a noun, and a verb or an adjective by its classes) far more often as
    a noun (or before one)."""
    found = usage(word)
    return found.as_noun >= NOUN_RATIO * (found.as_verb + found.as_adjective + 1)


def owns_alone(noun: str) -> bool:
    """Whether news writes the singular possessive of ``noun`` far more often than its plural one."""
    found = usage(noun)
    singular, plural = found.singular_possessive, found.plural_possessive
    return (singular + 1) / (singular + plural + 2) >= SINGULAR_SHARE


def usage(word: str) -> Usage:
    """What the table counts of ``word`` in lower case (all 0 for a word it lacks)."""
    return _table().get(word, _NEVER)


_NEVER = Usage()


@functools.cache
def _table() -> dict[str, Usage]:
    table = {}
    for line in shipped_table_text(TABLE).splitlines():
        word, *counts = line.split("\t")
        table[word] = Usage(*map(int, counts))
    return table
