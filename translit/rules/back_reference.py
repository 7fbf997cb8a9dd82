"""Back-references in MT's spelling to a person the article names in the house's: "Premier Cho Jung-tai
... Zhuo said" -> "Cho said"; "Mr. Zhuo" -> "Mr. Cho" (the honorific stays).

Chinese news names a person in full once and by surname (or given name) after that; MT that does not
know the person romanizes each mention on its own, so a fixed full name leaves its back-references in
pinyin, and the article spells one person two ways. Once the article names the person in the house's
spelling — written so, or fixed so by an earlier pass — the lone surname or given name MT wrote is
rewritten to the house's word for it (:mod:`translit.names.parts`).

Only where the story around it names the person (a surname alone in a long, many-story text is anyone's),
where no one else nearby goes by that surname ("Zhuo Wei, a resident"), and where the spelling is no
other name the article uses (Li, where Li Qiang is named too).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.words import zipf
from translit.names.korean import SURNAMES
from translit.names.parts import NameParts
from translit.names.romanization import syllabify
from translit.names.support import NEARBY, named_nearby, people_named_in_house_spelling
from translit.rules.context import TITLES, is_inside_longer_name
from translit.rules.near_miss import Written, usual_names
from translit.rules.rule import Evidence, Rule
from translit.source.script import fold

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry

#: The prior of a back-reference, shared among the people it may refer to.
BACK_REFERENCE = 0.9
#: A spelling this common in English is a word wherever it stands ("He", "Long"), and at the start of a
#: sentence from this common on ("Li", "Xi", "Lin" can start a sentence as names; "An", "Gang", "Ma"
#: cannot be told from the English words there).
WORD_ZIPF, SENTENCE_START_WORD_ZIPF = 5.0, 4.5
_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]*)[ \t]$")
_WORD_AFTER = regex.compile(r"[ \t](\p{Lu}[\p{L}'’-]*)")


def find_back_references(document: Document) -> Iterator[Finding]:
    named = people_named_in_house_spelling(document)
    usual = {} if document.house_style else usual_names(document)
    if usual:  # without the house style, the article's own valid spelling names the person too
        named = dict(named)
        for entry_id, (_spelling, written) in usual.items():
            if entry_id in document.gazetteer.names.parts:
                named[entry_id] = sorted([*named.get(entry_id, []), *written.starts])
    if not named:
        return
    lone = _lone_spellings(document, named, usual)
    if not lone or _written_nowhere(document, lone):
        return
    starts = [m.start for m in document.mentions]
    for match in _words_pattern(tuple(sorted(lone))).finditer(document.text):
        word, start, end = match.group(), match.start(), match.end()
        if _overlaps_mention(document, starts, start, end) or not _reads_as_a_name(document, word, start):
            continue
        people = [
            (entry, parts)
            for entry, parts in lone[word]
            if named_nearby(named[entry.id], start) and not _touches_another_name(document, entry, start, end)
        ]
        # in the article's own spelling of the name, where that is no house spelling ("Yun" beside the
        # story's "Yoon Sok-yol": Yoon); a word of it that cannot be told is left alone
        people = [
            (entry, parts)
            for entry, parts in people
            if (replacement := _replacement(word, entry, parts, usual))
            and not _leaves_a_half_spelled_name(document.text, entry, replacement, start, end, usual)
            and _source_writes(document, entry, parts.characters_of(word), start)
        ]
        if people and not _someone_else_goes_by(document, word, people, start):
            yield _finding(document, word, start, end, people, usual)


def _finding(
    document: Document,
    word: str,
    start: int,
    end: int,
    people: list[tuple[Entry, NameParts]],
    usual: dict[str, tuple[str, Written]],
) -> Finding:
    candidates = tuple(
        Candidate(
            replacement,
            f"{word!r} is how MT writes {entry.canonical}'s name alone; the story names {entry.canonical} "
            + (
                f"as {usual[entry.id][0]!r} nearby, so this mention is spelled the same way"
                if entry.id in usual
                else "in the house's spelling nearby, so this mention is spelled the same way"
            )
            + (f"; the source writes {parts.characters_of(word)[0]} here" if document.source else ""),
            BACK_REFERENCE / len(people),
            entry=entry.id,
            references=len(document.mentions_of(entry.id)),
        )
        for entry, parts in people
        if (replacement := _replacement(word, entry, parts, usual))
    )
    return Finding(start, end, word, "variant", "back-reference", candidates)


def _written_nowhere(document: Document, spellings: Collection[str]) -> bool:
    """Whether :func:`_words_pattern` surely finds none of ``spellings`` in the text, told without a
    scan: where each is an ASCII word with a capital first, a match stands inside a run of capitalized
    words, between characters that break the run's words (the pattern's look-arounds allow every other
    character but an underscore, which the runs hold: so none may), and so whole among the document's
    :attr:`~translit.document.Document.capitalized_words`."""
    return (
        all(map(_GATEABLE.fullmatch, spellings))
        and "_" not in document.capitalized_text
        and document.capitalized_words.isdisjoint(spellings)
    )


#: A spelling :func:`_written_nowhere` may tell: an ASCII word, a capital first, maybe hyphenated.
_GATEABLE = re.compile(r"[A-Z][A-Za-z0-9-]*")


@functools.lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` standing alone (a hyphenated given name as one word)."""
    alternation = "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{alternation})(?![\p{{L}}\p{{N}}\-])")


