"""Name matching: how a romanized or misspelled name in MT output is traced back to a gazetteer entity.

The modules split the job the way it splits in the text:

- :mod:`~translit.names.romanization` — Mandarin syllables in the systems MT and older sources use
  (Hanyu Pinyin, Wade-Giles, Tongyong, Yale), read back to pinyin;
- :mod:`~translit.names.korean`, :mod:`~translit.names.japanese` — romanized Korean and Japanese names
  folded to a key that the competing systems share;
- :mod:`~translit.names.phonetic` — a sound key for Western names ("Jelensky" ~ "Zelensky"), and which
  differences are another transliteration rather than a misspelling;
- :mod:`~translit.names.surnames` — how common a surname is, and which first names are real (US
  census), so that a real rarer name is no respelling of a famous one;
- :mod:`~translit.names.index` — the :class:`~translit.names.index.NameIndex`, built once with the
  gazetteer and cached with it: every lookup is a handful of dictionary probes, whatever the
  gazetteer's size; it *generates* candidates and records the evidence for each;
- :mod:`~translit.names.garbled` — a person's name with one part exact and the other a few letters off
  ("Kim Kyn-hee", "Blinden"), filed in the index too;
- :mod:`~translit.names.parts` — a person's surname and given name as MT writes them alone (for
  back-references), filed in the index too;
- :mod:`~translit.names.spans` — the capitalized spans of a text worth looking up;
- :mod:`~translit.names.support` — what a document says for an entity near a span (its references,
  its country's), within about one story;
- :mod:`~translit.names.prior` — the one place a candidate's evidence and the document's support become
  a prior, kept apart from generation so that a model can rank the same candidates instead;
"""
