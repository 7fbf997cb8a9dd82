"""The name index: near-miss spellings of the gazetteer's entities, found by dictionary probes.

Built once with the gazetteer (and cached with it), it answers "which entities might this capitalized
span be?" with a handful of dictionary look-ups, whatever the gazetteer's size: every entity is filed
under keys that the competing spellings of its name share, and a span is reduced to the same keys.

Keys, strongest first (each :class:`NameMatch` says which one matched and why):

- ``respaced``: the letters of a declared name, with other spaces or hyphens ("Tsai Ing wen");
- ``romanization``: every syllable spells the entity's Chinese syllable in some romanization system
  ("Tsai Yingwen", "Hou Yu-yi"; :mod:`translit.names.romanization`);
- ``mixed``: one part of the declared name, the rest in pinyin ("Hayashi Fangzheng" for 林芳正);
- ``korean`` / ``japanese``: the name in another romanization of Korean or Japanese, a Japanese name
  also surname first, as Japan and MT from Chinese order it ("Kishida Fumio");
- ``sound``: a Western name with the same sound key and a similar spelling ("Jelensky");
- ``garbled``: one part of a person's name exact, the other a few letters off ("Kim Kyn-hee", "Blinden";
  :mod:`translit.names.garbled`), which only a story naming the person supports.

A match is either an error ("Tsai Ing wen", "Hou Yu-yi") or another spelling of the name in some
system (``alternate``: "Mao Tse-tung", "Yoon Seok-yeol", "Kim Jong-eun" for Kim Jong Un), which only the
house style or an article that also spells the name otherwise may change. A Western sound-alike is such
an alternate too: "Bachmut" and "Zelenskyi" are transliterations, and nothing in the spelling tells them
from "Jelensky"; the story does, when it also names the entity the house's way.

Generation only: how likely a match is, given the document, is :mod:`translit.names.prior`'s question.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, NamedTuple

import regex
from jellyfish import levenshtein_distance

from translit.gazetteer import pinyin
from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.facts import (
    CHARACTER_NAME_COUNTRIES,
    CHINESE_SPEAKING_COUNTRIES,
    FREELY_SPACED_COUNTRIES,
    GIVEN_NAME_FIRST_COUNTRIES,
    JAPANESE_NAME_COUNTRIES,
    KOREAN_NAME_COUNTRIES,
    OWN_READING_COUNTRIES,
    PINYIN_NAME_COUNTRIES,
    ROMANIZED_PLACE_COUNTRIES,
    SPACED_NAME_COUNTRIES,
    TRANSLITERATED_NAME_COUNTRIES,
    is_all_chinese,
)
from translit.gazetteer.keys import JOINED_ONLY_SOURCES
from translit.gazetteer.words import zipf
from translit.names import romanization
from translit.names.garbled import GarbleIndex
from translit.names.japanese import hepburn_key
from translit.names.korean import is_syllable as is_korean_syllable
from translit.names.korean import korean_key, surname_key
from translit.names.parts import NameParts, name_parts
from translit.names.phonetic import (
    is_latin_spelling_variant,
    is_transliteration_variant,
    similarity,
    sound_key,
)
from translit.names.surnames import MAX_REAL_SURNAME_RANK, MAX_RESPELLED_ZIPF, surname_ranks

#: Entities from the big generated tables are not indexed: tens of thousands of obscure names would
#: turn a rare real name into a near miss of one of them. Curated and user entries are.
UNINDEXED_SOURCES = JOINED_ONLY_SOURCES
#: A respaced name needs this many letters: "Wang-Yi" is a name, "Wangyi" a company (網易).
MIN_RESPACED_LETTERS = 7
#: Japanese names written in kanji have up to five characters (小池百合子).
MAX_JAPANESE_NAME_CHARACTERS = 5
#: Chinese names written in characters have up to four (歐陽娜娜).
MAX_CHINESE_NAME_CHARACTERS = 4
#: Names read syllable by syllable have two syllables up to as many as their characters.
MIN_SYLLABLES, MAX_SYLLABLES = 2, MAX_JAPANESE_NAME_CHARACTERS
#: A Western name is matched by sound only from this many letters: shorter names are too alike.
MIN_SOUND_LETTERS = 5
#: ... and only when its letters are this similar (0-100) to the name's: Jelensky/Zelensky is 87.5.
MIN_SOUND_SIMILARITY = 80.0
#: The people of these generated tables are foreigners named by Chinese Wikipedia's conversion groups
#: (footballers, actors, politicians): MT brings their names back from Chinese respelled ("Jack
#: Grearish"), so they are matched by sound too, but only a full name with every word but one spelled
#: exactly, the other rare in English and no common surname (:data:`MAX_RESPELLED_ZIPF`,
#: :data:`MAX_REAL_SURNAME_RANK`): a real "Mark Smyth" is no near miss of a Mark Smith.
SOUND_INDEXED_SOURCES = frozenset({"zhwiki-cgroups"})
#: MT respells a name by one letter ("Grearish", "Verstapen"), two in a long one ("Sokuroff"): a name
#: further off is another name (Steve Carell is no Steve Carr).
LONG_NAME_LETTERS = 8
PLACE_TYPES = frozenset({"city", "region"})
#: A name of this many syllables, each its own capitalized word ("Qiu Tai San"), is written so by no
#: system (pinyin joins the given name, Wade-Giles hyphenates it): an MT error, except where the
#: country's names are spaced so (Lee Kuan Yew, Goh Chok Tong: SPACED_NAME_COUNTRIES).
SPACED_SYLLABLES = 3
#: What separates the words and syllables of a name: "Tsai Ing-wen" is three.
NAME_SEPARATORS = regex.compile(r"[\s\-‐‑]+")
_CAPITAL_AFTER_HYPHEN = regex.compile(r"[-‐‑]\p{Lu}")
_LATIN_NAME = regex.compile(r"\p{Latin}[\p{Latin}'’ .\-]*")


class MatchKind(StrEnum):
    """Which key a span shares with an entity: the kinds of evidence for a near miss."""

    RESPACED = "respaced"
    ROMANIZATION = "romanization"
    MIXED = "mixed"
    KOREAN = "korean"
    JAPANESE = "japanese"
    SOUND = "sound"
    GARBLED = "garbled"


@dataclass(frozen=True, slots=True)
class NameMatch:
    """One entity a span may be, the spelling that replaces it, and the evidence."""

    entry: str
    replacement: str
    kind: MatchKind
    evidence: str  # in words, for the edit's reason: which key, which systems, what similarity
    #: the span is another valid spelling of the name, not an error (see the module docstring)
    alternate: bool = False
    similarity: float = 100.0  # letters' edit similarity (0-100) where the key is a sound key
    syllables: int = 0  # how many syllables were read (romanization), else 0
    #: words of the span spelled exactly as in the name (sound keys): "Volodymyr" in "Volodymyr Jelensky"
    same_words: int = 0
    #: the pinyin of a Korean or Japanese name's characters ("Piao Zhen" for 朴振): the story's references
    #: to the country support it, as no Chinese person of that name is likely in a Korean story
    own_reading: bool = False
    #: a sound-alike of a person whose country writes names in Latin script ("Seldin" for Zeldin): such a
    #: name is spelled alike in every language, so a name that only sounds like it is most often another
    #: person's, and only the story naming the person supports it (not its references to the country)
    latin_script_name: bool = False


class _Filed(NamedTuple):
    """What a key leads to: an entity, the form it was filed under, and what replaces a near miss. A
    named tuple, as a cached gazetteer unpickles tens of thousands of them, four times faster than
    dataclass instances."""

    entry: str
    form: str
    replacement: str


class NameIndex:
    """Near-miss keys of the gazetteer's curated entities."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._respaced: dict[str, list[_Filed]] = {}
        self._syllables: dict[str, list[_Filed]] = {}
        self._mixed: dict[tuple[str, str], list[tuple[_Filed, int]]] = {}
        self._korean: dict[str, list[_Filed]] = {}
        self._japanese: dict[str, list[_Filed]] = {}
        #: a Japanese name of two words, surname first ("Kishida Fumio" for Fumio Kishida)
        self._japanese_surname_first: dict[str, list[_Filed]] = {}
        self._sound: dict[str, list[_Filed]] = {}
        self._countries: dict[str, str] = {}
        #: the indexed entities that are people: only a person's name respelled by sound is an error
        self._people: set[str] = set()
        #: a person's surname and given name as MT writes them alone, and the house's word for each
        self.parts: dict[str, NameParts] = {}
        #: (country id, the rest in pinyin letters) -> people whose Chinese name starts with the country's
        #: (韓國瑜: 韓國 is South Korea, so MT writes "South Korea Yu")
        self.country_prefixed: dict[tuple[str, str], list[str]] = {}
        #: the keys of the surnames and the folded words filed above: a span whose first (last) word is
        #: none of them needs no Korean (Japanese) key
        self._korean_surnames: set[str] = set()
        self._japanese_words: set[str] = set()
        #: entities whose canonical name is itself pinyin (Mao Zedong): other romanizations are old
        #: spellings of it, not errors
        self._pinyin_named: set[str] = set()
        # what the screen (:meth:`may_match`) asks of single words: the first letters of respaced keys,
        # the parts of half-pinyin keys, the sound keys of the words of Western names
        self._respaced_starts: set[str] = set()
        self._mixed_parts: set[str] = set()
        self._sound_words: set[str] = set()
        #: sound key -> the generated tables' foreigners filed under it (see SOUND_INDEXED_SOURCES)
        self._sound_generated: dict[str, list[_Filed]] = {}
        entries = list(entries)
        for entry in entries:
            if entry.source not in UNINDEXED_SOURCES:
                self._add(entry)
            elif entry.source in SOUND_INDEXED_SOURCES:
                self._add_generated_foreigner(entry)
        self._add_country_prefixed(entries)
        indexed = {entry.id for entry in entries if entry.source not in UNINDEXED_SOURCES}
        #: every person's name under each part of it, for garbled spellings of the curated ones
        self._garbled = GarbleIndex(entries, self.parts, indexed)

    def __len__(self) -> int:
        return len(self._countries)

    def _add(self, entry: Entry) -> None:
        self._countries[entry.id] = entry.country
        if entry.type == "person":
            self._people.add(entry.id)
        if parts := name_parts(entry):
            self.parts[entry.id] = parts
        # each declared name, and the spelling that replaces its near misses: a canonical or short form
        # itself, a variant the canonical form of as many words
        names = {
            form: _Filed(entry.id, form, form if kind in _KEPT_NAMES else entry.canonical_for(form))
            for form, kind in entry.forms().items()
            if kind in _DECLARED_NAMES and _LATIN_NAME.fullmatch(form)
        }
        for filed in names.values():
            if (
                len(NAME_SEPARATORS.split(filed.form)) > 1
                and len(_letters(filed.form)) >= MIN_RESPACED_LETTERS
            ):
                self._respaced.setdefault(_letters(filed.form), []).append(filed)
                self._respaced_starts.add(_letters(filed.form)[:_PREFIX])
        if entry.country in CHARACTER_NAME_COUNTRIES:
            self._add_readings(entry)
        if entry.type == "person" and entry.country in KOREAN_NAME_COUNTRIES:
            for filed in names.values():
                if key := korean_key(filed.form):
                    self._korean.setdefault(key, []).append(filed)
                    self._korean_surnames.add(key.split()[0])
        if entry.type == "person" and entry.country in JAPANESE_NAME_COUNTRIES:
            for filed in names.values():
                self._japanese.setdefault(hepburn_key(filed.form), []).append(filed)
                self._japanese_words.update(hepburn_key(filed.form).split())
                if len(words := filed.form.split()) == 2 and filed.form == filed.replacement:
                    reversed_key = hepburn_key(f"{words[1]} {words[0]}")
                    self._japanese_surname_first.setdefault(reversed_key, []).append(filed)
        if entry.country not in CHARACTER_NAME_COUNTRIES:
            for filed in names.values():
                if len(_letters(filed.form)) >= MIN_SOUND_LETTERS:
                    self._sound.setdefault(_sound_key_of(filed.form), []).append(filed)
                    self._sound_words.update(map(_word_sound_key, filed.form.split()))

    def _add_generated_foreigner(self, entry: Entry) -> None:
        """File a generated table's foreign person under the sound key of the full name: "Jack Grealish"."""
        words = entry.canonical.split()
        if (
            entry.type != "person"
            or entry.country in CHARACTER_NAME_COUNTRIES
            or not 2 <= len(words) <= 3
            or not _LATIN_NAME.fullmatch(entry.canonical)
            or len(_letters(entry.canonical)) < MIN_SOUND_LETTERS
            or all(romanization.syllabify(word) for word in words)  # a Chinese name, not a foreigner's
        ):
            return
        filed = _Filed(entry.id, entry.canonical, entry.canonical)
        self._countries[entry.id] = entry.country
        self._people.add(entry.id)
        self._sound_generated.setdefault(_sound_key_of(entry.canonical), []).append(filed)
        self._sound_words.update(map(_word_sound_key, words))

    def _add_readings(self, entry: Entry) -> None:
        """File the pinyin readings of the entity's Chinese forms, and (for people) the forms half in
        English, half in pinyin."""
        if entry.type != "person" and entry.country not in ROMANIZED_PLACE_COUNTRIES:
            return
        filed = _Filed(entry.id, entry.canonical, entry.canonical)
        longest = (
            MAX_JAPANESE_NAME_CHARACTERS
            if entry.country in JAPANESE_NAME_COUNTRIES
            else MAX_CHINESE_NAME_CHARACTERS
        )
        for chinese in entry.chinese:
            readings = _readings_of(chinese, surname=entry.type == "person", longest=longest)
            for syllables in readings:
                self._syllables.setdefault(" ".join(syllables), []).append(filed)
                if entry.country in PINYIN_NAME_COUNTRIES and "".join(syllables) == _letters(entry.canonical):
                    self._pinyin_named.add(entry.id)
            if entry.type == "person":
                self._add_mixed(entry, chinese, filed)

    def _add_country_prefixed(self, entries: list[Entry]) -> None:
        """File each person whose Chinese name starts with a country's Chinese name under that country and
        the pinyin of the rest: 韓國瑜 under South Korea and "yu"."""
        countries = {chinese: e.id for e in entries if e.type == "country" for chinese in e.chinese}
        for entry_id, parts in self.parts.items():
            for chinese in parts.chinese:
                for length in (2, 3):
                    country = countries.get(chinese[:length])
                    if country and len(chinese) > length:
                        for rest in _readings_of(chinese[length:]):
                            key = (country, "".join(rest))
                            if entry_id not in self.country_prefixed.get(key, ()):
                                self.country_prefixed.setdefault(key, []).append(entry_id)

    def _add_mixed(self, entry: Entry, chinese: str, filed: _Filed) -> None:
        """File the name as written half in English, half in pinyin, surname first: the English part is
        the canonical's surname or given name, the pinyin part the other characters ("Hayashi Fangzheng"
        for 林芳正, Yoshimasa Hayashi; "Li Jae-myung" for 李在明, Lee Jae-myung; "Li Kuan Yew" for 李光耀;
        "Chan Maobo" for 陳茂波, Paul Chan, whose English name puts the given name first).

        The English part must be no pinyin of the name's characters (in "Wang Bin", "Wang" is 王, and
        the name is merely short of a syllable), and outside Japan the surname is one character, two in
        a four-character name (歐陽).
        """
        words = entry.canonical.split()
        japanese = entry.country in JAPANESE_NAME_COUNTRIES  # a surname of one character or two
        longest = MAX_JAPANESE_NAME_CHARACTERS if japanese else MAX_CHINESE_NAME_CHARACTERS
        if len(words) not in (2, 3) or not is_all_chinese(chinese) or not 2 <= len(chinese) <= longest:
            return
        parts = self.parts.get(entry.id)
        given_first = entry.country in GIVEN_NAME_FIRST_COUNTRIES or (
            len(words) == 2 and parts is not None and parts.surname == words[-1]
        )  # or an English name given name first, as the name's parts read it (Paul Chan, 陳茂波)
        surname = words[-1] if given_first else words[0]
        given = " ".join(words[:-1] if given_first else words[1:])  # Lee Kuan Yew: "Kuan Yew"
        pinyin_parts = {"".join(r) for i in range(len(chinese)) for j in range(i + 1, len(chinese) + 1)
                        for r in _readings_of(chinese[i:j])}  # fmt: skip
        if _letters(surname) in pinyin_parts or _letters(given) in pinyin_parts:
            return
        cuts = range(1, len(chinese)) if japanese else (len(chinese) // 2 if len(chinese) == 4 else 1,)
        for cut in cuts:
            for head in _readings_of(chinese[:cut], surname=True):
                self._mixed.setdefault((_letters("".join(head)), _letters(given)), []).append((filed, 0))
            for tail in _readings_of(chinese[cut:]):
                self._mixed.setdefault((_letters(surname), _letters("".join(tail))), []).append((filed, 1))
        self._mixed_parts.update({_letters(surname), _letters(given), *map(_letters, given.split())})

    # --- look-ups -------------------------------------------------------------------------------------

    def may_match(self, words: Sequence[str]) -> bool:
        """Whether a run of words (spaced; each maybe hyphenated) could share a key with any entity: a
        screen cheaper than :meth:`match`, from facts about each word, so that the many runs of English
        words ("Second Ring Road") cost a few dictionary look-ups."""
        flags = [self._word_flags(word) for word in words]
        if all(f & _SYLLABLES for f in flags) or flags[0] & _RESPACED_START:
            return True
        if len(flags) > 1 and (flags[0] & _KOREAN_SURNAME or any(f & _MIXED_PART for f in flags)):
            return True
        # a garble: a name's first or last part exact ("Kim Kyn-hee"), or a Western surname alone ("Blinden")
        if (flags[0] | flags[-1]) & _NAME_PART if len(flags) > 1 else flags[0] & _LONE_SURNAME:
            return True
        return bool(flags[-1] & _JAPANESE_WORD) or all(f & _SOUND_WORD for f in flags)

    def may_go_on(self, words: Sequence[str]) -> bool:
        """Whether a name ending in ``words`` may go on in lower case: every word reads as romanized
        syllables ("Ko Wen" je), or the first is a Korean surname or starts a respaced name ("Park Geun"
        hye), or the words are the start of a declared name's letters ("Han Duck" soo: "Duck" is the
        name's customary spelling, no syllable of any system; "Park Avenue" starts no name)."""
        flags = [self._word_flags(word) for word in words]
        if all(f & _SYLLABLES for f in flags):
            return True
        # a surname of a Korean or respaced name, then a syllable of it ("Park Geun", "Leung Chun")
        if flags[0] & (_KOREAN_SURNAME | _RESPACED_START) and (
            flags[-1] & _SYLLABLES or is_korean_syllable(words[-1])
        ):
            return True
        return bool(flags[0] & _RESPACED_START) and self._starts_a_respaced_name(
            "".join(map(_letters, words))
        )

    def _starts_a_respaced_name(self, letters: str) -> bool:
        """Whether ``letters`` start, and do not end, the letters of some declared name."""
        keys = self._respaced_keys
        index = bisect.bisect_right(keys, letters)
        return index < len(keys) and keys[index].startswith(letters)

    @property
    def _respaced_keys(self) -> list[str]:
        """The respaced keys, sorted, for prefix look-ups; made on first use, not pickled."""
        keys = self.__dict__.get("_sorted_respaced")
        if keys is None:
            keys = self.__dict__["_sorted_respaced"] = sorted(self._respaced)
        return keys

    def may_match_somewhere(self, words: Sequence[str]) -> bool:
        """Whether any run of some of ``words`` could pass :meth:`may_match`: some word has a flag."""
        return any(self._word_flags(word) for word in words)

    def _word_flags(self, word: str) -> int:
        flags = self._flags_cache.get(word)
        if flags is None:
            flags = self._flags_cache[word] = self._screen(word)
        return flags

    def _screen(self, word: str) -> int:
        parts = [p for p in NAME_SEPARATORS.split(word) if p]
        letters = _letters(word)
        flags = 0
        if parts and all(romanization.syllabify(p) for p in parts):
            flags |= _SYLLABLES
        if letters[:_PREFIX] in self._respaced_starts:
            flags |= _RESPACED_START
        if parts and surname_key(parts[0]) in self._korean_surnames:
            flags |= _KOREAN_SURNAME
        if letters in self._mixed_parts:
            flags |= _MIXED_PART
        if parts and hepburn_key(parts[-1]) in self._japanese_words:
            flags |= _JAPANESE_WORD
        if _word_sound_key(word) in self._sound_words:
            flags |= _SOUND_WORD
        if self._garbled.may_start_or_end(word):
            flags |= _NAME_PART
        if self._garbled.may_be_a_lone_surname(word):
            flags |= _LONE_SURNAME
        return flags

    @property
    def _flags_cache(self) -> dict[str, int]:
        """Word -> its screening flags, filled as words are seen; not pickled with the gazetteer."""
        cache = self.__dict__.get("_flags")
        if cache is None or len(cache) > _MAX_CACHED_WORDS:
            cache = self.__dict__["_flags"] = {}
        return cache

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k not in _NOT_PICKLED}

    def state(self) -> dict[str, Any]:
        """The index as plain data, for the shipped built-in gazetteer (:mod:`translit.gazetteer.image`):
        each attribute as its kind in :data:`_STATE` writes it."""
        attributes = self.__getstate__()
        if set(attributes) != set(_STATE):  # an attribute the image would lose, or one it lacks
            raise ValueError(f"attributes {sorted(attributes)}, the image writes {sorted(_STATE)}")
        return {name: _WRITE.get(_STATE[name], _as_is)(value) for name, value in attributes.items()}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> NameIndex:
        """The index whose :meth:`state` that is."""
        index = cls.__new__(cls)
        index.__dict__.update((name, _READ.get(_STATE[name], _as_is)(value)) for name, value in state.items())
        return index

    def match(self, span: str) -> tuple[NameMatch, ...]:
        """Every entity ``span`` may be a near miss of, one match per entity, strongest key first."""
        tokens = tuple(t for t in NAME_SEPARATORS.split(span) if t)
        if not tokens:
            return ()
        found: dict[str, NameMatch] = {}
        for match in self._candidates(span, tokens):
            if match.replacement == span:
                continue
            first = found.setdefault(match.entry, match)
            if _reads_validly_after_all(first, match):  # "Chen Shuibian": Chen Shui-bian in plain pinyin
                found[match.entry] = match
        return tuple(found.values())

    def _candidates(self, span: str, tokens: tuple[str, ...]) -> Iterator[NameMatch]:
        yield from self._respaced_matches(span, tokens)
        yield from self._romanization_matches(span, tokens)
        yield from self._mixed_matches(tokens)
        if len(tokens) > 1 and surname_key(tokens[0]) in self._korean_surnames:
            yield from self._other_romanization(_filed_under(self._korean, korean_key(span)), span, "Korean")
        if hepburn_key(tokens[-1]) in self._japanese_words:
            yield from self._other_romanization(
                _filed_under(self._japanese, hepburn_key(span)), span, "Japanese"
            )
            yield from self._surname_first(span)
        yield from self._sound_matches(span)
        for garble in self._garbled.garbles(span):
            yield NameMatch(garble.entry, garble.replacement, MatchKind.GARBLED, garble.evidence)

    def _respaced_matches(self, span: str, tokens: tuple[str, ...]) -> Iterator[NameMatch]:
        for filed in _filed_under(self._respaced, _letters(span)):
            if _only_case_or_apostrophes_differ(span, filed.form):
                continue
            if _apostrophes_added(span, filed.form):  # Ch'en Ch'i-mai: Wade-Giles marks aspiration
                evidence = f"{filed.form!r} with Wade-Giles apostrophes"
                yield NameMatch(filed.entry, filed.replacement, MatchKind.RESPACED, evidence, alternate=True)
            elif len(tokens) > 1 or len(NAME_SEPARATORS.split(filed.form)) > 2:
                evidence = f"the letters of {filed.form!r} spaced or hyphenated another way"
                alternate = self._countries[filed.entry] in FREELY_SPACED_COUNTRIES
                yield NameMatch(filed.entry, filed.replacement, MatchKind.RESPACED, evidence, alternate)

    def _romanization_matches(self, span: str, tokens: tuple[str, ...]) -> Iterator[NameMatch]:
        words = len(span.split())
        for split in _syllable_splits(tokens):
            for reading in itertools.product(*(sorted(s.readings) for s in split)):
                for filed in _filed_under(self._syllables, " ".join(reading)):
                    plain = all(s.spelling == r.replace("ü", "u") for s, r in zip(split, reading))
                    country = self._countries[filed.entry]
                    if not plain and country not in CHINESE_SPEAKING_COUNTRIES:
                        continue  # 岸田 is Kishida; only its pinyin is MT's reading of the characters
                    evidence = "read as " + ", ".join(
                        _describe_syllable(s, r) for s, r in zip(split, reading)
                    )
                    joined = len(split) > len(tokens)
                    # each syllable a word ("Qiu Tai San"), a capital after a hyphen ("Ing-Wen"): no
                    # system writes a name so
                    misshapen = (
                        words == len(split) >= SPACED_SYLLABLES and country not in SPACED_NAME_COUNTRIES
                    ) or (_CAPITAL_AFTER_HYPHEN.search(span) is not None)
                    alternate = not misshapen and self._is_valid_spelling(
                        filed.entry, country, split, reading, joined
                    )
                    yield NameMatch(
                        filed.entry,
                        filed.replacement,
                        MatchKind.ROMANIZATION,
                        evidence,
                        alternate,
                        syllables=len(split),
                        own_reading=country in OWN_READING_COUNTRIES,
                    )

    def _is_valid_spelling(
        self,
        entry_id: str,
        country: str,
        split: tuple[romanization.Syllable, ...],
        reading: tuple[str, ...],
        joined: bool,
    ) -> bool:
        """Whether a name read syllable by syllable is spelled validly, in one system of romanized Mandarin
        (Cai Yingwen, Ts'ai Ying-wen; Mao Tse-tung for Mao Zedong), and so only the house style's to
        change. Pinyin is not a valid spelling of a Korean or Japanese name (Piao Zhen for 朴振, Park
        Jin: their characters have readings of their own), and mixed systems or Yale are MT's errors."""
        if country in OWN_READING_COUNTRIES:
            return False
        if entry_id in self._pinyin_named or country not in CHINESE_SPEAKING_COUNTRIES:
            return True
        spelled = ((s.spelling, r) for s, r in zip(split, reading))
        return romanization.written_system(spelled, joined) is not None

    def _mixed_matches(self, tokens: tuple[str, ...]) -> Iterator[NameMatch]:
        for cut in range(1, len(tokens)):
            parts = ("".join(tokens[:cut]), "".join(tokens[cut:]))
            for plain, pinyin_part in self._mixed.get((_letters(parts[0]), _letters(parts[1])), ()):
                filed = _filed(plain)
                evidence = f"part of {filed.form!r}, the rest ({parts[pinyin_part]!r}) in pinyin"
                yield NameMatch(filed.entry, filed.replacement, MatchKind.MIXED, evidence)

    def _other_romanization(self, filed: Iterable[_Filed], span: str, language: str) -> Iterator[NameMatch]:
        kind = MatchKind.KOREAN if language == "Korean" else MatchKind.JAPANESE
        for one in filed:
            if one.form != span:
                evidence = f"{one.form!r} in another romanization of {language}"
                yield NameMatch(one.entry, one.replacement, kind, evidence, alternate=True)

    def _surname_first(self, span: str) -> Iterator[NameMatch]:
        """A Japanese name written surname first ("Kishida Fumio", "Ishiba Shigeru"): Japan's own order,
        which its government asks English to use and MT from Chinese keeps, and so a valid spelling that
        the house style (given name first, as English news writes it) replaces."""
        for one in _filed_under(self._japanese_surname_first, hepburn_key(span)):
            evidence = f"{one.form!r} written surname first, in Japanese order"
            yield NameMatch(one.entry, one.replacement, MatchKind.JAPANESE, evidence, alternate=True)

    def _sound_matches(self, span: str) -> Iterator[NameMatch]:
        if len(_letters(span)) < MIN_SOUND_LETTERS:
            return
        key = _sound_key_of(span)
        generated = _filed_under(self._sound_generated, key)
        filed = [*_filed_under(self._sound, key), *filter(_respelled(span), generated)]
        for score, one in sorted(((similarity(span, f.form), f) for f in filed), key=lambda s: -s[0]):
            if _letters_of(one.form) != _letters_of(span) and score >= MIN_SOUND_SIMILARITY:
                evidence = (
                    f"sounds like {one.form!r} (key {_sound_key_of(one.form)}, letters {score:.0f}% alike)"
                )
                same = len(set(span.split()) & set(one.form.split()))
                # another transliteration or spelling of the name ("Zelenskyi", "Victor Orban") is the
                # house style's business, or an inconsistency; any other difference in a person's name
                # ("Jelensky", "Grearish", "Perosi", "Pelozi") is a misspelling. Places and bodies have
                # spellings of their own in other Englishes (Organisation, Programme) and other
                # languages (Zaporizhya): never errors by sound.
                alternate = one.entry not in self._people or self._is_other_spelling(
                    one.entry, span, one.form
                )
                yield NameMatch(
                    one.entry,
                    one.replacement,
                    MatchKind.SOUND,
                    evidence,
                    alternate,
                    score,
                    same_words=same,
                    latin_script_name=one.entry in self._people and self._is_latin_script(one.entry),
                )

    def _is_other_spelling(self, entry_id: str, span: str, form: str) -> bool:
        """Whether ``span`` is another valid spelling of a person's name ``form``: by transliteration where
        the person's name is transliterated (or the country is unknown: the benefit of the doubt), else
        only as the languages writing a Latin-script name differ."""
        if self._is_latin_script(entry_id):
            return is_latin_spelling_variant(span, form)
        return is_transliteration_variant(span, form)

    def _is_latin_script(self, entry_id: str) -> bool:
        """Whether the entity's country is known and writes its names in Latin script."""
        country = self._countries.get(entry_id, "")
        return bool(country) and country not in TRANSLITERATED_NAME_COUNTRIES | CHARACTER_NAME_COUNTRIES


