"""The ``source`` rule and the source's say in the target-only rules, on the tiny gazetteer plus the few
entries these tests need."""

from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.rules import RULES
from translit.source import Source, read_source

from .tiny import ABBREVIATIONS, ENTRIES

EXTRA = (
    Entry("golmud", "Golmud", "city", chinese=("格爾木", "格尔木", "格尔木市")),
    Entry("dazhou", "Dazhou", "city", country="CN", chinese=("達州", "达州")),
    Entry("yangtze", "Yangtze River", "other", country="CN", chinese=("長江",)),
    Entry("hulunbuir", "Hulunbuir", "city", country="CN", chinese=("呼倫貝爾", "呼倫貝爾市"), source="geonames"),
    Entry("blinken", "Antony Blinken", "person", country="US", short=("Blinken",), chinese=("布林肯",)),
    Entry("morris-chang", "Morris Chang", "person", country="TW", chinese=("張忠謀",)),
    Entry("nrw", "North Rhine-Westphalia", "region", chinese=("北威州",)),
    Entry("beijing", "Beijing", "city", country="CN", chinese=("北京",)),
    Entry("gwangju", "Gwangju", "city", country="KR", chinese=("光州",)),
    Entry("south-korea", "South Korea", "country", country="KR", chinese=("韓國",)),
    Entry("qumarleb", "Qumarlêb County", "region", chinese=("曲麻萊", "曲麻萊縣")),
    # generated entries as the tables have them: no pinyin keys (a CC-CEDICT person has no country either)
    Entry("andy-lau", "Andy Lau", "person", chinese=("劉德華", "刘德华"), source="cc-cedict"),
    Entry("kronstadt", "Kronstadt", "city", country="RU", chinese=("喀琅施塔得",)),
    Entry("xinhua", "Xinhua News Agency", "organization", country="CN", short=("Xinhua",), chinese=("新華社",)),
    Entry("macron", "Emmanuel Macron", "person", country="FR", short=("Macron",), chinese=("馬克宏",), source="zhwiki-cgroups"),
    Entry("us", "United States", "country", country="US", short=("US",), mentions=("American",), chinese=("美國",)),
    Entry("paul-chan", "Paul Chan", "person", country="HK", chinese=("陳茂波",)),
    Entry("lawrence-lau", "Lawrence Lau", "person", country="HK", chinese=("劉遵義",)),
    Entry("zunyi", "Zunyi", "city", country="CN", chinese=("遵義",), source="curated"),
    Entry("he-lifeng", "He Lifeng", "person", country="CN", chinese=("何立峰",)),
    Entry("ri-sol-ju", "Ri Sol Ju", "person", country="KR", chinese=("李雪主",)),
    Entry("xinhuanet", "Xinhuanet", "organization", country="CN", mentions=("Xinhua Net",), chinese=("新華網",), source="curated"),
    Entry("chinanews", "Chinanews.com", "organization", country="CN", chinese=("中新網",)),
    Entry("cnn", "CNN", "organization", country="US", chinese=("有線電視新聞網",), source="curated"),
    # the tiny gazetteer's entries, with the Chinese forms these tests need (the later entry wins)
    Entry("uzbekistan", "Uzbekistan", "country", country="UZ", mentions=("Uzbek",), chinese=("烏茲別克",)),
    Entry("kyiv", "Kyiv", "city", country="UA", alternates=("Kiev",), chinese=("基輔",)),
    Entry("kramatorsk", "Kramatorsk", "city", country="UA", region="donetsk-oblast", chinese=("克拉馬托斯克",)),
    Entry("sloviansk", "Sloviansk", "city", country="UA", region="donetsk-oblast", chinese=("斯拉維揚斯克",)),
)  # fmt: skip
GAZETTEER = Gazetteer((*ENTRIES, *EXTRA), ABBREVIATIONS)


def find(rule_name, text, source, line_aligned=False):
    view = read_source(text, Source(source, line_aligned), GAZETTEER)
    findings = list(RULES[rule_name].find(read_document(text, GAZETTEER, view)))
    for finding in findings:
        assert finding.type in RULES[rule_name].emits
        assert text[finding.start : finding.end] == finding.original
    return findings


