"""The near-miss rules on a tiny gazetteer: misspellings of known names (``near-miss``) and other valid
spellings of them used consistently (``near-miss-style``, house style)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.names.prior import (
    GARBLED,
    HOUSE_SPELLING,
    RESPACED,
    ROMANIZED,
    SOUND_MISSPELLING,
    UNSUPPORTED,
)
from translit.names.spans import without_possessive
from translit.rules import RULES
from translit.rules.near_miss import _run_matches

from .tiny_names import ABBREVIATIONS, ENTRIES, GAZETTEER, RENDERINGS, find, proposals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tsai Ing wen spoke in Taipei.", ("Tsai Ing wen", "Tsai Ing-wen")),
        ("Ko Wen je was released on bail.", ("Ko Wen je", "Ko Wen-je")),
        ("Reporters asked Tsaiingwen about the budget.", ("Tsaiingwen", "Tsai Ing-wen")),
    ],
)
def test_a_name_spaced_or_hyphenated_another_way_is_respelled(text, expected):
    [finding] = find("near-miss", text)
    assert (finding.original, finding.best().replacement) == expected
    assert finding.best().prior == RESPACED and "respaced" in finding.best().reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tsai Yingwen spoke in Taipei.", ("Tsai Yingwen", "Tsai Ing-wen")),  # Wade-Giles + pinyin
        ("Mayor Hou Yu-yi opened the fair.", ("Hou Yu-yi", "Hou Yu-ih")),
        ("Ko Wenzhe was released on bail.", ("Ko Wenzhe", "Ko Wen-je")),
    ],
)
def test_a_name_in_mixed_romanizations_is_read_syllable_by_syllable(text, expected):
    [finding] = find("near-miss", text)
    assert (finding.original, finding.best().replacement) == expected
    assert finding.best().prior == ROMANIZED
    assert "Wade-Giles" in finding.best().reason or "Yale" in finding.best().reason


def test_a_name_half_in_pinyin_is_the_entity():
    [finding] = find("near-miss", "Hayashi Fangzheng told reporters in Tokyo.")
    assert finding.best().replacement == "Yoshimasa Hayashi"
    assert "'Fangzheng') in pinyin" in finding.best().reason
    assert proposals("near-miss", "Li Jae-myung met voters in Seoul.") == [("Li Jae-myung", "Lee Jae-myung")]


def test_a_known_name_is_found_after_any_capitalized_words():
    text = "KMT Chairman Huang Kuochang said the party would vote."
    assert proposals("near-miss", text) == [("Huang Kuochang", "Huang Kuo-chang")]


def test_a_western_sound_alike_is_an_error_where_the_story_names_the_person_the_house_s_way():
    named = "Volodymyr Zelenskyy spoke in Kyiv. Jelensky then thanked the troops."
    [finding] = find("near-miss", named)
    assert (finding.original, finding.best().replacement) == ("Jelensky", "Zelenskyy")
    assert "sounds like" in finding.best().reason
    assert proposals("near-miss", "Mykhailo Podolyak arrived. Podoliak said so.") == [
        ("Podoliak", "Podolyak")
    ]


def test_a_western_name_misspelled_is_fixed_where_the_story_supports_it():
    story = "Jelensky thanked the Ukrainian troops in Kyiv."  # J for Z: no transliteration writes it
    [fixed] = find("near-miss", story)
    assert (fixed.best().replacement, fixed.best().prior) == ("Zelenskyy", SOUND_MISSPELLING)
    assert find("near-miss-style", story) == []
    [alone] = find("near-miss", "Jelensky scored twice in the second half.")
    assert alone.best().prior == UNSUPPORTED  # reported, not applied
    given_name = "Volodymyr Jelensky spoke."  # the given name, spelled exactly, is the support
    assert proposals("near-miss", given_name) == [("Volodymyr Jelensky", "Volodymyr Zelenskyy")]


def test_a_sound_alike_of_a_latin_script_name_needs_the_story_to_name_the_person():
    # a name spelled alike in every language: a surname that only sounds like it is most often another
    # person's, however often the story refers to the country
    story = "Sam Pelozi, an American reporter, wrote that the United States would vote on Tuesday."
    [alone] = find("near-miss", story)
    assert alone.best().prior == UNSUPPORTED  # reported, not applied
    named = "Nancy Pelosi spoke to Americans. Pelozi then left the United States."
    [fixed] = find("near-miss", named)
    assert (fixed.best().replacement, fixed.best().prior) == ("Pelosi", SOUND_MISSPELLING)


def test_another_transliteration_of_a_western_name_is_the_house_style_s():
    story = "Zelenskyi thanked the Ukrainian troops in Kyiv."  # -yi for -yy: a transliteration
    assert find("near-miss", story) == []
    [styled] = find("near-miss-style", story)
    assert (styled.best().replacement, styled.best().prior) == ("Zelenskyy", HOUSE_SPELLING)
    [alone] = find("near-miss-style", "Zelenskyi scored twice in the second half.")
    assert alone.best().prior == UNSUPPORTED


def test_another_valid_spelling_is_the_house_style_s_unless_the_story_spells_the_name_otherwise():
    consistent = "Yoon Seok-yeol met reporters in Seoul."
    assert find("near-miss", consistent) == []
    [styled] = find("near-miss-style", consistent)
    assert (styled.best().replacement, styled.best().prior, styled.type) == (
        "Yoon Suk Yeol",
        HOUSE_SPELLING,
        "house-style",
    )
    mixed = "Yoon Suk Yeol arrived on Monday. Yoon Seok-yeol met reporters in Seoul."
    assert proposals("near-miss", mixed) == [("Yoon Seok-yeol", "Yoon Suk Yeol")]
    assert find("near-miss-style", mixed) == []


def test_a_japanese_name_written_surname_first_is_the_house_style_s_unless_the_story_spells_it_otherwise():
    consistent = "Hayashi Yoshimasa told reporters in Tokyo on Monday."
    assert find("near-miss", consistent) == []  # Japan's own order: a valid spelling
    [styled] = find("near-miss-style", consistent)
    assert (styled.best().replacement, styled.best().prior) == ("Yoshimasa Hayashi", HOUSE_SPELLING)
    assert "surname first" in styled.best().reason
    mixed = "Yoshimasa Hayashi arrived in Seoul. Later, Hayashi Yoshimasa met the minister."
    assert proposals("near-miss", mixed) == [("Hayashi Yoshimasa", "Yoshimasa Hayashi")]
    # a reversed name the gazetteer does not know, and a surname alone, are no one's
    assert find("near-miss-style", "Hayashi Kenta told reporters in Tokyo on Monday.") == []
    assert find("near-miss-style", "Yoshimasa Hayashi arrived. Hayashi said Japan would respond.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mao Tse-tung founded the People's Republic.",  # an old spelling of a pinyin name
        "Kim Jong-eun watched the launch.",  # Revised Romanization
        "Lee Jae Myong met voters in Seoul.",  # McCune-Reischauer
        "Ibrahim Raisi told Iranian lawmakers that Iran would respond.",  # an attested transliteration
    ],
)
def test_valid_spellings_are_no_errors(text):
    assert find("near-miss", text) == []
    assert [f.best().prior for f in find("near-miss-style", text)] == [HOUSE_SPELLING]


@pytest.mark.parametrize(
    "text",
    [
        "Wang Bin, a farmer, spoke to reporters.",  # not Wang Wenbin, merely a syllable short
        "Xi Jinping met Li Qiang in Beijing.",  # mainland names are pinyin
        "Zhang Wei, a teacher, won the award.",  # an unknown name
        "The Second Ring Road was closed.",  # English words only
        "Mohammed Bin Salman arrived.",  # unknown to this gazetteer, and only case would differ
        "Chen Xin, a resident, disagreed.",
    ],
)
def test_names_that_only_resemble_known_ones_are_left_alone(text):
    assert find("near-miss", text) == []
    assert find("near-miss-style", text) == []


def test_a_two_syllable_name_needs_the_story_to_name_the_person():
    [finding] = find("near-miss-style", "Wang Wen-pin spoke.")  # Wade-Giles; three syllables: enough
    assert (finding.best().replacement, finding.best().prior) == ("Wang Wenbin", HOUSE_SPELLING)
    short = find("near-miss-style", "Li Ch'iang visited the factory.")
    assert [f.best().prior for f in short] == [UNSUPPORTED]
    named = find("near-miss", "Li Qiang spoke first. Li Ch'iang then visited the factory.")
    assert [(f.original, f.best().replacement) for f in named] == [("Li Ch'iang", "Li Qiang")]


def test_case_and_apostrophes_are_typography_but_a_lower_case_name_word_is_not():
    assert find("near-miss", "Reporters in Hong KONG waited.") == []
    assert find("near-miss", "The People’s Daily said so.") == []
    assert proposals("near-miss", "Lee Hsien loong spoke.") == [("Lee Hsien loong", "Lee Hsien Loong")]


def test_a_surname_is_read_as_a_surname():
    # 曾 is ceng in most words, Zeng as a surname
    assert [f.best().replacement for f in find("near-miss-style", "Tseng Ch'ing-hung met the envoy.")] == [
        "Zeng Qinghong"
    ]


def test_a_name_in_one_written_system_is_style_and_one_that_mixes_or_spaces_syllables_is_an_error():
    assert find("near-miss", "Ts'ai Ing-wen spoke in Taipei.") == []  # Wade-Giles apostrophes: valid
    assert proposals("near-miss-style", "Ts'ai Ing-wen spoke in Taipei.") == [
        ("Ts'ai Ing-wen", "Tsai Ing-wen")
    ]
    assert find("near-miss", "Cai Yingwen spoke in Taipei.") == []  # plain pinyin: valid
    # each syllable a capitalized word is no system's way of writing a name
    assert proposals("near-miss", "Ko Wen Zhe was released on bail.") == [("Ko Wen Zhe", "Ko Wen-je")]


def test_the_pinyin_of_a_korean_or_japanese_name_is_an_error():
    [abe] = find("near-miss", "Anbei Jinsan visited Washington in 2015.")
    assert abe.best().replacement == "Shinzo Abe" and abe.type == "variant"
    # two syllables need support: the story's references to South Korea give it
    assert proposals("near-miss", "South Korean Foreign Minister Piao Zhen arrived in Seoul.") == [
        ("Piao Zhen", "Park Jin")
    ]
    assert find("near-miss", "Piao Zhen arrived on Monday.")[0].best().prior == UNSUPPORTED


def test_a_latin_script_name_respelled_is_a_misspelling():
    text = "Nancy Perosi landed in Taipei on Tuesday."  # r for l: a name brought back through Chinese
    [finding] = find("near-miss", text)
    assert (finding.best().replacement, finding.type) == ("Nancy Pelosi", "variant")


def test_a_foreigner_of_the_generated_tables_is_found_with_one_word_respelled():
    assert proposals("near-miss", "Jack Grearish scored twice.") == [("Jack Grearish", "Jack Grealish")]
    # the given name spelled exactly is the support, so no story around it is needed
    assert find("near-miss", "Jack Grearish scored twice.")[0].best().prior == SOUND_MISSPELLING


@pytest.mark.parametrize(
    "text",
    [
        "Steve Carell stars in the comedy.",  # two letters off: another name
        "Mark Smyth spoke to reporters.",  # a real surname (US census)
        "Gack Grearish scored twice.",  # two words respelled
    ],
)
def test_a_real_rarer_name_is_no_respelling_of_a_generated_foreigner(text):
    assert find("near-miss", text) == [] and find("near-miss-style", text) == []


def test_a_capital_after_a_hyphen_is_no_system_s_and_an_error():
    # every system writes the syllable after a hyphen in lower case: "Ing-Wen" is an MT error, fixed
    # with the house style off too
    [finding] = find("near-miss", "Tsai Ing-Wen spoke in Taipei.")
    assert (finding.best().replacement, finding.type) == ("Tsai Ing-wen", "variant")
    assert find("near-miss-style", "Tsai Ing-Wen spoke in Taipei.") == []


def test_a_customary_surname_goes_with_wade_giles_but_not_with_pinyin():
    assert find("near-miss", "Lee Teng-hui spoke in Taipei.") == []  # the house's own spelling
    # "Lee" is a customary spelling of 李: beside Wade-Giles it is how he writes his name, beside pinyin
    # it is systems mixed, which nobody writes
    [mixed] = find("near-miss", "Lee Denghui spoke in Taipei.")
    assert (mixed.best().replacement, mixed.type) == ("Lee Teng-hui", "variant")
    assert find("near-miss-style", "Lee Denghui spoke in Taipei.") == []


def test_a_western_name_as_another_language_writes_it_is_valid():
    # Victor for Viktor: c for k is how other languages write the name, no misspelling
    text = "Victor Orban spoke in Budapest."
    assert find("near-miss", text) == []
    assert proposals("near-miss-style", text) == [("Victor Orban", "Viktor Orban")]
    # beside the house's spelling in the same story it is one person spelled two ways
    both = "Viktor Orban arrived on Monday. Victor Orban said Hungary would vote no."
    assert proposals("near-miss", both) == [("Victor Orban", "Viktor Orban")]


def test_a_korean_name_goes_on_in_lower_case_with_a_korean_syllable_only():
    # "yeol" is a Korean syllable: the name goes on, another spacing of a valid spelling (house style)
    assert proposals("near-miss-style", "Yoon Suk yeol met reporters in Seoul.") == [
        ("Yoon Suk yeol", "Yoon Suk Yeol")
    ]
    assert find("near-miss", "Yoon Suk yeol met reporters in Seoul.") == []
    # a surname and a Korean syllable may go on ("Park Geun hye"); a surname and an English word may
    # not ("Park Avenue", "Kim Kardashian"): the words after them are no part of a Korean name
    names = GAZETTEER.names
    assert names.may_go_on(["Park", "Geun"]) and names.may_go_on(["Lee", "Jae"])
    assert not names.may_go_on(["Park", "Avenue"]) and not names.may_go_on(["Kim", "Kardashian"])


def test_a_declared_name_of_an_entity_is_never_a_near_miss():
    # Macao is Macau's own official English spelling, declared as a name of it
    for rule in ("near-miss", "near-miss-style"):
        assert find(rule, "Hong Kong and Macao reported no new cases.") == []


def test_a_latin_script_name_differs_only_by_the_letters_languages_write_differently():
    # Pelosi is written so in every language: s for z is a misspelling, fixed with the house style off
    [finding] = find("near-miss", "Nancy Pelozi landed in Taipei on Tuesday.")
    assert (finding.best().replacement, finding.type) == ("Nancy Pelosi", "variant")
    assert find("near-miss-style", "Nancy Pelozi landed in Taipei on Tuesday.") == []
    # a transliterated name may differ by such letters and stay valid (Zelenskyy's -yi, Podolyak's i)
    assert find("near-miss", "Mykhailo Podoliak arrived in Kyiv.") == []


# Without the house style, the article's own valid spelling of a name stays and the others follow it.
USUAL_SPELLING = (
    "Yoon Seok-yeol flew to Tokyo. Yoon Seok-yeol met the premier there. Aides said Yoon Seok-yeol "
    "was pleased. Critics of Yoon Suk Yeol were not. Yoon Sok-yol returned on Friday."
)


def test_without_the_house_style_the_article_s_usual_valid_spelling_stays_and_a_misspelling_follows_it():
    findings = find("near-miss", USUAL_SPELLING, house_style=False)
    assert [(f.original, f.best().replacement) for f in findings] == [("Yoon Sok-yol", "Yoon Seok-yeol")]
    assert "the article's usual spelling of it is 'Yoon Seok-yeol'" in findings[0].best().reason


def test_with_the_house_style_every_spelling_becomes_the_declared_name():
    assert {f.best().replacement for f in find("near-miss", USUAL_SPELLING)} == {"Yoon Suk Yeol"}
    assert len(find("near-miss", USUAL_SPELLING)) == 4


def test_without_the_house_style_a_tie_between_valid_spellings_goes_to_the_declared_name():
    text = "Yoon Seok-yeol flew to Tokyo. Critics of Yoon Suk Yeol stayed home."
    findings = find("near-miss", text, house_style=False)
    assert [(f.original, f.best().replacement) for f in findings] == [("Yoon Seok-yeol", "Yoon Suk Yeol")]
    assert "usual spelling" not in findings[0].best().reason


def test_a_common_english_word_completes_a_name_only_letter_for_letter():
    # "in" is English, but "Moon Jae" is no name and "Moon Jae in" is Moon Jae-in's letters respaced
    [finding] = find("near-miss-style", "Former president Moon Jae in visited the hospital.")
    assert (finding.original, finding.best().replacement) == ("Moon Jae in", "Moon Jae-in")
    assert "respaced" in finding.best().reason


def test_a_common_english_word_after_a_run_that_completes_no_name_is_left_alone():
    assert find("near-miss", "Officials met Lee Jae in Seoul.") == []
    assert find("near-miss-style", "Officials met Lee Jae in Seoul.") == []
    # a syllable that is no common word still continues a name as before, and "in" is no part of it
    assert proposals("near-miss", "Ko Wen je in Taipei said so.") == [("Ko Wen je", "Ko Wen-je")]


def test_without_the_house_style_the_article_s_usual_pinyin_is_a_valid_spelling_to_keep():
    text = "Cai Yingwen spoke in Taipei. Cai Yingwen met reporters. Aides said Tsai Ing wen was tired."
    findings = find("near-miss", text, house_style=False)
    assert [(f.original, f.best().replacement) for f in findings] == [("Tsai Ing wen", "Cai Yingwen")]
    # with the house style, the house's spelling
    assert [f.best().replacement for f in find("near-miss", text)] == ["Tsai Ing-wen"]


def test_the_pinyin_of_a_korean_name_is_no_usual_spelling_to_keep():
    # Mandarin readings of a Korean name's characters are an error, however often the story writes them:
    # the one valid spelling, a Korean spacing, is the story's, and the readings follow it
    text = "Li Zaiming spoke in Seoul. Li Zaiming met reporters. Aides said Lee Jae myung was tired."
    assert find("near-miss", text, house_style=False) == []
    assert [(f.original, f.best().replacement) for f in find("variant", text, house_style=False)] == [
        ("Li Zaiming", "Lee Jae myung"),
        ("Li Zaiming", "Lee Jae myung"),
    ]


def test_a_respaced_name_goes_on_in_lower_case_after_a_customary_spelling_that_is_no_syllable():
    # "Duck" (덕) is the name's own spelling, no syllable of any system; the letters decide
    [finding] = find("near-miss-style", "Prime Minister Han Duck soo resigned on Friday.")
    assert (finding.original, finding.best().replacement) == ("Han Duck soo", "Han Duck-soo")
    assert GAZETTEER.names.may_go_on(["Han", "Duck"]) and not GAZETTEER.names.may_go_on(["Han", "River"])


def test_a_capitalized_pair_that_starts_no_name_s_letters_does_not_go_on():
    assert find("near-miss-style", "Fans of Han Solo so loved the film.") == []
    assert find("near-miss", "Fans of Han Solo so loved the film.") == []


# Words of names the tiny gazetteer knows, titles, function words and words no name holds: runs of them
# reach every branch of the run analysis (a title before a name, a possessive, a syllable that goes on).
RUN_WORDS = tuple(
    "Tsai Ing Wen Ko Wenzhe Hou Yu-yi Moon Jae President The Mayor Second Ring Road Taiwan's Kim Chong-un "
    "Park Geun You Beijing Lee".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(RUN_WORDS), min_size=2, max_size=6))
def test_a_run_that_matches_nothing_matches_nothing_from_its_second_word(words):
    """What lets the scan skip a quiet run without asking whether it starts a word (where it does not,
    the name may start at its second word): the words after the first match nothing either."""
    run = " ".join(words)
    if not any(_run_matches(GAZETTEER, without_possessive(run))):
        assert not any(_run_matches(GAZETTEER, without_possessive(run[run.index(" ") + 1 :])))


def test_the_run_words_make_runs_that_match_and_runs_that_do_not():
    """So that the property above is tested on both kinds of run."""
    assert any(_run_matches(GAZETTEER, "Mayor Tsai Ing Wen"))
    assert not any(_run_matches(GAZETTEER, "The Second Ring Road"))


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        (
            "First lady Kim Keon-hee toured the port. Later, Kim Kyn-hee met the mayor.",
            ("Kim Kyn-hee", "Kim Keon-hee"),
            "the given name 'Kyn-hee' 2 letters off 'Keon-hee' (7 letters)",
        ),
        (  # the garbled name goes on in a lower-case syllable
            "Prime Minister Han Duck-soo landed in Busan. Han Dek soo said the talks went well.",
            ("Han Dek soo", "Han Duck-soo"),
            "the given name 'Dek soo' 2 letters off 'Duck-soo'",
        ),
        (  # a syllable cut short
            "Yoon Suk Yeol spoke on Monday. Yoon Suk-yeo said the plan works.",
            ("Yoon Suk-yeo", "Yoon Suk Yeol"),
            "1 letter off",
        ),
        (  # the given name exact, the surname garbled
            "Antony Blinken landed in Seoul. Antony Blinden said the talks went well.",
            ("Antony Blinden", "Antony Blinken"),
            "the surname 'Blinden' 1 letter off 'Blinken'",
        ),
        (  # a Japanese given name mistyped in place
            "Shigeru Ishiba spoke in Tokyo. Shigero Ishiba told reporters.",
            ("Shigero Ishiba", "Shigeru Ishiba"),
            "the given name 'Shigero' 1 letter off 'Shigeru' (7 letters)",
        ),
        (  # a Western surname alone, one letter off the declared short name
            "Antony Blinken landed in Seoul. Blinden said the talks went well.",
            ("Blinden", "Blinken"),
            "'Blinden' is one letter off 'Blinken'",
        ),
    ],
)
def test_a_garbled_spelling_of_a_person_the_story_names_is_that_person(text, expected, evidence):
    [finding] = find("near-miss", text)
    assert (finding.original, finding.best().replacement) == expected
    assert finding.best().prior == GARBLED and finding.type == "variant"
    assert evidence in finding.best().reason and "garbled key" in finding.best().reason
    assert "nearby, the story names it 1x" in finding.best().reason


def test_a_garbled_spelling_follows_the_article_s_own_spelling_without_the_house_style():
    text = "Yoon Suk-yeol spoke on Monday. Yoon Suk-yeol left. Yoon Suk-yeo said the plan works."
    [finding] = find("near-miss", text, house_style=False)
    assert (finding.original, finding.best().replacement) == ("Yoon Suk-yeo", "Yoon Suk-yeol")


@pytest.mark.parametrize(
    "text",
    [
        "Later, Kim Kyn-hee met the mayor.",  # the story names no Kim Keon-hee: anyone's
        "Blinden said the talks went well in Seoul.",
    ],
)
def test_a_garble_of_a_person_the_story_does_not_name_is_reported_not_applied(text):
    [finding] = find("near-miss", text)
    assert finding.best().prior == UNSUPPORTED
    assert proposals("near-miss", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a Mandarin syllable is another character: 蔡英婉 is someone else
        "Tsai Ing-wen spoke in Taipei. Tsai Ing-wan, a teacher, disagreed.",
        # a given name of a person the gazetteer knows (Moon Jae-in) is a name, not a garble
        "Lee Jae-myung met voters. Lee Jae-in, a student, asked a question.",
        # three letters off seven: too far to tell from another name
        "Shigeru Ishiba spoke. Shiiro Ishiba told reporters.",
        # Japanese given names differ by a syllable added (Fumiko), surnames by a letter (Ishida)
        "Fumio Kishida spoke. Fumiko Kishida, a teacher, disagreed.",
        "Shigeru Ishiba spoke. Shigeru Ishida, a banker, disagreed.",
        # another first letter
        "Shigeru Ishiba spoke. Migeru Ishiba told reporters.",
        # an English word one letter off
        "Antony Blinken landed in Seoul. Blinked twice, the guard waved him through.",
        # the name and more after it
        "Antony Blinken landed. The Blinkens said so.",
    ],
)
def test_names_that_merely_resemble_a_person_the_story_names_are_left_alone(text):
    assert proposals("near-miss", text) == [] and proposals("variant", text) == []


def test_without_the_house_style_a_valid_respelling_never_follows_a_usual_pinyin_reading():
    # Chinese news reads a North Korean's characters in Mandarin, and translators write that reading;
    # "Kim Jongun" is the name's own letters respaced, a correct spelling the reading must not replace
    text = (
        "Jin Zhengen visited a mill near Pyongyang. State media said Jin Zhengen praised the workers. "
        "Kim Jongun then left."
    )
    assert find("near-miss", text, house_style=False) == []


def test_without_the_house_style_a_place_s_own_letters_never_follow_an_older_reading():
    # "Yenan" reads 延安 in the old postal letters; "Yanan" is the name's own letters, its apostrophe left
    # out: the story's two "Yenan" are no spelling for it to follow
    gazetteer = Gazetteer(
        (*ENTRIES, Entry("yanan", "Yan'an", "city", country="CN", chinese=("延安",))),
        ABBREVIATIONS,
        renderings=RENDERINGS,
    )
    text = (
        "Officials in Yenan opened the fair. Yenan's paper-cutters came too. Buyers praised the crafts "
        "of Yanan, and China's visitors bought many."
    )
    document = read_document(text, gazetteer, house_style=False)
    assert list(RULES["near-miss"].find(document)) == []
