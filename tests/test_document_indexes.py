"""The document's indexes of its mentions, built on first use and at C speed where it can (issue #18),
answer as the plain loops over the mentions they replace; and the gazetteer's scan finds what a scan
of spans sorted by a key and checked one by one finds. Each is compared, on texts built from every
rule's triggers with apostrophes and hyphens between them, with that plain computation."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.tiny import GAZETTEER, document
from tools.testkit import TRIGGERS
from translit.gazetteer import FormKind, Mention
from translit.gazetteer.gazetteer import _in_protected_phrase, _inside_a_word
from translit.gazetteer.matcher import leftmost_longest
from translit.names.spans import RUN

PIECES = (*TRIGGERS, "Kiev's", "Modi’in", "’Kyiv", "Harris", "Kamala Harris", "Lai", "US", "American")
SEPARATORS = (" ", ", ", "'", "’", "-", "\n", " and ", "")
KIND_SETS = (
    frozenset({FormKind.CANONICAL}),
    frozenset({FormKind.VARIANT, FormKind.ALTERNATE}),
    frozenset(kind for kind in FormKind if kind.is_rewritten),
)


def texts() -> st.SearchStrategy[str]:
    part = st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS))
    return st.lists(part, max_size=16).map(lambda parts: "".join(p + s for p, s in parts))


def scanned_one_by_one(text: str) -> list[Mention]:
    """The mentions as a plain scan finds them: every span, leftmost-longest by a sort key, each
    checked for an apostrophe gluing it to a word and for a protected phrase."""
    spans = [(s, e) for s, e in GAZETTEER._matcher.find(text) if text[s:e] in GAZETTEER._forms]
    mentions = []
    for start, end in leftmost_longest(spans):
        if _inside_a_word(text, start, end):
            continue
        _surface, entries, kind = GAZETTEER._mention_fields(text[start:end])
        phrases = GAZETTEER._phrases(text[start:end])
        if not (phrases and _in_protected_phrase(text, start, end, phrases)):
            mentions.append(Mention(start, end, text[start:end], entries, kind))
    return mentions


@settings(max_examples=300, deadline=None)
@given(texts())
def test_the_scan_finds_what_a_scan_one_by_one_finds(text: str) -> None:
    assert GAZETTEER.scan(text) == scanned_one_by_one(text)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_the_indexes_answer_as_loops_over_the_mentions(text: str) -> None:
    doc = document(text)
    counts: Counter[str] = Counter()
    spellings: dict[str, dict[str, FormKind]] = {}
    for mention in doc.mentions:
        for entry_id in mention.entries:
            counts[entry_id] += 1
            spellings.setdefault(entry_id, {})[mention.surface] = mention.kind
        counts.update(GAZETTEER.countries_of(mention.entries))
    for entry_id in GAZETTEER.entries:
        assert doc.count(entry_id) == counts[entry_id]
        assert doc.mentions_of(entry_id) == [m for m in doc.mentions if entry_id in m.entries]
        assert list(doc.spellings_of(entry_id).items()) == list(spellings.get(entry_id, {}).items())
    firsts: dict[str, Mention] = {}
    for mention in doc.mentions:
        firsts.setdefault(mention.surface, mention)
    assert doc.first_mentions == tuple(firsts.values())
    assert doc.surfaces == set(firsts)
    for kinds in KIND_SETS:
        assert doc.mentions_of_kinds(kinds) == [m for m in doc.mentions if m.kind in kinds]
    assert doc.capitalized_runs == tuple(RUN.findall(text))
    assert doc.distinct_capitalized_runs == set(RUN.findall(text))
    every_other = set(sorted(doc.distinct_capitalized_runs)[::2])
    assert list(doc.capitalized_runs_among(every_other)) == [
        (run.start(), run.group()) for run in RUN.finditer(text) if run.group() in every_other
    ]
    assert doc.mentions_in(0, len(text)) == doc.mentions


def test_the_texts_hold_mentions_of_every_shape() -> None:
    """So that the comparisons above compare mentions, not nothing."""
    doc = document("Kiev's Lugansk and Zelensky met Kamala Harris, not chicken Kiev or Modi’in, in Ukraine.")
    assert [m.surface for m in doc.mentions] == ["Kiev", "Lugansk", "Zelensky", "Kamala Harris", "Ukraine"]
    assert doc.count("ukraine") == 4  # Ukraine itself, and three of its places and people
    assert [m.surface for m in doc.mentions_of_kinds(KIND_SETS[2])] == ["Kiev", "Lugansk", "Zelensky"]


ASCII_PIECES = ("Kiev", "U", "USA", "iPhone", "Ko Wen je", "O'Brien", "Ing-wen", "x_Y", "A1", "?", "a", "3")
ASCII_SEPARATORS = (" ", "  ", "'", "-", "_", "\n", ", ", "?", "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ASCII_PIECES), st.sampled_from(ASCII_SEPARATORS)), max_size=16))
def test_the_runs_of_an_ascii_text_are_found_in_its_capital_image(parts: list[tuple[str, str]]) -> None:
    """An ASCII text's runs are found in its capital image (a literal search), as RUN finds them."""
    text = "".join(piece + separator for piece, separator in parts)
    assert document(text).capitalized_runs == tuple(RUN.findall(text))