def fixes(rule_name, text, source, line_aligned=False):
    """(original, replacement) of the findings a default config would apply (score >= 0.7)."""
    return [
        (f.original, best.replacement)
        for f in find(rule_name, text, source, line_aligned)
        if (best := f.best()) and best.prior >= 0.7
    ]


def test_a_reading_of_the_source_form_is_replaced_by_the_canonical_name():
    assert fixes("source", "Trains now reach Germu daily.", "火車現在每天到達格爾木。") == [
        ("Germu", "Golmud")
    ]


def test_a_generic_word_the_source_form_glosses_stays():
    assert fixes("source", "Trains reach Germu City daily.", "火車每天到達格尔木市。") == [
        ("Germu", "Golmud")
    ]


def test_a_word_by_word_gloss_is_a_reading():
    assert fixes("source", "Rain hit North Wei Province.", "北威州下雨。") == [
        ("North Wei Province", "North Rhine-Westphalia")
    ]


def test_a_sound_alike_of_the_english_name_is_replaced_by_the_same_number_of_words():
    assert fixes("source", "Brinken flew home.", "布林肯飛回國。") == [("Brinken", "Blinken")]


def test_the_reason_names_the_source_form_and_the_entry():
    (finding,) = find("source", "Trains reach Germu daily.", "火車每天到達格爾木。")
    assert finding.candidates[0].reason.startswith("the source names 格爾木 (Golmud); the MT writes 'Germu'")
    assert finding.candidates[0].entry == "golmud"


def test_acceptable_forms_are_never_findings():
    assert find("source", "The US and American officials agreed.", "美國官員同意。") == []
    assert find("source", "Beijing said no.", "中方說不。") == []  # a place of the country renders 中方
    assert find("source", "Ukrainian troops held.", "烏克蘭軍隊守住了。") == []  # a demonym


def test_a_reading_of_a_name_written_in_characters_is_house_style_not_an_error():
    assert find("source", "Zhang Zhongmou retired.", "張忠謀退休了。") == []


def test_an_entity_rendered_nowhere_is_an_omission_with_no_fix():
    (finding,) = find("source", "Officials met on Monday.", "官員週一在基輔會面。")
    assert (finding.type, finding.candidates, finding.start, finding.end) == ("omission", (), 0, 0)
    assert "基輔 (Kyiv)" in finding.note


def test_a_name_the_source_does_not_hold_is_not_the_source_rules_business():
    assert find("source", "Zorbatin met officials.", "官員開會。") == []


def test_the_only_unexplained_name_is_reported_not_applied():
    (finding,) = find("source", "Minister Zorbatin arrived.", "部長布林肯抵達。")
    assert finding.type == "mistranslation" and finding.best().prior < 0.7


def test_two_equally_good_spans_are_settled_by_source_order_or_reported():
    # 布林肯 comes after 基輔 in the source; of "Brinken" twice, the one after Kyiv is the rendering
    findings = fixes(
        "source", "Brinkin met Kyiv officials, then Brinken spoke.", "基輔官員會見後布林肯發言。"
    )
    assert findings == [("Brinken", "Blinken")]


def test_line_aligned_sources_are_checked_line_by_line():
    text = "Trains reach Germu.\nBrinken spoke."
    assert fixes("source", text, "火車到達格爾木。\n布林肯發言。", line_aligned=True) == [
        ("Germu", "Golmud"),
        ("Brinken", "Blinken"),
    ]
    # aligned the other way, neither line renders the other's entity
    assert fixes("source", text, "布林肯發言。\n火車到達格爾木。", line_aligned=True) == []


def test_the_source_decides_an_abbreviation_the_article_cannot():
    text = "Floods hit Udong."
    assert [
        c.replacement
        for f in find("abbreviation", text, "烏茲別克的烏東遭洪水。")
        for c in f.candidates
        if c.prior > 0.9
    ] == ["eastern Uzbekistan"]


def test_the_source_overrides_the_article_for_a_misread_direction_compound():
    text = "Kyiv said eastern Uzbekistan was shelled; Ukrainian and Ukraine officials agreed."
    assert fixes("confusable", text, "基輔說烏東遭炮擊，烏克蘭官員同意。") == [("Uzbekistan", "Ukraine")]
    # a source that names Uzbekistan keeps it, whatever the article says about Ukraine
    assert find("confusable", text, "基輔說烏茲別克東部遭炮擊。") == []


