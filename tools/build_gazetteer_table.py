"""Build ``glossaries/derived/gazetteer.pickle.gz``: the built-in gazetteer, as a build makes it.

    python -m tools.build_gazetteer_table

The image holds the gazetteer a build from ``glossaries/`` makes (:mod:`translit.gazetteer.image`), under
the key of the tables and of the code that builds a gazetteer, so that no start builds it. Rebuild it
after changing a built-in table, the word or pinyin table, or any module of ``translit/gazetteer`` or
``translit/names``: ``tests/test_gazetteer_image.py`` fails until then (and translit builds from the
tables meanwhile). The content is the built-in tables' own (see glossaries/README.md for their sources
and licences).
"""

from __future__ import annotations

from pathlib import Path

from tools.gzip_table import write_data
from translit.gazetteer import image
from translit.gazetteer.cache import builtin_key
from translit.gazetteer.gazetteer import Gazetteer

GLOSSARIES = Path(__file__).resolve().parents[1] / "glossaries"


def main() -> None:
    data = image.data(Gazetteer.load(GLOSSARIES), builtin_key(GLOSSARIES))
    write_data(GLOSSARIES / image.TABLE, data, f"the gazetteer's plain data ({len(data) / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
