"""The back-reference rule on a tiny gazetteer: a person's lone surname or given name, written as MT
writes it, spelled as the story spells the person's full name."""

from translit.document import read_document
from translit.edits import Finding
from translit.gazetteer import Entry, Gazetteer
from translit.names.support import NEARBY
from translit.rules import RULES
from translit.rules.back_reference import BACK_REFERENCE
from translit.source import Source
from translit.source.view import read_source

from .tiny_names import ABBREVIATIONS, ENTRIES, GAZETTEER, RENDERINGS, find, proposals

#: the tiny gazetteer and a Vietnamese leader, whose name MT writes in Vietnamese or in pinyin
WITH_VIETNAM = Gazetteer(
    (*ENTRIES, Entry("pham-minh-chinh", "Pham Minh Chinh", "person", country="VN", chinese=("范明政",))),
    ABBREVIATIONS,
    renderings=RENDERINGS,
)


def find_with_vietnam(text: str, house_style: bool = True) -> list[Finding]:
    return list(RULES["back-reference"].find(read_document(text, WITH_VIETNAM, house_style=house_style)))


def with_source(text: str, source: str) -> list[tuple[str, str]]:
    """(original, best replacement) of the rule's findings on ``text`` with its line-aligned source."""
    view = read_source(text, Source(source, line_aligned=True), GAZETTEER)
    findings = RULES["back-reference"].find(read_document(text, GAZETTEER, view))
    return [(f.original, best.replacement) for f in findings if (best := f.best())]


def test_a_pinyin_surname_takes_the_house_spelling_of_a_person_named_nearby():
    text = "Premier Cho Jung-tai spoke on Monday. Zhuo said the cabinet would act."
    [finding] = find("back-reference", text)
    assert (finding.original, finding.best().replacement, finding.best().prior) == (
        "Zhuo",
        "Cho",
        BACK_REFERENCE,
    )
    assert finding.best().entry == "cho" and "Cho Jung-tai" in finding.best().reason


def test_the_honorific_stays():
    text = "Premier Cho Jung-tai spoke. Mr. Zhuo added that talks would go on."
    assert proposals("back-reference", text) == [("Zhuo", "Cho")]


def test_a_given_name_alone_takes_the_house_spelling():
    text = "Ko Wen-je was released on bail. Wenzhe told supporters he was innocent."
    assert proposals("back-reference", text) == [("Wenzhe", "Wen-je")]


def test_other_spellings_of_a_korean_surname_and_a_japanese_surname_in_pinyin():
    assert proposals("back-reference", "Yoon Suk Yeol met reporters. Yun said talks went well.") == [
        ("Yun", "Yoon")
    ]
    assert proposals("back-reference", "Lee Jae-myung spoke. Rhee then left.") == [("Rhee", "Lee")]
    text = "Yoshimasa Hayashi told reporters in Tokyo. Lin said Japan would respond."
    assert proposals("back-reference", text) == [("Lin", "Hayashi")]


def test_a_person_named_only_in_pinyin_is_no_house_spelling_to_follow():
    assert find("back-reference", "Zhuo Rongtai spoke. Zhuo said the cabinet would act.") == []


def test_someone_else_with_the_surname_nearby_leaves_it_alone():
    text = "Premier Cho Jung-tai spoke. Zhuo Wei, a resident, disagreed. Zhuo said he would protest."
    assert find("back-reference", text) == []


def test_a_surname_that_is_another_named_person_s_own_is_left_alone():
    text = "Lee Jae-myung spoke. Li Qiang, China's premier, was not there. Li said so."
    assert find("back-reference", text) == []