def test_the_source_decides_which_sibling_a_repeated_name_was():
    text = "Shells hit Kramatorsk and Kramatorsk."
    assert fixes("duplicate", text, "炮彈擊中克拉馬托斯克和斯拉維揚斯克。") == [("Kramatorsk", "Sloviansk")]


def test_a_romanization_of_a_name_written_in_characters_is_left_to_the_house_style():
    # exact pinyin of 劉德華: acceptable to the source rule, replaced by the house-style source rule
    assert find("source", "Liu Dehua sang at the gala.", "劉德華在晚會上唱歌。") == []
    assert fixes("source-house-style", "Liu Dehua sang at the gala.", "劉德華在晚會上唱歌。") == [
        ("Liu Dehua", "Andy Lau")
    ]
    (finding,) = find("source-house-style", "Liu Dehua sang.", "劉德華唱歌。")
    assert finding.type == "house-style" and "which house style spells 'Andy Lau'" in finding.best().reason


def test_a_garbled_reading_of_a_name_written_in_characters_is_fixed_to_the_reading():
    # "Liu Dehwa" is no romanization of 劉德華: an error for the source rule, none of the house style's;
    # the MT chose to romanize, so the fix is the reading (the house style, when on, goes on from there)
    (finding,) = find("source", "Liu Dehwa sang at the gala.", "劉德華在晚會上唱歌。")
    assert (finding.original, finding.best().replacement) == ("Liu Dehwa", "Liu Dehua")
    assert finding.best().reason.endswith("which reads 'Liu Dehua'")
    assert find("source-house-style", "Liu Dehwa sang at the gala.", "劉德華在晚會上唱歌。") == []
    # a place's garbled reading gets the place's own name
    assert fixes("source", "Trains reach Germu.", "火車到達格爾木。") == [("Germu", "Golmud")]


def test_a_reading_of_part_of_the_name_is_left_alone():
    # "Dehua" reads 德華 of 劉德華 right: a partial mention, nothing to replace it with
    assert find("source", "Fans cheered Dehua.", "歌迷為劉德華歡呼。") == []
    assert find("source-house-style", "Fans cheered Dehua.", "歌迷為劉德華歡呼。") == []


def test_the_romanization_of_a_transcribed_foreign_name_is_an_error():
    # 馬克宏 only transcribes Macron's name: its pinyin is no reading of a Frenchman's name
    assert fixes("source", "President Makehong spoke.", "馬克宏總統發言。") == [("Makehong", "Macron")]


def test_another_transliteration_of_the_english_name_is_house_style_not_an_error():
    assert find("source", "Sailors returned to Kronshtadt.", "水手回到喀琅施塔得。") == []
    assert fixes("source-house-style", "Sailors returned to Kronshtadt.", "水手回到喀琅施塔得。") == [
        ("Kronshtadt", "Kronstadt")
    ]
    # a misspelling that is no other transliteration stays an error
    assert fixes("source", "Sailors returned to Kronstatd.", "水手回到喀琅施塔得。") == [
        ("Kronstatd", "Kronstadt")
    ]


def test_a_name_at_the_start_of_a_sentence_is_no_english_word():
    # "liu" is common in English text, but "Liu Dehwa" goes on: the whole name is the rendering
    assert fixes("source", "Liu Dehwa sang.", "劉德華唱歌。") == [("Liu Dehwa", "Liu Dehua")]
    # a common English word that starts a sentence is no rendering
    assert fixes("source", "Responding, Germu residents left.", "格爾木居民離開。") == [("Germu", "Golmud")]


def test_a_word_of_the_name_in_lower_case_renders_it():
    assert find("source", "Read more on xinhua.net today.", "新華社報導。") == []
    assert find("source", "Officials told us so.", "美國官員說。")[0].type == "omission"  # "us" is no US


