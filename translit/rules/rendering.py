"""Chinese terms and abbreviations MT leaves in pinyin or reads the wrong way: "Liang'an relations" ->
"cross-strait relations", "Dongmeng" -> "ASEAN", "Hong Kong and Australia" (港澳) -> "Hong Kong and
Macau" in a story about Hong Kong, "Xin" or "New" (新) -> "Singapore", "Pakistanis" (巴) -> "Palestinians"
in a story about Gaza.

The table ``renderings.tsv`` says how MT renders each term, what replaces it, which entity the fix
cites, and what the story must refer to nearby (its ``context``) or must not refer to elsewhere (its
``unless``) for the fix to apply; the document decides, as for 烏. Three kinds of rendering need more
than the table's context, because they are also something else:

- a **word** of English ("New", "Gang"): only where English would not put it — mid-sentence, in no
  title-case headline; a word MT picked for the character's meaning (新, "new") standing as a noun,
  after no determiner (followed by punctuation, "and", "or", "'s" or nothing: "Vietnam and New", not
  "New partners"); a pinyin syllable that is also an English noun (港, "Gang") after a determiner only
  before another capitalized word ("the Gang Special Administrative Region", not "the Gang of Four");
- a **syllable** that is also a name ("Xin", "Fei"): not where a person stands — after a title or an
  honorific, before a speech verb or an apposition ("Xin, a student,"), or where the story writes the
  syllable inside a longer name ("Chen Xin");
- a **name** of another entity that MT picked ("Pakistan" for 巴 = Palestine): the story must refer to the
  right reading at least :data:`MIN_NAME_CONTEXT` times nearby, not list MT's reading among others
  ("Pakistan, Turkey and Iran"), and not name the right reading in the same sentence.

A pinyin rendering of several syllables right after a determiner ("the Lanying") is no person's name, and
one listed with countries ("Malaysia, Japan, and Xing"; "relations with New and Brunei") names a country,
so either needs no context. The replacement is written as the story spells the entity ("Macao" where the story
says so) and, with a ``modifier``, in its form before a noun ("Fei government" -> "Philippine
government").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit import lazy
from translit.edits import Candidate, Finding
from translit.gazetteer.entry import FormKind
from translit.gazetteer.facts import COORDINATOR
from translit.gazetteer.words import zipf
from translit.names.romanization import syllabify
from translit.names.support import NEARBY, references_near
from translit.rules.context import TITLES, is_inside_longer_name
from translit.rules.name_reading import SPEECH_VERBS
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer.renderings import Rendering

#: A rendering the story supports: its context named nearby, its other reading nowhere else.
SUPPORTED_RENDERING = 0.9
#: ... and one whose context the story lacks: reported, not applied ("Lanying" is also a given name).
UNSUPPORTED_RENDERING = 0.5
#: A rendering this common in English (wordfreq's Zipf) is a word ("New", "Gang").
ENGLISH_WORD_ZIPF = 4.0
#: A name MT picked for another entity ("Pakistan") is questioned only where the story refers this often
#: to the right reading nearby.
MIN_NAME_CONTEXT = 2
#: Words that follow a noun, not a noun's modifier: prepositions, conjunctions, auxiliaries.
NOUN_FOLLOWERS = frozenset(
    """
    about after against at before by during for from has have had in into is are was were will would can
    could should may might must did does do of on over since that to under until which who with within
    """.split()
)
COUNTRY_TYPES = frozenset({"country", "region"})
DETERMINERS = frozenset("a an the its their his her our this that these those".split())
#: A line with at least this share of its common English words capitalized is a title-case headline;
#: a common word is one of this many letters at least (title case leaves short ones lower case), this
#: common (Zipf), and no name.
TITLE_CASE_SHARE = 0.6
TITLE_WORD_LETTERS, TITLE_WORD_ZIPF = 4, 5.0
# The patterns below read the context of a rendering found, which most texts hold none of: compiled when
# first needed (:func:`translit.lazy.pattern`), not at every start-up.
_DETERMINER_BEFORE = lazy.pattern(r"(?i:\b(?:the|a|an|its|their|his|her|our|this|that))\s+$")
#: What may follow a rendering that stands as a noun: punctuation, a coordinator, a possessive, the end.
_NOUN_END = lazy.pattern(r"(?:\s*[^\w\s]|\s+(?:and|or)\b|['’]s\b|\s*$)")
_TITLE_BEFORE = lazy.pattern(r"(?P<word>\p{L}+)\.?\s+$")
_PERSON_AFTER = lazy.pattern(rf"(?i)(?:\s+(?:{SPEECH_VERBS})\b|,\s+(?:a|an|the|who|\d+)\b|\s+\(\d+\))")
#: The words of a line long enough to count for its case (:func:`_in_a_title_case_line`).
_TITLE_WORDS = lazy.pattern(rf"[\p{{L}}'’-]{{{TITLE_WORD_LETTERS},}}")
#: A capitalized word joined to the span by a comma: a list of three names or more.
_LISTED_BEFORE = lazy.pattern(r"\p{Lu}[\p{L}'’-]*,\s+(?:(?:and|or)\s+)?$")
_LISTED_AFTER = lazy.pattern(r",\s+(?:(?:and|or)\s+)?\p{Lu}")
#: A country that speaks or acts as a state, alone or with one other: "Pakistan and Turkey condemned".
_SPEAKS_AFTER = lazy.pattern(
    rf"(?:\s+(?:and|or)\s+\p{{Lu}}[\p{{L}}'’-]*)?\s+(?:{SPEECH_VERBS}|condemned|called|welcomed|announced|voted)\b"
)
#: What an adjective of a people looks like: Japanese, Vietnamese, Indonesian, British, Thai, Pakistani.
_DEMONYM = lazy.pattern(r"\p{Lu}\p{Ll}+(?:ese|ian|ish|an|i|ic|ch)")
_HYPHENS = frozenset("-‐‑")
_CAPITALIZED_AFTER = lazy.pattern(r"[ \t]+\p{Lu}")
_WORD_AFTER = lazy.pattern(r"[ \t]+(\p{L}[\p{L}'’-]*)")


def find_renderings(document: Document) -> Iterator[Finding]:
    text = document.text
    for start, end, row in document.renderings:
        surface = text[start:end]
        if is_inside_longer_name(text, start, end) or _contradicted(document, row, start, end):
            continue
        if _inside_a_longer_mention(document, start, end):
            continue
        named = _names_another_entity(document, row, start, end)
        if named and not _questionable_name(document, row, start, end):
            continue
        if not named and _not_a_rendering_here(document, row, surface, start, end):
            continue
        supported = _supported(document, row, surface, start, end, named)
        reason = (
            f"{surface!r} renders {row.chinese} {'untranslated' if row.type == 'abbreviation' else 'in the wrong reading'}"
            f"; {row.notes or row.chinese}"
            + ("" if supported else "; but the story refers to nothing it is about nearby")
        )
        prior = SUPPORTED_RENDERING if supported else UNSUPPORTED_RENDERING
        candidate = Candidate(_english(document, row, start, end), reason, prior, entry=row.entity)
        yield Finding(start, end, surface, row.type, "rendering", (candidate,))


def _contradicted(document: Document, row: Rendering, start: int, end: int) -> bool:
    """Whether the story refers elsewhere to what MT's reading names: then that reading may be right."""
    return any(references_near(document, entry_id, start, end) for entry_id in row.unless)


