"""A tiny gazetteer of people and places for the name rules' tests: real entities, with only the forms
the tests need, so that a test fails for the rule it names and not because the full gazetteer changed.
"""

from translit.document import Document, read_document
from translit.edits import Finding
from translit.gazetteer import Abbreviation, Entry, Gazetteer
from translit.gazetteer.renderings import Rendering
from translit.rules import RULES

ENTRIES = (
    Entry("taiwan", "Taiwan", "country", country="TW", mentions=("Taiwanese",), chinese=("台灣",)),
    Entry("china", "China", "country", country="CN", mentions=("Chinese",), chinese=("中國",)),
    Entry("south-korea", "South Korea", "country", country="KR", mentions=("South Korean",),
          chinese=("韓國", "韩国")),
    Entry("japan", "Japan", "country", country="JP", mentions=("Japanese",), chinese=("日本",)),
    Entry("ukraine", "Ukraine", "country", country="UA", mentions=("Ukrainian",)),
    Entry("iran", "Iran", "country", country="IR", mentions=("Iranian",)),
    Entry("australia", "Australia", "country", country="AU", mentions=("Australian",)),
    Entry("united-states", "United States", "country", country="US", mentions=("American",)),
    Entry("hong-kong", "Hong Kong", "region", country="HK", chinese=("香港",)),
    Entry("macau", "Macau", "region", country="MO", short=("Macao",), chinese=("澳門",)),
    Entry("singapore", "Singapore", "country", country="SG", mentions=("Singaporean",), chinese=("新加坡",)),
    Entry("philippines", "Philippines", "country", country="PH", mentions=("Filipino",)),
    Entry("brunei", "Brunei", "country", country="BN"),
    Entry("vietnam", "Vietnam", "country", country="VN", mentions=("Vietnamese",)),
    Entry("pakistan", "Pakistan", "country", country="PK", mentions=("Pakistani", "Pakistanis")),
    Entry("palestine", "Palestine", "country", country="PS", mentions=("Palestinian", "Palestinians")),
    Entry("israel", "Israel", "country", country="IL", mentions=("Israeli",)),
    Entry("gaza", "Gaza Strip", "region", country="PS", short=("Gaza",)),
    Entry("west-bank", "West Bank", "region", country="PS"),
    Entry("india", "India", "country", country="IN", mentions=("Indian",)),
    Entry("taipei", "Taipei", "city", country="TW", chinese=("台北",)),
    Entry("seoul", "Seoul", "city", country="KR"),
    Entry("kyiv", "Kyiv", "city", country="UA"),
    Entry("kaohsiung", "Kaohsiung", "city", country="TW", chinese=("高雄",)),
    Entry("taiwan-strait", "Taiwan Strait", "other", country="TW", chinese=("台灣海峽",)),
    Entry("tsai", "Tsai Ing-wen", "person", country="TW", chinese=("蔡英文",)),
    Entry("ko", "Ko Wen-je", "person", country="TW", chinese=("柯文哲",)),
    Entry("hou", "Hou Yu-ih", "person", country="TW", chinese=("侯友宜",)),
    Entry("cho", "Cho Jung-tai", "person", country="TW", chinese=("卓榮泰", "卓荣泰")),
    Entry("huang", "Huang Kuo-chang", "person", country="TW", chinese=("黃國昌",)),
    Entry("han", "Han Kuo-yu", "person", country="TW", chinese=("韓國瑜", "韩国瑜")),
    Entry("lee-teng-hui", "Lee Teng-hui", "person", country="TW", chinese=("李登輝",)),
    Entry("morris-chang", "Morris Chang", "person", country="TW", chinese=("張忠謀",)),
    Entry("ho-ching", "Ho Ching", "person", country="SG", chinese=("何晶",)),
    Entry("edward-yau", "Edward Yau", "person", country="HK", chinese=("邱騰華",)),
    Entry("lee-hsien-loong", "Lee Hsien Loong", "person", country="SG", chinese=("李顯龍",)),
    Entry("zeng", "Zeng Qinghong", "person", country="CN", chinese=("曾慶紅",)),
    Entry("peoples-daily", "People's Daily", "organization", country="CN", chinese=("人民日報",)),
    Entry("xi", "Xi Jinping", "person", country="CN", chinese=("習近平",)),
    Entry("mao", "Mao Zedong", "person", country="CN", chinese=("毛澤東",)),
    Entry("li-qiang", "Li Qiang", "person", country="CN", chinese=("李強",)),
    Entry("wang-wenbin", "Wang Wenbin", "person", country="CN", chinese=("汪文斌",)),
    Entry("yoon", "Yoon Suk Yeol", "person", country="KR", alternates=("Yoon Suk-yeol",),
          chinese=("尹錫悅",)),
    Entry("lee", "Lee Jae-myung", "person", country="KR", chinese=("李在明",)),
    Entry("moon", "Moon Jae-in", "person", country="KR", chinese=("文在寅",)),
    Entry("han-duck-soo", "Han Duck-soo", "person", country="KR", chinese=("韓悳洙",)),
    Entry("kim", "Kim Jong Un", "person", country="KP", alternates=("Kim Jong-un",), chinese=("金正恩",)),
    Entry("hayashi", "Yoshimasa Hayashi", "person", country="JP", chinese=("林芳正",)),
    Entry("abe", "Shinzo Abe", "person", country="JP", chinese=("安倍晉三",)),
    Entry("koike", "Yuriko Koike", "person", country="JP", chinese=("小池百合子",)),
    Entry("zelenskyy", "Volodymyr Zelenskyy", "person", country="UA", short=("Zelenskyy",),
          variants=("Zelensky",)),
    Entry("podolyak", "Mykhailo Podolyak", "person", country="UA", short=("Podolyak",)),
    Entry("raisi", "Ebrahim Raisi", "person", country="IR"),
    Entry("orban", "Viktor Orban", "person", country="HU", short=("Orban",)),
    Entry("pelosi", "Nancy Pelosi", "person", country="US", short=("Pelosi",)),
    Entry("park-jin", "Park Jin", "person", country="KR", chinese=("朴振",)),
    Entry("kim-keon-hee", "Kim Keon-hee", "person", country="KR", chinese=("金建希",)),
    Entry("ishiba", "Shigeru Ishiba", "person", country="JP", chinese=("石破茂",)),
    Entry("kishida", "Fumio Kishida", "person", country="JP", chinese=("岸田文雄",)),
    Entry("blinken", "Antony Blinken", "person", country="US", short=("Blinken",)),
    Entry("donald-tsang", "Donald Tsang", "person", country="HK", chinese=("曾蔭權",)),
    # a Taiwanese name whose pinyin is also a mainland person's, and a mainland place to set such a person in
    Entry("wu-szu-yao", "Wu Szu-yao", "person", country="TW", chinese=("吳思瑤",)),
    Entry("shanghai", "Shanghai", "city", country="CN", source="curated"),
    # foreigners of Chinese Wikipedia's conversion groups: no country, matched by sound with one word respelled
    Entry("grealish", "Jack Grealish", "person", chinese=("傑克·格拉利什",), source="zhwiki-cgroups"),
    Entry("carr", "Steve Carr", "person", chinese=("史蒂夫·卡爾",), source="zhwiki-cgroups"),
    Entry("smith", "Mark Smith", "person", chinese=("馬克·史密斯",), source="zhwiki-cgroups"),
    Entry("kuomintang", "Kuomintang", "organization", country="TW", short=("KMT",), chinese=("國民黨",)),
    Entry("asean", "Association of Southeast Asian Nations", "organization", short=("ASEAN",)),
)  # fmt: skip
ABBREVIATIONS = (Abbreviation("韓", (), ("south-korea",)),)
RENDERINGS = (
    Rendering("兩岸", ("Liang'an", "Liangan"), "cross-strait", "abbreviation", "taiwan-strait", ("taiwan", "china")),
    Rendering("藍營", ("Lanying",), "the blue camp", "abbreviation", "kuomintang", ("taiwan", "kuomintang")),
    Rendering("東盟", ("Dongmeng", "East League"), "ASEAN", "abbreviation", "asean"),
    Rendering(
        "港澳", ("Hong Kong and Australia",), "Hong Kong and Macau", "confusable", "macau",
        ("hong-kong", "macau", "china"), ("australia",),
    ),
    Rendering("兩岸", ("two-shore",), "cross-strait", "abbreviation", "taiwan-strait"),
    Rendering("新", ("Xin",), "Singapore", "abbreviation", "singapore", ("singapore",)),
    Rendering("星", ("Xing",), "Singapore", "abbreviation", "singapore", ("singapore",)),
    Rendering("新", ("New",), "Singapore", "confusable", "singapore", ("singapore",)),
    Rendering("港", ("Gang",), "Hong Kong", "abbreviation", "hong-kong", ("hong-kong",)),
    Rendering("澳", ("Ao",), "Macau", "abbreviation", "macau", ("macau", "hong-kong")),
    Rendering("菲", ("Fei",), "the Philippines", "abbreviation", "philippines", ("philippines",), modifier="Philippine"),
    Rendering("巴", ("Pakistanis",), "Palestinians", "confusable", "palestine", ("palestine", "gaza", "west-bank", "israel"), ("pakistan",)),
    Rendering("巴", ("Pakistan",), "Palestine", "confusable", "palestine", ("palestine", "gaza", "west-bank", "israel"), ("pakistan",)),
    Rendering("蔡英文", ("Cai English",), "Tsai Ing-wen", "confusable", "tsai"),
)  # fmt: skip
GAZETTEER = Gazetteer(ENTRIES, ABBREVIATIONS, renderings=RENDERINGS)


def document(text: str, house_style: bool = True) -> Document:
    return read_document(text, GAZETTEER, house_style=house_style)


def find(rule_name: str, text: str, house_style: bool = True) -> list[Finding]:
    """The findings of one rule on ``text``, checked against the rule's declared contract."""
    rule = RULES[rule_name]
    findings = list(rule.find(document(text, house_style)))
    for finding in findings:
        assert finding.type in rule.emits, f"{rule_name} emitted {finding.type!r}"
        assert finding.rule == rule_name
        assert text[finding.start : finding.end] == finding.original
    return findings


def proposals(rule_name: str, text: str, min_score: float = 0.7) -> list[tuple[str, str]]:
    """(original, best replacement) of each finding of one rule sure enough to be applied."""
    return [
        (f.original, best.replacement)
        for f in find(rule_name, text)
        if (best := f.best()) and best.prior >= min_score
    ]