def test_a_surname_far_from_the_person_s_story_is_left_alone():
    far = (
        "Premier Cho Jung-tai spoke.\n\n"
        + "Markets were calm on the day. " * (NEARBY // 25)
        + "\n\nZhuo said so."
    )
    assert find("back-reference", far) == []


def test_an_english_word_is_no_surname():
    # 何 is He in pinyin: "He said" is the pronoun, wherever it stands
    assert find("back-reference", "Ho Ching spoke in Singapore. He said the fund would grow.") == []
    assert find("back-reference", "Ho Ching spoke, and then He said so.") == []


def test_a_surname_inside_a_longer_name_is_left_alone():
    text = "Premier Cho Jung-tai spoke. Zhuo Rongtai Road was closed."
    assert find("back-reference", text) == []


def test_an_english_name_of_a_cantonese_speaker_has_its_surname_read_the_cantonese_way():
    # 邱騰華 is Edward Yau: "Yau" is 邱 as Hong Kong spells it, so "Qiu" alone is his surname in pinyin
    assert proposals("back-reference", "Edward Yau spoke. Qiu said the fund would grow.") == [("Qiu", "Yau")]


def test_a_surname_in_another_romanization_is_a_back_reference_too():
    # MT writes the whole name in one system, and the surname alone in the same one (Tseng for 曾)
    assert proposals("back-reference", "Donald Tsang spoke. Tseng said the fund would grow.") == [
        ("Tseng", "Tsang")
    ]


def test_a_function_word_before_a_surname_in_mid_sentence_is_part_of_a_name():
    text = "Lee Jae-myung spoke. Reporting by Wang Hao, You Yi and Zhao Wei."
    assert find("back-reference", text) == []
    assert proposals("back-reference", "Lee Jae-myung spoke. Yi said he was tired.") == [("Yi", "Lee")]


def test_a_japanese_name_of_five_characters_has_its_surname_read_too():
    # 小池百合子: a two-character surname (小池, Xiaochi in pinyin) and a three-character given name
    text = "Tokyo Governor Yuriko Koike spoke on Monday. Xiaochi said the city would act."
    assert proposals("back-reference", text) == [("Xiaochi", "Koike")]
    assert find("back-reference", "Xiao Yang met Yuriko Koike. Xiao said she was kind.") == []


def test_without_the_house_style_a_lone_surname_follows_the_article_s_usual_spelling_of_the_name():
    text = (
        "South Korean lawmakers met in Seoul. Yoon Sok-yol said talks would resume. Officials met "
        "Yoon Sok-yol in the capital. Mr. Yun added that more was to come."
    )
    [finding] = find("back-reference", text, house_style=False)
    assert (finding.original, finding.best().replacement) == ("Yun", "Yoon")
    assert "as 'Yoon Sok-yol' nearby" in finding.best().reason


def test_without_the_house_style_a_lone_surname_already_in_the_usual_spelling_is_left_alone():
    text = "Seoul: Yoon Sok-yol met aides. Later Yoon Sok-yol left. Yoon smiled."
    assert find("back-reference", text, house_style=False) == []


def test_without_the_house_style_the_house_s_surname_never_follows_a_usual_pinyin_reading():
    # the story writes the Mandarin reading of the name more often than the name, but "Tsai" is the
    # name's own spelling: rewritten to the reading's "Cai", a correct name would become a reading
    text = (
        "Taiwan's lawmakers met in Taipei. Cai Yingwen said talks would resume. Officials met Cai Yingwen "
        "later. Critics of Tsai Ing-wen were not pleased. Mr. Tsai added that more was to come."
    )
    assert find("back-reference", text, house_style=False) == []
    assert find("back-reference", text) == []


#: the tiny gazetteer with a declared second spelling of Lee Teng-hui's name
WITH_ALTERNATE = Gazetteer(
    (
        *(e for e in ENTRIES if e.id != "lee-teng-hui"),
        Entry("lee-teng-hui", "Lee Teng-hui", "person", country="TW", alternates=("Li Teng-hui",),
              chinese=("李登輝",)),
    ),
    ABBREVIATIONS,
    renderings=RENDERINGS,
)  # fmt: skip


def test_without_the_house_style_the_house_s_surname_follows_the_article_s_own_other_spelling():
    text = (
        "Taiwan's lawmakers met in Taipei. Li Teng-hui was remembered. Officials recalled Li Teng-hui "
        "fondly. Critics of Lee Teng-hui were quiet. They said Lee had changed the island."
    )
    document = read_document(text, WITH_ALTERNATE, house_style=False)
    findings = list(RULES["back-reference"].find(document))
    assert [(f.original, f.best().replacement) for f in findings] == [("Lee", "Li")]


def test_without_the_house_style_a_lone_pinyin_surname_follows_the_article_s_usual_spelling():
    text = "Taiwan's lawmakers met. Cho Jung-tai spoke. Officials met Cho Jung-tai later. Zhuo added more."
    assert [(f.original, f.best().replacement) for f in find("back-reference", text, house_style=False)] == [
        ("Zhuo", "Cho")
    ]


def test_without_the_house_style_the_house_s_surname_that_another_person_goes_by_is_left_alone():
    text = (
        "Seoul and Taipei talked. Li Teng-hui was remembered. Officials recalled Li Teng-hui fondly. "
        "Critics of Lee Teng-hui were quiet. Lee Jae-myung spoke too, and Lee added that more was to come."
    )
    assert [f.original for f in find("back-reference", text, house_style=False) if f.original == "Lee"] == []


def test_a_surname_beginning_a_misspelled_full_name_is_no_back_reference():
    # "Pham Minh Thanh" is the person's full name with a wrong given name: rewriting its surname alone
    # to the story's other spelling would leave "Fan Minh Thanh", spelled half one way, half another
    text = (
        "Prime Minister Fan Mingzheng arrived in Hanoi. Prime Minister Fan Mingzheng met students. "
        "Prime Minister Pham Minh Thanh said more would come."
    )
    assert [f.original for f in find_with_vietnam(text, house_style=False)] == []


def test_a_surname_beside_a_wrong_given_name_is_left_for_the_full_name_s_rules():
    # "Fan Minh Thanh" -> "Pham Minh Thanh" would still be no name of Pham Minh Chinh; the lone "Fan"
    # later is a back-reference all the same
    text = (
        "Prime Minister Pham Minh Chinh arrived in Hanoi. Prime Minister Fan Minh Thanh said more would "
        "come. Later, Prime Minister Fan thanked the hosts."
    )
    assert [(f.original, f.start) for f in find_with_vietnam(text)] == [("Fan", text.rindex("Fan"))]


def test_a_surname_beside_the_rest_of_the_name_is_rewritten_where_that_makes_the_name():
    text = "Premier Cho Jung-tai spoke on Monday. Premier Zhuo Jung-tai said the cabinet would act."
    assert proposals("back-reference", text) == [("Zhuo", "Cho")]


def test_with_a_source_a_surname_is_resolved_where_the_source_writes_it():
    text = "Premier Cho Jung-tai spoke on Monday.\nZhuo said the cabinet would act."
    assert with_source(text, "卓榮泰院長週一發言。\n卓說內閣將採取行動。") == [("Zhuo", "Cho")]
    view = read_source(
        text, Source("卓榮泰院長週一發言。\n卓說內閣將採取行動。", line_aligned=True), GAZETTEER
    )
    [finding] = RULES["back-reference"].find(read_document(text, GAZETTEER, view))
    assert finding.best().reason.endswith("; the source writes 卓 here")
    # Simplified characters read the same
    assert with_source(text, "卓荣泰院长周一发言。\n卓说内阁将采取行动。") == [("Zhuo", "Cho")]


def test_with_a_source_a_surname_the_source_does_not_write_there_is_left_alone():
    # the source's second line names someone else (周), whatever MT made of it
    text = "Premier Cho Jung-tai spoke on Monday.\nZhuo said the cabinet would act."
    assert with_source(text, "卓榮泰院長週一發言。\n周說內閣將採取行動。") == []


def test_with_a_source_a_surname_inside_another_person_s_name_there_is_left_alone():
    # 李 in the second line is Li Qiang's (李強), not Lee Jae-myung's: "Li" there is no back-reference
    text = "Lee Jae-myung spoke in Seoul.\nRhee met the premier in Beijing."
    assert with_source(text, "李在明在首爾發言。\n李強在北京會見了他。") == []
    assert with_source(text, "李在明在首爾發言。\n李隨後在北京會見了總理。") == [("Rhee", "Lee")]


def test_with_a_source_a_given_name_is_resolved_where_the_source_writes_the_given_name():
    text = "Ko Wen-je was released on bail.\nWenzhe told supporters he was innocent."
    assert with_source(text, "柯文哲獲交保。\n文哲告訴支持者他是清白的。") == [("Wenzhe", "Wen-je")]
    assert with_source(text, "柯文哲獲交保。\n他告訴支持者他是清白的。") == []