def _supported(document: Document, row: Rendering, surface: str, start: int, end: int, named: bool) -> bool:
    """Whether the story supports the fix: the row has no context, or the story refers to it nearby (as
    often as :data:`MIN_NAME_CONTEXT` where MT wrote another entity's name), or a determiner shows that a
    pinyin rendering is no person's name ("the Lanying")."""
    if not row.context:
        return True
    needed = MIN_NAME_CONTEXT if named else 1
    if sum(references_near(document, entry_id, start, end) for entry_id in row.context) >= needed:
        return True
    if named:
        return False
    if _coordinated_with_a_country(document, start, end):  # "relations with New and Brunei"
        return True
    return _is_pinyin_phrase(surface) and _after_a_determiner(document.text, start)


def _coordinated_with_a_country(document: Document, start: int, end: int) -> bool:
    """Whether the rendering is listed with a country or territory ("Malaysia, Japan, and Xing"): then it
    names one, and an abbreviation the table reads as a country is that country."""
    text, gazetteer = document.text, document.gazetteer
    for mention in document.mentions_in(max(0, start - 60), end + 60):
        joined = (mention.end <= start and COORDINATOR.fullmatch(text, mention.end, start)) or (
            mention.start >= end and COORDINATOR.fullmatch(text, end, mention.start)
        )
        if joined and any(gazetteer[i].type in COUNTRY_TYPES for i in mention.entries):
            return True
    return False


