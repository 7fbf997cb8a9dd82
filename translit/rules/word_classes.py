"""Which parts of speech an English word form can be: noun, verb, adjective, adverb.

From a table shipped with translit (``glossaries/words/en-word-classes.tsv.gz``, built by
``tools/build_word_classes.py`` from LemmInflect's lookup of the SPECIALIST Lexicon): the lost-apostrophe
rule asks whether the word after "the dogs" can be a verb ("the dogs bark") or only a noun ("the dogs
metabolism"). A word the lexicon writes only with a capital is a name (``NAME``: "Zealand", "Patrick"),
no common noun. Words the table lacks (function words, rare words, most names) have no class. Read once, at
the first question (about 30 ms), so that a run that never asks does not pay for it.

>>> classes("metabolism"), classes("point"), classes("Home"), classes("the"), classes("Zealand")
('n', 'nv', 'nvar', '', 'p')
"""

from __future__ import annotations

import functools

from translit.gazetteer.paths import shipped_table_text

TABLE = "words/en-word-classes.tsv.gz"
NOUN, VERB, ADJECTIVE, ADVERB, NAME = "n", "v", "a", "r", "p"


def classes(word: str) -> str:
    """The letters of the classes ``word`` can be (``NOUN``, ``VERB``, ``ADJECTIVE``, ``ADVERB``; or
    ``NAME`` alone), in lower case; "" for a word the table lacks."""
    return _table().get(word.lower(), "")


def is_noun_only(word: str) -> bool:
    """A noun that can be neither verb nor adverb ("metabolism", "country"; not "bark", "home")."""
    found = classes(word)
    return NOUN in found and VERB not in found and ADVERB not in found


def is_adjective_only(word: str) -> bool:
    """An adjective that can be no noun, verb or adverb ("cute", "directional")."""
    return classes(word) == ADJECTIVE


@functools.cache
def _table() -> dict[str, str]:
    return dict(line.split("\t") for line in shipped_table_text(TABLE).splitlines())