def test_a_spelling_aligned_for_sure_settles_the_same_spelling_elsewhere_in_the_document():
    text = "Trains reach Germu daily.\nIn Germu, snow fell."
    # the second line's source does not name the city: the same unknown spelling is fixed there too
    assert fixes("source", text, "火車每天到達格爾木。\n當地下雪了。", line_aligned=True) == [
        ("Germu", "Golmud"),
        ("Germu", "Golmud"),
    ]
    (_, echo) = find("source", text, "火車每天到達格爾木。\n當地下雪了。", line_aligned=True)
    assert "aligned for sure to 格爾木 elsewhere in the document" in echo.best().reason


def test_the_same_spelling_elsewhere_is_taken_only_as_a_whole_word():
    text = "Trains reach Germu daily.\nGermuville and Germu-Lhasa trains left; in Germu, snow fell, as in 'Germu'."
    # inside a longer word, joined by a hyphen or after an apostrophe, "Germu" is part of another word
    found = find("source", text, "火車每天到達格爾木。\n當地下雪了。", line_aligned=True)
    assert [f.start for f in found] == [text.index("Germu"), text.index("Germu,")]


def test_an_unsure_alignment_is_made_sure_by_a_sure_one_of_the_same_spelling():
    text = "Trains reach Germu.\nGermuz lies far from Beijing, and Germu too."
    source = "火車到達格爾木。\n格爾木離北京很遠。"
    # "Germuz" is not sure (0.83) and written once: reported; "Germu" is sure in the first line
    assert fixes("source", text, source, line_aligned=True) == [("Germu", "Golmud"), ("Germu", "Golmud")]


def test_a_nearly_sure_spelling_two_segments_agree_on_is_sure():
    # "Germug" is close to 格爾木 but not sure (0.83) in either line; two lines that each name the city
    # and write it so agree, which no single line says
    source = "火車到達格爾木。\n格爾木離北京很遠。"
    text = "Trains reach Germug.\nGermug lies far from Beijing."
    (first, second) = find("source", text, source, line_aligned=True)
    assert [(f.original, f.best().replacement, f.best().prior) for f in (first, second)] == [
        ("Germug", "Golmud", 0.9),
        ("Germug", "Golmud", 0.9),
    ]
    assert "2 segments that name 格爾木 write it so" in first.best().reason
    # written once, or twice in one segment, it stays a likely rendering, reported only
    assert (
        fixes("source", "Trains reach Germug.\nSnow fell in Beijing.", "火車到達格爾木。\n北京下雪了。", True)
        == []
    )
    assert fixes("source", "Trains reach Germug; Germug waits.", "火車到達格爾木，格爾木在等。") == []


def test_a_repeated_spelling_settles_nothing_below_the_nearly_sure_similarity():
    # "Germon" shares syllables with 格爾木 (0.67): a likely rendering, however often it is written
    source = "火車到達格爾木。\n格爾木離北京很遠。"
    assert fixes("source", "Trains reach Germon.\nGermon lies far from Beijing.", source, True) == []


def test_a_spelling_aligned_to_two_entities_settles_nothing():
    text = "Brinken met Brinken."
    view_source = "布林肯會見了格爾木。"
    assert ("Brinken", "Golmud") not in fixes("source", text, view_source)


def test_a_place_abroad_is_sure_only_where_the_source_names_its_country():
    """光州 is Gwangju, and a town in Vietnam too: without its country in the source, reported only."""
    alone = ("Factories were built in Gwangzhou.", "工廠建在光州。")
    assert fixes("source", *alone) == []
    assert [f.original for f in find("source", *alone)] == ["Gwangzhou"]
    supported = ("Factories were built in Gwangzhou, South Korea.", "工廠建在韓國光州。")
    assert fixes("source", *supported) == [("Gwangzhou", "Gwangju")]


def test_a_generic_word_the_text_goes_on_with_is_not_written_twice():
    assert fixes("source", "Rain fell on Quemalai County.", "曲麻萊縣下雨。") == [("Quemalai", "Qumarlêb")]
    assert fixes("source", "Rain fell on Quemalai.", "曲麻萊下雨。") == [("Quemalai", "Qumarlêb County")]


def test_english_words_after_a_reading_end_the_name_it_renders():
    # title case runs the reading on into English words; they are no syllables of the name
    assert fixes("source", "Germu Railway Station reopened today.", "格爾木火車站今天重新開放。") == [
        ("Germu", "Golmud")
    ]


