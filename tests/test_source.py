"""The source's parts on their own: the script fold, readings, the entity scan and the alignment of a
source to a text, then the pipeline with a source."""

import pytest

import translit
from translit import Source
from translit.apply import apply_edits
from translit.source import SourceAlignmentError, read_source
from translit.source.entities import source_index
from translit.source.readings import letters, readings
from translit.source.script import fold


@pytest.fixture(scope="module")
def gazetteer():
    return translit.load_pipeline(translit.Config()).gazetteer


def test_fold_maps_traditional_onto_simplified_and_keeps_length():
    assert fold("烏東的陳茂波") == "乌东的陈茂波"
    assert fold("乌东 Udong") == "乌东 Udong"
    text = "北京與臺北，Kyiv。"
    assert len(fold(text)) == len(text)


def test_readings_cover_pinyin_wade_giles_and_glosses():
    assert readings("格尔木")[0] == "geermu"
    assert "chenmaopo" in readings("陈茂波")  # Wade-Giles
    assert "northweiprovince" in readings("北威州")  # 北 and 州 glossed
    assert letters("Chan Mau-po") == "chanmaupo" and letters("Ürümqi") == "urumqi"


def test_scan_finds_traditional_and_simplified_forms_leftmost_longest(gazetteer):
    entities = source_index(gazetteer).scan("烏克蘭總統在乌克兰东部")
    assert [(e.surface, e.entries[0]) for e in entities] == [("烏克蘭", "ukraine"), ("乌克兰", "ukraine")]


def test_scan_finds_compounds_but_names_win(gazetteer):
    scan = source_index(gazetteer).scan
    pairs = [(e.surface, e.how, e.entries) for e in scan("美中會談與烏東戰事，中方回應")]
    assert pairs == [
        ("美中", "pair compound", ("cldr-us",)),
        ("美中", "pair compound", ("china",)),
        ("烏東", "direction compound", ("ukraine", "uzbekistan", "uruguay")),
        ("中方", "side", ("china",)),
    ]
    assert [e.surface for e in scan("以巴勒斯坦為例")] == ["巴勒斯坦"]  # not the pair 以巴


def test_a_longer_name_wins_over_the_place_name_inside_it(gazetteer):
    # curated: 阿拉斯加 is Alaska, not 阿拉斯 (Arras); 劉遵義 a man, not 遵義 (Zunyi); 拉薩羅卡德納斯 a
    # Mexican port, not 拉薩 (Lhasa)
    scan = source_index(gazetteer).scan
    found = [e.entries for text in ("阿拉斯加的漁民", "劉遵義教授", "拉萨罗卡德纳斯港") for e in scan(text)]
    assert found == [("iso-us-ak",), ("lawrence-lau",), ("lazaro-cardenas",)]
    assert scan("亞特蘭大")[0].entries == ("geonames-4180439", "atalanta")  # the city or the club


def test_generated_two_character_forms_are_no_entities(gazetteer):
    # 中心 ("centre") and 合作 ("cooperation") are towns in GeoNames; in Chinese text they are words
    assert source_index(gazetteer).scan("合作中心") == ()


def test_a_line_aligned_source_needs_as_many_lines(gazetteer):
    with pytest.raises(SourceAlignmentError, match="the source has 1 lines but the text has 2"):
        read_source("one\ntwo\n", Source("一", line_aligned=True), gazetteer)
    view = read_source("one\ntwo\n", Source("一\n二\n", line_aligned=True), gazetteer)
    assert [(s.start, s.end, s.source) for s in view.segments] == [(0, 3, "一"), (4, 7, "二")]