# The screen's flags, one bit each, and how many words it remembers (a long corpus has many).
(
    _SYLLABLES,
    _RESPACED_START,
    _KOREAN_SURNAME,
    _MIXED_PART,
    _JAPANESE_WORD,
    _SOUND_WORD,
    _NAME_PART,
    _LONE_SURNAME,
) = (1 << i for i in range(8))
_PREFIX = 3
_MAX_CACHED_WORDS = 200_000
#: What the index works out as it is used, not kept with the gazetteer.
_NOT_PICKLED = frozenset({"_flags", "_sorted_respaced"})
#: How each attribute of the index is kept in plain data (:meth:`NameIndex.state`): "filed" for key ->
#: list of _Filed and "mixed" for key -> list of (_Filed, part), each _Filed a plain tuple (read as it
#: is: see _filed_under); "set" as a sorted list, "parts" for NameParts (their fields), "garbled" for
#: the GarbleIndex, "plain" as it is.
_STATE = {
    "_respaced": "filed",
    "_syllables": "filed",
    "_mixed": "mixed",
    "_korean": "filed",
    "_japanese": "filed",
    "_japanese_surname_first": "filed",
    "_sound": "filed",
    "_countries": "plain",
    "_people": "set",
    "parts": "parts",
    "country_prefixed": "plain",
    "_korean_surnames": "set",
    "_japanese_words": "set",
    "_pinyin_named": "set",
    "_respaced_starts": "set",
    "_mixed_parts": "set",
    "_sound_words": "set",
    "_sound_generated": "filed",
    "_garbled": "garbled",
}
#: A _Filed from its fields: the tuple type's own constructor, in C.
_filed = functools.partial(tuple.__new__, _Filed)


