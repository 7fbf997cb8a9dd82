"""Literal renderings of East Asian institutions, written for the mechanical benchmark (not the gazetteer).

Each institution has its English name, the characters MT reads it from, the renderings MT makes of
those characters (character by character, in pinyin, or by a near synonym), and the slot pattern for a
carrier phrase of the same kind (a newspaper, a party, a government body) that the benchmark replaces by
the institution's name to make the clean carrier.
"""

from __future__ import annotations

from dataclasses import dataclass

NEWSPAPER = (
    r"\b[Tt]he (?:New York Times|Washington Post|Wall Street Journal|Financial Times|Guardian|"
    r"Daily Telegraph|Independent|Times)\b"
)
PARTY = r"\b[Tt]he (?:Democratic|Republican|Labour|Conservative|Liberal Democrat|Green) Party\b"
BODY = r"\b[Tt]he (?:State Department|Foreign Ministry|Foreign Office|Pentagon|Kremlin|European Commission|Home Office)\b"


@dataclass(frozen=True, slots=True)
class Institution:
    name: str  # English name as news style writes it, with its article
    characters: str
    literal: tuple[str, ...]  # what MT makes of the characters
    slot: str  # a carrier phrase of the same kind


INSTITUTIONS: tuple[Institution, ...] = (
    Institution("the Liberty Times", "自由時報", ("the Freedom Times", "the Free Times", "the Ziyou Times"), NEWSPAPER),
    Institution("the China Times", "中國時報", ("the Zhongguo Times", "the Chinese Times"), NEWSPAPER),
    Institution("the Commercial Times", "工商時報", ("the Industrial and Commercial Times", "the Gongshang Times"), NEWSPAPER),
    Institution("the United Daily News", "聯合報", ("the Joint Daily", "the Union Newspaper", "the Lianhe Bao"), NEWSPAPER),
    Institution("the Central News Agency", "中央社", ("the Central Society", "the Zhongyang Agency"), NEWSPAPER),
    Institution("the Democratic Party of Korea", "共同民主黨", ("the Common Democratic Party", "the Together Democratic Party"), PARTY),
    Institution("the People Power Party", "國民力量黨", ("the National Power Party", "the Citizen Power Party"), PARTY),
    Institution("the Democratic Progressive Party", "民進黨", ("the People's Progressive Party", "the Minjin Party"), PARTY),
    Institution("the Liberal Democratic Party", "自民黨", ("the Self-People Party", "the Freedom Democratic Party"), PARTY),
    Institution("the Taiwan People's Party", "民眾黨", ("the Taiwan Populace Party", "the Minzhong Party"), PARTY),
    Institution(
        "the American Institute in Taiwan", "美國在台協會",
        ("the United States at the Taiwan Association", "the Taiwan Association", "the American Association in Taiwan"), BODY,
    ),
    Institution("the Straits Exchange Foundation", "海基會", ("the Sea Base Association", "the Haijihui", "the Sea Foundation"), BODY),
    Institution("the Mainland Affairs Council", "陸委會", ("the Land Committee", "the Luweihui", "the Mainland Commission"), BODY),
    Institution("the Taiwan Affairs Office", "國台辦", ("the State Taiwan Office", "the Guotaiban"), BODY),
    Institution("the Executive Yuan", "行政院", ("the Administrative Court", "the Xingzheng Yuan"), BODY),
    Institution("the Legislative Yuan", "立法院", ("the Legislative Court", "the Lifa Yuan"), BODY),
)  # fmt: skip
