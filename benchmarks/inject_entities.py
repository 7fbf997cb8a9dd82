"""East Asian people in the news, written for the names benchmark: their English names and their characters.

Each row: the English name news style uses, the surname a back-reference uses, the family and given
name in characters (Traditional, as Taiwanese and Hong Kong copy writes them; kanji for Japanese; hanja
for Korean), the region, and for Koreans the Hangul the Korean romanizations are derived from. The MT
spellings the benchmark injects are computed from the characters and the Hangul by
:mod:`benchmarks.inject_romanize`, never from translit's gazetteer. Mainland officials (region CN) are
spelled in pinyin already: they are the precision guards.
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
Tsai Ing-wen|Tsai|蔡|英文|TW
Lai Ching-te|Lai|賴|清德|TW
Ko Wen-je|Ko|柯|文哲|TW
Hou Yu-ih|Hou|侯|友宜|TW
Han Kuo-yu|Han|韓|國瑜|TW
Ma Ying-jeou|Ma|馬|英九|TW
Eric Chu|Chu|朱|立倫|TW
Chen Shui-bian|Chen|陳|水扁|TW
Lee Teng-hui|Lee|李|登輝|TW
Su Tseng-chang|Su|蘇|貞昌|TW
Cho Jung-tai|Cho|卓|榮泰|TW
Huang Kuo-chang|Huang|黃|國昌|TW
Hsiao Bi-khim|Hsiao|蕭|美琴|TW
Chen Chien-jen|Chen|陳|建仁|TW
You Si-kun|You|游|錫堃|TW
Joseph Wu|Wu|吳|釗燮|TW
Lin Chia-lung|Lin|林|佳龍|TW
Lu Shiow-yen|Lu|盧|秀燕|TW
Chiang Wan-an|Chiang|蔣|萬安|TW
Wang Jin-pyng|Wang|王|金平|TW
James Soong|Soong|宋|楚瑜|TW
Wu Den-yih|Wu|吳|敦義|TW
Chen Chi-mai|Chen|陳|其邁|TW
Cheng Wen-tsan|Cheng|鄭|文燦|TW
Chiu Tai-san|Chiu|邱|太三|TW
Frank Hsieh|Hsieh|謝|長廷|TW
Johnny Chiang|Chiang|江|啟臣|TW
John Lee|Lee|李|家超|HK
Leung Chun-ying|Leung|梁|振英|HK
Donald Tsang|Tsang|曾|蔭權|HK
Tung Chee-hwa|Tung|董|建華|HK
Jimmy Lai|Lai|黎|智英|HK
Joshua Wong|Wong|黃|之鋒|HK
Lee Hsien Loong|Lee|李|顯龍|SG
Lawrence Wong|Wong|黃|循財|SG
Lee Kuan Yew|Lee|李|光耀|SG
Xi Jinping|Xi|習|近平|CN
Li Qiang|Li|李|強|CN
Wang Yi|Wang|王|毅|CN
Li Keqiang|Li|李|克強|CN
Qin Gang|Qin|秦|剛|CN
Wang Wenbin|Wang|王|文斌|CN
Mao Ning|Mao|毛|寧|CN
Hua Chunying|Hua|華|春瑩|CN
Zhao Lijian|Zhao|趙|立堅|CN
Han Zheng|Han|韓|正|CN
Ding Xuexiang|Ding|丁|薛祥|CN
Cai Qi|Cai|蔡|奇|CN
Wang Huning|Wang|王|滬寧|CN
Liu He|Liu|劉|鶴|CN
Song Tao|Song|宋|濤|CN
Zhao Leji|Zhao|趙|樂際|CN
Dong Jun|Dong|董|軍|CN
Chen Binhua|Chen|陳|斌華|CN
Zhu Fenglian|Zhu|朱|鳳蓮|CN
Yoon Suk Yeol|Yoon|尹|錫悅|KR|윤|석열
Moon Jae-in|Moon|文|在寅|KR|문|재인
Lee Jae-myung|Lee|李|在明|KR|이|재명
Park Geun-hye|Park|朴|槿惠|KR|박|근혜
Lee Myung-bak|Lee|李|明博|KR|이|명박
Han Duck-soo|Han|韓|悳洙|KR|한|덕수
Park Jin|Park|朴|振|KR|박|진
Kim Jong Un|Kim|金|正恩|KP|김|정은
Kim Yo Jong|Kim|金|與正|KP|김|여정
Han Dong-hoon|Han|韓|東勳|KR|한|동훈
Choi Sang-mok|Choi|崔|相穆|KR|최|상목
Kim Dae-jung|Kim|金|大中|KR|김|대중
Roh Moo-hyun|Roh|盧|武鉉|KR|노|무현
Ban Ki-moon|Ban|潘|基文|KR|반|기문
Chung Eui-yong|Chung|鄭|義溶|KR|정|의용
Cho Tae-yul|Cho|趙|兌烈|KR|조|태열
Kang Kyung-wha|Kang|康|京和|KR|강|경화
Fumio Kishida|Kishida|岸田|文雄|JP
Yoshimasa Hayashi|Hayashi|林|芳正|JP
Shinzo Abe|Abe|安倍|晋三|JP
Yoshihide Suga|Suga|菅|義偉|JP
Shigeru Ishiba|Ishiba|石破|茂|JP
Taro Kono|Kono|河野|太郎|JP
Toshimitsu Motegi|Motegi|茂木|敏充|JP
Sanae Takaichi|Takaichi|高市|早苗|JP
Yoko Kamikawa|Kamikawa|上川|陽子|JP
Yuriko Koike|Koike|小池|百合子|JP
Nobuo Kishi|Kishi|岸|信夫|JP
Hirokazu Matsuno|Matsuno|松野|博一|JP
Yasutoshi Nishimura|Nishimura|西村|康稔|JP
Takeshi Iwaya|Iwaya|岩屋|毅|JP
Katsunobu Kato|Kato|加藤|勝信|JP
"""


@dataclass(frozen=True, slots=True)
class Person:
    """A person's English name and the characters (and, for Koreans, the Hangul) MT reads it from."""

    english: str
    surname: str  # as a back-reference writes it
    family: str  # characters
    given: str
    region: str  # TW, HK, SG, CN (mainland: pinyin is correct), KR, KP, JP
    hangul_family: str = ""
    hangul_given: str = ""

    @property
    def given_english(self) -> str:
        """The English given name: what is left of the English name once the surname is taken out."""
        words = self.english.split(" ")
        rest = words[1:] if words[0] == self.surname else words[:-1]
        return " ".join(rest)

    @property
    def surname_first(self) -> bool:
        return self.english.split(" ")[0] == self.surname


def _parse(row: str) -> Person:
    fields = row.split("|")
    return Person(*fields)


PEOPLE: tuple[Person, ...] = tuple(_parse(row) for row in _TABLE.strip().splitlines())
