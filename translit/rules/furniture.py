"""The shapes of web-page furniture, each a whole line (part of the ``boilerplate`` rule).

Every shape is matched against a line's whole text, so the same words inside a sentence never match;
pieces of furniture joined on one line by a separator ("View details / You may also be interested in")
match when every piece does. Shapes, not site names: a view counter is a category word and a number of
views (or a temperature), whatever the site. A few pieces are read at a line's end instead, after its
last sentence: a link's label, a listing's byline, an editor's credit (:func:`trailing_link`).

>>> shape_of("Politics 12,345 views"), shape_of("Newsroom · 3h ago"), shape_of("(Data photo)")
('a view counter', "a byline with the story's age", 'a photo credit')
>>> shape_of("Share: Facebook Twitter LINE Email"), shape_of("Views on the war differ.")
('a share bar', None)
"""

from __future__ import annotations

from translit import lazy

COUNTER = "a view counter"

# Navigation and teaser words ("Please read on...", "View details", "You may also be interested in").
_NAVIGATION = lazy.pattern(
    r"""(?ix)
    (?:please\s+)?(?:read|continue\s+reading|keep\s+reading|read\s+more|read\s+on|continue\s+to\s+read)
        (?:\s+(?:on|more|below|next|the\s+full\s+(?:story|article)))?
    | click\s+(?:here\s+)?(?:to\s+)?(?:read|see|view|continue)(?:\s+(?:more|on|details|the\s+full\s+(?:story|article)))?
    | advertisement | sponsored(?:\s+content)?
    | scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?
    | (?:related|recommended|further|extended)\s+(?:news|reading|stories|articles?|links?|topics?)
    | share\s+(?:this|the)\s+(?:article|story|page)(?:\s+on\s+\w+)?
    | (?:print|e-?mail)\s+this\s+(?:article|story|page)
    | back\s+to\s+(?:top|home(?:page)?)
    | \(?(?:to\s+be\s+)?continued(?:\s+on\s+(?:the\s+)?next\s+page)?\)?
    | \[(?:photo|picture|image|video)s?\]
    | (?:responsible\s+)?editors?(?:\s+in\s+charge)?\s*[:：]\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}
    | view\s+(?:details|more|all|full\s+text|original(?:\s+(?:text|article))?|comments)
    | you\s+(?:may|might)\s+(?:also\s+)?(?:be\s+interested\s+in|like|want\s+to\s+read)
    | more\s+(?:news|stories|articles|videos|from\s+\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,2})
    | report\s+(?:an?\s+)?(?:error|typo|mistake|correction)
    | see\s+also | read\s+next | up\s+next
    | most\s+(?:popular|read|viewed|shared) | trending(?:\s+now)? | (?:top|latest)\s+(?:stories|news)
    | (?:hot|popular)\s+(?:news|searches|topics|stories|articles)
    | \[\s*full\s+story\s*\] | full\s+story
    | (?:return|go\s+back|back)\s+to\s+(?-i:\p{Lu})[\p{L}.-]*,?\s+(?:to\s+)?(?:see|view|read)\s+more
    | (?:click\s+to\s+)?expand\s+(?:the\s+)?full\s+(?:text|article)
    | open\s+the\s+app\s+to\s+(?:read|view|see)(?:\s+(?:more|the\s+full\s+(?:text|story|article)))?
    """
)
# Anything after the words may be punctuation or symbols (arrows, quotes, ellipses), so that the line is
# recognized before and after the punctuation rule removes a stray period from it.
_TRAILER = lazy.pattern(r"[\s\p{P}\p{S}]*")
_PIECES = lazy.pattern(r"\s+[/|·•]\s+")