def _replacement(word: str, entry: Entry, parts: NameParts, usual: dict[str, tuple[str, Written]]) -> str:
    """The house's word for a lone spelling, or, where the article's usual spelling of the name is
    another, that spelling's word for the same part of the name ("Cai" in "Cai Yingwen" for Tsai;
    "Yoon" in "Yoon Sok-yol"): "" where it has none, or where the word is already that spelling's."""
    house = parts.spellings.get(word, parts.surname)
    if entry.id not in usual:
        return house
    for usual_word in usual[entry.id][0].split(" "):
        if usual_word == house or parts.spellings.get(usual_word) == house:
            return usual_word if usual_word != word else ""
    return ""


def _lone_spellings(
    document: Document, named: dict[str, list[int]], usual: dict[str, tuple[str, Written]]
) -> dict[str, list[tuple[Entry, NameParts]]]:
    """Each lone surname or given name MT writes for a person named -> the people it may be; not the
    spellings that are some named person's own words (Li, where Li Qiang is named), in the house's
    spelling or the article's usual one."""
    own_words = {word for entry_id in named for word in document.gazetteer[entry_id].name_words}
    own_words.update(word for spelling, _written in usual.values() for word in spelling.split())
    lone: dict[str, list[tuple[Entry, NameParts]]] = {}
    for entry_id in named:
        entry = document.gazetteer[entry_id]
        parts = document.gazetteer.names.parts[entry_id]
        for spelling in (*parts.spellings, *_korean_surname_spellings(parts)):
            if spelling not in own_words:
                lone.setdefault(spelling, []).append((entry, parts))
        usual_spelling, written = usual.get(entry_id, ("", None))
        if written and not written.reading and parts.surname not in usual_spelling.split(" "):
            # the house's surname is a second spelling beside the article's own ("Mr. Chen" in a story
            # that writes "Ch'en Ch'i-mai"): with the house style off the article's spelling is kept, and
            # one person is spelled one way; someone else going by it nearby is told at the mention. Not
            # where the article's spelling is a reading of the name's characters ("Mr. Tsai" beside "Cai
            # Yingwen"): the name's own spelling is never rewritten to one
            lone.setdefault(parts.surname, []).append((entry, parts))
    return lone


def _korean_surname_spellings(parts: NameParts) -> list[str]:
    """The other spellings of a Korean surname: Yun and Youn for Yoon, Yi and Rhee for Lee."""
    if not parts.korean_surname:
        return []
    return [s.capitalize() for s, key in SURNAMES.items() if key == parts.korean_surname and len(s) > 1]


