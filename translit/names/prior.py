"""The prior of a near-miss candidate: the one place where a match's evidence and the document's support
become a number.

Generation (:mod:`translit.names.index`) says which entities a span may be and why; this module says how
likely each is. A name model (issue #15) can replace :func:`near_miss_priors` and rank the same
candidates, with the same evidence, without touching how they are found.

The ladder: a respaced name is the entity beyond doubt; a name read syllable by syllable in mixed
romanizations or half in pinyin is the entity unless the text names someone else that way. A
sound-alike Western name is another transliteration, which the story must support. A match that needs support and lacks it
gets :data:`UNSUPPORTED`, below any threshold: reported, not applied. Several entities for one span
share the prior by the story's references to each, as abbreviation readings do.

Another spelling of the name in some system (an ``alternate``: "Mao Tse-tung", "Kim Jong-eun",
"Jelensky") is no error by itself: it is fixed as an inconsistency where the story also names the entity
the house's way, and otherwise left to the house style (:class:`Role`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from translit.names.index import MatchKind, NameMatch
from translit.names.support import Support

RESPACED = 0.95
ROMANIZED = 0.9
HALF_PINYIN = 0.9
#: A misspelled Western name, by sound and letters ("Jelensky", "Jack Grearish"), where the story supports it.
SOUND_MISSPELLING = 0.85
#: A garbled spelling of a person the story names nearby ("Kim Kyn-hee" beside Kim Keon-hee): one part
#: of the name exact, the other a few letters off, and no other known person as close.
GARBLED = 0.85
#: Another valid spelling where the story names the entity otherwise too: one spelling per entity.
INCONSISTENT_SPELLING = 0.9
#: Another valid spelling used consistently: the house style's to change, as for Kiev.
HOUSE_SPELLING = 0.9
UNSUPPORTED = 0.5
#: A sound-alike needs the entity named nearby, or its country referred to this often nearby: "Jelensky"
#: in a story that names Kyiv and Ukrainians, not in one about a Polish footballer.
MIN_COUNTRY_REFERENCES = 2
#: Pseudo-count per entity when several share a span: as for abbreviation readings.
SMOOTHING = 0.25

PRIORS = {
    "respaced declared name": RESPACED,
    "syllables in other romanizations": ROMANIZED,
    "half English, half pinyin": HALF_PINYIN,
    "a Western name misspelled, by sound and letters": SOUND_MISSPELLING,
    "a garbled spelling of a person the story names nearby": GARBLED,
    "another valid spelling beside the entity's other names": INCONSISTENT_SPELLING,
    "any match lacking the story's support": UNSUPPORTED,
    "smoothing per entity, when several share a span": SMOOTHING,
}
STYLE_PRIORS = {
    "another valid spelling, used consistently": HOUSE_SPELLING,
    "any match lacking the story's support": UNSUPPORTED,
    "smoothing per entity, when several share a span": SMOOTHING,
}
_ERROR_PRIOR = {
    MatchKind.RESPACED: RESPACED,
    MatchKind.ROMANIZATION: ROMANIZED,
    MatchKind.MIXED: HALF_PINYIN,
    MatchKind.SOUND: SOUND_MISSPELLING,
    MatchKind.GARBLED: GARBLED,
}


class Role(StrEnum):
    """What a match is in its story, and so which rule fixes it."""

    ERROR = "a misspelling"  # the ``near-miss`` rule's
    INCONSISTENT = "another spelling, beside the story's own spelling"  # the ``near-miss`` rule's
    HOUSE_STYLE = "another spelling, which the house style replaces"  # the ``near-miss-style`` rule's


def role(match: NameMatch, support: Support) -> Role:
    if not match.alternate:
        return Role.ERROR
    return Role.INCONSISTENT if support.references > 0 else Role.HOUSE_STYLE


def near_miss_priors(matches: Sequence[NameMatch], supports: Sequence[Support]) -> list[float]:
    """One prior per match (``supports`` holds the story's references to each match's entity)."""
    weights = [_weight(match, support) for match, support in zip(matches, supports)]
    if len(matches) == 1:
        return weights
    shares = [support.references + SMOOTHING for support in supports]
    total = sum(shares)
    return [weight * share / total for weight, share in zip(weights, shares)]


def _weight(match: NameMatch, support: Support) -> float:
    if not is_supported(match, support):
        return UNSUPPORTED
    match role(match, support):
        case Role.ERROR:
            return _ERROR_PRIOR[match.kind]
        case Role.INCONSISTENT:
            return INCONSISTENT_SPELLING
        case Role.HOUSE_STYLE:
            return HOUSE_SPELLING


def needs_support(match: NameMatch) -> bool:
    """A sound-alike, a garble, or a name of two syllables (Wang I, Chang Li: common, and short of
    evidence)."""
    return match.kind in (MatchKind.SOUND, MatchKind.GARBLED) or (
        match.kind is MatchKind.ROMANIZATION and match.syllables <= 2
    )


def is_supported(match: NameMatch, support: Support) -> bool:
    """Named nearby; or, for a sound-alike, part of the name spelled exactly ("Volodymyr Jelensky": the
    given name is the support), or its country referred to nearby where the country transliterates or
    romanizes its names (a story about the US supports no "Seldin" for Lee Zeldin); or, for the pinyin of a Korean or
    Japanese name, its country referred to nearby ("Piao Zhen" in a story about Seoul). A garble only
    where the story names the person ("Kim Kyn-hee" is anyone's in a story that does not)."""
    if not needs_support(match) or support.references > 0:
        return True
    if match.kind is MatchKind.GARBLED:
        return False
    if match.kind is MatchKind.SOUND:
        by_country = support.country_references >= MIN_COUNTRY_REFERENCES and not match.latin_script_name
        return match.same_words > 0 or by_country
    return match.own_reading and support.country_references >= MIN_COUNTRY_REFERENCES


def describe_support(support: Support) -> str:
    return (
        f"nearby, the story names it {support.references}x and refers to its country "
        f"{support.country_references}x"
    )
