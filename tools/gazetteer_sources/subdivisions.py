"""First-level subdivisions (oblasts, provinces, states) from ISO 3166-2 via pycountry."""

from __future__ import annotations

from collections.abc import Iterator

from tools.gazetteer_sources.text import fold_ascii
from translit.gazetteer.entry import Entry

SOURCE = "iso3166-2"


def subdivision_entries() -> Iterator[Entry]:
    """Subdivisions without a parent; the ASCII spelling is a short form (valid, never rewritten)."""
    import pycountry

    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code is not None:
            continue
        name = subdivision.name.split(" [")[0].strip()
        folded = fold_ascii(name)
        yield Entry(
            id=f"iso-{subdivision.code.lower()}",
            canonical=name,
            type="region",
            country=subdivision.country_code,
            short=(folded,) if folded != name else (),
            source=SOURCE,
            notes=subdivision.type,
        )
