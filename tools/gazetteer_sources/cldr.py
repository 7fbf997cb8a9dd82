"""Countries and territories from CLDR (via Babel): English names with Traditional and Simplified Chinese,
and the demonyms, other names and short forms of :mod:`tools.gazetteer_sources.country_forms`."""

from __future__ import annotations

from collections.abc import Iterator

from tools.gazetteer_sources import country_forms
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese

SOURCE = "cldr"
#: CLDR codes that are not countries or territories a news story names as such.
_SKIPPED = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"})


def country_entries() -> Iterator[Entry]:
    """One entry per two-letter CLDR territory; awkward CLDR labels ("Congo - Kinshasa") use ISO names."""
    import pycountry
    from babel import Locale

    english = Locale("en").territories
    traditional = Locale.parse("zh_Hant").territories
    hong_kong = Locale.parse("zh_Hant_HK").territories
    simplified = Locale.parse("zh_Hans").territories
    for code, name in sorted(english.items()):
        if len(code) != 2 or not code.isalpha() or code in _SKIPPED:
            continue
        if " - " in name or "(" in name:
            country = pycountry.countries.get(alpha_2=code)
            if country is None:
                continue
            name = getattr(country, "common_name", None) or country.name
        name = country_forms.CANONICAL.get(code, name)
        chinese = {traditional.get(code, ""), hong_kong.get(code, ""), simplified.get(code, "")}
        yield Entry(
            id=f"cldr-{code.lower()}",
            canonical=name,
            type="country",
            country=code,
            short=country_forms.SHORT.get(code, ()),
            chinese=tuple(sorted(c for c in chinese if is_all_chinese(c))),
            mentions=country_forms.mentions(code),
            source=SOURCE,
        )