def _inside_a_longer_mention(document: Document, start: int, end: int) -> bool:
    """Whether a known name reaches beyond the rendering: "New" in "New York"."""
    return any(
        mention.start < end and start < mention.end and (mention.start < start or mention.end > end)
        for mention in document.mentions_in(max(0, start - 80), end)
    )


def _not_a_rendering_here(document: Document, row: Rendering, surface: str, start: int, end: int) -> bool:
    """Whether an English word or a syllable that is also a name stands where it is that, not the
    rendering (see the module docstring). A word MT picked as the character's meaning ("New" for 新)
    must stand as a noun; a pinyin syllable that is also an English noun ("Gang" for 港) must be written
    as no English noun is: capitalized mid-sentence, after a determiner only before another capitalized
    word ("the Gang Special Administrative Region", not "the Gang of Four")."""
    text = document.text
    if _is_english_word(surface):
        if document.starts_sentence(start) or _in_a_title_case_line(document, start, end):
            return True
        if row.type == "confusable":
            return _after_a_determiner(text, start) or not _NOUN_END().match(text, end)
        if _after_a_determiner(text, start) and not _CAPITALIZED_AFTER().match(text, end):
            return True
    return _is_syllable(surface) and _where_a_person_stands(document, surface, start, end)


def _where_a_person_stands(document: Document, word: str, start: int, end: int) -> bool:
    """ "Mr. Xin", "President Xin", "Xin said", "Xin, a student,", or "Chen Xin" in the story nearby."""
    text = document.text
    before = _TITLE_BEFORE().search(text, max(0, start - 30), start)
    if before and before.group("word").lower() in TITLES:
        return True
    if _PERSON_AFTER().match(text, end):
        return True
    return any(
        is_inside_longer_name(text, match.start(), match.end())
        for match in _word_pattern(word).finditer(text, max(0, start - NEARBY), end + NEARBY)
    )


@functools.lru_cache(maxsize=256)
def _word_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){regex.escape(word)}(?![\p{{L}}\p{{N}}-])")


def _names_another_entity(document: Document, row: Rendering, start: int, end: int) -> bool:
    """Whether the rendering is itself a name the gazetteer knows for another entity ("Pakistan")."""
    return any(
        mention.start == start and mention.end == end and row.entity not in mention.entries
        for mention in document.mentions_in(start, end)
    )


def _questionable_name(document: Document, row: Rendering, start: int, end: int) -> bool:
    """Whether another entity's name may be MT's misreading: not in a list of names ("Pakistan, Turkey
    and Iran" names real countries) or a pair compound ("India-Pakistan": the ``pair`` rule decides), not a country speaking ("Pakistan condemned the strikes", also
    "Pakistan and Turkey condemned"), and the right reading not named the same way (a country's name, or
    its people's) in the same sentence, where the story names both."""
    text = document.text
    if _LISTED_BEFORE().search(text, max(0, start - 40), start) or _LISTED_AFTER().match(text, end):
        return False
    if text[start - 1 : start] in _HYPHENS or text[end : end + 1] in _HYPHENS:
        return False  # "India-Pakistan", "Israeli-Pakistani": a pair compound, the ``pair`` rule's
    if _SPEAKS_AFTER().match(text, end):
        return False
    kind = _kind_at(document, start, end)
    sentence_start, sentence_end = _sentence_around(document, start)
    return not any(
        row.entity in m.entries and m.kind is kind for m in document.mentions_in(sentence_start, sentence_end)
    )


def _kind_at(document: Document, start: int, end: int) -> FormKind | None:
    return next((m.kind for m in document.mentions_in(start, end) if m.end == end), None)


