"""The name model's training data: romanization helpers, renderings, the split by entity.

Names are real people and places; every expected spelling is worked out by hand for these tests.
Nothing trains and nothing reads ../shared.
"""

import random

import pytest

from tools.training.east_asian import korean_variants, made_up_korean_people
from tools.training.name_entities import NameEntity, english_key, split_entities
from tools.training.name_examples import build_examples, to_pair
from tools.training.renderings import KINDS, is_character_name, renderings
from tools.training.romanize import near_homophones, syllables, wade_giles
from translit.seq2seq.name_text import name_input, pinyin_text, pinyin_words, render_input

CHAN = NameEntity("Paul Chan", ("陳茂波", "陈茂波"), "person", "HK", "gazetteer:curated", "paul-chan")
PODOLYAK = NameEntity("Mykhailo Podolyak", ("波多利亞克",), "person", "UA", "gazetteer:curated", "podolyak")
HAYASHI = NameEntity("Yoshimasa Hayashi", ("林芳正",), "person", "JP", "gazetteer:curated", "hayashi")
LEE = NameEntity("Lee Jae-myung", ("李在明",), "person", "KR", "gazetteer:curated", "lee-jae-myung")


@pytest.mark.parametrize(
    ("pinyin", "spelled"),
    [("zhang", "chang"), ("xu", "hsu"), ("cai", "tsai"), ("guo", "kuo"), ("zhuo", "cho"), ("ge", "ko"),
     ("gui", "kuei"), ("qiu", "chiu"), ("xue", "hsueh"), ("rong", "jung"), ("shi", "shih"), ("zi", "tzu"),
     ("yan", "yen"), ("jian", "chien"), ("de", "te")],
)  # fmt: skip
def test_wade_giles_as_taiwan_newsrooms_write_it(pinyin, spelled):
    assert wade_giles(pinyin) == spelled


def test_wade_giles_keeps_the_aspiration_mark_when_asked():
    assert wade_giles("qing", apostrophe=True) == "ch'ing"
    assert wade_giles("te", apostrophe=True) == "t'e"


def test_near_homophones_are_real_syllables_one_confusion_away():
    assert "zan" in near_homophones("zhan") and "zhang" in near_homophones("zhan")
    assert all(s in syllables() for s in near_homophones("lin"))
    assert "lin" not in near_homophones("lin")


def test_pinyin_of_a_transliterated_name_is_split_at_the_name_dot():
    assert pinyin_words("弗拉基米爾·普京") == (("fu", "la", "ji", "mi", "er"), ("pu", "jing"))
    assert pinyin_text("陳茂波") == "chen mao bo"
    assert pinyin_words("Chen") == ()  # no characters, no reading


def test_model_inputs_name_the_task_and_carry_the_reading():
    assert render_input("Paul Chan", "陳茂波") == "R|Paul Chan = chen mao bo"
    assert render_input("Paul Chan") == "R|Paul Chan"
    assert name_input("Chen Maobo") == "N|Chen Maobo"


def surfaces(entity, kinds=tuple(KINDS), seed=3):
    return {r.kind: r.surface for r in renderings(entity, random.Random(seed), kinds)}


def test_a_hong_kong_name_rendered_in_pinyin_and_wade_giles():
    rendered = surfaces(CHAN, ("pinyin-joined", "pinyin-spaced", "pinyin-hyphenated", "wade-giles"))
    assert rendered["pinyin-joined"] == "Chen Maobo"
    assert rendered["pinyin-spaced"] == "Chen Mao Bo"
    assert rendered["pinyin-hyphenated"] == "Chen Mao-bo"
    assert rendered["wade-giles"] in {"Chen Mao-po", "Chen Maopo"}


def test_a_foreign_name_comes_back_through_its_transliteration():
    assert not is_character_name(PODOLYAK)
    assert surfaces(PODOLYAK, ("back-transliterated",))["back-transliterated"] in {
        "Boduoliyake",
        "Bo Duo Li Ya Ke",
    }
    assert "pinyin-joined" not in surfaces(PODOLYAK)  # its characters only transcribe its sound


def test_half_pinyin_keeps_one_part_of_the_house_name():
    found = {
        r.surface for seed in range(20) for r in renderings(HAYASHI, random.Random(seed), ("half-pinyin",))
    }
    assert "Hayashi Fangzheng" in found


def test_korean_spellings_change_the_romanization_not_the_name():
    variants = korean_variants("Lee Jae-myung", random.Random(1))
    assert variants and all(english_key(v)[:1] in "lyri" for v in variants)
    assert all(v != "Lee Jae-myung" for v in variants)


def test_renderings_differ_from_the_name_and_repeat_with_the_seed():
    for entity in (CHAN, PODOLYAK, HAYASHI, LEE):
        first = list(renderings(entity, random.Random(7)))
        assert first == list(renderings(entity, random.Random(7)))
        assert all(r.surface != entity.english for r in first)


def test_the_split_is_by_entity_and_no_held_out_form_is_trained_on():
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = [f"Name {a}{b}" for a in letters for b in letters][:300]
    entities = [NameEntity(name, (chr(0x4E00 + i),), "person", "CN", "test") for i, name in enumerate(names)]
    clash = NameEntity("Another Name", entities[0].chinese, "person", "CN", "test")
    splits = split_entities([*entities, clash])
    assert {len(splits[s]) > 0 for s in ("train", "dev", "test")} == {True}
    held_out = {c for s in ("dev", "test") for e in splits[s] for c in e.chinese}
    assert not held_out.intersection(c for e in splits["train"] for c in e.chinese)
    keys = {s: {e.key for e in splits[s]} for s in splits}
    assert not keys["train"] & keys["test"] and not keys["dev"] & keys["test"]


def test_examples_become_pairs_in_both_directions():
    (example, *_) = build_examples([CHAN], seed=1)
    source, target = to_pair(example, "render", with_chinese=True)
    assert source.startswith("R|Paul Chan") and target == example.surface
    assert to_pair(example, "name", with_chinese=True) == (f"N|{example.surface}", "Paul Chan")


def test_made_up_korean_people_have_no_chinese_form():
    people = made_up_korean_people(50, seed=1)
    assert people and all(p.chinese == () and p.country == "KR" for p in people)
    assert all(
        r.kind in {"korean", "respaced", "typo", "truncated"}
        for p in people
        for r in renderings(p, random.Random(0))
    )
