"""The fast scan finds exactly what a plain search for every surface form finds, whether it looks spans
up (a short run) or runs its automata."""

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.gazetteer.facts import is_chinese
from translit.gazetteer.matcher import Automata, SurfaceMatcher, leftmost_longest

SURFACES = [
    "Kiev", "Kiev Oblast", "Oblast", "Lai Qing-de", "Lai Qingde", "Qingde", "U.S.", "U.S", "Wu",
    "Udong", "Ba", "Ban", "台北", "台北101", "北京", "喬·拜登", "拜登", "Google公司", "é", "Zaporizhzhia",
]  # fmt: skip
PIECES = [*SURFACES, " ", ", ", ".", "-", "s", "an", "x", "1", "\n", "_", "中", "·", "e\u0301", "Kievan"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)
MATCHER = SurfaceMatcher(SURFACES)
BY_AUTOMATA = SurfaceMatcher(SURFACES, looked_up_characters=0)


def reference_spans(text: str) -> set[tuple[int, int]]:
    """Every occurrence of every surface, checked one by one: slow and obviously right."""
    spans = set()
    for surface in SURFACES:
        start = text.find(surface)
        while start != -1:
            end = start + len(surface)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if is_chinese(surface) or not (before.isalnum() or after.isalnum()):
                spans.add((start, end))
            start = text.find(surface, start + 1)
    return spans


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fast_scan_equals_reference(text):
    assert set(MATCHER.find(text)) == reference_spans(text)
    assert sorted(MATCHER.occurrences(text)) == sorted(BY_AUTOMATA.occurrences(text))


@pytest.mark.parametrize("matcher", [MATCHER, BY_AUTOMATA], ids=["looked up", "automata"])
def test_whole_words_and_leftmost_longest(matcher):
    text = "Kievan Kiev Oblast, U.S.A and U.S. ties; 台北101 and Lai Qing-de in 喬·拜登 Google公司"
    found = [text[s:e] for s, e in leftmost_longest(matcher.find(text))]
    assert found == ["Kiev Oblast", "U.S", "U.S.", "台北101", "Lai Qing-de", "喬·拜登", "Google公司"]


@pytest.mark.parametrize("looked_up_characters", [1000, 0], ids=["looked up", "automata"])
def test_chinese_forms_of_every_block_are_found_among_other_non_ascii_characters(looked_up_characters):
    # one form from each block of CJK_CLASS: extension A, the unified block, the compatibility block and
    # the supplementary planes; the text around them is not ASCII either (curly quotes, an accent)
    forms = ["\u3400\u3401", "北京", "\uf900\uf901", "\U00020000\U00020001"]
    matcher = SurfaceMatcher(forms, looked_up_characters=looked_up_characters)
    for form in forms:
        text = f"“Café” — {form}’s"
        assert [text[s:e] for s, e in matcher.find(text)] == [form]
    assert matcher.find("“Café” — naïve’s \udc80") == []


class Store:
    """An automata store in memory, counting its writes."""

    def __init__(self):
        self.automata: Automata | None = None
        self.writes = 0

    def read(self):
        return self.automata

    def write(self, automata):
        self.automata, self.writes = automata, self.writes + 1


def test_automata_are_built_once_the_looked_up_characters_are_scanned_and_kept_in_the_store():
    store = Store()
    matcher = SurfaceMatcher(["Kiev"], looked_up_characters=20)
    matcher.keep_automata_in(store)
    assert matcher.find("in Kiev") == [(3, 7)] and store.writes == 0  # 7 characters looked up
    assert matcher.find("and so on, in Kiev") == [(14, 18)] and store.writes == 1  # 25: the automata
    assert matcher.find("Kiev") == [(0, 4)] and store.writes == 1
    again = SurfaceMatcher(["Kiev"], looked_up_characters=0)
    again.keep_automata_in(store)
    assert again.find("Kiev, Kiev") == [(0, 4), (6, 10)] and store.writes == 1  # read, not built


def test_a_pickled_matcher_holds_its_forms_but_not_its_automata():
    matcher = SurfaceMatcher({"Kiev": 1}, ["Kyiv"], looked_up_characters=0)
    matcher.find("Kiev")  # builds the automata
    assert len(pickle.dumps(matcher)) < 200
    assert pickle.loads(pickle.dumps(matcher)).find("Kiev or Kyiv") == [(0, 4), (8, 12)]