def _reads_as_a_name(document: Document, word: str, start: int) -> bool:
    """Not an English word: "He" never is a surname here, "An" not at the start of a sentence."""
    frequency = zipf(word)
    if frequency >= WORD_ZIPF:
        return False
    sentence_start = document.sentence_starts[document.sentence_index(start)]
    at_sentence_start = not document.text[sentence_start:start].strip(" \t\r\n\"“'‘(")
    return not (at_sentence_start and frequency >= SENTENCE_START_WORD_ZIPF)


def _touches_another_name(document: Document, entry: Entry, start: int, end: int) -> bool:
    """Whether a capitalized word that may be part of a name touches the span: "Zhuo Wei", and also a
    function word that is a syllable in mid-sentence ("You Yi", a reporter), which is no English word
    there."""
    if is_inside_longer_name(document.text, start, end, entry.name_words):
        return True
    before = _WORD_BEFORE.search(document.text, max(0, start - 40), start)
    if before is None or before.group(1) in entry.name_words:
        return False
    word = before.group(1)
    return (
        word.lower() not in TITLES and bool(syllabify(word)) and not document.starts_sentence(before.start(1))
    )


def _leaves_a_half_spelled_name(
    text: str, entry: Entry, replacement: str, start: int, end: int, usual: dict[str, tuple[str, Written]]
) -> bool:
    """Whether the word stands beside other words of the person's name, so that it is part of a full
    name, no lone back-reference, and rewriting it alone would not make the name the story spells:
    "Prime Minister Pham Minh Thanh" (a wrong given name) is no "Fan Minh Thanh" in a story that writes
    "Fan Mingzheng" elsewhere; "Zhuo Jung-tai" is "Cho Jung-tai" all the same."""
    forms = {entry.canonical, *entry.short, *entry.alternates}
    if entry.id in usual:
        forms.add(usual[entry.id][0])
    own = {word for form in forms for word in form.split()}
    before: list[str] = []
    while (match := _WORD_BEFORE.search(text, max(0, start - 40), start)) and match.group(1) in own:
        before.insert(0, match.group(1))
        start = match.start(1)
    after: list[str] = []
    while (match := _WORD_AFTER.match(text, end)) and match.group(1) in own:
        after.append(match.group(1))
        end = match.end()
    return bool(before or after) and " ".join([*before, replacement, *after]) not in forms


def _source_writes(document: Document, entry: Entry, characters: tuple[str, ...], offset: int) -> bool:
    """Whether the source, where it has one, writes the characters a lone spelling reads (卓 for
    "Zhuo") in its part for ``offset``, other than inside another entity's name (陳 of 陳茂波 is Paul
    Chan's, no other Chen's): the original then names this person there. Without a source, True."""
    if document.source is None:
        return True
    segment = document.source.segment_at(offset)
    source = fold(segment.source)
    others = [
        (e.start - segment.source_start, e.end - segment.source_start)
        for e in segment.entities
        if e.how == "name" and entry.id not in e.entries
    ]
    for written in {fold(c) for c in characters if c}:
        at = source.find(written)
        while at != -1:
            if not any(start <= at and at + len(written) <= end for start, end in others):
                return True
            at = source.find(written, at + 1)
    return False


def _someone_else_goes_by(
    document: Document, word: str, people: list[tuple[Entry, NameParts]], offset: int
) -> bool:
    """Whether someone nearby has this surname with another given name: "Zhuo Wei, a resident, said"."""
    own = {w for entry, parts in people for w in (*entry.name_words, *parts.spellings)}
    pattern = _followed_by_a_name(word)
    for match in pattern.finditer(document.text, max(0, offset - NEARBY), offset + NEARBY):
        following = match.group("next").split("-")[0]
        if match.group("next") not in own and following not in own:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _followed_by_a_name(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(word)} (?P<next>\p{{Lu}}[\p{{L}}'’\-]*)")


def _overlaps_mention(document: Document, starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and document.mentions[index].end > start:
        return True
    return index + 1 < len(starts) and starts[index + 1] < end


RULE = Rule(
    name="back-reference",
    find=find_back_references,
    emits=frozenset({"variant"}),
    priors={"back-reference (shared among the people it may be)": BACK_REFERENCE},
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES}),
    writes=frozenset({Evidence.NAMES}),
)
