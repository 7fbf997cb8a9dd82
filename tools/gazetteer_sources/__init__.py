"""Builders that turn public data sets into gazetteer tables (``glossaries/sources/*.tsv``).

Each module reads one source and yields :class:`~translit.gazetteer.Entry` objects; :mod:`.build`
merges them under the curated tables and writes the TSV files that ship with translit. This package
lives in the repository, not in the installed translit: the source packages (the ``sources`` extra)
are needed only to rebuild, never at run time. From the repository root:
``pip install -e '.[sources]' && python -m tools.gazetteer_sources``.
"""
