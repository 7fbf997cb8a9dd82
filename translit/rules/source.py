"""Names the Chinese original says the MT got wrong: 陳茂波 written "Chan Mau-po", 格爾木 "Germu", or
left out altogether. Runs only when the caller gives the source (``translit.clean(text, source=zh)``).

Each entity of the source is checked against the MT segment it is the original of
(:mod:`translit.source.alignment`). A sure wrong rendering gets the entity's canonical form; an unsure
one is reported with it; an entity the segment renders nowhere is reported as an ``omission`` (never
applied: there is nothing to replace). A listed misspelling that names one entity only is left to the
``variant`` rule, which fixes it without a source too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.gazetteer.entry import PLACE_TYPES
from translit.gazetteer.facts import CHINESE_SPEAKING_COUNTRIES
from translit.rules.context import is_foreign_pinyin, reference_count
from translit.rules.rule import Evidence, Rule
from translit.source.alignment import SURE_SIMILARITY, EntityCheck, Rendering
from translit.source.readings import GLOSSES, letters, person_reading

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry

#: A span spelled like a reading of the source form, and like no other entity's: the source says what
#: it renders, so the fix is as sure as a listed variant's.
SURE_RENDERING = 0.9
#: A likely rendering (similar, or close to another candidate): reported, below any min_score.
LIKELY_RENDERING = 0.5
#: The one unexplained name left for the one entity left: reported only.
BY_ELIMINATION = 0.4


def find_source_mismatches(document: Document) -> Iterator[Finding]:
    for check in document.source_checks:
        if check.rendering is Rendering.OMITTED:
            yield _omission(document, check)
        elif check.rendering is Rendering.WRONG and not _left_to_variant_rule(document, check):
            yield _mistranslation(document, check)


def _mistranslation(document: Document, check: EntityCheck) -> Finding:
    gazetteer = document.gazetteer
    sure = (check.sure or _confirmed_by_the_english_name(document, check)) and not _foreign_place_alone(
        document, check
    )
    prior = SURE_RENDERING if sure else LIKELY_RENDERING if check.similarity else BY_ELIMINATION
    entries = (check.entry, *check.alternatives) if check.entry else check.alternatives
    candidates = tuple(
        Candidate(
            replacement=_without_generic_word_after(
                document, check, _replacement(gazetteer[entry_id], check)
            ),
            reason=(
                f"the source names {check.entity.surface} ({gazetteer[entry_id].canonical}); the MT writes "
                f"{check.written!r}, {check.evidence}{_read_so(gazetteer[entry_id], check)}"
            ),
            prior=prior / len(entries),
            entry=entry_id,
            references=reference_count(document, entry_id),
        )
        for entry_id in entries
    )
    return Finding(check.start, check.end, check.written, "mistranslation", "source", candidates)


def _replacement(entry: Entry, check: EntityCheck) -> str:
    """The entity's own spelling; for a garbled reading of a person's name written in characters, the
    reading itself ("Zhang Zhongcou" -> "Zhang Zhongmou"): the MT chose to romanize, and a reading is
    valid (the house style, when on, replaces it by the entity's name next)."""
    if check.garbles and entry.type == "person" and not is_foreign_pinyin(entry, FormKind.PINYIN):
        return person_reading(check.garbles)
    return entry.canonical_for(check.written)


def _confirmed_by_the_english_name(document: Document, check: EntityCheck) -> bool:
    """Whether a span nearly sure as a reading of a foreign person's name in characters is spelled like
    the person's English name as well, in a source that names the person's country: "Ganz" for 甘茨
    (Benny Gantz) is 0.8 of the reading "gantzu" and 0.89 of "Gantz", in a story that names Israel. Two
    spellings agree, and the country says whose name the characters are; a rare English word ("Ganz")
    is otherwise never taken for a misspelled name, lest "Atalanta" become Atlanta."""
    if not check.sure_if_repeated or check.entry is None:
        return False
    entry = document.gazetteer[check.entry]
    if entry.type != "person" or not is_foreign_pinyin(entry, FormKind.PINYIN):
        return False
    written = letters(check.written)
    names = (entry.canonical, *entry.short, *entry.alternates)
    if not any(fuzz.ratio(written, letters(name)) >= 100 * SURE_SIMILARITY for name in names):
        return False
    return _source_names_the_country_of(document, check, entry)


def _source_names_the_country_of(document: Document, check: EntityCheck, entry: Entry) -> bool:
    """Whether the source names the entry's country, by itself or by another of its places or people."""
    gazetteer, source = document.gazetteer, document.source
    country = gazetteer.countries_of([entry.id])
    if source is None or not country:
        return False
    return any(
        country & {*entity.entries, *gazetteer.countries_of(entity.entries)}
        for entity in source.entities()
        if entity.entries != check.entity.entries
    )


def _foreign_place_alone(document: Document, check: EntityCheck) -> bool:
    """Whether the span romanizes the Chinese form of a place abroad whose country the source names
    nowhere, by itself or by another of its places or people: a place's Chinese form may name a place
    elsewhere too (光州 is Gwangju, and a town in a story about Vietnam), so a reading alone is not sure
    of it (a span spelled like the English name, "Kronstatd", is)."""
    gazetteer = document.gazetteer
    entry = gazetteer[check.entry] if check.entry else None
    if entry is None or document.source is None or not check.garbles or entry.type not in PLACE_TYPES:
        return False
    if entry.country in CHINESE_SPEAKING_COUNTRIES or not gazetteer.countries_of([entry.id]):
        return False
    return not _source_names_the_country_of(document, check, entry)


#: The English words a place's name may end with ("County", "City").
_GENERIC_WORDS = frozenset(word for glosses in GLOSSES.values() for word in glosses)


def _without_generic_word_after(document: Document, check: EntityCheck, replacement: str) -> str:
    """``replacement`` without its last word where the text goes on with that word: "Quemalai County"
    becomes "Qumarlêb County", not "Qumarlêb County County"."""
    head, _, last = replacement.rpartition(" ")
    if head and last.lower() in _GENERIC_WORDS and document.text.startswith(f" {last}", check.end):
        after = check.end + len(last) + 1
        if after == len(document.text) or not document.text[after].isalnum():
            return head
    return replacement


def _read_so(entry: Entry, check: EntityCheck) -> str:
    replacement = _replacement(entry, check)
    return f", which reads {replacement!r}" if replacement != entry.canonical_for(check.written) else ""


def _omission(document: Document, check: EntityCheck) -> Finding:
    names = " or ".join(document.gazetteer[e].canonical for e in check.entity.entries[:3])
    note = f"the source names {check.entity.surface} ({names}); the MT renders it nowhere in this segment"
    return Finding(check.start, check.end, "", "omission", "source", (), note=note)


def _left_to_variant_rule(document: Document, check: EntityCheck) -> bool:
    if not check.listed:
        return False
    mention = next(m for m in document.mentions if m.start == check.start)
    return len(mention.entries) == 1


RULE = Rule(
    name="source",
    find=find_source_mismatches,
    emits=frozenset({"mistranslation", "omission"}),
    priors={
        "sure rendering of a source entity": SURE_RENDERING,
        "likely rendering (shared among entries)": LIKELY_RENDERING,
        "the only unexplained name left": BY_ELIMINATION,
    },
    reads=frozenset({Evidence.SOURCE, Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
)
