"""A gazetteer entry: one real-world entity and every way it gets written."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from translit.gazetteer.wordings import expand

ENTITY_TYPES = frozenset({"country", "region", "city", "person", "organization", "other"})
PLACE_TYPES = frozenset({"city", "region"})
#: The ``source`` of hand-written entries (generated tables name their data set instead).
CURATED_SOURCE = "curated"


class FormKind(StrEnum):
    """How a surface form relates to its entity; decides what (if anything) a rule does with it."""

    CANONICAL = "canonical"  # the house spelling: never rewritten
    SHORT = "short"  # a canonical short form, e.g. a surname: never rewritten
    ALTERNATE = "alternate"  # a valid spelling the house style replaces (Kiev)
    VARIANT = "variant"  # a non-canonical spelling always replaced (Heday-style misspellings)
    MENTION = "mention"  # a word that refers to the entity but is not its name (Ukrainian)
    CHINESE = "chinese"  # a Chinese form, for lookup by source-side form
    PINYIN = "pinyin"  # a key derived from a Chinese form (Lai Qingde): replaced like a variant, warily
    LITERAL = (
        "literal"  # a literal rendering of the Chinese name (Taiwan Association): the literal-name rule's
    )

    @property
    def is_name(self) -> bool:
        """Whether the form names the entity (not a demonym, not a Chinese form): one of its spellings."""
        return self in _NAME_KINDS

    @property
    def is_rewritten(self) -> bool:
        """Whether a rule may replace the form by the canonical one: a variant always, an alternate or a
        pinyin key when the article is inconsistent or the house style asks."""
        return self in _REWRITTEN_KINDS

    @property
    def is_house_style(self) -> bool:
        """Whether the form is a valid spelling that only the house style replaces (Kiev, Taibei)."""
        return self in _HOUSE_STYLE_KINDS

    @property
    def is_derived(self) -> bool:
        """Whether translit derives the form (a pinyin key) rather than reading it from a table."""
        return self is FormKind.PINYIN


_NAME_KINDS = frozenset(
    {FormKind.CANONICAL, FormKind.SHORT, FormKind.ALTERNATE, FormKind.VARIANT, FormKind.PINYIN}
)
_REWRITTEN_KINDS = frozenset({FormKind.VARIANT, FormKind.ALTERNATE, FormKind.PINYIN})
_HOUSE_STYLE_KINDS = frozenset({FormKind.ALTERNATE, FormKind.PINYIN})


@dataclass(frozen=True, slots=True)
class Entry:
    """One entity. ``id`` is stable and is what user glossaries override."""

    id: str
    canonical: str
    type: str
    country: str = ""
    region: str = ""
    short: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    chinese: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()
    source: str = ""
    notes: str = ""
    #: patterns of the literal renderings MT makes of the Chinese name (translit.gazetteer.wordings)
    literal: tuple[str, ...] = ()

    def forms(self) -> dict[str, FormKind]:
        """Every surface form of the entity mapped to its kind."""
        forms: dict[str, FormKind] = {}
        groups = (
            (self.literal_wordings(), FormKind.LITERAL),
            (self.chinese, FormKind.CHINESE),
            (self.mentions, FormKind.MENTION),
            (self.variants, FormKind.VARIANT),
            (self.alternates, FormKind.ALTERNATE),
            (self.short, FormKind.SHORT),
            ((self.canonical,), FormKind.CANONICAL),
        )
        for surfaces, kind in groups:  # later groups win: a canonical form is never a "variant"
            forms.update(dict.fromkeys(surfaces, kind))
        return forms

    def literal_wordings(self) -> tuple[str, ...]:
        """Every wording the ``literal`` patterns stand for."""
        return tuple(wording for pattern in self.literal for wording in expand(pattern))

    @property
    def name_words(self) -> frozenset[str]:
        """The words of the entity's canonical and short names: "Vladimir", "Putin"."""
        return frozenset(word for name in (self.canonical, *self.short) for word in name.split())

    def canonical_for(self, surface: str) -> str:
        """The canonical spelling that replaces ``surface``: the canonical form with as many words.

        >>> entry = Entry("zelenskyy", "Volodymyr Zelenskyy", "person", short=("Zelenskyy",))
        >>> entry.canonical_for("Zelensky"), entry.canonical_for("Volodymyr Zelensky")
        ('Zelenskyy', 'Volodymyr Zelenskyy')
        """
        words = len(surface.split())
        for form in self.short:
            if len(form.split()) == words:
                return form
        return self.canonical
