"""The injected benchmarks' building blocks: injection is exactly undone by its gold, scoring is honest.

Sentences here are our own. The last tests build the real benchmark cases from ../shared (skipped when
it is absent) and check every one of them the same way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from benchmarks.inject_carriers import SEPARATOR, Document
from benchmarks.inject_cases import Case, Replacement, inject, restore, score_case
from benchmarks.inject_entities import Person
from benchmarks.inject_romanize import mccune_reischauer, revised, tongyong, wade_giles, yale
from benchmarks.inject_spellings import east_asian_spellings, respell_western


@dataclass(frozen=True)
class FakeEdit:
    start: int
    end: int
    original: str
    replacement: str


def edit(case: Case, start: int, end: int, replacement: str) -> FakeEdit:
    return FakeEdit(start, end, case.text[start:end], replacement)


def differs_only_at_gold(case: Case) -> bool:
    """Outside the gold spans the injected text is the carrier, character for character."""
    cursor_text = cursor_carrier = 0
    for gold in case.gold:
        length = gold.start - cursor_text
        if case.text[cursor_text : gold.start] != case.carrier[cursor_carrier : cursor_carrier + length]:
            return False
        cursor_carrier += length + len(gold.correction)
        cursor_text = gold.end
    return case.text[cursor_text:] == case.carrier[cursor_carrier:]


CARRIER = "The mayor said. The port reopened on Monday, and ferries ran again."


def test_inject_records_spans_that_restore_the_carrier() -> None:
    reopened, comma = CARRIER.index("reopened"), CARRIER.index(",")
    changes = [
        Replacement(15, 16, ""),  # "said. The" -> "said.The"
        Replacement(reopened, reopened, "port "),  # a stutter
        Replacement(comma, comma + 1, " ,"),
    ]
    case = inject("f", "s", CARRIER, changes)
    assert case.text == "The mayor said.The port port reopened on Monday , and ferries ran again."
    assert [(g.original, g.correction) for g in case.gold] == [("", " "), ("port ", ""), (" ,", ",")]
    assert restore(case) == CARRIER
    assert differs_only_at_gold(case)


def test_overlapping_injections_are_refused() -> None:
    with pytest.raises(ValueError, match="overlap"):
        inject("f", "s", CARRIER, [Replacement(4, 9, "x"), Replacement(6, 12, "y")])


def test_exact_fix_is_recall_and_precision() -> None:
    case = inject("f", "s", "Officials met Tsai Ing-wen today.", [Replacement(14, 26, "Cai Yingwen")])
    score = score_case(case, [edit(case, 14, 25, "Tsai Ing-wen")])
    assert score.fixed == (True,) and score.correct == 1 and not score.false_alarms


def test_an_edit_wider_than_the_gold_counts_when_the_result_is_right() -> None:
    case = inject("f", "s", "Officials met Tsai Ing-wen today.", [Replacement(19, 26, "Ying-wen")])
    score = score_case(case, [edit(case, 14, 27, "Tsai Ing-wen")])
    assert score.fixed == (True,) and score.correct == 1


def test_a_wrong_fix_is_a_miss_and_a_wrong_edit() -> None:
    case = inject("f", "s", "Officials met Tsai Ing-wen today.", [Replacement(14, 26, "Cai Yingwen")])
    score = score_case(case, [edit(case, 14, 25, "Tsai Yingwen")])
    assert score.fixed == (False,) and score.correct == 0 and score.wrong


def test_an_edit_away_from_the_gold_is_a_false_alarm() -> None:
    case = inject("f", "s", "Officials met Tsai Ing-wen today.", [Replacement(14, 26, "Cai Yingwen")])
    score = score_case(case, [edit(case, 0, 9, "Ministers")])
    assert score.fixed == (False,) and score.false_alarms and score.correct == 0


def test_restoring_a_dropped_space_is_an_insertion_at_the_gold() -> None:
    case = inject("f", "s", CARRIER, [Replacement(15, 16, "")])
    assert score_case(case, [FakeEdit(15, 15, "", " ")]).fixed == (True,)


def test_deleting_the_first_copy_of_a_stutter_fixes_it_too() -> None:
    reopened = CARRIER.index("reopened")
    case = inject("f", "s", CARRIER, [Replacement(reopened, reopened, "port ")])
    assert case.text.startswith("The mayor said. The port port reopened")
    first_copy = CARRIER.index("port")
    assert score_case(case, [edit(case, first_copy, first_copy + 5, "")]).fixed == (True,)


def test_a_typographic_apostrophe_restores_a_straight_one() -> None:
    case = inject("f", "s", "The army's statement came late.", [Replacement(8, 9, "")])
    assert score_case(case, [FakeEdit(8, 8, "", "\u2019")]).fixed == (True,)


def test_a_negative_case_counts_every_edit_as_a_false_alarm() -> None:
    case = inject("f", "s", CARRIER, [])
    score = score_case(case, [edit(case, 4, 9, "Mayor")])
    assert score.fixed == () and len(score.false_alarms) == 1


def test_romanization_tables_on_known_syllables() -> None:
    assert [wade_giles(s) for s in ("qiang", "xiong", "zhuo", "guo", "zi")] == [
        "ch'iang",
        "hsiung",
        "cho",
        "kuo",
        "tzu",
    ]
    assert [tongyong(s) for s in ("xiong", "zhang", "ju", "wen")] == ["syong", "jhang", "jyu", "wun"]
    assert [yale(s) for s in ("xiang", "zhou", "gui", "zhi")] == ["syang", "jou", "gwei", "jr"]
    assert revised("석열") == ["seok", "yeol"] and mccune_reischauer("석열") == ["sok", "yol"]
    assert mccune_reischauer("대중") == ["tae", "jung"]  # the second syllable is voiced inside the name


def test_spellings_differ_from_the_english_name() -> None:
    person = Person("Tsai Ing-wen", "Tsai", "蔡", "英文", "TW")
    spellings = east_asian_spellings(person)
    assert spellings["pinyin"][0].full == "Cai Yingwen" and spellings["pinyin"][0].surname == "Cai"
    assert "Tsai Ying-wen" in [s.full for s in spellings["wade-giles"]]
    assert all(s.full != person.english for forms in spellings.values() for s in forms)
    assert east_asian_spellings(Person("Wang Yi", "Wang", "王", "毅", "CN")) == {}


def test_western_respelling_changes_one_thing() -> None:
    rng = random.Random(4)
    assert respell_western("Podolyak", rng) is not None
    assert respell_western("Podolyak", rng) != "Podolyak"


def test_mechanical_injectors_are_undone_by_their_gold() -> None:
    from benchmarks.mechanical import INJECTORS

    lines = [
        "Ministers met in the capital on Monday. The talks ran late, officials said.",
        'The anti-drone plan (1,200 units) was "approved" after a vote... Critics disagreed.',
        "Harbour reopens after storm",
        "The army's engineers said the bridge would reopen within two weeks of the storm passing through.",
        "Harbin, March 3 (staff reporter) The ice festival opened on schedule.",
    ]
    text = SEPARATOR.join(lines) + "\n"
    starts = tuple(text.index(line) for line in lines)
    document = Document("own:1", text, starts)
    for (family, subfamily), injector in INJECTORS.items():
        for seed in range(5):
            changes = injector(document, random.Random(seed))
            assert changes, f"{subfamily} found no place in the test document"
            case = inject(family, subfamily, text, changes)
            assert case.text != text and restore(case) == text and differs_only_at_gold(case), subfamily


def test_literal_names_go_into_stories_of_the_institutions_country() -> None:
    from benchmarks.inject_literal import INSTITUTIONS, TAIWAN
    from benchmarks.mechanical import literal_names

    stories = {
        "own:taiwan": ["Officials in Taipei said the storm had passed.", "Schools reopen on Monday."],
        "own:elsewhere": ["Officials in Leeds said the storm had passed.", "Schools reopen on Monday."],
    }
    docs = []
    for name, lines in stories.items():
        text = SEPARATOR.join(lines) + "\n"
        docs.append(Document(name, text, tuple(text.index(line) for line in lines)))
    names = {i.name.lower(): i for i in INSTITUTIONS}

    cases = list(literal_names(random.Random(1), docs))
    _check(cases)
    assert {c.source for c in cases} == {"own:taiwan"}
    # Taiwan's institutions only: not the American Institute in Taiwan, whose stories name the US too
    assert {names[c.gold[0].correction.lower()].story for c in cases} == {(TAIWAN,)}

    control = list(literal_names(random.Random(1), docs, elsewhere=True))
    _check(control)
    assert {c.source for c in control} == {"own:elsewhere"}


def _check(cases: list[Case]) -> None:
    assert cases
    for case in cases:
        assert restore(case) == case.carrier, case.source
        assert differs_only_at_gold(case), case.source
        assert all(g.original != g.correction for g in case.gold), case.source


def test_every_mechanical_case_restores_its_carrier(shared) -> None:  # type: ignore[no-untyped-def]
    from benchmarks import mechanical

    _check(mechanical.build())


def test_every_names_case_restores_its_carrier(shared) -> None:  # type: ignore[no-untyped-def]
    from benchmarks import names

    cases = names.build()
    _check(cases)
    assert {c.family for c in cases} == set(names.FAMILIES)
    assert names.build() == cases  # seeded: the same cases every run
