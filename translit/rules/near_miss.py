"""Near-miss spellings of known names: "Tsai Ing wen", "Hou Yu-yi", "Hayashi Fangzheng", "Jelensky" —
each rewritten to the entity's canonical spelling.

MT spells a name it does not know by romanizing it, and seldom the way the gazetteer's keys do: it
mixes systems, splits syllables differently, leaves half a name in pinyin. Every capitalized span that
is neither a known word nor a known name is looked up in the gazetteer's name index
(:mod:`translit.names.index`), which says which entities it may be and by which key; the priors come
from :mod:`translit.names.prior`, and each candidate's reason carries its evidence. Another valid
spelling of a name ("Yoon Seok-yeol", "Mao Tse-tung") is fixed here only where the story also names the
entity otherwise; used consistently, it is the house style's (:mod:`translit.rules.near_miss_style`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import weakref
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.gazetteer.entry import FormKind
from translit.gazetteer.words import zipf
from translit.names.index import MAX_SYLLABLES, NAME_SEPARATORS, UNINDEXED_SOURCES, MatchKind
from translit.names.memo import per_document
from translit.names.namesakes import mainland_namesake
from translit.names.prior import PRIORS, Role, describe_support, near_miss_priors, needs_support, role
from translit.names.romanization import syllabify
from translit.names.spans import (
    POSSESSIVE,
    lower_case_follows,
    lower_case_syllables_after,
    lower_case_word_after,
    may_go_on_after,
    starts_a_word,
    sub_runs,
    without_possessive,
)
from translit.names.support import NEARBY, Support, support_near
from translit.rules.context import (
    COMMON_WORD_ZIPF,
    TITLES,
    is_function_word_or_title,
    is_inside_longer_name,
    is_pinyin_error,
)
from translit.rules.rule import Evidence, Rule
from translit.source.readings import letters

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Gazetteer, Mention
    from translit.names.index import NameMatch


#: What one run's sub-runs match: (start, end, matches) relative to the run.
RunMatches = tuple[tuple[int, int, tuple["NameMatch", ...]], ...]


def find_near_misses(document: Document) -> Iterator[Finding]:
    yield from near_miss_findings(document, "near-miss", "variant", {Role.ERROR, Role.INCONSISTENT})


def near_miss_findings(
    document: Document, rule: str, edit_type: str, roles: Collection[Role]
) -> Iterator[Finding]:
    """The findings of the near misses that play one of ``roles`` in the story (see
    :class:`translit.names.prior.Role`): errors and inconsistencies here, valid spellings used
    consistently in the house-style rule :mod:`translit.rules.near_miss_style`."""
    gazetteer = document.gazetteer
    for start, end, all_matches in _near_miss_spans(document):
        surface = document.text[start:end]
        supported = [(m, _support(document, m, start, end)) for m in all_matches]
        supported = [(m, support) for m, support in supported if role(m, support) in roles]
        namesakes = [_mainland_namesake(document, m, support, start, end) for m, support in supported]
        if supported and all(namesakes):
            yield Finding(start, end, surface, edit_type, rule, (), note=namesakes[0])
            continue
        supported = [pair for pair, namesake in zip(supported, namesakes) if not namesake]
        if not supported:
            continue
        if not document.house_style:  # the article's own valid spelling stays, and the others follow it
            supported = [
                (m, support)
                for m, support in supported
                if usual_spelling(document, m.entry, m.replacement, _is_own_spelling(m, surface)) != surface
            ]
            if not supported:
                continue
        matches, supports = zip(*supported)
        priors = near_miss_priors(matches, supports)
        candidates = []
        for match, support, prior in zip(matches, supports, priors):
            spelling = _spelling_for(document, match, surface)
            usual = (
                f"; the article's usual spelling of it is {spelling!r}"
                if spelling != match.replacement
                else ""
            )
            reason = (
                f"{surface!r} is {role(match, support).value} of {gazetteer[match.entry].canonical}: "
                f"{match.evidence} ({match.kind.value} key); {describe_support(support)}{usual}"
            )
            candidates.append(
                Candidate(spelling, reason, prior, entry=match.entry, references=support.references)
            )
        yield Finding(start, end, surface, edit_type, rule, tuple(candidates))


def _mainland_namesake(document: Document, match: NameMatch, support: Support, start: int, end: int) -> str:
    """Why a valid spelling the house style would replace is left alone as a mainland person's own
    pinyin (:func:`translit.names.namesakes.mainland_namesake`), or "" where it is not."""
    if role(match, support) is not Role.HOUSE_STYLE:
        return ""
    return mainland_namesake(document, document.gazetteer[match.entry], start, end) or ""


def _support(document: Document, match: NameMatch, start: int, end: int) -> Support:
    """The story's references to the match's entity near the span; without the house style, its usual
    spelling of the name counts too where that is another near miss (a story that writes "Yoon Sok-yol"
    twice names Yoon Suk Yeol beside a third "Yoon Seok-yeol")."""
    support = support_near(document, match.entry, start, end)
    if document.house_style or not match.alternate:
        return support
    surface = document.text[start:end]
    spelling = usual_spelling(document, match.entry, match.replacement, _is_own_spelling(match, surface))
    if spelling == match.replacement or spelling == surface:
        return support
    written = _valid_spellings(document)[(match.entry, match.replacement)][spelling]
    usual = sum(1 for offset in written.starts if abs(offset - start) <= NEARBY)
    return dataclasses.replace(support, references=support.references + usual)


def _spelling_for(document: Document, match: NameMatch, surface: str) -> str:
    """What replaces a near miss: the entity's declared name, or without the house style the article's
    usual valid spelling of it."""
    return (
        match.replacement
        if document.house_style
        else usual_spelling(document, match.entry, match.replacement, _is_own_spelling(match, surface))
    )


def _is_own_spelling(match: NameMatch, surface: str) -> bool:
    """Whether a near miss is another valid spelling of the name itself, not an error nor a reading of
    its characters: its own letters spaced another way ("Ri Sol-ju", "Yanan" for Yan'an), or its own
    language's other romanization ("Kim Joo-ae"); but a romanization of the characters in other letters
    ("Li Xue-zhu" for 李雪主, Ri Sol Ju; "Yenan" for Yan'an) is a reading."""
    return match.alternate and (
        match.kind is not MatchKind.ROMANIZATION or letters(surface) == letters(match.replacement)
    )


def usual_spelling(document: Document, entry_id: str, form: str, own_spelling: bool = False) -> str:
    """The valid spelling of ``form`` (an entity's canonical name or short form) that the article writes
    strictly more often than any other, else ``form`` itself. Valid spellings are the declared ones
    (canonical, alternates) the article uses and the near misses that are another valid spelling of the
    entity alone ("Kim Joo-ae" for Kim Ju Ae): without the house style, a story that writes "Kim Joo-ae"
    five times and "Kim Ju Ae" once is a story in the first spelling, and every other spelling of the
    name follows it.

    Readings of a name's characters that translators write ("Li Xuezhu" for 李雪主, Ri Sol Ju; "Lai
    Qingde") are valid spellings too, but not the name's own: the spelling that one of its own spellings
    (``own_spelling``) follows is chosen among its own alone, so that a correct spelling ("Ri Sol-ju")
    is never rewritten to a reading, however often the story writes that. Readings and errors follow the
    story's usual spelling of any sort."""
    written = _valid_spellings(document).get((entry_id, form))
    if not written:
        return form
    ranked = sorted(
        (
            (len(spelt.starts), spelling)
            for spelling, spelt in written.items()
            if not (own_spelling and spelt.reading)
        ),
        reverse=True,
    )
    if not ranked:
        return form
    return ranked[0][1] if len(ranked) == 1 or ranked[0][0] > ranked[1][0] else form


def usual_names(document: Document) -> dict[str, tuple[str, Written]]:
    """Entry id -> the article's usual spelling of the entity's canonical name, where that is another
    valid spelling than the canonical one, and where the article writes it."""
    found = {}
    for (entry_id, form), written in _valid_spellings(document).items():
        if form == document.gazetteer[entry_id].canonical:
            spelling = usual_spelling(document, entry_id, form)
            if spelling != form:
                found[entry_id] = (spelling, written[spelling])
    return found


@dataclasses.dataclass(frozen=True)
class Written:
    """Where the article writes one valid spelling of a name (sorted offsets), and whether the spelling
    is a reading of the name's characters (a pinyin key, or a near miss that romanizes them in other
    letters than the name's: :func:`_is_own_spelling`) rather than the name's own."""

    starts: list[int]
    reading: bool


@per_document  # every near miss and every consistent mention asks
def _valid_spellings(document: Document) -> dict[tuple[str, str], dict[str, Written]]:
    """(entry id, declared form) -> each valid spelling of it the article writes, and where."""
    spellings: dict[tuple[str, str], dict[str, Written]] = {}
    gazetteer = document.gazetteer
    written: list[tuple[int, str, str, str, bool]] = []  # (start, entry, form, spelling, reading)
    for mention in document.mentions:
        if len(mention.entries) == 1 and is_valid_spelling(gazetteer[mention.entries[0]], mention):
            entry = gazetteer[mention.entries[0]]
            form = entry.canonical_for(mention.surface)
            written.append((mention.start, entry.id, form, mention.surface, mention.kind is FormKind.PINYIN))
    for start, end, matches in _near_miss_spans(document):
        if len(matches) == 1 and matches[0].alternate:
            match = matches[0]
            surface = document.text[start:end]
            reading = not _is_own_spelling(match, surface)
            written.append((start, match.entry, match.replacement, surface, reading))
    for start, entry_id, form, spelling, reading in sorted(written):
        spelt = spellings.setdefault((entry_id, form), {}).setdefault(spelling, Written([], reading))
        spelt.starts.append(start)
    return spellings


def is_valid_spelling(entry: Entry, mention: Mention) -> bool:
    """Whether a mention writes the entity's name in a valid spelling: canonical, an alternate, or the
    pinyin of a Chinese-world name as translators write it ("Lai Qingde"; not "Li Zaiming" for a Korean,
    nor "Lai Qing De")."""
    kind = mention.kind
    return kind in VALID_KINDS or (
        kind is FormKind.PINYIN
        and entry.type == "person"
        and not is_pinyin_error(entry, kind, mention.surface)
    )


#: The declared valid spellings of a name. Short forms stand apart: a story may write "Kuomintang" and
#: "KMT", "US" and "U.S.", as it pleases.
VALID_KINDS = frozenset({FormKind.CANONICAL, FormKind.ALTERNATE})


@per_document  # both near-miss rules read them
def _near_miss_spans(document: Document) -> list[tuple[int, int, tuple[NameMatch, ...]]]:
    """:func:`_find_near_miss_spans`, once per document."""
    return list(_find_near_miss_spans(document))


def _find_near_miss_spans(document: Document) -> Iterator[tuple[int, int, tuple[NameMatch, ...]]]:
    """The leftmost-longest spans that match some entity, none overlapping a known name partly."""
    text, gazetteer = document.text, document.gazetteer
    cache, quiet = _run_cache(gazetteer)
    runs = document.distinct_capitalized_runs
    if quiet.issuperset(runs):
        return  # many texts: every run is one seen before that matches nothing wherever it stands
    cached = cache.get  # a run of the text each: most are seen before and match nothing
    starts: list[int] | None = None
    # most runs are quiet ("The", "Beijing", "Second Ring Road"): the others are picked out in C
    for base, spelled in document.capitalized_runs_among(runs.difference(quiet)):
        end = base + len(spelled)
        analysis = cached(spelled)
        if (
            analysis is not None
            and not analysis[0]
            and not (lower_case_follows(text, end) and may_go_on_after(text, end))
        ):
            # "United States said": no sub-run matches (nor one of the words after its first: see
            # _analysed), and only a lower-case word after it that may go on in a name could add one.
            # Most runs that end in two syllables are followed by none, or by an English word: in the speed
            # corpus 6,200 of 6,600 such runs skip here (3,200 without the word's test), near-miss
            # 56 -> 44 ms CPU over the corpus (min of 10 passes, alternated with the test left out).
            continue
        if not starts_a_word(text, base):  # "then-President Kim Chong-un": the run starts at its next word
            space = spelled.find(" ")
            if space < 0:
                continue
            spelled, base = spelled[space + 1 :], base + space + 1
            analysis = cached(spelled)
        analysis = analysis or _analysed(cache, quiet, gazetteer, spelled)
        if analysis is _NOTHING:
            continue
        found, continues = analysis
        if (
            continues
            and lower_case_follows(text, end)
            and (extended := lower_case_syllables_after(text, end)) > end
        ):
            spelled = text[base:extended]
            found, _ = cache.get(spelled) or _analysed(cache, quiet, gazetteer, spelled)
        elif continues and lower_case_follows(text, end) and (word_end := lower_case_word_after(text, end)):
            found = _completed_by_a_word(cache, quiet, gazetteer, text[base:word_end], found)
        starts = starts if starts is not None else [m.start for m in document.mentions]
        cursor = 0
        for relative_start, relative_end, matches in found:
            start, end = base + relative_start, base + relative_end
            if start < cursor or _overlaps_a_name(document, starts, start, end):
                continue
            if _holds_another_name(document, start, end):
                continue
            kept = tuple(m for m in matches if not _touches_another_name(document, m, start, end))
            if kept:
                cursor = end
                yield start, end, kept


def _completed_by_a_word(
    cache: dict[str, tuple[RunMatches, bool]],
    quiet: set[str],
    gazetteer: Gazetteer,
    spelled: str,
    found: RunMatches,
) -> RunMatches:
    """``found``, and before it the sub-runs that a common English word after the run completes into a
    declared name, letter for letter ("Moon Jae in": "in" is English, but "Moon Jae" is no name and
    "Moon Jae in" is Moon Jae-in's letters); a looser match through an English word is none."""
    on, _ = cache.get(spelled) or _analysed(cache, quiet, gazetteer, spelled)
    completed = tuple(
        (start, end, matches)
        for start, end, matches in on
        if end == len(spelled) and all(m.kind is MatchKind.RESPACED for m in matches)
    )
    return tuple(sorted((*completed, *found), key=lambda sub_run: sub_run[0])) if completed else found


#: Per gazetteer, each run of capitalized words seen -> what its sub-runs match (see :func:`_run_matches`),
#: and the runs seen that match nothing (see :func:`_analysed`).
_RUN_CACHES: weakref.WeakKeyDictionary[Gazetteer, tuple[dict[str, tuple[RunMatches, bool]], set[str]]] = (
    weakref.WeakKeyDictionary()
)
#: A long corpus has many runs: the cache starts afresh beyond this many.
MAX_CACHED_RUNS = 200_000


def _run_cache(gazetteer: Gazetteer) -> tuple[dict[str, tuple[RunMatches, bool]], set[str]]:
    caches = _RUN_CACHES.get(gazetteer)
    if caches is None or len(caches[0]) > MAX_CACHED_RUNS:
        caches = _RUN_CACHES[gazetteer] = {}, set()
    return caches


def _analysed(
    cache: dict[str, tuple[RunMatches, bool]], quiet: set[str], gazetteer: Gazetteer, run: str
) -> tuple[RunMatches, bool]:
    """What the run's sub-runs match, kept in ``cache``; a run that matches nothing joins ``quiet``.

    A quiet run is quiet wherever it stands: where it starts inside a word ("then-President Kim"), the
    name may start at its second word, but what the words after its first match (see
    :func:`_run_matches`) depends on those words alone, and they match nothing as part of the run, nor do
    their last two go on in lower case. So the scan skips it without a look at the text around it.
    """
    result = _run_matches(gazetteer, without_possessive(run))
    cache[run] = result = result if any(result) else _NOTHING
    if result is _NOTHING:
        quiet.add(run)
    return result


#: What most runs match: nothing, and no lower-case syllables go on from them (one object, so that the
#: scan tells it by identity).
_NOTHING: tuple[RunMatches, bool] = ((), False)


def _run_matches(gazetteer: Gazetteer, run: str) -> tuple[RunMatches, bool]:
    """The sub-runs of a run of capitalized words that match some entity, longest first from each word,
    and whether lower-case syllables after the run may continue a name in it ("Ko Wen je").

    A run recurs across a corpus ("President Joe Biden", "Beijing"), so the caller caches this; what
    depends on the document (the names found around it) it checks itself. Sub-runs are skipped that start
    with a title or a function word ("President X", "The X": the name starts after it), that no key could
    match (:meth:`~translit.names.index.NameIndex.may_match`: "Second Ring Road"), that are one common
    word ("Today"), or that have more parts than a name.
    """
    index = gazetteer.names
    spelled = run.split(" ")
    # a run ending in two romanized syllables, or a surname and a syllable, may go on in lower case:
    # "(Mayor) Ko Wen je", "Lee Hsien loong", "Park Geun hye"
    continues = len(spelled) > 1 and index.may_go_on(spelled[-2:])
    if not index.may_match_somewhere(spelled):
        return (), continues  # "The", "Second Ring Road": no word of it is in any key
    found = []
    for start, end in sub_runs(run):
        words = run[start:end].split(" ")
        if any(POSSESSIVE.search(word) for word in words[:-1]):
            continue  # "Taiwan's Lai": a possessive ends a name
        if possessive := POSSESSIVE.search(words[-1]):  # "Cheng Wentsan's Labour party"
            end -= len(possessive.group())
            words[-1] = words[-1][: possessive.start()]
        after_function_word = is_function_word_or_title(words[0])
        if (after_function_word and not _may_be_a_surname(words[0])) or words[0].isupper():
            continue
        if not words[-1] or not index.may_match(words):
            continue
        if len(words) == 1 and _is_common_word(words[0]):
            continue
        surface = run[start:end]
        if len(NAME_SEPARATORS.split(surface)) > MAX_SYLLABLES or gazetteer.lookup(surface):
            continue  # longer than a name, or a known name
        matches = index.match(surface)
        if after_function_word:  # "You Sikun": the word is a name only if the whole reads as one surely
            matches = tuple(m for m in matches if not needs_support(m) and m.kind is not MatchKind.SOUND)
        if matches:
            found.append((start, end, matches))
    return tuple(found), continues


@functools.lru_cache(maxsize=1024)
def _may_be_a_surname(word: str) -> bool:
    """A function word that is also a romanized surname ("You", "He", "An"), never a title: a name may
    start with it ("You Si-kun")."""
    return word.lower() not in TITLES and any(len(split) == 1 for split in syllabify(word))


def _overlaps_a_name(document: Document, starts: list[int], start: int, end: int) -> bool:
    """Whether a known name lies across the span's edge, or holds the span: only spans that are no
    known name, or that hold whole known names, are near misses."""
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and document.mentions[index].end > start:
        mention = document.mentions[index]
        if not (mention.start == start and mention.end < end):
            return True
    index += 1
    while index < len(starts) and starts[index] < end:
        if document.mentions[index].end > end:
            return True
        index += 1
    return False


def _touches_another_name(document: Document, match: NameMatch, start: int, end: int) -> bool:
    entry = document.gazetteer[match.entry]
    kept = entry.name_words - set(match.replacement.split())
    return is_inside_longer_name(document.text, start, end, kept)


@functools.lru_cache(maxsize=65536)
def _is_common_word(word: str) -> bool:
    return zipf(word) >= COMMON_WORD_ZIPF


def _holds_another_name(document: Document, start: int, end: int) -> bool:
    """Whether the span holds a curated name of a place, body or country ("Songshan National"): a
    name next to it is no part of a person's."""
    first = bisect.bisect_left(document.mentions, start, key=lambda m: m.start)
    for mention in document.mentions[first:]:
        if mention.start >= end:
            return False
        entry = document.gazetteer[mention.entries[0]]
        if entry.type != "person" and entry.source not in UNINDEXED_SOURCES:
            return True
    return False


RULE = Rule(
    name="near-miss",
    find=find_near_misses,
    emits=frozenset({"variant"}),
    priors=PRIORS,
    reads=frozenset({Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
)