def test_a_romanized_word_after_a_reading_may_be_part_of_the_name_and_is_not_fixed():
    assert fixes("source", "Germu Qiaozi reopened today.", "格爾木今天重新開放。") == []


def test_generic_words_alone_render_no_name():
    # "Prefecture" glosses the 州 of 達州 but romanizes none of it: the city is omitted, not misspelled
    findings = find("source", "Rain fell across the Prefecture on Monday.", "週一達州下雨。")
    assert [(f.type, f.original) for f in findings] == [("omission", "")]
    assert fixes("source", "Rain fell across Dazou Prefecture on Monday.", "週一達州下雨。") == [
        ("Dazou", "Dazhou")
    ]


def test_an_entity_named_twice_in_a_line_is_read_by_each_mention():
    # the second 呼倫貝爾 is no "other characters" of the line: "Hulunbeier" there is the city's reading
    # (acceptable), and "Hulunbeier City" no misspelling of it
    text = "Hulunbeier, July 2: the Hulunbeier City government said so."
    assert find("source", text, "呼倫貝爾7月2日電 呼倫貝爾市政府表示。") == []


def test_a_reading_of_a_foreign_name_spelled_like_the_english_name_too_is_sure_where_its_country_is_named():
    # "Blinker" is an English word, never taken alone for a misspelled name; here it is 0.8 of the
    # reading "bulinken" and 0.86 of "Blinken", and the source names the United States: two spellings
    # and the country agree
    assert fixes("source", "Secretary of State Blinker met reporters.", "美國國務卿布林肯會見記者。") == [
        ("Blinker", "Blinken")
    ]
    # without the country, the same span is reported only
    assert fixes("source", "Secretary of State Blinker met reporters.", "國務卿布林肯會見記者。") == []
    assert [
        f.original for f in find("source", "Secretary Blinker met reporters.", "國務卿布林肯會見記者。")
    ] == ["Blinker"]


def test_a_reading_of_a_longer_name_holding_the_entity_renders_it():
    # 長江源 (the source of the Yangtze) names a park: "Changjiangyuan" reads it whole, no misspelled
    # Yangtze; a garbled reading of the river alone is still one
    source = "長江源園區管理處表示，羊群已經返回。"
    assert find("source", "The Changjiangyuan Park office said the herds returned.", source) == []
    assert [f.original for f in find("source", "The Changjiangyan Park office said so.", source)] == [
        "Changjiangyan"
    ]


def test_an_english_word_settled_as_a_rendering_is_fixed_only_where_the_source_names_the_entity():
    text = "\n".join(
        [
            "Trains reach Germ City.",
            "Germ City lies far from Beijing.",
            "The Germ City police and the Germ City mayor spoke.",
            "Germ theory is old.",
        ]
    )
    source = "火車到達格爾木市。\n格爾木市離北京很遠。\n格爾木市警方和市長發言。\n細菌學說很古老。"
    # "Germ" is settled by two lines, and fixed twice in the third; the fourth line's source names no
    # city: there it is the word
    assert fixes("source", text, source, line_aligned=True) == [("Germ", "Golmud")] * 4


def test_a_known_name_aligned_for_sure_is_fixed_where_the_source_names_the_entity_and_it_alone():
    lines = [
        ("Floods close mountain roads in Gansu - CNN", "甘肅山路因洪水封閉-中新網"),
        ("A farmer told CNN that the water rose fast.", "一位農民告訴中新網記者，水漲得很快。"),
        ("CNN and its rival ran the story.", "有線電視新聞網和中新網都報導了。"),
        ("CNN said the roads stay shut.", "中新網說，據CNN報導道路仍封閉。"),
        ("CNN showed the river.", "電視台播出了河流。"),
        ("A reporter told CNN Money so.", "一位中新網記者這樣說。"),
    ]
    text, source = ("\n".join(part) for part in zip(*lines))
    # "CNN" stands where the headline credits 中新網; the second line's source names 中新網, which the
    # line renders nowhere else: the system's name for it. The third line's source names CNN too, the
    # fourth writes "CNN" itself, the fifth names no outlet: there "CNN" is CNN; in the sixth it is part
    # of a longer name
    found = [
        (f.original, f.start) for f in find("source", text, source, line_aligned=True) if f.type != "omission"
    ]
    assert found == [("CNN", text.index("CNN")), ("CNN", text.index("CNN that"))]
    assert fixes("source", text, source, line_aligned=True) == [("CNN", "Chinanews.com")] * 2


