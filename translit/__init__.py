"""translit: post-edit machine-translated news, explaining every fix.

>>> import translit
>>> result = translit.clean("Shelling resumed in Udong overnight, officials in Kyiv said.")
>>> result.text
'Shelling resumed in eastern Ukraine overnight, officials in Kyiv said.'
>>> [(edit.original, edit.replacement, edit.type) for edit in result.edits]
[('Udong', 'eastern Ukraine', 'abbreviation')]
>>> translit.clean("Officials in Kiev said so.", house_style=False).text
'Officials in Kiev said so.'
>>> [r.text for r in translit.clean_many(["In Kiev.", "In Lugansk and Luhansk."])]
['In Kyiv.', 'In Luhansk and Luhansk.']
"""

from __future__ import annotations

from translit._version import __version__
from translit.api import clean, clean_many, detect, detect_many, load_pipeline
from translit.config import Config
from translit.edits import Candidate, Edit, Finding
from translit.errors import GlossaryError, InputError, ModelError, TranslitError
from translit.pipeline import CleanResult, Pipeline
from translit.source import Source

__all__ = [
    "Candidate",
    "CleanResult",
    "Config",
    "Edit",
    "Finding",
    "GlossaryError",
    "InputError",
    "ModelError",
    "Pipeline",
    "Source",
    "TranslitError",
    "__version__",
    "clean",
    "clean_many",
    "detect",
    "detect_many",
    "load_pipeline",
]