_CATEGORY = r"\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?"
_VIEW_COUNTER = lazy.pattern(
    rf"""(?ix)(?:{_CATEGORY}\s*[|·•:/-]?\s*)?
    (?: (?:views?|reads?|clicks?|browses?|popularity)\s*[:：]?\s*\d[\d,.]*\s*(?:[km]|万)?\+?
      | \d[\d,.]*\s*(?:[km]|万)?\+?\s*(?:views?|reads?|clicks?|browses?|times\s+read) )"""
)
# A date and time stamp, a category word and a bare count, as aggregators print above a story
# ("2024/05/26 19:19:32 politics 1539"; the count is its views, 瀏覽).
_STAMPED_COUNTER = lazy.pattern(
    r"(?i)\d{4}[/-]\d{1,2}[/-]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s+\p{L}+(?:\s+\p{L}+)?\s+\d[\d,]*"
)
_READING_TIME = lazy.pattern(r"(?i)\d{1,2}\s*(?:min|mins|minutes?)\.?\s+read")
_TEMPERATURE = lazy.pattern(rf"{_CATEGORY}\s*[|·•:/-]?\s*-?\d{{1,2}}\s*(?:℃|°C)")
_AGE = (
    r"\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w|mo|y|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
)
# The compact ages ("2d", "3h") are the site's, never prose's: a capitalized name or category before one
# needs no separator ("Society 2d ago", "Li Ming 3h ago"); prose writes "two days ago".
_COMPACT_AGE = r"\d{1,3}(?:s|m|min|h|hr|d|w|mo|y)\s+ago"
_BYLINE = lazy.pattern(
    rf"(?i)(?:[\p{{L}}][\p{{L}}\d .'&-]{{0,40}}?\s*)?[·•|]\s*{_AGE}|(?:updated|posted|published)?\s*{_AGE}"
    rf"|(?-i:\p{{Lu}}[\p{{L}}\d.'&-]*(?:\s+\p{{Lu}}[\p{{L}}\d.'&-]*){{0,3}})\s+{_COMPACT_AGE}"
)
_SOCIAL = (
    r"facebook|twitter|x|line|whatsapp|telegram|linkedin|weibo|wechat|qq|reddit|pinterest|messenger|plurk"
    r"|e-?mail|print|tweet|copy\s+link|copy\s+url|sms"
)
_SHARE_BAR = lazy.pattern(
    rf"(?ix)(?:share(?:\s+(?:this|to|on|via))?\s*[:：]?\s*)?"
    rf"(?:(?:{_SOCIAL})(?:\s*[|·•,/]\s*|\s+)){{1,12}}(?:{_SOCIAL})"
    rf"|share(?:\s+(?:this|to|on|via))?\s*[:：]\s*(?:{_SOCIAL})"
)
# Credits as MT renders them from Chinese: 資料照 "data photo", "file photo"; 示意圖 "schematic diagram". A
# credit naming a photographer ("Photo by Ma Ming") is kept: human translations of the same page keep it.
# The literal may come with its source ("(Schematic diagram / Shutterstock)", "(Figure/file photo)",
# "Photo source: file photo"): the whole line is still the credit MT made of the caption.
_PHOTO_CREDIT = lazy.pattern(
    r"""(?ix)[(\[]?\s*(?:
      (?:(?:(?:photo|picture|image|figure)(?:\s+source)?|source)\s*[:：/]\s*)?(?:[\p{L}.'-]+\s+){0,3}
          (?:data|information|file|archive|material)\s+(?:photo|picture|image|map)s?
    | schematic\s+diagram | illustration\s+(?:photo|picture|image)
    )(?:\s*[/|]\s*[\p{L}][\p{L}\d .'&-]{0,30}?){0,2}\s*[)\]]?\.?"""
)
# An editor's credit in brackets, either way round: "(Editor: Xue Yang)", "[Responsible editor: Li Ming]",
# "(Xue Yang/Editor)" (責任編輯, 編輯); unbracketed, it is a label of the site (:data:`_NAVIGATION`).
_EDITOR_NAME = r"(?-i:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})"
_EDITOR = r"(?:responsible\s+)?editors?(?:\s+in\s+charge)?"
_CREDIT_IN_BRACKETS = (
    rf"[(\[（【]\s*(?:{_EDITOR}\s*[:：/]\s*{_EDITOR_NAME}|{_EDITOR_NAME}\s*/\s*{_EDITOR})\s*[)\]）】]"
)
_EDITOR_CREDIT = lazy.pattern(rf"(?i){_CREDIT_IN_BRACKETS}\.?")
# The same credit after a paragraph's last sentence ("... change your thinking." (Xue Yang/Editor)").
_TRAILING_EDITOR_CREDIT = lazy.pattern(rf"(?i)(?<=[.!?…\"”’])[ \t]*{_CREDIT_IN_BRACKETS}[ \t]*\Z")
#: How a line may end with an editor's credit: a closing bracket, with the word "editor" just before.
CREDIT_ENDINGS = (")", "]", "）", "】")
# Copyright notices and reprint bans at a page's foot (版權所有, 未經授權不得轉載).
_COPYRIGHT = lazy.pattern(
    r"""(?ix)(?:
      (?:copyright\s*)?(?:©|\(c\))\s*\S.*
    | copyright\s+\d{4}.*
    | all\s+rights\s+reserved
    | (?:reprint(?:ing)?|reproduction|republication)\s+without\s+(?:permission|authori[sz]ation)
        \s+is\s+(?:prohibited|forbidden|not\s+allowed)
    | unauthori[sz]ed\s+(?:reprinting|reproduction)\s+(?:is\s+)?(?:prohibited|forbidden)
    | please\s+indicate\s+the\s+source\s+when\s+reprinting
    | (?:this\s+article\s+is\s+)?(?:reprinted|reproduced)\s+from\s+(?:the\s+)?(?:internet|network|web)
        (?:[,;]?\s+(?:and\s+)?the\s+copyright\s+belongs\s+to\s+the\s+original\s+author)?
    | (?:the\s+)?copyright\s+belongs\s+to\s+the\s+original\s+author
    | if\s+there\s+is\s+any\s+infringement,?\s+please\s+contact\s+(?:us\s+)?(?:to\s+delete(?:\s+it)?|for\s+deletion)
    )[\s\p{P}]*"""
)
_SUMMARY_BOT = lazy.pattern(
    r"""(?ix)
      (?:ai|ai-generated|auto-generated|automatic)\s+summary\s*[:：].*
    | quick\s+read\s*[:：]\s*(?:\d+|three|five)\s+(?:key\s+)?points?
    | (?:this|the)\s+(?:summary|article|text)\s+(?:was|is|has\s+been)\s+(?:generated|summari[sz]ed|written)
        \s+(?:automatically|by\s+(?:an?\s+)?(?:ai|bot|machine|algorithm))\.?
    """
)
_COUNTER_WORDS = frozenset("views view reads read clicks click browse browses popularity".split())
_SHARE_BAR_STARTS = frozenset(
    "share facebook twitter x line whatsapp telegram linkedin weibo wechat qq reddit pinterest messenger "
    "plurk email e-mail print tweet copy sms".split()
)
_PHOTO_CREDIT_STARTS = frozenset(
    "photo photos picture pictures image images figure reporter file data information archive material "
    "schematic illustration source".split()
)
_EDITOR_STARTS = frozenset("editor editors responsible".split())
_COPYRIGHT_STARTS = frozenset(
    """copyright © (c) all reprint reprinting reproduction republication unauthorized unauthorised please
    this reprinted reproduced the if""".split()
)
_SUMMARY_STARTS = frozenset("ai ai-generated auto-generated automatic quick".split())
_SUMMARY_ENDS = frozenset("automatically ai bot machine algorithm".split())
_NAVIGATION_STARTS = frozenset(
    """
    please read continue keep click advertisement sponsored scroll related recommended further extended
    share print email e-mail back continued to photo photos picture pictures image images video videos
    responsible editor editors view you more report see up most trending top latest hot popular expand open
    full return go
    """.split()
)
#: Each shape, what it is called in an explanation, and a fast test on the line's first and last words
#: (lower-cased, without brackets, quotes and final punctuation) that a line must pass before the regular
#: expression is tried: nearly every line fails it on a set lookup or two, and most runs never compile
#: the expressions (:func:`translit.lazy.pattern`).
_SHAPES = (
    (_VIEW_COUNTER, COUNTER, lambda first, last: last in _COUNTER_WORDS or first in _COUNTER_WORDS),
    (_TEMPERATURE, COUNTER, lambda first, last: last.endswith(("℃", "°c"))),
    (_STAMPED_COUNTER, COUNTER, lambda first, last: first[:1].isdigit() and last[:1].isdigit()),
    (_READING_TIME, "a reading time", lambda first, last: last == "read"),
    (_BYLINE, "a byline with the story's age", lambda first, last: last == "ago"),
    (_SHARE_BAR, "a share bar", lambda first, last: first in _SHARE_BAR_STARTS),
    (_PHOTO_CREDIT, "a photo credit", lambda first, last: first in _PHOTO_CREDIT_STARTS),
    (
        _SUMMARY_BOT,
        "a summary bot's line",
        lambda first, last: first in _SUMMARY_STARTS or last in _SUMMARY_ENDS and first in ("this", "the"),
    ),
    (_EDITOR_CREDIT, "an editor's credit", lambda first, last: first in _EDITOR_STARTS or last == "editor"),
    (_COPYRIGHT, "a copyright notice", lambda first, last: first in _COPYRIGHT_STARTS),
)
#: A line whose first word is none of these, and whose last word none of :data:`_LAST_WORDS` (nor a
#: temperature), passes none of the tests above and is no navigation: most short lines, at one look.
_FIRST_WORDS = (
    _COUNTER_WORDS
    | _SHARE_BAR_STARTS
    | _PHOTO_CREDIT_STARTS
    | _SUMMARY_STARTS
    | _NAVIGATION_STARTS
    | _EDITOR_STARTS
    | _COPYRIGHT_STARTS
)
_LAST_WORDS = _COUNTER_WORDS | {"ago", "editor"} | _SUMMARY_ENDS
_EDGE = "()[]{}（）【】“”\"'‘’<>«».,:;!?…·•|/▲"
#: Furniture lines are short; lines of more words are not tried (a fast path for article text).
MOST_WORDS = 12
# A link's label after a paragraph's last sentence, as listing and aggregator pages print one after each
# teaser ("... the talks. Read more", "... in May... [FULL STORY]", "... the dam wasFULL STORY"): after a
# finished sentence, or in capitals glued to a word, and nothing after it but an arrow or an ellipsis.
_TRAILING_LINK = lazy.pattern(
    r"""(?x)
    (?: (?<=[.!?…"”’)\]])[ \t]*\[?[ \t]*(?i:read[ \t]+more|full[ \t]+story|continue[ \t]+reading)[ \t]*\]?
      | (?<=\p{Ll})(?:READ[ \t]+MORE|FULL[ \t]+STORY)\b
      | (?<=\.\.\.|…)More )
    [ \t]*(?:\.{2,3}|…|»|→|>>)?[ \t]*\Z"""
)
# A source's name and the teaser's age glued after a teaser's ellipsis ("... to the talks…ABC News1 hour
# ago"): a listing page's byline.
_TRAILING_BYLINE = lazy.pattern(
    rf"(?<=\.\.\.|…)[ \t]*\p{{Lu}}[\p{{L}}&.'-]*(?:[ \t]+\p{{Lu}}[\p{{L}}&.'-]*){{0,4}}[ \t]*{_AGE}[ \t]*\Z"
)
_LINK_WORDS = ("more", "More", "MORE", "story", "Story", "STORY", "reading", "Reading", "READING")
#: How a line with a link's label at its end may end: the label's last word, perhaps a bracket, an arrow
#: or an ellipsis after it (a fast test on every line, before the expression is tried on a few).
LINK_ENDINGS = (
    *(
        word + after
        for word in _LINK_WORDS
        for after in ("", "]", "...", "…", " »", "»", " →", ">>", " ...", " …")
    ),
    " ago",
)
#: How far before a line's end a link's label is looked for, in characters.
LONGEST_LINK = 40
_ENDINGS_BY_LAST_CHARACTER = {
    last: tuple(ending for ending in (*LINK_ENDINGS, *CREDIT_ENDINGS) if ending[-1] == last)
    for last in {ending[-1] for ending in (*LINK_ENDINGS, *CREDIT_ENDINGS)}
}