def omitted(text, source):
    return [f.note.split(" (")[0] for f in find("source", text, source) if f.type == "omission"]


def test_a_person_named_by_the_surname_alone_is_rendered():
    assert find("source", "Mr Chen said the budget was balanced.", "陳茂波說預算平衡。") == []
    # the surname alone is no reading the house style replaces: "Chan" would need the person's own surname
    assert find("source-house-style", "Mr Chen said so.", "陳茂波說。") == []


def test_a_surname_is_no_rendering_where_it_may_be_another_name_or_a_word():
    # joined to another name, the surname is that person's: the whole name is a likely garble, reported
    (garble,) = find("source", "Chen Hao said the budget was balanced.", "陳茂波說預算平衡。")
    assert (garble.type, garble.original, garble.best().prior) == ("mistranslation", "Chen Hao", 0.5)
    # the source writes the surname's character for someone else too
    assert omitted("Chen said so to a reporter.", "陳茂波對陳姓記者說。") == ["the source names 陳茂波"]
    # a common English word: "He" is the pronoun as often
    assert omitted("He pointed out that costs rose.", "何立峰指出成本上升。") == ["the source names 何立峰"]
    # a Korean name's characters have a reading of their own: "Li" is no surname of Ri Sol Ju
    assert omitted("Li waved at the crowd.", "李雪主向人群揮手。") == ["the source names 李雪主"]


def test_a_name_read_given_name_first_is_a_reading_the_house_style_replaces():
    text = "Professor Zunyi Liu said that Zunyi Liu would retire."
    source = "劉遵義教授說，劉遵義將退休。"
    # "Zunyi" is a city too, but the source names the man, not the city
    assert omitted(text, source) == []
    assert fixes("source", text, source) == []
    assert fixes("source-house-style", text, source) == [("Zunyi Liu", "Lawrence Lau")] * 2
    # inside a longer run of names, two words are no name of their own: "Zunyi Liu" of "Chen Zunyi Liu Hao"
    assert omitted("Chen Zunyi Liu Hao spoke.", "劉遵義發言。") == ["the source names 劉遵義"]


def test_a_country_named_in_its_own_words_leaves_its_outlets_and_places_to_other_entities():
    # "Xinhuanet" is an outlet of China, but the line names China itself: the dateline's "Xinhuanet" is
    # free to be what it stands in place of, the credit 中新網
    text = "BEIJING, July 26 (Xinhuanet) -- China said the talks went well."
    assert fixes("source", text, "中新網北京7月26日電 中國表示會談順利。") == [("Xinhuanet", "Chinanews.com")]


def test_a_credit_holding_the_outlets_own_name_is_acceptable():
    # "Xinhuanet" for 新華社 names the agency by its website: a translator's choice
    text = "BEIJING, July 26 (Xinhuanet) -- The talks went well."
    assert find("source", text, "新華社北京7月26日電 會談順利。") == []
    # a garble holding the word is no known name: "Xinhuan.com" after a headline crediting 新華網
    assert fixes("source", "Talks went well - Xinhuan.com", "會談順利-新華網") == [
        ("Xinhuan.com", "Xinhuanet")
    ]


def test_a_dateline_outlet_is_taken_with_the_words_its_name_goes_on_with():
    source = "中新網甘肅7月26日電 會談順利。"
    text = "Xinhuanet Gansu, July 26 -- The talks went well."
    assert fixes("source", text, source) == [("Xinhuanet", "Chinanews.com")]
    # the generic words an outlet's name goes on with are part of it: no "Chinanews.com News"
    text = "Xinhuanet News Agency, July 26 -- The talks went well."
    assert fixes("source", text, source) == [("Xinhuanet News Agency", "Chinanews.com")]
    # another common word: a longer name, left as it is
    assert fixes("source", "Xinhuanet Today, July 26 -- The talks went well.", source) == []
