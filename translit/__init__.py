"""translit: post-edit machine-translated news, explaining every fix.

>>> import translit
>>> result = translit.clean("Shelling resumed in Udong overnight, officials in Kyiv said.")
>>> result.text
'Shelling resumed in eastern Ukraine overnight, officials in Kyiv said.'
>>> [(edit.original, edit.replacement, edit.type) for edit in result.edits]
[('Udong', 'eastern Ukraine', 'abbreviation')]
"""

from __future__ import annotations

__version__ = "0.1.0"

from translit.api import clean, detect, load_pipeline  # noqa: E402
from translit.config import Config  # noqa: E402
from translit.edits import Candidate, Edit, Finding  # noqa: E402
from translit.errors import GlossaryError, InputError, ModelError, TranslitError  # noqa: E402
from translit.pipeline import CleanResult, Pipeline  # noqa: E402
from translit.source import Source  # noqa: E402

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
    "detect",
    "load_pipeline",
]
