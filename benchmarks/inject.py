"""Inject MT-style artifacts into clean English, the way a Chinese→English system produces them.

The corruptions are derived from how the text passed through Chinese, not from translit's glossary:
the Chinese short form 烏 of Ukraine read as a syllable (烏東 → "Udong"), 烏 read as the wrong country,
the pinyin of a place's Chinese name (馬立波 → "Malibo"), Russian or German pivot spellings (Kharkov,
Charkiw), two coordinated names collapsed into one, web-page furniture and leftover punctuation.
Every injection is logged with its type and its span in the corrupted text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

# 烏 + direction, read syllable by syllable (with and without the w of pinyin "wu").
ABBREVIATIONS = {
    "eastern Ukraine": ("Udong", "Wudong"),
    "southern Ukraine": ("Unan", "Wunan"),
    "western Ukraine": ("Uxi", "Wuxi"),
    "northern Ukraine": ("Ubei", "Wubei"),
    "Donetsk": ("Udonetsk",),
    "Luhansk": ("Uluhansk",),
    "Kharkiv": ("Ukharkiv",),
}
# 烏 resolved to the wrong country.
CONFUSABLES = {"Ukraine": ("Uzbekistan", "Uruguay"), "Ukrainian": ("Uzbek",)}
# Pinyin of the Chinese (mostly Taiwanese) form of the name.
PINYIN = {
    "Mariupol": "Malibo",  # 馬立波
    "Kharkiv": "Haerkefu",  # 哈爾科夫
    "Kherson": "Heersong",  # 赫爾松
    "Bakhmut": "Bahemute",  # 巴赫穆特
    "Zaporizhzhia": "Zhaboluore",  # 札波羅熱
    "Donetsk": "Dunneicike",  # 頓內茨克
    "Luhansk": "Lugansike",  # 盧甘斯克
    "Odesa": "Aodesa",  # 敖德薩
    "Lviv": "Liwofu",  # 利沃夫
    "Mykolaiv": "Nigulayefu",  # 尼古拉耶夫
    "Crimea": "Kelimiya",  # 克里米亞
    "Zelenskyy": "Zelunsiji",  # 澤倫斯基
    "Putin": "Puding",  # 普丁
    "Kyiv": "Jifu",  # 基輔
}
# Russian-era and pivot-language (German, Polish) spellings.
LEGACY = {
    "Kharkiv": ("Kharkov", "Charkiw"),
    "Luhansk": ("Lugansk",),
    "Donetsk": ("Donezk",),
    "Mykolaiv": ("Nikolayev", "Mykolajiw"),
    "Zaporizhzhia": ("Zaporozhye", "Saporischschja"),
    "Kherson": ("Cherson",),
    "Bakhmut": ("Bachmut",),
    "Lviv": ("Lvov", "Lwiw"),
    "Chernihiv": ("Chernigov",),
    "Zelenskyy": ("Selenskyj", "Zelenskiy"),
    "Mariupol": ("Mariupolis",),
}
BOILERPLATE = (
    "Please read on...",
    "Click to read more",
    "(Continued on next page)",
    "Editor in charge: Wang Lin",
    "Share this article:",
    "Advertisement",
    "[Photo]",
    "Back to top",
)
STRAY_PUNCTUATION = (" .”", " .", "。", " ,.", " ..")
COORDINATION = re.compile(r"\b([A-Z][a-z]{3,}) and ([A-Z][a-z]{3,})\b")
# Places whose coordination MT collapses ("Kramatorsk and Kramatorsk"): two towns or two countries.
PLACES = (
    set(PINYIN)
    | set(LEGACY)
    | {
        "Russia",
        "Ukraine",
        "Belarus",
        "Poland",
        "Moldova",
        "Georgia",
        "China",
        "Taiwan",
        "Japan",
        "Korea",
        "Kramatorsk",
        "Sloviansk",
        "Severodonetsk",
        "Lysychansk",
        "Izium",
        "Kupiansk",
        "Avdiivka",
        "Sumy",
        "Dnipro",
        "Moscow",
        "Minsk",
        "Warsaw",
        "Beijing",
        "Shanghai",
        "Europe",
        "America",
        "Germany",
        "France",
    }
)


@dataclass(frozen=True, slots=True)
class Injection:
    """One artifact: ``span`` in the corrupted text, and what it was before."""

    start: int
    end: int
    type: str
    original: str


Injector = Callable[[str, random.Random], tuple[str, Injection] | None]


def _replace_word(table: dict[str, tuple[str, ...]], kind: str) -> Injector:
    """An injector that swaps one whole-word occurrence of a table key for one of its corruptions."""
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")\b")

    def inject(text: str, rng: random.Random) -> tuple[str, Injection] | None:
        matches = list(pattern.finditer(text))
        if not matches:
            return None
        match = rng.choice(matches)
        corrupted = rng.choice(table[match.group()])
        start = match.start()
        new = text[:start] + corrupted + text[match.end() :]
        return new, Injection(start, start + len(corrupted), kind, match.group())

    return inject


def duplicate(text: str, rng: random.Random) -> tuple[str, Injection] | None:
    """'Kramatorsk and Sloviansk' → 'Kramatorsk and Kramatorsk' (two names rendered as one)."""
    matches = [
        m
        for m in COORDINATION.finditer(text)
        if m.group(1) != m.group(2) and {m.group(1), m.group(2)} <= PLACES
    ]
    if not matches:
        return None
    match = rng.choice(matches)
    start = match.start(2)
    new = text[:start] + match.group(1) + text[match.end(2) :]
    return new, Injection(start, start + len(match.group(1)), "duplicate", match.group(2))


def boilerplate(text: str, rng: random.Random) -> tuple[str, Injection] | None:
    """Insert a paragraph of web-page furniture between two paragraphs of the article."""
    breaks = [m.end() for m in re.finditer(r"\n\n", text)]
    if not breaks:
        return None
    at = rng.choice(breaks)
    line = rng.choice(BOILERPLATE) + "\n\n"
    return text[:at] + line + text[at:], Injection(at, at + len(line), "boilerplate", "")


def punctuation(text: str, rng: random.Random) -> tuple[str, Injection] | None:
    """Leave stray punctuation after a sentence-final period: 'Belgium. .”', 'said.。'."""
    ends = [m.end() for m in re.finditer(r"[a-z]\.(?=\n|$)", text)]
    if not ends:
        return None
    at = rng.choice(ends)
    junk = rng.choice(STRAY_PUNCTUATION)
    return text[:at] + junk + text[at:], Injection(at, at + len(junk), "punctuation", "")


INJECTORS: dict[str, Injector] = {
    "abbreviation": _replace_word(ABBREVIATIONS, "abbreviation"),
    "confusable": _replace_word(CONFUSABLES, "confusable"),
    "pinyin": _replace_word({k: (v,) for k, v in PINYIN.items()}, "pinyin"),
    "legacy-spelling": _replace_word(LEGACY, "legacy-spelling"),
    "duplicate": duplicate,
    "boilerplate": boilerplate,
    "punctuation": punctuation,
}
"""Artifact type → injector; each returns ``None`` when the text offers no place for that artifact."""