def shape_of(line: str) -> str | None:
    """What kind of furniture the whole ``line`` (stripped) is, or None for article text."""
    if line.count(" ") >= MOST_WORDS:
        return None
    words = line.lower().split()
    # "(Photo/file photo)", "(Xue Yang/Editor)": a slash joins the edge word to the next
    first, last = words[0].strip(_EDGE).partition("/")[0], words[-1].strip(_EDGE).rpartition("/")[2]
    if (
        first not in _FIRST_WORDS
        and last not in _LAST_WORDS
        and not last.endswith(("℃", "°c"))
        and not (first[:1].isdigit() and last[:1].isdigit())
    ):
        return None
    for pattern, name, may_be in _SHAPES:
        if may_be(first, last) and pattern().fullmatch(line):
            return name
    if first not in _NAVIGATION_STARTS:
        return None
    pieces = _PIECES().split(line)
    if all(_is_navigation(piece) for piece in pieces):
        return "a label or link of the site" if len(pieces) == 1 else "labels or links of the site"
    return None


def _is_navigation(piece: str) -> bool:
    match = _NAVIGATION().match(piece)
    return match is not None and _TRAILER().fullmatch(piece, match.end()) is not None


def may_end_with_a_piece(line: str) -> bool:
    """Whether ``line`` ends like a line with a piece of furniture at its end (:func:`trailing_link`): a
    fast test for every line, on the endings its last character allows."""
    endings = _ENDINGS_BY_LAST_CHARACTER.get(line[-1:])
    if endings is None or not line.endswith(endings):
        return False
    return not line.endswith(CREDIT_ENDINGS) or line.endswith(LINK_ENDINGS) or _ends_with_a_credit(line)


def trailing_link(line: str) -> tuple[int, str] | None:
    """Where a link's label, a listing's byline or an editor's credit at the end of ``line`` starts (with
    the spaces before it), and which it is; None for none. Only for a line that ends like one
    (:func:`may_end_with_a_piece`)."""
    if line.endswith(" ago"):
        pattern, what = _TRAILING_BYLINE, "a byline with the story's age"
    elif _ends_with_a_credit(line):
        pattern, what = _TRAILING_EDITOR_CREDIT, "an editor's credit"
    else:
        pattern, what = _TRAILING_LINK, "a link"
    found = pattern().search(line, max(0, len(line) - LONGEST_LINK))
    return (found.start(), what) if found and found.start() > 0 else None


def _ends_with_a_credit(line: str) -> bool:
    """Whether ``line`` may end with an editor's credit: a closing bracket, "editor" just before it."""
    return line.endswith(CREDIT_ENDINGS) and "ditor" in line[-LONGEST_LINK:]