def _filed_under(table: dict[Any, list[_Filed]], key: Any) -> list[_Filed]:
    """The names filed under ``key``, each a _Filed: an index read from the shipped image keeps their
    fields as plain tuples (thousands of names, of which a run reads a few)."""
    return list(map(_filed, table.get(key, ())))


_WRITE: dict[str, Callable[[Any], Any]] = {  # the other kinds are written as they are
    "set": sorted,
    "parts": lambda value: {i: tuple(getattr(p, f.name) for f in fields(p)) for i, p in value.items()},
    "garbled": GarbleIndex.state,
}
_READ: dict[str, Callable[[Any], Any]] = {  # "filed" and "mixed" as they are: see _filed_under
    "set": set,
    "parts": lambda value: {i: NameParts(*fields) for i, fields in value.items()},
    "garbled": GarbleIndex.from_state,
}
_DECLARED_NAMES = frozenset({FormKind.CANONICAL, FormKind.SHORT, FormKind.VARIANT})
_KEPT_NAMES = frozenset({FormKind.CANONICAL, FormKind.SHORT})


def _as_is(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=65536)
def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _only_case_or_apostrophes_differ(span: str, form: str) -> bool:
    """Whether ``span`` is ``form`` in other case or apostrophes, no word of the name written in lower
    case and no syllable after a hyphen capitalized: Mohammed Bin Salman, Hong KONG, People’s Daily are
    typography; "Lee Hsien loong" and "Tsai Ing-Wen" are misspellings."""
    ours, theirs = span.replace("’", "'"), form.replace("’", "'")
    if ours.lower() != theirs.lower():
        return False
    if any(a.islower() and not b.islower() for a, b in zip(ours.split(" "), theirs.split(" "))):
        return False
    after_hyphens = zip(ours.split("-")[1:], theirs.split("-")[1:])
    return not any(a[:1].isupper() and b[:1].islower() for a, b in after_hyphens)


