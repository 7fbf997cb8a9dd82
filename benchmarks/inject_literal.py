"""Literal renderings of East Asian institutions, written for the mechanical benchmark (not the gazetteer).

Each institution has its English name, the characters MT reads it from, the renderings MT makes of
those characters (character by character, in pinyin, or by a near synonym), its kind, and the places a
story that names it speaks of. MT renders an institution literally in a translation of a Chinese story
about that institution's country, so the benchmark writes an institution only into a carrier that speaks
of those places already (:data:`STORY`); the sentence that names it is one of our own
(:data:`SENTENCES`), because the carriers have no slot for a Taiwanese newspaper or a Korean party.

These lists are the benchmark's own, written without looking at what the gazetteer or the rule count as
a reference to a country.
"""

from __future__ import annotations

from dataclasses import dataclass

NEWSPAPER, PARTY, BODY = "newspaper", "party", "government body"

#: What a story of each place names: the place itself, its people, a city of it.
TAIWAN = r"\b(?:Taiwan|Taiwanese|Taipei|Kaohsiung|Taichung|Tainan)\b"
SOUTH_KOREA = r"\b(?:South Koreans?|South Korea|Seoul|Busan|Incheon)\b"
JAPAN = r"\b(?:Japan|Japanese|Tokyo|Osaka)\b"
UNITED_STATES = r"\b(?:United States|U\.S\.|US|Americans?|Washington)\b"
#: The places of the institutions' stories, but the United States (whose stories are everywhere).
EAST_ASIA = (TAIWAN, SOUTH_KOREA, JAPAN)


@dataclass(frozen=True, slots=True)
class Institution:
    name: str  # English name as news style writes it, with its article
    characters: str
    literal: tuple[str, ...]  # what MT makes of the characters
    kind: str  # NEWSPAPER, PARTY or BODY: which of SENTENCES can name it
    story: tuple[str, ...]  # patterns a story naming the institution matches, every one


INSTITUTIONS: tuple[Institution, ...] = (
    Institution("the Liberty Times", "自由時報", ("the Freedom Times", "the Free Times", "the Ziyou Times"), NEWSPAPER, (TAIWAN,)),
    Institution("the China Times", "中國時報", ("the Zhongguo Times", "the Chinese Times"), NEWSPAPER, (TAIWAN,)),
    Institution("the Commercial Times", "工商時報", ("the Industrial and Commercial Times", "the Gongshang Times"), NEWSPAPER, (TAIWAN,)),
    Institution("the United Daily News", "聯合報", ("the Joint Daily", "the Union Newspaper", "the Lianhe Bao"), NEWSPAPER, (TAIWAN,)),
    Institution("the Central News Agency", "中央社", ("the Central Society", "the Zhongyang Agency"), NEWSPAPER, (TAIWAN,)),
    Institution("the Democratic Party of Korea", "共同民主黨", ("the Common Democratic Party", "the Together Democratic Party"), PARTY, (SOUTH_KOREA,)),
    Institution("the People Power Party", "國民力量黨", ("the National Power Party", "the Citizen Power Party"), PARTY, (SOUTH_KOREA,)),
    Institution("the Democratic Progressive Party", "民進黨", ("the People's Progressive Party", "the Minjin Party"), PARTY, (TAIWAN,)),
    Institution("the Liberal Democratic Party", "自民黨", ("the Self-People Party", "the Freedom Democratic Party"), PARTY, (JAPAN,)),
    Institution("the Taiwan People's Party", "民眾黨", ("the Taiwan Populace Party", "the Minzhong Party"), PARTY, (TAIWAN,)),
    # the United States' office in Taiwan: a story naming it is about the two
    Institution(
        "the American Institute in Taiwan", "美國在台協會",
        ("the United States at the Taiwan Association", "the Taiwan Association", "the American Association in Taiwan"),
        BODY, (TAIWAN, UNITED_STATES),
    ),
    Institution("the Straits Exchange Foundation", "海基會", ("the Sea Base Association", "the Haijihui", "the Sea Foundation"), BODY, (TAIWAN,)),
    Institution("the Mainland Affairs Council", "陸委會", ("the Land Committee", "the Luweihui", "the Mainland Commission"), BODY, (TAIWAN,)),
    Institution("the Taiwan Affairs Office", "國台辦", ("the State Taiwan Office", "the Guotaiban"), BODY, (TAIWAN,)),
    Institution("the Executive Yuan", "行政院", ("the Administrative Court", "the Xingzheng Yuan"), BODY, (TAIWAN,)),
    Institution("the Legislative Yuan", "立法院", ("the Legislative Court", "the Lifa Yuan"), BODY, (TAIWAN,)),
)  # fmt: skip

#: Where a sentence names the institution.
NAME = "{name}"

#: Sentences of our own that name an institution of each kind, none naming a place or a person, so that
#: what the article says about the institution's country is the carrier's alone.
SENTENCES: dict[str, tuple[str, ...]] = {
    NEWSPAPER: (
        "{name} reported the figures on Tuesday, citing two officials familiar with the plan.",
        "According to {name}, the talks are expected to resume next month.",
        "The figures were first published by {name} on Sunday.",
        "{name} said in an editorial that the proposal deserved a closer look.",
        "A reporter for {name} asked whether the timetable would change.",
        "The survey, commissioned by {name}, was carried out over two weeks.",
        "Officials declined to comment on a report in {name} that the budget would be cut.",
        "{name}'s website carried a full transcript of the interview.",
    ),
    PARTY: (
        "{name} said it would vote against the bill.",
        "Lawmakers from {name} walked out of the session in protest.",
        "The proposal drew sharp criticism from {name} and from business groups.",
        "{name} is expected to choose its candidate by the end of the month.",
        "A spokesperson for {name} declined to comment on the poll.",
        "Support for {name} fell by three points, the survey found.",
        "{name}'s chair told reporters that the vote had been a mistake.",
        "Several members of {name} have called for an inquiry.",
    ),
    BODY: (
        "{name} said it was following the situation closely.",
        "In a statement, {name} urged both sides to remain calm.",
        "A spokesperson for {name} said more details would follow.",
        "Officials at {name} declined to say when the review would end.",
        "The request was passed on to {name}, which has yet to respond.",
        "{name} confirmed the meeting but gave no further details.",
        "The plan still needs the approval of {name}.",
        "{name}'s statement came hours after the talks ended.",
    ),
}