def _sentence_around(document: Document, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``, within its paragraph (a headline has no full stop)."""
    text = document.text
    index = document.sentence_index(offset)
    start = document.sentence_starts[index]
    end = document.sentence_starts[index + 1] if index + 1 < len(document.sentence_starts) else len(text)
    paragraph_start, paragraph_end = document.paragraph_at(offset)
    if paragraph_end > paragraph_start:
        start, end = max(start, paragraph_start), min(end, paragraph_end)
    return start, end


def _english(document: Document, row: Rendering, start: int, end: int) -> str:
    """The replacement: before a noun its modifier form, written as the story spells the entity, its "the"
    dropped after another determiner, capitalized at a sentence start."""
    text = document.text
    english = row.modifier if row.modifier and _before_a_noun(document, end) else row.english
    english = _as_the_story_spells(document, row.entity, english)
    if english.startswith("the ") and _after_a_determiner(text, start):
        english = english[len("the ") :]
    sentence_start = document.sentence_starts[document.sentence_index(start)]
    at_sentence_start = not text[sentence_start:start].strip(" \t\r\n\"“'‘(")
    return english[0].upper() + english[1:] if at_sentence_start else english


def _as_the_story_spells(document: Document, entry_id: str, english: str) -> str:
    """``english`` with the entity's canonical name in the story's own spelling, where the story names
    the entity one other valid way only ("Macao"): one spelling per entity, which the house style may
    change for all mentions at once."""
    canonical = document.gazetteer[entry_id].canonical
    spellings = {s for s, kind in document.spellings_of(entry_id).items() if kind.is_name}
    if canonical not in english or canonical in spellings or len(spellings) != 1:
        return english
    return english.replace(canonical, spellings.pop())


def _before_a_noun(document: Document, end: int) -> bool:
    """Whether the rendering modifies what follows ("Fei President", "Fei coast guard", "Fei and Japanese
    leaders") rather than standing as a noun ("the Fei confirmed", "the Fei during", "the Fei reach a
    consensus"): followed by a capitalized word, a lower-case word that is no function word, no verb
    (-ed, -s, or followed by a determiner), or "and"/"or" and a demonym."""
    text = document.text
    following = _WORD_AFTER().match(text, end)
    if following is None:
        return False
    word = following.group(1)
    if word in ("and", "or"):
        demonym = _WORD_AFTER().match(text, following.end())
        return bool(demonym and _DEMONYM().fullmatch(demonym.group(1)))
    if word[0].isupper():
        return True
    if word.lower() in NOUN_FOLLOWERS or (word.endswith(("ed", "s")) and not word.endswith("ss")):
        return False
    after = _WORD_AFTER().match(text, following.end())
    return not (after and after.group(1).lower() in DETERMINERS)


def _after_a_determiner(text: str, start: int) -> bool:
    return bool(_DETERMINER_BEFORE().search(text, max(0, start - 10), start))


def _in_a_title_case_line(document: Document, start: int, end: int) -> bool:
    """Whether the rendering stands in a title-case headline: most of the line's other common English
    words capitalized ("Police Arrest Gang Members"), which in a sentence are lower case whatever names it
    holds ("Officials in Hong Kong said the Gang Special Administrative Region would reopen")."""
    text = document.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    common = [
        word.group()
        for word in _TITLE_WORDS().finditer(text, line_start, len(text) if line_end < 0 else line_end)
        if word.start() != start
        and _is_common_word(word.group())
        and not document.mentions_in(word.start(), word.end())
    ]
    return len(common) >= 2 and sum(w[0].isupper() for w in common) >= TITLE_CASE_SHARE * len(common)


@functools.lru_cache(maxsize=65536)
def _is_common_word(word: str) -> bool:
    """A word common enough in English to tell a title-case line: most words of a line recur."""
    return zipf(word.lower()) >= TITLE_WORD_ZIPF


@functools.lru_cache(maxsize=1024)
def _is_english_word(surface: str) -> bool:
    return surface.isalpha() and zipf(surface.lower()) >= ENGLISH_WORD_ZIPF


@functools.lru_cache(maxsize=1024)
def _is_syllable(surface: str) -> bool:
    return " " not in surface and any(len(split) == 1 for split in syllabify(surface))


@functools.lru_cache(maxsize=1024)
def _is_pinyin_phrase(surface: str) -> bool:
    """A rendering of several romanized syllables that is no English word ("Lanying", "Liangan")."""
    return (
        " " not in surface and not _is_english_word(surface) and any(len(s) > 1 for s in syllabify(surface))
    )


RULE = Rule(
    name="rendering",
    find=find_renderings,
    emits=frozenset({"abbreviation", "confusable"}),
    priors={
        "rendering the story supports": SUPPORTED_RENDERING,
        "rendering it does not": UNSUPPORTED_RENDERING,
    },
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES}),
    writes=frozenset({Evidence.NAMES}),
)