def _reads_validly_after_all(first: NameMatch, other: NameMatch) -> bool:
    """Whether a name respaced from the entity's own ("Chen Shuibian" for Chen Shui-bian) is after all
    the entity's name in one system, read syllable by syllable: then it is a valid spelling."""
    return (
        first.kind is MatchKind.RESPACED
        and not first.alternate
        and other.kind is MatchKind.ROMANIZATION
        and other.alternate
    )


def _letters_of(name: str) -> str:
    """The name's letters without case or diacritics: "Hernán Crespo" is "Hernan Crespo" typed plainly."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def _apostrophes_added(span: str, form: str) -> bool:
    """Whether ``span`` is ``form`` with apostrophes added, as Wade-Giles marks aspiration ("Ch'en
    Ch'i-mai" for Chen Chi-mai): another valid spelling."""
    plain = span.replace("'", "").replace("’", "")
    return plain != span and plain.lower() == form.lower()


def _sound_key_of(name: str) -> str:
    return " ".join(_word_sound_key(word) for word in name.split())


@functools.lru_cache(maxsize=65536)
def _word_sound_key(word: str) -> str:
    return sound_key(word)


def _respelled(span: str) -> Callable[[_Filed], bool]:
    """Whether a generated table's foreigner is written ``span`` with one word respelled: every other
    word exact, the respelled one rare in English and no common surname (see SOUND_INDEXED_SOURCES)."""

    def respelled(filed: _Filed) -> bool:
        ours, theirs = span.split(), filed.form.split()
        if len(ours) != len(theirs):
            return False
        changed = [(word, name) for word, name in zip(ours, theirs) if word != name]
        if len(changed) != 1:
            return False
        word, name = changed[0][0].lower(), changed[0][1].lower()
        rank = surname_ranks().get(word)
        return (
            zipf(word) < MAX_RESPELLED_ZIPF
            and (rank is None or rank > MAX_REAL_SURNAME_RANK)
            and levenshtein_distance(word, name) <= 1 + (len(name) >= LONG_NAME_LETTERS)
        )

    return respelled


def _syllable_splits(tokens: tuple[str, ...]) -> Iterator[tuple[romanization.Syllable, ...]]:
    """Every reading of the tokens as a run of two to four syllables."""
    per_token = [romanization.syllabify(token) for token in tokens]
    if not all(per_token):
        return
    for combination in itertools.product(*per_token):
        split = tuple(itertools.chain.from_iterable(combination))
        if MIN_SYLLABLES <= len(split) <= MAX_SYLLABLES:
            yield split


def _describe_syllable(syllable: romanization.Syllable, reading: str) -> str:
    systems = sorted(romanization.systems(syllable.spelling, reading))
    return f"{syllable.spelling!r} = {reading} ({'/'.join(systems)})"


def _readings_of(
    chinese: str, surname: bool = False, longest: int = MAX_CHINESE_NAME_CHARACTERS
) -> list[tuple[str, ...]]:
    """Toneless pinyin readings of a name of at most ``longest`` characters: the usual reading of each
    character, and with ``surname`` the first character's reading as a surname where that differs (曾
    ceng, as a surname zeng)."""
    if not is_all_chinese(chinese) or len(chinese) > longest:
        return []
    usual = pinyin.pinyin_syllables(chinese)  # () where a character has no reading
    if not usual:
        return []
    readings = [usual]
    if surname and (reading := romanization.SURNAME_READINGS.get(chinese[0])) and reading != usual[0]:
        readings.append((reading, *usual[1:]))
    return readings