def test_segments_move_with_the_edits_of_a_pass(gazetteer):
    from translit.edits import Edit

    view = read_source("a Germu\nb\n", Source("格爾木\n乙\n", line_aligned=True), gazetteer)
    moved = view.moved([Edit(2, 7, "Germu", "Golmud City", "t", "r", "why", 1.0)])
    assert [(s.start, s.end) for s in moved.segments] == [(0, 13), (14, 15)]


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_checks_kept_from_the_pass_before_are_the_checks_made_afresh(gazetteer, line_break):
    # the first line is edited, which moves the others: the second and third keep their checks
    from translit.document import read_document
    from translit.edits import Edit
    from translit.source.alignment import check_entities

    lines = ["Trains reach Germu.", "Snow fell on Kekexili.", "Paul Chan met Chan Mau-po."]
    text = line_break.join(lines) + line_break
    source = Source("火車到達格爾木。\n可可西里下雪。\n陳茂波會見陳茂波。\n", line_aligned=True)
    view = read_source(text, source, gazetteer)
    first = check_entities(read_document(text, gazetteer, view))
    edit = Edit(13, 18, "Germu", "Golmud", "t", "r", "why", 1.0)
    edited = apply_edits(text, [edit])
    kept = check_entities(read_document(edited, gazetteer, view.moved([edit])))
    afresh = check_entities(read_document(edited, gazetteer, read_source(edited, source, gazetteer)))
    assert kept == afresh
    assert [(c.start, c.written) for c in kept[1:]] == [(c.start + 1, c.written) for c in first[1:]]


def test_clean_with_a_line_aligned_source_fixes_each_line_from_its_own_original():
    text = "Trains reach Germu.\nSnow fell on Kekexili.\n"
    source = Source("火車到達格爾木。\n可可西里下雪。\n", line_aligned=True)
    result = translit.clean(text, source=source)
    assert result.text == "Trains reach Golmud.\nSnow fell on Hoh Xil.\n"
    assert apply_edits(text, result.edits) == result.text
    assert translit.clean(result.text, source=source).edits == ()  # a fixed point, as without a source


def test_without_a_source_nothing_changes():
    text = "Trains reach Germu, officials in Kiev said."
    assert translit.clean(text) == translit.clean(text, source=None)
    assert all(f.rule != "source" for f in translit.detect(text))


def test_an_omission_at_a_line_inside_a_fenced_code_block_is_left_alone_with_the_block():
    # an omission is an empty span at its line's start: only a span across a line break protects it
    text = "Officials met.\n```\nMonday.\n```\n"
    source = Source("官員會面。\n\n官員週一在基輔會面。\n\n", line_aligned=True)
    (omission,) = translit.clean(text, source=source).skipped
    assert omission.start == text.index("Monday") and omission.note.startswith("left alone: inside code")
    (omission,) = translit.clean(text.replace("```", "~~~"), source=source).skipped
    assert omission.note.startswith("the source names 基輔 (Kyiv)")


@pytest.mark.parametrize(
    "text",
    [
        "see http://example.org/Kiev\nnext",
        "mail kiev@example.ua\nnext",
        "the city formerly spelled\nKiev, also spelled Kiev",
        "the city formerly spelled Kiev\nKyiv",
        '"Kiev\n" and “Kiev\n” and the spelling “Kiev”',
        "Kyiv (formerly\nKiev) and Kyiv (formerly Kiev)\r\nnext",
        "/home/user/Kiev/\nreport.pdf and C:\\Users\\Kiev\nnext",
        "@kiev\n#Kiev\n`Kiev`\n`Kiev\n`",
    ],
)
def test_no_protected_span_but_a_fenced_block_holds_a_line_break(text):
    # what lets an omission at a line's start skip finding the protected spans (protect.spans_lines)
    from translit.protect import find_protected_spans, spans_lines

    assert not spans_lines(text)
    spans = find_protected_spans(text)
    assert spans and not any(c in text[s.start : s.end] for s in spans for c in "\r\n")


def test_omissions_are_reported_in_skipped_never_applied():
    result = translit.clean("Officials met on Monday.", source="官員週一在基輔會面。")
    assert result.edits == ()
    assert [(f.type, f.note) for f in result.skipped] == [
        ("omission", "the source names 基輔 (Kyiv); the MT renders it nowhere in this segment")
    ]


def test_a_generated_entry_named_wrongly_is_corrected_by_hand():
    # CC-CEDICT names 斯賓諾莎 "Baruch"; the curated correction names him Baruch Spinoza, short Spinoza
    result = translit.clean("Spinoza wrote the Ethics in Latin.", source="斯賓諾莎用拉丁文寫了倫理學。")
    assert (result.edits, result.skipped) == ((), ())
