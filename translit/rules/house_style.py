"""Valid spellings that the house style replaces: Kiev -> Kyiv (but chicken Kiev stays: a protected phrase),
and pinyin renderings of Chinese-world names with a customary spelling: Zhang Zhongmou -> Morris Chang,
Taibei -> Taipei. Human translators write pinyin for such names too, so it is a style, not an error; the
pinyin of a name from elsewhere ("He Jinli" for Kamala Harris) is an error, the ``variant`` rule's.

Only a spelling used consistently reaches this rule; an article that mixes spellings is the
``variant`` rule's business. The pinyin of a two-character name from Taiwan, Hong Kong, Macau or Singapore
("Chen Ju" for 陳菊, Chen Chu) is also the name of many mainland people, who keep their pinyin: it is
rewritten only where the story refers to the person or the person's country nearby; any such pinyin is
left alone where its sentence places it on the mainland and the article never refers to the person's
country (:mod:`translit.names.namesakes`).

Complexity: linear in the number of mentions; each is judged by dictionary look-ups, the few spellings
its entity has in the article, and a look at the words right beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.gazetteer.facts import CHINESE_SPEAKING_COUNTRIES, PINYIN_NAME_COUNTRIES, is_all_chinese
from translit.names.namesakes import mainland_namesake
from translit.names.support import references_near
from translit.rules.context import is_inside_another_name, is_pinyin_error, other_spellings
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: A valid spelling the house replaces: sure, but a matter of style, so below a listed variant.
HOUSE_SPELLING = 0.9
#: Whose people's names in pinyin are also mainland people's names: Chinese-speaking, not pinyin-named.
CUSTOMARY_SPELLING_COUNTRIES = CHINESE_SPEAKING_COUNTRIES - PINYIN_NAME_COUNTRIES


_HOUSE_STYLE_KINDS = frozenset(kind for kind in FormKind if kind.is_house_style)


def find_house_style(document: Document) -> Iterator[Finding]:
    for mention in document.mentions_of_kinds(_HOUSE_STYLE_KINDS):
        if len(mention.entries) != 1:
            continue
        entry = document.gazetteer[mention.entries[0]]
        if is_pinyin_error(entry, mention.kind, mention.surface) or other_spellings(
            document, entry.id, mention.surface
        ):
            continue
        if is_inside_another_name(document, mention, entry) or _is_unsupported_short_name(
            document, mention, entry
        ):
            continue
        if note := mainland_namesake(document, entry, mention.start, mention.end):
            yield _finding(mention, (), note)
            continue
        replacement = entry.canonical_for(mention.surface)
        reason = f"house style spells {mention.surface!r} as {replacement!r}"
        if mention.kind is FormKind.PINYIN:
            chinese = "/".join(entry.chinese[:2])
            reason = f"{mention.surface!r} is the pinyin of {chinese}; house style spells it {replacement!r}"
        yield _finding(mention, (Candidate(replacement, reason, HOUSE_SPELLING, entry=entry.id),))


def _finding(mention: Mention, candidates: tuple[Candidate, ...], note: str = "") -> Finding:
    return Finding(
        mention.start, mention.end, mention.surface, "house-style", "house-style", candidates, note=note
    )


def _is_unsupported_short_name(document: Document, mention: Mention, entry: Entry) -> bool:
    """Whether the mention is the pinyin of a two-character name of a person from Taiwan, Hong Kong, Macau
    or Singapore that nothing near it supports: no other reference to the person or the country. Two
    syllables ("Chen Ju", "Qiu Yi") name many people on the mainland, where pinyin is the spelling; three
    ("Lai Qingde") read one person, but for a mainland namesake (:mod:`translit.names.namesakes`)."""
    if mention.kind is not FormKind.PINYIN or entry.type != "person":
        return False
    if entry.country not in CUSTOMARY_SPELLING_COUNTRIES:
        return False
    if not any(len(chinese) == 2 for chinese in entry.chinese if is_all_chinese(chinese)):
        return False
    near = [entry.id, *document.gazetteer.countries_of([entry.id])]
    return not any(references_near(document, entry_id, mention.start, mention.end) for entry_id in near)


RULE = Rule(
    name="house-style",
    find=find_house_style,
    emits=frozenset({"house-style"}),
    priors={"house spelling": HOUSE_SPELLING},
    reads=frozenset({Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
    house_style=True,
)
