"""Non-canonical or inconsistent spellings of a known entity: one spelling per entity per article.

Four cases, all rewritten to the gazetteer's canonical spelling:
- a listed variant (a spelling that is simply wrong for the house);
- a pinyin key of an entity outside the Chinese-speaking world ("He Jinli" for 賀錦麗, Kamala Harris);
- a valid alternate spelling, or a pinyin key (Lai Qingde for 賴清德), in an article that also spells the
  entity another way (Lugansk beside Luhansk); used consistently, either is the house style's business;
- an unknown word that sounds like the surname of a person the article names (Heday beside Serhiy Haidai).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

import jellyfish
import regex

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.rules.context import (
    is_foreign_pinyin,
    is_inside_longer_name,
    is_unknown_word,
    other_spellings,
)

if TYPE_CHECKING:
    from translit.config import Config
    from translit.document import Document
    from translit.gazetteer import Entry

_CAPITALIZED_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}{2,}(?![\w-])")
_REWRITTEN = (FormKind.VARIANT, FormKind.ALTERNATE, FormKind.PINYIN)


def find_variants(document: Document, config: Config) -> Iterator[Finding]:
    yield from _listed_and_inconsistent_spellings(document)
    yield from _sound_alike_surnames(document)


def _listed_and_inconsistent_spellings(document: Document) -> Iterator[Finding]:
    for mention in document.mentions:
        if len(mention.entries) != 1 or mention.kind not in _REWRITTEN:
            continue
        entry = document.gazetteer[mention.entries[0]]
        replacement = entry.canonical_for(mention.surface)
        if mention.kind is FormKind.VARIANT:
            reason = f"{mention.surface!r} is a non-canonical spelling of {entry.canonical}"
            prior = 0.95
        elif is_foreign_pinyin(entry, mention.kind):
            if is_inside_longer_name(document.text, mention.start, mention.end):
                continue
            reason = (
                f"{mention.surface!r} is the pinyin of the Chinese name of {entry.canonical} "
                f"({'/'.join(entry.chinese[:2])}), never its English spelling"
            )
            prior = 0.9
        else:
            others = other_spellings(document, entry.id, mention.surface)
            if not others or is_inside_longer_name(document.text, mention.start, mention.end):
                continue  # a consistent valid spelling: only the house style may change it
            reason = (
                f"the article spells {entry.canonical} both {mention.surface!r} and "
                f"{' and '.join(map(repr, sorted(others)))}; one spelling per entity, the canonical one"
            )
            prior = 0.9
        yield Finding(
            mention.start,
            mention.end,
            mention.surface,
            "variant",
            "variant",
            (Candidate(replacement, reason, prior, entry=entry.id),),
        )


def _sound_alike_surnames(document: Document) -> Iterator[Finding]:
    surnames = _surnames_of_people_named(document)
    if not surnames:
        return
    starts = [m.start for m in document.mentions]  # sorted and disjoint: found by bisection
    for match in _CAPITALIZED_WORD.finditer(document.text):
        word = match.group()
        index = bisect.bisect_right(starts, match.start()) - 1
        inside_mention = index >= 0 and match.start() < document.mentions[index].end
        if inside_mention or not is_unknown_word(document, word):
            continue
        matches = [(s, entry) for s, entry in surnames.items() if _sounds_like(word, s)]
        for surname, entry in matches:
            reason = (
                f"{word!r} is no known word and sounds like {surname!r} ({entry.canonical}), whom the "
                "article names; one spelling per person per article"
            )
            candidate = Candidate(surname, reason, 0.85 / len(matches), entry=entry.id)
            yield Finding(match.start(), match.end(), word, "variant", "variant", (candidate,))


def _surnames_of_people_named(document: Document) -> dict[str, Entry]:
    surnames = {}
    for mention in document.mentions:
        for entry_id in mention.entries:
            entry = document.gazetteer[entry_id]
            if entry.type == "person":
                surnames.update(dict.fromkeys(entry.short, entry))
    return surnames


def _sounds_like(word: str, surname: str) -> bool:
    """Same first letter, same Metaphone and Soundex codes, similar length: Heday ~ Haidai."""
    return (
        word != surname
        and word[0] == surname[0]
        and abs(len(word) - len(surname)) <= 2
        and jellyfish.metaphone(word) == jellyfish.metaphone(surname)
        and jellyfish.soundex(word) == jellyfish.soundex(surname)
    )
